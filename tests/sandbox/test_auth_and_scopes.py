"""Bearer tokens and scopes on the /v2 API: Zoom's 401 code 124 variants and 400 code 4711."""

from __future__ import annotations

import pytest

from zoomdesk.sandbox import Sandbox

from .support import api_client, fetch_token, plain_client

INVALID = {"code": 124, "message": "Invalid access token."}
EXPIRED = {"code": 124, "message": "Access token is expired."}


def test_a_request_without_a_token_is_401_code_124(sandbox, http):
    response = http.get(f"{sandbox.api_base}/users")
    assert response.status_code == 401 and response.json() == INVALID
    assert response.headers["x-zm-trackingid"]
    assert response.headers["x-ratelimit-category"] == "Medium"
    assert response.headers["x-ratelimit-remaining"] == "2000"  # refused calls are not counted


@pytest.mark.parametrize(
    "authorization", ["Bearer not-a-token", "Token abc", "Basic c2FuZGJveA==", "bearer"]
)
def test_an_unknown_or_malformed_token_is_401_invalid_access_token(sandbox, http, authorization):
    response = http.get(f"{sandbox.api_base}/users", headers={"Authorization": authorization})
    assert response.status_code == 401 and response.json() == INVALID


def test_the_bearer_scheme_is_case_insensitive(sandbox, http, token):
    response = http.get(f"{sandbox.api_base}/users", headers={"Authorization": f"bearer {token}"})
    assert response.status_code == 200


def test_a_token_is_good_until_its_expiry_by_the_sandbox_clock(sandbox, api, clock):
    clock.advance(3599)
    assert api.get("/users").status_code == 200
    clock.advance(1)
    response = api.get("/users")
    assert response.status_code == 401 and response.json() == EXPIRED


def test_expire_all_tokens_makes_every_issued_token_expired(sandbox, api):
    other = fetch_token(sandbox)
    sandbox.state.expire_all_tokens()
    assert api.get("/users").json() == EXPIRED
    with api_client(sandbox, other) as second:
        assert second.get("/users").json() == EXPIRED
    with api_client(sandbox) as fresh:
        assert fresh.get("/users").status_code == 200


def test_revoked_tokens_are_invalid_not_expired(sandbox, api):
    sandbox.state.revoke_all_tokens()
    response = api.get("/users")
    assert response.status_code == 401 and response.json() == INVALID


