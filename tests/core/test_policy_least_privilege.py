"""Least privilege: the scopes a token holds for nothing, the minimal sets, and the account's
daily request budget that bulk work consults."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.core.test_cli import zoomdesk
from zoomdesk.core.errors import RateLimit, RateLimitError
from zoomdesk.core.ratelimit import RateBudget
from zoomdesk.core.scopes import NEEDS, minimal_scopes, unused_scopes
from zoomdesk.sandbox import Sandbox

EXTRA = ["recording:read:admin", "user:write:admin", "cloud_recording:delete:recording:admin"]


def test_token_json_lists_granted_scopes_zoomdesk_never_uses(zoom_env):
    granted = [*minimal_scopes("schedule"), *EXTRA]
    with Sandbox(scopes=granted) as box:
        env = {**zoom_env, "ZOOMDESK_OAUTH_URL": box.url}
        result = zoomdesk("token", "--json", env=env)
        text = zoomdesk("token", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["unused_scopes"] == sorted(EXTRA)
    assert data["missing_scopes"] == []
    assert "Unused scopes: " in text.stdout and "recording:read:admin" in text.stdout


def test_a_browsing_token_misses_the_write_scopes_and_wastes_none(zoom_env):
    with Sandbox(scopes=minimal_scopes("browse")) as box:
        env = {**zoom_env, "ZOOMDESK_OAUTH_URL": box.url}
        data = json.loads(zoomdesk("token", "--json", env=env).stdout)
    assert data["unused_scopes"] == []
    assert "meeting:write:meeting:admin" in data["missing_scopes"]


def test_the_minimal_sets_cover_exactly_what_each_purpose_does():
    browse, schedule = minimal_scopes("browse"), minimal_scopes("schedule")
    assert set(browse) < set(schedule)
    assert all(":read:" in s for s in browse)
    core = [n for n in NEEDS.values() if not n.optional]  # registrants etc.: only when used
    assert set(schedule) == {n.granular for n in core}
    assert set(minimal_scopes("schedule", classic=True)) == {n.classic for n in core}
    assert unused_scopes(schedule) == []
    assert unused_scopes(minimal_scopes("schedule", classic=True)) == []


def test_the_client_keeps_zooms_remaining_requests_per_category(harness):
    async def body(h):  # type: ignore[no-untyped-def]
        await h.client.list_users()
        await h.client.list_meetings("me")
        return h.client.rate_budget

    budget = harness(body)
    assert budget.latest  # the sandbox, like Zoom, labels every answer with its category
    for category, seen in budget.latest.items():
        assert budget.remaining(category) == seen.remaining
        assert seen.limit and 0 <= (seen.remaining or 0) <= seen.limit


def test_bulk_work_slows_before_the_daily_limit_and_stops_short_of_it():
    budget = RateBudget()
    noon = datetime(2030, 1, 1, 12, tzinfo=UTC)

    def at(remaining: int) -> RateLimit:
        return RateLimit(category="Medium", limit=2000, remaining=remaining)

    assert budget.pace(now=noon).wait_s == 0 and not budget.pace(now=noon).stop  # unknown
    budget.note(at(1500))
    assert budget.pace("Medium", now=noon).wait_s == 0
    budget.note(at(300))
    early = budget.pace("Medium", now=noon)
    budget.note(at(150))
    late = budget.pace(now=noon)  # the scarcest category decides
    assert 0 < early.wait_s < late.wait_s and not late.stop
    assert "150 of 2000 Medium requests left" in late.reason and "00:00 UTC" in late.reason
    budget.note(at(100))
    assert budget.pace("Medium", now=noon).stop
    budget.note(RateLimit(category="Light", limit=6000, remaining=5990))
    assert budget.pace("Light", now=noon).wait_s == 0
    assert budget.pace(now=noon).stop  # Medium is still nearly spent


def test_a_real_client_run_out_of_quota_tells_bulk_work_to_stop(sandbox, harness):
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(kind="rate_limit_daily", path="/users$", method="GET"))

    async def body(h):  # type: ignore[no-untyped-def]
        with pytest.raises(RateLimitError):
            await h.client.list_users()
        return h.client.rate_budget.pace()

    pace = harness(body)
    assert pace.stop and "0 of" in pace.reason
