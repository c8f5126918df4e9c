"""The meeting editing service against the sandbox over loopback, for what the first mutation run
of meeting_service.py found unpinned: the history's topic, one occurrence's checks, the host's
passcode rules, an empty edit, the cancellation emails and how far Zoom's clock may lag."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.core.conftest import Harness, run
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import DraftInvalid
from zoomdesk.core.history import History
from zoomdesk.core.host_defaults import PasscodeRules
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import MeetingType, Recurrence, RecurrenceType

STRICT = PasscodeRules(required=True, length=8, have_number=True)


def host(sandbox: Any) -> str:
    return str(sandbox.state.users[0]["id"])


def draft(**kw: Any) -> MeetingDraft:
    start = (datetime.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    base: dict[str, Any] = {"topic": "Board meeting", "start": start, "timezone": "Europe/Berlin"}
    base.update(kw)
    return MeetingDraft(**base)


def series_draft() -> MeetingDraft:
    daily = Recurrence(RecurrenceType.DAILY, end_times=3)
    return draft(type=MeetingType.RECURRING_FIXED_TIME, recurrence=daily)


def sent(sandbox: Any, since: int, method: str) -> list[Any]:
    return [r for r in sandbox.requests[since:] if r.method == method]


def test_a_saved_edit_and_a_delete_are_recorded_under_the_meetings_topic(sandbox, tmp_path: Path):
    history = History(tmp_path / "history.sqlite3")

    async def main() -> None:
        h = Harness(sandbox)
        h.client.history = history
        try:
            service = MeetingService(h.client)
            made = await service.create(host(sandbox), draft(topic="Budget"))
            baseline = await service.load(made.id)
            assert baseline.host_id == host(sandbox)
            await service.save(baseline, MeetingUpdate(agenda="Numbers"))
            await service.update(made.id, MeetingUpdate(duration=50))  # as the CLI may
            await service.delete(baseline.meeting)
        finally:
            await h.aclose()

    run(main())
    deleted, untitled, updated = history.recent()[:3]
    assert (updated.action, updated.topic, updated.fields) == ("updated", "Budget", ("agenda",))
    assert (untitled.action, untitled.topic) == ("updated", "")
    assert (deleted.action, deleted.topic) == ("deleted", "Budget")
    history.close()


def test_loading_one_occurrence_gives_its_own_draft_and_id(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        series = await service.create(host(sandbox), series_draft())
        whole = await service.load(series.id)
        second = whole.meeting.occurrences[1]
        one = await service.load(series.id, second.occurrence_id)
        return whole, second, one

    whole, second, one = harness(body)
    assert whole.occurrence_id is None
    assert one.occurrence_id == second.occurrence_id
    assert one.draft.start != whole.draft.start
    assert one.meeting.id == whole.meeting.id


def test_an_edit_of_one_occurrence_is_checked_as_one_occurrence(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        series = await service.create(host(sandbox), series_draft())
        occurrence = (await service.load(series.id)).meeting.occurrences[0].occurrence_id
        before = len(sandbox.requests)
        with pytest.raises(DraftInvalid) as refused:
            await service.update(series.id, MeetingUpdate(topic="Only this one"), occurrence)
        await service.update(series.id, MeetingUpdate(topic="The whole series"))
        return before, refused.value

    before, refused = harness(body)
    assert [p.field for p in refused.problems] == ["topic"]
    assert [r.query_string for r in sent(sandbox, before, "PATCH")] == [""]


def test_a_passcode_against_the_hosts_rules_is_refused_before_sending(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        made = await service.create(host(sandbox), draft())
        before = len(sandbox.requests)
        with pytest.raises(DraftInvalid) as on_update:
            await service.update(made.id, MeetingUpdate(password="abc"), rules=STRICT)
        with pytest.raises(DraftInvalid) as on_create:
            await service.create(host(sandbox), draft(password="abc"), rules=STRICT)
        await service.update(made.id, MeetingUpdate(password="abcdefg1"), rules=STRICT)
        return before, on_update.value, on_create.value

    before, on_update, on_create = harness(body)
    assert {p.field for p in on_update.problems} == {"password"}
    assert {p.field for p in on_create.problems} == {"password"}
    assert len(sent(sandbox, before, "PATCH")) == 1
    assert sent(sandbox, before, "POST") == []


def test_an_edit_that_changes_nothing_sends_nothing(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        baseline = await service.load((await service.create(host(sandbox), draft())).id)
        before = len(sandbox.requests)
        await service.update(baseline.meeting.id, MeetingUpdate())
        return before

    before = harness(body)
    assert sandbox.requests[before:] == []


@pytest.mark.parametrize("notify", [True, False])
def test_a_delete_asks_zoom_to_email_the_cancellation_only_when_told(harness, sandbox, notify):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        made = await service.create(host(sandbox), draft())
        before = len(sandbox.requests)
        assert await service.delete(made, notify=notify) is None
        return before

    before = harness(body)
    (delete,) = sent(sandbox, before, "DELETE")
    emailed = "schedule_for_reminder=true" in delete.query_string
    assert emailed is notify


def test_deleting_one_occurrence_names_it_and_reloads_the_series(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        made = await service.create(host(sandbox), series_draft())
        series = (await service.load(made.id)).meeting
        first = series.occurrences[0].occurrence_id
        before = len(sandbox.requests)
        left = await service.delete(series, first)
        return series, first, before, left

    series, first, before, left = harness(body)
    (delete,) = sent(sandbox, before, "DELETE")
    assert delete.query_string == f"occurrence_id={first}"
    assert [r.method for r in sandbox.requests[before:]] == ["DELETE", "GET"]
    assert left is not None and left.id == series.id


@pytest.mark.parametrize(("ours_ahead_by", "found"), [(4.5, True), (5.5, False)])
def test_a_lost_create_is_found_when_zoooms_clock_lags_ours_by_up_to_five_minutes(
    harness, sandbox, ours_ahead_by, found
):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        made = await service.create(host(sandbox), draft(topic="Lost"))
        sent_at = datetime.now().astimezone() + timedelta(minutes=ours_ahead_by)
        return made, await service.find_created(host(sandbox), draft(topic="Lost"), sent_at)

    made, match = harness(body)
    assert (match is not None and match.id == made.id) is found
