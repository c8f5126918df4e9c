"""The admin interface, the HTTP server's manners (keep-alive, chunked bodies, curl-style
requests, prompt shutdown), the request log and the exposure warning."""

from __future__ import annotations

import base64
import json
import logging
import socket
import threading
import time

import httpx
import pytest

from zoomdesk.sandbox import Sandbox, serve_forever, server

from .support import CLIENT, GRANT, api_client, plain_client


def admin(sandbox: Sandbox, method: str, path: str, **kwargs: object) -> httpx.Response:
    with plain_client() as http:
        return http.request(method, f"{sandbox.url}/_sandbox{path}", **kwargs)  # type: ignore[arg-type]


def test_faults_can_be_added_listed_and_cleared_over_http(sandbox, api):
    fault = {"kind": "status", "status": 503, "path": "^/v2/users$", "times": 2}
    added = admin(sandbox, "POST", "/faults", json=fault)
    assert added.status_code == 201 and added.json()["fault"]["status"] == 503
    listed = admin(sandbox, "GET", "/faults").json()["faults"]
    assert [(f["kind"], f["remaining"]) for f in listed] == [("status", 2)]
    assert api.get("/users").status_code == 503
    assert admin(sandbox, "DELETE", "/faults").status_code == 204
    assert api.get("/users").status_code == 200


@pytest.mark.parametrize(
    "body", [b"{not json", b'{"kind": "explode"}', b'{"kind": "status", "colour": "red"}', b"[]"]
)
def test_a_bad_fault_is_refused_with_the_reason(sandbox, body):
    response = admin(sandbox, "POST", "/faults", content=body)
    assert response.status_code == 400 and response.json()["error"]


def test_reset_restores_the_demo_account_and_forgets_tokens_and_faults(sandbox, api):
    api.post("/users/me/meetings", json={"topic": "Extra"})
    sandbox.state.add_user("extra@example.com", "Extra", "User")
    admin(sandbox, "POST", "/faults", json={"kind": "status", "times": None, "path": "^/v2/x"})
    response = admin(sandbox, "POST", "/reset")
    assert response.status_code == 200 and response.json() == {"users": 4, "meetings": 9}
    assert sandbox.faults.active == []
    assert api.get("/users").status_code == 401  # tokens are gone with the old account


def test_seed_adds_bulk_users_and_meetings(sandbox):
    response = admin(sandbox, "POST", "/seed", json={"users": 5, "meetings_per_user": 20})
    assert response.status_code == 200 and response.json() == {"users": 9, "meetings": 109}
    for bad in ({"users": -1}, {"users": "many"}, {"users": 1000, "meetings_per_user": 1000}):
        assert admin(sandbox, "POST", "/seed", json=bad).status_code == 400


def test_tokens_can_be_expired_or_revoked_over_http(sandbox, api):
    assert admin(sandbox, "POST", "/tokens/expire").json() == {"expired": 1}
    assert api.get("/users").json()["message"] == "Access token is expired."
    assert admin(sandbox, "POST", "/tokens/revoke").json() == {"revoked": 1}
    assert api.get("/users").json()["message"] == "Invalid access token."


def test_the_request_log_is_served_with_credentials_redacted(sandbox, token, api):
    api.get("/users", params={"page_size": 5})
    api.get("/users", params={"access_token": token})
    log = admin(sandbox, "GET", "/requests", params={"limit": 4}).json()["requests"]
    paths = ["/oauth/token", "/v2/users", "/v2/users", "/_sandbox/requests"]
    assert [r["path"] for r in log] == paths  # the log's own request is in it too
    text = str(log)
    assert token not in text and base64.b64encode(":".join(CLIENT).encode()).decode() not in text
    headers = [{k.lower(): v for k, v in r["headers"].items()} for r in log]
    assert headers[0]["authorization"] == "Basic [redacted]"
    assert headers[1]["authorization"] == "Bearer [redacted]"
    assert log[1]["query"] == {"page_size": "5"} and log[2]["query"]["access_token"] == "[redacted]"
    assert "body" not in log[0]  # token requests: sizes only
    summary = admin(sandbox, "GET", "/").json()
    assert summary["real_zoom"] is False and summary["api_base"] == sandbox.api_base


def test_unknown_admin_paths_are_404_and_wrong_methods_405(sandbox):
    assert admin(sandbox, "GET", "/nothing").status_code == 404
    assert admin(sandbox, "GET", "/reset").status_code == 405


def test_every_request_is_recorded_with_its_query_headers_and_body(sandbox, api):
    api.post("/users/me/meetings", params={"x": "1"}, json={"topic": "Logged"})
    recorded = sandbox.requests[-1]
    assert (recorded.method, recorded.path) == ("POST", "/v2/users/me/meetings")
    assert recorded.query == {"x": "1"} and recorded.query_string == "x=1"
    headers = {name.lower(): value for name, value in recorded.headers.items()}
    assert headers["authorization"].startswith("Bearer ")
    assert headers["content-type"] == "application/json"
    assert json.loads(recorded.body) == {"topic": "Logged"}
    assert recorded.time == sandbox.state.now()
    assert sandbox.count("POST", "/v2/users") == 1 and sandbox.count("post", "/oauth") == 1


