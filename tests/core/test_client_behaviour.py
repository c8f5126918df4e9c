"""The client's retry and reporting rules over loopback against the sandbox: what is retried and
how often, how long it waits, what a create that may have happened becomes, and what the local
history says. Meeting bodies are plain JSON, as the CLI and the form send them."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.core.conftest import Harness, collect, run
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.errors import (
    ApiError,
    AuthError,
    BadResponseError,
    NetworkError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
)
from zoomdesk.core.history import History
from zoomdesk.core.meeting_update import MeetingUpdate

MEETING = {
    "topic": "Quarterly planning",
    "type": 2,
    "start_time": "2027-03-01T14:00:00",
    "timezone": "America/Chicago",
    "duration": 30,
    "settings": {"waiting_room": True},
}


def fault(sandbox: Any, **kw: Any) -> None:
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(**kw))


def owner(sandbox: Any) -> str:
    return str(sandbox.state.users[0]["id"])


def creates(sandbox: Any) -> int:
    return sum(1 for r in sandbox.requests if r.method == "POST" and r.path.endswith("/meetings"))


def with_history(sandbox: Any, tmp_path: Path, action: Any) -> tuple[Any, History]:
    history = History(tmp_path / "history.sqlite3")

    async def main() -> Any:
        h = Harness(sandbox)
        h.client = ZoomClient(h.sender, h.tokens, history=history)
        try:
            return await action(h)
        finally:
            await h.aclose()

    try:
        return run(main()), history
    except BaseException:
        history.close()
        raise


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_create_answered_by_a_gateway_failure_is_of_unknown_outcome(sandbox, tmp_path, status):
    fault(sandbox, kind="status", status=status, path="/meetings$", method="POST")

    async def create(h: Harness) -> Any:
        with pytest.raises(OutcomeUnknownError) as caught:
            await h.client.create_meeting(owner(sandbox), MEETING)
        return caught.value

    error, history = with_history(sandbox, tmp_path, create)
    assert isinstance(error.cause, ServerError) and error.cause.status == status
    assert creates(sandbox) == 1, "a create that may have happened is never retried"
    change = history.recent()[0]
    assert (change.action, change.result) == ("created", "unknown")
    assert "may or may not have been created" in change.detail
    history.close()


@pytest.mark.parametrize("status", [501, 503])
def test_a_create_refused_outright_is_reported_as_failed(sandbox, tmp_path, status):
    fault(sandbox, kind="status", status=status, path="/meetings$", method="POST")

    async def create(h: Harness) -> Any:
        with pytest.raises(ServerError) as caught:
            await h.client.create_meeting(owner(sandbox), MEETING)
        return caught.value

    error, history = with_history(sandbox, tmp_path, create)
    assert error.status == status and creates(sandbox) == 1
    change = history.recent()[0]
    assert (change.action, change.result) == ("created", "failed")
    assert change.detail == error.summary()
    history.close()


def test_a_create_that_could_not_connect_is_a_network_error_not_retried(sandbox):
    async def main() -> tuple[NetworkError, list[float]]:
        h = Harness(sandbox)
        await h.tokens.get()
        sandbox.stop()
        try:
            with pytest.raises(NetworkError) as caught:
                await h.client.create_meeting("me", MEETING)
            return caught.value, h.sleeps
        finally:
            await h.aclose()

    error, sleeps = run(main())
    assert not error.maybe_sent and sleeps == []


def test_a_create_whose_answer_was_lost_says_why_its_outcome_is_unknown(harness, sandbox):
    fault(sandbox, kind="drop", path="/meetings$", method="POST")

    async def create(h: Harness) -> Any:
        with pytest.raises(OutcomeUnknownError) as caught:
            await h.client.create_meeting(owner(sandbox), MEETING)
        return caught.value

    error = harness(create)
    assert isinstance(error.cause, NetworkError) and error.cause.maybe_sent
    assert f"({error.cause.summary()})" in error.summary()


def test_a_create_by_email_keeps_the_at_sign_and_a_missing_topic_is_recorded_empty(
    sandbox, tmp_path
):
    email = sandbox.state.users[0]["email"]
    untitled = {k: v for k, v in MEETING.items() if k != "topic"}

    async def create(h: Harness) -> Any:
        return await h.client.create_meeting(email, untitled)

    _, history = with_history(sandbox, tmp_path, create)
    assert f"/v2/users/{email}/meetings" in [r.path for r in sandbox.requests]
    assert history.recent()[0].topic == ""
    history.close()


def test_a_created_meeting_zoom_answered_in_another_shape_is_a_bad_response(sandbox, tmp_path):
    fault(sandbox, kind="status", status=201, path="/meetings$", method="POST", body={"id": "x"})

    async def create(h: Harness) -> Any:
        with pytest.raises(BadResponseError) as caught:
            await h.client.create_meeting(owner(sandbox), MEETING)
        return caught.value

    error, history = with_history(sandbox, tmp_path, create)
    assert error.summary() == (
        "Unexpected response (HTTP 200): POST /users/{userId}/meetings did not hold the object "
        "Zoom documents (ValueError)"
    )
    # Zoom said 201: the meeting may well exist, so the history cannot call it failed.
    assert history.recent()[0].result == "unknown"
    history.close()


def test_an_unreadable_user_in_a_list_names_the_list(harness, sandbox):
    body = {"users": [{"id": "u", "type": "x"}], "next_page_token": ""}
    fault(sandbox, kind="status", status=200, path="^/v2/users$", body=body)

    async def users(h: Harness) -> Any:
        with pytest.raises(BadResponseError) as caught:
            await h.client.list_users()
        return caught.value

    assert harness(users).summary() == (
        "Unexpected response (HTTP 200): GET /users did not hold the object Zoom documents "
        "(ValueError)"
    )


def test_the_history_names_the_created_meeting_and_its_fields(sandbox, tmp_path):
    async def create(h: Harness) -> Any:
        return await h.client.create_meeting(owner(sandbox), MEETING)

    meeting, history = with_history(sandbox, tmp_path, create)
    change = history.recent()[0]
    assert (change.action, change.result, change.meeting_id) == ("created", "ok", meeting.id)
    assert change.topic == "Quarterly planning"
    assert change.fields == (
        "duration",
        "settings",
        "start_time",
        "timezone",
        "topic",
        "type",
        "settings.waiting_room",
    )
    history.close()


def test_a_deleted_occurrence_is_recorded_with_its_occurrence_id(sandbox, tmp_path):
    recurring = next(m for m in sandbox.state.meetings.values() if m.get("occurrences"))
    occurrence = recurring["occurrences"][0]["occurrence_id"]

    async def delete(h: Harness) -> None:
        await h.client.delete_meeting(recurring["id"], occurrence, topic="Standup")

    _, history = with_history(sandbox, tmp_path, delete)
    change = history.recent()[0]
    assert (change.action, change.meeting_id, change.occurrence_id) == (
        "deleted",
        recurring["id"],
        occurrence,
    )
    assert (change.topic, change.result, change.fields) == ("Standup", "ok", ())
    history.close()


def test_a_per_second_limit_is_waited_out_three_times_then_reported(harness, sandbox):
    fault(sandbox, kind="rate_limit_qps", path="^/v2/users$", times=None)

    async def body(h: Harness) -> Any:
        with pytest.raises(RateLimitError) as caught:
            await h.client.list_users()
        return caught.value, h.sleeps

    error, sleeps = harness(body)
    assert not error.daily
    assert len(sleeps) == 3
    assert sandbox.count("GET", "/v2/users") == 4


@pytest.mark.parametrize(
    ("form", "seconds", "low", "high"),
    [
        ("seconds", 2, 1.9, 2.25),  # as Zoom says, plus a little jitter
        ("seconds", 30, 5.0, 5.25),  # capped: a long wait is the user's call
        ("seconds", 0, 0.0, 0.25),
        (None, 1, 1.0, 1.25),  # no Retry-After: a second
    ],
)
def test_a_per_second_limit_waits_as_long_as_zoom_says_within_a_cap(
    harness, sandbox, form, seconds, low, high
):
    fault(
        sandbox,
        kind="rate_limit_qps",
        path="^/v2/users$",
        retry_after_form=form,
        retry_after_seconds=seconds,
    )

    async def body(h: Harness) -> Any:
        await h.client.list_users()
        return h.sleeps

    (slept,) = harness(body)
    assert low <= slept <= high


def test_a_retry_after_in_the_past_means_go_again_now(harness, sandbox):
    sandbox.state.clock = lambda: time.time() - 3600  # its Retry-After time is an hour ago
    fault(sandbox, kind="rate_limit_qps", path="^/v2/users$", retry_after_form="iso")

    async def body(h: Harness) -> Any:
        await h.client.list_users()
        return h.sleeps

    (slept,) = harness(body)
    assert 0.0 <= slept <= 0.25


@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_read_answered_by_a_gateway_failure_is_tried_three_times(harness, sandbox, status):
    fault(sandbox, kind="status", status=status, path="^/v2/users$", times=None)

    async def body(h: Harness) -> Any:
        with pytest.raises(ServerError):
            await h.client.list_users()
        return h.sleeps

    assert harness(body) == [0.5, 1.0]
    assert sandbox.count("GET", "/v2/users") == 3


def test_a_read_that_fails_twice_then_succeeds_returns_the_answer(harness, sandbox):
    fault(sandbox, kind="status", status=502, path="^/v2/users$", times=2)

    async def body(h: Harness) -> Any:
        return await h.client.list_users()

    assert harness(body)
    assert sandbox.count("GET", "/v2/users") == 3


@pytest.mark.parametrize("status", [500, 501])
def test_a_read_answered_by_an_internal_error_is_not_retried(harness, sandbox, status):
    fault(sandbox, kind="status", status=status, path="^/v2/users$", times=None)

    async def body(h: Harness) -> Any:
        with pytest.raises(ServerError):
            await h.client.list_users()

    harness(body)
    assert sandbox.count("GET", "/v2/users") == 1


def test_a_change_answered_by_a_gateway_failure_is_not_retried(harness, sandbox):
    meeting_id = next(iter(sandbox.state.meetings))
    fault(sandbox, kind="status", status=502, path="^/v2/meetings/", method="PATCH", times=None)

    async def body(h: Harness) -> Any:
        with pytest.raises(ServerError):
            await h.client.update_meeting(int(meeting_id), MeetingUpdate(topic="x"))

    harness(body)
    assert sandbox.count("PATCH", "/v2/meetings") == 1


def test_a_dropped_read_is_retried_twice_with_growing_waits(harness, sandbox):
    fault(sandbox, kind="reset", path="^/v2/users$", times=None)

    async def body(h: Harness) -> Any:
        with pytest.raises(NetworkError):
            await h.client.list_users()
        return h.sleeps

    assert harness(body) == [0.5, 1.0]
    assert sandbox.count("GET", "/v2/users") == 3


def test_a_401_that_is_not_an_expired_token_is_not_retried(harness, sandbox):
    fault(
        sandbox,
        kind="status",
        status=401,
        path="^/v2/users$",
        body={"code": 200, "message": "Account disabled"},
    )

    async def body(h: Harness) -> Any:
        with pytest.raises(AuthError) as caught:
            await h.client.list_users()
        return caught.value

    assert harness(body).code == 200
    assert sandbox.count("POST", "/oauth/token") == 1
    assert sandbox.count("GET", "/v2/users") == 1


def test_an_error_that_is_not_retryable_is_raised_at_once(harness, sandbox):
    fault(sandbox, kind="status", status=409, path="^/v2/users$", body={"code": 9, "message": "x"})

    async def body(h: Harness) -> Any:
        with pytest.raises(ApiError):
            await h.client.list_users()
        return h.sleeps

    assert harness(body) == []


def test_the_last_rate_limit_zoom_reported_is_kept(harness, sandbox):
    async def body(h: Harness) -> Any:
        before = h.client.last_rate_limit
        await h.client.list_users()
        return before, h.client.last_rate_limit

    before, after = harness(body)
    assert before.limit is None and before.category is None
    assert after.category is not None and after.limit is not None


def test_calls_go_to_the_chosen_api_url(sandbox):
    async def main() -> Any:
        h = Harness(sandbox)
        client = ZoomClient(h.sender, h.tokens, api_url=sandbox.url + "/v2/")
        try:
            return await client.list_users()
        finally:
            await h.aclose()

    assert run(main())
    assert sandbox.count("GET", "/v2/users") == 1


def test_a_user_given_by_email_is_sent_with_its_at_sign(harness, sandbox):
    email = sandbox.state.users[0]["email"]

    async def body(h: Harness) -> Any:
        return await h.client.get_user(email), await h.client.list_meetings(email)

    user, _ = harness(body)
    assert user.email == email
    paths = [r.path for r in sandbox.requests if r.method == "GET"]
    assert f"/v2/users/{email}" in paths and f"/v2/users/{email}/meetings" in paths


def test_unset_parameters_are_not_sent(harness, sandbox):
    meeting_id = int(next(iter(sandbox.state.meetings)))

    async def body(h: Harness) -> Any:
        return await h.client.get_meeting(meeting_id)

    harness(body)
    request = [r for r in sandbox.requests if r.path == f"/v2/meetings/{meeting_id}"][-1]
    assert "occurrence_id" not in request.query


def test_an_unknown_list_type_is_refused_before_anything_is_sent(harness, sandbox):
    async def body(h: Harness) -> Any:
        with pytest.raises(ValueError, match="type must be one of"):
            await collect(h.client.meeting_pages("me", "everything"))

    harness(body)
    assert sandbox.count("GET", "/v2/users") == 0


@pytest.mark.parametrize("list_type", ["upcoming", "previous_meetings", "live"])
def test_each_list_type_is_asked_for_by_name(harness, sandbox, list_type):
    async def body(h: Harness) -> Any:
        return await h.client.list_meetings_raw(owner(sandbox), list_type)

    harness(body)
    request = [r for r in sandbox.requests if r.path.endswith("/meetings")][-1]
    assert request.query.get("type") in (list_type, [list_type])


def test_every_users_meetings_come_back_in_the_order_of_the_users(harness, sandbox):
    sandbox.state.seed_bulk(5, 3)

    async def body(h: Harness) -> Any:
        users = await h.client.list_users()
        meetings = await h.client.list_all_meetings(concurrency=2, users=users)
        return users, meetings

    users, meetings = harness(body)
    order = [u.id for u in users]
    hosts = [order.index(m.host_id) for m in meetings]
    assert hosts == sorted(hosts) and len(set(hosts)) == len(users)


def test_a_page_reports_the_total_zoom_counted(harness, sandbox):
    sandbox.state.seed_bulk(1, 5)
    user = sandbox.state.users[-1]["id"]

    async def body(h: Harness) -> Any:
        return await collect(h.client.meeting_pages(user))

    (page,) = harness(body)
    assert (page.total_records, page.next_page_token, page.user_id) == (5, "", user)


def test_a_cut_off_answer_names_its_type_size_and_tracking_id(harness, sandbox):
    fault(sandbox, kind="malformed_json", path="^/v2/users$")

    async def body(h: Harness) -> Any:
        with pytest.raises(BadResponseError) as caught:
            await h.client.list_users()
        return caught.value, list(h.log)[-1]

    error, exchange = harness(body)
    assert error.tracking_id and error.tracking_id == exchange.tracking_id
    assert error.summary().startswith(
        "Unexpected response (HTTP 200): GET /users returned a body that is not valid JSON "
        "(application/json"
    )
    assert "bytes); it may have been cut off" in error.summary()


def test_an_unreadable_meeting_in_a_list_names_the_list(harness, sandbox):
    body = {"meetings": [{"id": "x"}], "total_records": 1, "next_page_token": ""}
    fault(
        sandbox, kind="status", status=200, path="/meetings$", method="GET", body=body, times=None
    )
    user = owner(sandbox)

    async def lists(h: Harness) -> Any:
        with pytest.raises(BadResponseError) as one:
            await h.client.list_meetings(user)
        users = await h.client.list_users()
        with pytest.raises(BadResponseError) as every:
            await h.client.list_all_meetings(users=users[:1])
        return one.value, every.value

    one, every = harness(lists)
    assert f"GET {user}'s meetings did not hold the object Zoom documents" in one.summary()
    assert "GET /users/{userId}/meetings did not hold the object Zoom documents" in every.summary()


def test_every_users_meetings_of_the_chosen_type_for_the_chosen_users(harness, sandbox):
    sandbox.state.seed_bulk(3, 2)

    async def body(h: Harness) -> Any:
        users = await h.client.list_users()
        sandbox.clear_requests()
        chosen = users[-2:]
        return chosen, await h.client.list_all_meetings_raw("upcoming", users=chosen)

    chosen, meetings = harness(body)
    assert {m["host_id"] for m in meetings} <= {u.id for u in chosen}
    assert sandbox.count("GET", "/v2/users") == len(chosen)  # no user list asked for again
    lists = [r for r in sandbox.requests if r.path.endswith("/meetings")]
    assert len(lists) == 2 and all(r.query.get("type") in ("upcoming", ["upcoming"]) for r in lists)


def test_users_are_asked_for_300_a_page(harness, sandbox):
    async def body(h: Harness) -> Any:
        return await h.client.list_users("inactive")

    harness(body)
    request = [r for r in sandbox.requests if r.path == "/v2/users"][-1]
    assert request.query.get("page_size") in ("300", ["300"])
    assert request.query.get("status") in ("inactive", ["inactive"])


def test_api_calls_are_recorded_as_api_exchanges(harness):
    async def body(h: Harness) -> Any:
        await h.client.list_users()
        return [e.kind for e in h.log]

    assert harness(body) == ["token", "api"]


def arrivals_in_first_wave(sandbox: Any, delay: float) -> int:
    """How many meeting-list requests arrived before the first one could have been answered."""
    lists = sorted(r.time for r in sandbox.requests if r.path.endswith("/meetings"))
    return sum(1 for t in lists if t < lists[0] + delay * 0.9)


@pytest.mark.parametrize(
    ("method", "concurrency", "expected"),
    [
        ("list_all_meetings", None, 4),
        ("list_all_meetings_raw", None, 4),
        ("list_all_meetings", 2, 2),
    ],
)
def test_every_users_meetings_are_fetched_a_few_users_at_a_time(
    harness, sandbox, method, concurrency, expected
):
    new_users = sandbox.state.seed_bulk(6, 1)
    fault(sandbox, kind="delay", seconds=1.0, path="^/v2/users/[^/]+/meetings$", times=None)

    async def body(h: Harness) -> Any:
        users = [u for u in await h.client.list_users() if u.id in {n["id"] for n in new_users}]
        options = {} if concurrency is None else {"concurrency": concurrency}
        return await getattr(h.client, method)(users=users, **options)

    assert len(harness(body)) == 6
    assert arrivals_in_first_wave(sandbox, 1.0) == expected


def test_the_default_lists_are_the_scheduled_meetings(harness, sandbox):
    user = owner(sandbox)

    async def body(h: Harness) -> Any:
        users = [u for u in await h.client.list_users() if u.id == user]
        await h.client.list_meetings_raw(user)
        await h.client.list_all_meetings_raw(users=users)
        await h.client.list_all_meetings(users=users)

    harness(body)
    lists = [r for r in sandbox.requests if r.path.endswith("/meetings")]
    assert len(lists) == 3
    assert all(r.query.get("type") in ("scheduled", ["scheduled"]) for r in lists)


def test_the_chosen_list_type_and_users_are_passed_on(harness, sandbox):
    user = owner(sandbox)

    async def body(h: Harness) -> Any:
        users = [u for u in await h.client.list_users() if u.id == user]
        sandbox.clear_requests()
        await h.client.list_meetings(user, "upcoming")
        await h.client.list_all_meetings("previous_meetings", users=users)

    harness(body)
    types = [r.query.get("type") for r in sandbox.requests if r.path.endswith("/meetings")]
    assert types in (["upcoming", "previous_meetings"], [["upcoming"], ["previous_meetings"]])
    assert sandbox.count("GET", "/v2/users") == 2  # the two lists, no user list


def test_an_unknown_list_type_is_named_with_the_ones_zoom_knows():
    from zoomdesk.core.models import LIST_TYPES

    async def body() -> None:
        client = ZoomClient(None, None)  # type: ignore[arg-type]
        await collect(client.meeting_pages("me", "everything"))

    with pytest.raises(ValueError) as caught:
        run(body())
    assert str(caught.value) == "type must be one of " + ", ".join(LIST_TYPES)


@pytest.mark.parametrize(
    "path", ["^/v2/users/[^/]+/meetings$", "^/v2/users/[^/]+$", "^/v2/meetings/[0-9]+$"]
)
def test_reads_of_users_and_meetings_survive_one_gateway_failure(harness, sandbox, path):
    user = owner(sandbox)
    meeting_id = int(next(iter(sandbox.state.meetings)))
    fault(sandbox, kind="status", status=502, path=path, method="GET")

    async def body(h: Harness) -> Any:
        return (
            await h.client.get_user(user),
            await h.client.list_meetings(user),
            await h.client.get_meeting(meeting_id),
        )

    found, _, meeting = harness(body)
    assert found.id == user and meeting.id == meeting_id
    assert sum(1 for r in sandbox.requests if re.search(path, r.path)) == 2


def test_a_failed_change_names_its_method_and_meeting(harness, sandbox):
    meeting_id = int(next(iter(sandbox.state.meetings)))
    fault(sandbox, kind="status", status=400, path="^/v2/meetings/", times=None)

    async def body(h: Harness) -> Any:
        with pytest.raises(ApiError) as patch:
            await h.client.update_meeting(meeting_id, MeetingUpdate(topic="x"))
        with pytest.raises(ApiError) as delete:
            await h.client.delete_meeting(meeting_id)
        return patch.value, delete.value

    patch, delete = harness(body)
    assert patch.summary().startswith(f"PATCH /meetings/{meeting_id} failed: HTTP 400")
    assert delete.summary().startswith(f"DELETE /meetings/{meeting_id} failed: HTTP 400")


def test_an_updated_occurrence_is_recorded_with_its_ids_and_no_topic_when_none_given(
    sandbox, tmp_path
):
    recurring = next(m for m in sandbox.state.meetings.values() if m.get("occurrences"))
    occurrence = recurring["occurrences"][0]["occurrence_id"]

    async def change(h: Harness) -> None:
        await h.client.update_meeting(recurring["id"], MeetingUpdate(duration=45), occurrence)
        await h.client.delete_meeting(recurring["id"], occurrence)

    _, history = with_history(sandbox, tmp_path, change)
    deleted, updated = history.recent()
    assert (updated.action, updated.meeting_id, updated.occurrence_id) == (
        "updated",
        recurring["id"],
        occurrence,
    )
    assert (updated.topic, deleted.topic, updated.fields) == ("", "", ("duration",))
    history.close()


def test_an_unreadable_user_names_the_request(harness, sandbox):
    fault(sandbox, kind="status", status=200, path="^/v2/users/me$", body={"id": "u", "type": "x"})

    async def get(h: Harness) -> Any:
        with pytest.raises(BadResponseError) as caught:
            await h.client.get_user("me")
        return caught.value

    assert "GET /users/me did not hold the object Zoom documents" in harness(get).summary()


@pytest.fixture
def bare_server() -> Iterator[str]:
    """A loopback HTTP server that answers every GET with a cut-off body and no Content-Type,
    as a misbehaving proxy might (the sandbox always names its content type)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"users": ['
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_an_answer_without_a_content_type_says_so(sandbox, bare_server):
    async def main() -> BadResponseError:
        h = Harness(sandbox)
        client = ZoomClient(h.sender, h.tokens, api_url=bare_server)
        try:
            with pytest.raises(BadResponseError) as caught:
                await client.list_users()
            return caught.value
        finally:
            await h.aclose()

    error = run(main())
    assert "GET /users returned a body that is not valid JSON (?, 11 bytes)" in error.summary()
    assert error.tracking_id is None


def test_a_total_that_is_not_a_number_is_unknown(harness, sandbox):
    body = {"meetings": [], "total_records": "5", "next_page_token": ""}
    fault(sandbox, kind="status", status=200, path="/meetings$", body=body)

    async def pages(h: Harness) -> Any:
        return await collect(h.client.meeting_pages(owner(sandbox)))

    (page,) = harness(pages)
    assert page.total_records is None and page.raw == []


def test_a_chosen_api_url_loses_only_its_trailing_slashes(harness):
    async def base(h: Harness) -> str:
        token = await h.tokens.get()
        return ZoomClient(h.sender, h.tokens, api_url="http://gateway/zoomX//").api_base(token)

    assert harness(base) == "http://gateway/zoomX"
