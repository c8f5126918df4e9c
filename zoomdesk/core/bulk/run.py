"""Doing the plan: a few rows at a time through the one client (one shared token), each
outcome written to the results file as it comes.

- Per-second 429s: the client waits and retries (Retry-After); if the storm outlasts its
  retries, the row goes back in the queue after a pause. A 429 is a refusal, so nothing was
  created and retrying cannot duplicate.
- A host's daily 429 stops that host alone: its remaining rows wait for the reset Zoom names.
- A create that may or may not have reached Zoom is `unknown`, never retried here; the next
  run lists the host's meetings and creates it only if it is not there.
- `cancel()` starts nothing more (queued rows are `cancelled`, never sent); what is in flight
  finishes. If the task itself is cancelled, what was in flight is marked `unknown`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from zoomdesk.core.bulk.columns import BulkRow
from zoomdesk.core.bulk.plan import (
    CHECK,
    CREATE,
    INVALID,
    SKIP,
    UPDATE,
    Plan,
    RowPlan,
    next_reset,
)  # fmt: skip
from zoomdesk.core.bulk.results import (
    CANCELLED,
    DONE,
    FAILED,
    INVALID_ROW,
    SENDING,
    UNKNOWN,
    WAITING,
    ResultsWriter,
    RowResult,
)  # fmt: skip
from zoomdesk.core.drafts import MeetingDraft, find_created
from zoomdesk.core.errors import (
    BadResponseError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    ZoomDeskError,
)  # fmt: skip
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_service import FIND_MARGIN, MeetingService
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import Json, Meeting
from zoomdesk.core.wallclock import shown_datetime

log = logging.getLogger(__name__)

QPS_REQUEUES = 5  # after the client's own retries: a storm longer than this fails the row
QPS_PAUSE = 1.0


@dataclass(frozen=True)
class TrackedUpdate(MeetingUpdate):
    """A MeetingUpdate that also sets tracking fields (`[{field, value}]` in the body)."""

    tracking: tuple[tuple[str, str], ...] = ()

    def given(self) -> list[str]:
        """The schema's keys only: tracking fields are the account's, not the schema's."""
        return [key for key in super().given() if key != "tracking"]

    def __bool__(self) -> bool:
        return bool(self.given()) or bool(self.tracking)

    def body(self, *, occurrence: bool = False) -> Json:
        out = super().body(occurrence=occurrence)
        if self.tracking:
            out["tracking_fields"] = [{"field": n, "value": v} for n, v in self.tracking]
        return out


def wanted_update(baseline: MeetingDraft, row: BulkRow) -> TrackedUpdate:
    """Only what the row's non-empty cells change in the meeting as Zoom has it."""
    given = row.given
    settings = {k.removeprefix("settings."): v for k, v in given.items() if k.startswith("set")}
    changes = {k: v for k, v in given.items() if not k.startswith("settings.")}
    wanted = baseline.with_changes(
        **changes, settings={**baseline.settings, **settings}
    )  # `start` and `timezone` are the draft's own names, as are the others
    update = MeetingUpdate.diff(baseline, wanted)
    # The list Zoom gives has no settings; a setting cell is sent unless the baseline shows it.
    update_settings = {k: v for k, v in settings.items() if baseline.settings.get(k) != v}
    fields = {f: getattr(update, f) for f in ("topic", "type", "start", "duration", "agenda",
                                                 "password", "recurrence")}  # fmt: skip
    tracking = tuple((t["field"], t["value"]) for t in row.tracking)
    return TrackedUpdate(settings=update_settings, tracking=tracking, **fields)


