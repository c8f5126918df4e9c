"""GET /users/{userId}/meetings: paging over large accounts and what each list `type` shows."""

from __future__ import annotations

import pytest

from .support import api_client, owner_of
from .test_users import walk

LIST = "/users/{userId}/meetings"
TYPES = ("scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings")


def topics(api, user: str, list_type: str) -> set[str]:
    response = api.get(f"/users/{user}/meetings", params={"type": list_type})
    assert response.status_code == 200, response.text
    return {m["topic"] for m in response.json()["meetings"]}


def test_a_thousand_meetings_are_listed_once_each_at_300_a_page(sandbox, api, openapi):
    user = sandbox.state.seed_bulk(1, 1000)[0]
    pages = walk(api, f"/users/{user['id']}/meetings", page_size=300)
    for page in pages:
        openapi.validate_response("GET", LIST, 200, page)
    assert [len(p["meetings"]) for p in pages] == [300, 300, 300, 100]
    assert {p["total_records"] for p in pages} == {1000} and pages[0]["page_count"] == 4
    ids = [m["id"] for p in pages for m in p["meetings"]]
    assert len(set(ids)) == 1000 == len(ids)
    hosted = {m["id"] for m in sandbox.state.meetings.values() if m["host_id"] == user["id"]}
    assert set(ids) == hosted
    queries = [r.query for r in sandbox.requests if r.path.endswith("/meetings")]
    assert len({q["next_page_token"] for q in queries if "next_page_token" in q}) == 3


def test_paging_is_stable_while_other_meetings_are_created(sandbox, api):
    user = sandbox.state.seed_bulk(1, 50)[0]
    first = api.get(f"/users/{user['id']}/meetings", params={"page_size": 30}).json()
    for n in range(5):
        api.post(f"/users/{user['id']}/meetings", json={"topic": f"New {n}"})
    rest = api.get(
        f"/users/{user['id']}/meetings",
        params={"page_size": 30, "next_page_token": first["next_page_token"]},
    ).json()
    seen = [m["id"] for m in first["meetings"] + rest["meetings"]]
    assert len(seen) == len(set(seen)) == 50 and rest["next_page_token"] == ""


def test_page_size_above_300_is_served_as_300(sandbox, api):
    user = sandbox.state.seed_bulk(1, 310)[0]
    page = api.get(f"/users/{user['id']}/meetings", params={"page_size": 301}).json()
    assert page["page_size"] == 300 and len(page["meetings"]) == 300


def test_each_list_type_selects_meetings_by_time_and_status(sandbox, api):
    owner = str(owner_of(sandbox)["id"])
    everything = {
        "Weekly team sync",
        "Quarterly review with Finance",
        "Vendor onboarding call",
        "All-hands (in progress)",
    }
    assert topics(api, owner, "scheduled") == everything
    assert topics(api, owner, "live") == {"All-hands (in progress)"}
    upcoming = everything - {"Vendor onboarding call"}
    assert topics(api, owner, "upcoming") == topics(api, owner, "upcoming_meetings") == upcoming
    assert topics(api, owner, "previous_meetings") == {"Vendor onboarding call"}
    assert api.get(f"/users/{owner}/meetings").json() == api.get(
        f"/users/{owner}/meetings", params={"type": "scheduled"}
    ).json() | {"next_page_token": ""}


def test_no_fixed_time_meetings_are_upcoming_and_never_previous(sandbox, api):
    bruno = "bruno.silva@example.com"
    assert "Open office hours" in topics(api, bruno, "upcoming")
    assert "Open office hours" not in topics(api, bruno, "previous_meetings")


def test_every_list_type_validates_against_the_spec(sandbox, api, openapi):
    for user in sandbox.state.users:
        for list_type in TYPES:
            response = api.get(f"/users/{user['id']}/meetings", params={"type": list_type})
            openapi.validate_response("GET", LIST, 200, response.json())


def test_a_recurring_series_is_listed_once_at_its_next_occurrence(sandbox, api, clock):
    series = next(m for m in sandbox.state.meetings.values() if m["topic"] == "Daily stand-up")
    listed = api.get("/users/bruno.silva@example.com/meetings").json()["meetings"]
    entry = next(m for m in listed if m["id"] == series["id"])
    assert entry["start_time"] == series["occurrences"][0]["start_time"]
    clock.advance(86400 + 3600)  # past the first occurrence (and the token's hour)
    with api_client(sandbox) as later:
        listed = later.get("/users/bruno.silva@example.com/meetings").json()["meetings"]
    entry = next(m for m in listed if m["id"] == series["id"])
    assert entry["start_time"] == series["occurrences"][1]["start_time"]


def test_list_entries_are_summaries_in_utc_with_join_links(sandbox, api):
    entry = api.get("/users/me/meetings").json()["meetings"][0]
    assert set(entry) >= {"uuid", "id", "host_id", "topic", "type", "start_time", "duration"}
    assert {"timezone", "created_at", "join_url"} <= set(entry)
    assert "settings" not in entry and "occurrences" not in entry
    assert entry["start_time"].endswith("Z") and entry["join_url"].startswith(f"{sandbox.url}/j/")


def test_instant_meetings_never_appear_in_lists(sandbox, api):
    created = api.post("/users/me/meetings", json={"topic": "Right now", "type": 1}).json()
    for list_type in TYPES:
        listed = api.get("/users/me/meetings", params={"type": list_type}).json()["meetings"]
        assert created["id"] not in {m["id"] for m in listed}
    assert api.get(f"/meetings/{created['id']}").status_code == 200


def test_meetings_more_than_30_days_past_are_expired_from_lists(sandbox, api, clock):
    body = {"topic": "Long ago", "start_time": "2027-02-01T10:00:00Z", "duration": 30}
    created = api.post("/users/me/meetings", json=body).json()
    assert created["id"] not in {m["id"] for m in api.get("/users/me/meetings").json()["meetings"]}
    assert api.get(f"/meetings/{created['id']}").status_code == 200  # still readable by id


@pytest.mark.parametrize("list_type", ["all", "Scheduled", ""])
def test_an_unknown_list_type_is_a_validation_error(api, list_type):
    response = api.get("/users/me/meetings", params={"type": list_type})
    if list_type == "":
        assert response.status_code == 200  # an empty value means the default
    else:
        assert response.status_code == 400 and response.json()["errors"][0]["field"] == "type"


def test_listing_meetings_of_an_unknown_user_is_1001(api):
    response = api.get("/users/nobody@example.com/meetings")
    assert response.status_code == 404 and response.json()["code"] == 1001
