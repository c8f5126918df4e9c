"""The bulk importer's planner with real rows and a real change history: which step each row
takes on a first run and on a re-run, how hosts are matched, and how Zoom's 100 requests per
host and UTC day are shared out. Written for the mutants of bulk/plan.py the first mutation
run left alive. The planner sends nothing, so no sandbox is needed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from zoomdesk.core.bulk.csvfile import Sheet
from zoomdesk.core.bulk.plan import (
    CHECK,
    CREATE,
    INVALID,
    SKIP,
    UPDATE,
    HostPlan,
    make_plan,
    next_reset,
)
from zoomdesk.core.bulk.results import DONE, FAILED, SENDING, UNKNOWN, RowResult
from zoomdesk.core.history import Change, History
from zoomdesk.core.models import User

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)
ANA = User("u-ana", "ana@example.com", timezone="Asia/Tokyo")
BEN = User("u-ben", "ben@example.com")
HEADER = ["host", "meeting_id", "topic", "start", "timezone", "duration"]


def cells(host: str = "ana@example.com", topic: str = "Lesson", start: str = "2027-01-05 09:00",
          **kw: str) -> dict[str, str]:  # fmt: skip
    return {"host": host, "meeting_id": "", "topic": topic, "start": start, "timezone": "",
            "duration": "45", **kw}  # fmt: skip


def sheet(*rows: dict[str, str]) -> Sheet:
    return Sheet(HEADER, [(n + 2, row) for n, row in enumerate(rows)], ",", "utf-8")


def plan(*rows: dict[str, str], previous: dict[str, RowResult] | None = None, **kw: object):
    return make_plan(sheet(*rows), [ANA, BEN], previous or {}, now=NOW, **kw)  # type: ignore[arg-type]


def lessons(count: int, host: str = "ana@example.com") -> list[dict[str, str]]:
    return [cells(host, f"Lesson {n:03d}") for n in range(count)]


# --- hosts ---------------------------------------------------------------------------------


def test_a_host_is_found_by_email_or_id_in_any_case_and_lends_its_zone():
    made = plan(cells("ANA@example.com"), cells("U-BEN", topic="Other"))
    ana, ben = made.rows
    assert (ana.user, ben.user) == (ANA, BEN)
    assert ana.row.draft is not None and ana.row.draft.timezone == "Asia/Tokyo"
    assert ben.row.draft is not None and ben.row.draft.timezone == "UTC"
    assert made.valid and made.problems == []


def test_an_unknown_host_is_a_problem_naming_the_nearest_emails():
    (row,) = plan(cells("ana@exampel.com")).rows
    assert row.step == INVALID
    (problem,) = row.row.problems
    assert problem.column == "host"
    assert problem.message == (
        "No active user ana@exampel.com in this account."
        " Did you mean ana@example.com or ben@example.com?"
    )
    (far,) = plan(cells("zed@nowhere.org")).rows
    assert far.row.problems[0].message == "No active user zed@nowhere.org in this account."


def test_hosts_taken_on_trust_are_not_checked():
    made = plan(cells("zed@nowhere.org"), check_hosts=False)
    assert made.valid and made.rows[0].step == CREATE and made.hosts == {}


def test_unticked_lines_are_left_out():
    made = plan(cells(topic="A"), cells(topic="B"), cells(topic="C"), excluded={3})
    assert [p.row.line for p in made.rows] == [2, 4]


def test_the_same_meeting_twice_is_a_problem_on_the_second_line():
    made = plan(cells(), cells(), cells(meeting_id="81234567890"), cells(meeting_id="81234567890"))
    first, second, update, again = made.rows
    assert first.step == CREATE and update.step == UPDATE
    assert second.row.problems[0].message == (
        "Same host, topic and start as line 2: it would be sent twice."
    )
    assert second.row.problems[0].column == "topic"
    assert again.row.problems[0].message == "Same meeting ID as line 4: it would be sent twice."
    assert again.row.problems[0].column == "meeting_id"
    assert [p.row.line for p in made.problems] == [3, 5]
    assert not made.valid


# --- a re-run ------------------------------------------------------------------------------


def result_for(row: dict[str, str], status: str, **kw: str) -> dict[str, RowResult]:
    planned = plan(row).rows[0].row
    return {planned.key: RowResult(2, planned.key, planned.action, status, **kw)}


@pytest.mark.parametrize(
    ("status", "step"),
    [(DONE, SKIP), (SENDING, CHECK), (UNKNOWN, CHECK), (FAILED, CREATE)],
)
def test_a_create_on_a_rerun_is_skipped_checked_or_sent_by_its_last_result(status, step):
    row = cells()
    (planned,) = plan(row, previous=result_for(row, status)).rows
    assert planned.step == step
    assert planned.previous is not None and planned.previous.status == status


def test_an_update_done_before_is_sent_again_only_when_its_cells_changed():
    row = cells(meeting_id="81234567890", topic="Renamed")
    fingerprint = plan(row).rows[0].row.fingerprint
    done = result_for(row, DONE, fingerprint=fingerprint)
    assert plan(row, previous=done).rows[0].step == SKIP
    edited = {**row, "duration": "60"}
    assert plan(edited, previous=done).rows[0].step == UPDATE
    again = plan(row, previous=result_for(row, UNKNOWN)).rows[0]
    assert again.step == UPDATE and again.previous is not None


def test_a_wrong_row_is_invalid_even_when_it_was_done_before():
    row = cells(duration="0")
    (planned,) = plan(row, previous=result_for(cells(), DONE)).rows
    assert planned.step == INVALID and not planned.sends and not planned.today
    # what it made before stays its own: no other row may take that meeting
    assert planned.previous is not None and planned.previous.status == DONE


# --- Zoom's daily limit --------------------------------------------------------------------


def test_the_next_reset_is_midnight_utc_whatever_the_callers_zone():
    auckland_evening = datetime(2026, 12, 1, 22, 0, tzinfo=timezone(timedelta(hours=13)))
    assert next_reset(auckland_evening) == datetime(2026, 12, 2, 0, 0, tzinfo=UTC)
    assert next_reset(NOW, 3) == datetime(2026, 12, 3, 0, 0, tzinfo=UTC)
    late = datetime(2026, 12, 1, 23, 59, 59, 999999, tzinfo=UTC)
    assert next_reset(late) == datetime(2026, 12, 2, 0, 0, tzinfo=UTC)


def test_a_hosts_requests_left_never_go_below_zero():
    assert HostPlan("a", "u", used_today=130).left_today == 0
    assert HostPlan("a", "u", used_today=99).left_today == 1


def test_rows_past_a_hosts_limit_wait_for_the_resets_in_order(tmp_path: Path):
    history = History(tmp_path / "history.sqlite3")
    for n in range(98):
        history.record(Change(NOW, "created", n, None, "x", (), "ok", host="ana@example.com"))
    history.record(Change(NOW, "created", 1, None, "x", (), "failed", host="ana@example.com"))
    rows = [*lessons(103), cells("ben@example.com", "Ben's")]
    made = plan(*rows, history=history)
    ana, ben = made.hosts["u-ana"], made.hosts["u-ben"]
    assert (ana.used_today, ana.left_today, ben.used_today) == (98, 2, 0)
    waits = [p.reset_at for p in made.rows]
    assert waits[:2] == [None, None]
    assert set(waits[2:102]) == {datetime(2026, 12, 1, tzinfo=UTC)}
    assert waits[102] == datetime(2026, 12, 2, tzinfo=UTC)
    assert waits[103] is None  # Ben's own budget
    assert [p.today for p in made.rows[:3]] == [True, True, False]
    assert len(ana.waiting) == 101 and ana.waiting[0] == (4, datetime(2026, 12, 1, tzinfo=UTC))
    history.close()


def test_rows_that_send_nothing_do_not_use_the_budget(tmp_path: Path):
    history = History(tmp_path / "history.sqlite3")
    for n in range(99):
        history.record(Change(NOW, "created", n, None, "x", (), "ok", host="u-ana"))
    done = result_for(cells(topic="Done"), DONE)
    made = plan(cells(topic="Done"), cells(topic="New"), previous=done, history=history)
    assert [p.step for p in made.rows] == [SKIP, CREATE]
    assert made.rows[1].reset_at is None
    assert made.hosts["u-ana"].steps == {SKIP: 1, CREATE: 1}
    history.close()


def test_the_plan_is_described_in_sentences(tmp_path: Path):
    rows = [
        *lessons(102),
        cells(meeting_id="81234567890"),
        cells(topic="Checked"),
        cells(duration="0", topic="Bad"),
        cells("ben@example.com", "Ben's"),
        cells("ben@example.com", "Done"),
    ]
    previous = {**result_for(cells(topic="Checked"), UNKNOWN),
                **result_for(cells("ben@example.com", "Done"), DONE)}  # fmt: skip
    lines = plan(*rows, previous=previous).describe()
    assert lines[0] == (
        "107 rows: 103 to create, 1 to update, 1 to check first (an earlier create's outcome "
        "was unknown), 1 already done, 1 with problems."
    )
    assert lines[1] == (
        "ana@example.com: 104 to send; 0 of 100 requests used today, 100 left; "
        "4 wait until after 2026-12-01 00:00 UTC (lines 102, 103, 104, 105)."
    )
    assert lines[2] == "ben@example.com: 1 to send; 0 of 100 requests used today, 100 left."
    assert len(lines) == 3


def test_a_long_wait_lists_its_first_eight_lines():
    lines = plan(*lessons(110)).describe()
    assert lines[1].endswith(
        "10 wait until after 2026-12-01 00:00 UTC (lines 102, 103, 104, 105, 106, 107, 108, "
        "109, …)."
    )
    nine = plan(*lessons(109)).describe()
    assert nine[1].endswith("(lines 102, 103, 104, 105, 106, 107, 108, 109, …).")
    exactly = plan(*lessons(108)).describe()
    assert exactly[1].endswith("(lines 102, 103, 104, 105, 106, 107, 108, 109).")
