"""What a failed save means, in words a non-developer understands, with the technical facts
(status, Zoom code, tracking id) kept for a Details expander. Pure functions: no widgets.
The facts' values stay as Zoom sent them (support reads them); their names are translated."""

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
from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop
from zoomdesk.core.meeting_schema import FIELDS, SETTINGS
from zoomdesk.core.ratelimit import next_utc_midnight
from zoomdesk.ui.errors import describe
from zoomdesk.ui.form_fields import mid_sentence

DAILY_LIMIT = 100  # Zoom: meeting creates/updates per host per day, reset at 00:00 UTC

LABELS = {
    "topic": translate_noop("SaveErrors", "Topic"),
    "agenda": translate_noop("SaveErrors", "Agenda"),
    "host": translate_noop("SaveErrors", "Host"),
    "type": translate_noop("SaveErrors", "Type"),
    "start_time": translate_noop("SaveErrors", "Start"),
    "timezone": translate_noop("SaveErrors", "Time zone"),
    "duration": translate_noop("SaveErrors", "Duration"),
    "password": translate_noop("SaveErrors", "Passcode"),
    "recurrence": translate_noop("SaveErrors", "Repeat"),
    "recurrence.repeat_interval": translate_noop("SaveErrors", "Repeat interval"),
    "recurrence.weekly_days": translate_noop("SaveErrors", "Repeat days"),
    "recurrence.end_times": translate_noop("SaveErrors", "Number of occurrences"),
    "recurrence.end_date_time": translate_noop("SaveErrors", "End date"),
    "settings.jbh_time": translate_noop("SaveErrors", "Join before host"),
    "settings.join_before_host": translate_noop("SaveErrors", "Join before host"),
    "settings.alternative_hosts": translate_noop("SaveErrors", "Alternative hosts"),
    "settings.approval_type": translate_noop("SaveErrors", "Registration"),
    "settings.auto_recording": translate_noop("SaveErrors", "Recording"),
}


def kept() -> str:
    return translate("SaveErrors", "Nothing was saved; everything you typed is still here.")


def field_label(field: str) -> str:
    """A field name as the form labels it ("recurrence.end_times" → "Repeat")."""
    if field in LABELS:
        return translate_marked("SaveErrors", LABELS[field])
    if field.startswith("recurrence"):
        return translate_marked("SaveErrors", LABELS["recurrence"])
    spec = next((s for s in (*FIELDS, *SETTINGS) if s.key == field), None)
    if spec is not None:  # the schema's label, as the form shows it
        return spec.shown_title
    return field.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def short_time(moment: datetime | None) -> str:
    """`Tue 8 Dec 2026 09:00`, the way the user's locale writes it."""
    if moment is None:
        return ""
    return dates().datetime(moment)


def daily_limit_message(reset_at: datetime | None, now: datetime, host: str = "") -> str:
    """When the per-host daily limit lifts, in local time and UTC. Zoom resets it at 00:00 UTC
    when the response does not say (https://developers.zoom.us/docs/api/rate-limits/)."""
    reset = reset_at if reset_at is not None and reset_at > now else next_utc_midnight(now)
    local, today = reset.astimezone(), now.astimezone().date()
    if local.date() == today:
        text = translate(
            "SaveErrors",
            "Zoom allows {limit} meeting creates/updates per host per day; {host} has reached "
            "it. You can try again after {time} ({utc} UTC).",
        )
    elif local.date() == today + timedelta(days=1):
        text = translate(
            "SaveErrors",
            "Zoom allows {limit} meeting creates/updates per host per day; {host} has reached "
            "it. You can try again after {time} tomorrow ({utc} UTC).",
        )
    else:
        text = translate(
            "SaveErrors",
            "Zoom allows {limit} meeting creates/updates per host per day; {host} has reached "
            "it. You can try again after {date} {time} ({utc} UTC).",
        )
    utc = reset.astimezone(UTC)
    return text.format(
        limit=DAILY_LIMIT,
        host=host or translate("SaveErrors", "this host"),
        time=dates().time(local),
        date=dates().date(local),
        utc=f"{utc.hour:02d}:{utc.minute:02d}",  # UTC in 24 hours, as Zoom's docs write it
    )


def error_details(error: BaseException) -> str:
    """The facts Zoom support asks for, one per line."""
    lines: list[str] = []
    if isinstance(error, ApiError):
        if error.method:
            lines.append(_fact("Request: {value}", f"{error.method} {error.path}"))
        lines.append(_fact("HTTP status: {value}", error.status))
        lines.append(_fact("Zoom code: {value}", error.code if error.code is not None else "—"))
        lines.append(_fact("Zoom message: {value}", error.message))
        field = translate("SaveErrors", "Field {field}: {message}")
        lines += [field.format(field=e.field or "?", message=e.message) for e in error.errors]
        if error.rate_limit.describe():
            lines.append(_fact("Rate limit: {value}", error.rate_limit.describe()))
        if error.rate_limit.raw_retry_after:
            lines.append(f"Retry-After: {error.rate_limit.raw_retry_after}")  # the header
        lines.append(_fact("Tracking id: {value}", error.tracking_id or "—"))
    elif isinstance(error, TokenError | BadResponseError):
        lines.append(_fact("HTTP status: {value}", error.status))
        lines.append(_fact("Tracking id: {value}", error.tracking_id or "—"))
        lines.append(error.summary())
    elif isinstance(error, NetworkError):
        lines.append(_fact("Network error: {value}", error.kind))
        if error.method:
            lines.append(_fact("Request: {value}", f"{error.method} {error.url}"))
        lines.append(error.detail)
    elif isinstance(error, OutcomeUnknownError):
        lines.append(_fact("Cause: {value}", error.cause))
    else:
        lines.append(f"{type(error).__name__}: {error}")
    return "\n".join(lines)


