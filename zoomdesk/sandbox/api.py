"""The `/v2` API: routing, bearer-token checks, scopes and rate-limit headers around the handlers.

Order of checks, for a known path and method: a token in the query string, then the
Authorization header, then expiry, then scopes, then the operation itself. A path Zoom does not
have is a 404 before any token check (an assumption; Zoom's gateway order is undocumented)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from zoomdesk.sandbox import (
    account_api,
    invitation,
    meetings_api,
    registrants_api,
    users_api,
)
from zoomdesk.sandbox.calls import Call
from zoomdesk.sandbox.limits import DAILY_QUOTA
from zoomdesk.sandbox.state import SandboxState, TokenRecord
from zoomdesk.sandbox.wire import Request, Response, zoom_error


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    granular: str  # an account-level granular scope (apps since April 2024)
    classic: str  # or the classic scope (older apps); either one suffices
    category: str  # the spec's Rate Limit Label
    handler: Callable[[Call], Response]


def _route(
    method: str,
    path: str,
    granular: str,
    classic: str,
    category: str,
    handler: Callable[[Call], Response],
) -> Route:
    pattern = (
        path.replace("{userId}", r"(?P<user>[^/]+)")
        .replace("{meetingId}", r"(?P<meeting>[^/]+)")
        .replace("{registrantId}", r"(?P<registrant>[^/]+)")
    )
    return Route(method, re.compile(f"^/v2{pattern}$"), granular, classic, category, handler)


ROUTES = (
    _route("GET", "/users", "user:read:list_users:admin", "user:read:admin", "Medium",
           users_api.list_users),
    _route("GET", "/users/{userId}", "user:read:user:admin", "user:read:admin", "Light",
           users_api.get_user),
    _route("GET", "/users/{userId}/meetings", "meeting:read:list_meetings:admin",
           "meeting:read:admin", "Medium", meetings_api.list_meetings),
    _route("POST", "/users/{userId}/meetings", "meeting:write:meeting:admin",
           "meeting:write:admin", "Medium", meetings_api.create_meeting),
    _route("GET", "/meetings/{meetingId}", "meeting:read:meeting:admin", "meeting:read:admin",
           "Light", meetings_api.get_meeting),
    _route("PATCH", "/meetings/{meetingId}", "meeting:update:meeting:admin",
           "meeting:write:admin", "Light", meetings_api.update_meeting),
    _route("DELETE", "/meetings/{meetingId}", "meeting:delete:meeting:admin",
           "meeting:write:admin", "Light", meetings_api.delete_meeting),
    # Issue 11's operations. Classic scopes and labels from Zoom's OpenAPI file; granular scopes
    # from zoom-api.md §8 and, where it says "unverified", from the scope lists that public S2S
    # apps ask their admins to tick (batch registrants, registration questions, tracking
    # fields, get one registrant).
    _route("GET", "/users/{userId}/settings", "user:read:settings:admin", "user:read:admin",
           "Medium", account_api.get_settings),
    _route("GET", "/tracking_fields", "tracking_field:read:list_tracking_fields:admin",
           "tracking_fields:read:admin", "Medium", account_api.list_tracking_fields),
    _route("GET", "/meetings/{meetingId}/invitation", "meeting:read:invitation:admin",
           "meeting:read:admin", "Light", invitation.get_invitation),
    _route("GET", "/meetings/{meetingId}/registrants", "meeting:read:list_registrants:admin",
           "meeting:read:admin", "Medium", registrants_api.list_registrants),
    _route("POST", "/meetings/{meetingId}/registrants", "meeting:write:registrant:admin",
           "meeting:write:admin", "Light", registrants_api.add_registrant),
    _route("PUT", "/meetings/{meetingId}/registrants/status",
           "meeting:update:registrant_status:admin", "meeting:write:admin", "Medium",
           registrants_api.update_status),
    _route("GET", "/meetings/{meetingId}/registrants/questions",
           "meeting:read:list_registration_questions:admin", "meeting:read:admin", "Light",
           registrants_api.list_questions),
    _route("GET", "/meetings/{meetingId}/registrants/{registrantId}",
           "meeting:read:registrant:admin", "meeting:read:admin", "Light",
           registrants_api.get_registrant),
    _route("DELETE", "/meetings/{meetingId}/registrants/{registrantId}",
           "meeting:delete:registrant:admin", "meeting:write:admin", "Light",
           registrants_api.delete_registrant),
    _route("POST", "/meetings/{meetingId}/batch_registrants",
           "meeting:write:batch_registrants:admin", "meeting:write:admin", "Heavy",
           registrants_api.batch_register),
)  # fmt: skip


def category_for(method: str, path: str) -> str | None:
    """The rate-limit label of the operation at `path`, if Zoom has one there."""
    for route in ROUTES:
        if route.method == method and route.pattern.match(_without_trailing_slash(path)):
            return route.category
    return None


def _without_trailing_slash(path: str) -> str:
    """Zoom serves an operation with one trailing slash as without it. Zoom documents no rule;
    the evidence is a client in production use that always sends one: cern-vc/zoom-python-client
    (CERN's Zoom client) requests `/users/{userId}/meetings/` in `UsersComponent.
    get_user_meetings` (zoom_python_client/client_components/users/users_component.py), which
    could not work if Zoom answered 404. Two slashes stay a 404."""
    return path[:-1] if path.endswith("/") and not path.endswith("//") else path


def handle_api(request: Request, state: SandboxState, base_url: str) -> Response:
    path = _without_trailing_slash(request.path)
    found = [(route, match) for route in ROUTES if (match := route.pattern.match(path))]
    if not found:
        return zoom_error(404, 404, "Not Found")  # assumption: Zoom's body here is undocumented
    chosen = next(((r, m) for r, m in found if r.method == request.method), None)
    if chosen is None:
        response = zoom_error(405, 405, "Method Not Allowed")
        response.set_header("Allow", ", ".join(sorted({r.method for r, _ in found})))
        return response
    route, match = chosen
    response = _authorized_call(route, match, request, state, base_url)
    # Rejected calls are reported against the quota but not counted in it (an assumption).
    used = state.calls_today(route.category)
    quota = DAILY_QUOTA[route.category]
    # A handler's own limit headers (the per-host daily 429) win over the general quota.
    if response.header("X-RateLimit-Category") is None:
        response.set_header("X-RateLimit-Category", route.category)
        response.set_header("X-RateLimit-Limit", str(quota))
        response.set_header("X-RateLimit-Remaining", str(max(quota - used, 0)))
    return response


def _authorized_call(
    route: Route, match: re.Match[str], request: Request, state: SandboxState, base_url: str
) -> Response:
    token = _authenticate(request, state)
    if isinstance(token, Response):
        return token
    if route.granular not in token.scopes and route.classic not in token.scopes:
        # The devforum wording (108207); code 4711 as for scope mismatches in Zoom's OAuth table.
        return zoom_error(
            400,
            4711,
            f"Invalid access token, does not contain scopes:[{route.granular}, {route.classic}].",
        )
    with state.lock:
        state.count_call(route.category)
        return route.handler(Call(request, state, base_url, match))


def _authenticate(request: Request, state: SandboxState) -> TokenRecord | Response:
    if "access_token" in request.query:
        # Refused since 14 Feb 2023 (https://devsupport.zoom.us/hc/en-us/articles/
        # 12363164278669-Access-token-change-FAQ).
        return _unauthorized(
            "Invalid access token, this access token is not supported as query parameter string."
        )
    scheme, _, token = (request.header("authorization") or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _unauthorized("Invalid access token.")
    status, record = state.token_status(token.strip())
    if status == "expired":
        return _unauthorized("Access token is expired.")
    if record is None:
        return _unauthorized("Invalid access token.")
    return record


def _unauthorized(message: str) -> Response:
    return zoom_error(401, 124, message)
