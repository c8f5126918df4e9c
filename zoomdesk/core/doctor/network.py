"""Failures with no HTTP answer (TLS, proxy, DNS, refused, timeouts, drops), and a clock that is
far from the server's."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.redact import MASK

E, W = Severity.ERROR, Severity.WARNING
CLOCK_TOLERANCE = timedelta(minutes=5)

_NETWORK: dict[str, tuple[str, str, str]] = {
    "tls": (
        "The server's HTTPS certificate was not trusted",
        "The secure connection was refused before anything was sent. This usually means a "
        "company proxy, firewall or antivirus re-signs HTTPS traffic with its own certificate "
        "authority that this computer does not trust; less often, the computer's clock is wrong "
        "or a Wi-Fi login page is intercepting traffic.",
        "Ask IT to install the company's root certificate in the system's certificate store "
        "(zoomdesk uses the operating system's store), check the date and time, or try another "
        "network. Do not turn certificate checks off.",
    ),
    "proxy": (
        "The proxy refused or failed the connection",
        "zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and "
        "that proxy could not be reached or would not connect to Zoom.",
        "Check the proxy address and port in those environment variables (or remove them), "
        "whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.",
    ),
    "dns": (
        "The host name could not be found",
        "The computer could not look up the server's address: no network, a DNS problem, or "
        "a typo in the base URL.",
        "Check the network connection and the OAuth / API URLs of the profile.",
    ),
    "connection refused": (
        "Nothing answered at that address",
        "The connection was refused: the URL or port is wrong, the local sandbox is not "
        "running, or a firewall rejects it.",
        "Check the URL (https://zoom.us, https://api.zoom.us) and the network.",
    ),
    "connect": (
        "The connection could not be opened",
        "The network connection to the server failed before any data was sent.",
        "Check the network connection, firewall and proxy settings.",
    ),
    "connect timeout": (
        "The server did not answer the connection in time",
        "A firewall may be silently dropping the traffic, or the network is down.",
        "Check the network, or whether a proxy is required (HTTPS_PROXY).",
    ),
    "read timeout": (
        "The server accepted the request but did not answer in time",
        "Zoom (or a proxy in front of it) was too slow. The request may have been carried out.",
        "Retry reads. For a meeting that was being created, list the host's meetings before "
        "retrying, to avoid a duplicate.",
    ),
    "connection dropped": (
        "The connection closed before a full answer arrived",
        "The server or a proxy hung up mid-way. The request may have been carried out.",
        "Retry reads. For a create, check the meetings list first, to avoid a duplicate.",
    ),
    "connection reset": (
        "The connection was reset",
        "The connection was cut by the network, a proxy or the server. The request may have "
        "been carried out.",
        "Retry reads; for a create, check the meetings list first.",
    ),
}


def _kind_from_text(text: str) -> str:
    lower = text.lower()
    for needle, kind in (
        ("certificate", "tls"),
        ("ssl", "tls"),
        ("proxy", "proxy"),
        ("name or service", "dns"),
        ("getaddrinfo", "dns"),
        ("refused", "connection refused"),
        ("timed out", "read timeout"),
        ("reset", "connection reset"),
        ("disconnected", "connection dropped"),
    ):
        if needle in lower:
            return kind
    return "network"


def environment_proxy(url: str, env: Mapping[str, str] | None = None) -> str | None:
    """The proxy the standard environment variables name for `url` (as httpx reads them with
    trust_env), credentials masked; None when there is none or the host bypasses it."""
    source = os.environ if env is None else env
    lowered = {k.lower(): v for k, v in source.items() if v}
    split = urlsplit(url)
    host = (split.hostname or "").lower()
    for entry in lowered.get("no_proxy", "").split(","):
        entry = entry.strip().lower().lstrip(".")
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return None
    for name in (f"{split.scheme}_proxy", "all_proxy"):
        if name in lowered:
            proxy = urlsplit(lowered[name])
            netloc = proxy.hostname or ""
            netloc += f":{proxy.port}" if proxy.port else ""
            shown = (
                f"{proxy.scheme}://{MASK}@{netloc}"
                if proxy.username
                else f"{proxy.scheme}://{netloc}"
            )
            return f"{shown} (from {name.upper()})"
    return None


def network_findings(exchange: Exchange, proxy: str | None = None) -> list[Finding]:
    error = exchange.error or "no response"
    kind = exchange.error_kind or _kind_from_text(error)
    if proxy is not None and kind in ("connect", "connection refused", "connect timeout", "dns"):
        # httpx reports an unreachable proxy as a plain connect error
        kind = "proxy"
    if kind == "proxy" and proxy is not None:
        title, why, fix = _NETWORK["proxy"]
        return [
            Finding(
                "network-proxy",
                E,
                title,
                f"{why} The proxy in use: {proxy}.",
                fix,
                (f"Error: {error}", f"Proxy: {proxy}"),
            )
        ]
    title, why, fix = _NETWORK.get(
        kind,
        (
            "The request got no HTTP answer",
            "The network failed before Zoom answered.",
            "Check the network connection and proxy settings, then retry.",
        ),
    )
    return [Finding(f"network-{kind.replace(' ', '-')}", E, title, why, fix, (f"Error: {error}",))]


def server_time(exchange: Exchange) -> datetime | None:
    value = exchange.header("date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def clock_findings(exchange: Exchange) -> list[Finding]:
    server = server_time(exchange)
    if server is None or server.tzinfo is None:
        return []
    local = exchange.started_at + timedelta(milliseconds=(exchange.duration_ms or 0) / 2)
    skew = local - server
    if abs(skew) <= CLOCK_TOLERANCE:
        return []
    minutes = abs(skew).total_seconds() / 60
    size = f"{minutes / 60:.1f} hours" if minutes >= 120 else f"{minutes:.0f} minutes"
    direction = "ahead of" if skew.total_seconds() > 0 else "behind"
    return [
        Finding(
            "clock-skew",
            W,
            f"This computer's clock is about {size} {direction} the server's",
            "The server's Date header and this computer's clock disagree by more than five "
            "minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times "
            "misleading, and confuses meeting start times.",
            "Turn on automatic date and time (network time) in the system settings.",
            (
                f"Server Date: {server:%Y-%m-%d %H:%M:%S} UTC",
                f"Sent at (this computer): {exchange.started_at:%Y-%m-%d %H:%M:%S} UTC",
            ),
        )
    ]
