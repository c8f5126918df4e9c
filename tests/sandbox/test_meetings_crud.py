"""Create (201), get, update (204) and delete (204) of meetings and single occurrences."""

from __future__ import annotations

import re

import pytest

from zoomdesk.sandbox.timeutil import from_iso_z, iso_z

from .support import api_client, owner_of

CREATE = "/users/{userId}/meetings"
GET = "/meetings/{meetingId}"


def create(api, body, user="me"):
    response = api.post(f"/users/{user}/meetings", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def weekly_series(api, **extra):
    """Mondays at 10:00 New York time, across the end of daylight saving time (7 Nov 2027)."""
    body = {
        "topic": "Planning",
        "type": 8,
        "start_time": "2027-10-25T10:00:00",
        "timezone": "America/New_York",
        "duration": 30,
        "recurrence": {"type": 2, "weekly_days": "2", "end_times": 3},
        **extra,
    }
    return create(api, body)


def test_create_answers_201_with_a_full_meeting_that_matches_zoom_schema(sandbox, api, openapi):
    body = {
        "topic": "Board call",
        "type": 2,
        "start_time": "2027-04-01T09:30:00",
        "timezone": "Asia/Tokyo",
        "duration": 40,
        "password": "abc123",
        "agenda": "Numbers",
    }
    openapi.validate_request_body("POST", CREATE, body)
    meeting = create(api, body)
    openapi.validate_response("POST", CREATE, 201, meeting)
    owner = owner_of(sandbox)
    assert isinstance(meeting["id"], int) and meeting["id"] > 2**32
    assert len(str(meeting["id"])) == 11
    assert re.fullmatch(r"[A-Za-z0-9+/]{22}==", meeting["uuid"])
    assert (meeting["host_id"], meeting["host_email"]) == (owner["id"], owner["email"])
    assert meeting["start_time"] == "2027-04-01T00:30:00Z"  # 09:30 in Tokyo
    assert (meeting["timezone"], meeting["duration"]) == ("Asia/Tokyo", 40)
    assert meeting["agenda"] == "Numbers"
    assert meeting["status"] == "waiting" and meeting["pre_schedule"] is False
    assert meeting["created_at"] == iso_z(sandbox.state.now())
    assert meeting["password"] == "abc123" and meeting["h323_password"].isdigit()
    join = f"{sandbox.url}/j/{meeting['id']}?pwd={meeting['encrypted_password']}"
    assert meeting["join_url"] == join
    assert meeting["start_url"].startswith(f"{sandbox.url}/s/{meeting['id']}?zak=")
    settings = meeting["settings"]
    assert settings["host_video"] is False and settings["participant_video"] is False
    assert settings["join_before_host"] is False and settings["jbh_time"] == 0
    assert settings["waiting_room"] is False and settings["mute_upon_entry"] is False
    assert settings["approval_type"] == 2 and settings["audio"] == "both"
    assert settings["auto_recording"] == "none"
    assert settings["alternative_hosts"] == "" and settings["email_notification"] is True
    fetched = api.get(f"/meetings/{meeting['id']}").json()
    openapi.validate_response("GET", GET, 200, fetched)
    assert fetched["topic"] == "Board call" and fetched["uuid"] == meeting["uuid"]


def test_a_local_start_time_without_timezone_is_in_the_hosts_timezone(sandbox, api):
    meeting = create(api, {"topic": "Summer", "start_time": "2027-07-01T09:00:00"})
    assert meeting["timezone"] == "America/New_York"
    assert meeting["start_time"] == "2027-07-01T13:00:00Z"  # EDT is UTC-4


def test_a_utc_start_time_is_kept_and_the_timezone_only_labels_it(api):
    body = {"topic": "UTC", "start_time": "2027-04-01T09:30:00Z", "timezone": "Europe/Paris"}
    meeting = create(api, body)
    assert (meeting["start_time"], meeting["timezone"]) == ("2027-04-01T09:30:00Z", "Europe/Paris")


def test_omitted_fields_get_zoom_defaults_and_a_generated_passcode(sandbox, api, openapi):
    meeting = create(api, {})
    openapi.validate_response("POST", CREATE, 201, meeting)
    assert meeting["topic"] == "Avery Chen's Zoom Meeting" and meeting["type"] == 2
    assert meeting["start_time"] == iso_z(sandbox.state.now()) and meeting["duration"] == 60
    assert re.fullmatch(r"[A-Za-z0-9]{6}", meeting["password"])


def test_a_fixed_time_series_gets_occurrences_that_keep_local_time_across_dst(api, openapi):
    meeting = weekly_series(api)
    openapi.validate_response("POST", CREATE, 201, meeting)
    starts = [o["start_time"] for o in meeting["occurrences"]]
    assert starts == ["2027-10-25T14:00:00Z", "2027-11-01T14:00:00Z", "2027-11-08T15:00:00Z"]
    for occurrence in meeting["occurrences"]:
        assert occurrence["status"] == "available" and occurrence["duration"] == 30
        epoch_ms = int(from_iso_z(occurrence["start_time"]).timestamp()) * 1000
        assert occurrence["occurrence_id"] == str(epoch_ms)
    assert meeting["recurrence"] == {"type": 2, "weekly_days": "2", "end_times": 3}
    assert meeting["settings"]["registration_type"] == 1


def test_a_no_fixed_time_series_has_no_occurrences_or_start_time(api, openapi):
    meeting = create(api, {"topic": "Anytime", "type": 3, "recurrence": {"type": 1}})
    openapi.validate_response("POST", CREATE, 201, meeting)
    assert "occurrences" not in meeting and "start_time" not in meeting
    assert meeting["recurrence"] == {"type": 1}


def test_schedule_for_makes_another_user_the_host(sandbox, api):
    meeting = create(api, {"topic": "For Bruno", "schedule_for": "bruno.silva@example.com"})
    bruno = sandbox.state.find_user("bruno.silva@example.com")
    assert bruno is not None
    assert meeting["host_id"] == bruno["id"] and meeting["assistant_id"] == owner_of(sandbox)["id"]
    listed = api.get("/users/bruno.silva@example.com/meetings").json()["meetings"]
    assert meeting["id"] in {m["id"] for m in listed}


def test_schedule_for_an_unknown_user_or_an_instant_meeting_is_refused(api):
    unknown = api.post("/users/me/meetings", json={"schedule_for": "ghost@example.com"})
    assert unknown.status_code == 400 and unknown.json()["code"] == 300
    assert "schedule_for" in unknown.json()["message"]
    instant = api.post(
        "/users/me/meetings", json={"type": 1, "schedule_for": "bruno.silva@example.com"}
    )
    assert instant.status_code == 400 and instant.json()["code"] == 3000


def test_creating_for_an_unknown_user_is_404_code_1001(api):
    response = api.post("/users/ghost@example.com/meetings", json={"topic": "x"})
    assert response.status_code == 404 and response.json()["code"] == 1001


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"", b'"text"'])
def test_a_body_that_is_not_a_json_object_is_code_300(sandbox, api, body):
    meeting_id = next(iter(sandbox.state.meetings))
    for method, path in (("POST", "/users/me/meetings"), ("PATCH", f"/meetings/{meeting_id}")):
        response = api.request(method, path, content=body)
        assert response.status_code == 400
        assert response.json() == {
            "code": 300,
            "message": "Request Body should be a valid JSON object.",
        }


