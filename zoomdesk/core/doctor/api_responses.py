"""Why an API call failed: Zoom's `{"code", "message", "errors"}` body, the status, and the
rate-limit headers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from zoomdesk.core.doctor.api_rate_limits import rate_limit_findings, zoom_said
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.scopes import NEEDS, is_classic

E = Severity.ERROR
SCOPE_CODES = (104, 4700, 4711)
# The operation names are keys (core.scopes.NEEDS) as well as words shown in a sentence.
_OPERATIONS = (
    ("GET", r"/users/?", translate_noop("DoctorResponses", "list users")),
    ("GET", r"/users/[^/]+/meetings/?", translate_noop("DoctorResponses", "list meetings")),
    ("POST", r"/users/[^/]+/meetings/?", translate_noop("DoctorResponses", "create meeting")),
    ("GET", r"/users/[^/]+/?", translate_noop("DoctorResponses", "get user")),
    ("GET", r"/meetings/[^/]+/?", translate_noop("DoctorResponses", "get meeting")),
    ("PATCH", r"/meetings/[^/]+/?", translate_noop("DoctorResponses", "update meeting")),
    ("DELETE", r"/meetings/[^/]+/?", translate_noop("DoctorResponses", "delete meeting")),
)


def operation_for(method: str, path: str) -> str | None:
    tail = path.split("/v2", 1)[-1] if "/v2" in path else path
    for verb, pattern, operation in _OPERATIONS:
        if method.upper() == verb and re.fullmatch(pattern, tail):
            return operation
    return None


def _segment(path: str, after: str) -> str:
    match = re.search(rf"/{after}/([^/?]+)", path)
    return match.group(1) if match else "?"


def scope_finding(exchange: Exchange, message: str, granted: Sequence[str] | None) -> Finding:
    named = re.search(r"scopes?\s*:?\s*\[([^\]]*)\]", message)
    listed = [s.strip() for s in named.group(1).split(",") if s.strip()] if named else []
    operation = operation_for(exchange.method, exchange.path)
    need = NEEDS.get(operation) if operation else None
    lines = []
    if need is not None and operation is not None:
        shown = translate_marked("DoctorResponses", operation)
        if granted is not None and is_classic(granted):
            lines.append(
                translate(
                    "DoctorResponses", "To {operation}, add the classic scope {scope}."
                ).format(operation=shown, scope=need.classic)
            )
        elif granted is not None:
            lines.append(
                translate(
                    "DoctorResponses", "To {operation}, add the granular scope {scope}."
                ).format(operation=shown, scope=need.granular)
            )
        else:
            lines.append(
                translate(
                    "DoctorResponses",
                    "To {operation}, add {granular} (granular scopes, apps made since April "
                    "2024) or {classic} (classic scopes, older apps).",
                ).format(operation=shown, granular=need.granular, classic=need.classic)
            )
    if listed:
        lines.append(
            translate("DoctorResponses", "Zoom says the token lacks: {scopes}.").format(
                scopes=", ".join(listed)
            )
        )
    lines.append(
        translate(
            "DoctorResponses",
            "Scopes are granted to the app, not to the user; they can also disappear when the "
            "app owner's role changes.",
        )
    )
    missing = ", ".join(listed) or (
        need.granular if need else translate("DoctorResponses", "a scope")
    )
    scopes = " ".join(granted or ()) or translate("DoctorResponses", "(none)")
    return Finding(
        "missing-scopes",
        E,
        translate(
            "DoctorResponses", "The access token lacks the scope this call needs ({scopes})"
        ).format(scopes=missing),
        " ".join(lines),
        translate(
            "DoctorResponses",
            "In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, "
            "then get a new token (the old one keeps the old scopes).",
        ),
        (zoom_said(message),)
        + (
            (translate("DoctorResponses", "Token scopes: {scopes}").format(scopes=scopes),)
            if granted is not None
            else ()
        ),
    )


def api_failure(exchange: Exchange, granted: Sequence[str] | None) -> list[Finding]:
    body = exchange.response_json()
    status = exchange.status or 0
    code = body.get("code") if isinstance(body, dict) else None
    message = str(body.get("message") or "") if isinstance(body, dict) else ""
    seen = (
        translate("DoctorResponses", "Zoom: HTTP {status}, code {code}: {message}").format(
            status=status, code=code, message=message
        ),
    )
    lower = message.lower()
    if status == 429 or code == 429:
        return rate_limit_findings(exchange, message)
    if code == 300 and "maximum of" in lower:
        return rate_limit_findings(exchange, message + " (meeting create/update)")
    if code in SCOPE_CODES or "does not contain scope" in lower:
        return [scope_finding(exchange, message, granted)]
    if code == 124 or (status == 401 and "token" in lower):
        return [_token_refused(lower, seen)]
    if code == 1001:
        user = _segment(exchange.path, "users")
        return [
            Finding(
                "unknown-user",
                E,
                translate("DoctorResponses", "Zoom knows no user {user} in this account").format(
                    user=repr(user)
                ),
                translate(
                    "DoctorResponses",
                    "The user ID or email does not exist, or belongs to another Zoom account "
                    "than the one the app is in. With Server-to-Server apps, 'me' is the app's "
                    "owner.",
                ),
                translate(
                    "DoctorResponses",
                    "Pick the host from the account's users list (GET /users) and use its ID or "
                    "email.",
                ),
                seen,
            )
        ]
    if code == 3001:
        meeting = _segment(exchange.path, "meetings")
        return [
            Finding(
                "meeting-not-found",
                E,
                translate("DoctorResponses", "Meeting {meeting} was not found").format(
                    meeting=meeting
                ),
                translate(
                    "DoctorResponses",
                    "It was deleted, has ended and expired, the ID is mistyped (meeting IDs are "
                    "long: 10 or 11 digits), or it belongs to another account.",
                ),
                translate(
                    "DoctorResponses", "Reload the meetings list and pick the meeting again."
                ),
                seen,
            )
        ]
    if code == 300 or (isinstance(body, dict) and body.get("errors")):
        return [_validation(body, message, seen)]
    if code == 200 and "api key" in lower:
        return [
            Finding(
                "jwt-credentials",
                E,
                translate("DoctorResponses", "These are the retired JWT app's API key and secret"),
                translate(
                    "DoctorResponses",
                    "Zoom's JWT apps were retired in 2023. The message comes from sending a JWT "
                    "app's key and secret.",
                ),
                translate(
                    "DoctorResponses",
                    "Create a Server-to-Server OAuth app and use its credentials.",
                ),
                seen,
            )
        ]
    return _by_status(exchange, status, seen)


def _token_refused(lower: str, seen: tuple[str, ...]) -> Finding:
    if "query parameter" in lower:
        return Finding(
            "api-token-in-query",
            E,
            translate("DoctorResponses", "Zoom refuses access tokens sent in the query string"),
            translate(
                "DoctorResponses",
                "Since February 2023 the token must travel in the Authorization header.",
            ),
            translate(
                "DoctorResponses",
                "Send `Authorization: Bearer <token>` and remove ?access_token=….",
            ),
            seen,
        )
    if "expired" in lower:
        return Finding(
            "token-expired",
            E,
            translate("DoctorResponses", "The access token has expired"),
            translate(
                "DoctorResponses",
                "Server-to-Server tokens last one hour and have no refresh token: a new one "
                "must be requested with the same account_credentials grant. zoomdesk does "
                "this by itself once when Zoom says the token expired.",
            ),
            translate(
                "DoctorResponses",
                "Get a new token (the button in Token status). Code that fetches a token "
                "once at start-up must fetch a new one before the hour is up.",
            ),
            seen,
        )
    return Finding(
        "token-invalid",
        E,
        translate("DoctorResponses", "Zoom refused the access token"),
        translate(
            "DoctorResponses",
            "The token is not valid for this API: cut off when copied, from another app or "
            "account, revoked, or the app was deactivated.",
        ),
        translate(
            "DoctorResponses",
            "Get a new token; if it keeps failing, check the app is still activated.",
        ),
        seen,
    )


def _validation(body: object, message: str, seen: tuple[str, ...]) -> Finding:
    errors = body.get("errors") if isinstance(body, dict) else None
    fields = [
        f"{e.get('field', '?')}: {e.get('message', '')}"
        for e in (errors if isinstance(errors, list) else [])
        if isinstance(e, dict)
    ]
    names = ", ".join(f.split(":")[0] for f in fields)
    said = []
    if message:
        said.append(
            translate("DoctorResponses", "Zoom's validation failed ({message}).").format(
                message=message
            )
        )
    if fields:
        said.append(
            translate("DoctorResponses", "Fields: {fields}.").format(fields="; ".join(fields))
        )
    else:
        said.append(translate("DoctorResponses", "Zoom named no field."))
    return Finding(
        "validation",
        E,
        translate("DoctorResponses", "Zoom rejected a value: {fields}").format(fields=names)
        if fields
        else translate("DoctorResponses", "Zoom rejected the request's values"),
        " ".join(said),
        translate(
            "DoctorResponses",
            "Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 "
            "characters of A-Z a-z 0-9 @ - _ *) and send again.",
        ),
        seen,
    )


def _by_status(exchange: Exchange, status: int, seen: tuple[str, ...]) -> list[Finding]:
    if status == 403:
        return [
            Finding(
                "forbidden",
                E,
                translate("DoctorResponses", "Zoom refused: no permission for this"),
                translate(
                    "DoctorResponses",
                    "The app or its owner's role lacks the permission, or the account's "
                    "settings forbid it.",
                ),
                translate(
                    "DoctorResponses",
                    "Check the app owner's role and the account settings in the Zoom web portal.",
                ),
                seen,
            )
        ]
    if status == 404:
        return [
            Finding(
                "api-not-found",
                E,
                translate("DoctorResponses", "Zoom did not find this path"),
                translate(
                    "DoctorResponses",
                    "Either the object does not exist, or the URL is wrong (missing /v2, a "
                    "typo, a wrong API host).",
                ),
                translate(
                    "DoctorResponses",
                    "Compare the URL with Zoom's API reference: https://api.zoom.us/v2/….",
                ),
                seen,
            )
        ]
    if status >= 500:
        return [
            Finding(
                "server-error",
                E,
                translate("DoctorResponses", "Zoom (or a proxy) failed with HTTP {status}").format(
                    status=status
                ),
                translate(
                    "DoctorResponses",
                    "The problem is on the server side, not in the request. A create that got a "
                    "500 may still have been carried out.",
                ),
                translate(
                    "DoctorResponses",
                    "Wait and retry reads; for a create, list the meetings first. See "
                    "https://status.zoom.us.",
                ),
                seen,
            )
        ]
    return []
