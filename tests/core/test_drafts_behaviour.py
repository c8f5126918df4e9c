"""Meeting drafts (09:00 Berlin, 08:00 UTC) as the form, the CLI and bulk import use them: a
valid recurring draft passes, each recurrence rule is checked at its edges, the create body is
exact, and the form helpers (timing, finding a lost create, what changed, one occurrence, a
duplicate) behave as a user expects. Written for the mutants of drafts.py the first mutation
run left alive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.core.local_zone import auckland  # noqa: F401 (a fixture)
from zoomdesk.core import drafts
from zoomdesk.core.drafts import (
    MeetingDraft,
    changed_fields,
    duplicate_draft,
    find_created,
    generate_passcode,
    occurrence_draft,
    system_timezone,
    timing_problems,
)
from zoomdesk.core.host_defaults import PasscodeRules
from zoomdesk.core.models import Meeting, MeetingType, Recurrence, RecurrenceType, zone

DAILY, WEEKLY, MONTHLY = RecurrenceType.DAILY, RecurrenceType.WEEKLY, RecurrenceType.MONTHLY
SERIES = MeetingType.RECURRING_FIXED_TIME


def draft(**kw: object) -> MeetingDraft:
    base: dict[str, object] = {
        "topic": "Budget review",
        "start": datetime(2026, 12, 1, 9, 0),
        "timezone": "Europe/Berlin",
        "duration": 45,
    }
    base.update(kw)
    return MeetingDraft(**base)  # type: ignore[arg-type]


def problems(d: MeetingDraft, rules: PasscodeRules | None = None) -> dict[str, str]:
    return {p.field: p.message for p in d.problems(rules)}


def series(rec: Recurrence) -> dict[str, str]:
    return problems(draft(type=SERIES, recurrence=rec))


# --- a valid draft passes; each rule at its edges -----------------------------------------


@pytest.mark.parametrize(
    "rec",
    [
        Recurrence(DAILY, repeat_interval=1, end_times=1),
        Recurrence(DAILY, repeat_interval=90, end_times=365),
        Recurrence(WEEKLY, repeat_interval=12, weekly_days=(1, 7), end_times=4),
        Recurrence(MONTHLY, repeat_interval=3, monthly_day=1, end_times=4),
        Recurrence(MONTHLY, monthly_day=31, end_times=4),
        Recurrence(MONTHLY, monthly_week=-1, monthly_week_day=1, end_times=4),
        Recurrence(MONTHLY, monthly_week=2, monthly_week_day=3, end_times=4),
        Recurrence(MONTHLY, monthly_week=3, monthly_week_day=3, end_times=4),
        Recurrence(MONTHLY, monthly_week=4, monthly_week_day=7, end_times=4),
        Recurrence(DAILY, end_date_time=datetime(2027, 1, 1, tzinfo=UTC)),
    ],
)
def test_a_valid_recurring_draft_passes(rec):
    assert series(rec) == {}


@pytest.mark.parametrize(
    ("rec", "field", "message"),
    [
        (Recurrence(DAILY, repeat_interval=0), "repeat_interval", "Must be between 1 and 90."),
        (Recurrence(WEEKLY, repeat_interval=13, weekly_days=(2,)), "repeat_interval",
         "Must be between 1 and 12."),
        (Recurrence(MONTHLY, repeat_interval=4, monthly_day=1), "repeat_interval",
         "Must be between 1 and 3."),
        (Recurrence(WEEKLY), "weekly_days", "Choose at least one weekday."),
        (Recurrence(WEEKLY, weekly_days=(0,)), "weekly_days", "Weekdays are 1 (Sun) to 7 (Sat)."),
        (Recurrence(WEEKLY, weekly_days=(2, 8)), "weekly_days", "Weekdays are 1 (Sun) to 7 (Sat)."),
        (Recurrence(MONTHLY, monthly_day=0), "monthly_day", "Day must be 1 to 31."),
        (Recurrence(MONTHLY, monthly_week=0, monthly_week_day=2), "monthly_week",
         "Choose a day or a week and weekday."),
        (Recurrence(MONTHLY, monthly_week=1), "monthly_week",
         "Choose a day or a week and weekday."),
        (Recurrence(MONTHLY, monthly_week=1, monthly_week_day=8), "monthly_week",
         "Choose a day or a week and weekday."),
        (Recurrence(MONTHLY, monthly_week=1, monthly_week_day=0), "monthly_week",
         "Choose a day or a week and weekday."),
        (Recurrence(DAILY, end_times=0), "end_times", "Must be 1 to 365."),
        (Recurrence(DAILY, end_times=2, end_date_time=datetime(2027, 1, 1, tzinfo=UTC)),
         "end_times", "End on a date or after N times, not both."),
    ],
)  # fmt: skip
def test_each_recurrence_rule_is_named_with_its_sentence(rec, field, message):
    assert series(rec) == {f"recurrence.{field}": message}


def test_a_recurrence_is_not_checked_on_a_one_time_meeting():
    assert problems(draft(recurrence=Recurrence(DAILY, repeat_interval=0))) == {}


def test_a_series_without_fixed_time_is_checked_but_needs_no_start():
    kind = MeetingType.RECURRING_NO_FIXED_TIME
    assert problems(draft(type=kind, start=None, duration=None)) == {}
    bad = problems(draft(type=kind, start=None, recurrence=Recurrence(DAILY, repeat_interval=0)))
    assert set(bad) == {"recurrence.repeat_interval"}


def test_a_missing_duration_or_start_is_named_with_a_sentence():
    assert problems(draft(duration=None)) == {"duration": "Duration must be at least 1 minute."}
    assert problems(draft(start=None)) == {"start_time": "Choose a start date and time."}
    assert problems(draft(type=SERIES)) == {"recurrence": "Choose how the meeting repeats."}
    year = problems(draft(start=datetime(1, 1, 1)))["start_time"]
    assert year.startswith("The year must be between") and year.endswith(".")


def test_an_unknown_zone_is_named_and_blank_topic_asks_for_one():
    found = problems(draft(timezone="Mars/Olympus", topic="  "))
    assert found == {"timezone": "Unknown time zone: Mars/Olympus", "topic": "Enter a topic."}


def test_settings_are_checked_by_name_and_value():
    found = problems(draft(settings={"waiting_rom": True, "audio": "loud", "mute_upon_entry": 1}))
    assert "waiting_room" in found["settings.waiting_rom"]
    assert found["settings.audio"].startswith("Must be one of")
    assert found["settings.mute_upon_entry"] == "Must be true or false."
    assert problems(draft(settings={"audio": "voip", "waiting_room": True})) == {}


def test_the_hosts_passcode_rules_apply_unless_the_passcode_is_already_refused():
    rules = PasscodeRules(required=True, length=8, have_number=True)
    assert set(problems(draft(password=""), rules)) == {"password"}
    assert problems(draft(password="abcdefg1"), rules) == {}
    both = problems(draft(topic=" ", password="abc"), rules)
    assert set(both) == {"topic", "password"}
    assert problems(draft(password="a b"), rules) == {
        "password": "Only letters, digits and @ - _ * are allowed."
    }


# --- the create body -----------------------------------------------------------------------


def test_the_create_body_is_exactly_what_zoom_expects():
    rec = Recurrence(WEEKLY, weekly_days=(2,), end_times=3)
    d = draft(
        type=SERIES,
        agenda="Numbers",
        password="abc123",
        recurrence=rec,
        settings={"waiting_room": True, "focus_mode": True},
        tracking_fields=(("Dept", "Sales"),),
    )
    assert d.create_body() == {
        "topic": "Budget review",
        "type": 8,
        "timezone": "Europe/Berlin",
        "agenda": "Numbers",
        "password": "abc123",
        "start_time": "2026-12-01T09:00:00",
        "duration": 45,
        "recurrence": rec.to_json(),
        "settings": {"waiting_room": True, "focus_mode": True},
        "tracking_fields": [{"field": "Dept", "value": "Sales"}],
    }


def test_a_minimal_create_body_leaves_out_what_is_empty():
    assert draft().create_body() == {
        "topic": "Budget review",
        "type": 2,
        "timezone": "Europe/Berlin",
        "start_time": "2026-12-01T09:00:00",
        "duration": 45,
    }


def test_a_series_without_fixed_time_sends_no_start_and_a_one_time_no_recurrence():
    kind = MeetingType.RECURRING_NO_FIXED_TIME
    rec = Recurrence(DAILY, end_times=3)
    body = draft(type=kind, recurrence=rec).create_body()
    assert "start_time" not in body and "duration" not in body and "recurrence" in body
    assert "recurrence" not in draft(recurrence=rec).create_body()


def test_a_setting_that_only_a_series_takes_is_left_out_of_a_one_time_create():
    one_time = draft(settings={"registration_type": 2, "approval_type": 0}).create_body()
    assert one_time["settings"] == {"approval_type": 0}
    only_that = draft(settings={"registration_type": 2}).create_body()
    assert "settings" not in only_that


@pytest.mark.usefixtures("auckland")
def test_the_utc_start_is_in_utc_whatever_the_machines_zone():
    assert draft().start_utc().isoformat() == "2026-12-01T08:00:00+00:00"  # type: ignore[union-attr]


def test_times_without_a_start_or_zone_are_none():
    assert draft(start=None).start_time_field() is None
    assert draft(start=None).start_utc() is None
    assert draft(timezone="Mars/Olympus").start_utc() is None
    assert draft(timezone="Mars/Olympus").start_aware() is None
    assert draft(start=None).start_aware() is None
    assert draft().start_aware() == datetime(2026, 12, 1, 8, tzinfo=UTC)


# --- a meeting from Zoom as a draft ---------------------------------------------------------


def zoom_meeting(**kw: object) -> Meeting:
    data: dict[str, object] = {
        "id": 81234567890,
        "uuid": "u",
        "host_id": "h",
        "topic": "Weekly sync",
        "type": 8,
        "start_time": "2026-12-01T08:00:30Z",
        "timezone": "Europe/Berlin",
        "duration": 30,
        "recurrence": {"type": 1, "repeat_interval": 1, "end_times": 3},
        "occurrences": [
            {"occurrence_id": "1764576000000", "start_time": "2026-12-01T08:00:00Z",
             "duration": 30, "status": "available"},
            {"occurrence_id": "1764662400000", "start_time": "2026-12-02T09:00:00Z",
             "duration": 50, "status": "available"},
            {"occurrence_id": "1764748800000", "start_time": "2026-12-03T08:00:00Z",
             "duration": 0, "status": "available"},
        ],
        "settings": {"waiting_room": True, "not_in_schema": 1},
        "tracking_fields": [{"field": "Dept", "value": "Sales"}, "junk"],
    }  # fmt: skip
    data.update(kw)
    return Meeting.from_json(data)


def test_a_meeting_becomes_a_draft_in_its_own_zone_and_minute():
    d = MeetingDraft.from_meeting(zoom_meeting())
    assert d.start == datetime(2026, 12, 1, 9, 0)
    assert d.settings == {"waiting_room": True}
    assert d.tracking_fields == (("Dept", "Sales"),)
    assert MeetingDraft.from_meeting(zoom_meeting(timezone="")).timezone == "UTC"
    assert MeetingDraft.from_meeting(zoom_meeting(start_time=None)).start is None


def test_a_meeting_keeps_its_type_agenda_passcode_and_recurrence_as_a_draft():
    d = MeetingDraft.from_meeting(zoom_meeting(agenda="Numbers", password="abc123"))
    assert (d.type, d.agenda, d.password) == (SERIES, "Numbers", "abc123")
    assert d.recurrence == Recurrence(DAILY, end_times=3)
    assert d.duration == 30 and d.topic == "Weekly sync"


def test_a_start_with_fractions_of_a_second_is_shown_to_the_minute():
    meeting = zoom_meeting(start_time="2026-12-01T08:00:30.250Z")
    assert MeetingDraft.from_meeting(meeting).start == datetime(2026, 12, 1, 9, 0)
    assert occurrence_draft(meeting, "nope").start == datetime(2026, 12, 1, 9, 0)


def test_a_tracking_field_missing_its_name_or_value_reads_as_empty():
    meeting = zoom_meeting(tracking_fields=[{"value": "Sales"}, {"field": "Dept"}])
    assert MeetingDraft.from_meeting(meeting).tracking_fields == (("", "Sales"), ("Dept", ""))


def test_one_occurrence_takes_its_own_start_and_duration():
    meeting = zoom_meeting()
    second = occurrence_draft(meeting, "1764662400000")
    assert (second.start, second.duration) == (datetime(2026, 12, 2, 10, 0), 50)
    # an occurrence without its own duration keeps the series'; an unknown one is the series
    third = occurrence_draft(meeting, "1764748800000")
    assert (third.start, third.duration) == (datetime(2026, 12, 3, 9, 0), 30)
    unknown = occurrence_draft(meeting, "nope")
    assert (unknown.start, unknown.duration) == (datetime(2026, 12, 1, 9, 0), 30)


def test_one_occurrence_of_a_meeting_in_an_unknown_zone_is_shown_in_utc():
    d = occurrence_draft(zoom_meeting(timezone="Mars/Olympus"), "1764662400000")
    assert d.start == datetime(2026, 12, 2, 9, 0)


# --- form helpers --------------------------------------------------------------------------


NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


def test_a_start_already_passed_is_named_unless_not_checked():
    past = draft(start=datetime(2026, 12, 1, 8, 59))
    assert [(p.field, p.message) for p in timing_problems(past, NOW)] == [
        ("start_time", "This time has already passed; choose a later one.")
    ]
    assert timing_problems(past, NOW, check_start=False) == []
    assert timing_problems(draft(start=datetime(2026, 12, 1, 9, 0)), NOW) == []
    kind = MeetingType.RECURRING_NO_FIXED_TIME
    assert timing_problems(draft(type=kind, start=datetime(2020, 1, 1)), NOW) == []


def test_a_series_that_ends_before_it_starts_is_named():
    def ending(at: datetime) -> list[tuple[str, str]]:
        rec = Recurrence(DAILY, end_date_time=at)
        found = timing_problems(draft(type=SERIES, recurrence=rec), NOW)
        return [(p.field, p.message) for p in found]

    assert ending(datetime(2026, 12, 1, 7, 59, tzinfo=UTC)) == [
        ("recurrence.end_date_time", "The series ends before it starts.")
    ]
    assert ending(datetime(2026, 12, 1, 8, 0, tzinfo=UTC)) == []
    no_end = draft(type=SERIES, recurrence=Recurrence(DAILY, end_times=3))
    assert timing_problems(no_end, NOW) == []


def listed(topic: str, kind: int, start: str | None, created: str | None) -> Meeting:
    data: dict[str, object] = {"id": 1, "topic": topic, "type": kind, "timezone": "UTC"}
    if start:
        data["start_time"] = start
    if created:
        data["created_at"] = created
    return Meeting.from_json(data)


def test_a_lost_create_is_matched_on_topic_type_time_and_creation():
    since = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    d = draft()  # 08:00 UTC
    right = listed(" Budget review ", 2, "2026-12-01T08:00:40.5Z", "2026-11-01T12:00:00Z")
    assert find_created([right], d, since) is right
    assert find_created([listed("Budget review", 2, "2026-12-01T08:00:00Z", None)], d, since)
    misses = [
        listed("Other", 2, "2026-12-01T08:00:00Z", None),
        listed("Budget review", 8, "2026-12-01T08:00:00Z", None),
        listed("Budget review", 2, "2026-12-01T08:01:00Z", None),
        listed("Budget review", 2, None, None),
        listed("Budget review", 2, "2026-12-01T08:00:00Z", "2026-11-01T11:59:59Z"),
    ]
    assert find_created(misses, d, since) is None
    assert find_created([*misses, right], d, since) is right


def test_a_lost_series_is_matched_without_its_start():
    since = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    d = draft(type=SERIES, recurrence=Recurrence(DAILY, end_times=3))
    found = listed("Budget review", 8, "2026-12-05T10:00:00Z", None)
    assert find_created([found], d, since) is found
    assert find_created([found], draft(start=None), since) is None


def test_what_changed_includes_the_fields_shown_with_it():
    base = draft(settings={"join_before_host": False})
    assert changed_fields(base, base) == set()
    assert changed_fields(base, draft(topic="x", settings={"join_before_host": False})) == {"topic"}
    assert changed_fields(draft(), draft(type=SERIES)) == {"type", "recurrence"}
    assert changed_fields(draft(), draft(timezone="Asia/Tokyo")) == {"timezone", "start_time"}
    joined = changed_fields(base, draft(settings={"join_before_host": True}))
    assert joined == {"settings.join_before_host", "settings.jbh_time"}
    assert changed_fields(draft(settings={"audio": "voip"}), draft()) == {"settings.audio"}


def test_a_duplicate_moves_to_the_next_day_its_time_is_still_ahead():
    d = draft(start=datetime(2026, 12, 1, 9, 0), password="abc123")
    later_today = duplicate_draft(d, datetime(2026, 12, 5, 8, 0))
    assert later_today.start == datetime(2026, 12, 5, 9, 0)
    tomorrow = duplicate_draft(d, datetime(2026, 12, 5, 10, 0))
    assert tomorrow.start == datetime(2026, 12, 6, 9, 0)
    assert duplicate_draft(d, datetime(2026, 12, 1, 9, 0)).start == datetime(2026, 12, 1, 9, 0)
    same_time = duplicate_draft(d, datetime(2026, 12, 5, 9, 0))
    assert same_time.start == datetime(2026, 12, 5, 9, 0)
    ahead = duplicate_draft(d, datetime(2026, 11, 1, 10, 0))
    assert ahead.start == datetime(2026, 12, 1, 9, 0)
    assert ahead.password and ahead.password != "abc123"
    assert duplicate_draft(draft(), datetime(2026, 12, 5)).password == ""
    assert duplicate_draft(draft(start=None), datetime(2026, 12, 5)).start is None


def test_a_generated_passcode_has_a_letter_and_a_digit_and_the_length_asked():
    for length in (9, 10):
        code = generate_passcode(length)
        assert len(code) == length
        assert any(c.isalpha() for c in code) and any(c.isdigit() for c in code)
    assert len(generate_passcode()) == len(generate_passcode(6)) == 8  # Zoom's shortest default
    assert drafts.PASSCODE_MAX == 10


def test_now_is_aware_utc():
    now = drafts.now_utc()
    assert now.tzinfo is UTC and abs(now - datetime.now(UTC)) < timedelta(minutes=1)


def test_the_system_zone_comes_from_tz_then_the_system_then_utc(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("TZ", ":Pacific/Auckland")
    assert system_timezone() == "Pacific/Auckland"
    monkeypatch.setenv("TZ", "Mars/Olympus")
    system = system_timezone()
    assert system != "Mars/Olympus" and zone(system) is not None
    monkeypatch.delenv("TZ")
    assert system_timezone() == system  # the machine's own zone, or UTC
