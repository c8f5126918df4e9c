"""One import, as the CLI and the wizard both run it: read the file, read the results of any
earlier run, look up the account's users, plan, then do."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from zoomdesk.core.bulk.csvfile import Sheet, read_sheet
from zoomdesk.core.bulk.plan import Plan, make_plan
from zoomdesk.core.bulk.results import ResultsWriter, RowResult, read_results, results_path
from zoomdesk.core.bulk.run import BulkRun, Progress
from zoomdesk.core.history import History
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.models import User
from zoomdesk.core.policy import Policy

# Outcomes that make a run "not every row done" (exit 1 on the CLI).
NOT_DONE = ("failed", "unknown", "waiting", "cancelled", "invalid")


@dataclass
class Import:
    path: Path
    results: Path
    sheet: Sheet
    previous: dict[str, RowResult]
    plan: Plan
    users: list[User] | None = None  # None: not looked up (nothing needed sending)
    history: History | None = None
    excluded: frozenset[int] = frozenset()
    policy: Policy | None = None


async def users_if_needed(
    service: MeetingService, sheet: Sheet, previous: dict[str, RowResult]
) -> list[User] | None:
    """The account's users, to check the hosts: one request, skipped (None) when every row
    is already done as the results file says (an unchanged re-import sends nothing at all)."""
    probe = make_plan(sheet, [], previous, check_hosts=False) if previous else None
    if probe is not None and all(p.step == "skip" for p in probe.rows):
        return None
    return await service.client.list_users()


async def load(
    service: MeetingService,
    path: Path,
    *,
    results: Path | None = None,
    history: History | None = None,
    excluded: set[int] | None = None,
    policy: Policy | None = None,
) -> Import:
    """Read the file and any earlier results, look up the users only when a row needs them,
    and plan. Raises BadFile or HeaderError for a file that cannot be imported at all. The
    files and the history are read off the event loop (a slow network drive, SQLite)."""
    sheet = await asyncio.to_thread(read_sheet, path)
    target = results or results_path(path)
    previous = await asyncio.to_thread(read_results, target)
    users = await users_if_needed(service, sheet, previous)
    job = Import(path, target, sheet, previous, Plan([], {}), users, history,
                 frozenset(excluded or ()), policy)  # fmt: skip
    job.plan = await asyncio.to_thread(replan, job)
    return job


def replan(job: Import) -> Plan:
    return make_plan(
        job.sheet, job.users or [], job.previous, history=job.history, now=datetime.now(UTC),
        excluded=set(job.excluded), check_hosts=job.users is not None, policy=job.policy,
    )  # fmt: skip


async def run(
    service: MeetingService,
    job: Import,
    *,
    concurrency: int = 4,
    on_result: Callable[[RowResult, Progress], None] | None = None,
    on_start: Callable[[BulkRun], None] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> list[RowResult]:
    loop = asyncio.get_running_loop()  # the compact copy is written and synced off the loop
    writer = await loop.run_in_executor(None, ResultsWriter, job.results)
    if writer.previous != job.previous:
        # Another run wrote the results file after this one was planned: plan again from what
        # it did, or rows it created would be created twice.
        job.previous = writer.previous
        if job.users is None:
            job.users = await service.client.list_users()
        job.plan = await loop.run_in_executor(None, replan, job)
    extra = {"sleep": sleep} if sleep is not None else {}
    bulk = BulkRun(service, job.plan, writer, concurrency=concurrency, on_result=on_result, **extra)
    if on_start is not None:
        on_start(bulk)
    return await bulk.run()
