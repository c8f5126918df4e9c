"""Meetings as people read them: Zoom-style meeting IDs, start times and invitation text. No Qt,
so the CLI can print the same text the desktop app copies; iCalendar files are `core/ics.py`
(kept apart: the list imports this module before its window is shown, and `icalendar` takes
~40 ms to import)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from zoomdesk.core.i18n import dates, translate
from zoomdesk.core.models import (
    Meeting,
    MeetingType,
    Occurrence,
    Recurrence,
    RecurrenceType,
    zone,
)


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
        return translate("Duration", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours:
        return translate("Duration", "{hours} h").format(hours=hours)
    return translate("Duration", "{minutes} min").format(minutes=rest)


def format_datetime(value: datetime) -> str:
    """`Tue 1 Dec 2026 09:00` in the CLI; in the desktop app, the user's locale
    (`Tue, Dec 1, 2026 9:00 AM` in the US): `zoomdesk.core.i18n.dates()`."""
    return dates().datetime(value)


def format_start(meeting: Meeting, local: tzinfo | None = None) -> str:
    """The start in the local zone, plus the meeting's own wall time when that differs:
    `Tue 1 Dec 2026 09:00 (15:00 Europe/Berlin)`. `local=None` means the system zone."""
    if meeting.start_time is None:
        return translate("Calendar", "No fixed time") if meeting.type.recurring else ""
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
        return f"{text} ({dates().time(there)} {meeting.timezone})"
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
        return translate("Calendar", "No fixed time")  # the same words as format_start's
    if meeting.type.recurring:
        # List results carry no recurrence; opening the meeting shows it.
        return translate("RecurrenceSummary", "Recurring")
    return "—"


def invitation_text(meeting: Meeting, inviter: str = "") -> str:
    """The invitation people paste into an email, laid out like Zoom's own; zoomdesk's text
    adds the length, the agenda (the Agenda field promises it) and a series' moved dates."""
    if meeting.type.recurring:
        who = (
            translate("Invitation", "{inviter} is inviting you to a recurring Zoom meeting.")
            if inviter
            else translate("Invitation", "You are invited to a recurring Zoom meeting.")
        )
    else:
        who = (
            translate("Invitation", "{inviter} is inviting you to a scheduled Zoom meeting.")
            if inviter
            else translate("Invitation", "You are invited to a scheduled Zoom meeting.")
        )
    topic = translate("Invitation", "Topic: {topic}").format(topic=meeting.topic)
    lines = [who.format(inviter=inviter), "", topic]
    start = meeting.local_start()
    where = meeting.timezone or "UTC"
    if start is not None:
        time = translate("Invitation", "Time: {time} {time_zone}")
        lines.append(time.format(time=format_datetime(start), time_zone=where))
        if meeting.recurrence is not None:
            lines.append(f"        {meeting.recurrence.describe()}")
        if meeting.duration and meeting.duration > 0:
            duration = translate("Invitation", "Duration: {duration}")
            lines.append(duration.format(duration=format_duration(meeting.duration)))
        moved = moved_occurrences(meeting)
        if moved:
            lines.append(
                translate(
                    "Invitation", "Changed dates (these differ from the usual time or length):"
                )
            )
            for occurrence, at in moved:
                length = format_duration(occurrence.duration or meeting.duration)
                lines.append(
                    f"        {format_datetime(at)} {where}" + (f", {length}" if length else "")
                )
    elif meeting.type.recurring:
        lines.append(translate("Invitation", "Time: This is a recurring meeting. Meet anytime."))
    if meeting.agenda.strip():
        lines += ["", translate("Invitation", "Agenda:"), *meeting.agenda.strip().splitlines()]
    if meeting.join_url:
        lines += ["", translate("Invitation", "Join Zoom Meeting"), meeting.join_url]
    meeting_id = translate("Invitation", "Meeting ID: {id}")
    lines += ["", meeting_id.format(id=format_meeting_id(meeting.id))]
    if meeting.password:
        lines.append(
            translate("Invitation", "Passcode: {passcode}").format(passcode=meeting.password)
        )
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
