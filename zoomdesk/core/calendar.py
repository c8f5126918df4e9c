"""Meetings as people read them: Zoom-style meeting IDs, start times, invitation text, and
iCalendar (RFC 5545) files with RRULE, VTIMEZONE, escaping and line folding. No Qt, so the CLI
can print the same text the desktop app copies."""

from __future__ import annotations

import calendar as _cal
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from zoomdesk.core.models import (
    WEEKDAYS,
    Meeting,
    MeetingType,
    Occurrence,
    Recurrence,
    RecurrenceType,
    zone,
)

PRODID = "-//zoomdesk//zoomdesk//EN"
ICAL_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")  # Zoom numbers days 1 = Sunday too
FOLD_AT = 75  # octets per line, CRLF excluded (RFC 5545 §3.1)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class CalendarError(ValueError):
    """The meeting cannot be put in a calendar (it has no fixed time)."""


# --- text ------------------------------------------------------------------------------------


def format_meeting_id(meeting_id: int) -> str:
    """Grouped the way Zoom prints them: 123 456 789, 123 456 7890, 123 4567 8901."""
    digits = str(meeting_id)
    groups = {9: (3, 3, 3), 10: (3, 3, 4), 11: (3, 4, 4)}.get(len(digits))
    if groups is None:
        return digits
    out, at = [], 0
    for size in groups:
        out.append(digits[at : at + size])
        at += size
    return " ".join(out)


def format_duration(minutes: int | None) -> str:
    if minutes is None:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def format_datetime(value: datetime) -> str:
    """`Tue 1 Dec 2026 09:00`: English, 24-hour, unambiguous in every locale.

    Built by hand rather than with strftime: `%b` follows LC_TIME, which QApplication sets from
    the environment on Unix, and each strftime call imports `time` through builtins.__import__,
    which PySide6 replaces with a Python-level hook (docs/performance.md: 10,000 rows)."""
    return (
        f"{WEEKDAYS[(value.weekday() + 1) % 7]} {value.day} {MONTHS[value.month - 1]} "
        f"{value.year} {value.hour:02d}:{value.minute:02d}"
    )


def format_start(meeting: Meeting, local: tzinfo | None = None) -> str:
    """The start in the local zone, plus the meeting's own wall time when that differs:
    `Tue 1 Dec 2026 09:00 (15:00 Europe/Berlin)`. `local=None` means the system zone."""
    if meeting.start_time is None:
        return "No fixed time" if meeting.type.recurring else ""
    try:
        here = meeting.start_time.astimezone(local)
    except OverflowError:  # past datetime.max/min once moved to the local zone (year 9999)
        return f"{format_datetime(meeting.start_time)} UTC"
    text = format_datetime(here)
    own = zone(meeting.timezone)
    if own is None:
        return text
    try:
        there = meeting.start_time.astimezone(own)
    except OverflowError:
        return text
    if there.utcoffset() == here.utcoffset():
        return text
    if there.date() == here.date():
        return f"{text} ({there.hour:02d}:{there.minute:02d} {meeting.timezone})"
    return f"{text} ({format_datetime(there)} {meeting.timezone})"


def _off_pattern(rule: Recurrence | None, at: datetime) -> bool:
    """An occurrence moved to a day its series does not meet on."""
    if rule is None:
        return False
    if rule.type is RecurrenceType.WEEKLY and rule.weekly_days:
        return (at.weekday() + 1) % 7 + 1 not in rule.weekly_days  # Zoom: 1 = Sunday
    if rule.type is RecurrenceType.MONTHLY and rule.monthly_day:
        return at.day != rule.monthly_day
    return False


def describe_recurrence(meeting: Meeting) -> str:
    if meeting.recurrence is not None:
        return meeting.recurrence.describe()
    if meeting.type is MeetingType.RECURRING_NO_FIXED_TIME:
        return "No fixed time"
    if meeting.type.recurring:
        return "Recurring"  # list results carry no recurrence; opening the meeting shows it
    return "—"


def invitation_text(meeting: Meeting, inviter: str = "") -> str:
    """The invitation people paste into an email, laid out like Zoom's own; zoomdesk's text
    adds the length, the agenda (the Agenda field promises it) and a series' moved dates."""
    who = f"{inviter} is inviting you" if inviter else "You are invited"
    kind = "recurring" if meeting.type.recurring else "scheduled"
    lines = [f"{who} to a {kind} Zoom meeting.", "", f"Topic: {meeting.topic}"]
    start = meeting.local_start()
    where = meeting.timezone or "UTC"
    if start is not None:
        lines.append(f"Time: {format_datetime(start)} {where}")
        if meeting.recurrence is not None:
            lines.append(f"        {meeting.recurrence.describe()}")
        if meeting.duration and meeting.duration > 0:
            lines.append(f"Duration: {format_duration(meeting.duration)}")
        moved = moved_occurrences(meeting)
        if moved:
            lines.append("Changed dates (these differ from the usual time or length):")
            for occurrence, at in moved:
                length = format_duration(occurrence.duration or meeting.duration)
                lines.append(
                    f"        {format_datetime(at)} {where}" + (f", {length}" if length else "")
                )
    elif meeting.type.recurring:
        lines.append("Time: This is a recurring meeting. Meet anytime.")
    if meeting.agenda.strip():
        lines += ["", "Agenda:", *meeting.agenda.strip().splitlines()]
    if meeting.join_url:
        lines += ["", "Join Zoom Meeting", meeting.join_url]
    lines += ["", f"Meeting ID: {format_meeting_id(meeting.id)}"]
    if meeting.password:
        lines.append(f"Passcode: {meeting.password}")
    return "\n".join(lines) + "\n"


