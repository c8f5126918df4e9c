"""MeetingUpdate as its callers meet it: what an edit says it changes, what it refuses before
anything is sent, and the exact PATCH body for a series and for one occurrence. Written to kill
the mutants of meeting_update.py that survived the first mutation run (docs/testing.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tests.core.local_zone import auckland  # noqa: F401 (a fixture)
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.host_defaults import PasscodeRules
from zoomdesk.core.meeting_update import ONCE_ONLY, UNSET, MeetingUpdate
from zoomdesk.core.models import MeetingType, Recurrence, RecurrenceType

BERLIN = ZoneInfo("Europe/Berlin")
WEEKLY = Recurrence(RecurrenceType.WEEKLY, weekly_days=(3,), end_times=6)


def draft(**kw: object) -> MeetingDraft:
    base: dict[str, object] = {
        "topic": "Budget review",
        "start": datetime(2026, 12, 1, 9, 0),
        "timezone": "Europe/Berlin",
        "duration": 45,
    }
    base.update(kw)
    return MeetingDraft(**base)  # type: ignore[arg-type]


def problems(update: MeetingUpdate, **kw: object) -> dict[str, str]:
    return {p.field: p.message for p in update.problems(**kw)}  # type: ignore[arg-type]


# --- what an update says it changes -------------------------------------------------------


def test_an_update_names_its_changes_as_zoom_names_the_fields():
    update = MeetingUpdate(
        topic="x", start=datetime(2026, 12, 1, 9, tzinfo=BERLIN), settings={"waiting_room": True}
    )
    assert update.given() == ["topic", "start_time", "settings.waiting_room"]


def test_an_empty_update_is_false_and_one_with_only_a_setting_is_true():
    assert not MeetingUpdate()
    assert MeetingUpdate().given() == []
    assert MeetingUpdate(settings={"mute_upon_entry": True})
    assert MeetingUpdate(agenda="")


def test_unset_shows_as_unset_in_a_repr():
    assert repr(UNSET) == "UNSET"
    assert "topic=UNSET" in repr(MeetingUpdate())


# --- what it refuses before sending ---------------------------------------------------------


def test_a_blank_topic_is_refused_once_with_a_sentence():
    found = MeetingUpdate(topic="   ").problems()
    assert [(p.field, p.message) for p in found] == [("topic", "Enter a topic.")]


def test_a_valid_series_edit_has_no_problems():
    update = MeetingUpdate(
        topic="New",
        agenda="",
        duration=30,
        password="abc123",
        start=datetime(2026, 12, 1, 9, tzinfo=BERLIN),
        recurrence=WEEKLY,
        tracking_fields=(("Dept", "Sales"),),
        settings={"audio": "voip", "waiting_room": False},
    )
    assert update.problems() == []


def test_text_and_number_limits_are_checked_by_the_schema():
    found = problems(MeetingUpdate(topic="t" * 201, duration=0, password="a b"))
    assert set(found) == {"topic", "duration", "password"}


def test_a_setting_with_a_value_zoom_refuses_is_named():
    found = problems(MeetingUpdate(settings={"audio": "loud", "waiting_room": "yes"}))
    assert found["settings.audio"].startswith("Must be one of both, telephony, voip")
    assert found["settings.waiting_room"] == "Must be true or false."


def test_an_unknown_setting_is_refused_with_a_suggestion_and_checking_goes_on():
    found = problems(MeetingUpdate(duration=0, settings={"waiting_rom": True}))
    assert "waiting_room" in found["settings.waiting_rom"]
    assert "duration" in found


def test_one_occurrence_refuses_series_only_fields_and_tracking_fields():
    update = MeetingUpdate(
        topic="x",
        tracking_fields=(("Dept", "Sales"),),
        recurrence=WEEKLY,
        settings={"audio": "voip"},
    )
    found = problems(update, occurrence=True)
    assert found == dict.fromkeys(
        ["topic", "tracking_fields", "recurrence", "settings.audio"], ONCE_ONLY
    )
    assert problems(update) == {}


def test_one_occurrence_still_checks_the_values_it_accepts():
    found = problems(MeetingUpdate(duration=0, agenda="a" * 2001), occurrence=True)
    assert set(found) == {"duration", "agenda"}
    assert problems(MeetingUpdate(settings={"mute_upon_entry": 1}), occurrence=True) == {
        "settings.mute_upon_entry": "Must be true or false."
    }


def test_a_new_passcode_is_checked_against_the_hosts_rules():
    rules = PasscodeRules(required=True, length=8, have_number=True)
    found = MeetingUpdate(password="abc").problems(rules=rules)
    assert found and {p.field for p in found} == {"password"}
    assert MeetingUpdate(password="abcdefg1").problems(rules=rules) == []
    assert MeetingUpdate(password="abc").problems() == []
    # no passcode change: the rules have nothing to check
    assert MeetingUpdate(topic="x").problems(rules=rules) == []


def test_a_passcode_zoom_refuses_is_named_once_not_also_against_the_rules():
    rules = PasscodeRules(required=True, length=8, have_number=True)
    found = MeetingUpdate(password="a b").problems(rules=rules)
    assert [p.message for p in found] == ["Only letters, digits and @ - _ * are allowed."]


def test_a_new_start_needs_a_named_zone_and_a_year_zoom_accepts():
    naive = MeetingUpdate(start=datetime(2026, 12, 1, 9))
    offset = MeetingUpdate(start=datetime(2026, 12, 1, 9, tzinfo=timezone(timedelta(hours=1))))
    for update in (naive, offset):
        assert problems(update) == {"start_time": "A new start needs its time zone."}
    far = problems(MeetingUpdate(start=datetime(1, 1, 1, 9, tzinfo=BERLIN)))
    assert far["start_time"].startswith("The year must be between ")
    assert far["start_time"].endswith(".")
    assert problems(MeetingUpdate(start=datetime(2026, 12, 1, 9, tzinfo=BERLIN))) == {}


# --- the PATCH body ------------------------------------------------------------------------


def test_the_series_body_carries_exactly_what_changed():
    update = MeetingUpdate(
        topic="New",
        type=MeetingType.RECURRING_FIXED_TIME,
        start=datetime(2026, 12, 1, 9, 30, tzinfo=BERLIN),
        duration=30,
        agenda="",
        password="",
        recurrence=WEEKLY,
        tracking_fields=(("Dept", "Sales"),),
        settings={"waiting_room": True},
    )
    assert update.body() == {
        "topic": "New",
        "agenda": "",
        "password": "",
        "duration": 30,
        "type": 8,
        "start_time": "2026-12-01T09:30:00",
        "timezone": "Europe/Berlin",
        "recurrence": WEEKLY.to_json(),
        "tracking_fields": [{"field": "Dept", "value": "Sales"}],
        "settings": {"waiting_room": True},
    }
    assert MeetingUpdate().body() == {}


def test_one_occurrences_body_moves_its_start_in_utc_without_a_zone_or_series_fields():
    update = MeetingUpdate(
        start=datetime(2026, 12, 1, 9, 30, tzinfo=BERLIN),
        recurrence=WEEKLY,
        tracking_fields=(("Dept", "Sales"),),
        duration=20,
    )
    assert update.body(occurrence=True) == {"start_time": "2026-12-01T08:30:00Z", "duration": 20}


def test_a_start_in_utc_names_its_zone():
    update = MeetingUpdate(start=datetime(2026, 12, 1, 9, tzinfo=ZoneInfo("UTC")))
    assert update.body()["timezone"] == "UTC"
    assert update.body()["start_time"] == "2026-12-01T09:00:00"


def test_the_body_does_not_share_the_updates_settings():
    update = MeetingUpdate(settings={"waiting_room": True})
    update.body()["settings"]["waiting_room"] = False
    assert update.settings == {"waiting_room": True}


def test_a_tracking_field_edit_can_clear_them_all():
    assert MeetingUpdate(tracking_fields=()).body() == {"tracking_fields": []}


# --- diff: what turns a baseline into a draft ---------------------------------------------


def test_an_unchanged_draft_gives_an_empty_update():
    assert not MeetingUpdate.diff(draft(), draft())
    assert not MeetingUpdate.diff(draft(), draft(), occurrence=True)


def test_only_the_changed_fields_are_sent():
    update = MeetingUpdate.diff(draft(), draft(topic="Renamed", agenda="Numbers"))
    assert update.body() == {"topic": "Renamed", "agenda": "Numbers"}


def test_a_cleared_agenda_is_sent_as_empty():
    update = MeetingUpdate.diff(draft(agenda="Numbers"), draft(agenda=""))
    assert update.body() == {"agenda": ""}


def test_a_new_start_travels_with_its_zone():
    update = MeetingUpdate.diff(draft(), draft(start=datetime(2026, 12, 2, 10, 0)))
    assert update.body() == {"start_time": "2026-12-02T10:00:00", "timezone": "Europe/Berlin"}


def test_moving_only_the_zone_resends_the_start_in_the_new_zone():
    update = MeetingUpdate.diff(draft(), draft(timezone="America/New_York"))
    assert update.body() == {"start_time": "2026-12-01T09:00:00", "timezone": "America/New_York"}


def test_a_meeting_without_fixed_time_sends_no_start_when_its_zone_moves():
    kind = MeetingType.RECURRING_NO_FIXED_TIME
    old, new = draft(type=kind, start=None), draft(type=kind, start=None, timezone="Asia/Tokyo")
    assert "start_time" not in MeetingUpdate.diff(old, new).body()


def test_a_cleared_start_is_not_sent():
    old = draft()
    new = draft(start=None)
    assert "start_time" not in MeetingUpdate.diff(old, new).body()


def test_fields_that_do_not_apply_to_the_new_type_are_not_sent():
    kind = MeetingType.RECURRING_NO_FIXED_TIME
    rec = Recurrence(RecurrenceType.DAILY, end_times=3)
    old = draft(type=kind, recurrence=rec, duration=45)
    new = draft(type=kind, recurrence=rec, duration=90, start=datetime(2026, 12, 3, 9))
    assert MeetingUpdate.diff(old, new).body() == {}


def test_a_recurring_series_resends_start_and_recurrence_when_either_moves():
    kind = MeetingType.RECURRING_FIXED_TIME
    old = draft(type=kind, recurrence=WEEKLY)
    longer = Recurrence(RecurrenceType.WEEKLY, weekly_days=(3,), end_times=9)
    body = MeetingUpdate.diff(old, draft(type=kind, recurrence=longer)).body()
    assert body["recurrence"] == longer.to_json()
    assert (body["start_time"], body["timezone"]) == ("2026-12-01T09:00:00", "Europe/Berlin")
    later = MeetingUpdate.diff(old, draft(type=kind, recurrence=WEEKLY, duration=60)).body()
    assert later == {"duration": 60}
    moved = draft(type=kind, recurrence=WEEKLY, start=datetime(2026, 12, 8, 9))
    assert MeetingUpdate.diff(old, moved).body()["recurrence"] == WEEKLY.to_json()


def test_a_one_time_meeting_never_sends_a_recurrence_with_its_start():
    body = MeetingUpdate.diff(draft(), draft(start=datetime(2026, 12, 2, 9))).body()
    assert "recurrence" not in body


def test_one_occurrence_sends_only_what_it_may_change_and_its_start_in_utc():
    kind = MeetingType.RECURRING_FIXED_TIME
    old = draft(type=kind, recurrence=WEEKLY, settings={"audio": "both", "waiting_room": False})
    new = draft(
        type=kind,
        recurrence=Recurrence(RecurrenceType.WEEKLY, weekly_days=(4,), end_times=6),
        topic="Not for one",
        start=datetime(2026, 12, 1, 10, 0),
        timezone="Asia/Tokyo",
        tracking_fields=(("Dept", "Sales"),),
        settings={"audio": "voip", "waiting_room": True},
    )
    update = MeetingUpdate.diff(old, new, occurrence=True)
    assert update.problems(occurrence=True) == []
    assert update.body(occurrence=True) == {
        "start_time": "2026-12-01T01:00:00Z",
        "settings": {"waiting_room": True},
    }


def test_a_zone_move_alone_does_not_move_one_occurrence():
    kind = MeetingType.RECURRING_FIXED_TIME
    old = draft(type=kind, recurrence=WEEKLY)
    moved = draft(type=kind, recurrence=WEEKLY, timezone="Asia/Tokyo")
    assert not MeetingUpdate.diff(old, moved, occurrence=True)


def test_tracking_fields_are_sent_only_when_the_draft_edits_them():
    old = draft(tracking_fields=(("Dept", "Sales"),))
    assert not MeetingUpdate.diff(old, draft())  # a form without the rows
    assert not MeetingUpdate.diff(old, draft(tracking_fields=(("Dept", "Sales"),)))
    edited = MeetingUpdate.diff(old, draft(tracking_fields=(("Dept", "Ops"),)))
    assert edited.body() == {"tracking_fields": [{"field": "Dept", "value": "Ops"}]}


def test_settings_are_sent_when_they_differ_and_unknown_ones_pass_through():
    old = draft(settings={"waiting_room": False, "mute_upon_entry": True})
    new = draft(settings={"waiting_room": True, "mute_upon_entry": True, "focus_mode": True})
    assert MeetingUpdate.diff(old, new).settings == {"waiting_room": True, "focus_mode": True}


def test_the_start_in_a_diff_is_aware_in_the_drafts_zone():
    update = MeetingUpdate.diff(draft(), draft(start=datetime(2026, 12, 2, 10, 0)))
    assert isinstance(update.start, datetime)
    assert update.start.astimezone(UTC) == datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.mark.usefixtures("auckland")
def test_one_occurrences_start_goes_in_utc_whatever_the_machines_zone():
    update = MeetingUpdate(start=datetime(2026, 12, 1, 9, 30, tzinfo=BERLIN))
    assert update.body(occurrence=True) == {"start_time": "2026-12-01T08:30:00Z"}


def test_a_start_in_utc_without_a_zone_name_is_sent_as_utc():
    update = MeetingUpdate(start=datetime(2026, 12, 1, 9, tzinfo=UTC))
    assert update.body() == {"start_time": "2026-12-01T09:00:00", "timezone": "UTC"}


def test_a_cleared_start_with_a_new_zone_changes_nothing():
    update = MeetingUpdate.diff(draft(), draft(start=None, timezone="Asia/Tokyo"))
    assert not update and update.given() == []


def test_every_problem_is_reported_not_only_the_first_kind():
    rules = PasscodeRules(required=True, length=8, have_number=True)
    found = problems(
        MeetingUpdate(
            topic=" ",
            password="abc",
            tracking_fields=(),
            settings={"waiting_rom": True, "audio": "loud"},
        ),
        rules=rules,
    )
    assert set(found) == {"topic", "password", "settings.waiting_rom", "settings.audio"}
