"""The sandbox's memory: demo and bulk data, and the optional state file."""

from __future__ import annotations

import json
import time

import pytest

from zoomdesk.sandbox import Sandbox, SandboxState, SandboxStateError
from zoomdesk.sandbox.timeutil import from_iso_z, iso_z

from .support import START, Clock, api_client


def test_the_demo_account_shows_every_kind_of_meeting(sandbox):
    meetings = list(sandbox.state.meetings.values())
    assert len(sandbox.state.users) == 4 and 8 <= len(meetings) <= 10
    assert sandbox.state.owner is sandbox.state.users[0]
    assert {m["type"] for m in meetings} == {2, 3, 8}
    assert {m["recurrence"]["type"] for m in meetings if m["type"] == 8} == {1, 2, 3}
    assert len({m["timezone"] for m in meetings}) >= 4
    now = sandbox.state.now()
    past = [m for m in meetings if m["type"] == 2 and m["start_time"] < iso_z(now)]
    assert len(past) >= 2  # one of them is the meeting in progress
    assert [m["status"] for m in meetings].count("started") == 1
    first_series = next(m for m in meetings if m.get("occurrences"))
    assert all(o["start_time"] > iso_z(now) for o in first_series["occurrences"][:2])


def test_the_demo_account_is_the_same_every_run_and_moves_with_the_clock():
    first, second = SandboxState(clock=Clock()), SandboxState(clock=Clock())
    assert list(first.meetings) == list(second.meetings)
    assert [u["id"] for u in first.users] == [u["id"] for u in second.users]
    later = SandboxState(clock=Clock(START + 7 * 86400))
    assert list(later.meetings) == list(first.meetings)
    shifted = [
        (_ts(b["start_time"]) - _ts(a["start_time"]))
        for a, b in zip(first.meetings.values(), later.meetings.values(), strict=True)
        if a.get("start_time") and a["timezone"] == "Asia/Tokyo"
    ]
    assert shifted and set(shifted) == {7 * 86400}


def test_seeding_ten_thousand_meetings_takes_well_under_a_second():
    state = SandboxState(clock=Clock())
    started = time.process_time()  # CPU time: other jobs on a busy CI machine don't count
    added = state.seed_bulk(20, 500)
    elapsed = time.process_time() - started
    assert len(added) == 20 and len(state.meetings) == 9 + 10_000
    assert elapsed < 1.0, f"seed_bulk took {elapsed:.2f}s"
    state.seed_bulk(2, 3)  # a second call adds new users rather than clashing
    assert len({u["email"] for u in state.users}) == len(state.users) == 26


def test_users_can_be_added_but_not_twice(sandbox):
    user = sandbox.state.add_user("new@example.com", "New", "Person", timezone="Europe/Oslo")
    assert user["timezone"] == "Europe/Oslo" and sandbox.state.find_user("NEW@example.com") is user
    with pytest.raises(ValueError):
        sandbox.state.add_user("New@Example.com", "Again", "Person")
    with pytest.raises(ValueError):
        sandbox.state.add_user("other@example.com", "Bad", "Status", status="deleted")


def test_reset_brings_back_the_demo_account(sandbox):
    sandbox.state.seed_bulk(3, 3)
    sandbox.state.reset()
    assert len(sandbox.state.users) == 4 and len(sandbox.state.meetings) == 9
    assert sandbox.state.tokens == {}


def test_an_unseeded_sandbox_starts_empty():
    with Sandbox(seed=False) as box:
        assert box.state.users == [] and box.state.meetings == {}


def test_the_state_file_keeps_the_account_and_tokens_across_restarts(tmp_path, clock):
    path = tmp_path / "state" / "sandbox.json"
    with Sandbox(state_file=path, clock=clock) as first, api_client(first) as api:
        created = api.post("/users/me/meetings", json={"topic": "Remember me"}).json()
        api.patch(f"/meetings/{created['id']}", json={"agenda": "Kept"})
        token = api.headers["authorization"].removeprefix("Bearer ")
    assert [p.name for p in path.parent.iterdir()] == ["sandbox.json"]  # no temp files left
    with Sandbox(state_file=path, clock=clock) as second, api_client(second, token) as api:
        again = api.get(f"/meetings/{created['id']}")
        assert again.status_code == 200 and again.json()["agenda"] == "Kept"
        assert again.json()["join_url"].startswith(second.url)  # links follow the new port
        api.delete(f"/meetings/{created['id']}")
    saved = json.loads(path.read_text())
    assert created["id"] not in {m["id"] for m in saved["meetings"]}


def test_a_state_file_that_is_not_ours_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "sandbox.json"
    path.write_text('{"something": "else"}')
    with pytest.raises(SandboxStateError):
        Sandbox(state_file=path)
    path.write_text("{broken")
    with pytest.raises(SandboxStateError):
        Sandbox(state_file=path)
    assert path.read_text() == "{broken"


def _ts(value: str) -> float:
    return from_iso_z(value).timestamp()
