"""An IT policy binds a bulk import as it binds the form and the CLI: hosts it does not allow
and settings that contradict its locks are problems on their cells; new meetings get the
locked settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.core.bulk.conftest import Bulk, bulk_hosts, write_csv
from tests.core.conftest import Harness
from zoomdesk.core.bulk import importer
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.policy import Policy


def test_a_policy_refuses_hosts_and_locked_settings_per_cell_and_locks_new_meetings(
    bulk: Bulk, tmp_path: Path
):
    outsider = bulk_hosts(bulk.sandbox, 1)[0]  # @bulk.example.com
    policy = Policy(
        allowed_hosts=("@example.com",), locked_settings={"waiting_room": True}, source="test"
    )
    row = {"start": "2030-04-01 10:00", "settings.waiting_room": ""}
    path = write_csv(tmp_path / "policy.csv", [
        {**row, "host": "avery.chen@example.com", "topic": "Allowed"},
        {**row, "host": outsider, "topic": "Outsider"},
        {**row, "host": "bruno.silva@example.com", "topic": "Open room",
         "settings.waiting_room": "false"},
    ])  # fmt: skip

    async def body(h: Harness, service: MeetingService) -> Any:
        job = await importer.load(service, path, history=bulk.history, policy=policy)
        problems = {p.row.line: {c.column: c.message for c in p.row.problems}
                    for p in job.plan.problems}  # fmt: skip
        return problems, await importer.run(service, job)

    problems, results = bulk.go(body)

    assert set(problems) == {3, 4}
    assert "not among the hosts this desktop may manage" in problems[3]["host"]
    assert "set by your organisation's policy (test)" in problems[4]["settings.waiting_room"]
    assert [r.status for r in results if r.line == 2] == ["done"]
    (made,) = bulk.meetings_with("Allowed")
    assert made["settings"]["waiting_room"] is True
    assert not bulk.meetings_with("Outsider") and not bulk.meetings_with("Open room")