def test_a_token_in_the_query_string_is_refused_even_when_valid(sandbox, http, token):
    response = http.get(f"{sandbox.api_base}/users", params={"access_token": token})
    assert response.status_code == 401
    assert response.json() == {
        "code": 124,
        "message": "Invalid access token, this access token is not supported as query parameter "
        "string.",
    }
    with_header = http.get(
        f"{sandbox.api_base}/users",
        params={"access_token": token},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert with_header.status_code == 401


def test_a_missing_scope_is_400_code_4711_naming_the_granular_and_classic_scope():
    with Sandbox(scopes=["user:read:list_users:admin"]) as box, api_client(box) as api:
        assert api.get("/users").status_code == 200
        response = api.post("/users/me/meetings", json={"topic": "x"})
    assert response.status_code == 400
    assert response.json() == {
        "code": 4711,
        "message": "Invalid access token, does not contain scopes:"
        "[meeting:write:meeting:admin, meeting:write:admin].",
    }


def test_classic_scopes_satisfy_every_operation():
    classic = ["user:read:admin", "meeting:read:admin", "meeting:write:admin"]
    with Sandbox(scopes=classic) as box, api_client(box) as api:
        assert api.get("/users").status_code == 200
        assert api.get("/users/me").status_code == 200
        assert api.get("/users/me/meetings").status_code == 200
        created = api.post("/users/me/meetings", json={"topic": "Classic"}).json()
        assert api.get(f"/meetings/{created['id']}").status_code == 200
        assert api.patch(f"/meetings/{created['id']}", json={"agenda": "a"}).status_code == 204
        assert api.delete(f"/meetings/{created['id']}").status_code == 204


def test_scopes_are_fixed_when_a_token_is_issued(sandbox, api):
    sandbox.state.scopes = ("user:read:user:admin",)
    assert api.get("/users").status_code == 200  # the old token keeps what it was given
    with api_client(sandbox) as narrowed:
        assert narrowed.get("/users").json()["code"] == 4711


@pytest.mark.parametrize(
    ("method", "path", "category", "limit"),
    [
        ("GET", "/users", "Medium", "2000"),
        ("GET", "/users/me", "Light", "6000"),
        ("GET", "/users/me/meetings", "Medium", "2000"),
        ("POST", "/users/me/meetings", "Medium", "2000"),
        ("GET", "/meetings/{id}", "Light", "6000"),
        ("PATCH", "/meetings/{id}", "Light", "6000"),
        ("DELETE", "/meetings/{id}", "Light", "6000"),
    ],
)
def test_every_api_response_carries_tracking_id_json_type_and_rate_limit_headers(
    sandbox, api, method, path, category, limit
):
    meeting_id = next(iter(sandbox.state.meetings))
    body = {"topic": "Headers"} if method in ("POST", "PATCH") else None
    response = api.request(method, path.format(id=meeting_id), json=body)
    assert response.status_code < 300
    assert response.headers["x-zm-trackingid"].startswith("v=2.0;")
    assert response.headers["content-type"] == "application/json;charset=UTF-8"
    assert response.headers["x-ratelimit-category"] == category
    assert response.headers["x-ratelimit-limit"] == limit
    remaining = int(response.headers["x-ratelimit-remaining"])
    again = api.get("/users/me" if category == "Light" else "/users")
    assert int(again.headers["x-ratelimit-remaining"]) == remaining - 1


def test_tracking_ids_differ_on_every_response(api):
    ids = {api.get("/users").headers["x-zm-trackingid"] for _ in range(3)}
    assert len(ids) == 3


def test_unknown_paths_are_404_and_wrong_methods_405_with_allow(sandbox, api):
    for path in ("/nope", "/users/me/webinars", "/meetings"):
        response = api.get(path)
        assert response.status_code == 404 and response.json()["code"] == 404
    response = api.put("/users/me/meetings", json={})
    assert response.status_code == 405 and response.headers["allow"] == "GET, POST"
    with plain_client() as http:
        assert http.get(f"{sandbox.url}/favicon.ico").status_code == 404


ISSUE_11_CALLS = [
    ("GET", "/users/me/settings"),
    ("GET", "/tracking_fields"),
    ("GET", "/meetings/{id}/invitation"),
    ("GET", "/meetings/{id}/registrants"),
    ("POST", "/meetings/{id}/registrants"),
    ("PUT", "/meetings/{id}/registrants/status"),
    ("GET", "/meetings/{id}/registrants/questions"),
    ("GET", "/meetings/{id}/registrants/{registrant}"),
    ("DELETE", "/meetings/{id}/registrants/{registrant}"),
    ("POST", "/meetings/{id}/batch_registrants"),
]


def _issue_11_request(box: Sandbox, method: str, path: str) -> tuple[str, dict[str, object]]:
    meeting = next(m for m in box.state.meetings.values() if m["settings"]["approval_type"] == 1)
    registrant = meeting["_registrants"][0]["id"]
    body = {"action": "approve", "registrants": [{"id": registrant}]}
    if path.endswith("registrants") and method == "POST":
        person = {"email": "scope@example.org", "first_name": "Scope"}
        body = {"registrants": [person]} if "batch" in path else person
    return path.format(id=meeting["id"], registrant=registrant), body


@pytest.mark.parametrize(("method", "path"), ISSUE_11_CALLS)
def test_each_new_operation_needs_its_granular_or_classic_scope(method, path):
    from zoomdesk.sandbox.api import ROUTES
    from zoomdesk.sandbox.state import DEFAULT_SCOPES

    with Sandbox() as probe:
        concrete, _ = _issue_11_request(probe, method, path)
    route = next(r for r in ROUTES if r.method == method and r.pattern.match(f"/v2{concrete}"))
    without = [s for s in DEFAULT_SCOPES if s != route.granular]
    with Sandbox(scopes=without) as box, api_client(box) as api:
        concrete, body = _issue_11_request(box, method, path)
        refused = api.request(method, concrete, json=body if method in ("POST", "PUT") else None)
    assert refused.status_code == 400 and refused.json()["code"] == 4711
    assert f"[{route.granular}, {route.classic}]" in refused.json()["message"]
    with Sandbox(scopes=[route.classic]) as box, api_client(box) as api:
        concrete, body = _issue_11_request(box, method, path)
        allowed = api.request(method, concrete, json=body if method in ("POST", "PUT") else None)
    assert allowed.status_code < 300, allowed.text