def test_the_request_log_keeps_only_the_most_recent(monkeypatch):
    monkeypatch.setattr(server, "MAX_RECORDED", 3)
    with Sandbox() as box, plain_client() as http:
        for n in range(5):
            http.get(f"{box.url}/v2/users", params={"n": n})
        assert [r.query["n"] for r in box.requests] == ["2", "3", "4"]


def test_a_hand_built_curl_style_exchange_works(sandbox):
    basic = base64.b64encode(b"sandbox-client-id:sandbox-client-secret").decode()
    request = httpx.Request(
        "POST",
        f"{sandbox.url}/oauth/token",
        headers={
            "Authorization": f"Basic {basic}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        content=b"grant_type=account_credentials&account_id=sandbox-account",
    )
    with plain_client() as http:
        token = http.send(request).json()["access_token"]
        listed = http.send(
            httpx.Request(
                "GET",
                f"{sandbox.api_base}/users?page_size=2",
                headers={"Authorization": f"Bearer {token}"},
            )
        )
    assert listed.status_code == 200 and len(listed.json()["users"]) == 2


def test_keep_alive_and_chunked_bodies_work_on_one_raw_connection(sandbox, token):
    body = b'{"topic": "Chunked"}'
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    requests = (
        f"GET /v2/users/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
        + f"POST /v2/users/me/meetings HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        + chunked
    )
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn:
        conn.sendall(requests)
        received = b""
        while received.count(b"HTTP/1.1 ") < 2 or b'"Chunked"' not in received:
            data = conn.recv(65536)
            assert data, f"connection closed early: {received!r}"
            received += data
    assert received.startswith(b"HTTP/1.1 200 ") and b"HTTP/1.1 201 " in received
    assert b"x-zm-trackingid:" in received.lower()


def test_stop_is_prompt_and_closes_idle_keep_alive_connections(sandbox, api):
    assert api.get("/users").status_code == 200  # leaves a pooled keep-alive connection
    started = time.monotonic()
    sandbox.stop()
    assert time.monotonic() - started < 0.5
    with pytest.raises(httpx.TransportError):
        api.get("/users")
    sandbox.stop()  # a second stop is harmless


def test_serve_forever_blocks_until_asked_to_stop(sandbox):
    stop = threading.Event()
    runner = threading.Thread(target=serve_forever, args=(sandbox, stop))
    runner.start()
    with plain_client() as http:
        assert http.post(f"{sandbox.url}/oauth/token", data=GRANT, auth=CLIENT).status_code == 200
    assert runner.is_alive()
    stop.set()
    runner.join(timeout=5)
    assert not runner.is_alive() and not sandbox.running


def test_a_sandbox_works_as_a_context_manager_and_refuses_a_second_start():
    with Sandbox() as box:
        assert box.running and box.api_base == f"{box.url}/v2"
        with pytest.raises(RuntimeError):
            box.start()
    assert not box.running
    with pytest.raises(RuntimeError):
        _ = Sandbox().url  # no address before start()


def test_binding_beyond_loopback_logs_a_warning(caplog):
    caplog.set_level(logging.WARNING, logger="zoomdesk.sandbox")
    with Sandbox(host="127.0.0.1"):
        assert not caplog.records
    with Sandbox(host="0.0.0.0") as exposed:
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1 and "reachable from other machines" in warnings[0].getMessage()
        assert exposed.url.startswith("http://127.0.0.1:")


def test_an_ipv6_loopback_address_serves_without_a_warning(caplog):
    try:
        box = Sandbox(host="::1").start()
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    with box, api_client(box) as api:
        assert box.url.startswith("http://[::1]:") and api.get("/users").status_code == 200
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_on_every_interface_urls_in_answers_use_the_address_the_client_used():
    with Sandbox(host="0.0.0.0") as box, plain_client() as http:
        url = f"http://localhost:{box.port}"
        token = http.post(f"{url}/oauth/token", data=GRANT, auth=CLIENT).json()
        assert token["api_url"] == url


def test_join_links_lead_to_a_page_that_says_it_is_not_real_zoom(sandbox, api):
    meeting = api.get(f"/meetings/{next(iter(sandbox.state.meetings))}").json()
    with plain_client() as http:
        page = http.get(meeting["join_url"])
    assert page.status_code == 200 and "Not real Zoom" in page.text
    with api_client(sandbox) as other:
        assert other.get("/users").headers["server"].endswith("(not real Zoom)")


def test_a_bug_in_the_sandbox_is_a_500_that_says_so_not_a_hang(sandbox, api, monkeypatch, caplog):
    def broken(request: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(sandbox, "respond", broken)
    with caplog.at_level(logging.ERROR, logger="zoomdesk.sandbox"):
        response = api.get("/users")
    assert response.status_code == 500 and "not Zoom" in response.json()["message"]
    assert "boom" in caplog.text
