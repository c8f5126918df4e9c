"""One row of the meeting list, computed once when the meeting arrives: the text of each
column in the user's language, the typed sort keys, and the lowercase search key. The table
model (meeting_table.py) keeps these rows and only looks values up when Qt asks for a cell."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from zoomdesk.core.calendar import (
    describe_recurrence,
    format_duration,
    format_meeting_id,
    format_start,
)
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.models import Meeting, MeetingType

COLUMNS = (
    translate_noop("MeetingTable", "Topic"),
    translate_noop("MeetingTable", "Start"),
    translate_noop("MeetingTable", "Duration"),
    translate_noop("MeetingTable", "Host"),
    translate_noop("MeetingTable", "Meeting ID"),
    translate_noop("MeetingTable", "Recurrence"),
    translate_noop("MeetingTable", "Status"),
)
TOPIC, START, DURATION, HOST, MEETING_ID, RECURRENCE, STATUS = range(len(COLUMNS))
NO_START = float("inf")  # meetings with no fixed time sort after every dated one

STATUS_LABELS = {
    "waiting": translate_noop("MeetingTable", "Not started"),
    "started": translate_noop("MeetingTable", "In progress"),
    "finished": translate_noop("MeetingTable", "Ended"),
    "ended": translate_noop("MeetingTable", "Ended"),
    "available": translate_noop("MeetingTable", "Scheduled"),
}


class TableWords:
    """The table's own words in the user's language, translated once per model rather than
    for every row or cell (the list holds tens of thousands of rows)."""

    def __init__(self) -> None:
        self.headers = tuple(translate_marked("MeetingTable", c) for c in COLUMNS)
        self.status = {k: translate_marked("MeetingTable", v) for k, v in STATUS_LABELS.items()}
        self.past = translate("MeetingTable", "Past")
        self.now = translate("MeetingTable", "Now")
        self.upcoming = translate("MeetingTable", "Upcoming")
        self.recurring = translate("MeetingTable", "Recurring")
        self.cell = translate("MeetingTable", "{column}: {value}")  # what a screen reader says
        self.empty = translate("MeetingTable", "none")


def status_label(meeting: Meeting, now: datetime, words: TableWords | None = None) -> str:
    """Zoom's status when the list has one; otherwise when the meeting is scheduled, relative to
    now (Zoom's list results carry no status, and "waiting" says little to a user)."""
    words = words or TableWords()
    if meeting.status and meeting.status != "waiting":
        return words.status.get(meeting.status, meeting.status.replace("_", " ").capitalize())
    if meeting.start_time is None:
        return ""
    try:
        end = meeting.start_time + timedelta(minutes=meeting.duration or 0)
    except OverflowError:  # a duration of millions of years still ends after now
        end = datetime.max.replace(tzinfo=UTC)
    if end < now:
        return words.past
    return words.now if meeting.start_time <= now else words.upcoming


def recurrence_text(meeting: Meeting, words: TableWords | None = None) -> str:
    """The same words for a series whether or not its pattern has been read: list results
    carry none, and the column used to change from "Recurring" to "Every day, 10 times" once
    the row was selected. The pattern is in the tooltip once known."""
    if meeting.type is MeetingType.RECURRING_FIXED_TIME:
        return (words or TableWords()).recurring
    return describe_recurrence(meeting)


def short_host(label: str) -> str:
    """ "Ada Lovelace <ada@example.com>" shows as "Ada Lovelace"; the email stays searchable."""
    name, sep, _rest = label.partition(" <")
    return name if sep and name else label


@dataclass(slots=True)
class Row:
    meeting: Meeting
    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    search: str
    host: str  # the full "Name <email>" label, for the tooltip


HostLabel = Callable[[Meeting], str]


def make_row(
    meeting: Meeting,
    host_label: HostLabel,
    local: tzinfo | None,
    now: datetime | None = None,
    words: TableWords | None = None,
) -> Row:
    words = words or TableWords()
    host = host_label(meeting)
    start = format_start(meeting, local)
    mid = format_meeting_id(meeting.id)
    texts = (
        meeting.topic,
        start,
        format_duration(meeting.duration),
        short_host(host),
        mid,
        recurrence_text(meeting, words),
        status_label(meeting, now or datetime.now(UTC), words),
    )
    keys = (
        meeting.topic.casefold(),
        meeting.start_time.timestamp() if meeting.start_time else NO_START,
        float(meeting.duration) if meeting.duration is not None else -1.0,  # Qt: no bigints
        host.casefold(),
        meeting.id,
        texts[RECURRENCE].casefold(),
        texts[STATUS].casefold(),
    )
    search = "\n".join((meeting.topic, host, str(meeting.id), mid, meeting.agenda)).lower()
    return Row(meeting, texts, keys, search, host)
