"""iCalendar (RFC 5545) files of meetings, built with the `icalendar` library (escaping,
folding, RRULE/EXDATE and a VTIMEZONE from the tz database are its job, not ours): a stable UID
per meeting, a SEQUENCE that grows with each change zoomdesk made (from the change history), and
a METHOD:CANCEL file after a delete so calendars that hold the meeting drop it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil.rrule import rrulestr
from icalendar import Calendar, Event, vCalAddress, vRecur

from zoomdesk.core.calendar import CalendarError, invitation_text
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import (
    Meeting,
    MeetingType,
    Recurrence,
    RecurrenceType,
    zone,
)

PRODID = "-//zoomdesk//zoomdesk//EN"
ICAL_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # Zoom numbers days 1 = Sunday too


def meeting_uid(meeting_id: int) -> str:
    """The same UID for every file of one meeting, so calendars update rather than duplicate."""
    return f"zoom-meeting-{meeting_id}@zoomdesk"


def rrule(recurrence: Recurrence) -> vRecur:
    """Zoom's recurrence as an RRULE (UNTIL in UTC, as RFC 5545 requires with a TZID start)."""
    freq = {
        RecurrenceType.DAILY: "DAILY",
        RecurrenceType.WEEKLY: "WEEKLY",
        RecurrenceType.MONTHLY: "MONTHLY",
    }[recurrence.type]
    rule: dict[str, Any] = {"FREQ": freq}
    if recurrence.repeat_interval > 1:
        rule["INTERVAL"] = recurrence.repeat_interval
    if recurrence.type is RecurrenceType.WEEKLY and recurrence.weekly_days:
        rule["BYDAY"] = [ICAL_DAYS[d - 1] for d in recurrence.weekly_days]
    if recurrence.type is RecurrenceType.MONTHLY:
        if recurrence.monthly_day:
            rule["BYMONTHDAY"] = recurrence.monthly_day
        elif recurrence.monthly_week and recurrence.monthly_week_day:
            rule["BYDAY"] = f"{recurrence.monthly_week}{ICAL_DAYS[recurrence.monthly_week_day - 1]}"
    if recurrence.end_date_time is not None:
        rule["UNTIL"] = recurrence.end_date_time.astimezone(UTC)
    elif recurrence.end_times:
        rule["COUNT"] = recurrence.end_times
    return vRecur(rule)


def _occurrence_start(occurrence_id: str) -> datetime | None:
    """Zoom's occurrence IDs are the original start in epoch milliseconds."""
    if not occurrence_id.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(occurrence_id) / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def meeting_to_ics(
    meeting: Meeting,
    *,
    now: datetime | None = None,
    organizer: tuple[str, str] | None = None,
    description: str | None = None,
    sequence: int = 0,
) -> str:
    """One meeting as an iCalendar file (CRLF line ends). `organizer` is (name, email);
    `sequence`: how many times zoomdesk changed it (`History.sequence_for`).

    Times carry the meeting's own zone (with its VTIMEZONE) so a series keeps its wall-clock
    time across daylight-saving changes; with no known zone they are in UTC."""
    calendar = _calendar(meeting, "PUBLISH")
    calendar.add_component(
        _event(meeting, now=now, organizer=organizer, description=description, sequence=sequence)
    )
    for override in _moved_occurrences(meeting, now=now, sequence=sequence):
        calendar.add_component(override)
    return _finish(calendar, meeting)


def cancellation_ics(
    meeting: Meeting,
    *,
    now: datetime | None = None,
    organizer: tuple[str, str] | None = None,
    sequence: int = 1,
    occurrence_id: str | None = None,
) -> str:
    """A METHOD:CANCEL file for a deleted meeting (or one deleted occurrence): calendars that
    hold the meeting's UID drop it. `sequence` must be above every file sent before."""
    calendar = _calendar(meeting, "CANCEL")
    original = _occurrence_start(occurrence_id) if occurrence_id else None
    event = _event(
        meeting, now=now, organizer=organizer, description="", sequence=sequence, start=original
    )
    if original is not None:  # one occurrence: the series stays, that date goes
        event.add("RECURRENCE-ID", _in_zone(meeting, original))
    event.add("STATUS", "CANCELLED")
    calendar.add_component(event)
    return _finish(calendar, meeting)


def _calendar(meeting: Meeting, method: str) -> Calendar:
    if meeting.start_time is None:
        raise CalendarError(
            translate(
                "Invitation", "“{topic}” has no fixed time, so it cannot be put in a calendar."
            ).format(topic=meeting.topic)
        )
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method)
    return calendar