def moved_occurrences(meeting: Meeting) -> list[tuple[Occurrence, datetime]]:
    """A series' occurrences edited on their own: another time of day or another length than
    the series (Zoom's list of occurrences is the only place such a change shows)."""
    start = meeting.local_start()
    if start is None or not meeting.type.recurring:
        return []
    own = zone(meeting.timezone)
    moved = []
    for occurrence in meeting.occurrences:
        if occurrence.start_time is None or occurrence.status == "deleted":
            continue
        try:
            at = occurrence.start_time.astimezone(own) if own else occurrence.start_time
        except OverflowError:
            continue
        other_length = occurrence.duration not in (None, meeting.duration)
        if (
            (at.hour, at.minute) != (start.hour, start.minute)
            or other_length
            or _off_pattern(meeting.recurrence, at)
        ):
            moved.append((occurrence, at))
    return moved


# --- iCalendar -------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def param_value(value: str) -> str:
    """A parameter value, quoted when it contains `:;,` (DQUOTE itself is not allowed)."""
    value = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after one space, never splitting
    a UTF-8 sequence (RFC 5545 §3.1)."""
    data = line.encode("utf-8")
    if len(data) <= FOLD_AT:
        return line
    parts: list[str] = []
    chunk = ""
    size = 0
    limit = FOLD_AT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(chunk)
            chunk, size, limit = "", 0, FOLD_AT - 1  # the leading space counts
        chunk += char
        size += width
    parts.append(chunk)
    return "\r\n ".join(parts)


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def rrule(recurrence: Recurrence) -> str:
    """Zoom's recurrence as an RRULE value (UNTIL in UTC, as RFC 5545 requires with TZID)."""
    freq = {
        RecurrenceType.DAILY: "DAILY",
        RecurrenceType.WEEKLY: "WEEKLY",
        RecurrenceType.MONTHLY: "MONTHLY",
    }[recurrence.type]
    parts = [f"FREQ={freq}"]
    if recurrence.repeat_interval > 1:
        parts.append(f"INTERVAL={recurrence.repeat_interval}")
    if recurrence.type is RecurrenceType.WEEKLY and recurrence.weekly_days:
        parts.append("BYDAY=" + ",".join(ICAL_DAYS[d - 1] for d in recurrence.weekly_days))
    if recurrence.type is RecurrenceType.MONTHLY:
        if recurrence.monthly_day:
            parts.append(f"BYMONTHDAY={recurrence.monthly_day}")
        elif recurrence.monthly_week and recurrence.monthly_week_day:
            day = ICAL_DAYS[recurrence.monthly_week_day - 1]
            parts.append(f"BYDAY={recurrence.monthly_week}{day}")
    if recurrence.end_date_time is not None:
        parts.append(f"UNTIL={_utc(recurrence.end_date_time)}")
    elif recurrence.end_times:
        parts.append(f"COUNT={recurrence.end_times}")
    return ";".join(parts)


@dataclass(frozen=True)
class Transition:
    at: datetime  # UTC instant
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def local_start(self) -> datetime:
        """Observance DTSTART: local time in the offset that was in force before (§3.6.5)."""
        return (self.at + self.offset_from).replace(tzinfo=None)