def test_get_shows_upcoming_occurrences_or_all_with_show_previous_occurrences(
    sandbox, api, clock, openapi
):
    series = weekly_series(api)
    clock.now = from_iso_z("2027-10-26T00:00:00Z").timestamp()  # after the first Monday
    with api_client(sandbox) as later:
        upcoming = later.get(f"/meetings/{series['id']}").json()
        everything = later.get(
            f"/meetings/{series['id']}", params={"show_previous_occurrences": "true"}
        ).json()
    openapi.validate_response("GET", GET, 200, upcoming)
    assert [o["start_time"] for o in upcoming["occurrences"]] == [
        "2027-11-01T14:00:00Z",
        "2027-11-08T15:00:00Z",
    ]
    assert upcoming["start_time"] == "2027-11-01T14:00:00Z"
    assert len(everything["occurrences"]) == 3


def test_get_with_occurrence_id_shows_that_occurrence(api, openapi):
    series = weekly_series(api)
    second = series["occurrences"][1]
    response = api.get(
        f"/meetings/{series['id']}", params={"occurrence_id": second["occurrence_id"]}
    )
    assert response.status_code == 200
    openapi.validate_response("GET", GET, 200, response.json())
    assert response.json()["start_time"] == second["start_time"]


def test_patch_merges_only_the_fields_sent_and_answers_204_without_a_body(sandbox, api, openapi):
    meeting = create(
        api, {"topic": "Before", "agenda": "Keep me", "settings": {"host_video": True}}
    )
    patch = {"topic": "After", "settings": {"waiting_room": True, "jbh_time": 5}}
    openapi.validate_request_body("PATCH", GET, patch)
    response = api.patch(f"/meetings/{meeting['id']}", json=patch)
    assert response.status_code == 204 and response.content == b""
    openapi.validate_response("PATCH", GET, 204, response.content)
    after = api.get(f"/meetings/{meeting['id']}").json()
    assert (after["topic"], after["agenda"]) == ("After", "Keep me")
    assert after["settings"]["host_video"] is True  # untouched settings stay
    assert after["settings"]["waiting_room"] is True and after["settings"]["jbh_time"] == 5


def test_patching_start_time_timezone_and_password_recomputes_what_depends_on_them(api):
    meeting = create(api, {"topic": "Move me", "start_time": "2027-04-01T10:00:00Z"})
    changes = {"start_time": "2027-04-02T10:00:00", "timezone": "Europe/Berlin", "password": "9876"}
    assert api.patch(f"/meetings/{meeting['id']}", json=changes).status_code == 204
    after = api.get(f"/meetings/{meeting['id']}").json()
    assert after["start_time"] == "2027-04-02T08:00:00Z"  # CEST is UTC+2
    assert after["password"] == after["h323_password"] == "9876"
    assert after["join_url"] != meeting["join_url"]


