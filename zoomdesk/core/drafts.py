"""What a user asks for: a meeting to create or the new state of one to update. Checked against
Zoom's limits before anything is sent, and turned into the exact JSON Zoom expects.

Time: a start the user gives in a zone is sent as wall-clock time *without* `Z` plus that
`timezone`, which Zoom reads as local time in that zone. Appending `Z` to a local time (as some
libraries do, e.g. prschmid/zoomus `util.date_to_str`) silently shifts the meeting.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.errors import FieldError
from zoomdesk.core.host_defaults import PasscodeRules, passcode_problems
from zoomdesk.core.host_defaults import generate_passcode as generate_for_rules
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_schema import Applies, Kind
from zoomdesk.core.models import Json, Meeting, MeetingType, Recurrence, RecurrenceType, zone
from zoomdesk.core.wallclock import year_message, zoom_local_time

REPEAT_MAX = {RecurrenceType.DAILY: 90, RecurrenceType.WEEKLY: 12, RecurrenceType.MONTHLY: 3}
END_TIMES_MAX = 365


def system_timezone() -> str:
    """The system's IANA zone name, falling back to UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text().strip())
    try:
        link = os.readlink("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    return next((c for c in candidates if c and zone(c) is not None), "UTC")


def recurrence_problems(rec: Recurrence) -> list[FieldError]:
    out = []
    limit = REPEAT_MAX[rec.type]
    if not 1 <= rec.repeat_interval <= limit:
        message = translate("Drafts", "Must be between 1 and {limit}.").format(limit=limit)
        out.append(FieldError("recurrence.repeat_interval", message))
    if rec.type is RecurrenceType.WEEKLY:
        if not rec.weekly_days:
            message = translate("Drafts", "Choose at least one weekday.")
            out.append(FieldError("recurrence.weekly_days", message))
        elif any(not 1 <= d <= 7 for d in rec.weekly_days):
            message = translate("Drafts", "Weekdays are 1 (Sun) to 7 (Sat).")
            out.append(FieldError("recurrence.weekly_days", message))
    if rec.type is RecurrenceType.MONTHLY:
        if rec.monthly_day is not None:
            if not 1 <= rec.monthly_day <= 31:
                message = translate("Drafts", "Day must be 1 to 31.")
                out.append(FieldError("recurrence.monthly_day", message))
        elif rec.monthly_week not in (-1, 1, 2, 3, 4) or not 1 <= (rec.monthly_week_day or 0) <= 7:
            message = translate("Drafts", "Choose a day or a week and weekday.")
            out.append(FieldError("recurrence.monthly_week", message))
    if rec.end_date_time is not None and rec.end_times is not None:
        message = translate("Drafts", "End on a date or after N times, not both.")
        out.append(FieldError("recurrence.end_times", message))
    if rec.end_times is not None and not 1 <= rec.end_times <= END_TIMES_MAX:
        message = translate("Drafts", "Must be 1 to {limit}.").format(limit=END_TIMES_MAX)
        out.append(FieldError("recurrence.end_times", message))
    return out


def _settings_problems(settings: Json) -> list[FieldError]:
    out = []
    for name, value in settings.items():
        found = schema.setting(name)
        if found is None:
            out.append(FieldError(f"settings.{name}", schema.unknown_setting(name)))
        else:
            out.extend(found.problems(value))
    return out


@dataclass(frozen=True)
class MeetingDraft:
    """A whole meeting as the user wants it: what a create sends, what a form shows."""

    topic: str = ""
    type: MeetingType = MeetingType.SCHEDULED
    start: datetime | None = None  # wall-clock time in `timezone` (naive)
    timezone: str = "UTC"
    duration: int | None = 60
    agenda: str = ""
    password: str = ""
    recurrence: Recurrence | None = None
    settings: Json = field(default_factory=dict)
    tracking_fields: tuple[tuple[str, str], ...] = ()  # (the account's field name, value)

    @property
    def has_fixed_time(self) -> bool:
        return self.type in schema.FIXED_TIME

    def value(self, key: str) -> Any:
        """The draft's value of a schema key (`topic`, `settings.waiting_room`)."""
        if key.startswith("settings."):
            return self.settings.get(key.removeprefix("settings."))
        return getattr(self, _ATTRIBUTES.get(key, key))

    def problems(self, rules: PasscodeRules | None = None) -> list[FieldError]:
        """What Zoom would refuse; with the host's passcode `rules`, a passcode that breaks
        them too (an empty one counts: a create without one gets Zoom's own passcode, but
        the callers that mean "no passcode" pass the rules)."""
        out = []
        if not self.topic.strip():
            out.append(FieldError("topic", translate("Drafts", "Enter a topic.")))
        for spec in schema.FIELDS:
            if spec.kind in (Kind.TEXT, Kind.INTEGER) and self.type in spec.types:
                out.extend(spec.problems(self.value(spec.key)))
        if zone(self.timezone) is None:
            message = translate("Drafts", "Unknown time zone: {zone}")
            out.append(FieldError("timezone", message.format(zone=self.timezone)))
        if self.has_fixed_time:
            if self.start is None:
                message = translate("Drafts", "Choose a start date and time.")
                out.append(FieldError("start_time", message))
            elif problem := year_message(self.start):
                out.append(FieldError("start_time", problem))
            if self.duration is None:
                message = translate("Drafts", "Duration must be at least 1 minute.")
                out.append(FieldError("duration", message))
        if self.type is MeetingType.RECURRING_FIXED_TIME and self.recurrence is None:
            message = translate("Drafts", "Choose how the meeting repeats.")
            out.append(FieldError("recurrence", message))
        if self.recurrence is not None and self.type.recurring:
            out.extend(recurrence_problems(self.recurrence))
        out.extend(_settings_problems(self.settings))
        if rules is not None and not any(p.field == "password" for p in out):
            out += [FieldError("password", m) for m in passcode_problems(self.password, rules)]
        return out

    def start_time_field(self) -> str | None:
        """Local wall time with no `Z`; Zoom reads it in `timezone`."""
        return zoom_local_time(self.start) if self.start else None

    def start_utc(self) -> datetime | None:
        tz = zone(self.timezone)
        if self.start is None or tz is None:
            return None
        return self.start.replace(tzinfo=tz).astimezone(UTC)

    def start_aware(self) -> datetime | None:
        """The start with its zone attached (what a `MeetingUpdate` carries)."""
        tz = zone(self.timezone)
        return self.start.replace(tzinfo=tz) if self.start is not None and tz else None

    def create_body(self) -> Json:
        """The exact `POST /users/{userId}/meetings` body."""
        out: Json = {"topic": self.topic, "type": int(self.type), "timezone": self.timezone}
        if self.agenda:
            out["agenda"] = self.agenda
        if self.password:
            out["password"] = self.password
        if self.has_fixed_time:
            out["start_time"] = self.start_time_field()
            out["duration"] = self.duration
        if self.recurrence is not None and self.type.recurring:
            out["recurrence"] = self.recurrence.to_json()
        settings = {
            name: value
            for name, value in self.settings.items()
            if (spec := schema.setting(name)) is None or spec.applies_to(Applies.CREATE, self.type)
        }
        if settings:
            out["settings"] = settings
        if self.tracking_fields:
            out["tracking_fields"] = tracking_json(self.tracking_fields)
        return out

    @classmethod
    def from_meeting(cls, meeting: Meeting) -> MeetingDraft:
        local = meeting.local_start()
        settings = {
            s.name: meeting.settings[s.name] for s in schema.SETTINGS if s.name in meeting.settings
        }
        return cls(
            topic=meeting.topic,
            type=meeting.type,
            start=local.replace(tzinfo=None, second=0, microsecond=0) if local else None,
            timezone=meeting.timezone or "UTC",
            duration=meeting.duration,
            agenda=meeting.agenda,
            password=meeting.password,
            recurrence=meeting.recurrence,
            settings=settings,
            tracking_fields=tuple(
                (str(f.get("field", "")), str(f.get("value", "")))
                for f in meeting.raw.get("tracking_fields") or ()
                if isinstance(f, dict)
            ),
        )

    def with_changes(self, **changes: Any) -> MeetingDraft:
        return replace(self, **changes)


_ATTRIBUTES = {"start_time": "start"}


def tracking_json(pairs: tuple[tuple[str, str], ...]) -> list[Json]:
    """Zoom's `tracking_fields` list: `[{"field": name, "value": value}]`."""
    return [{"field": name, "value": value} for name, value in pairs]


def now_utc() -> datetime:
    return datetime.now(UTC)


# --- helpers for forms (pure; the desktop form uses them) -----------------------------------

PASSCODE_MAX = schema.spec("password").max_length or 10
# A passcode the form generates without the host's rules: a letter and a digit, as some accounts
# require both (`host_defaults.generate_passcode` with the host's rules does the rest).
DEFAULT_RULES = PasscodeRules(required=False, have_letter=True, have_number=True)


def generate_passcode(length: int = 8) -> str:
    """A random passcode Zoom accepts (look-alike characters left out, for the phone)."""
    return generate_for_rules(replace(DEFAULT_RULES, length=length))


def timing_problems(
    draft: MeetingDraft, now: datetime, *, check_start: bool = True
) -> list[FieldError]:
    """Problems `problems()` cannot see without a clock: a start in the past (Zoom ignores a
    past `start_time` on update) and a recurrence that ends before it starts."""
    out: list[FieldError] = []
    start = draft.start_utc() if draft.has_fixed_time else None
    if check_start and start is not None and start < now:
        message = translate("Drafts", "This time has already passed; choose a later one.")
        out.append(FieldError("start_time", message))
    rec = draft.recurrence
    if (
        draft.type is MeetingType.RECURRING_FIXED_TIME
        and rec is not None
        and rec.end_date_time is not None
        and start is not None
        and rec.end_date_time < start
    ):
        message = translate("Drafts", "The series ends before it starts.")
        out.append(FieldError("recurrence.end_date_time", message))
    return out


def find_created(
    meetings: list[Meeting] | tuple[Meeting, ...], draft: MeetingDraft, since: datetime
) -> Meeting | None:
    """After a create whose outcome is unknown: the meeting it may have made. Same topic and
    type, created at or after `since` (when Zoom says), and for a one-time meeting the same
    start (a series lists its next occurrence, which need not be the start the user typed)."""
    start = draft.start_utc()
    for meeting in meetings:
        if meeting.topic.strip() != draft.topic.strip() or meeting.type is not draft.type:
            continue
        if meeting.created_at is not None and meeting.created_at < since:
            continue
        if draft.type is MeetingType.SCHEDULED and (
            start is None
            or meeting.start_time is None
            or meeting.start_time.replace(second=0, microsecond=0) != start
        ):
            continue
        return meeting
    return None


def changed_fields(old: MeetingDraft, new: MeetingDraft) -> set[str]:
    """Schema keys (as in `FieldError.field`) whose value differs between two drafts; a form
    uses it to know what the user has touched and which of Zoom's complaints are now stale."""
    keys = [s.key for s in schema.FIELDS]
    keys += [f"settings.{k}" for k in old.settings.keys() | new.settings.keys()]
    out = {key for key in keys if old.value(key) != new.value(key)}
    if "type" in out:
        out.add("recurrence")
    if "timezone" in out:
        out.add("start_time")
    for spec in schema.SETTINGS:  # a dependent setting is shown with the one it depends on
        if spec.requires and f"settings.{spec.requires}" in out:
            out.add(spec.key)
    return out


def occurrence_draft(meeting: Meeting, occurrence_id: str) -> MeetingDraft:
    """The series as a draft, with the start and duration of one of its occurrences."""
    draft = MeetingDraft.from_meeting(meeting)
    found = next((o for o in meeting.occurrences if o.occurrence_id == occurrence_id), None)
    start = (found.start_time if found else None) or meeting.start_time
    if start is not None:
        local = start.astimezone(zone(draft.timezone) or UTC)
        draft = replace(draft, start=local.replace(tzinfo=None, second=0, microsecond=0))
    if found is not None and found.duration:
        draft = replace(draft, duration=found.duration)
    return draft


def duplicate_draft(draft: MeetingDraft, now: datetime) -> MeetingDraft:
    """A copy of a meeting: the same wall-clock time on the next day it is still ahead (`now`
    is naive wall time in the draft's zone), and its own passcode: two meetings should not
    share one."""
    start = draft.start
    if start is not None and start < now:
        start = datetime.combine(now.date(), start.time())
        if start < now:
            start += timedelta(days=1)
    return replace(draft, start=start, password=generate_passcode() if draft.password else "")
