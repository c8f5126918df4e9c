"""Meeting registrants over loopback HTTP: listing by status and page, adding one or a batch,
approving/denying at most 30 at a time, removing, the questions, and Zoom's refusals."""

from __future__ import annotations

from typing import Any

import pytest

from zoomdesk.sandbox import Sandbox

from .support import api_client

LIST = "/meetings/{meetingId}/registrants"
ONE = "/meetings/{meetingId}/registrants/{registrantId}"
BATCH = "/meetings/{meetingId}/batch_registrants"
QUESTIONS = "/meetings/{meetingId}/registrants/questions"


def seeded(sandbox: Sandbox, approval_type: int) -> dict[str, Any]:
    """The demo meeting with manual (1) or automatic (0) approval of registrants."""
    return next(
        m
        for m in sandbox.state.meetings.values()
        if m["settings"]["approval_type"] == approval_type
    )


def new_meeting(api: Any, **settings: Any) -> dict[str, Any]:
    body = {"topic": "Workshop", "type": 2, "start_time": "2027-04-01T10:00:00Z"}
    response = api.post("/users/me/meetings", json={**body, "settings": settings})
    assert response.status_code == 201, response.text
    meeting: dict[str, Any] = response.json()
    return meeting


def all_pages(api: Any, meeting_id: int, status: str, page_size: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    token = ""
    while True:
        params = {"status": status, "page_size": page_size, "next_page_token": token}
        page = api.get(f"/meetings/{meeting_id}/registrants", params=params).json()
        found += page["registrants"]
        token = page["next_page_token"]
        if not token:
            return found


def test_registrants_are_listed_by_status_and_match_zoom_schema(sandbox, api, openapi):
    meeting = seeded(sandbox, 1)
    counts = {}
    for status in ("pending", "approved", "denied"):
        page = api.get(f"/meetings/{meeting['id']}/registrants", params={"status": status})
        assert page.status_code == 200
        openapi.validate_response("GET", LIST, 200, page.json())
        counts[status] = page.json()["total_records"]
        assert {r["status"] for r in page.json()["registrants"]} <= {status}
    assert counts == {"pending": 34, "approved": 8, "denied": 3}
    default = api.get(f"/meetings/{meeting['id']}/registrants").json()
    assert default["total_records"] == 8  # Zoom lists approved registrants by default


def test_pages_of_registrants_hold_each_one_exactly_once(sandbox, api):
    meeting = seeded(sandbox, 1)
    pending = all_pages(api, meeting["id"], "pending", 10)
    assert len(pending) == 34 and len({r["id"] for r in pending}) == 34
    first = api.get(f"/meetings/{meeting['id']}/registrants", params={"page_size": 500}).json()
    assert first["page_size"] == 300  # Zoom's maximum


def test_an_unknown_status_is_a_validation_error(sandbox, api):
    meeting = seeded(sandbox, 1)
    response = api.get(f"/meetings/{meeting['id']}/registrants", params={"status": "cancelled"})
    assert response.status_code == 400 and response.json()["errors"][0]["field"] == "status"


def test_adding_a_registrant_to_a_manual_approval_meeting_leaves_them_pending(
    sandbox, api, openapi
):
    meeting = seeded(sandbox, 1)
    body = {"email": "pat@guests.example.org", "first_name": "Pat", "last_name": "Lee"}
    openapi.validate_request_body("POST", LIST, body)
    response = api.post(f"/meetings/{meeting['id']}/registrants", json=body)
    assert response.status_code == 201
    openapi.validate_response("POST", LIST, 201, response.json())
    added = response.json()
    assert added["id"] == meeting["id"] and added["topic"] == meeting["topic"]
    assert added["join_url"].startswith(f"{sandbox.url}/w/{meeting['id']}?tk=")
    fetched = api.get(f"/meetings/{meeting['id']}/registrants/{added['registrant_id']}")
    openapi.validate_response("GET", ONE, 200, fetched.json())
    assert fetched.json()["status"] == "pending" and fetched.json()["last_name"] == "Lee"


def test_registering_the_same_email_twice_gives_the_same_registration(sandbox, api):
    meeting = seeded(sandbox, 0)
    body = {"email": "Sam@Guests.example.org", "first_name": "Sam"}
    first = api.post(f"/meetings/{meeting['id']}/registrants", json=body).json()
    again = api.post(
        f"/meetings/{meeting['id']}/registrants", json={**body, "email": "sam@guests.example.org"}
    ).json()
    assert first["registrant_id"] == again["registrant_id"]


def test_a_recurring_meeting_registration_answers_with_its_occurrences(sandbox, api, openapi):
    meeting = seeded(sandbox, 0)
    assert meeting["type"] == 8
    body = {"email": "ola@guests.example.org", "first_name": "Ola"}
    response = api.post(f"/meetings/{meeting['id']}/registrants", json=body)
    openapi.validate_response("POST", LIST, 201, response.json())
    assert len(response.json()["occurrences"]) >= 1
    approved = api.get(f"/meetings/{meeting['id']}/registrants").json()["registrants"]
    assert "ola@guests.example.org" in {r["email"] for r in approved}  # automatic approval


@pytest.mark.parametrize(
    "body, field",
    [
        ({"first_name": "No email"}, "email"),
        ({"email": "not-an-email", "first_name": "X"}, "email"),
        ({"email": "x@example.org"}, "first_name"),
        ({"email": "x@example.org", "first_name": "X" * 65}, "first_name"),
        ({"email": "x@example.org", "first_name": "X", "last_name": 5}, "last_name"),
    ],
)
def test_a_registrant_without_a_valid_email_or_first_name_is_refused(sandbox, api, body, field):
    meeting = seeded(sandbox, 1)
    response = api.post(f"/meetings/{meeting['id']}/registrants", json=body)
    assert response.status_code == 400 and response.json()["code"] == 300
    assert [e["field"] for e in response.json()["errors"]] == [field]


def test_thirty_registrants_are_approved_in_one_call(sandbox, api, openapi):
    meeting = seeded(sandbox, 1)
    pending = all_pages(api, meeting["id"], "pending", 300)
    body = {"action": "approve", "registrants": [{"id": r["id"]} for r in pending[:30]]}
    openapi.validate_request_body("PUT", "/meetings/{meetingId}/registrants/status", body)
    response = api.put(f"/meetings/{meeting['id']}/registrants/status", json=body)
    assert response.status_code == 204 and response.content == b""
    assert len(all_pages(api, meeting["id"], "pending", 300)) == 4
    assert len(all_pages(api, meeting["id"], "approved", 300)) == 38


def test_thirty_one_registrants_in_one_status_call_are_refused_and_none_change(sandbox, api):
    meeting = seeded(sandbox, 1)
    pending = all_pages(api, meeting["id"], "pending", 300)
    body = {"action": "approve", "registrants": [{"id": r["id"]} for r in pending[:31]]}
    response = api.put(f"/meetings/{meeting['id']}/registrants/status", json=body)
    assert response.status_code == 400
    assert response.json()["code"] == 300
    assert response.json()["errors"] == [
        {"field": "registrants", "message": "At most 30 registrants per request."}
    ]
    assert len(all_pages(api, meeting["id"], "pending", 300)) == 34


def test_deny_and_cancel_move_registrants_to_denied_by_id_or_email(sandbox, api):
    meeting = seeded(sandbox, 1)
    approved = all_pages(api, meeting["id"], "approved", 300)
    pending = all_pages(api, meeting["id"], "pending", 300)
    calls = [
        {"action": "cancel", "registrants": [{"email": approved[0]["email"].upper()}]},
        {"action": "deny", "registrants": [{"id": pending[0]["id"]}]},
    ]
    for body in calls:
        assert (
            api.put(f"/meetings/{meeting['id']}/registrants/status", json=body).status_code == 204
        )
    denied = {r["id"] for r in all_pages(api, meeting["id"], "denied", 300)}
    assert {approved[0]["id"], pending[0]["id"]} <= denied


def test_a_status_call_naming_an_unknown_registrant_changes_nothing(sandbox, api):
    meeting = seeded(sandbox, 1)
    pending = all_pages(api, meeting["id"], "pending", 300)
    body = {"action": "approve", "registrants": [{"id": pending[0]["id"]}, {"id": "nobody"}]}
    response = api.put(f"/meetings/{meeting['id']}/registrants/status", json=body)
    assert response.status_code == 404 and "nobody" in response.json()["message"]
    assert len(all_pages(api, meeting["id"], "pending", 300)) == 34


@pytest.mark.parametrize("body", [{"registrants": [{"id": "x"}]}, {"action": "ban"}, {}])
def test_a_status_call_without_a_known_action_or_registrants_is_a_validation_error(
    sandbox, api, body
):
    meeting = seeded(sandbox, 1)
    response = api.put(f"/meetings/{meeting['id']}/registrants/status", json=body)
    assert response.status_code == 400 and response.json()["code"] == 300


def test_a_registrant_is_removed(sandbox, api):
    meeting = seeded(sandbox, 1)
    victim = all_pages(api, meeting["id"], "denied", 300)[0]
    path = f"/meetings/{meeting['id']}/registrants/{victim['id']}"
    assert api.delete(path).status_code == 204
    assert api.get(path).status_code == 404
    again = api.delete(path)
    assert again.status_code == 400 and again.json()["code"] == 3000


def test_batch_registration_adds_up_to_thirty_and_auto_approve_approves_them(sandbox, api, openapi):
    meeting = new_meeting(api, approval_type=1)
    people = [{"email": f"b{n}@batch.example.org", "first_name": f"B{n}"} for n in range(30)]
    body = {"auto_approve": True, "registrants": people}
    openapi.validate_request_body("POST", BATCH, body)
    response = api.post(f"/meetings/{meeting['id']}/batch_registrants", json=body)
    assert response.status_code == 200
    openapi.validate_response("POST", BATCH, 200, response.json())
    assert [r["email"] for r in response.json()["registrants"]] == [p["email"] for p in people]
    assert len(all_pages(api, meeting["id"], "approved", 300)) == 30

    too_many = [*people, {"email": "b30@batch.example.org", "first_name": "B30"}]
    refused = api.post(
        f"/meetings/{meeting['id']}/batch_registrants", json={"registrants": too_many}
    )
    assert refused.status_code == 400 and refused.json()["code"] == 300


def test_batch_registration_without_auto_approve_leaves_manual_approval_pending(sandbox, api):
    meeting = new_meeting(api, approval_type=1)
    body = {"registrants": [{"email": "p@batch.example.org", "first_name": "P"}]}
    assert api.post(f"/meetings/{meeting['id']}/batch_registrants", json=body).status_code == 200
    assert len(all_pages(api, meeting["id"], "pending", 300)) == 1


def test_batch_registration_is_only_for_scheduled_meetings(sandbox, api):
    recurring = seeded(sandbox, 0)
    body = {"registrants": [{"email": "p@batch.example.org", "first_name": "P"}]}
    response = api.post(f"/meetings/{recurring['id']}/batch_registrants", json=body)
    assert response.status_code == 400 and response.json()["code"] == 303


def test_batch_registration_for_a_meeting_that_is_over_is_refused(sandbox, api, clock):
    meeting = new_meeting(api, approval_type=0)
    clock.advance(30 * 86400)  # the meeting was on 1 April 2027; now it is 9 April
    body = {"registrants": [{"email": "late@batch.example.org", "first_name": "Late"}]}
    with api_client(sandbox) as later:
        response = later.post(f"/meetings/{meeting['id']}/batch_registrants", json=body)
    assert response.status_code == 400 and response.json()["code"] == 3038


@pytest.mark.parametrize(
    "method, suffix, status, code",
    [
        ("GET", "registrants", 400, 300),
        ("POST", "registrants", 404, 404),
        ("PUT", "registrants/status", 400, 300),
        ("DELETE", "registrants/abc", 400, 404),
        ("POST", "batch_registrants", 404, 404),
        ("GET", "registrants/questions", 400, 300),
    ],
)
def test_a_meeting_without_registration_is_refused_with_each_operations_own_error(
    sandbox, api, method, suffix, status, code
):
    meeting = new_meeting(api)  # approval_type 2: no registration
    bodies = {
        "POST": {"email": "x@example.org", "first_name": "X", "registrants": []},
        "PUT": {"action": "approve", "registrants": [{"id": "abc"}]},
    }
    response = api.request(method, f"/meetings/{meeting['id']}/{suffix}", json=bodies.get(method))
    assert response.status_code == status and response.json()["code"] == code
    assert str(meeting["id"]) in response.json()["message"]


def test_registrant_operations_on_an_unknown_meeting_are_404_code_3001(api):
    for method, suffix in (("GET", "registrants"), ("POST", "batch_registrants")):
        response = api.request(method, f"/meetings/12345678901/{suffix}", json={})
        assert response.status_code == 404 and response.json()["code"] == 3001


def test_registration_questions_match_zoom_schema(sandbox, api, openapi):
    meeting = seeded(sandbox, 1)
    response = api.get(f"/meetings/{meeting['id']}/registrants/questions")
    assert response.status_code == 200
    openapi.validate_response("GET", QUESTIONS, 200, response.json())
    assert {q["title"] for q in response.json()["custom_questions"]} >= {
        "How did you hear about us?"
    }
    standard = api.get(f"/meetings/{seeded(sandbox, 0)['id']}/registrants/questions").json()
    assert standard["custom_questions"] == []
    assert {"field_name": "last_name", "required": True} in standard["questions"]


def test_registrants_survive_a_restart_with_a_state_file(tmp_path):
    path = tmp_path / "state.json"
    with Sandbox(state_file=path) as box, api_client(box) as api:
        meeting = seeded(box, 1)
        body = {"email": "kept@guests.example.org", "first_name": "Kept"}
        added = api.post(f"/meetings/{meeting['id']}/registrants", json=body).json()
    with Sandbox(state_file=path) as box, api_client(box) as api:
        fetched = api.get(f"/meetings/{meeting['id']}/registrants/{added['registrant_id']}")
        assert fetched.status_code == 200 and fetched.json()["email"] == "kept@guests.example.org"


def test_registrant_join_links_lead_to_a_page_that_says_it_is_not_real_zoom(sandbox, api, http):
    meeting = seeded(sandbox, 1)
    registrant = all_pages(api, meeting["id"], "approved", 300)[0]
    page = http.get(registrant["join_url"])
    assert page.status_code == 200 and "Not real Zoom" in page.text
    register = http.get(f"{sandbox.url}/meeting/register/{meeting['id']}")
    assert "register for meeting" in register.text