def _fact(name: str, value: object) -> str:
    return translate_marked("SaveErrors", name).format(value=value)


FACTS = (  # the names `_fact` shows, marked for the translators
    translate_noop("SaveErrors", "Request: {value}"),
    translate_noop("SaveErrors", "HTTP status: {value}"),
    translate_noop("SaveErrors", "Zoom code: {value}"),
    translate_noop("SaveErrors", "Zoom message: {value}"),
    translate_noop("SaveErrors", "Rate limit: {value}"),
    translate_noop("SaveErrors", "Tracking id: {value}"),
    translate_noop("SaveErrors", "Network error: {value}"),
    translate_noop("SaveErrors", "Cause: {value}"),
)


def describe_failure(
    error: BaseException, *, host: str = "", loading: bool = False
) -> tuple[str, str, str]:
    """(title, what it means and what to do, details)."""
    details = error_details(error)
    kept_ = "" if loading else f" {kept()}"
    if isinstance(error, RateLimitError):
        if error.daily:
            body = daily_limit_message(error.reset_at, datetime.now(UTC), host)
            return translate("SaveErrors", "Daily limit reached"), body + kept_, details
        return (
            translate("SaveErrors", "Zoom is busy, try again in a moment"),
            translate(
                "SaveErrors",
                "Zoom turned the request away because too many arrived at once, even after "
                "waiting and retrying.",
            )
            + kept_,
            details,
        )
    if isinstance(error, ValidationError):
        return (
            translate("SaveErrors", "Zoom didn't accept the meeting"),
            translate("SaveErrors", "Fix the marked fields and save again.") + kept_,
            details,
        )
    if isinstance(error, NotFoundError):
        if loading or error.path.startswith("/meetings/"):
            body = translate(
                "SaveErrors",
                "It may have been deleted elsewhere, or it has ended, so it is no longer in the "
                "list.",
            )
            return translate("SaveErrors", "This meeting no longer exists"), body + kept_, details
        title = translate("SaveErrors", "Zoom doesn't know this host")
        return title, f"{error.message}.{kept_}", details
    refused = translate("SaveErrors", "Zoom refused the request")
    if isinstance(error, ScopeError | AuthError | PermissionError_):
        return refused, f"{describe(error).message}{kept_}", details
    if isinstance(error, TokenError):
        title = translate("SaveErrors", "Couldn't sign in to Zoom")
        return title, f"{error.explanation}{kept_}", details
    if isinstance(error, NetworkError):
        title = translate("SaveErrors", "Couldn't reach Zoom")
        return title, describe(error).message + kept_, details
    if isinstance(error, ServerError):
        body = translate(
            "SaveErrors",
            "Zoom answered with a server error (HTTP {status}). Try again in a moment.",
        ).format(status=error.status)
        return translate("SaveErrors", "Zoom had a problem"), body + kept_, details
    if isinstance(error, BadResponseError):
        body = translate(
            "SaveErrors",
            "The answer was not Zoom's: a proxy or a network sign-in page may be in the way. "
            "Try again in a moment.",
        )
        return translate("SaveErrors", "Unexpected answer from Zoom"), body + kept_, details
    if isinstance(error, ApiError):
        return refused, f"{error.message}.{kept_}", details
    if isinstance(error, ZoomDeskError):
        title = translate("SaveErrors", "Saving failed")
        return title, f"{describe(error).message}{kept_}", details
    if loading:
        title = translate("SaveErrors", "Loading the meeting failed unexpectedly")
    else:
        title = translate("SaveErrors", "Saving failed unexpectedly")
    return title, translate("SaveErrors", "This is a bug in zoomdesk.") + kept_, details


def blocker_text(problems: list[FieldError], limit: int = 3) -> str:
    """ "Can't save: Topic: enter a topic; Passcode: at most 10 characters"."""

    def part(problem: FieldError) -> str:
        text = problem.message.rstrip(".。")
        text = text[:1].lower() + text[1:]
        label = mid_sentence(field_label(problem.field))
        if label.lower() in text.lower():
            return text
        return translate("SaveErrors", "{field}: {problem}").format(field=label, problem=text)

    parts = "; ".join(part(p) for p in problems[:limit])
    more = len(problems) - limit
    if more > 0:
        parts = translate("SaveErrors", "{problems}; and %n more", more).format(problems=parts)
    return translate("SaveErrors", "Can't save: {problems}").format(problems=parts)
