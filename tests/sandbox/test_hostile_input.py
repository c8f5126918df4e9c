"""Input an adversarial review sent the sandbox (issue 14, item 16): each used to be a 500, a
dropped connection or silently stored. Every one is now Zoom's 300/400/404 or the admin
interface's 400."""

from __future__ import annotations

import socket

import httpx
import pytest

from zoomdesk.sandbox import Sandbox, server

from .support import plain_client

CREATE = "/users/me/meetings"


def raw_exchange(sandbox: Sandbox, request: bytes) -> bytes:
    """Sends bytes no HTTP library would, and returns the start of the answer."""
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn:
        conn.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received:
            data = conn.recv(65536)
            assert data, f"connection closed without an answer: {received!r}"
            received += data
    return received


def assert_validation_failed(response: httpx.Response, field: str | None = None) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["code"] == 300
    if field is not None:
        assert field in [error["field"] for error in body["errors"]], body


@pytest.mark.parametrize("depth", [100_000, 1_000, 40])
def test_a_deeply_nested_json_body_is_a_zoom_300_not_a_500(api, depth):
    nested = b'{"topic": "x", "settings": {"a": ' + b"[" * depth + b"]" * depth + b"}}"
    response = api.post(CREATE, content=nested, headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["code"] == 300


@pytest.mark.parametrize(
    "body",
    [
        {"type": 2, "start_time": "9999-12-31T23:30:00", "timezone": "America/New_York"},
        {"type": 2, "start_time": "9999-12-31T23:30:00Z"},
        {"type": 2, "start_time": "0001-01-01T00:00:00", "timezone": "Asia/Tokyo"},
        {
            "type": 8,
            "start_time": "9999-12-01T10:00:00",
            "timezone": "Pacific/Kiritimati",
            "recurrence": {"type": 1, "end_times": 365},
        },
    ],
)
def test_a_start_time_no_calendar_can_hold_is_refused_naming_the_field(api, body):
    assert_validation_failed(api.post(CREATE, json=body), "start_time")


def test_a_series_ending_after_year_9999_is_refused_naming_the_field(api):
    recurrence = {"type": 1, "end_date_time": "9999-12-31T23:59:59Z"}
    body = {"type": 8, "start_time": "2027-01-04T10:00:00Z", "recurrence": recurrence}
    assert_validation_failed(api.post(CREATE, json=body), "recurrence.end_date_time")


def test_the_longest_series_from_the_latest_accepted_start_is_stored_and_listed(api):
    recurrence = {"type": 3, "repeat_interval": 3, "monthly_day": 31, "end_times": 365}
    body = {
        "type": 8,
        "start_time": "9800-12-31T23:30:00",
        "timezone": "Pacific/Kiritimati",
        "recurrence": recurrence,
    }
    created = api.post(CREATE, json=body)
    assert created.status_code == 201, created.text
    assert len(created.json()["occurrences"]) == 365
    assert api.get(f"/meetings/{created.json()['id']}").status_code == 200
    assert api.get(CREATE).status_code == 200


@pytest.mark.parametrize(
    "raw_body, field",
    [
        (b'{"type": 2.0}', "type"),
        (b'{"type": 2, "settings": {"jbh_time": 5.0}}', "settings.jbh_time"),
        (b'{"duration": 2147483648}', "duration"),
        (b'{"duration": 30.0}', "duration"),
        (b'{"duration": ' + b"9" * 4000 + b"}", None),
        (b'{"duration": NaN}', None),
        (b'{"duration": Infinity}', None),
        (b'{"duration": 1e400}', None),
    ],
)
def test_numbers_zoom_cannot_read_as_its_integers_are_refused(api, raw_body, field):
    response = api.post(CREATE, content=raw_body, headers={"Content-Type": "application/json"})
    assert_validation_failed(response, field)


@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
@pytest.mark.parametrize("meeting_id", ["9" * 5000, "9" * 20, "9223372036854775808", "١٢٣"])
def test_a_meeting_id_beyond_int64_or_not_ascii_digits_is_not_found(api, method, meeting_id):
    response = api.request(
        method, f"/meetings/{meeting_id}", json={} if method == "PATCH" else None
    )
    assert response.status_code == 404 and response.json()["code"] == 3001


@pytest.mark.parametrize("credentials", [b"\xff\xfe", b"\xc3\xa9t\xc3\xa9", b"=="])
def test_a_basic_header_that_is_not_base64_ascii_is_invalid_client(sandbox, credentials):
    form = b"grant_type=account_credentials&account_id=sandbox-account"
    answer = raw_exchange(
        sandbox,
        b"POST /oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + credentials + b"\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(form), form),
    )
    assert answer.startswith(b"HTTP/1.1 400 ")


