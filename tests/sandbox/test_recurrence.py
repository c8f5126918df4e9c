"""Occurrences of fixed-time recurring meetings, computed from Zoom's recurrence object."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from zoomdesk.sandbox.recurrence import occurrence_starts


def starts(first: str, tz: str, **recurrence: Any) -> list[str]:
    zone = ZoneInfo(tz)
    local = datetime.fromisoformat(first).replace(tzinfo=zone)
    found = occurrence_starts(local.astimezone(UTC), zone, recurrence)
    return [s.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") for s in found]


def test_daily_every_other_day_for_three_times():
    assert starts("2027-01-04T09:00", "UTC", type=1, repeat_interval=2, end_times=3) == [
        "Mon 2027-01-04 09:00",
        "Wed 2027-01-06 09:00",
        "Fri 2027-01-08 09:00",
    ]


def test_weekly_on_several_days_starts_on_the_first_matching_day():
    # Zoom numbers days 1 = Sunday … 7 = Saturday; "2,4" is Monday and Wednesday.
    assert starts("2027-01-05T09:00", "UTC", type=2, weekly_days="2,4", end_times=4) == [
        "Wed 2027-01-06 09:00",
        "Mon 2027-01-11 09:00",
        "Wed 2027-01-13 09:00",
        "Mon 2027-01-18 09:00",
    ]


def test_weekly_every_second_week():
    assert starts("2027-01-03T18:00", "UTC", type=2, weekly_days="1", repeat_interval=2,
                  end_times=3) == [
        "Sun 2027-01-03 18:00",
        "Sun 2027-01-17 18:00",
        "Sun 2027-01-31 18:00",
    ]  # fmt: skip


def test_monthly_on_day_31_falls_on_the_last_day_of_shorter_months():
    assert starts("2027-01-31T12:00", "UTC", type=3, monthly_day=31, end_times=3) == [
        "Sun 2027-01-31 12:00",
        "Sun 2027-02-28 12:00",
        "Wed 2027-03-31 12:00",
    ]


def test_monthly_on_the_last_friday_until_an_end_date():
    assert starts("2027-01-01T16:00", "Europe/Berlin", type=3, monthly_week=-1,
                  monthly_week_day=6, end_date_time="2027-03-26T23:00:00Z") == [
        "Fri 2027-01-29 16:00",
        "Fri 2027-02-26 16:00",
        "Fri 2027-03-26 16:00",
    ]  # fmt: skip


def test_monthly_on_the_first_monday_every_three_months():
    assert starts("2027-01-01T10:00", "UTC", type=3, monthly_week=1, monthly_week_day=2,
                  repeat_interval=3, end_times=3) == [
        "Mon 2027-01-04 10:00",
        "Mon 2027-04-05 10:00",
        "Mon 2027-07-05 10:00",
    ]  # fmt: skip


def test_local_time_is_kept_across_daylight_saving_changes():
    zone = ZoneInfo("America/Chicago")
    first = datetime(2027, 3, 12, 9, 0, tzinfo=zone).astimezone(UTC)
    found = occurrence_starts(first, zone, {"type": 1, "end_times": 3})
    assert [s.strftime("%m-%d %H:%MZ") for s in found] == [
        "03-12 15:00Z",
        "03-13 15:00Z",
        "03-14 14:00Z",
    ]


def test_end_times_defaults_to_one_and_is_capped_at_365():
    assert len(starts("2027-01-01T10:00", "UTC", type=1)) == 1
    assert len(starts("2027-01-01T10:00", "UTC", type=1, end_times=1000)) == 365
    assert (
        len(starts("2027-01-01T10:00", "UTC", type=1, end_date_time="2031-01-01T00:00:00Z")) == 365
    )