@dataclass
class Progress:
    total: int
    finished: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class BulkRun:
    def __init__(
        self,
        service: MeetingService,
        plan: Plan,
        writer: ResultsWriter,
        *,
        concurrency: int = 4,
        on_result: Callable[[RowResult, Progress], None] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.service = service
        self.client = service.client
        self.plan = plan
        self.writer = writer
        self.concurrency = max(1, concurrency)
        self.on_result = on_result
        self._sleep = sleep
        self._cancelled = False
        self._stopped: dict[str, datetime] = {}  # host user ID → when its daily limit resets
        self._listings: dict[str, asyncio.Future[dict[int, Meeting]]] = {}
        self._claimed: set[str] = {p.previous.meeting_id for p in plan.rows if p.previous}
        self.results: list[RowResult] = []
        self.progress = Progress(len(plan.rows))
        self._io = ThreadPoolExecutor(self.concurrency, thread_name_prefix="zoomdesk-results")

    def cancel(self) -> None:
        self._cancelled = True

    async def run(self) -> list[RowResult]:
        queue: asyncio.Queue[RowPlan] = asyncio.Queue()
        try:
            for plan in self.plan.rows:
                if plan.today:
                    queue.put_nowait(plan)
                else:
                    await self._record(self._not_sent(plan), sync=False)
            async with asyncio.TaskGroup() as group:
                for _ in range(min(self.concurrency, queue.qsize())):
                    group.create_task(self._worker(queue))
        finally:
            await asyncio.get_running_loop().run_in_executor(self._io, self.writer.close)
            self._io.shutdown(wait=False)
        return self.results

    def _base(self, plan: RowPlan) -> RowResult:
        row, draft = plan.row, plan.row.draft
        start = draft.start.strftime("%Y-%m-%d %H:%M") if draft and draft.start else ""
        return RowResult(
            plan.row.line, row.key, row.action, "", host=row.host,
            topic=row.cells.get("topic", ""), start=start or row.cells.get("start", ""),
            fingerprint=row.fingerprint, meeting_id=str(row.meeting_id or ""),
        )  # fmt: skip

    def _not_sent(self, plan: RowPlan) -> RowResult:
        base = self._base(plan)
        if plan.step == INVALID:
            text = "; ".join(f"{p.column}: {p.message}" for p in plan.row.problems)
            return base.with_(status=INVALID_ROW, error=text)
        if plan.step == SKIP and plan.previous is not None:
            note = ""
            if plan.row.meeting_id is None and plan.previous.fingerprint != plan.row.fingerprint:
                # A create is never repeated; an edit of its row is not an update either.
                note = translate(
                    "Bulk",
                    "created before as meeting {meeting_id}; this row has changed since: to "
                    "change the meeting, put its ID in meeting_id",
                ).format(meeting_id=plan.previous.meeting_id)
            return plan.previous.with_(line=plan.row.line, action="none", error=note)
        assert plan.reset_at is not None
        return base.with_(status=WAITING, error=_waits(plan.reset_at, by_zoom=False))

    async def _worker(self, queue: asyncio.Queue[RowPlan]) -> None:
        while not queue.empty():
            plan = queue.get_nowait()
            host_id = plan.user.id if plan.user else ""
            if self._cancelled:
                await self._record(
                    self._base(plan).with_(
                        status=CANCELLED, error=translate("Bulk", "cancelled before it was sent")
                    ),
                    sync=False,
                )
                continue
            if host_id in self._stopped:
                reset = self._stopped[host_id]
                result = self._base(plan).with_(status=WAITING, error=_waits(reset, by_zoom=True))
                await self._record(result, sync=False)
                continue
            try:
                result = await self._do(plan)
            except RateLimitError as error:
                if error.daily:
                    reset = error.reset_at or _next_midnight()
                    self._stopped[host_id] = reset
                    result = self._base(plan).with_(
                        status=WAITING, error=_waits(reset, by_zoom=True)
                    )
                elif plan.step != SKIP and _requeue(plan):
                    await self._sleep(QPS_PAUSE)
                    queue.put_nowait(plan)
                    continue
                else:
                    result = self._base(plan).with_(status=FAILED, error=error.summary())
            except Exception as error:  # a bug must fail its row, not the whole import
                log.exception("bulk import: line %s", plan.row.line)
                text = translate("Bulk", "unexpected error: {error}").format(error=repr(error))
                result = self._base(plan).with_(status=FAILED, error=text)
            await self._record(result, sync=False)

    async def _do(self, plan: RowPlan) -> RowResult:
        base = self._base(plan)
        try:
            if plan.step == UPDATE:
                return await self._update(plan, base)
            if plan.step == CHECK:
                found = await self._find(plan)
                if found is not None:
                    return base.with_(status=DONE, meeting_id=str(found.id),
                                      join_url=found.join_url, error="")  # fmt: skip
            return await self._create(plan, base)
        except RateLimitError:
            raise
        except (OutcomeUnknownError, BadResponseError) as error:
            return base.with_(status=UNKNOWN, error=error.summary())
        except ZoomDeskError as error:
            return base.with_(status=FAILED, error=error.summary())
        except asyncio.CancelledError:
            if plan.step in (CREATE, CHECK, UPDATE):
                # The request may be out: say so (a create's `sending` line already does).
                stopped = translate("Bulk", "stopped while in flight")
                self.writer.write(base.with_(status=UNKNOWN, error=stopped))
            raise

    async def _create(self, plan: RowPlan, base: RowResult) -> RowResult:
        draft = plan.row.draft
        assert draft is not None and plan.user is not None
        if problems := draft.problems():
            return base.with_(status=FAILED, error="; ".join(p.message for p in problems))
        body = draft.create_body()
        if plan.row.tracking:
            body["tracking_fields"] = plan.row.tracking
        sent_at = datetime.now(UTC).isoformat(timespec="seconds")
        await self._record(base.with_(status=SENDING, sent_at=sent_at), sync=True, report=False)
        try:
            meeting = await self.client.create_meeting(plan.row.host, body)
        except RateLimitError:
            # Refused, so nothing was made: the row is no longer in flight.
            refused = translate("Bulk", "refused (429)")
            await self._record(base.with_(status=CANCELLED, error=refused), report=False)
            raise
        return base.with_(status=DONE, meeting_id=str(meeting.id), join_url=meeting.join_url,
                          sent_at=sent_at)  # fmt: skip

    async def _find(self, plan: RowPlan) -> Meeting | None:
        assert plan.row.draft is not None and plan.user is not None and plan.previous
        meetings = await self.client.list_meetings(plan.user.id, "scheduled")
        try:
            sent = datetime.fromisoformat(plan.previous.sent_at)
        except ValueError:
            sent = datetime.now(UTC)
        free = [m for m in meetings if str(m.id) not in self._claimed]
        found = find_created(free, plan.row.draft, sent - FIND_MARGIN)
        if found is not None:
            self._claimed.add(str(found.id))
        return found

    async def _update(self, plan: RowPlan, base: RowResult) -> RowResult:
        assert plan.row.meeting_id is not None and plan.user is not None
        meeting = (await self._listing(plan.user.id)).get(plan.row.meeting_id)
        if meeting is None:  # not in the host's list (another host's, or past): ask for it
            try:
                meeting = await self.client.get_meeting(plan.row.meeting_id)
            except NotFoundError:
                text = translate("Bulk", "No meeting {meeting_id}.")
                return base.with_(status=FAILED, error=text.format(meeting_id=plan.row.meeting_id))
        update = wanted_update(MeetingDraft.from_meeting(meeting), plan.row)
        base = base.with_(join_url=meeting.join_url)
        if not update:
            return base.with_(status=DONE, action="none", error="")
        if problems := update.problems():
            return base.with_(status=FAILED, error="; ".join(p.message for p in problems))
        await self.client.update_meeting(
            meeting.id, update, topic=meeting.topic, host=plan.row.host
        )
        return base.with_(status=DONE)

    async def _listing(self, host_id: str) -> dict[int, Meeting]:
        """The host's scheduled meetings, listed once per run (the baselines of its updates)."""
        future = self._listings.get(host_id)
        if future is None:
            future = self._listings[host_id] = asyncio.get_running_loop().create_future()
            try:
                meetings = await self.client.list_meetings(host_id, "scheduled")
            except BaseException as error:
                del self._listings[host_id]
                future.set_exception(error)
                future.exception()  # retrieved here; the caller gets it raised
                raise
            future.set_result({m.id: m for m in meetings})
        return await asyncio.shield(future)

    async def _record(self, result: RowResult, *, sync: bool = False, report: bool = True) -> None:
        if sync:  # fsync may stall on a slow disk: off the loop
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(self._io, lambda: self.writer.write(result, sync=True))
        else:  # one line appended to the page cache: a short write(2), not worth a thread hop
            self.writer.write(result, sync=False)
        if not report:
            return
        self.results.append(result)
        self.progress.finished += 1
        counts = self.progress.counts
        counts[result.status] = counts.get(result.status, 0) + 1
        if self.on_result is not None:
            self.on_result(result, self.progress)


def _requeue(plan: RowPlan) -> bool:
    if plan.requeues >= QPS_REQUEUES:
        return False
    plan.requeues += 1
    return True


def _waits(reset: datetime, *, by_zoom: bool) -> str:
    """Why a row waits: Zoom's daily 429 said so, or the plan counted past the limit."""
    if by_zoom:
        text = translate(
            "Bulk", "waits for the host's daily limit (Zoom): run the import again after {time} UTC"
        )
    else:
        text = translate(
            "Bulk",
            "waits for the host's daily limit (the plan): run the import again after {time} UTC",
        )
    return text.format(time=shown_datetime(reset.astimezone(UTC)))


def _next_midnight() -> datetime:
    return next_reset(datetime.now(UTC))
