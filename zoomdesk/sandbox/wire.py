"""Requests and responses as plain values, so the OAuth, API, admin and fault code never touches
sockets and the HTTP layer never knows about Zoom."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

JSON_TYPE = "application/json;charset=UTF-8"  # Zoom's exact Content-Type
HTML_TYPE = "text/html; charset=utf-8"


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
