"""Fault injection: make the next matching request(s) fail the way Zoom, a proxy or the network
sometimes do, so clients can be tested against rate limits, outages and broken connections.

A fault matches a method (or any) and a regular expression searched in the request path (without
the query string). The HTTP layer carries out the transport-level kinds (`delay`, `drop`, `reset`,
`truncated_json`); the others become a complete `Response` here. The sandbox's own `/_sandbox`
admin paths are never faulted, so a fault can always be cleared."""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field, fields
from typing import Any, Literal, get_args

from zoomdesk.sandbox.limits import DAILY_QUOTA, QPS_LIMIT
from zoomdesk.sandbox.timeutil import http_date, iso_z, next_utc_midnight
from zoomdesk.sandbox.wire import JSON_TYPE, Response, html_response, json_response

FaultKind = Literal[
    "rate_limit_qps",
    "rate_limit_daily",
    "status",
    "html",
    "truncated_json",
    "malformed_json",
    "delay",
    "drop",
    "reset",
    "token_endpoint_down",
]
KINDS: tuple[str, ...] = get_args(FaultKind)
TRANSPORT_KINDS = frozenset({"delay", "drop", "reset", "truncated_json"})
RetryAfterForm = Literal["seconds", "iso", "http-date"]
_RETRY_AFTER_FORMS = ("seconds", "iso", "http-date", None)
# A day: longer waits are no test of anything, and a wait must fit the OS's timer (an
# "infinite" delay used to escape as OverflowError and drop the connection).
_MAX_SECONDS = 86_400.0
_QPS_MESSAGE = "You have reached the maximum per-second rate limit for this API. Try again later."
_DAILY_MESSAGE = (
    "You have reached the maximum daily rate limit for this API. Refer to the response header "
    "for details on when you can make another request."
)
_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_PROXY_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_PORTAL_PAGE = (
    "<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>"
    "<h1>Welcome to Guest Wi-Fi</h1><p>Please accept the terms of use to continue.</p>"
    '<form method="post" action="/login"><button>Accept and connect</button></form>'
    "</body></html>"
)


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    path: str = ""  # regex searched in the path; "" matches every path
    method: str | None = None  # None matches every method
    times: int | None = 1  # how many requests it hits; None = until cleared
    status: int = 500  # for "status"
    body: dict[str, Any] | None = None  # for "status": replaces the Zoom JSON error body
    html: bool = False  # for "status": an HTML error page as a proxy would send
    retry_after_form: RetryAfterForm | None = "seconds"  # for "rate_limit_qps"; None = absent
    retry_after_seconds: float = 1.0  # for "rate_limit_qps"
    seconds: float = 1.0  # for "delay"
    category: str | None = None  # X-RateLimit-Category; default: the endpoint's own label
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Faults also arrive as JSON from other processes: check types, not just values.
        if not isinstance(self.path, str) or not isinstance(self.method, str | None):
            raise ValueError("path must be a string and method a string or null")
        if not isinstance(self.body, dict | None) or not isinstance(self.html, bool):
            raise ValueError("body must be a JSON object and html true or false")
        if not isinstance(self.kind, str) or self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {KINDS}")
        if not isinstance(self.category, str | None):
            raise ValueError("category must be a string or null")
        if self.times is not None and not _is_int_between(self.times, 1, 10**9):
            raise ValueError("times must be a whole number from 1, or None for every request")
        if self.retry_after_form not in _RETRY_AFTER_FORMS:
            raise ValueError(f"retry_after_form must be one of {_RETRY_AFTER_FORMS}")
        if not _is_int_between(self.status, 100, 599):
            raise ValueError("status must be an HTTP status code")
        for name in ("seconds", "retry_after_seconds"):
            value = getattr(self, name)
            number = isinstance(value, int | float) and not isinstance(value, bool)
            if not number or not 0 <= value <= _MAX_SECONDS:  # NaN fails this comparison too
                raise ValueError(f"{name} must be a number from 0 to {_MAX_SECONDS:.0f}")
        path = self.path
        if self.kind == "token_endpoint_down" and not path:
            path = r"^/oauth/token$"
        try:
            object.__setattr__(self, "_pattern", re.compile(path))
        except re.error as error:
            raise ValueError(f"path is not a valid regular expression: {error}") from error

    @classmethod
    def from_json(cls, data: object) -> Fault:
        """A fault from the admin interface's JSON (unknown fields are an error, not ignored)."""
        if not isinstance(data, dict):
            raise ValueError("a fault must be a JSON object")
        known = {f.name for f in fields(cls) if f.init}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(unknown)}")
        try:
            return cls(**data)
        except TypeError as error:
            raise ValueError(str(error)) from error

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.init}

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self._pattern.search(path) is not None

    def response(self, now: float, category: str | None) -> Response | None:
        """The complete response for a non-transport kind; None for the transport kinds."""
        category = self.category or category or "Light"
        if self.kind == "rate_limit_qps":
            return self._qps(now, category)
        if self.kind == "rate_limit_daily":
            return json_response(
                429,
                {"code": 429, "message": _DAILY_MESSAGE},
                {
                    "X-RateLimit-Category": category,
                    "X-RateLimit-Type": "Daily-limit",
                    "X-RateLimit-Limit": str(DAILY_QUOTA.get(category, 6000)),
                    "X-RateLimit-Remaining": "0",
                    # Zoom sends an absolute time here, not seconds (zoom-api.md §3).
                    "Retry-After": iso_z(next_utc_midnight(now)),
                },
            )
        if self.kind in ("status", "token_endpoint_down"):
            status = 503 if self.kind == "token_endpoint_down" else self.status
            reason = _REASONS.get(status, "Error")
            if self.html:
                return html_response(status, _PROXY_PAGE.format(status=status, reason=reason))
            return json_response(status, self.body or {"code": status, "message": reason})
        if self.kind == "html":
            return html_response(200, _PORTAL_PAGE)
        if self.kind == "malformed_json":
            return Response(200, b'{"code": 200, "message": ', [("Content-Type", JSON_TYPE)])
        return None

    def _qps(self, now: float, category: str) -> Response:
        headers = {
            "X-RateLimit-Category": category,
            "X-RateLimit-Type": "QPS",
            "X-RateLimit-Limit": str(QPS_LIMIT.get(category, 30)),
            "X-RateLimit-Remaining": "0",
        }
        wait = math.ceil(self.retry_after_seconds)  # HTTP's Retry-After has whole seconds
        if self.retry_after_form == "seconds":
            headers["Retry-After"] = str(wait)
        elif self.retry_after_form == "iso":
            headers["Retry-After"] = iso_z(math.ceil(now) + wait)
        elif self.retry_after_form == "http-date":
            headers["Retry-After"] = http_date(math.ceil(now) + wait)
        return json_response(429, {"code": 429, "message": _QPS_MESSAGE}, headers)


def _is_int_between(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def truncate(response: Response) -> Response:
    """The first half of a real body, with a Content-Length that matches what is sent: the
    client sees well-formed HTTP carrying broken JSON."""
    return Response(response.status, response.body[: len(response.body) // 2], response.headers)


class FaultInjector:
    """The active faults, in the order added; the first that matches a request fires."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._armed.append(_Armed(fault, fault.times))
        return fault

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    @property
    def active(self) -> list[Fault]:
        with self._lock:
            return [armed.fault for armed in self._armed]

    def take(self, method: str, path: str) -> Fault | None:
        """The fault for this request, if any, counting it as fired."""
        with self._lock:
            for index, armed in enumerate(self._armed):
                if armed.fault.matches(method, path):
                    if armed.remaining is not None:
                        armed.remaining -= 1
                        if armed.remaining <= 0:
                            del self._armed[index]
                    return armed.fault
        return None

    def to_json(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{**a.fault.to_json(), "remaining": a.remaining} for a in self._armed]


@dataclass
class _Armed:
    fault: Fault
    remaining: int | None
