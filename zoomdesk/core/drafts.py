"""What a user asks for: a meeting to create or the new state of one to update. Checked against
Zoom's limits before anything is sent, and turned into the exact JSON Zoom expects.

Time: a start the user gives in a zone is sent as wall-clock time *without* `Z` plus that
`timezone`, which Zoom reads as local time in that zone. Appending `Z` to a local time (as some
libraries do, e.g. prschmid/zoomus `util.date_to_str`) silently shifts the meeting.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from zoomdesk.core.errors import FieldError
from zoomdesk.core.models import Json, Meeting, MeetingType, Recurrence, RecurrenceType, zone

TOPIC_MAX = 200
AGENDA_MAX = 2000
PASSWORD_MAX = 10
PASSWORD_RE = re.compile(r"^[A-Za-z0-9@\-_*]*$")
EMAIL_RE = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
REPEAT_MAX = {RecurrenceType.DAILY: 90, RecurrenceType.WEEKLY: 12, RecurrenceType.MONTHLY: 3}
END_TIMES_MAX = 365

SETTING_CHOICES: dict[str, tuple[Any, ...]] = {
    "jbh_time": (0, 5, 10),
    "auto_recording": ("none", "local", "cloud"),
    "approval_type": (0, 1, 2),
    "audio": ("both", "telephony", "voip"),
}
BOOL_SETTINGS = (
    "host_video",
    "participant_video",
    "join_before_host",
    "mute_upon_entry",
    "waiting_room",
    "email_notification",
)
EDITABLE_SETTINGS = (*BOOL_SETTINGS, *SETTING_CHOICES, "alternative_hosts")
# What PATCH ?occurrence_id= may change (Zoom's meetingUpdate `occurrence_id` description).
OCCURRENCE_FIELDS = ("agenda", "start_time", "duration", "settings")
OCCURRENCE_SETTINGS = (
    "host_video",
    "participant_video",
    "join_before_host",
    "mute_upon_entry",
    "waiting_room",
    "watermark",
    "auto_recording",
)


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


def _recurrence_problems(rec: Recurrence) -> list[FieldError]:
    out = []
    limit = REPEAT_MAX[rec.type]
    if not 1 <= rec.repeat_interval <= limit:
        out.append(FieldError("recurrence.repeat_interval", f"Must be between 1 and {limit}."))
    if rec.type is RecurrenceType.WEEKLY:
        if not rec.weekly_days:
            out.append(FieldError("recurrence.weekly_days", "Choose at least one weekday."))
        elif any(not 1 <= d <= 7 for d in rec.weekly_days):
            out.append(FieldError("recurrence.weekly_days", "Weekdays are 1 (Sun) to 7 (Sat)."))
    if rec.type is RecurrenceType.MONTHLY:
        if rec.monthly_day is not None:
            if not 1 <= rec.monthly_day <= 31:
                out.append(FieldError("recurrence.monthly_day", "Day must be 1 to 31."))
        elif rec.monthly_week not in (-1, 1, 2, 3, 4) or not 1 <= (rec.monthly_week_day or 0) <= 7:
            out.append(FieldError("recurrence.monthly_week", "Choose a day or a week and weekday."))
    if rec.end_date_time is not None and rec.end_times is not None:
        out.append(FieldError("recurrence.end_times", "End on a date or after N times, not both."))
    if rec.end_times is not None and not 1 <= rec.end_times <= END_TIMES_MAX:
        out.append(FieldError("recurrence.end_times", f"Must be 1 to {END_TIMES_MAX}."))
    return out


def _settings_problems(settings: Json) -> list[FieldError]:
    out = []
    for key, choices in SETTING_CHOICES.items():
        if key in settings and settings[key] not in choices:
            allowed = ", ".join(str(c) for c in choices)
            out.append(FieldError(f"settings.{key}", f"Must be one of {allowed}."))
    hosts = settings.get("alternative_hosts") or ""
    bad = [h for h in re.split(r"[;,]", hosts) if h.strip() and not EMAIL_RE.match(h.strip())]
    if bad:
        out.append(FieldError("settings.alternative_hosts", f"Not an email address: {bad[0]}"))
    return out


@dataclass(frozen=True)
class MeetingDraft:
    topic: str = ""
    type: MeetingType = MeetingType.SCHEDULED
    start: datetime | None = None  # wall-clock time in `timezone` (naive)
    timezone: str = "UTC"
    duration: int | None = 60
    agenda: str = ""
    password: str = ""
    recurrence: Recurrence | None = None
    settings: Json = field(default_factory=dict)

    @property
    def has_fixed_time(self) -> bool:
        return self.type in (MeetingType.SCHEDULED, MeetingType.RECURRING_FIXED_TIME)

    def problems(self) -> list[FieldError]:
        out = []
        if not self.topic.strip():
            out.append(FieldError("topic", "Enter a topic."))
        elif len(self.topic) > TOPIC_MAX:
            out.append(FieldError("topic", f"At most {TOPIC_MAX} characters ({len(self.topic)})."))
        if len(self.agenda) > AGENDA_MAX:
            out.append(
                FieldError("agenda", f"At most {AGENDA_MAX} characters ({len(self.agenda)}).")
            )
        if len(self.password) > PASSWORD_MAX:
            out.append(FieldError("password", f"At most {PASSWORD_MAX} characters."))
        elif not PASSWORD_RE.match(self.password):
            out.append(FieldError("password", "Only letters, digits and @ - _ * are allowed."))
        if zone(self.timezone) is None:
            out.append(FieldError("timezone", f"Unknown time zone: {self.timezone}"))
        if self.has_fixed_time:
            if self.start is None:
                out.append(FieldError("start_time", "Choose a start date and time."))
            if self.duration is None or self.duration < 1:
                out.append(FieldError("duration", "Duration must be at least 1 minute."))
        if self.type is MeetingType.RECURRING_FIXED_TIME and self.recurrence is None:
            out.append(FieldError("recurrence", "Choose how the meeting repeats."))
        if self.recurrence is not None and self.type.recurring:
            out.extend(_recurrence_problems(self.recurrence))
        out.extend(_settings_problems(self.settings))
        return out

    def start_time_field(self) -> str | None:
        """Local wall time with no `Z`; Zoom reads it in `timezone`."""
        return self.start.strftime("%Y-%m-%dT%H:%M:%S") if self.start else None

    def start_utc(self) -> datetime | None:
        tz = zone(self.timezone)
        if self.start is None or tz is None:
            return None
        return self.start.replace(tzinfo=tz).astimezone(UTC)

    def to_json(self) -> Json:
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
        if self.settings:
            out["settings"] = dict(self.settings)
        return out

    def changes_from(self, original: MeetingDraft) -> Json:
        """Only the fields that changed, for `PATCH /meetings/{id}`."""
        new, old = self.to_json(), original.to_json()
        out: Json = {k: v for k, v in new.items() if k != "settings" and old.get(k) != v}
        for key in old.keys() - new.keys():
            if key in ("agenda", "password"):
                out[key] = ""
        settings = {
            k: v
            for k, v in (new.get("settings") or {}).items()
            if (old.get("settings") or {}).get(k) != v
        }
        if settings:
            out["settings"] = settings
        if self.type is MeetingType.RECURRING_FIXED_TIME and (
            "start_time" in out or "recurrence" in out
        ):
            # Zoom ignores recurrence edits unless both travel together (meetingUpdate docs).
            out["start_time"] = new.get("start_time")
            out["recurrence"] = new.get("recurrence")
        if "start_time" in out or "timezone" in out:
            # A start without its zone would be read in the *account's* zone.
            out["start_time"] = new.get("start_time")
            out["timezone"] = self.timezone
        return {k: v for k, v in out.items() if v is not None}

    @classmethod
    def from_meeting(cls, meeting: Meeting) -> MeetingDraft:
        local = meeting.local_start()
        settings = {k: meeting.settings[k] for k in EDITABLE_SETTINGS if k in meeting.settings}
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
        )

    def with_changes(self, **changes: Any) -> MeetingDraft:
        return replace(self, **changes)


def occurrence_problems(changes: Json) -> list[FieldError]:
    """Fields Zoom will not change for a single occurrence."""
    out = [
        FieldError(k, "Cannot be changed for one occurrence; edit the whole series.")
        for k in changes
        if k not in OCCURRENCE_FIELDS
    ]
    out += [
        FieldError(f"settings.{k}", "Cannot be changed for one occurrence.")
        for k in (changes.get("settings") or {})
        if k not in OCCURRENCE_SETTINGS
    ]
    return out


def now_utc() -> datetime:
    return datetime.now(UTC)


# --- helpers for forms (pure; the desktop form uses them) -----------------------------------

PASSCODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"  # no 0/O, 1/l/I


def generate_passcode(length: int = 8) -> str:
    """A random passcode Zoom accepts, with at least one letter and one digit (accounts may
    require both); look-alike characters are left out so it can be read over the phone."""
    length = max(2, min(length, PASSWORD_MAX))
    while True:
        code = "".join(secrets.choice(PASSCODE_ALPHABET) for _ in range(length))
        if any(c.isdigit() for c in code) and any(c.isalpha() for c in code):
            return code


def timing_problems(
    draft: MeetingDraft, now: datetime, *, check_start: bool = True
) -> list[FieldError]:
    """Problems `problems()` cannot see without a clock: a start in the past (Zoom ignores a
    past `start_time` on update) and a recurrence that ends before it starts."""
    out: list[FieldError] = []
    start = draft.start_utc() if draft.has_fixed_time else None
    if check_start and start is not None and start < now:
        out.append(FieldError("start_time", "This time has already passed; choose a later one."))
    rec = draft.recurrence
    if (
        draft.type is MeetingType.RECURRING_FIXED_TIME
        and rec is not None
        and rec.end_date_time is not None
        and start is not None
        and rec.end_date_time < start
    ):
        out.append(FieldError("recurrence.end_date_time", "The series ends before it starts."))
    return out


def series_changes(draft: MeetingDraft, original: MeetingDraft) -> Json:
    """`changes_from`, plus the zone whenever a start travels: `changes_from` adds the series
    start to a recurrence edit (Zoom wants both) but not its `timezone`, and a start without
    its zone is read in the account's zone."""
    changes = draft.changes_from(original)
    if "start_time" in changes:
        changes["timezone"] = draft.timezone
    return changes


