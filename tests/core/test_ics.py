""".ics files as a calendar program reads them (parsed back with `icalendar`): the event in the
meeting's own zone with its VTIMEZONE, RRULE and EXDATE for a series, a SEQUENCE that grows with
each change zoomdesk makes, and a METHOD:CANCEL file after a delete."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from tests.core.conftest import Harness
from zoomdesk.core.calendar import CalendarError
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.history import History
from zoomdesk.core.ics import cancellation_ics, meeting_to_ics
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import Meeting, MeetingType, Recurrence, RecurrenceType


def meeting(**fields: object) -> Meeting:
    data: dict[str, object] = {
        "id": 81234567890,
        "topic": "Quarterly review",
        "type": 2,
        "start_time": "2026-12-01T14:00:00Z",
        "duration": 45,
        "timezone": "Europe/Berlin",
        "join_url": "https://zoom.us/j/81234567890?pwd=Abc",
        "password": "x7Q2",
    }
    data.update(fields)
    return Meeting.from_json(data)


def events(text: str) -> list[Any]:
    return list(Calendar.from_ical(text).walk("VEVENT"))


def rule_of(event: Any) -> dict[str, str]:
    raw = event["RRULE"].to_ical().decode()
    return dict(part.split("=") for part in raw.split(";"))


def test_a_one_time_meeting_becomes_one_event_in_its_own_zone():
    stamp = datetime(2026, 11, 1, tzinfo=UTC)
    text = meeting_to_ics(meeting(), now=stamp, organizer=("Ada", "ada@example.com"))
    calendar = Calendar.from_ical(text)
    (event,) = calendar.walk("VEVENT")
    assert str(event["DTSTART"].dt.tzinfo) == "Europe/Berlin"
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 1, 15, 0)
    assert event["DTEND"].dt - event["DTSTART"].dt == timedelta(minutes=45)
    assert event["DTSTAMP"].dt == stamp
    assert str(event["UID"]) == "zoom-meeting-81234567890@zoomdesk"
    assert str(event["ORGANIZER"]) == "mailto:ada@example.com"
    assert event["ORGANIZER"].params["CN"] == "Ada"
    assert event["SEQUENCE"] == 0 and "RRULE" not in event
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert "TZOFFSETTO:+0200" in text  # summer time in Berlin


def test_a_recurring_meeting_carries_its_rule_and_deleted_occurrences():
    weekly = meeting(
        type=8,
        recurrence={"type": 2, "repeat_interval": 2, "weekly_days": "3,5", "end_times": 6},
        occurrences=[
            {"occurrence_id": "1796133600000", "start_time": "2026-12-01T14:00:00Z"},
            {
                "occurrence_id": "1796306400000",
                "start_time": "2026-12-03T14:00:00Z",
                "status": "deleted",
            },
        ],
    )
    (event,) = events(meeting_to_ics(weekly))
    assert rule_of(event) == {"FREQ": "WEEKLY", "INTERVAL": "2", "BYDAY": "TU,TH", "COUNT": "6"}
    assert "RRULE:FREQ=WEEKLY;" in meeting_to_ics(weekly)  # FREQ first: Apple Calendar needs it
    (excluded,) = event["EXDATE"].dts
    assert excluded.dt == datetime(2026, 12, 3, 14, tzinfo=UTC)
    assert str(excluded.dt.tzinfo) == "Europe/Berlin"


def test_a_moved_occurrence_becomes_an_override_of_the_original_date():
    moved = meeting(
        type=8,
        recurrence={"type": 1, "end_times": 3},
        occurrences=[
            {"occurrence_id": "1796306400000", "start_time": "2026-12-03T16:00:00Z", "duration": 30}
        ],
    )
    series, override = events(meeting_to_ics(moved))
    assert rule_of(series) == {"FREQ": "DAILY", "COUNT": "3"}
    assert override["RECURRENCE-ID"].dt == datetime(2026, 12, 3, 14, tzinfo=UTC)
    assert override["DTSTART"].dt == datetime(2026, 12, 3, 16, tzinfo=UTC)
    assert override["DTEND"].dt - override["DTSTART"].dt == timedelta(minutes=30)
    assert override["UID"] == series["UID"]


def test_a_monthly_series_until_a_date_uses_utc_until():
    monthly = meeting(
        type=8,
        recurrence={
            "type": 3,
            "monthly_week": -1,
            "monthly_week_day": 6,
            "end_date_time": "2027-06-30T22:00:00Z",
        },
    )
    (event,) = events(meeting_to_ics(monthly))
    assert rule_of(event) == {"FREQ": "MONTHLY", "BYDAY": "-1FR", "UNTIL": "20270630T220000Z"}


def test_a_meeting_without_a_zone_is_written_in_utc():
    (event,) = events(meeting_to_ics(meeting(timezone="")))
    assert event["DTSTART"].dt == datetime(2026, 12, 1, 14, tzinfo=UTC)
    assert event["DTSTART"].to_ical() == b"20261201T140000Z"


def test_text_is_escaped_and_long_lines_are_folded_at_75_octets():
    tricky = meeting(
        topic="Budget; plans, and a \\ backslash",
        agenda="Line one\nLine two — with accents: éàü " + "x" * 200,
    )
    text = meeting_to_ics(tricky)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert "SUMMARY:Budget\\; plans\\, and a \\\\ backslash" in text
    (event,) = events(text)
    assert str(event["SUMMARY"]) == "Budget; plans, and a \\ backslash"
    assert str(event["DESCRIPTION"]).startswith("Line one\nLine two — with accents: éàü")


def test_a_meeting_with_no_fixed_time_cannot_be_exported():
    with pytest.raises(CalendarError, match="no fixed time"):
        meeting_to_ics(meeting(type=3, start_time=None))


def test_a_cancellation_has_the_same_uid_a_higher_sequence_and_method_cancel():
    text = cancellation_ics(meeting(), sequence=4)
    calendar = Calendar.from_ical(text)
    assert str(calendar["METHOD"]) == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == "zoom-meeting-81234567890@zoomdesk"
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 4


def test_cancelling_one_occurrence_names_it_and_leaves_the_series():
    weekly = meeting(type=8, recurrence={"type": 2, "weekly_days": "3", "end_times": 4})
    (event,) = events(cancellation_ics(weekly, sequence=1, occurrence_id="1796306400000"))
    assert event["RECURRENCE-ID"].dt == datetime(2026, 12, 3, 14, tzinfo=UTC)
    assert "RRULE" not in event and str(event["STATUS"]) == "CANCELLED"


def test_the_sequence_grows_with_each_change_zoomdesk_makes(harness, sandbox, tmp_path: Path):
    history = History(tmp_path / "history.sqlite")
    start = (datetime.now() + timedelta(days=7)).replace(hour=9, minute=0, second=0, microsecond=0)
    draft = MeetingDraft(
        topic="Series",
        type=MeetingType.RECURRING_FIXED_TIME,
        start=start,
        timezone="Europe/Berlin",
        duration=30,
        recurrence=Recurrence(RecurrenceType.WEEKLY, weekly_days=(2, 4), end_times=4),
    )

    async def body(h: Harness) -> list[str]:
        h.client.history = history
        service = MeetingService(h.client)
        created = await service.create(str(sandbox.state.users[0]["id"]), draft)
        files = [meeting_to_ics(created, sequence=history.sequence_for(created.id))]
        baseline = await service.load(created.id)
        await service.save(baseline, MeetingUpdate(topic="Series, renamed"))
        await service.save(baseline, MeetingUpdate(agenda="Bring numbers"))
        files.append(meeting_to_ics(baseline.meeting, sequence=history.sequence_for(created.id)))
        series = await service.load(created.id)
        second = series.meeting.occurrences[1].occurrence_id
        after = await service.delete(series.meeting, second)
        assert after is not None
        files.append(meeting_to_ics(after, sequence=history.sequence_for(created.id)))
        await service.delete(after)
        files.append(cancellation_ics(after, sequence=history.sequence_for(created.id)))
        return files

    try:
        first, edited, one_gone, cancelled = harness(body)
    finally:
        history.close()
    sequences = [events(text)[0]["SEQUENCE"] for text in (first, edited, one_gone, cancelled)]
    assert sequences == [0, 2, 3, 4]
    (event,) = events(one_gone)
    assert len(event["EXDATE"].dts) == 1  # the deleted occurrence is excluded
    assert str(Calendar.from_ical(cancelled)["METHOD"]) == "CANCEL"
    uids = {str(events(text)[0]["UID"]) for text in (first, edited, one_gone, cancelled)}
    assert len(uids) == 1
