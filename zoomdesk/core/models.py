"""Typed values for what Zoom returns: users, meetings, settings, recurrence, occurrences.
Each keeps the raw object as Zoom sent it (the CLI's `--json` prints that)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop

Json = dict[str, Any]


class MeetingType(IntEnum):
    INSTANT = 1
    SCHEDULED = 2
    RECURRING_NO_FIXED_TIME = 3
    PMI = 4
    RECURRING_FIXED_TIME = 8
    SCREEN_SHARE_ONLY = 10

    @property
    def label(self) -> str:
        """In the user's language in the desktop app; the English the CLI prints elsewhere."""
        return translate_marked("MeetingType", _TYPE_LABELS[int(self)])

    @property
    def recurring(self) -> bool:
        return self in (MeetingType.RECURRING_NO_FIXED_TIME, MeetingType.RECURRING_FIXED_TIME)


_TYPE_LABELS = {
    1: translate_noop("MeetingType", "Instant"),
    2: translate_noop("MeetingType", "One-time"),
    3: translate_noop("MeetingType", "Recurring (no fixed time)"),
    4: translate_noop("MeetingType", "Personal meeting ID"),
    8: translate_noop("MeetingType", "Recurring"),
    10: translate_noop("MeetingType", "Screen share only"),
}


class RecurrenceType(IntEnum):
    DAILY = 1
    WEEKLY = 2
    MONTHLY = 3


LIST_TYPES = ("scheduled", "upcoming", "upcoming_meetings", "previous_meetings", "live")
WEEKDAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")  # Zoom: 1 = Sunday


def parse_time(value: object) -> datetime | None:
    """Zoom's `2020-03-31T12:02:00Z` (UTC) as an aware datetime; None if absent or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True)
class User:
    id: str
    email: str
    first_name: str = ""
    last_name: str = ""
    timezone: str = ""
    type: int = 1
    status: str = "active"
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{name} <{self.email}>" if name else self.email

    @classmethod
    def from_json(cls, data: Json) -> User:
        return cls(
            id=str(data.get("id", "")),
            email=str(data.get("email", "")),
            first_name=str(data.get("first_name") or ""),
            last_name=str(data.get("last_name") or ""),
            timezone=str(data.get("timezone") or ""),
            type=int(data.get("type") or 1),
            status=str(data.get("status") or "active"),
            raw=data,
        )


@dataclass(frozen=True)
class Recurrence:
    type: RecurrenceType
    repeat_interval: int = 1
    weekly_days: tuple[int, ...] = ()
    monthly_day: int | None = None
    monthly_week: int | None = None
    monthly_week_day: int | None = None
    end_times: int | None = None
    end_date_time: datetime | None = None

    @classmethod
    def from_json(cls, data: Json) -> Recurrence:
        days = str(data.get("weekly_days") or "")
        return cls(
            type=RecurrenceType(int(data.get("type", 1))),
            repeat_interval=int(data.get("repeat_interval") or 1),
            weekly_days=tuple(int(d) for d in days.split(",") if d.strip().isdigit()),
            monthly_day=data.get("monthly_day"),
            monthly_week=data.get("monthly_week"),
            monthly_week_day=data.get("monthly_week_day"),
            end_times=data.get("end_times"),
            end_date_time=parse_time(data.get("end_date_time")),
        )

    def to_json(self) -> Json:
        out: Json = {"type": int(self.type), "repeat_interval": self.repeat_interval}
        if self.type is RecurrenceType.WEEKLY:
            out["weekly_days"] = ",".join(str(d) for d in sorted(set(self.weekly_days)))
        if self.type is RecurrenceType.MONTHLY:
            if self.monthly_day is not None:
                out["monthly_day"] = self.monthly_day
            else:
                out["monthly_week"] = self.monthly_week
                out["monthly_week_day"] = self.monthly_week_day
        if self.end_date_time is not None:
            out["end_date_time"] = self.end_date_time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif self.end_times is not None:
            out["end_times"] = self.end_times
        return out

    def describe(self) -> str:
        """`Every 2 weeks on Mon, Wed, until Fri 18 Dec 2026`, in the user's language."""
        every = self.repeat_interval
        if self.type is RecurrenceType.DAILY:
            text = translate("Recurrence", "Every day") if every == 1 else None
            text = text or translate("Recurrence", "Every %n day(s)", every)
        elif self.type is RecurrenceType.WEEKLY:
            text = translate("Recurrence", "Every week") if every == 1 else None
            text = text or translate("Recurrence", "Every %n week(s)", every)
        else:
            text = translate("Recurrence", "Every month") if every == 1 else None
            text = text or translate("Recurrence", "Every %n month(s)", every)
        names = dates().days
        if self.type is RecurrenceType.WEEKLY and self.weekly_days:
            days = ", ".join(names[(d + 5) % 7] for d in self.weekly_days if 1 <= d <= 7)
            text = translate("Recurrence", "{rule} on {days}").format(rule=text, days=days)
        if self.type is RecurrenceType.MONTHLY:
            if self.monthly_day:
                text = translate("Recurrence", "{rule} on day {day}").format(
                    rule=text, day=self.monthly_day
                )
            elif self.monthly_week and self.monthly_week_day:
                nth = {
                    -1: translate("Recurrence", "{rule} on the last {weekday}"),
                    1: translate("Recurrence", "{rule} on the first {weekday}"),
                    2: translate("Recurrence", "{rule} on the second {weekday}"),
                    3: translate("Recurrence", "{rule} on the third {weekday}"),
                    4: translate("Recurrence", "{rule} on the fourth {weekday}"),
                }.get(self.monthly_week, "{rule}")
                weekday = names[(self.monthly_week_day + 5) % 7]
                text = nth.format(rule=text, weekday=weekday)
        if self.end_date_time:
            until = dates().date(self.end_date_time)
            text = translate("Recurrence", "{rule}, until {date}").format(rule=text, date=until)
        elif self.end_times:
            text = translate("Recurrence", "{rule}, %n time(s)", self.end_times).format(rule=text)
        return text


