"""Injected faults: Zoom's 429s, server and proxy errors, broken bodies and broken connections."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from email.utils import parsedate_to_datetime

import httpx
import pytest

from zoomdesk.sandbox import Fault, Sandbox
from zoomdesk.sandbox.timeutil import from_iso_z

from .support import CLIENT, GRANT, api_client, plain_client

QPS_MESSAGE = "You have reached the maximum per-second rate limit for this API. Try again later."


@pytest.mark.parametrize("form", ["seconds", "iso", "http-date", None])
def test_a_qps_fault_answers_429_with_retry_after_in_the_chosen_form(sandbox, api, form):
    sandbox.faults.add(
        Fault(kind="rate_limit_qps", path="^/v2/users$", retry_after_form=form,
              retry_after_seconds=1.5)
    )  # fmt: skip
    response = api.get("/users")
    assert response.status_code == 429
    assert response.json() == {"code": 429, "message": QPS_MESSAGE}
    assert response.headers["x-ratelimit-type"] == "QPS"
    assert response.headers["x-ratelimit-category"] == "Medium"
    assert response.headers["x-ratelimit-limit"] == "20"
    assert response.headers["x-ratelimit-remaining"] == "0"
    retry_after = response.headers.get("retry-after")
    now = sandbox.state.now()
    if form == "seconds":
        assert retry_after == "2"  # whole seconds, rounded up
    elif form == "iso":
        assert from_iso_z(retry_after).timestamp() == now + 2
    elif form == "http-date":
        assert parsedate_to_datetime(retry_after).timestamp() == now + 2
    else:
        assert retry_after is None
    assert api.get("/users").status_code == 200  # fired once, as by default


def test_a_daily_fault_answers_429_until_the_next_midnight_utc(sandbox, api):
    sandbox.faults.add(Fault(kind="rate_limit_daily", path="/meetings$", method="POST"))
    assert api.get("/users/me/meetings").status_code == 200  # other methods pass
    response = api.post("/users/me/meetings", json={"topic": "x"})
    assert response.status_code == 429 and response.json()["code"] == 429
    assert "maximum daily rate limit" in response.json()["message"]
    assert response.headers["x-ratelimit-type"] == "Daily-limit"
    assert response.headers["x-ratelimit-remaining"] == "0"
    assert response.headers["retry-after"] == "2027-03-11T00:00:00Z"


def test_a_fault_fires_the_given_number_of_times_then_requests_succeed(sandbox, api):
    sandbox.faults.add(Fault(kind="status", status=503, path="^/v2/users$", times=2))
    statuses = [api.get("/users").status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert sandbox.faults.active == []


def test_a_fault_without_a_count_fires_until_cleared(sandbox, api):
    sandbox.faults.add(Fault(kind="status", status=500, times=None))
    assert [api.get("/users").status_code for _ in range(3)] == [500, 500, 500]
    sandbox.faults.clear()
    assert api.get("/users").status_code == 200


def test_the_first_matching_fault_fires_by_method_and_path(sandbox, api):
    sandbox.faults.add(Fault(kind="status", status=502, method="DELETE", path=r"^/v2/meetings/"))
    sandbox.faults.add(Fault(kind="status", status=504, path=r"^/v2/meetings/\d+$"))
    meeting_id = next(iter(sandbox.state.meetings))
    assert api.get(f"/meetings/{meeting_id}").status_code == 504
    assert api.delete(f"/meetings/{meeting_id}").status_code == 502
    assert api.get(f"/meetings/{meeting_id}").status_code == 200


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_status_fault_sends_a_zoom_json_body_or_a_proxy_html_page(sandbox, api, status):
    sandbox.faults.add(Fault(kind="status", status=status, times=1))
    sandbox.faults.add(Fault(kind="status", status=status, html=True))
    as_json = api.get("/users")
    assert as_json.status_code == status and as_json.json()["code"] == status
    as_html = api.get("/users")
    assert as_html.status_code == status
    assert as_html.headers["content-type"].startswith("text/html")
    assert f"<title>{status}" in as_html.text


def test_a_status_fault_can_carry_a_custom_body(sandbox, api):
    body = {"code": 124, "message": "Invalid access token."}
    sandbox.faults.add(Fault(kind="status", status=401, body=body))
    response = api.get("/users")
    assert response.status_code == 401 and response.json() == body


def test_an_html_fault_is_a_200_captive_portal_page(sandbox, api):
    sandbox.faults.add(Fault(kind="html"))
    response = api.get("/users")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_truncated_json_is_half_a_real_body_with_a_matching_content_length(sandbox, api):
    whole = api.get("/users/me")
    sandbox.faults.add(Fault(kind="truncated_json", path="^/v2/users/me$"))
    cut = api.get("/users/me")
    assert cut.status_code == 200
    assert int(cut.headers["content-length"]) == len(cut.content) == len(whole.content) // 2
    assert whole.content.startswith(cut.content)
    with pytest.raises(json.JSONDecodeError):
        cut.json()
    assert api.get("/users/me").status_code == 200  # the connection is still usable


def test_malformed_json_cannot_be_parsed(sandbox, api):
    sandbox.faults.add(Fault(kind="malformed_json"))
    response = api.get("/users")
    assert response.status_code == 200 and response.content == b'{"code": 200, "message": '
    assert response.headers["content-type"] == "application/json;charset=UTF-8"


def test_a_delay_longer_than_the_client_timeout_is_a_read_timeout(sandbox, token):
    sandbox.faults.add(Fault(kind="delay", seconds=2))
    with api_client(sandbox, token) as api, pytest.raises(httpx.ReadTimeout):
        api.get("/users", timeout=0.2)
    started = time.monotonic()
    sandbox.stop()  # ends the sleeping response at once
    assert time.monotonic() - started < 1


def test_a_short_delay_still_answers_normally(sandbox, api):
    sandbox.faults.add(Fault(kind="delay", seconds=0.05))
    started = time.monotonic()
    assert api.get("/users").status_code == 200
    assert time.monotonic() - started >= 0.05


def test_a_dropped_request_is_closed_without_any_response(sandbox, api):
    sandbox.faults.add(Fault(kind="drop", path="/meetings$", method="POST"))
    before = len(sandbox.state.meetings)
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/users/me/meetings", json={"topic": "lost"})
    assert len(sandbox.state.meetings) == before
    assert sandbox.count("POST", "/v2/users/me/meetings") == 1  # it did arrive


def test_a_reset_connection_is_a_read_error(sandbox, api):
    sandbox.faults.add(Fault(kind="reset"))
    with pytest.raises(httpx.ReadError):
        api.get("/users")
    assert api.get("/users").status_code == 200


def test_token_endpoint_down_is_a_503_on_the_token_endpoint_only(sandbox, api):
    sandbox.faults.add(Fault(kind="token_endpoint_down", times=None))
    with plain_client() as http:
        response = http.post(f"{sandbox.url}/oauth/token", data=GRANT, auth=CLIENT)
    assert response.status_code == 503
    assert api.get("/users").status_code == 200


def test_faults_never_touch_the_admin_interface(sandbox):
    sandbox.faults.add(Fault(kind="drop", times=None))
    with plain_client() as http:
        assert http.delete(f"{sandbox.url}/_sandbox/faults").status_code == 204
        assert http.post(f"{sandbox.url}/oauth/token", data=GRANT, auth=CLIENT).status_code == 200


def test_concurrent_requests_fire_a_counted_fault_exactly_that_many_times(sandbox, token):
    sandbox.faults.add(Fault(kind="rate_limit_qps", path="^/v2/users$", times=20))

    with api_client(sandbox, token) as api, ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda _: api.get("/users").status_code, range(60)))
    assert statuses.count(429) == 20 and statuses.count(200) == 40


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": "explode"},
        {"kind": "status", "times": 0},
        {"kind": "status", "path": "("},
        {"kind": "rate_limit_qps", "retry_after_form": "minutes"},
        {"kind": "status", "status": 42},
        {"kind": "delay", "seconds": -1},
        {"kind": "delay", "seconds": "soon"},
        {"kind": "status", "times": "twice"},
        {"kind": "status", "method": 5},
        {"kind": "status", "body": "oops"},
    ],
)
def test_invalid_faults_are_refused(fields):
    with pytest.raises(ValueError):
        Fault.from_json(fields)


def test_a_fault_on_another_sandbox_does_not_leak(sandbox, api):
    with Sandbox() as other:
        other.faults.add(Fault(kind="status", status=500, times=None))
        assert api.get("/users").status_code == 200