def transitions(tz: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """Offset changes between two UTC instants: a daily scan, then a bisection to the second."""
    found: list[Transition] = []
    day = timedelta(days=1)
    at = start
    before = at.astimezone(tz).utcoffset()
    while at < end:
        nxt = at + day
        after = nxt.astimezone(tz).utcoffset()
        if after != before:
            lo, hi = at, nxt
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == before:
                    lo = mid
                else:
                    hi = mid
            moment = hi.replace(microsecond=0)
            local = moment.astimezone(tz)
            assert before is not None and after is not None
            found.append(Transition(moment, before, after, local.tzname() or "", bool(local.dst())))
            before = after
        at = nxt
    return found


def _offset(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _yearly_rule(group: list[Transition]) -> str | None:
    """`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` when every transition in the group follows it."""
    rules: set[str] | None = None
    for item in group:
        local = item.local_start
        day = ICAL_DAYS[(local.weekday() + 1) % 7]
        candidates = {f"{(local.day - 1) // 7 + 1}{day}"}
        if local.day + 7 > _cal.monthrange(local.year, local.month)[1]:
            candidates.add(f"-1{day}")
        key = {f"{local.month}|{local.time()}|{c}" for c in candidates}
        rules = key if rules is None else rules & key
    if not rules or len(group) < 2:
        return None
    month, _, byday = sorted(rules)[0].split("|")
    return f"FREQ=YEARLY;BYMONTH={month};BYDAY={byday}"


def vtimezone(name: str, first_year: int, last_year: int) -> list[str]:
    """A VTIMEZONE for `name` covering the years given, built from the system's tz database:
    yearly RRULE observances when the rules are regular, one observance per change otherwise."""
    tz = ZoneInfo(name)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    changes = transitions(tz, start, end)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if not changes:
        moment = start.astimezone(tz)
        offset = moment.utcoffset() or timedelta()
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            f"TZOFFSETFROM:{_offset(offset)}",
            f"TZOFFSETTO:{_offset(offset)}",
            f"TZNAME:{escape_text(moment.tzname() or name)}",
            "END:STANDARD",
        ]
        return [*lines, "END:VTIMEZONE"]
    for daylight in (False, True):
        group = [t for t in changes if t.daylight == daylight]
        if not group:
            continue
        kind = "DAYLIGHT" if daylight else "STANDARD"
        rule = _yearly_rule(group)
        for item in group[:1] if rule else group:
            lines += [
                f"BEGIN:{kind}",
                f"DTSTART:{_local(item.local_start)}",
                f"TZOFFSETFROM:{_offset(item.offset_from)}",
                f"TZOFFSETTO:{_offset(item.offset_to)}",
                f"TZNAME:{escape_text(item.name)}",
            ]
            if rule:
                lines.append(f"RRULE:{rule}")
            lines.append(f"END:{kind}")
    return [*lines, "END:VTIMEZONE"]


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
) -> str:
    """One meeting as an iCalendar file (CRLF line ends). `organizer` is (name, email).

    Times carry the meeting's own TZID (with its VTIMEZONE) so a series keeps its wall-clock
    time across daylight-saving changes; with no known zone they are in UTC."""
    if meeting.start_time is None:
        raise CalendarError(
            f"“{meeting.topic}” has no fixed time, so it cannot be put in a calendar."
        )
    stamp = now or datetime.now(UTC)
    tz = zone(meeting.timezone)
    minutes = meeting.duration if meeting.duration and meeting.duration > 0 else 60
    length = timedelta(minutes=minutes)

    def when(prop: str, value: datetime) -> str:
        if tz is None:
            return f"{prop}:{_utc(value)}"
        return f"{prop};TZID={param_value(meeting.timezone)}:{_local(value.astimezone(tz))}"

    recurring = meeting.recurrence is not None and meeting.type is MeetingType.RECURRING_FIXED_TIME
    last = meeting.start_time
    if recurring and meeting.recurrence is not None:
        ends = [o.start_time for o in meeting.occurrences if o.start_time is not None]
        if meeting.recurrence.end_date_time is not None:
            ends.append(meeting.recurrence.end_date_time)
        last = max([last, *ends])
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if tz is not None:
        lines += vtimezone(meeting.timezone, meeting.start_time.year - 1, last.year + 1)
    uid = f"zoom-meeting-{meeting.id}@zoomdesk"
    text = description if description is not None else invitation_text(meeting)
    if meeting.agenda:
        text = f"{meeting.agenda}\n\n{text}"

    def event(start: datetime, duration: timedelta, extra: Iterable[str] = ()) -> list[str]:
        out = [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{_utc(stamp)}",
            when("DTSTART", start),
            when("DTEND", start + duration),
            f"SUMMARY:{escape_text(meeting.topic)}",
            f"DESCRIPTION:{escape_text(text)}",
        ]
        if meeting.join_url:
            out += [f"LOCATION:{escape_text(meeting.join_url)}", f"URL:{meeting.join_url}"]
        if organizer is not None and organizer[1]:
            out.append(f"ORGANIZER;CN={param_value(organizer[0])}:mailto:{organizer[1]}")
        if meeting.created_at is not None:
            out.append(f"CREATED:{_utc(meeting.created_at)}")
        return [*out, *extra, "END:VEVENT"]

    main: list[str] = []
    overrides: list[str] = []
    if recurring and meeting.recurrence is not None:
        main.append(f"RRULE:{rrule(meeting.recurrence)}")
        for item in meeting.occurrences:
            original = _occurrence_start(item.occurrence_id)
            moment = original or item.start_time
            if item.status == "deleted" and moment is not None:
                main.append(when("EXDATE", moment))
            elif original and item.start_time and item.start_time != original:
                moved = timedelta(minutes=item.duration) if item.duration else length
                overrides += event(item.start_time, moved, [when("RECURRENCE-ID", original)])
    lines += event(meeting.start_time, length, main)
    lines += overrides
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
