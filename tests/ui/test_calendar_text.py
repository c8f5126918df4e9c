"""The text zoomdesk gives people: meeting IDs, start times, invitations and .ics files."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from zoomdesk.core.calendar import (
    format_meeting_id,
    format_start,
    invitation_text,
)
from zoomdesk.core.models import Meeting

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


# The .ics tests live in tests/core/test_ics.py (core/ics.py builds .ics with icalendar).
