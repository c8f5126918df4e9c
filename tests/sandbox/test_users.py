"""GET /users and GET /users/{userId}: filtering, paging and Zoom's 1001 for unknown users."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from .support import owner_of


def walk(api, path, **params):
    """Every page of a listing, following next_page_token."""
    pages = []
    while True:
        response = api.get(path, params=params)
        assert response.status_code == 200, response.text
        pages.append(response.json())
        token = pages[-1]["next_page_token"]
        if not token:
            return pages
        params = {**params, "next_page_token": token}


def test_the_demo_account_lists_its_active_users_as_zoom_documents_them(sandbox, api, openapi):
    response = api.get("/users")
    body = response.json()
    openapi.validate_response("GET", "/users", 200, body)
    assert [u["email"] for u in body["users"]] == [u["email"] for u in sandbox.state.users]
    assert body["total_records"] == len(sandbox.state.users) == 4 and body["page_size"] == 30
    assert body["page_number"] == 1 and body["page_count"] == 1 and body["next_page_token"] == ""
    assert {u["role_id"] for u in body["users"]} >= {"0", "1", "2"}


def test_users_are_filtered_by_status_and_role(sandbox, api):
    sandbox.state.add_user("gone@example.com", "Gone", "Person", status="inactive")
    sandbox.state.add_user("new@example.com", "New", "Person", status="pending")
    active = {u["email"] for u in api.get("/users").json()["users"]}
    assert "gone@example.com" not in active and "new@example.com" not in active
    inactive = api.get("/users", params={"status": "inactive"}).json()["users"]
    assert [u["email"] for u in inactive] == ["gone@example.com"]
    admins = api.get("/users", params={"role_id": "1"}).json()["users"]
    assert [u["role_id"] for u in admins] == ["1"]
    assert api.get("/users", params={"status": "deleted"}).json()["code"] == 300


def test_users_are_paged_with_next_page_token_and_page_size_capped_at_300(sandbox, api, openapi):
    for i in range(646):
        sandbox.state.add_user(f"person{i}@example.com", "Person", str(i))
    pages = walk(api, "/users", page_size=1000)
    for page in pages:
        openapi.validate_response("GET", "/users", 200, page)
    assert [len(p["users"]) for p in pages] == [300, 300, 50]
    assert {p["page_size"] for p in pages} == {300}
    assert [p["page_number"] for p in pages] == [1, 2, 3]
    assert {p["total_records"] for p in pages} == {650} and pages[0]["page_count"] == 3
    ids = [u["id"] for p in pages for u in p["users"]]
    assert len(ids) == len(set(ids)) == 650


def test_page_size_defaults_to_30_and_page_number_still_pages(sandbox, api):
    for i in range(40):
        sandbox.state.add_user(f"person{i}@example.com", "Person", str(i))
    first = api.get("/users").json()
    assert first["page_size"] == 30 and len(first["users"]) == 30
    second = api.get("/users", params={"page_number": 2}).json()
    assert len(second["users"]) == 14 and second["page_number"] == 2
    assert not {u["id"] for u in first["users"]} & {u["id"] for u in second["users"]}


def test_next_page_tokens_are_refused_when_unknown_foreign_or_older_than_15_minutes(
    sandbox, api, clock
):
    for i in range(40):
        sandbox.state.add_user(f"person{i}@example.com", "Person", str(i))
    assert api.get("/users", params={"next_page_token": "made-up"}).json()["code"] == 300
    token = api.get("/users").json()["next_page_token"]
    foreign = api.get("/users", params={"status": "inactive", "next_page_token": token})
    assert foreign.status_code == 400 and foreign.json()["code"] == 300
    assert api.get("/users", params={"next_page_token": token}).status_code == 200
    clock.advance(15 * 60 + 1)
    expired = api.get("/users", params={"next_page_token": token})
    assert expired.status_code == 400 and expired.json()["code"] == 300


@pytest.mark.parametrize("how", ["id", "email", "upper-case email", "url-encoded email", "me"])
def test_a_user_is_found_by_id_email_or_me(sandbox, api, openapi, how):
    owner = owner_of(sandbox)
    reference = {
        "id": owner["id"],
        "email": owner["email"],
        "upper-case email": str(owner["email"]).upper(),
        "url-encoded email": quote(str(owner["email"]), safe=""),
        "me": "me",
    }[how]
    response = api.get(f"/users/{reference}")
    assert response.status_code == 200
    openapi.validate_response("GET", "/users/{userId}", 200, response.json())
    assert response.json()["id"] == owner["id"] and response.json()["role_name"] == "Owner"
    assert response.json()["personal_meeting_url"].startswith(sandbox.url)


def test_an_unknown_user_is_404_code_1001_in_zoom_words(api):
    response = api.get("/users/nobody@example.com")
    assert response.status_code == 404
    assert response.json() == {
        "code": 1001,
        "message": "User nobody@example.com not exist or not belong to this account.",
    }
