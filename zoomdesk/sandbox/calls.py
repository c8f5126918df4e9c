"""What an API handler receives, and the answers several handlers share: Zoom's validation error,
unknown user, JSON body parsing and `next_page_token` paging."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from zoomdesk.sandbox.state import SandboxState
from zoomdesk.sandbox.validation import FieldError
from zoomdesk.sandbox.wire import (
    Request,
    Response,
    json_response,
    read_json,
    whole_number,
    zoom_error,
)

DEFAULT_PAGE_SIZE = 30
MAX_PAGE_SIZE = 300  # larger values are served as 300, as Zoom does


@dataclass(frozen=True)
class Call:
    request: Request
    state: SandboxState
    base_url: str  # what the client used to reach the sandbox; URLs in bodies point here
    match: re.Match[str]

    def segment(self, name: str) -> str:
        return unquote(self.match.group(name))

    def now(self) -> float:
        return self.state.now()


def validation_failed(errors: Sequence[FieldError]) -> Response:
    return json_response(
        400,
        {
            "code": 300,
            "message": "Validation Failed.",
            "errors": [error.to_json() for error in errors],
        },
    )


def user_not_found(reference: str) -> Response:
    return zoom_error(404, 1001, f"User {reference} not exist or not belong to this account.")


def json_body(request: Request) -> dict[str, Any] | Response:
    try:
        body = read_json(request.body)
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return zoom_error(400, 300, "Request Body should be a valid JSON object.")
    return body


def paginate(
    call: Call, scope: str, ids: Callable[[], Sequence[Any]]
) -> tuple[Sequence[Any], dict[str, Any]] | Response:
    """One page of `ids()` and Zoom's paging fields. A next_page_token pins the result as it was
    on the first page, so a client walking all pages sees every item exactly once."""
    size = _page_size(call.request)
    if isinstance(size, Response):
        return size
    token = call.request.param("next_page_token")
    if token:
        cursor = call.state.cursor(token, scope)
        if cursor is None:
            # Assumption: Zoom's answer to a stale or foreign token is undocumented.
            return zoom_error(400, 300, "The next page token is invalid or expired.")
        snapshot, offset = cursor.ids, cursor.offset
    else:
        snapshot = ids()
        number = _int_param(call.request, "page_number")
        if isinstance(number, Response):
            return number
        offset = (max(number or 1, 1) - 1) * size
    chosen = snapshot[offset : offset + size]
    following = offset + size
    next_token = (
        call.state.new_cursor(scope, snapshot, following) if following < len(snapshot) else ""
    )
    meta = {
        "page_count": math.ceil(len(snapshot) / size) if snapshot else 0,
        "page_number": offset // size + 1,
        "page_size": size,
        "total_records": len(snapshot),
        "next_page_token": next_token,
    }
    return chosen, meta


def _page_size(request: Request) -> int | Response:
    size = _int_param(request, "page_size")
    if isinstance(size, Response):
        return size
    if size is None or size < 1:
        return DEFAULT_PAGE_SIZE  # assumption: Zoom's handling of 0 and negatives is undocumented
    return min(size, MAX_PAGE_SIZE)


def _int_param(request: Request, name: str) -> int | Response | None:
    raw = request.param(name)
    if raw is None or raw == "":
        return None
    value = whole_number(raw.removeprefix("-"), high=2**31 - 1)
    if value is None:
        return validation_failed([FieldError(name, "Must be an integer.")])
    return -value if raw.startswith("-") else value
