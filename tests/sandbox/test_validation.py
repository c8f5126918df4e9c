"""Create and update bodies are checked like Zoom checks them: code 300, with dotted field names."""

from __future__ import annotations

import pytest

INVALID = [
    ({"topic": "t" * 201}, "topic"),
    ({"topic": 5}, "topic"),
    ({"agenda": "a" * 2001}, "agenda"),
    ({"password": "elevenchars"}, "password"),
    ({"password": "no spaces"}, "password"),
    ({"password": "pass!"}, "password"),
    ({"type": 5}, "type"),
    ({"type": "2"}, "type"),
    ({"duration": -1}, "duration"),
    ({"duration": "30"}, "duration"),
    ({"duration": 1.5}, "duration"),
    ({"duration": True}, "duration"),
    ({"start_time": "2027-02-01 09:30"}, "start_time"),
    ({"start_time": "2027-02-30T09:00:00"}, "start_time"),
    ({"start_time": "2027-02-01T09:30:00+01:00"}, "start_time"),
    ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
    ({"timezone": ""}, "timezone"),
    ({"schedule_for": 7}, "schedule_for"),
    ({"tracking_fields": [{"value": "x"}]}, "tracking_fields[0].field"),
    ({"settings": []}, "settings"),
    ({"settings": {"jbh_time": 7}}, "settings.jbh_time"),
    ({"settings": {"auto_recording": "dropbox"}}, "settings.auto_recording"),
    ({"settings": {"approval_type": 3}}, "settings.approval_type"),
    ({"settings": {"audio": "pstn"}}, "settings.audio"),
    ({"settings": {"host_video": "yes"}}, "settings.host_video"),
    ({"settings": {"alternative_hosts": ["a@example.com"]}}, "settings.alternative_hosts"),
    ({"type": 8}, "recurrence"),
    ({"type": 8, "recurrence": "daily"}, "recurrence"),
    ({"type": 8, "recurrence": {"end_times": 2}}, "recurrence.type"),
    ({"type": 8, "recurrence": {"type": 4}}, "recurrence.type"),
    ({"type": 8, "recurrence": {"type": 1, "repeat_interval": 91}}, "recurrence.repeat_interval"),
    ({"type": 8, "recurrence": {"type": 2, "repeat_interval": 13, "weekly_days": "2"}},
     "recurrence.repeat_interval"),
    ({"type": 8, "recurrence": {"type": 3, "repeat_interval": 4}}, "recurrence.repeat_interval"),
    ({"type": 8, "recurrence": {"type": 1, "repeat_interval": 0}}, "recurrence.repeat_interval"),
    ({"type": 8, "recurrence": {"type": 2}}, "recurrence.weekly_days"),
    ({"type": 8, "recurrence": {"type": 2, "weekly_days": "8"}}, "recurrence.weekly_days"),
    ({"type": 8, "recurrence": {"type": 2, "weekly_days": "1;3"}}, "recurrence.weekly_days"),
    ({"type": 8, "recurrence": {"type": 3, "monthly_day": 32}}, "recurrence.monthly_day"),
    ({"type": 8, "recurrence": {"type": 3, "monthly_week": 5, "monthly_week_day": 2}},
     "recurrence.monthly_week"),
    ({"type": 8, "recurrence": {"type": 3, "monthly_week": 1, "monthly_week_day": 0}},
     "recurrence.monthly_week_day"),
    ({"type": 8, "recurrence": {"type": 3, "monthly_week": 1}}, "recurrence.monthly_week_day"),
    ({"type": 8, "recurrence": {"type": 1, "end_times": 366}}, "recurrence.end_times"),
    ({"type": 8, "recurrence": {"type": 1, "end_times": 0}}, "recurrence.end_times"),
    ({"type": 8, "recurrence": {"type": 1, "end_date_time": "next week"}},
     "recurrence.end_date_time"),
    ({"type": 8, "recurrence": {"type": 1, "end_times": 2,
                                "end_date_time": "2027-06-01T00:00:00Z"}},
     "recurrence.end_date_time"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "field"), INVALID, ids=[f for _, f in INVALID])
def test_an_invalid_field_is_named_in_a_code_300_validation_error(api, body, field):
    response = api.post("/users/me/meetings", json=body)
    assert response.status_code == 400, response.text
    answer = response.json()
    assert answer["code"] == 300 and answer["message"] == "Validation Failed."
    assert field in {e["field"] for e in answer["errors"]}
    assert all(e["message"] for e in answer["errors"])


def test_every_problem_is_reported_at_once(api):
    body = {"topic": "t" * 201, "password": "x" * 11, "settings": {"jbh_time": 7, "audio": "x"}}
    fields = {e["field"] for e in api.post("/users/me/meetings", json=body).json()["errors"]}
    assert fields == {"topic", "password", "settings.jbh_time", "settings.audio"}


def test_updates_are_validated_like_creates(api):
    meeting = api.post("/users/me/meetings", json={"topic": "One-off"}).json()
    url = f"/meetings/{meeting['id']}"
    response = api.patch(url, json={"settings": {"jbh_time": 7}})
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "settings.jbh_time", "message": "Must be one of: 0, 5, 10."}
    ]
    becoming_recurring = api.patch(url, json={"type": 8}).json()
    assert [e["field"] for e in becoming_recurring["errors"]] == ["recurrence"]


def test_a_refused_body_changes_nothing(sandbox, api):
    before = len(sandbox.state.meetings)
    api.post("/users/me/meetings", json={"topic": "t" * 201})
    assert len(sandbox.state.meetings) == before


@pytest.mark.parametrize(
    "body",
    [
        {"topic": "t" * 200, "agenda": "a" * 2000, "password": "@-_*Ab1234"},
        {"password": ""},
        {"duration": 0},
        {"timezone": "UTC", "start_time": "2027-12-31T23:59:59"},
        {"settings": {"jbh_time": 10, "approval_type": 0, "audio": "voip",
                      "auto_recording": "local"}},
        {"type": 8, "recurrence": {"type": 1, "repeat_interval": 90, "end_times": 365}},
        {"type": 8, "recurrence": {"type": 2, "repeat_interval": 12, "weekly_days": "1,3,7"}},
        {"type": 8, "recurrence": {"type": 3, "repeat_interval": 3, "monthly_day": 31}},
        {"type": 8, "recurrence": {"type": 3, "monthly_week": -1, "monthly_week_day": 6,
                                   "end_date_time": "2027-12-31T00:00:00Z"}},
        {"settings": {"continuous_meeting_chat": {"enable": True}}},  # newer than the spec: kept
    ],
    ids=["maximum lengths", "no passcode", "zero duration", "UTC zone", "enum edges",
         "daily max", "weekly max", "monthly max", "last friday until a date", "newer setting"],
)  # fmt: skip
def test_values_at_the_documented_limits_are_accepted(api, body):
    response = api.post("/users/me/meetings", json=body)
    assert response.status_code == 201, response.text
