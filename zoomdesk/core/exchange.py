"""The exchange log: every HTTP exchange (token and API) recorded as a redacted value. It is the
one source for the debug panel, the CLI's `--trace` and HAR exports."""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlsplit

import httpx

from zoomdesk.core.i18n import translate_noop
from zoomdesk.core.redact import redact_header, redact_text, redact_url

Headers = tuple[tuple[str, str], ...]

# Where the parameters of a request travelled: the whole story of this project is a token
# request whose parameters went in the query string instead of the form body.
# Where a request carried its parameters; values compared in code, shown through
# translate_marked("Exchange", …).
QUERY = translate_noop("Exchange", "query string")
FORM = translate_noop("Exchange", "form body")
JSON_BODY = translate_noop("Exchange", "JSON body")
OTHER_BODY = translate_noop("Exchange", "other body")


@dataclass(frozen=True)
class Exchange:
    id: int
    kind: str  # "token" or "api"
    started_at: datetime
    duration_ms: float | None
    method: str
    url: str
    param_locations: tuple[str, ...]
    request_headers: Headers
    request_body: str
    status: int | None = None
    reason: str = ""
    http_version: str = ""
    response_headers: Headers = ()
    response_body: str = ""
    error: str | None = None
    error_kind: str | None = None

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def failed(self) -> bool:
        return self.error is not None or (self.status is not None and self.status >= 400)

    def header(self, name: str, *, response: bool = True) -> str | None:
        wanted = name.lower()
        for key, value in self.response_headers if response else self.request_headers:
            if key.lower() == wanted:
                return value
        return None

    @property
    def tracking_id(self) -> str | None:
        return self.header("x-zm-trackingid")

    def response_json(self) -> object | None:
        try:
            return json.loads(self.response_body) if self.response_body else None
        except (ValueError, RecursionError):  # a HAR may hold any body, nested past Python's limit
            return None

    def request_form(self) -> list[tuple[str, str]]:
        return (
            parse_qsl(self.request_body, keep_blank_values=True)
            if FORM in self.param_locations
            else []
        )

    def trace_lines(self) -> list[str]:
        """The compact form the CLI's `--trace` prints."""
        took = f" {self.duration_ms:.0f} ms" if self.duration_ms is not None else ""
        outcome = f"{self.status} {self.reason}" if self.status is not None else f"{self.error}"
        lines = [f"> {self.method} {self.url}  [params: {', '.join(self.param_locations)}]"]
        lines += [f">   {k}: {v}" for k, v in self.request_headers]
        if self.request_body:
            lines.append(f">   {self.request_body[:2000]}")
        lines.append(f"< {outcome}{took}")
        lines += [f"<   {k}: {v}" for k, v in self.response_headers]
        if self.response_body:
            lines.append(f"<   {self.response_body[:2000]}")
        return lines


def param_locations(request: httpx.Request, body: bytes) -> tuple[str, ...]:
    found = []
    if request.url.query:
        found.append(QUERY)
    if body:
        ctype = request.headers.get("content-type", "").lower()
        if "x-www-form-urlencoded" in ctype:
            found.append(FORM)
        elif "json" in ctype:
            found.append(JSON_BODY)
        else:
            found.append(OTHER_BODY)
    return tuple(found) or (translate_noop("Exchange", "none"),)


def _redacted_headers(headers: httpx.Headers) -> Headers:
    return tuple((k, redact_header(k, v)) for k, v in headers.multi_items())


def _text(body: bytes, limit: int) -> str:
    text = body[:limit].decode("utf-8", errors="replace")
    return text if len(body) <= limit else text + f"… ({len(body) - limit} more bytes)"


class ExchangeLog:
    """A bounded, append-only log that notifies listeners. Not thread-safe: used on one loop."""

    BODY_LIMIT = 256 * 1024

    def __init__(self, capacity: int = 1000) -> None:
        self._items: deque[Exchange] = deque(maxlen=capacity)
        self._ids = itertools.count(1)
        self._listeners: list[Callable[[Exchange], None]] = []

    def subscribe(self, listener: Callable[[Exchange], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def __iter__(self) -> Iterator[Exchange]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()

    def record(
        self,
        kind: str,
        request: httpx.Request,
        started_at: datetime,
        duration_ms: float,
        response: httpx.Response | None = None,
        error: Exception | None = None,
        error_kind: str | None = None,
    ) -> Exchange:
        body = request.content if isinstance(request.stream, httpx.ByteStream) else b""
        exchange = Exchange(
            id=next(self._ids),
            kind=kind,
            started_at=started_at,
            duration_ms=duration_ms,
            method=request.method,
            url=redact_url(str(request.url)),
            param_locations=param_locations(request, body),
            request_headers=_redacted_headers(request.headers),
            request_body=redact_text(_text(body, self.BODY_LIMIT)),
            status=response.status_code if response is not None else None,
            reason=response.reason_phrase if response is not None else "",
            http_version=response.http_version if response is not None else "",
            response_headers=_redacted_headers(response.headers) if response is not None else (),
            response_body=redact_text(_text(response.content, self.BODY_LIMIT))
            if response is not None
            else "",
            error=str(error) if error is not None else None,
            error_kind=error_kind,
        )
        self._items.append(exchange)
        for listener in list(self._listeners):
            listener(exchange)
        return exchange
