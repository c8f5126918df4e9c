"""What a failed save means, in words a non-developer understands, with the technical facts
(status, Zoom code, tracking id) kept for a Details expander. Pure functions: no widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from zoomdesk.core.errors import (
    ApiError,
    AuthError,
    BadResponseError,
    FieldError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionError_,
    RateLimitError,
    ScopeError,
    ServerError,
    TokenError,
    ValidationError,
    ZoomDeskError,
)
from zoomdesk.core.ratelimit import next_utc_midnight
from zoomdesk.ui.errors import describe

DAILY_LIMIT = 100  # Zoom: meeting creates/updates per host per day, reset at 00:00 UTC
KEPT = "Nothing was saved; everything you typed is still here."

LABELS = {
    "topic": "Topic",
    "agenda": "Agenda",
    "host": "Host",
    "type": "Type",
    "start_time": "Start",
    "timezone": "Time zone",
    "duration": "Duration",
    "password": "Passcode",
    "recurrence": "Repeat",
    "recurrence.repeat_interval": "Repeat interval",
    "recurrence.weekly_days": "Repeat days",
    "recurrence.end_times": "Number of occurrences",
    "recurrence.end_date_time": "End date",
    "settings.jbh_time": "Join before host",
    "settings.join_before_host": "Join before host",
    "settings.alternative_hosts": "Alternative hosts",
    "settings.approval_type": "Registration",
    "settings.auto_recording": "Recording",
}


def field_label(field: str) -> str:
    """A field name as the form labels it ("recurrence.end_times" → "Repeat")."""
    if field in LABELS:
        return LABELS[field]
    if field.startswith("recurrence"):
        return LABELS["recurrence"]
    return field.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def short_time(moment: datetime | None) -> str:
    """`Tue 8 Dec 2026 09:00` (no platform-specific strftime flags)."""
    if moment is None:
        return ""
    return f"{moment:%a} {moment.day} {moment:%b %Y %H:%M}"


def daily_limit_message(reset_at: datetime | None, now: datetime) -> str:
    """When the per-host daily limit lifts, in local time and UTC. Zoom resets it at 00:00 UTC
    when the response does not say (https://developers.zoom.us/docs/api/rate-limits/)."""
    reset = reset_at if reset_at is not None and reset_at > now else next_utc_midnight(now)
    local, today = reset.astimezone(), now.astimezone().date()
    when = f"{local:%H:%M}"
    if local.date() == today + timedelta(days=1):
        when += " tomorrow"
    elif local.date() != today:
        when = f"{local:%a} {local.day} {local:%b} {when}"
    return (
        f"Zoom allows {DAILY_LIMIT} meeting creates/updates per host per day; this host has "
        f"reached it. You can try again after {when} ({reset.astimezone(UTC):%H:%M} UTC)."
    )


def error_details(error: BaseException) -> str:
    """The facts Zoom support asks for, one per line."""
    lines: list[str] = []
    if isinstance(error, ApiError):
        if error.method:
            lines.append(f"Request: {error.method} {error.path}")
        lines.append(f"HTTP status: {error.status}")
        lines.append(f"Zoom code: {error.code if error.code is not None else '—'}")
        lines.append(f"Zoom message: {error.message}")
        lines += [f"Field {e.field or '?'}: {e.message}" for e in error.errors]
        if error.rate_limit.describe():
            lines.append(f"Rate limit: {error.rate_limit.describe()}")
        if error.rate_limit.raw_retry_after:
            lines.append(f"Retry-After: {error.rate_limit.raw_retry_after}")
        lines.append(f"Tracking id: {error.tracking_id or '—'}")
    elif isinstance(error, TokenError | BadResponseError):
        lines.append(f"HTTP status: {error.status}")
        lines.append(f"Tracking id: {error.tracking_id or '—'}")
        lines.append(error.summary())
    elif isinstance(error, NetworkError):
        lines.append(f"Network error: {error.kind}")
        if error.method:
            lines.append(f"Request: {error.method} {error.url}")
        lines.append(error.detail)
    elif isinstance(error, OutcomeUnknownError):
        lines.append(f"Cause: {error.cause}")
    else:
        lines.append(f"{type(error).__name__}: {error}")
    return "\n".join(lines)


def describe_failure(
    error: BaseException, *, host: str = "this host", loading: bool = False
) -> tuple[str, str, str]:
    """(title, what it means and what to do, details)."""
    details = error_details(error)
    kept = "" if loading else f" {KEPT}"
    if isinstance(error, RateLimitError):
        if error.daily:
            body = daily_limit_message(error.reset_at, datetime.now(UTC))
            return "Daily limit reached", body.replace("this host", host, 1) + kept, details
        return (
            "Zoom is busy, try again in a moment",
            "Zoom turned the request away because too many arrived at once, even after waiting "
            f"and retrying.{kept}",
            details,
        )
    if isinstance(error, ValidationError):
        return (
            "Zoom didn't accept the meeting",
            f"Fix the marked fields and save again.{kept}",
            details,
        )
    if isinstance(error, NotFoundError):
        if loading or error.path.startswith("/meetings/"):
            body = (
                "It may have been deleted elsewhere, or it has ended, so it is no longer in the "
                "list."
            )
            return "This meeting no longer exists", body + kept, details
        return "Zoom doesn't know this host", f"{error.message}.{kept}", details
    if isinstance(error, ScopeError | AuthError | PermissionError_):
        return "Zoom refused the request", f"{describe(error).message}{kept}", details
    if isinstance(error, TokenError):
        return "Couldn't sign in to Zoom", f"{error.explanation}{kept}", details
    if isinstance(error, NetworkError):
        return "Couldn't reach Zoom", describe(error).message + kept, details
    if isinstance(error, ServerError):
        body = f"Zoom answered with a server error (HTTP {error.status}). Try again in a moment."
        return "Zoom had a problem", body + kept, details
    if isinstance(error, BadResponseError):
        body = (
            "The answer was not Zoom's: a proxy or a network sign-in page may be in the way. "
            "Try again in a moment."
        )
        return "Unexpected answer from Zoom", body + kept, details
    if isinstance(error, ApiError):
        return "Zoom refused the request", f"{error.message}.{kept}", details
    if isinstance(error, ZoomDeskError):
        return "Saving failed", f"{describe(error).message}{kept}", details
    what = "Loading the meeting" if loading else "Saving"
    return f"{what} failed unexpectedly", f"This is a bug in zoomdesk.{kept}", details


def blocker_text(problems: list[FieldError], limit: int = 3) -> str:
    """ "Can't save: Topic: enter a topic; Passcode: at most 10 characters"."""

    def part(problem: FieldError) -> str:
        text = problem.message.rstrip(".")
        text = text[:1].lower() + text[1:]
        label = field_label(problem.field).lower()
        return text if label in text.lower() else f"{label}: {text}"

    parts = [part(p) for p in problems[:limit]]
    more = len(problems) - limit
    return "Can't save: " + "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
