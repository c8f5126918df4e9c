"""`zoomdesk meetings import` and `export` as IT scripts run them: a real subprocess against the
sandbox over loopback, killed with SIGKILL halfway and run again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tests.core.bulk.conftest import bulk_hosts, many_rows, write_csv
from zoomdesk.core.bulk.results import read_results
from zoomdesk.sandbox.faults import Fault


def zoomdesk(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zoomdesk", *args], capture_output=True, text=True,
        env={**os.environ, **env}, timeout=timeout,
    )  # fmt: skip


def made(sandbox: Any, prefix: str) -> list[dict[str, Any]]:
    return [m for m in sandbox.state.meetings.values() if m["topic"].startswith(prefix)]


def test_an_import_killed_halfway_resumes_with_no_duplicate_and_nothing_lost(
    sandbox, zoom_env, tmp_path: Path
):
    hosts = bulk_hosts(sandbox, 4)
    path = write_csv(tmp_path / "term.csv", many_rows(hosts, 200))
    # Each create takes a moment, so some are in flight when the process is killed.
    sandbox.faults.add(Fault("delay", path=r"/meetings$", method="POST", times=None,
                             seconds=0.03))  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "zoomdesk", "meetings", "import", str(path), "--json",
         "--concurrency", "4"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, **zoom_env},
    )  # fmt: skip
    assert proc.stdout is not None
    reported = 0
    for line in proc.stdout:
        if json.loads(line).get("status") == "done":
            reported += 1
        if reported == 100:
            proc.kill()  # SIGKILL: no cleanup, no last write
            break
    proc.wait(10)
    proc.stdout.close()
    assert proc.returncode == -9
    before = len(made(sandbox, "Lesson "))
    assert 100 <= before < 200

    saved = read_results(tmp_path / "term.results.csv")
    assert sum(r.status == "done" for r in saved.values()) >= 100  # every reported row kept

    again = zoomdesk("meetings", "import", str(path), "--json", env=zoom_env)

    assert again.returncode == 0, again.stderr
    meetings = made(sandbox, "Lesson ")
    assert len(meetings) == 200
    assert Counter(m["topic"] for m in meetings).most_common(1)[0][1] == 1  # no duplicate
    final = read_results(tmp_path / "term.results.csv")
    assert Counter(r.status for r in final.values()) == {"done": 200}
    assert {r.meeting_id for r in final.values()} == {str(m["id"]) for m in meetings}


def test_dry_run_sends_nothing_and_exits_1_when_a_row_is_wrong(sandbox, zoom_env, tmp_path):
    rows = many_rows(["avery.chen@example.com"], 3)
    rows[1]["duration"] = "forever"
    path = write_csv(tmp_path / "dry.csv", rows)

    result = zoomdesk("meetings", "import", str(path), "--dry-run", env=zoom_env)

    assert result.returncode == 1
    assert "line 3, duration: 'forever' is not a whole number" in result.stderr
    assert "Traceback" not in result.stderr
    assert sandbox.count("POST", "/v2/users/") == 0
    rows[1]["duration"] = "30"
    write_csv(path, rows)
    ok = zoomdesk("meetings", "import", str(path), "--dry-run", env=zoom_env)
    assert ok.returncode == 0 and "3 to create" in ok.stderr
    assert sandbox.count("POST", "/v2/users/") == 0


def test_a_file_that_cannot_be_imported_exits_2_with_one_line(zoom_env, tmp_path: Path):
    path = tmp_path / "odd.csv"
    path.write_text("host,topic,start,colour\n")
    result = zoomdesk("meetings", "import", str(path), env=zoom_env)
    assert result.returncode == 2
    assert result.stderr.strip() == "zoomdesk: odd.csv: unknown column 'colour'"
    missing = zoomdesk("meetings", "import", str(tmp_path / "none.csv"), env=zoom_env)
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    usage = zoomdesk("meetings", "import", str(path), "--concurrency", "0", env=zoom_env)
    assert usage.returncode == 2


def test_export_then_import_unchanged_sends_no_request_and_an_edit_sends_one_patch(
    sandbox, zoom_env, tmp_path: Path
):
    out = tmp_path / "all.csv"
    exported = zoomdesk("meetings", "export", "--all-users", "--output", str(out), env=zoom_env)
    assert exported.returncode == 0, exported.stderr
    sandbox.clear_requests()

    same = zoomdesk("meetings", "import", str(out), env=zoom_env)

    assert same.returncode == 0, same.stderr
    assert sandbox.requests == []  # not even a token: nothing to send
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    edited = next(i for i, line in enumerate(lines) if "Quarterly review" in line)
    lines[edited] = lines[edited].replace(",60,", ",75,")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

    changed = zoomdesk("meetings", "import", str(out), "--json", env=zoom_env)

    assert changed.returncode == 0, changed.stderr
    patches = [r for r in sandbox.requests if r.method == "PATCH"]
    assert len(patches) == 1 and json.loads(patches[0].body) == {"duration": 75}
    assert not [r for r in sandbox.requests if r.method == "POST" and "/meetings" in r.path]
    (quarterly,) = made(sandbox, "Quarterly review")
    assert quarterly["duration"] == 75
    rows = [json.loads(line) for line in changed.stdout.splitlines()]
    assert rows[-1]["summary"] and rows[-1]["done"] == len(rows) - 1


def test_export_to_standard_output_is_the_import_format(sandbox, zoom_env):
    result = zoomdesk("meetings", "export", "--user", "daiki.tanaka@example.com", env=zoom_env)
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header == "host,meeting_id,topic,type,start,timezone,duration,agenda"
    assert any("Product demo for APAC" in row and row.startswith("daiki.tanaka@") for row in rows)
