"""Sending one HTTP request: timeouts, TLS from the OS trust store, recording in the exchange log,
and turning transport failures into typed errors."""

from __future__ import annotations

import socket
import ssl
import sys
import time
from datetime import UTC, datetime

import httpx

from zoomdesk import __version__
from zoomdesk.core.errors import NetworkError
from zoomdesk.core.exchange import Exchange, ExchangeLog
from zoomdesk.core.i18n import translate_marked, translate_noop
from zoomdesk.core.redact import redact_url

USER_AGENT = f"zoomdesk/{__version__}"


def tls_context() -> ssl.SSLContext:
    """Verification is always on. The OS trust store (truststore) lets corporate proxies that
    re-sign TLS with their own CA work without switching verification off."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore is a dependency; certifi as a fallback
        return ssl.create_default_context()


def _remember_missing_sniffio() -> None:
    """httpcore runs `import sniffio` on every request to tell asyncio from trio. Without
    sniffio installed, a failed import is not cached, so each request searched sys.path some
    seven times: ~2 s per 1,000 requests here. A None in sys.modules makes the miss instant."""
    try:
        import sniffio  # noqa: F401
    except ImportError:
        sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]


def make_http_client(timeout: float = 30.0) -> httpx.AsyncClient:
    """One client per app or CLI run; proxies come from the standard environment variables."""
    _remember_missing_sniffio()
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        verify=tls_context(),
        trust_env=True,
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
    )


def _causes(error: BaseException) -> str:
    """httpx says only "All connection attempts failed"; the OS error underneath says why."""
    texts, seen = [], 0
    current: BaseException | None = error
    while current is not None and seen < 8:
        texts.append(f"{type(current).__name__} {current}")
        if isinstance(current, ConnectionRefusedError):
            texts.append("refused")
        if isinstance(current, socket.gaierror):
            texts.append("name resolution")
        if isinstance(current, ssl.SSLError):
            texts.append("ssl")
        current = current.__cause__ or current.__context__
        seen += 1
    return " ".join(texts).lower()


def classify(error: httpx.HTTPError) -> tuple[str, bool]:
    """(kind, may_have_reached_server). A request that may have reached the server must not be
    retried blindly if it creates something."""
    text = _causes(error)
    if isinstance(error, httpx.ProxyError):
        return "proxy", False
    if isinstance(error, httpx.ConnectTimeout):
        return "connect timeout", False
    if isinstance(error, httpx.ConnectError):
        if "certificate" in text or "ssl" in text or "tls" in text:
            return "tls", False
        if (
            "name or service" in text
            or "nodename" in text
            or "getaddrinfo" in text
            or "name resolution" in text
            or "no address" in text
        ):
            return "dns", False
        return "connection refused" if "refused" in text else "connect", False
    if isinstance(error, httpx.PoolTimeout):
        return "pool timeout", False
    if isinstance(error, httpx.WriteTimeout):
        return "write timeout", True
    if isinstance(error, httpx.ReadTimeout):
        return "read timeout", True
    if isinstance(error, httpx.RemoteProtocolError):
        return "connection dropped", True
    if isinstance(error, httpx.ReadError | httpx.WriteError):
        return "connection reset", True
    return "network", True


_HINTS = {
    "dns": translate_noop(
        "Transport", "the host name could not be resolved; check the network and the base URL"
    ),
    "tls": translate_noop(
        "Transport",
        "the server's TLS certificate was not trusted; a proxy may be re-signing traffic "
        "with a CA that is not in the system's trust store",
    ),
    "proxy": translate_noop(
        "Transport", "the proxy refused or failed the connection; check HTTPS_PROXY/NO_PROXY"
    ),
    "connection refused": translate_noop("Transport", "nothing is listening at that address"),
}


class Sender:
    """Sends requests through one `httpx.AsyncClient` and records each exchange."""

    def __init__(self, client: httpx.AsyncClient, log: ExchangeLog) -> None:
        self.client = client
        self.log = log

    async def send(self, request: httpx.Request, kind: str) -> httpx.Response:
        _, response, failure = await self._exchange(request, kind)
        if failure is not None:
            raise failure
        assert response is not None
        return response

    async def exchange(self, request: httpx.Request, kind: str) -> Exchange:
        """Send and return what was recorded, answered or not (the doctor's replay)."""
        return (await self._exchange(request, kind))[0]

    async def _exchange(
        self, request: httpx.Request, kind: str
    ) -> tuple[Exchange, httpx.Response | None, NetworkError | None]:
        started_at = datetime.now(UTC)
        t0 = time.perf_counter()
        try:
            response = await self.client.send(request)
        except httpx.HTTPError as error:
            error_kind, maybe_sent = classify(error)
            elapsed = (time.perf_counter() - t0) * 1000
            detail = str(error) or type(error).__name__
            if error_kind in _HINTS:
                detail = f"{detail} ({translate_marked('Transport', _HINTS[error_kind])})"
            exchange = self.log.record(
                kind, request, started_at, elapsed, error=error, error_kind=error_kind
            )
            failure = NetworkError(
                error_kind,
                detail,
                method=request.method,
                url=redact_url(str(request.url.copy_with(query=None))),
                maybe_sent=maybe_sent,
            )
            failure.__cause__ = error
            return exchange, None, failure
        elapsed = (time.perf_counter() - t0) * 1000
        return (
            self.log.record(kind, request, started_at, elapsed, response=response),
            response,
            None,
        )
