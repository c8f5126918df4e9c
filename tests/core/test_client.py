"""The Meetings API client against the sandbox over loopback: paging, CRUD, and every error path."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from tests.core.conftest import Harness, collect
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import (
    BadResponseError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    ScopeError,
    ServerError,
    ValidationError,
)
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import MeetingType


def fault(sandbox: Any, **kw: Any) -> None:
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(**kw))


def owner(sandbox: Any) -> str:
    return str(sandbox.state.users[0]["id"])


def new_meeting_body(topic: str = "Quarterly planning") -> dict[str, Any]:
    from datetime import datetime

    return MeetingDraft(
        topic=topic, start=datetime(2027, 3, 1, 14, 0), timezone="America/Chicago", duration=30
    ).create_body()


def test_listing_follows_every_page_at_300_a_page(harness, sandbox):
    sandbox.state.seed_bulk(1, 1000)
    user = sandbox.state.users[-1]["id"]

    async def body(h: Harness) -> Any:
        return await collect(h.client.meeting_pages(user, "scheduled"))

    pages = harness(body)
    ids = [m.id for p in pages for m in p.meetings]
    assert len(ids) == 1000 == len(set(ids))
    assert [len(p.meetings) for p in pages] == [300, 300, 300, 100]
    queries = [r.query for r in sandbox.requests if r.path.endswith("/meetings")]
    assert all(q.get("page_size") in ("300", ["300"]) for q in queries)
    assert sum(1 for q in queries if q.get("next_page_token")) == 3


def test_users_are_listed_across_pages(harness, sandbox):
    for i in range(320):
        sandbox.state.add_user(f"user{i}@example.com", "User", str(i))

    async def body(h: Harness) -> Any:
        return await h.client.list_users()

    users = harness(body)
    assert len({u.id for u in users}) == len(users) >= 320


def test_all_users_meetings_are_listed_concurrently_with_one_token(harness, sandbox):
    sandbox.state.seed_bulk(12, 40)
    pages: list[Any] = []

    async def body(h: Harness) -> Any:
        return await h.client.list_all_meetings("scheduled", concurrency=4, on_page=pages.append)

    meetings = harness(body)
    users = len(sandbox.state.users)
    assert len(meetings) >= 12 * 40
    assert len({p.user_id for p in pages}) == users
    assert sandbox.count("POST", "/oauth/token") == 1


def test_create_get_update_delete_round_trip(harness, sandbox):
    async def body(h: Harness) -> Any:
        created = await h.client.create_meeting(owner(sandbox), new_meeting_body())
        await h.client.update_meeting(created.id, MeetingUpdate(topic="Quarterly planning (moved)"))
        fetched = await h.client.get_meeting(created.id)
        await h.client.delete_meeting(created.id)
        with pytest.raises(NotFoundError) as gone:
            await h.client.get_meeting(created.id)
        return created, fetched, gone.value

    created, fetched, gone = harness(body)
    assert created.type is MeetingType.SCHEDULED and created.id > 2**32
    # 14:00 in Chicago in March (CST, UTC-6) is 20:00 UTC
    assert created.start_time is not None and created.start_time.hour == 20
    assert fetched.topic == "Quarterly planning (moved)"
    assert gone.code == 3001 and gone.status == 404 and gone.tracking_id


def test_update_sends_only_the_given_fields_and_expects_204(harness, sandbox):
    async def body(h: Harness) -> Any:
        created = await h.client.create_meeting(owner(sandbox), new_meeting_body())
        await h.client.update_meeting(created.id, MeetingUpdate(settings={"waiting_room": True}))
        return created

    created = harness(body)
    patch = [r for r in sandbox.requests if r.method == "PATCH"][-1]
    assert json.loads(patch.body) == {"settings": {"waiting_room": True}}
    assert patch.path == f"/v2/meetings/{created.id}"


def test_one_occurrence_is_updated_and_deleted_by_occurrence_id(harness, sandbox):
    recurring = next(m for m in sandbox.state.meetings.values() if m.get("occurrences"))
    first, second = (o["occurrence_id"] for o in recurring["occurrences"][:2])

    async def body(h: Harness) -> Any:
        await h.client.update_meeting(
            recurring["id"], MeetingUpdate(duration=90), occurrence_id=first
        )
        one = await h.client.get_meeting(recurring["id"], occurrence_id=first)
        await h.client.delete_meeting(recurring["id"], occurrence_id=second)
        return one, await h.client.get_meeting(recurring["id"])

    one, series = harness(body)
    assert one.duration == 90
    remaining = [o.occurrence_id for o in series.occurrences if o.status != "deleted"]
    assert second not in remaining and first in remaining
    patch = [r for r in sandbox.requests if r.method == "PATCH"][-1]
    assert patch.query.get("occurrence_id") in (first, [first])


def test_an_expired_token_is_refreshed_once_and_the_call_retried(harness, sandbox):
    async def body(h: Harness) -> Any:
        await h.client.list_users()
        sandbox.state.expire_all_tokens()
        return await h.client.list_users()

    assert harness(body)
    assert sandbox.count("POST", "/oauth/token") == 2


def test_a_token_refused_twice_is_an_error_not_a_loop(harness, sandbox):
    from zoomdesk.core.errors import AuthError

    async def body(h: Harness) -> Any:
        await h.tokens.get()
        fault(
            sandbox,
            kind="status",
            status=401,
            path="^/v2/users$",
            times=None,
            body={"code": 124, "message": "Invalid access token."},
        )
        await h.client.list_users()

    with pytest.raises(AuthError):
        harness(body)
    assert sandbox.count("POST", "/oauth/token") == 2


@pytest.mark.parametrize("form", ["seconds", "iso", "http-date", None])
def test_a_per_second_429_waits_and_retries_in_each_retry_after_form(harness, sandbox, form):
    fault(
        sandbox,
        kind="rate_limit_qps",
        path="^/v2/users$",
        times=2,
        retry_after_form=form,
        retry_after_seconds=1,
    )

    async def body(h: Harness) -> Any:
        return await h.client.list_users(), h.sleeps

    users, sleeps = harness(body)
    assert users and len(sleeps) == 2
    assert all(0 <= s <= 5.25 for s in sleeps)


def test_a_daily_429_is_not_waited_for_and_says_when_it_resets(harness, sandbox):
    fault(sandbox, kind="rate_limit_daily", path="/meetings$", method="POST")

    async def body(h: Harness) -> Any:
        await h.client.create_meeting(owner(sandbox), new_meeting_body())

    with pytest.raises(RateLimitError) as caught:
        harness(body)
    error = caught.value
    assert error.daily and error.reset_at is not None
    assert error.reset_at.hour == 0 and error.reset_at.minute == 0
    assert error.rate_limit.remaining == 0
    assert "Resets at" in error.summary()


def test_the_hosts_daily_create_limit_is_reported(harness, sandbox):
    sandbox.state.daily_limit = 2

    async def body(h: Harness) -> Any:
        for i in range(3):
            await h.client.create_meeting(owner(sandbox), new_meeting_body(f"m{i}"))

    with pytest.raises(RateLimitError) as caught:
        harness(body)
    assert caught.value.daily
    assert sandbox.count("POST", "/v2/users") == 3


def test_a_create_whose_answer_is_lost_is_never_retried(harness, sandbox):
    fault(sandbox, kind="drop", path="/meetings$", method="POST")
    before = len(sandbox.state.meetings)

    async def body(h: Harness) -> Any:
        await h.client.create_meeting(owner(sandbox), new_meeting_body())

    with pytest.raises(OutcomeUnknownError):
        harness(body)
    assert sandbox.count("POST", "/v2/users") == 1
    assert len(sandbox.state.meetings) - before <= 1


def test_a_create_that_times_out_is_reported_as_unknown(harness, sandbox):
    fault(sandbox, kind="delay", seconds=1.5, path="/meetings$", method="POST")

    async def body(h: Harness) -> Any:
        await h.client.create_meeting(owner(sandbox), new_meeting_body())

    with pytest.raises(OutcomeUnknownError) as caught:
        harness(body, timeout=0.5)
    assert "not retried" in caught.value.summary()
    assert sandbox.count("POST", "/v2/users") == 1


def test_a_dropped_read_is_retried(harness, sandbox):
    fault(sandbox, kind="drop", path="^/v2/users$", method="GET")

    async def body(h: Harness) -> Any:
        return await h.client.list_users()

    assert harness(body)


def test_gateway_errors_on_reads_are_retried_then_reported(harness, sandbox):
    fault(sandbox, kind="status", status=503, path="^/v2/users$", times=None)

    async def body(h: Harness) -> Any:
        await h.client.list_users()

    with pytest.raises(ServerError) as caught:
        harness(body)
    assert caught.value.status == 503
    assert sandbox.count("GET", "/v2/users") == 3


@pytest.mark.parametrize("kind", ["html", "truncated_json", "malformed_json"])
def test_responses_that_are_not_zoom_json_give_a_clear_error(harness, sandbox, kind):
    fault(sandbox, kind=kind, path="^/v2/users$")

    async def body(h: Harness) -> Any:
        await h.client.list_users()

    with pytest.raises(BadResponseError) as caught:
        harness(body)
    assert "JSON" in caught.value.summary()


def test_an_html_error_page_from_a_proxy_is_explained(harness, sandbox):
    fault(sandbox, kind="status", status=502, html=True, path="/meetings$", method="POST")

    async def body(h: Harness) -> Any:
        await h.client.create_meeting(owner(sandbox), new_meeting_body())

    with pytest.raises(OutcomeUnknownError) as caught:
        harness(body)
    assert "HTML" in str(caught.value.cause)


def test_validation_errors_name_the_fields(harness, sandbox):
    async def body(h: Harness) -> Any:
        await h.client.create_meeting(
            owner(sandbox), {"topic": "x", "type": 2, "settings": {"jbh_time": 7}}
        )

    with pytest.raises(ValidationError) as caught:
        harness(body)
    assert caught.value.code == 300
    assert "settings.jbh_time" in {e.field for e in caught.value.errors}


def test_an_unknown_user_is_not_found_with_code_1001(harness):
    async def body(h: Harness) -> Any:
        await h.client.list_meetings("nobody@example.com")

    with pytest.raises(NotFoundError) as caught:
        harness(body)
    assert caught.value.code == 1001


def test_a_missing_scope_is_a_scope_error(sandbox):
    from tests.core.conftest import run
    from zoomdesk.sandbox import Sandbox

    box = Sandbox(scopes=["user:read:list_users:admin"]).start()
    try:

        async def main() -> None:
            h = Harness(box)
            try:
                await h.client.create_meeting(owner(box), new_meeting_body())
            finally:
                await h.aclose()

        with pytest.raises(ScopeError) as caught:
            run(main())
    finally:
        box.stop()
    assert caught.value.code in (104, 4700, 4711)
    assert "meeting:write" in caught.value.message


def test_a_reset_connection_on_a_read_becomes_a_network_error_after_retries(harness, sandbox):
    fault(sandbox, kind="reset", path="^/v2/users$", times=None)

    async def body(h: Harness) -> Any:
        await h.client.list_users()

    with pytest.raises(NetworkError) as caught:
        harness(body)
    assert caught.value.kind in ("connection reset", "connection dropped")


def test_every_exchange_is_recorded_with_where_its_parameters_travelled(harness, sandbox):
    async def body(h: Harness) -> Any:
        await h.client.create_meeting(owner(sandbox), new_meeting_body())
        await h.client.list_meetings(owner(sandbox))
        return list(h.log)

    exchanges = harness(body)
    token, create, listing = exchanges[0], exchanges[1], exchanges[2]
    assert (token.kind, token.param_locations) == ("token", ("form body",))
    assert create.param_locations == ("JSON body",) and create.status == 201
    assert listing.param_locations == ("query string",) and listing.status == 200
    assert all(e.duration_ms is not None and e.tracking_id for e in exchanges)


def test_many_concurrent_tasks_share_one_client_safely(harness, sandbox):
    async def body(h: Harness) -> Any:
        results = await asyncio.gather(
            *(h.client.get_meeting(int(mid)) for mid in list(sandbox.state.meetings)[:5] * 10)
        )
        return results

    assert len(harness(body)) == 50


def test_changes_are_written_to_the_local_history_without_their_values(sandbox, tmp_path):
    from tests.core.conftest import run
    from zoomdesk.core.history import History

    history = History(tmp_path / "history.sqlite3")

    async def main() -> Any:
        h = Harness(sandbox)
        h.client.history = history
        try:
            created = await h.client.create_meeting(owner(sandbox), new_meeting_body("Secret plan"))
            await h.client.update_meeting(
                created.id, MeetingUpdate(agenda="private words"), topic="Secret plan"
            )
            with pytest.raises(NotFoundError):
                await h.client.delete_meeting(1, topic="gone")
            return created
        finally:
            await h.aclose()

    created = run(main())
    changes = history.recent()
    assert [(c.action, c.result) for c in changes] == [
        ("deleted", "failed"),
        ("updated", "ok"),
        ("created", "ok"),
    ]
    assert changes[2].meeting_id == created.id and "start_time" in changes[2].fields
    assert changes[1].fields == ("agenda",)
    assert "private words" not in repr(changes)
    history.close()


def test_a_refused_connection_is_named_as_such(sandbox):
    from tests.core.conftest import run

    async def main() -> None:
        h = Harness(sandbox)
        sandbox.stop()
        try:
            await h.client.list_users()
        finally:
            await h.aclose()

    with pytest.raises(NetworkError) as caught:
        run(main())
    assert caught.value.kind == "connection refused"
    assert "nothing is listening" in caught.value.summary()