def _finish(calendar: Calendar, meeting: Meeting) -> str:
    assert meeting.start_time is not None
    last = max([meeting.start_time, *(o.start_time for o in meeting.occurrences if o.start_time)])
    if meeting.recurrence is not None and meeting.recurrence.end_date_time is not None:
        last = max(last, meeting.recurrence.end_date_time)
    calendar.add_missing_timezones(
        first_date=(meeting.start_time - timedelta(days=366)).date(),
        last_date=(last + timedelta(days=366)).date(),
    )
    return bytes(calendar.to_ical()).decode("utf-8")


def _in_zone(meeting: Meeting, moment: datetime) -> datetime:
    tz = zone(meeting.timezone)
    return moment.astimezone(tz) if tz is not None else moment.astimezone(UTC)


def _length(meeting: Meeting) -> timedelta:
    return timedelta(minutes=meeting.duration if meeting.duration and meeting.duration > 0 else 60)


def _event(
    meeting: Meeting,
    *,
    now: datetime | None,
    organizer: tuple[str, str] | None,
    description: str | None,
    sequence: int,
    start: datetime | None = None,
    length: timedelta | None = None,
) -> Event:
    assert meeting.start_time is not None
    begin = _in_zone(meeting, start or meeting.start_time)
    event = Event()
    event.add("UID", meeting_uid(meeting.id))
    event.add("DTSTAMP", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("SEQUENCE", sequence)
    event.add("DTSTART", begin)
    event.add("DTEND", begin + (length or _length(meeting)))
    event.add("SUMMARY", meeting.topic)
    text = description if description is not None else invitation_text(meeting)
    if meeting.agenda and description != "":
        text = f"{meeting.agenda}\n\n{text}"
    if text:
        event.add("DESCRIPTION", text)
    if meeting.join_url:
        event.add("LOCATION", meeting.join_url)
        event.add("URL", meeting.join_url)
    if organizer is not None and organizer[1]:
        who = vCalAddress(f"mailto:{organizer[1]}")
        if organizer[0]:
            who.params["CN"] = organizer[0]
        event.add("ORGANIZER", who)
    if meeting.created_at is not None:
        event.add("CREATED", meeting.created_at.astimezone(UTC))
    if start is None and _is_series(meeting) and meeting.recurrence is not None:
        event.add("RRULE", rrule(meeting.recurrence))
        for moment in deleted_occurrences(meeting):
            event.add("EXDATE", _in_zone(meeting, moment))
    return event


def deleted_occurrences(meeting: Meeting) -> list[datetime]:
    """Original starts of the series' deleted occurrences. Zoom leaves deleted occurrences out
    of a meeting's `occurrences`, so they are the rule's dates between the first and the last
    one Zoom lists that Zoom does not list (an occurrence ID is its original start in epoch
    milliseconds);
    an occurrence marked `deleted` counts too."""
    if meeting.start_time is None or meeting.recurrence is None or not meeting.occurrences:
        return []
    listed = {o.occurrence_id for o in meeting.occurrences if o.status != "deleted"}
    out = {
        moment
        for o in meeting.occurrences
        if o.status == "deleted" and (moment := _occurrence_start(o.occurrence_id)) is not None
    }
    originals = [m for o in meeting.occurrences if (m := _occurrence_start(o.occurrence_id))]
    if not originals:
        return sorted(out)
    first = _in_zone(meeting, meeting.start_time)
    text = rrule(meeting.recurrence).to_ical().decode()  # type: ignore[no-untyped-call]
    # Zoom also leaves out occurrences already past: only gaps after the first one it lists
    # are deletions.
    since = max(first, min(originals))
    for moment in rrulestr(text, dtstart=first).between(since, max(originals), inc=True):
        stamp = str(int(moment.astimezone(UTC).timestamp() * 1000))
        if stamp not in listed:
            out.add(moment.astimezone(UTC))
    return sorted(out)


def _is_series(meeting: Meeting) -> bool:
    return meeting.recurrence is not None and meeting.type is MeetingType.RECURRING_FIXED_TIME


def _moved_occurrences(meeting: Meeting, *, now: datetime | None, sequence: int) -> list[Event]:
    """Occurrences Zoom moved away from the rule's time, as overrides (RECURRENCE-ID)."""
    if not _is_series(meeting):
        return []
    out = []
    for item in meeting.occurrences:
        original = _occurrence_start(item.occurrence_id)
        if item.status == "deleted" or not original or not item.start_time:
            continue
        if item.start_time == original:
            continue
        length = timedelta(minutes=item.duration) if item.duration else _length(meeting)
        event = _event(
            meeting,
            now=now,
            organizer=None,
            description=None,
            sequence=sequence,
            start=item.start_time,
            length=length,
        )
        event.add("RECURRENCE-ID", _in_zone(meeting, original))
        out.append(event)
    return out
