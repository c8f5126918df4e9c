"""Requests and responses as plain values, so the OAuth, API, admin and fault code never touches
sockets and the HTTP layer never knows about Zoom."""

from __future__ import annotations

import json
import math
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json;charset=UTF-8"  # Zoom's exact Content-Type
HTML_TYPE = "text/html; charset=utf-8"
# Zoom's bodies nest four levels at most; a limit far above that keeps a hostile body from
# exhausting the parser's recursion.
MAX_JSON_DEPTH = 32
INT64_MAX = 2**63 - 1
_WHOLE_NUMBER = re.compile(r"[0-9]{1,19}")  # ASCII digits only: "²" and "١" are digits to str


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the sandbox received it: what tests and the admin interface inspect."""

    method: str
    path: str  # without the query string, as sent (still percent-encoded)
    query: dict[str, str]  # first value of each parameter
    headers: dict[str, str]  # as sent, original case
    body: bytes
    time: float  # by the sandbox's clock
    query_string: str = ""


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def set_header(self, name: str, value: str) -> None:
        self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))


def read_json(data: bytes) -> Any:
    """The one way the sandbox reads a JSON body: UTF-8, strict JSON (no NaN or Infinity, which
    Python's json accepts but JSON does not), every number finite and every integer within int64
    (the widest integer Zoom's API has), nested at most MAX_JSON_DEPTH deep. Anything else is a
    ValueError with a reason, never another exception."""
    try:
        value = json.loads(
            data.decode("utf-8"),
            parse_constant=_refuse_constant,
            parse_int=_bounded_int,
            parse_float=_finite_float,
        )
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise ValueError("the JSON is nested too deeply")
    return value


def whole_number(text: str | None, *, high: int = INT64_MAX) -> int | None:
    """A non-negative integer written in ASCII digits and no larger than `high`, else None.
    (str.isdigit and int() accept other scripts' digits and superscripts; int() also accepts
    signs, spaces and underscores, and grows quadratically slow on long inputs.)"""
    if text is None or _WHOLE_NUMBER.fullmatch(text) is None:
        return None
    value = int(text)
    return value if value <= high else None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _bounded_int(text: str) -> int:
    if len(text) > 20 or abs(value := int(text)) > INT64_MAX:
        raise ValueError("a number is out of range")
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number is out of range")
    return value


def _depth(value: Any) -> int:
    """How deeply `value` nests, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    response = Response(status, body, [("Content-Type", JSON_TYPE)])
    for name, value in (headers or {}).items():
        response.set_header(name, value)
    return response


def zoom_error(
    status: int, code: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    """Zoom's API error shape, `{"code": …, "message": …}`."""
    return json_response(status, {"code": code, "message": message}, headers)


def no_content() -> Response:
    return Response(204, b"", [("Content-Type", JSON_TYPE)])


def html_response(status: int, page: str) -> Response:
    return Response(status, page.encode(), [("Content-Type", HTML_TYPE)])


def tracking_id() -> str:
    """Shaped like Zoom's `x-zm-trackingid` values, which support asks for."""
    return f"v=2.0;clid=sandbox;rid=WEB_{secrets.token_hex(16)}"