def occurrence_changes(draft: MeetingDraft, original: MeetingDraft) -> Json:
    """`changes_from` cut down to what `PATCH ?occurrence_id=` may change: agenda, start_time,
    duration and a few settings (Zoom's `occurrence_id` parameter description). `timezone` is
    not among them, so a moved start goes as UTC (`Z`), which needs no zone; the recurrence
    that `changes_from` adds to a moved series start must not travel either."""
    changes = draft.changes_from(original)
    allowed = ("agenda", "start_time", "duration")
    out: Json = {k: v for k, v in changes.items() if k in allowed}
    start = draft.start_utc()
    if "start_time" in out and start is not None:
        out["start_time"] = start.strftime("%Y-%m-%dT%H:%M:%SZ")
    settings = {
        k: v for k, v in (changes.get("settings") or {}).items() if k in OCCURRENCE_SETTINGS
    }
    if settings:
        out["settings"] = settings
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
    """Field names (as in `FieldError.field`) whose value differs between two drafts; a form
    uses it to know what the user has touched and which of Zoom's complaints are now stale."""
    out = set()
    for name, attr in (
        ("topic", "topic"),
        ("agenda", "agenda"),
        ("password", "password"),
        ("timezone", "timezone"),
        ("start_time", "start"),
        ("duration", "duration"),
        ("type", "type"),
        ("recurrence", "recurrence"),
    ):
        if getattr(old, attr) != getattr(new, attr):
            out.add(name)
    if "type" in out:
        out.add("recurrence")
    if "timezone" in out:
        out.add("start_time")
    keys = old.settings.keys() | new.settings.keys()
    out |= {f"settings.{k}" for k in keys if old.settings.get(k) != new.settings.get(k)}
    if "settings.join_before_host" in out:
        out.add("settings.jbh_time")
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
