"""Changes whose answer is not Zoom's: the client never reports success it did not get, and the
local history records what is known (ok, failed, unknown) without ever hiding the real result."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.core.conftest import Harness, run
from tests.core.test_client import fault, new_meeting_body, owner
from zoomdesk.core.errors import (
    BadResponseError,
    DraftInvalid,
    NotFoundError,
    OutcomeUnknownError,
    ServerError,
    ZoomDeskError,
)
from zoomdesk.core.history import History
from zoomdesk.core.meeting_update import MeetingUpdate


def with_history(sandbox: Any, tmp_path: Path, body: Any) -> tuple[Any, History]:
    history = History(tmp_path / "history.sqlite3")

    async def main() -> Any:
        h = Harness(sandbox)
        h.client.history = history
        try:
            return await body(h)
        finally:
            await h.aclose()

    try:
        return run(main()), history
    except BaseException:
        history.close()
        raise


def request_arrives(sandbox: Any, monkeypatch: Any, method: str, path: str) -> threading.Event:
    """Set once the sandbox has received such a request (before it answers)."""
    arrived = threading.Event()
    record = sandbox.record_request

    def watch(recorded: Any) -> None:
        record(recorded)
        if recorded.method == method and re.search(path, recorded.path):
            arrived.set()

    monkeypatch.setattr(sandbox, "record_request", watch)
    return arrived


def a_meeting(sandbox: Any) -> int:
    return int(next(iter(sandbox.state.meetings)))


@pytest.mark.parametrize("action", ["update", "delete"])
@pytest.mark.parametrize("occurrence_id", ["", "  "])
def test_an_empty_occurrence_id_is_refused_before_anything_is_sent(
    harness, sandbox, action, occurrence_id
):
    meeting_id = a_meeting(sandbox)

    async def body(h: Harness) -> None:
        if action == "update":
            await h.client.update_meeting(meeting_id, {"agenda": "x"}, occurrence_id)
        else:
            await h.client.delete_meeting(meeting_id, occurrence_id)

    with pytest.raises(DraftInvalid, match="occurrence_id"):
        harness(body)
    assert sandbox.count("PATCH", "/v2/meetings") == sandbox.count("DELETE", "/v2/meetings") == 0
    assert meeting_id in sandbox.state.meetings


@pytest.mark.parametrize("method", ["PATCH", "DELETE"])
def test_a_change_answered_by_a_page_instead_of_zoom_is_not_success(sandbox, tmp_path, method):
    meeting_id = a_meeting(sandbox)
    fault(sandbox, kind="html", method=method, path=r"^/v2/meetings/")

    async def body(h: Harness) -> None:
        if method == "PATCH":
            await h.client.update_meeting(meeting_id, MeetingUpdate(agenda="x"), topic="t")
        else:
            await h.client.delete_meeting(meeting_id, topic="t")

    with pytest.raises(BadResponseError) as caught:
        with_history(sandbox, tmp_path, body)
    assert "HTML page" in caught.value.summary() and "not Zoom's answer" in caught.value.summary()
    assert caught.value.status == 200
    history = History(tmp_path / "history.sqlite3")
    [change] = history.recent()
    assert change.result == "unknown" and change.meeting_id == meeting_id
    history.close()


def test_a_delete_answered_with_a_200_json_body_is_not_zoom_s_204(harness, sandbox):
    """Zoom answers DELETE with 204 and no body; any other success-looking answer is suspect."""
    meeting_id = a_meeting(sandbox)
    fault(sandbox, kind="status", status=200, body={"ok": True}, method="DELETE")

    async def body(h: Harness) -> None:
        await h.client.delete_meeting(meeting_id)

    with pytest.raises(BadResponseError, match="instead of Zoom's 204"):
        harness(body)
    assert meeting_id in sandbox.state.meetings


def test_a_created_meeting_whose_answer_is_cut_off_is_an_unknown_outcome(sandbox, tmp_path):
    fault(sandbox, kind="truncated_json", method="POST", path="/meetings$")
    before = len(sandbox.state.meetings)

    async def body(h: Harness) -> None:
        await h.client.create_meeting(owner(sandbox), new_meeting_body("Cut off"))

    with pytest.raises(OutcomeUnknownError) as caught:
        with_history(sandbox, tmp_path, body)
    assert isinstance(caught.value.cause, BadResponseError) and caught.value.cause.status == 201
    assert len(sandbox.state.meetings) == before + 1  # it does exist: "failed" would be wrong
    history = History(tmp_path / "history.sqlite3")
    assert [(c.action, c.result) for c in history.recent()] == [("created", "unknown")]
    history.close()


def test_a_change_cancelled_while_in_flight_is_recorded_as_unknown(sandbox, tmp_path, monkeypatch):
    fault(sandbox, kind="delay", seconds=30, method="POST", path="/meetings$")
    sent = request_arrives(sandbox, monkeypatch, "POST", "/meetings$")

    async def body(h: Harness) -> None:
        task = asyncio.create_task(h.client.create_meeting(owner(sandbox), new_meeting_body()))
        assert await asyncio.get_running_loop().run_in_executor(None, sent.wait, 10)
        task.cancel()  # the request is out, its answer not yet in
        await asyncio.gather(task, return_exceptions=True)

    _, history = with_history(sandbox, tmp_path, body)
    [change] = history.recent()
    assert (change.action, change.result) == ("created", "unknown")
    assert "interrupted" in change.detail
    history.close()


def test_an_id_too_large_for_sqlite_still_reports_zoom_s_answer(sandbox, tmp_path):
    async def body(h: Harness) -> None:
        await h.client.delete_meeting(9223372036854775808)

    with pytest.raises(NotFoundError) as caught:
        with_history(sandbox, tmp_path, body)
    assert caught.value.code == 3001
    history = History(tmp_path / "history.sqlite3")
    [change] = history.recent()
    assert change.meeting_id == 9223372036854775808 and change.result == "failed"
    history.close()


def test_a_history_that_cannot_be_written_never_replaces_the_result(sandbox, tmp_path):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the history's folder should be")
    meeting_id = a_meeting(sandbox)
    history = History(blocked / "history.sqlite3")

    async def main() -> None:
        h = Harness(sandbox)
        h.client.history = history
        try:
            await h.client.delete_meeting(meeting_id)
        finally:
            await h.aclose()

    run(main())  # deleted, and no history error in its place
    assert meeting_id not in sandbox.state.meetings


def test_a_history_file_with_integer_ids_is_migrated_to_text_ids(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE changes (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,"
        " meeting_id INTEGER, occurrence_id TEXT, topic TEXT NOT NULL DEFAULT '',"
        " fields TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"
    )
    db.execute(
        "INSERT INTO changes (at, action, meeting_id, topic, result)"
        " VALUES ('2027-01-01T00:00:00+00:00', 'deleted', 85746065432, 'Old', 'ok')"
    )
    db.commit()
    db.close()
    from zoomdesk.core.history import Change, now

    history = History(path)
    history.record(Change(now(), "deleted", 2**70, None, "Huge", (), "failed"))
    assert [(c.meeting_id, c.topic) for c in history.recent()] == [
        (2**70, "Huge"),
        (85746065432, "Old"),
    ]
    history.close()


def test_one_failing_host_does_not_stop_the_others_when_failures_are_collected(harness, sandbox):
    users = sandbox.state.users
    bad = str(users[0]["id"])
    fault(sandbox, kind="status", status=500, path=f"^/v2/users/{bad}/meetings$", times=None)
    failed: list[tuple[str, ZoomDeskError]] = []

    async def collected(h: Harness) -> Any:
        return await h.client.list_all_meetings_raw(
            on_error=lambda user, error: failed.append((user.id, error))
        )

    meetings = harness(collected)
    assert [(who, type(error)) for who, error in failed] == [(bad, ServerError)]
    others = {str(m["id"]) for m in meetings}
    assert others and all(sandbox.state.meetings[int(m)]["host_id"] != bad for m in others)

    async def raised(h: Harness) -> Any:
        return await h.client.list_all_meetings_raw()

    with pytest.raises(ServerError):  # itself, not an ExceptionGroup
        harness(raised)


@pytest.mark.parametrize("user", ["..", ".", "a/b", "x?y=1", "me#frag"])
def test_a_user_id_is_always_one_path_segment(harness, sandbox, user):
    async def body(h: Harness) -> None:
        await h.client.list_meetings(user)

    with pytest.raises(NotFoundError) as caught:
        harness(body)
    assert caught.value.code == 1001
    [request] = [r for r in sandbox.requests if r.path.startswith("/v2/")]
    assert request.path.endswith("/meetings") and request.path.count("/") == 4
    assert request.path.startswith("/v2/users/")
