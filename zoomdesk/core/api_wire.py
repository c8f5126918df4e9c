"""What travels to and from Zoom's API outside the client's control flow: request paths built
from values (one place encodes them), and Zoom's error answers turned into typed errors."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from zoomdesk.core.errors import (
    ApiError,
    AuthError,
    BadResponseError,
    DraftInvalid,
    FieldError,
    NotFoundError,
    PermissionError_,
    RateLimitError,
    ScopeError,
    ServerError,
    ValidationError,
    ZoomDeskError,
)
from zoomdesk.core.i18n import translate
from zoomdesk.core.ratelimit import read_rate_limit
from zoomdesk.core.zoom_json import integer, json_object, objects

SCOPE_CODES = (104, 4700, 4711)


def api_path(*segments: str | int) -> str:
    """The one place a path is built from values: every segment percent-encoded, so a user
    ID such as `..` or `a/b` stays one segment (httpx would otherwise resolve dot segments
    and call another endpoint)."""
    parts = []
    for segment in segments:
        text = str(segment)
        if not text:
            empty = translate("Client", "an ID in the request path is empty")
            raise DraftInvalid([FieldError("path", empty)])
        encoded = quote(text, safe="@")
        if not encoded.strip("."):  # "." and ".." are dot segments unless encoded
            encoded = encoded.replace(".", "%2E")
        parts.append(encoded)
    return "/" + "/".join(parts)


def checked_occurrence(occurrence_id: str | None) -> str | None:
    """None means the whole series; an empty ID must never silently mean that too."""
    if occurrence_id is not None and not occurrence_id.strip():
        raise DraftInvalid(
            [
                FieldError(
                    "occurrence_id",
                    translate("Client", "is empty; leave it out to change the whole series"),
                )
            ]
        )
    return occurrence_id


def not_json(request: str, ctype: str, size: int) -> str:
    """A success whose body is not the JSON Zoom sends (cut off in transit, most likely)."""
    return translate(
        "Client",
        "{request} returned a body that is not valid JSON ({type}, %n byte(s)); it may have been "
        "cut off",
        size,
    ).format(request=request, type=ctype)


def not_confirmed(request: str, ctype: str, size: int) -> str:
    """Anything but Zoom's empty 204 to a change: something else answered."""
    if "html" in ctype:
        text = translate(
            "Client",
            "{request} returned an HTML page instead of Zoom's 204, not Zoom's answer; a "
            "proxy or captive portal may be in the way, so the change is not confirmed",
        )
    else:
        text = translate(
            "Client",
            "{request} returned %n byte(s) ({type}) instead of Zoom's 204, not Zoom's "
            "answer; a proxy or captive portal may be in the way, so the change is not "
            "confirmed",
            size,
        )
    return text.format(request=request, type=ctype)


def first_leaf(group: BaseExceptionGroup[ZoomDeskError]) -> ZoomDeskError:
    """The first error of a task group, raised as itself: a user reads one Zoom line."""
    first: BaseException = group
    while isinstance(first, BaseExceptionGroup):
        first = first.exceptions[0]
    assert isinstance(first, ZoomDeskError)
    return first


def error_from_response(response: httpx.Response, method: str, path: str) -> ZoomDeskError:
    tracking_id = response.headers.get("x-zm-trackingid")
    body = json_object(response.content)
    rate_limit = read_rate_limit(response.headers)
    if body is None:
        ctype = response.headers.get("content-type", "unknown type")
        if response.status_code == 429:
            return RateLimitError(
                429,
                None,
                translate("Client", "Rate limit reached"),
                method=method,
                path=path,
                tracking_id=tracking_id,
                rate_limit=rate_limit,
            )
        return BadResponseError(
            response.status_code,
            translate(
                "Client",
                "{request} returned an HTML page, not Zoom's JSON; a proxy or captive portal may "
                "be in the way",
            ).format(request=f"{method} {path}")
            if "html" in ctype
            else translate(
                "Client",
                "{request} returned a non-JSON body ({type}), not Zoom's JSON; a proxy or captive "
                "portal may be in the way",
            ).format(request=f"{method} {path}", type=ctype),
            tracking_id=tracking_id,
        )
    code = integer(body.get("code"))
    message = str(body.get("message") or response.reason_phrase)
    errors = tuple(
        FieldError(str(e.get("field", "")), str(e.get("message", "")))
        for e in objects(body.get("errors"))
    )
    status = response.status_code
    kind: type[ApiError]
    if status == 429:
        kind = RateLimitError
    elif code in SCOPE_CODES or "does not contain scope" in message:
        kind = ScopeError
    elif status == 401:
        kind = AuthError
    elif status == 404:
        kind = NotFoundError
    elif status == 403:
        kind = PermissionError_
    elif code == 300 or errors:
        kind = ValidationError
    elif status >= 500:
        kind = ServerError
    else:
        kind = ApiError
    return kind(
        status,
        code,
        message,
        method=method,
        path=path,
        tracking_id=tracking_id,
        errors=errors,
        rate_limit=rate_limit,
    )
