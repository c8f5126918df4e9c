"""Failures with no HTTP answer (TLS, proxy, DNS, refused, timeouts, drops), and a clock that is
far from the server's."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop
from zoomdesk.core.redact import MASK

E, W = Severity.ERROR, Severity.WARNING
CLOCK_TOLERANCE = timedelta(minutes=5)
_NO_ANSWER = (
    translate_noop("DoctorNetwork", "The request got no HTTP answer"),
    translate_noop("DoctorNetwork", "The network failed before Zoom answered."),
    translate_noop("DoctorNetwork", "Check the network connection and proxy settings, then retry."),
)

_NETWORK: dict[str, tuple[str, str, str]] = {
    "tls": (
        translate_noop(
            "DoctorNetwork",
            "The server's HTTPS certificate was not trusted",
        ),
        translate_noop(
            "DoctorNetwork",
            "The secure connection was refused before anything was sent. This usually means a "
            "company proxy, firewall or antivirus re-signs HTTPS traffic with its own "
            "certificate authority that this computer does not trust; less often, the "
            "computer's clock is wrong or a Wi-Fi login page is intercepting traffic.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Ask IT to install the company's root certificate in the system's certificate store "
            "(zoomdesk uses the operating system's store), check the date and time, or try another "
            "network. Do not turn certificate checks off.",
        ),
    ),
    "proxy": (
        translate_noop(
            "DoctorNetwork",
            "The proxy refused or failed the connection",
        ),
        translate_noop(
            "DoctorNetwork",
            "zoomdesk goes through the proxy named in HTTPS_PROXY / HTTP_PROXY / ALL_PROXY, and "
            "that proxy could not be reached or would not connect to Zoom.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Check the proxy address and port in those environment variables (or remove them), "
            "whether the proxy needs a login, and NO_PROXY for hosts that must bypass it.",
        ),
    ),
    "dns": (
        translate_noop(
            "DoctorNetwork",
            "The host name could not be found",
        ),
        translate_noop(
            "DoctorNetwork",
            "The computer could not look up the server's address: no network, a DNS problem, or "
            "a typo in the base URL.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Check the network connection and the OAuth / API URLs of the profile.",
        ),
    ),
    "connection refused": (
        translate_noop(
            "DoctorNetwork",
            "Nothing answered at that address",
        ),
        translate_noop(
            "DoctorNetwork",
            "The connection was refused: the URL or port is wrong, the local sandbox is not "
            "running, or a firewall rejects it.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Check the URL (https://zoom.us, https://api.zoom.us) and the network.",
        ),
    ),
    "connect": (
        translate_noop(
            "DoctorNetwork",
            "The connection could not be opened",
        ),
        translate_noop(
            "DoctorNetwork",
            "The network connection to the server failed before any data was sent.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Check the network connection, firewall and proxy settings.",
        ),
    ),
    "connect timeout": (
        translate_noop(
            "DoctorNetwork",
            "The server did not answer the connection in time",
        ),
        translate_noop(
            "DoctorNetwork",
            "A firewall may be silently dropping the traffic, or the network is down.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Check the network, or whether a proxy is required (HTTPS_PROXY).",
        ),
    ),
    "read timeout": (
        translate_noop(
            "DoctorNetwork",
            "The server accepted the request but did not answer in time",
        ),
        translate_noop(
            "DoctorNetwork",
            "Zoom (or a proxy in front of it) was too slow. The request may have been carried out.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Retry reads. For a meeting that was being created, list the host's meetings before "
            "retrying, to avoid a duplicate.",
        ),
    ),
    "connection dropped": (
        translate_noop(
            "DoctorNetwork",
            "The connection closed before a full answer arrived",
        ),
        translate_noop(
            "DoctorNetwork",
            "The server or a proxy hung up mid-way. The request may have been carried out.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Retry reads. For a create, check the meetings list first, to avoid a duplicate.",
        ),
    ),
    "connection reset": (
        translate_noop(
            "DoctorNetwork",
            "The connection was reset",
        ),
        translate_noop(
            "DoctorNetwork",
            "The connection was cut by the network, a proxy or the server. The request may have "
            "been carried out.",
        ),
        translate_noop(
            "DoctorNetwork",
            "Retry reads; for a create, check the meetings list first.",
        ),
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
            return translate("DoctorNetwork", "{proxy} (from {variable})").format(
                proxy=shown, variable=name.upper()
            )
    return None


def network_findings(exchange: Exchange, proxy: str | None = None) -> list[Finding]:
    error = exchange.error or translate("DoctorNetwork", "no response")
    kind = exchange.error_kind or _kind_from_text(error)
    if proxy is not None and kind in ("connect", "connection refused", "connect timeout", "dns"):
        # httpx reports an unreachable proxy as a plain connect error
        kind = "proxy"
    if kind == "proxy" and proxy is not None:
        title, why, fix = (translate_marked("DoctorNetwork", t) for t in _NETWORK["proxy"])
        in_use = translate("DoctorNetwork", "The proxy in use: {proxy}.").format(proxy=proxy)
        return [
            Finding(
                "network-proxy",
                E,
                title,
                f"{why} {in_use}",
                fix,
                (_error(error), translate("DoctorNetwork", "Proxy: {proxy}").format(proxy=proxy)),
            )
        ]
    title, why, fix = (translate_marked("DoctorNetwork", t) for t in _NETWORK.get(kind, _NO_ANSWER))
    return [Finding(f"network-{kind.replace(' ', '-')}", E, title, why, fix, (_error(error),))]


def _error(error: str) -> str:
    return translate("DoctorNetwork", "Error: {error}").format(error=error)


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
    ahead = skew.total_seconds() > 0
    if minutes >= 120 and ahead:
        title = translate(
            "DoctorNetwork", "This computer's clock is about {hours} hours ahead of the server's"
        )
    elif minutes >= 120:
        title = translate(
            "DoctorNetwork", "This computer's clock is about {hours} hours behind the server's"
        )
    elif ahead:
        title = translate(
            "DoctorNetwork",
            "This computer's clock is about {minutes} minutes ahead of the server's",
        )
    else:
        title = translate(
            "DoctorNetwork", "This computer's clock is about {minutes} minutes behind the server's"
        )
    # both in UTC, written the user's way, so the two can be compared at a glance
    shown = dates()
    server_utc = server.astimezone(UTC)
    sent_utc = (
        exchange.started_at.astimezone(UTC) if exchange.started_at.tzinfo else exchange.started_at
    )
    return [
        Finding(
            "clock-skew",
            W,
            title.format(hours=f"{minutes / 60:.1f}", minutes=f"{minutes:.0f}"),
            translate(
                "DoctorNetwork",
                "The server's Date header and this computer's clock disagree by more than five "
                "minutes. A wrong clock breaks HTTPS certificate checks, makes token expiry times "
                "misleading, and confuses meeting start times.",
            ),
            translate(
                "DoctorNetwork",
                "Turn on automatic date and time (network time) in the system settings.",
            ),
            (
                translate("DoctorNetwork", "Server Date: {time} UTC").format(
                    time=shown.datetime(server_utc)
                ),
                translate("DoctorNetwork", "Sent at (this computer): {time} UTC").format(
                    time=shown.datetime(sent_utc)
                ),
            ),
        )
    ]
