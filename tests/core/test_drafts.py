"""Meeting drafts: Zoom's limits checked before sending, time zones sent right, minimal PATCHes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import Meeting, MeetingType, Recurrence, RecurrenceType


def draft(**kw: object) -> MeetingDraft:
    base = {
        "topic": "Budget review",
        "start": datetime(2026, 12, 1, 9, 0),
        "timezone": "Europe/Berlin",
        "duration": 45,
    }
    base.update(kw)
    return MeetingDraft(**base)  # type: ignore[arg-type]


def patch(new: MeetingDraft, old: MeetingDraft) -> dict[str, object]:
    return MeetingUpdate.diff(old, new).body()


def fields(d: MeetingDraft) -> set[str]:
    return {p.field for p in d.problems()}


def test_a_local_start_is_sent_as_wall_time_without_z_plus_its_zone():
    body = draft().create_body()
    assert body["start_time"] == "2026-12-01T09:00:00"
    assert not body["start_time"].endswith("Z")
    assert body["timezone"] == "Europe/Berlin"
    assert draft().start_utc() == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_daylight_saving_time_is_respected_when_converting_to_utc():
    summer = draft(start=datetime(2026, 7, 1, 9, 0), timezone="America/New_York")
    winter = draft(start=datetime(2026, 12, 1, 9, 0), timezone="America/New_York")
    assert summer.start_utc() == datetime(2026, 7, 1, 13, 0, tzinfo=UTC)
    assert winter.start_utc() == datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"topic": ""}, "topic"),
        ({"topic": "x" * 201}, "topic"),
        ({"agenda": "x" * 2001}, "agenda"),
        ({"password": "12345678901"}, "password"),
        ({"password": "bad pass"}, "password"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"start": None}, "start_time"),
        ({"duration": 0}, "duration"),
        ({"settings": {"jbh_time": 7}}, "settings.jbh_time"),
        ({"settings": {"alternative_hosts": "a@example.com;nobody"}}, "settings.alternative_hosts"),
        ({"type": MeetingType.RECURRING_FIXED_TIME}, "recurrence"),
    ],
)
def test_zoom_limits_are_checked_before_sending(change, field):
    assert field in fields(draft(**change))


def test_limits_accept_values_at_the_boundary():
    ok = draft(topic="x" * 200, agenda="y" * 2000, password="Ab1@-_*xyz")
    assert ok.problems() == []


@pytest.mark.parametrize(
    ("recurrence", "field"),
    [
        (Recurrence(RecurrenceType.DAILY, repeat_interval=91, end_times=3), "repeat_interval"),
        (
            Recurrence(RecurrenceType.WEEKLY, repeat_interval=13, weekly_days=(2,)),
            "repeat_interval",
        ),
        (Recurrence(RecurrenceType.WEEKLY, weekly_days=()), "weekly_days"),
        (Recurrence(RecurrenceType.MONTHLY, repeat_interval=4, monthly_day=3), "repeat_interval"),
        (Recurrence(RecurrenceType.MONTHLY, monthly_day=32), "monthly_day"),
        (Recurrence(RecurrenceType.MONTHLY, monthly_week=5, monthly_week_day=2), "monthly_week"),
        (Recurrence(RecurrenceType.DAILY, end_times=366), "end_times"),
        (
            Recurrence(
                RecurrenceType.DAILY, end_times=3, end_date_time=datetime(2027, 1, 1, tzinfo=UTC)
            ),
            "end_times",
        ),
    ],
)
def test_recurrence_ranges_are_checked(recurrence, field):
    d = draft(type=MeetingType.RECURRING_FIXED_TIME, recurrence=recurrence)
    assert f"recurrence.{field}" in fields(d)


def test_weekly_recurrence_is_sent_with_zoom_weekday_numbers():
    rec = Recurrence(RecurrenceType.WEEKLY, weekly_days=(2, 4), end_times=10)
    body = draft(type=MeetingType.RECURRING_FIXED_TIME, recurrence=rec).create_body()
    assert body["recurrence"] == {
        "type": 2,
        "repeat_interval": 1,
        "weekly_days": "2,4",
        "end_times": 10,
    }
    assert rec.describe() == "Every week on Mon, Wed, 10 times"


def test_changes_carry_only_the_fields_that_changed():
    original = draft(settings={"waiting_room": False, "mute_upon_entry": False})
    edited = original.with_changes(
        topic="Budget review (moved)", settings={"waiting_room": True, "mute_upon_entry": False}
    )
    assert patch(edited, original) == {
        "topic": "Budget review (moved)",
        "settings": {"waiting_room": True},
    }
    assert patch(original, original) == {}


def test_a_changed_start_always_travels_with_its_zone():
    original = draft()
    edited = original.with_changes(start=datetime(2026, 12, 2, 10, 30))
    assert patch(edited, original) == {
        "start_time": "2026-12-02T10:30:00",
        "timezone": "Europe/Berlin",
    }


def test_a_recurring_meetings_start_and_recurrence_travel_together():
    rec = Recurrence(RecurrenceType.DAILY, end_times=5)
    original = draft(type=MeetingType.RECURRING_FIXED_TIME, recurrence=rec)
    edited = original.with_changes(recurrence=Recurrence(RecurrenceType.DAILY, end_times=8))
    changes = patch(edited, original)
    assert changes["recurrence"]["end_times"] == 8
    assert changes["start_time"] == "2026-12-01T09:00:00"


def test_only_occurrence_fields_may_change_for_one_occurrence():
    assert MeetingUpdate(agenda="x", duration=30).problems(occurrence=True) == []
    bad = MeetingUpdate(topic="x", settings={"audio": "voip"}).problems(occurrence=True)
    assert {p.field for p in bad} == {"topic", "settings.audio"}


def test_a_meeting_from_zoom_round_trips_into_an_unchanged_draft():
    meeting = Meeting.from_json(
        {
            "id": 98765432109,
            "topic": "Standup",
            "type": 2,
            "start_time": "2026-12-01T08:00:00Z",
            "timezone": "Europe/Berlin",
            "duration": 15,
            "settings": {"waiting_room": True, "join_before_host": False},
        }
    )
    d = MeetingDraft.from_meeting(meeting)
    assert d.start == datetime(2026, 12, 1, 9, 0)
    assert patch(d, MeetingDraft.from_meeting(meeting)) == {}
    assert meeting.id > 2**32


def test_an_update_checks_its_recurrence_with_the_drafts_rules():
    weekly_without_days = Recurrence(RecurrenceType.WEEKLY, weekly_days=())
    fields = {p.field for p in MeetingUpdate(recurrence=weekly_without_days).problems()}
    assert fields == {"recurrence.weekly_days"}
    assert MeetingUpdate(recurrence=Recurrence(RecurrenceType.DAILY, end_times=3)).problems() == []
