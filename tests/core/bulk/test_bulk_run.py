"""Doing the plan against the sandbox: many hosts, Zoom's daily limit, 429 storms, timeouts
whose outcome is unknown, cancel, and re-runs that never create a duplicate."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tests.core.bulk.conftest import Bulk, bulk_hosts, many_rows, write_csv
from tests.core.conftest import Harness
from zoomdesk.core.bulk import importer
from zoomdesk.core.bulk.results import ImportBusy, RowResult
from zoomdesk.core.bulk.run import BulkRun
from zoomdesk.core.history import Change
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.sandbox.faults import Fault


def test_a_thousand_rows_over_twenty_hosts_make_one_meeting_each_with_one_request_each(
    bulk: Bulk, tmp_path: Path
):
    hosts = bulk_hosts(bulk.sandbox, 20)
    path = write_csv(tmp_path / "term.csv", many_rows(hosts, 1000))
    bulk.sandbox.clear_requests()

    results = bulk.run(path, concurrency=8)

    assert Counter(r.status for r in results) == {"done": 1000}
    made = bulk.meetings_with("Lesson ")
    assert len(made) == 1000 and len({m["topic"] for m in made}) == 1000
    assert bulk.sandbox.count("POST", "/v2/users/") == 1000  # exactly one request per row
    per_host = Counter(m["host_id"] for m in made)
    assert sorted(per_host.values()) == [50] * 20
    saved = bulk.results(path)
    assert all(r.status == "done" and r.meeting_id and r.join_url for r in saved.values())


def test_a_host_with_ten_requests_left_stops_alone_and_says_when_it_resets(
    bulk: Bulk, tmp_path: Path
):
    hosts = bulk_hosts(bulk.sandbox, 3)
    tight = bulk.sandbox.state.find_user(hosts[0])
    for _ in range(90):  # someone else used 90 of this host's 100 today
        bulk.sandbox.state.count_host_request(tight["id"])
    path = write_csv(tmp_path / "limit.csv", many_rows(hosts, 60))

    results = bulk.run(path, concurrency=4)

    by_host = {h: Counter(r.status for r in results if r.host == h) for h in hosts}
    assert by_host[hosts[0]] == {"done": 10, "waiting": 10}
    assert by_host[hosts[1]] == {"done": 20} and by_host[hosts[2]] == {"done": 20}
    waiting = [r for r in results if r.status == "waiting"]
    midnight = datetime.now(UTC).strftime("%Y-%m-%d")
    assert all("after" in r.error and "00:00 UTC" in r.error for r in waiting)
    assert all(midnight not in r.error for r in waiting)  # the next reset, not today's
    assert len(bulk.meetings_with("Lesson ")) == 50

    # After the reset (the sandbox's counter cleared) the same command does the rest.
    bulk.sandbox.state._host_counts.clear()
    again = bulk.run(path)
    assert Counter(r.status for r in again) == {"done": 60}
    assert len(bulk.meetings_with("Lesson ")) == 60


def test_the_plan_takes_what_zoomdesk_used_today_from_its_history(bulk: Bulk, tmp_path: Path):
    hosts = bulk_hosts(bulk.sandbox, 1)
    for n in range(95):
        bulk.history.record(Change(datetime.now(UTC), "created", n, None, "x", (), "ok",
                                   host=hosts[0]))  # fmt: skip
    rows = many_rows(hosts, 210)
    job = bulk.load(write_csv(tmp_path / "plan.csv", rows))

    (host,) = job.plan.hosts.values()
    assert host.used_today == 95 and host.left_today == 5
    resets = Counter(p.reset_at for p in job.plan.rows)
    assert resets[None] == 5
    later = sorted(r for r in resets if r is not None)
    assert [resets[r] for r in later] == [100, 100, 5]  # three more resets, in order
    text = "\n".join(job.plan.describe())
    assert "95 of 100 requests used today, 5 left" in text
    assert f"100 wait until after {later[0]:%Y-%m-%d} 00:00 UTC" in text


def test_a_storm_of_per_second_429s_is_waited_out_without_a_duplicate(bulk: Bulk, tmp_path: Path):
    hosts = bulk_hosts(bulk.sandbox, 4)
    path = write_csv(tmp_path / "storm.csv", many_rows(hosts, 80))
    bulk.sandbox.faults.add(
        Fault("rate_limit_qps", path=r"/meetings$", method="POST", times=60,
              retry_after_seconds=1)
    )  # fmt: skip

    results = bulk.run(path, concurrency=8)

    assert Counter(r.status for r in results) == {"done": 80}
    made = bulk.meetings_with("Lesson ")
    assert len(made) == 80 and len({m["topic"] for m in made}) == 80


def test_a_create_that_timed_out_is_unknown_then_found_on_resume_not_duplicated(
    sandbox, tmp_path: Path
):
    bulk = Bulk(sandbox, tmp_path, timeout=0.5)
    rows = many_rows(["avery.chen@example.com"], 6, prefix="Slow")
    path = write_csv(tmp_path / "slow.csv", rows)
    # Zoom makes the first two meetings but answers after the client has given up waiting;
    # the later rows are slow enough that both are made before the run ends.
    sandbox.faults.add(Fault("delay", path=r"/meetings$", method="POST", times=2, seconds=0.6))
    sandbox.faults.add(Fault("delay", path=r"/meetings$", method="POST", times=4, seconds=0.3))

    first = bulk.run(path, concurrency=1)

    assert Counter(r.status for r in first) == {"done": 4, "unknown": 2}
    assert len(bulk.meetings_with("Slow ")) == 6  # the slow two were made all the same
    posts = sandbox.count("POST", "/v2/users/")

    job = bulk.load(path)
    assert Counter(p.step for p in job.plan.rows) == {"skip": 4, "check": 2}
    second = bulk.run(path)

    assert Counter(r.status for r in second) == {"done": 6}
    assert sandbox.count("POST", "/v2/users/") == posts  # found by listing: no new create
    made = bulk.meetings_with("Slow ")
    assert len(made) == 6
    ids = {r.meeting_id for r in second}
    assert ids == {str(m["id"]) for m in made}


def test_a_create_whose_connection_dropped_unanswered_is_made_on_resume(bulk: Bulk, tmp_path: Path):
    path = write_csv(tmp_path / "drop.csv", many_rows(["avery.chen@example.com"], 3, "Drop"))
    bulk.sandbox.faults.add(Fault("drop", path=r"/meetings$", method="POST", times=1))

    first = bulk.run(path, concurrency=1)
    assert Counter(r.status for r in first) == {"done": 2, "unknown": 1}
    assert len(bulk.meetings_with("Drop ")) == 2  # the dropped one never reached Zoom

    second = bulk.run(path)
    assert Counter(r.status for r in second) == {"done": 3}
    assert len(bulk.meetings_with("Drop ")) == 3


def test_cancel_lets_what_is_in_flight_finish_and_sends_nothing_more(bulk: Bulk, tmp_path: Path):
    path = write_csv(tmp_path / "cancel.csv", many_rows(["avery.chen@example.com"], 30, "Cxl"))
    bulk.sandbox.faults.add(Fault("delay", path=r"/meetings$", method="POST", times=None,
                                  seconds=0.05))  # fmt: skip
    runs: list[BulkRun] = []

    def on_result(result, progress) -> None:
        if progress.finished == 5:
            runs[0].cancel()

    results = bulk.run(path, concurrency=2, on_start=runs.append, on_result=on_result)

    counts = Counter(r.status for r in results)
    assert counts["done"] in (5, 6, 7) and counts["done"] + counts["cancelled"] == 30
    assert len(bulk.meetings_with("Cxl ")) == counts["done"]
    bulk.sandbox.faults.clear()
    assert Counter(r.status for r in bulk.run(path)) == {"done": 30}
    assert len(bulk.meetings_with("Cxl ")) == 30


def test_a_run_cancelled_as_a_task_marks_what_was_in_flight_unknown(bulk: Bulk, tmp_path: Path):
    path = write_csv(tmp_path / "kill.csv", many_rows(["avery.chen@example.com"], 4, "Stop"))
    bulk.sandbox.faults.add(Fault("delay", path=r"/meetings$", method="POST", times=None,
                                  seconds=1.0))  # fmt: skip

    async def body(h: Harness, service: MeetingService) -> None:
        job = await importer.load(service, path, history=bulk.history)
        task = asyncio.ensure_future(importer.run(service, job, concurrency=2))
        while bulk.sandbox.count("POST", "/v2/users/") < 2:
            await asyncio.sleep(0.01)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    bulk.go(body)
    saved = bulk.results(path)
    assert Counter(r.status for r in saved.values()) == {"unknown": 2}
    bulk.sandbox.faults.clear()
    assert Counter(r.status for r in bulk.run(path)) == {"done": 4}
    assert len(bulk.meetings_with("Stop ")) == 4


def test_a_created_row_edited_later_is_not_created_again_and_the_result_says_how_to_change_it(
    bulk: Bulk, tmp_path: Path
):
    rows = many_rows(["avery.chen@example.com"], 2, prefix="Edited")
    path = write_csv(tmp_path / "edit.csv", rows)
    first = bulk.run(path)
    rows[0]["duration"] = "90"
    write_csv(path, rows)
    posts = bulk.sandbox.count("POST", "/v2/users/")

    second = bulk.run(path)

    assert bulk.sandbox.count("POST", "/v2/users/") == posts
    changed = next(r for r in second if r.line == 2)
    created = next(r for r in first if r.line == 2)
    assert changed.status == "done" and changed.meeting_id == created.meeting_id
    assert "put its ID in meeting_id" in changed.error
    assert len(bulk.meetings_with("Edited ")) == 2


def test_two_imports_of_one_file_at_once_cannot_both_create_a_row(bulk: Bulk, tmp_path: Path):
    path = write_csv(tmp_path / "twice.csv", many_rows(["avery.chen@example.com"], 5, "Once"))
    bulk.sandbox.faults.add(
        Fault("delay", path=r"/meetings$", method="POST", times=None, seconds=0.2)
    )

    async def body(h: Harness, service: MeetingService) -> list[object]:
        first = await importer.load(service, path, history=bulk.history)
        second = await importer.load(service, path, history=bulk.history)  # planned alike
        return await asyncio.gather(
            importer.run(service, first), importer.run(service, second), return_exceptions=True
        )

    outcomes = bulk.go(body)

    busy = [o for o in outcomes if isinstance(o, ImportBusy)]
    assert len(busy) == 1 and "Another import is writing twice.results.csv" in busy[0].summary()
    assert len(bulk.meetings_with("Once ")) == 5


def test_an_import_planned_before_another_finished_plans_again_and_creates_nothing_twice(
    bulk: Bulk, tmp_path: Path
):
    path = write_csv(tmp_path / "stale.csv", many_rows(["avery.chen@example.com"], 4, "Stale"))

    async def body(h: Harness, service: MeetingService) -> list[RowResult]:
        stale = await importer.load(service, path, history=bulk.history)
        await importer.run(service, await importer.load(service, path, history=bulk.history))
        return await importer.run(service, stale)  # its plan says "create" for every row

    results = bulk.go(body)

    assert {r.action for r in results} == {"none"}
    assert len(bulk.meetings_with("Stale ")) == 4
