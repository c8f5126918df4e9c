"""Why an API call failed: Zoom's `{"code", "message", "errors"}` body, the status, and the
rate-limit headers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.ratelimit import next_utc_midnight, read_rate_limit
from zoomdesk.core.scopes import NEEDS, is_classic

E, W = Severity.ERROR, Severity.WARNING
SCOPE_CODES = (104, 4700, 4711)
_OPERATIONS = (
    ("GET", r"/users/?", "list users"),
    ("GET", r"/users/[^/]+/meetings/?", "list meetings"),
    ("POST", r"/users/[^/]+/meetings/?", "create meeting"),
    ("GET", r"/users/[^/]+/?", "get user"),
    ("GET", r"/meetings/[^/]+/?", "get meeting"),
    ("PATCH", r"/meetings/[^/]+/?", "update meeting"),
    ("DELETE", r"/meetings/[^/]+/?", "delete meeting"),
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


def _when(moment: datetime) -> str:
    left = moment - datetime.now(UTC)
    hours, rest = divmod(max(int(left.total_seconds()), 0), 3600)
    wait = f"in {hours} h {rest // 60} min" if hours else f"in {rest // 60} min {rest % 60} s"
    return f"{moment:%Y-%m-%d %H:%M} UTC ({wait})"


def scope_finding(exchange: Exchange, message: str, granted: Sequence[str] | None) -> Finding:
    named = re.search(r"scopes?\s*:?\s*\[([^\]]*)\]", message)
    listed = [s.strip() for s in named.group(1).split(",") if s.strip()] if named else []
    operation = operation_for(exchange.method, exchange.path)
    need = NEEDS.get(operation) if operation else None
    lines = []
    if need is not None:
        if granted is not None and is_classic(granted):
            lines.append(f"To {operation}, add the classic scope {need.classic}.")
        elif granted is not None:
            lines.append(f"To {operation}, add the granular scope {need.granular}.")
        else:
            lines.append(
                f"To {operation}, add {need.granular} (granular scopes, apps made since April "
                f"2024) or {need.classic} (classic scopes, older apps)."
            )
    if listed:
        lines.append(f"Zoom says the token lacks: {', '.join(listed)}.")
    missing = ", ".join(listed) or (need.granular if need else "a scope")
    return Finding(
        "missing-scopes",
        E,
        f"The access token lacks the scope this call needs ({missing})",
        " ".join(lines)
        + " Scopes are granted to the app, not to the user; they can also disappear when the "
        "app owner's role changes.",
        "In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, then "
        "get a new token (the old one keeps the old scopes).",
        (f"Zoom: {message}",)
        + ((f"Token scopes: {' '.join(granted) or '(none)'}",) if granted is not None else ()),
    )


def rate_limit_findings(exchange: Exchange, message: str) -> list[Finding]:
    headers = {k.lower(): v for k, v in exchange.response_headers}
    limit = read_rate_limit(headers, exchange.started_at)
    seen = tuple(f"{k}: {v}" for k, v in exchange.response_headers
                 if k.lower().startswith("x-ratelimit") or k.lower() == "retry-after")  # fmt: skip
    lower = message.lower()
    if (
        "meeting create/update" in lower
        or "for a single user" in lower
        or "particular user" in lower
    ):
        reset = next_utc_midnight(exchange.started_at)
        return [
            Finding(
                "rate-limit-user-daily",
                E,
                "This host reached Zoom's limit of 100 meeting creates/updates a day",
                "Zoom allows 100 create or update requests per day for the meetings of one host "
                f"user. It resets at 00:00 UTC: {_when(reset)}.",
                "Wait until the reset, or spread the work over other host users.",
                (f"Zoom: {message}", *seen),
            )
        ]
    daily = "daily" in (limit.type or "").lower() or "daily" in lower
    if daily:
        reset = limit.retry_after or next_utc_midnight(exchange.started_at)
        return [
            Finding(
                "rate-limit-daily",
                E,
                "The account reached Zoom's daily limit for this kind of call",
                "Daily limits are shared by every app of the Zoom account and depend on the "
                f"plan. Retrying now will not help; calls work again at {_when(reset)}.",
                "Wait until the reset time. If it happens often, reduce how often the data is "
                "reloaded, or ask Zoom about a higher plan.",
                (f"Zoom: {message}", *seen),
            )
        ]
    wait = ""
    if limit.retry_after is not None:
        seconds = (limit.retry_after - exchange.started_at).total_seconds()
        wait = (
            f" Zoom asked to wait until {limit.retry_after:%H:%M:%S} UTC ({max(seconds, 0):.0f} s)."
        )
    return [
        Finding(
            "rate-limit-qps",
            W,
            "Too many requests per second (Zoom's per-second rate limit)",
            "Zoom limits requests per second per account (shared by all its apps). This is "
            f"short-lived: zoomdesk waits and retries a few times by itself.{wait}",
            "Nothing to do unless it keeps happening; then run fewer things at once.",
            (f"Zoom: {message}", *seen),
        )
    ]


def api_failure(exchange: Exchange, granted: Sequence[str] | None) -> list[Finding]:
    body = exchange.response_json()
    status = exchange.status or 0
    code = body.get("code") if isinstance(body, dict) else None
    message = str(body.get("message") or "") if isinstance(body, dict) else ""
    seen = (f"Zoom: HTTP {status}, code {code}: {message}",)
    lower = message.lower()
    if status == 429 or code == 429:
        return rate_limit_findings(exchange, message)
    if code == 300 and "maximum of" in lower:
        return rate_limit_findings(exchange, message + " (meeting create/update)")
    if code in SCOPE_CODES or "does not contain scope" in lower:
        return [scope_finding(exchange, message, granted)]
    if code == 124 or (status == 401 and "token" in lower):
        if "query parameter" in lower:
            return [
                Finding(
                    "api-token-in-query",
                    E,
                    "Zoom refuses access tokens sent in the query string",
                    "Since February 2023 the token must travel in the Authorization header.",
                    "Send `Authorization: Bearer <token>` and remove ?access_token=….",
                    seen,
                )
            ]
        if "expired" in lower:
            return [
                Finding(
                    "token-expired",
                    E,
                    "The access token has expired",
                    "Server-to-Server tokens last one hour and have no refresh token: a new one "
                    "must be requested with the same account_credentials grant. zoomdesk does "
                    "this by itself once when Zoom says the token expired.",
                    "Get a new token (the button in Token status). Code that fetches a token "
                    "once at start-up must fetch a new one before the hour is up.",
                    seen,
                )
            ]
        return [
            Finding(
                "token-invalid",
                E,
                "Zoom refused the access token",
                "The token is not valid for this API: cut off when copied, from another app or "
                "account, revoked, or the app was deactivated.",
                "Get a new token; if it keeps failing, check the app is still activated.",
                seen,
            )
        ]
    if code == 1001:
        user = _segment(exchange.path, "users")
        return [
            Finding(
                "unknown-user",
                E,
                f"Zoom knows no user {user!r} in this account",
                "The user ID or email does not exist, or belongs to another Zoom account than "
                "the one the app is in. With Server-to-Server apps, 'me' is the app's owner.",
                "Pick the host from the account's users list (GET /users) and use its ID or email.",
                seen,
            )
        ]
    if code == 3001:
        meeting = _segment(exchange.path, "meetings")
        return [
            Finding(
                "meeting-not-found",
                E,
                f"Meeting {meeting} was not found",
                "It was deleted, has ended and expired, the ID is mistyped (meeting IDs are "
                "long: 10 or 11 digits), or it belongs to another account.",
                "Reload the meetings list and pick the meeting again.",
                seen,
            )
        ]
    if code == 300 or (isinstance(body, dict) and body.get("errors")):
        errors = body.get("errors") if isinstance(body, dict) else None
        fields = [
            f"{e.get('field', '?')}: {e.get('message', '')}"
            for e in (errors if isinstance(errors, list) else [])
            if isinstance(e, dict)
        ]
        names = ", ".join(f.split(":")[0] for f in fields)
        return [
            Finding(
                "validation",
                E,
                f"Zoom rejected a value: {names}"
                if fields
                else "Zoom rejected the request's values",
                (f"Zoom's validation failed ({message}). " if message else "")
                + ("Fields: " + "; ".join(fields) + "." if fields else "Zoom named no field."),
                "Correct the named fields (lengths: topic 200, agenda 2000, passcode 10 "
                "characters of A-Z a-z 0-9 @ - _ *) and send again.",
                seen,
            )
        ]
    if code == 200 and "api key" in lower:
        return [
            Finding(
                "jwt-credentials",
                E,
                "These are the retired JWT app's API key and secret",
                "Zoom's JWT apps were retired in 2023. The message comes from sending a JWT "
                "app's key and secret.",
                "Create a Server-to-Server OAuth app and use its credentials.",
                seen,
            )
        ]
    return _by_status(exchange, status, seen)


def _by_status(exchange: Exchange, status: int, seen: tuple[str, ...]) -> list[Finding]:
    if status == 403:
        return [
            Finding(
                "forbidden",
                E,
                "Zoom refused: no permission for this",
                "The app or its owner's role lacks the permission, or the account's settings "
                "forbid it.",
                "Check the app owner's role and the account settings in the Zoom web portal.",
                seen,
            )
        ]
    if status == 404:
        return [
            Finding(
                "api-not-found",
                E,
                "Zoom did not find this path",
                "Either the object does not exist, or the URL is wrong (missing /v2, a typo, a "
                "wrong API host).",
                "Compare the URL with Zoom's API reference: https://api.zoom.us/v2/….",
                seen,
            )
        ]
    if status >= 500:
        return [
            Finding(
                "server-error",
                E,
                f"Zoom (or a proxy) failed with HTTP {status}",
                "The problem is on the server side, not in the request. A create that got a 500 "
                "may still have been carried out.",
                "Wait and retry reads; for a create, list the meetings first. See "
                "https://status.zoom.us.",
                seen,
            )
        ]
    return []
