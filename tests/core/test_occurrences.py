"""Expanding meetings into occurrences in a date range (the calendar's and the conflict checks'
input): Zoom's own `occurrences` when present, else the `recurrence` object via dateutil."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.models import Meeting, MeetingType, Recurrence
from zoomdesk.core.occurrences import expand, occurrence_id, split_anytime

FAR = datetime(2030, 1, 1, tzinfo=UTC)
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def series(
    recurrence: dict[str, Any], start: str, tz: str = "Europe/Berlin", **extra: Any
) -> Meeting:
    return Meeting.from_json(
        {
            "id": 900,
            "topic": "Standup",
            "type": 8,
            "start_time": start,
            "duration": 30,
            "timezone": tz,
            "recurrence": recurrence,
            **extra,
        }
    )


def local_starts(meeting: Meeting, tz: str = "Europe/Berlin") -> list[str]:
    from zoneinfo import ZoneInfo

    return [
        f"{s.start.astimezone(ZoneInfo(tz)):%a %Y-%m-%d %H:%M}" for s in expand(meeting, EPOCH, FAR)
    ]


def test_a_one_time_meeting_is_one_slot_inside_the_range_and_none_outside():
    meeting = Meeting.from_json(
        {"id": 1, "topic": "x", "type": 2, "start_time": "2026-12-01T09:00:00Z", "duration": 45}
    )
    [slot] = expand(meeting, EPOCH, FAR)
    assert (slot.start, slot.end) == (
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        datetime(2026, 12, 1, 9, 45, tzinfo=UTC),
    )
    assert slot.occurrence_id is None
    assert expand(meeting, datetime(2026, 12, 2, tzinfo=UTC), FAR) == []
    # A meeting running across the range's start is in it.
    assert expand(meeting, datetime(2026, 12, 1, 9, 30, tzinfo=UTC), FAR) != []


def test_daily_every_second_day_ending_after_a_count():
    meeting = series({"type": 1, "repeat_interval": 2, "end_times": 4}, "2026-12-01T08:00:00Z")
    assert local_starts(meeting) == [
        "Tue 2026-12-01 09:00",
        "Thu 2026-12-03 09:00",
        "Sat 2026-12-05 09:00",
        "Mon 2026-12-07 09:00",
    ]


def test_weekly_on_chosen_days_ending_on_a_date_keeps_wall_time_across_daylight_saving():
    # Zoom's weekly_days: 1 = Sunday, so 2,4 are Monday and Wednesday.
    meeting = series(
        {
            "type": 2,
            "repeat_interval": 1,
            "weekly_days": "2,4",
            "end_date_time": "2026-11-04T12:00:00Z",
        },
        "2026-10-19T08:00:00Z",  # 10:00 in Berlin, summer time
    )
    starts = local_starts(meeting)
    assert starts == [
        "Mon 2026-10-19 10:00",
        "Wed 2026-10-21 10:00",
        "Mon 2026-10-26 10:00",  # after the clocks went back: still 10:00 local
        "Wed 2026-10-28 10:00",
        "Mon 2026-11-02 10:00",
        "Wed 2026-11-04 10:00",  # the end date itself is included
    ]
    utc = [s.start.hour for s in expand(meeting, EPOCH, FAR)]
    assert utc[:2] == [8, 8] and utc[2:] == [9, 9, 9, 9]


def test_every_second_week_counts_weeks_from_sunday_as_zoom_does():
    meeting = series(
        {"type": 2, "repeat_interval": 2, "weekly_days": "1,7", "end_times": 4},
        "2026-11-28T09:00:00Z",  # a Saturday
        tz="UTC",
    )
    assert local_starts(meeting, "UTC") == [
        "Sat 2026-11-28 09:00",
        "Sun 2026-12-06 09:00",
        "Sat 2026-12-12 09:00",
        "Sun 2026-12-20 09:00",
    ]


def test_monthly_by_day_falls_on_the_last_day_of_shorter_months():
    meeting = series(
        {"type": 3, "repeat_interval": 1, "monthly_day": 31, "end_times": 4},
        "2027-01-31T15:00:00Z",
        tz="UTC",
    )
    assert local_starts(meeting, "UTC") == [
        "Sun 2027-01-31 15:00",
        "Sun 2027-02-28 15:00",
        "Wed 2027-03-31 15:00",
        "Fri 2027-04-30 15:00",
    ]


@pytest.mark.parametrize(
    ("week", "expected"),
    [
        (1, ["Tue 2026-12-01 12:00", "Tue 2027-01-05 12:00", "Tue 2027-02-02 12:00"]),
        (-1, ["Tue 2026-12-29 12:00", "Tue 2027-01-26 12:00", "Tue 2027-02-23 12:00"]),
    ],
    ids=["first Tuesday", "last Tuesday"],
)
def test_monthly_by_weekday_first_and_last(week, expected):
    meeting = series(
        {"type": 3, "monthly_week": week, "monthly_week_day": 3, "end_times": 3},
        "2026-12-01T12:00:00Z",
        tz="UTC",
    )
    assert local_starts(meeting, "UTC") == expected


def test_zoom_occurrences_win_over_the_recurrence_with_moved_and_deleted_ones_as_zoom_has_them():
    meeting = series(
        {"type": 1, "repeat_interval": 1, "end_times": 4},
        "2026-12-01T08:00:00Z",
        occurrences=[
            {
                "occurrence_id": "1",
                "start_time": "2026-12-01T08:00:00Z",
                "duration": 30,
                "status": "available",
            },
            # moved to the afternoon and made longer
            {
                "occurrence_id": "2",
                "start_time": "2026-12-02T14:00:00Z",
                "duration": 90,
                "status": "available",
            },
            {
                "occurrence_id": "3",
                "start_time": "2026-12-03T08:00:00Z",
                "duration": 30,
                "status": "deleted",
            },
            # the fourth was deleted and Zoom no longer lists it
        ],
    )
    slots = expand(meeting, EPOCH, FAR)
    assert [(s.occurrence_id, s.start.hour, s.end - s.start) for s in slots] == [
        ("1", 8, timedelta(minutes=30)),
        ("2", 14, timedelta(minutes=90)),
    ]


def test_a_range_returns_only_the_occurrences_inside_it():
    meeting = series({"type": 1, "end_times": 60}, "2026-12-01T08:00:00Z", tz="UTC")
    week = expand(meeting, datetime(2026, 12, 7, tzinfo=UTC), datetime(2026, 12, 14, tzinfo=UTC))
    assert [s.start.day for s in week] == [7, 8, 9, 10, 11, 12, 13]
    assert week[0].occurrence_id == occurrence_id(datetime(2026, 12, 7, 8, tzinfo=UTC))


def test_meetings_without_a_fixed_time_go_to_the_anytime_group():
    timed = Meeting.from_json({"id": 1, "type": 2, "start_time": "2026-12-01T09:00:00Z"})
    no_time = Meeting.from_json({"id": 2, "type": 3, "recurrence": {"type": 1}})
    pmi = Meeting.from_json({"id": 3, "type": 4})
    assert split_anytime([timed, no_time, pmi]) == ([timed], [no_time, pmi])
    assert expand(no_time, EPOCH, FAR) == []


def test_expansion_matches_the_occurrences_the_sandbox_makes(harness):
    """The same series, expanded here from `recurrence` and made by the sandbox over HTTP."""
    recurrences = [
        {"type": 1, "repeat_interval": 3, "end_times": 10},
        {"type": 2, "repeat_interval": 2, "weekly_days": "2,6", "end_times": 12},
        {"type": 3, "monthly_day": 30, "end_times": 6},
        {"type": 3, "monthly_week": -1, "monthly_week_day": 6, "end_times": 6},
        {"type": 2, "weekly_days": "4", "end_date_time": "2027-03-31T00:00:00Z"},
    ]

    async def body(h: Any) -> list[tuple[list[str], list[str]]]:
        out = []
        for rec in recurrences:
            draft = MeetingDraft(
                topic="Series",
                type=MeetingType.RECURRING_FIXED_TIME,
                start=datetime(2027, 1, 6, 17, 30),
                timezone="America/New_York",
                duration=30,
                recurrence=Recurrence.from_json(rec),
            )
            made = await h.client.create_meeting("me", draft.create_body())
            zoom = [o.occurrence_id for o in made.occurrences]
            bare = Meeting.from_json({**made.raw, "occurrences": []})
            ours = [s.occurrence_id or "" for s in expand(bare, EPOCH, FAR)]
            out.append((zoom, ours))
        return out

    for zoom, ours in harness(body):
        assert ours == zoom
