"""A Zoom create body (JSON, as a script or Zoom's docs write it) read into a `MeetingDraft` or a
`MeetingUpdate`, so it goes through the same checks as the form before anything is sent.

The fields zoomdesk does not send are refused with the reason rather than dropped: a script that
sets `schedule_for` expects another host, which a Server-to-Server app picks by the path."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import DraftInvalid, FieldError
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import Json, MeetingType, Recurrence, zone

NOT_SENT = {
    "schedule_for": "the host is the user the meeting is created for (--user); a Server-to-"
    "Server app schedules for any host of the account by the path",
    "template_id": "zoomdesk does not use meeting templates (Zoom accepts admin templates only)",
    "pre_schedule": "zoomdesk does not create pre-scheduled (Zoom Rooms) meetings",
    "default_password": "zoomdesk sends the passcode itself (password), or lets Zoom make one",
}
TYPES = {int(t): t for t in (MeetingType.SCHEDULED, MeetingType.RECURRING_FIXED_TIME,
                             MeetingType.RECURRING_NO_FIXED_TIME)}  # fmt: skip
KNOWN = {"topic", "type", "start_time", "timezone", "duration", "agenda", "password",
         "recurrence", "settings", "tracking_fields"}  # fmt: skip


def _problems(body: Json) -> list[FieldError]:
    out = [FieldError(key, f"Not sent: {why}.") for key, why in NOT_SENT.items() if key in body]
    out += [
        FieldError(key, "Not a field of Zoom's create body.")
        for key in body
        if key not in KNOWN and key not in NOT_SENT
    ]
    if "type" in body and body["type"] not in TYPES:
        out.append(FieldError("type", "Must be 2 (one-time), 8 (recurring) or 3 (no fixed time)."))
    for key in ("topic", "agenda", "password", "timezone", "start_time"):
        if key in body and not isinstance(body[key], str):
            out.append(FieldError(key, "Must be text."))
    if "duration" in body and (
        not isinstance(body["duration"], int) or isinstance(body["duration"], bool)
    ):
        out.append(FieldError("duration", "Must be a whole number of minutes."))
    for key in ("settings", "recurrence"):
        if key in body and not isinstance(body[key], dict):
            out.append(FieldError(key, "Must be an object."))
    fields = body.get("tracking_fields", [])
    if not isinstance(fields, list) or not all(
        isinstance(f, dict) and isinstance(f.get("field"), str) for f in fields
    ):
        out.append(FieldError("tracking_fields", 'Must be a list of {"field", "value"}.'))
    return out


def _start(body: Json, timezone: str) -> datetime | None:
    """`start_time` as wall-clock time in `timezone` (a `Z` time is converted to it)."""
    text = body.get("start_time")
    if not text:
        return None
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        raise DraftInvalid(
            [FieldError("start_time", f"{text!r} is not a date and time.")]
        ) from None
    if value.tzinfo is not None:
        value = value.astimezone(zone(timezone)).replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def _tracking(body: Json) -> tuple[tuple[str, str], ...]:
    return tuple((str(f["field"]), str(f.get("value", ""))) for f in body["tracking_fields"])


def draft_from_body(body: Any, base: MeetingDraft) -> MeetingDraft:
    """`base` with what the body sets (the CLI's flags are applied after)."""
    if not isinstance(body, dict):
        raise DraftInvalid([FieldError("body", "Must be a JSON object (Zoom's create body).")])
    if problems := _problems(body):
        raise DraftInvalid(problems)
    timezone = str(body.get("timezone") or base.timezone)
    changes: dict[str, Any] = {"timezone": timezone}
    for key in ("topic", "agenda", "password", "duration"):
        if key in body:
            changes[key] = body[key]
    if "type" in body:
        changes["type"] = TYPES[body["type"]]
    if (start := _start(body, timezone)) is not None:
        changes["start"] = start
    if "recurrence" in body:
        changes["recurrence"] = Recurrence.from_json(body["recurrence"])
    if "settings" in body:
        changes["settings"] = {**base.settings, **body["settings"]}
    if "tracking_fields" in body:
        changes["tracking_fields"] = _tracking(body)
    return base.with_changes(**changes)


def update_from_body(body: Any) -> MeetingUpdate:
    """Only what the body names (a PATCH body); a start needs its `timezone` in the body."""
    if not isinstance(body, dict):
        raise DraftInvalid([FieldError("body", "Must be a JSON object (Zoom's update body).")])
    if problems := _problems(body):
        raise DraftInvalid(problems)
    given: dict[str, Any] = {
        k: body[k] for k in ("topic", "agenda", "password", "duration") if k in body
    }
    if "type" in body:
        given["type"] = TYPES[body["type"]]
    if "start_time" in body:
        tz = zone(str(body.get("timezone") or ""))
        start = _start(body, str(body.get("timezone") or "UTC"))
        if tz is None or start is None:
            raise DraftInvalid(
                [FieldError("start_time", "A start needs its timezone in the body.")]
            )
        given["start"] = start.replace(tzinfo=tz)
    if "recurrence" in body:
        given["recurrence"] = Recurrence.from_json(body["recurrence"])
    if "tracking_fields" in body:
        given["tracking_fields"] = _tracking(body)
    return MeetingUpdate(settings=dict(body.get("settings") or {}), **given)