@pytest.mark.parametrize("limit", ["%C2%B2", "%D9%A1", "-1", "1_0", "%201", "9" * 40])
def test_a_request_log_limit_that_is_not_ascii_digits_is_a_400(sandbox, limit):
    with plain_client() as http:
        response = http.get(f"{sandbox.url}/_sandbox/requests?limit={limit}")
    assert response.status_code == 400
    assert "whole number" in response.json()["error"]


@pytest.mark.parametrize(
    "raw_fault",
    [
        b'{"kind": "delay", "seconds": NaN}',
        b'{"kind": "delay", "seconds": Infinity}',
        b'{"kind": "delay", "seconds": 1e300}',
        b'{"kind": "delay", "seconds": "5"}',
        b'{"kind": "rate_limit_qps", "retry_after_seconds": 1e300}',
        b'{"kind": "status", "status": 503.5}',
        b'{"kind": "status", "times": 1.5}',
        b'{"kind": "status", "category": 7}',
    ],
)
def test_a_fault_with_a_wait_or_count_out_of_range_is_refused_and_nothing_is_dropped(
    sandbox, api, raw_fault
):
    with plain_client() as http:
        response = http.post(f"{sandbox.url}/_sandbox/faults", content=raw_fault)
    assert response.status_code == 400, response.text
    assert sandbox.faults.active == []
    assert api.get("/users/me").status_code == 200


@pytest.mark.parametrize("size", [b"-1", b"0x10", b"+a", b" ", b"123456789"])
def test_a_chunk_size_that_is_not_plain_hex_is_a_400_and_nothing_is_read_past_it(
    sandbox, token, size
):
    answer = raw_exchange(
        sandbox,
        f"POST /v2/users/me/meetings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        + size
        + b"\r\n"
        + b"x" * 1000,
    )
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert sandbox.count("POST", "/v2/users/me/meetings") == 0


def test_the_request_log_is_capped_by_bytes_and_keeps_the_newest(monkeypatch):
    monkeypatch.setattr(server, "MAX_RECORDED_BYTES", 1_000_000)
    body = b"x" * 300_000
    with Sandbox() as box, plain_client() as http:
        for n in range(6):
            http.post(f"{box.url}/v2/users", params={"n": n}, content=body)
        kept = box.requests
    assert sum(len(r.body) for r in kept) <= 1_000_000
    assert [r.query["n"] for r in kept] == ["3", "4", "5"]


def test_a_request_bigger_than_the_byte_cap_is_still_kept_as_the_newest(monkeypatch):
    monkeypatch.setattr(server, "MAX_RECORDED_BYTES", 1_000)
    with Sandbox() as box, plain_client() as http:
        http.post(f"{box.url}/v2/users", content=b"x" * 5_000)
        assert [len(r.body) for r in box.requests] == [5_000]


def test_seeding_more_users_than_the_meeting_cap_is_refused(sandbox):
    # users × meetings_per_user was capped, so a huge user count with no meetings slipped past.
    with plain_client() as http:
        response = http.post(
            f"{sandbox.url}/_sandbox/seed", json={"users": 10**18, "meetings_per_user": 0}
        )
    assert response.status_code == 400 and "at most" in response.json()["error"]
    assert len(sandbox.state.users) == 4