@dataclass(frozen=True)
class Occurrence:
    occurrence_id: str
    start_time: datetime | None
    duration: int | None
    status: str

    @classmethod
    def from_json(cls, data: Json) -> Occurrence:
        return cls(
            occurrence_id=str(data.get("occurrence_id", "")),
            start_time=parse_time(data.get("start_time")),
            duration=_whole(data.get("duration")),
            status=str(data.get("status") or ""),
        )


@dataclass(frozen=True)
class Meeting:
    id: int  # 64-bit: IDs over 10 digits overflow 32-bit ints
    topic: str
    type: MeetingType
    uuid: str = ""
    host_id: str = ""
    host_email: str = ""
    start_time: datetime | None = None  # aware, UTC
    duration: int | None = None
    timezone: str = ""
    agenda: str = ""
    created_at: datetime | None = None
    join_url: str = ""
    password: str = ""
    status: str = ""
    settings: Json = field(default_factory=dict, compare=False)
    recurrence: Recurrence | None = None
    occurrences: tuple[Occurrence, ...] = ()
    raw: Json = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Json) -> Meeting:
        try:
            kind = MeetingType(int(data.get("type", 2)))
        except ValueError:
            kind = MeetingType.SCHEDULED
        rec = data.get("recurrence")
        return cls(
            id=int(data["id"]),
            topic=str(data.get("topic") or ""),
            type=kind,
            uuid=str(data.get("uuid") or ""),
            host_id=str(data.get("host_id") or ""),
            host_email=str(data.get("host_email") or ""),
            start_time=parse_time(data.get("start_time")),
            duration=_whole(data.get("duration")),
            timezone=str(data.get("timezone") or ""),
            agenda=str(data.get("agenda") or ""),
            created_at=parse_time(data.get("created_at")),
            join_url=str(data.get("join_url") or ""),
            password=str(data.get("password") or ""),
            status=str(data.get("status") or ""),
            settings=dict(data.get("settings") or {}),
            recurrence=_recurrence(rec),
            occurrences=tuple(
                Occurrence.from_json(o)
                for o in data.get("occurrences") or ()
                if isinstance(o, dict)
            ),
            raw=data,
        )

    def local_start(self) -> datetime | None:
        """The start in the meeting's own zone (or UTC when the zone is unknown)."""
        if self.start_time is None:
            return None
        tz = zone(self.timezone)
        try:
            return self.start_time.astimezone(tz) if tz else self.start_time
        except OverflowError:  # year 9999 late on 31 Dec, east of UTC: past datetime.max
            return self.start_time


def _whole(value: object) -> int | None:
    """A count from Zoom, or None when it is not a whole number (a list must still render)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _recurrence(value: object) -> Recurrence | None:
    if not isinstance(value, dict):
        return None
    try:
        return Recurrence.from_json(value)
    except (ValueError, TypeError):  # a recurrence type Zoom may add later: shown as "Recurring"
        return None


class MeetingPage:
    """One page of a meeting list. `raw` is Zoom's objects; `meetings` parses them on first use
    (the CLI's `--json` never needs the typed values)."""

    def __init__(
        self, raw: list[Json], total_records: int | None, next_page_token: str, user_id: str
    ) -> None:
        self.raw = raw
        self.total_records = total_records
        self.next_page_token = next_page_token
        self.user_id = user_id
        self._meetings: tuple[Meeting, ...] | None = None

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        if self._meetings is None:
            self._meetings = tuple(Meeting.from_json(m) for m in self.raw)
        return self._meetings
