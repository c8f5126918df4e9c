"""Zoom's invitation text (GET /meetings/{meetingId}/invitation), marked as not real Zoom."""

from __future__ import annotations

from typing import Any

from zoomdesk.sandbox.invitation import SANDBOX_MARK, spaced_id

INVITATION = "/meetings/{meetingId}/invitation"


def invitation_of(api: Any, meeting_id: int) -> str:
    response = api.get(f"/meetings/{meeting_id}/invitation")
    assert response.status_code == 200, response.text
    text: str = response.json()["invitation"]
    return text


def test_the_invitation_matches_zoom_schema_and_says_it_is_not_real_zoom(api, openapi):
    body = {"topic": "Budget", "type": 2, "start_time": "2027-04-01T10:00:00",
            "timezone": "Europe/Berlin", "password": "abc123"}  # fmt: skip
    meeting = api.post("/users/me/meetings", json=body).json()
    response = api.get(f"/meetings/{meeting['id']}/invitation")
    openapi.validate_response("GET", INVITATION, 200, response.json())
    lines = response.json()["invitation"].split("\r\n")
    assert lines[0] == lines[-2] == SANDBOX_MARK and "NOT real Zoom" in SANDBOX_MARK
    assert "Avery Chen is inviting you to a scheduled Zoom meeting." in lines
    assert "Topic: Budget" in lines
    assert "Time: Apr 01, 2027 10:00 AM Europe/Berlin" in lines
    assert meeting["join_url"] in lines
    assert f"Meeting ID: {spaced_id(meeting['id'])}" in lines and "Passcode: abc123" in lines
    assert response.json()["sip_links"] == [f"{meeting['id']}@zoomcrc.sandbox.invalid"]


def test_the_invitation_has_one_tap_mobile_and_dial_in_lines_with_the_phone_passcode(api):
    meeting = api.post("/users/me/meetings", json={"topic": "Phone", "password": "abc123"}).json()
    text = invitation_of(api, meeting["id"])
    phone_code = meeting["pstn_password"]
    assert phone_code.isdigit()
    assert f"+15550100100,,{meeting['id']}#,,,,*{phone_code}# US" in text
    assert "Dial by your location" in text and "+1 555 010 0100 US" in text
    assert f"Passcode: {phone_code}" in text


def test_a_registration_meeting_invites_to_register_not_to_join(sandbox, api):
    meeting = next(
        m for m in sandbox.state.meetings.values() if m["settings"]["approval_type"] == 1
    )
    text = invitation_of(api, meeting["id"])
    assert f"{sandbox.url}/meeting/register/{meeting['id']}" in text
    assert "Join Zoom Meeting" not in text


def test_a_recurring_invitation_names_the_pattern_and_every_occurrence(api):
    weekly = {"type": 2, "repeat_interval": 1, "weekly_days": "2,4", "end_times": 4}
    body = {"topic": "Stand-up", "type": 8, "start_time": "2027-04-05T09:00:00",
            "timezone": "Europe/London", "duration": 15, "recurrence": weekly}  # fmt: skip
    meeting = api.post("/users/me/meetings", json=body).json()
    text = invitation_of(api, meeting["id"])
    assert "Every week on Mon, Wed, 4 occurrence(s)" in text
    for day in ("Apr 05, 2027 09:00 AM", "Apr 07, 2027 09:00 AM", "Apr 12, 2027 09:00 AM"):
        assert day in text


def test_a_no_fixed_time_invitation_says_meet_anytime(api):
    meeting = api.post("/users/me/meetings", json={"topic": "Office", "type": 3}).json()
    assert "Time: This is a recurring meeting Meet anytime" in invitation_of(api, meeting["id"])


def test_the_invitation_of_an_unknown_meeting_is_404_code_3001(api):
    response = api.get("/meetings/12345678901/invitation")
    assert response.status_code == 404 and response.json()["code"] == 3001


def test_meeting_ids_are_grouped_as_zoom_prints_them():
    assert spaced_id(55544443210) == "555 4444 3210"
    assert spaced_id(1234567890) == "123 456 7890"
    assert spaced_id(123456789) == "123 456 789"
