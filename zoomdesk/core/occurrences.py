"""A meeting's times in a date range: the one start of a scheduled meeting, every occurrence of a
recurring one. What the calendar view draws and what conflict checks compare.

Zoom's own `occurrences` (in GET /meetings/{id}) are the truth when present: an occurrence moved
to another time has its own start and duration there, and a deleted one is missing (or has the
status "deleted"). Only when Zoom gave the series without them (a list entry, a draft not yet
created) is the `recurrence` object expanded, with python-dateutil's `rrule`. Occurrences keep
the series' wall-clock time in the meeting's zone, so their UTC offset follows daylight saving
time, as Zoom documents.

Meetings with no fixed time (recurring without a time, personal meeting ID) have no place on a
time axis: they are returned apart, for the calendar's "anytime" strip."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from dateutil import rrule

from zoomdesk.core.models import Meeting, MeetingType, Recurrence, RecurrenceType, zone

# Zoom numbers weekdays 1 = Sunday … 7 = Saturday; dateutil's MO … SU are 0 … 6.
_WEEKDAYS = (rrule.SU, rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA)
_FREQUENCY = {
    RecurrenceType.DAILY: rrule.DAILY,
    RecurrenceType.WEEKLY: rrule.WEEKLY,
    RecurrenceType.MONTHLY: rrule.MONTHLY,
}
MAX_OCCURRENCES = 365  # Zoom's maximum `end_times`; also bounds an end date far away
NO_FIXED_TIME = frozenset({MeetingType.RECURRING_NO_FIXED_TIME, MeetingType.PMI})


@dataclass(frozen=True, slots=True)
class Slot:
    """One meeting or occurrence in time. `start` and `end` are aware, in UTC."""

    meeting: Meeting
    start: datetime
    end: datetime
    occurrence_id: str | None = None
    draft_index: int | None = None  # for a planned meeting not created yet (bulk import)

    @property
    def host_id(self) -> str:
        return self.meeting.host_id

    @property
    def key(self) -> tuple[int, str | None, int | None]:
        """What tells two slots apart (a series' occurrences share the meeting ID)."""
        return (self.meeting.id, self.occurrence_id, self.draft_index)

    def overlaps(self, other: Slot) -> bool:
        return self.start < other.end and other.start < self.end


def has_fixed_time(meeting: Meeting) -> bool:
    return meeting.type not in NO_FIXED_TIME and meeting.start_time is not None


def split_anytime(meetings: Iterable[Meeting]) -> tuple[list[Meeting], list[Meeting]]:
    """(meetings with a time, meetings for the "anytime" strip)."""
    timed: list[Meeting] = []
    anytime: list[Meeting] = []
    for meeting in meetings:
        (timed if has_fixed_time(meeting) else anytime).append(meeting)
    return timed, anytime


def slots_in_range(meetings: Iterable[Meeting], start: datetime, end: datetime) -> Iterator[Slot]:
    """Every slot of every timed meeting that overlaps [start, end)."""
    for meeting in meetings:
        yield from expand(meeting, start, end)


def expand(meeting: Meeting, start: datetime, end: datetime) -> list[Slot]:
    """The meeting's slots that overlap [start, end) (aware datetimes), in time order."""
    if not has_fixed_time(meeting):
        return []
    minutes = timedelta(minutes=meeting.duration or 0)
    if meeting.type is MeetingType.RECURRING_FIXED_TIME and meeting.occurrences:
        out = []
        for occurrence in meeting.occurrences:
            if occurrence.status == "deleted" or occurrence.start_time is None:
                continue
            length = (
                timedelta(minutes=occurrence.duration)
                if occurrence.duration is not None
                else minutes
            )
            slot = Slot(
                meeting,
                occurrence.start_time,
                occurrence.start_time + length,
                occurrence.occurrence_id,
            )
            if _inside(slot, start, end):
                out.append(slot)
        return sorted(out, key=lambda s: s.start)
    if meeting.type is MeetingType.RECURRING_FIXED_TIME and meeting.recurrence is not None:
        return [
            Slot(meeting, at, at + minutes, occurrence_id(at))
            for at in recurrence_starts(meeting, start - minutes, end)
        ]
    assert meeting.start_time is not None
    slot = Slot(meeting, meeting.start_time, meeting.start_time + minutes)
    return [slot] if _inside(slot, start, end) else []


def _inside(slot: Slot, start: datetime, end: datetime) -> bool:
    """Overlaps [start, end); a meeting of no length counts where it starts."""
    return slot.start < end and (start < slot.end or slot.start >= start)


def occurrence_id(start: datetime) -> str:
    """Zoom's occurrence IDs are the occurrence's start in epoch milliseconds."""
    return str(int(start.timestamp()) * 1000)


def recurrence_starts(meeting: Meeting, after: datetime, before: datetime) -> list[datetime]:
    """UTC starts of the series' occurrences in (after, before), from its `recurrence`."""
    if meeting.recurrence is None or meeting.start_time is None:
        return []
    tz = zone(meeting.timezone) or UTC
    first = meeting.start_time.astimezone(tz).replace(tzinfo=None)
    rule = recurrence_rule(meeting.recurrence, first, tz)
    lo = after.astimezone(tz).replace(tzinfo=None) - timedelta(days=1)  # a DST hour either way
    hi = before.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
    out = []
    for wall in rule.between(lo, hi, inc=True):
        at = wall.replace(tzinfo=tz).astimezone(UTC)
        if after < at < before or at == after:
            out.append(at)
    return out


def recurrence_rule(recurrence: Recurrence, first: datetime, tz: tzinfo = UTC) -> rrule.rrule:
    """The rule over naive wall-clock times in the meeting's zone, `first` the series start."""
    options: dict[str, object] = {
        "dtstart": first,
        "interval": max(1, recurrence.repeat_interval),
        "wkst": rrule.SU,  # Zoom's weeks run Sunday to Saturday ("every 2 weeks")
    }
    if recurrence.type is RecurrenceType.WEEKLY:
        days = [d for d in recurrence.weekly_days if 1 <= d <= 7] or [(first.weekday() + 1) % 7 + 1]
        options["byweekday"] = [_WEEKDAYS[d - 1] for d in days]
    elif recurrence.type is RecurrenceType.MONTHLY:
        if recurrence.monthly_day is not None:
            day = int(recurrence.monthly_day)
            if day > 28:
                # Day 31 in a 30-day month falls on its last day, as the sandbox assumes (Zoom's
                # documentation does not say whether such months are skipped, RFC 5545's are).
                options["bymonthday"] = tuple(range(28, day + 1))
                options["bysetpos"] = -1
            else:
                options["bymonthday"] = day
        elif recurrence.monthly_week is not None and recurrence.monthly_week_day is not None:
            weekday = _WEEKDAYS[int(recurrence.monthly_week_day) - 1]
            options["byweekday"] = weekday(int(recurrence.monthly_week))  # -1 is "last"
    if recurrence.end_date_time is not None:
        # "The final date on which the meeting will recur", the date in the meeting's zone.
        final = recurrence.end_date_time.astimezone(tz).date()
        options["until"] = datetime.combine(final, time(23, 59, 59))
    else:
        # Zoom's default when neither end is given is one occurrence.
        options["count"] = min(recurrence.end_times or 1, MAX_OCCURRENCES)
    return rrule.rrule(_FREQUENCY[recurrence.type], **options)  # type: ignore[arg-type]
