"""The meeting editing service without Qt, against the sandbox over loopback: what each user
action costs in requests, and that invalid changes are refused before anything is sent."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.core.conftest import Harness
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import DraftInvalid
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import MeetingType, Recurrence, RecurrenceType


def api_calls(sandbox: Any, since: int) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in sandbox.requests[since:] if r.path.startswith("/v2/")]


def patch_path(sandbox: Any, since: int) -> str:
    return next(r.path for r in sandbox.requests[since:] if r.method == "PATCH")


def host(sandbox: Any) -> str:
    return str(sandbox.state.users[0]["id"])


def draft(**kw: Any) -> MeetingDraft:
    start = (datetime.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    base: dict[str, Any] = {
        "topic": "Board meeting",
        "start": start,
        "timezone": "Europe/Berlin",
        "duration": 45,
    }
    base.update(kw)
    return MeetingDraft(**base)


def test_a_create_is_one_post_and_its_answer_is_the_meeting(harness, sandbox):
    async def body(h: Harness) -> Any:
        await h.client.tokens.get()
        before = len(sandbox.requests)
        meeting = await MeetingService(h.client).create(host(sandbox), draft())
        return before, meeting

    before, meeting = harness(body)
    assert api_calls(sandbox, before) == [("POST", f"/v2/users/{host(sandbox)}/meetings")]
    assert meeting.topic == "Board meeting" and meeting.join_url


def test_an_edit_is_get_patch_get_and_returns_what_zoom_now_has(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        created = await service.create(host(sandbox), draft())
        before = len(sandbox.requests)
        baseline = await service.load(created.id)
        edited = baseline.draft.with_changes(
            topic="Board meeting (moved)", settings={**baseline.draft.settings, "audio": "voip"}
        )
        saved = await service.save(baseline, MeetingUpdate.diff(baseline.draft, edited))
        return created, before, saved

    created, before, saved = harness(body)
    path = f"/v2/meetings/{created.id}"
    assert api_calls(sandbox, before) == [("GET", path), ("PATCH", path), ("GET", path)]
    assert saved.topic == "Board meeting (moved)" and saved.settings["audio"] == "voip"


def test_one_occurrence_is_loaded_without_a_request_and_moved_in_utc(harness, sandbox):
    weekly = Recurrence(RecurrenceType.WEEKLY, weekly_days=(2,), end_times=4)
    series_draft = draft(type=MeetingType.RECURRING_FIXED_TIME, recurrence=weekly)

    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        series = await service.create(host(sandbox), series_draft)
        baseline = await service.load(series.id)
        occurrence = baseline.meeting.occurrences[1].occurrence_id
        before = len(sandbox.requests)
        one = baseline.for_occurrence(occurrence)
        assert len(sandbox.requests) == before
        assert one.draft.start is not None
        moved = one.draft.with_changes(start=one.draft.start + timedelta(hours=2))
        await service.save(one, MeetingUpdate.diff(one.draft, moved, occurrence=True))
        return series, occurrence, before, moved

    series, occurrence, before, moved = harness(body)
    assert patch_path(sandbox, before) == f"/v2/meetings/{series.id}"
    patch = next(r for r in sandbox.requests[before:] if r.method == "PATCH")
    assert patch.query_string == f"occurrence_id={occurrence}"
    utc = moved.start.replace(tzinfo=ZoneInfo("Europe/Berlin")).astimezone(ZoneInfo("UTC"))
    assert patch.body == (f'{{"start_time":"{utc:%Y-%m-%dT%H:%M:%S}Z"}}').encode()


def test_an_invalid_change_is_refused_before_anything_is_sent(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        created = await service.create(host(sandbox), draft())
        baseline = await service.load(created.id)
        before = len(sandbox.requests)
        with pytest.raises(DraftInvalid) as refused:
            await service.save(baseline, MeetingUpdate(topic=" ", duration=0))
        with pytest.raises(DraftInvalid) as once:
            await service.save(
                baseline.for_occurrence("1"), MeetingUpdate(topic="x", settings={"audio": "voip"})
            )
        return before, refused.value, once.value

    before, refused, once = harness(body)
    assert api_calls(sandbox, before) == []
    assert {p.field for p in refused.problems} == {"topic", "duration"}
    assert {p.field for p in once.problems} == {"topic", "settings.audio"}


def test_an_invalid_draft_is_not_created(harness, sandbox):
    async def body(h: Harness) -> Any:
        await h.client.tokens.get()
        before = len(sandbox.requests)
        with pytest.raises(DraftInvalid) as refused:
            await MeetingService(h.client).create(host(sandbox), draft(password="not allowed!"))
        return before, refused.value

    before, refused = harness(body)
    assert api_calls(sandbox, before) == []
    assert [p.field for p in refused.problems] == ["password"]


def test_deleting_one_occurrence_returns_the_series_without_it(harness, sandbox):
    daily = Recurrence(RecurrenceType.DAILY, end_times=3)

    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        series = await service.create(
            host(sandbox), draft(type=MeetingType.RECURRING_FIXED_TIME, recurrence=daily)
        )
        full = (await service.load(series.id)).meeting
        first = full.occurrences[0].occurrence_id
        left = await service.delete(full, first)
        gone = await service.delete(full)
        return first, left, gone

    first, left, gone = harness(body)
    assert left is not None and first not in {o.occurrence_id for o in left.occurrences}
    assert gone is None


def test_a_lost_create_is_found_by_topic_and_start_and_not_confused_with_others(harness, sandbox):
    async def body(h: Harness) -> Any:
        service = MeetingService(h.client)
        sent_at = datetime.now().astimezone()
        made = await service.create(host(sandbox), draft(topic="Found me"))
        found = await service.find_created(host(sandbox), draft(topic="Found me"), sent_at)
        other = await service.find_created(host(sandbox), draft(topic="Never made"), sent_at)
        return made, found, other

    made, found, other = harness(body)
    assert found is not None and found.id == made.id
    assert other is None
