"""The text zoomdesk gives people: meeting IDs, start times, invitations and .ics files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from zoomdesk.core.calendar import (
    CalendarError,
    fold,
    format_meeting_id,
    format_start,
    invitation_text,
    meeting_to_ics,
    vtimezone,
)
from zoomdesk.core.models import Meeting

from .ics import parse, unescape

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


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


@pytest.mark.parametrize(
    ("meeting_id", "text"),
    [(123456789, "123 456 789"), (1234567890, "123 456 7890"), (81234567890, "812 3456 7890")],
)
def test_meeting_ids_are_grouped_the_way_zoom_prints_them(meeting_id: int, text: str) -> None:
    assert format_meeting_id(meeting_id) == text


def test_the_start_shows_the_meetings_own_zone_when_it_differs_from_the_local_one() -> None:
    assert format_start(meeting(), NEW_YORK) == "Tue 1 Dec 2026 09:00 (15:00 Europe/Berlin)"


def test_the_start_has_no_suffix_when_the_zones_agree() -> None:
    assert format_start(meeting(), BERLIN) == "Tue 1 Dec 2026 15:00"


def test_a_start_on_another_day_in_the_meetings_zone_names_that_day() -> None:
    late = meeting(start_time="2026-12-01T16:30:00Z", timezone="Asia/Tokyo")
    assert format_start(late, BERLIN) == "Tue 1 Dec 2026 17:30 (Wed 2 Dec 2026 01:30 Asia/Tokyo)"


def test_the_invitation_has_topic_time_link_id_and_passcode() -> None:
    text = invitation_text(meeting(), "Ada Lovelace")
    assert text.startswith("Ada Lovelace is inviting you to a scheduled Zoom meeting.")
    assert "Topic: Quarterly review" in text
    assert "Time: Tue 1 Dec 2026 15:00 Europe/Berlin" in text
    assert "https://zoom.us/j/81234567890?pwd=Abc" in text
    assert "Meeting ID: 812 3456 7890" in text
    assert "Passcode: x7Q2" in text


def test_the_invitation_carries_the_agenda_the_form_promises() -> None:
    text = invitation_text(meeting(agenda="1. Budget\n2. Hiring"), "Ada Lovelace")
    assert "Agenda:\n1. Budget\n2. Hiring\n" in text
    assert "Agenda" not in invitation_text(meeting(agenda="  "))


def test_a_recurring_invitation_gives_the_length_and_the_moved_occurrences() -> None:
    weekly = {"type": 2, "repeat_interval": 1, "weekly_days": "3", "end_times": 4}  # Tuesdays
    occurrences = [
        {"occurrence_id": "1", "start_time": "2026-12-01T14:00:00Z", "duration": 45},
        {"occurrence_id": "2", "start_time": "2026-12-08T16:00:00Z", "duration": 45},  # later
        {"occurrence_id": "3", "start_time": "2026-12-15T14:00:00Z", "duration": 90},  # longer
        {"occurrence_id": "4", "start_time": "2026-12-23T14:00:00Z", "duration": 45},  # a Wed
    ]
    text = invitation_text(meeting(type=8, recurrence=weekly, occurrences=occurrences))
    assert "Duration: 45 min" in text
    changed = text.split("Changed dates (these differ from the usual time or length):\n")[1]
    assert changed.splitlines()[:3] == [
        "        Tue 8 Dec 2026 17:00 Europe/Berlin, 45 min",
        "        Tue 15 Dec 2026 15:00 Europe/Berlin, 1 h 30 min",
        "        Wed 23 Dec 2026 15:00 Europe/Berlin, 45 min",
    ]
    assert "Tue 1 Dec 2026 15:00 Europe/Berlin, 45 min" not in text  # as usual: not listed


def test_a_one_time_meeting_becomes_one_event_in_its_own_zone() -> None:
    stamp = datetime(2026, 11, 1, tzinfo=UTC)
    calendar = parse(meeting_to_ics(meeting(), now=stamp, organizer=("Ada", "ada@example.com")))
    (event,) = calendar.find("VEVENT")
    assert event.get("DTSTART").params == {"TZID": "Europe/Berlin"}
    assert event.get("DTSTART").value == "20261201T150000"
    assert event.get("DTEND").value == "20261201T154500"
    assert event.get("DTSTAMP").value == "20261101T000000Z"
    assert event.get("UID").value == "zoom-meeting-81234567890@zoomdesk"
    assert event.get("ORGANIZER").value == "mailto:ada@example.com"
    assert not event.all("RRULE")
    (zone,) = calendar.find("VTIMEZONE")
    assert zone.get("TZID").value == "Europe/Berlin"
    assert {c.name for c in zone.children} == {"STANDARD", "DAYLIGHT"}


def test_a_recurring_meeting_carries_its_rule_and_deleted_occurrences() -> None:
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
    (event,) = parse(meeting_to_ics(weekly)).find("VEVENT")
    assert event.get("RRULE").value == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"
    (exdate,) = event.all("EXDATE")
    assert exdate.params == {"TZID": "Europe/Berlin"}
    assert exdate.value == "20261203T150000"


def test_a_moved_occurrence_becomes_an_override_of_the_original_date() -> None:
    moved = meeting(
        type=8,
        recurrence={"type": 1, "end_times": 3},
        occurrences=[
            {"occurrence_id": "1796306400000", "start_time": "2026-12-03T16:00:00Z", "duration": 30}
        ],
    )
    series, override = parse(meeting_to_ics(moved)).find("VEVENT")
    assert series.get("RRULE").value == "FREQ=DAILY;COUNT=3"
    assert override.get("RECURRENCE-ID").value == "20261203T150000"
    assert override.get("DTSTART").value == "20261203T170000"
    assert override.get("DTEND").value == "20261203T173000"
    assert override.get("UID").value == series.get("UID").value


def test_a_monthly_series_until_a_date_uses_utc_until() -> None:
    monthly = meeting(
        type=8,
        recurrence={
            "type": 3,
            "monthly_week": -1,
            "monthly_week_day": 6,
            "end_date_time": "2027-06-30T22:00:00Z",
        },
    )
    (event,) = parse(meeting_to_ics(monthly)).find("VEVENT")
    assert event.get("RRULE").value == "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630T220000Z"


def test_a_meeting_without_a_zone_is_written_in_utc() -> None:
    (event,) = parse(meeting_to_ics(meeting(timezone=""))).find("VEVENT")
    assert event.get("DTSTART").value == "20261201T140000Z"
    assert event.get("DTSTART").params == {}


def test_text_is_escaped_and_long_lines_are_folded_at_75_octets() -> None:
    tricky = meeting(
        topic="Budget; plans, and a \\ backslash",
        agenda="Line one\nLine two — with accents: éàü " + "x" * 200,
    )
    text = meeting_to_ics(tricky)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    (event,) = parse(text).find("VEVENT")
    assert event.get("SUMMARY").value == "Budget\\; plans\\, and a \\\\ backslash"
    assert unescape(event.get("SUMMARY").value) == "Budget; plans, and a \\ backslash"
    assert unescape(event.get("DESCRIPTION").value).startswith("Line one\nLine two — with")


def test_folding_never_splits_a_multibyte_character() -> None:
    folded = fold("DESCRIPTION:" + "é" * 100)
    for part in folded.split("\r\n"):
        part.encode("utf-8").decode("utf-8")
        assert len(part.encode("utf-8")) <= 75


def test_a_meeting_with_no_fixed_time_cannot_be_exported() -> None:
    with pytest.raises(CalendarError, match="no fixed time"):
        meeting_to_ics(meeting(type=3, start_time=None))


def test_the_time_zone_rules_match_the_tz_database() -> None:
    lines = vtimezone("America/New_York", 2026, 2027)
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU" in lines
    assert "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU" in lines
    # And the offsets are right on the day after the spring change.
    after = datetime(2026, 3, 9, 12, tzinfo=NEW_YORK)
    assert after.utcoffset() == timedelta(hours=-4)
    assert "TZOFFSETTO:-0400" in lines
