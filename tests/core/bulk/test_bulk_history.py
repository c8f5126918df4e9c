"""The change history knows each change's host, so the plan can subtract what zoomdesk already
sent today for a host; history files from before the host was recorded still open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.core.bulk.conftest import Bulk, many_rows, write_csv
from zoomdesk.core.history import Change, History

OLD_SCHEMA = """CREATE TABLE changes (id INTEGER PRIMARY KEY, at TEXT NOT NULL,
action TEXT NOT NULL,
meeting_id TEXT, occurrence_id TEXT, topic TEXT NOT NULL DEFAULT '',
fields TEXT NOT NULL DEFAULT '', result TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"""


def test_an_import_records_each_create_with_its_host_and_the_next_plan_counts_them(
    bulk: Bulk, tmp_path: Path
):
    path = write_csv(tmp_path / "a.csv", many_rows(["bruno.silva@example.com"], 7, "Counted"))
    bulk.run(path)
    now = datetime.now(UTC)
    assert bulk.history.requests_today({"bruno.silva@example.com"}, now) == 7
    assert bulk.history.requests_today({"bruno.silva@example.com"}, now + timedelta(days=1)) == 0

    more = write_csv(tmp_path / "b.csv", many_rows(["bruno.silva@example.com"], 3, "More"))
    (host,) = bulk.load(more).plan.hosts.values()
    assert host.used_today == 7 and host.left_today == 93


def test_a_history_file_from_before_hosts_were_recorded_opens_and_counts(tmp_path: Path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute(OLD_SCHEMA)
    db.execute(
        "INSERT INTO changes (at, action, meeting_id, topic, result) VALUES (?, ?, ?, ?, ?)",
        (datetime.now(UTC).isoformat(), "created", "123", "Old", "ok"),
    )
    db.commit()
    db.close()

    history = History(path)
    history.record(Change(datetime.now(UTC), "created", 5, None, "New", (), "ok", host="a@x.io"))
    history.record(
        Change(datetime.now(UTC), "updated", 5, None, "New", (), "failed", host="a@x.io")
    )

    assert [(c.action, c.host) for c in history.recent()] == [
        ("updated", "a@x.io"),
        ("created", "a@x.io"),
        ("created", ""),
    ]
    assert history.requests_today({"A@x.io"}, datetime.now(UTC)) == 1  # a refusal is not counted
    history.close()
