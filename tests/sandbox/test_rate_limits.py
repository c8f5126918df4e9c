"""Zoom's per-host daily limit of 100 meeting creates/updates, reset at 00:00 UTC."""

from __future__ import annotations

from .support import api_client

DAILY_MESSAGE = (
    "You have exceeded the daily rate limit (100) of Meeting Create/Update API requests "
    "permitted for this particular user. You may resume these requests at GMT 00:00:00."
)


def test_the_101st_create_for_one_host_is_a_daily_429_with_zoom_headers(sandbox, api):
    for n in range(100):
        assert api.post("/users/me/meetings", json={"topic": f"m{n}"}).status_code == 201
    response = api.post("/users/me/meetings", json={"topic": "one too many"})
    assert response.status_code == 429
    assert response.json() == {"code": 429, "message": DAILY_MESSAGE}
    headers = response.headers
    assert headers["x-ratelimit-category"] == "Light"
    assert headers["x-ratelimit-type"] == "Daily-limit"
    assert headers["x-ratelimit-limit"] == "100" and headers["x-ratelimit-remaining"] == "0"
    assert headers["retry-after"] == "2027-03-11T00:00:00Z"  # the next midnight UTC
    assert headers["x-zm-trackingid"]
    other_host = api.post("/users/bruno.silva@example.com/meetings", json={"topic": "fine"})
    assert other_host.status_code == 201


def test_updates_count_against_the_same_limit_and_deletes_do_not(sandbox, api):
    sandbox.state.daily_limit = 3
    meeting = api.post("/users/me/meetings", json={"topic": "a"}).json()
    url = f"/meetings/{meeting['id']}"
    assert api.patch(url, json={"topic": "b"}).status_code == 204
    extra = api.post("/users/me/meetings", json={"topic": "c"}).json()
    assert api.delete(f"/meetings/{extra['id']}").status_code == 204
    refused = api.patch(url, json={"topic": "d"})
    assert refused.status_code == 429 and "(3)" in refused.json()["message"]
    assert api.get(url).json()["topic"] == "b"


def test_the_limit_counts_against_the_host_when_scheduling_for_someone(sandbox, api):
    sandbox.state.daily_limit = 1
    body = {"topic": "For Bruno", "schedule_for": "bruno.silva@example.com"}
    assert api.post("/users/me/meetings", json=body).status_code == 201
    assert api.post("/users/me/meetings", json=body).status_code == 429
    assert api.post("/users/me/meetings", json={"topic": "Mine"}).status_code == 201


def test_the_daily_limit_resets_at_midnight_utc(sandbox, api, clock):
    sandbox.state.daily_limit = 1
    assert api.post("/users/me/meetings", json={}).status_code == 201
    assert api.post("/users/me/meetings", json={}).status_code == 429
    clock.advance(9 * 3600)  # 15:00 → 00:00 UTC the next day
    with api_client(sandbox) as tomorrow:
        assert tomorrow.post("/users/me/meetings", json={}).status_code == 201


def test_refused_requests_do_not_use_up_the_limit(sandbox, api):
    sandbox.state.daily_limit = 1
    assert api.post("/users/me/meetings", json={"topic": "t" * 201}).status_code == 400
    assert api.post("/users/me/meetings", json={"topic": "ok"}).status_code == 201
