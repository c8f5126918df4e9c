"""Local times the clocks skip or pass twice, and the years Zoom takes: one Qt-free helper that
the CLI and the meeting form share."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from zoomdesk.core.wallclock import check_wall_clock, year_problem, zoom_local_time


def issue(text: str, zone: str) -> tuple[str, str] | None:
    found = check_wall_clock(datetime.fromisoformat(text), ZoneInfo(zone), zone)
    return (found.kind, found.message) if found else None


@pytest.mark.parametrize(
    ("start", "zone", "names"),
    [
        ("2027-03-14T02:30", "America/New_York", "from 02:00 to 03:00"),
        ("2027-03-28T02:05", "Europe/Berlin", "from 02:00 to 03:00"),
        ("2027-10-03T02:10", "Australia/Lord_Howe", "from 02:00 to 02:30"),  # a 30-minute shift
    ],
)
def test_a_time_the_clocks_skip_is_a_gap_naming_the_jump(start, zone, names):
    found = issue(start, zone)
    assert found is not None and found[0] == "gap"
    assert names in found[1] and f"does not exist in {zone}" in found[1]


def test_a_time_the_clocks_pass_twice_names_the_offset_used_and_the_other():
    kind, message = issue("2027-11-07T01:30", "America/New_York") or ("", "")
    assert kind == "ambiguous"
    assert "first is used (EDT, UTC-04:00)" in message and "(EST, UTC-05:00)" in message


@pytest.mark.parametrize(
    ("start", "zone"),
    [
        ("2027-03-14T01:59", "America/New_York"),
        ("2027-03-14T03:00", "America/New_York"),
        ("2027-07-01T02:30", "America/New_York"),
        ("2027-03-14T02:30", "UTC"),
        ("2027-03-14T02:30", "Asia/Kolkata"),
    ],
)
def test_an_ordinary_time_needs_no_word(start, zone):
    assert issue(start, zone) is None


def test_years_are_written_with_four_digits_and_bounded():
    assert zoom_local_time(datetime(1, 1, 1)) == "0001-01-01T00:00:00"
    assert zoom_local_time(datetime(2027, 3, 4, 5, 6, 7)) == "2027-03-04T05:06:07"
    assert year_problem(datetime(2027, 1, 1)) is None
    assert year_problem(datetime(1, 1, 1)) and year_problem(datetime(9999, 12, 31))