def test_a_recurrence_change_needs_a_future_start_time_as_zoom_documents(api):
    series = weekly_series(api)
    daily = {"type": 1, "end_times": 2}
    assert api.patch(f"/meetings/{series['id']}", json={"recurrence": daily}).status_code == 204
    unchanged = api.get(f"/meetings/{series['id']}").json()
    assert unchanged["recurrence"]["type"] == 2 and len(unchanged["occurrences"]) == 3
    body = {"recurrence": daily, "start_time": "2027-12-01T09:00:00"}
    assert api.patch(f"/meetings/{series['id']}", json=body).status_code == 204
    changed = api.get(f"/meetings/{series['id']}").json()
    assert [o["start_time"] for o in changed["occurrences"]] == [
        "2027-12-01T14:00:00Z",
        "2027-12-02T14:00:00Z",
    ]


def test_patch_with_occurrence_id_changes_only_that_occurrence(api):
    series = weekly_series(api)
    first, second = (o["occurrence_id"] for o in series["occurrences"][:2])
    body = {"duration": 90, "agenda": "Just this once", "settings": {"waiting_room": True}}
    url = f"/meetings/{series['id']}"
    response = api.patch(url, params={"occurrence_id": first}, json=body)
    assert response.status_code == 204
    one = api.get(url, params={"occurrence_id": first}).json()
    assert one["duration"] == 90 and one["agenda"] == "Just this once"
    assert one["settings"]["waiting_room"] is True
    other = api.get(url, params={"occurrence_id": second}).json()
    assert other["duration"] == 30 and other["agenda"] == ""
    assert other["settings"]["waiting_room"] is False
    moved = {"start_time": "2027-10-26T11:00:00"}
    assert api.patch(url, params={"occurrence_id": first}, json=moved).status_code == 204
    assert (
        api.get(url, params={"occurrence_id": first}).json()["start_time"] == "2027-10-26T15:00:00Z"
    )


def test_patch_with_occurrence_id_refuses_fields_of_the_whole_series(api):
    series = weekly_series(api)
    occurrence = series["occurrences"][0]["occurrence_id"]
    body = {"topic": "No", "settings": {"audio": "voip", "host_video": True}}
    response = api.patch(
        f"/meetings/{series['id']}", params={"occurrence_id": occurrence}, json=body
    )
    assert response.status_code == 400 and response.json()["code"] == 300
    assert {e["field"] for e in response.json()["errors"]} == {"topic", "settings.audio"}


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_an_unknown_occurrence_id_is_400_code_3000(api, method):
    series = weekly_series(api)
    response = api.request(
        method,
        f"/meetings/{series['id']}",
        params={"occurrence_id": "1234567890000"},
        json={"duration": 5} if method == "PATCH" else None,
    )
    assert response.status_code == 400
    assert response.json() == {"code": 3000, "message": "Invalid occurrence_id."}


def test_delete_answers_204_and_the_meeting_is_then_3001(sandbox, api):
    meeting = create(api, {"topic": "Short-lived"})
    response = api.delete(f"/meetings/{meeting['id']}")
    assert response.status_code == 204 and response.content == b""
    assert meeting["id"] not in sandbox.state.meetings
    for method in ("GET", "PATCH", "DELETE"):
        gone = api.request(
            method, f"/meetings/{meeting['id']}", json={} if method == "PATCH" else None
        )
        assert gone.status_code == 404
        assert gone.json() == {
            "code": 3001,
            "message": f"Meeting {meeting['id']} is not found or has expired.",
        }


def test_delete_with_occurrence_id_removes_only_that_occurrence(api):
    series = weekly_series(api)
    first, second, third = (o["occurrence_id"] for o in series["occurrences"])
    url = f"/meetings/{series['id']}"
    assert api.delete(url, params={"occurrence_id": second}).status_code == 204
    remaining = [o["occurrence_id"] for o in api.get(url).json()["occurrences"]]
    assert remaining == [first, third]
    again = api.delete(url, params={"occurrence_id": second})
    assert again.status_code == 400 and again.json()["code"] == 3000


@pytest.mark.parametrize("meeting_id", ["12345678901", "abc", "-5", "1e10"])
def test_unknown_or_non_numeric_meeting_ids_are_404_code_3001(api, meeting_id):
    response = api.get(f"/meetings/{meeting_id}")
    assert response.status_code == 404 and response.json()["code"] == 3001


def test_a_meeting_in_progress_cannot_be_updated_or_deleted(sandbox, api):
    live = next(m for m in sandbox.state.meetings.values() if m["status"] == "started")
    patched = api.patch(f"/meetings/{live['id']}", json={"topic": "x"})
    assert patched.status_code == 400 and patched.json()["code"] == 3000
    deleted = api.delete(f"/meetings/{live['id']}")
    assert deleted.status_code == 400 and deleted.json()["code"] == 3002
