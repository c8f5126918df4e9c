"""Bulk import: N creates over 20 hosts against the sandbox (in its own process).

Candidate: `zoomdesk meetings import FILE.csv --concurrency 8` (the CLI, validation, plan,
results file with its syncs, change history). Baseline, in the same run: a plain sequential
httpx script POSTing the same N bodies, one after another, with no checks and no files.
Figures: requests sent per created row (the goal is exactly 1) and wall time (goal ≤ 0.5×).
Before every run the sandbox is reset and re-seeded, so each starts from the same account
and no host meets Zoom's 100-a-day limit.

Wall time is measured twice. On bare loopback the sandbox answers in about a millisecond, so
the figure is CPU against CPU: the async client stack (httpx/httpcore/anyio, ~2 ms of CPU per
request here) against a synchronous loop (~1 ms), on a machine with two shared cores; no
concurrency can win that. With `LATENCY_S` of delay added by the sandbox to each create (a
`delay` fault; Zoom's own creates take a few hundred ms), the figure is what concurrency is for:
waiting for N answers at once instead of one after another.

`python -m bench.bulk_import --rows N` prints the figures as JSON.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.cli_bench import CREDENTIALS, sandbox_process
from bench.common import PYTHON, REPO, Figure, interleaved, median, run_measured, verdict

HOSTS = 20
CONCURRENCY = 8
LATENCY_S = 0.01  # far below Zoom's, to keep the baseline's 1,000 round trips short

PLAIN_HTTPX_CREATES = r"""
import csv, sys, httpx
oauth, account, cid, secret, rows = sys.argv[1:6]
with httpx.Client() as c, open(rows, encoding="utf-8-sig") as handle:
    t = c.post(oauth + "/oauth/token", data={"grant_type": "account_credentials",
               "account_id": account}, auth=(cid, secret)).json()
    base, auth = t["api_url"] + "/v2", {"Authorization": "Bearer " + t["access_token"]}
    for row in csv.DictReader(handle):
        body = {"topic": row["topic"], "type": 2, "start_time": row["start"].replace(" ", "T")
                + ":00", "timezone": row["timezone"], "duration": int(row["duration"])}
        c.post(f"{base}/users/{row['host']}/meetings", json=body, headers=auth).raise_for_status()
"""


def _rows(hosts: list[str], count: int) -> list[dict[str, str]]:
    return [
        {
            "host": hosts[n % len(hosts)],
            "topic": f"Bench lesson {n:05d}",
            "start": f"2027-{1 + n % 12:02d}-{1 + n % 28:02d} {8 + n % 10:02d}:{n % 4 * 15:02d}",
            "timezone": "Europe/Berlin",
            "duration": "45",
        }
        for n in range(count)
    ]


def _admin(url: str, method: str, path: str, body: Any = None) -> Any:
    response = httpx.request(method, f"{url}/_sandbox{path}", json=body, timeout=60)
    response.raise_for_status()
    return response.json() if response.content else None


def _fresh(url: str, latency: float) -> list[str]:
    """Reset, seed the hosts again, and return their emails (the same on every reset)."""
    _admin(url, "POST", "/reset")
    _admin(url, "POST", "/seed", {"users": HOSTS, "meetings_per_user": 0})
    if latency:
        fault = {"kind": "delay", "path": "/meetings$", "method": "POST", "times": None,
                 "seconds": latency}  # fmt: skip
        _admin(url, "POST", "/faults", fault)
    users = _admin(url, "GET", "/")
    assert users["users"] >= HOSTS
    return [f"user{n:05d}@bulk.example.com" for n in range(4, 4 + HOSTS)]


def measure(
    rows: int, repeats: int, *, warm_up: bool = True, latency: float = 0.0
) -> dict[str, Any]:
    # This checkout's zoomdesk (the console script may belong to another install).
    zd = [PYTHON, "-m", "zoomdesk"]
    work = Path(tempfile.mkdtemp(prefix="zoomdesk-bench-bulk-"))
    posts: list[int] = []
    meetings_made: list[int] = []
    with sandbox_process(0, 0) as env:
        url = env["ZOOMDESK_OAUTH_URL"]

        def write_file(name: str) -> Path:
            hosts = _fresh(url, latency)
            path = work / name
            with open(path, "w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=list(_rows(hosts, 1)[0]))
                writer.writeheader()
                writer.writerows(_rows(hosts, rows))
            return path

        def candidate() -> float:
            path = write_file(f"import-{len(posts)}.csv")
            before = _admin(url, "GET", "/")["meetings"]
            started = time.time()  # the sandbox stamps requests with this same clock
            run = run_measured(
                [*zd, "meetings", "import", str(path), "--concurrency", str(CONCURRENCY)],
                {**env, "ZOOMDESK_HOME": str(work / f"home-{len(posts)}"), "PYTHONPATH": str(REPO)},
            ).check()
            sent = _admin(url, "GET", f"/requests?limit={rows * 3 + 100}")["requests"]
            posts.append(sum(1 for r in sent if r["time"] >= started and r["method"] == "POST"
                             and r["path"].endswith("/meetings")))  # fmt: skip
            meetings_made.append(_admin(url, "GET", "/")["meetings"] - before)
            return run.wall_s

        def baseline() -> float:
            path = write_file("plain.csv")
            args = [url, *CREDENTIALS, str(path)]
            return run_measured([PYTHON, "-c", PLAIN_HTTPX_CREATES, *args]).check().wall_s

        samples = interleaved({"zoomdesk": candidate, "plain": baseline}, repeats,
                              warm_up=warm_up)  # fmt: skip
    return {
        "rows": rows,
        "latency_s": latency,
        "wall_s": median(samples["zoomdesk"]),
        "baseline_s": median(samples["plain"]),
        "requests_per_row": max(p / rows for p in posts),
        "meetings_per_row": min(m / rows for m in meetings_made),
    }


def bulk_import(repeats: int, rows: int, *, warm_up: bool = True) -> list[Figure]:
    bare = measure(rows, repeats, warm_up=warm_up)
    slow = measure(rows, repeats, warm_up=warm_up, latency=LATENCY_S)
    section = "Bulk import"
    per_row = max(bare["requests_per_row"], slow["requests_per_row"])
    made = min(bare["meetings_per_row"], slow["meetings_per_row"])
    ms = f"{LATENCY_S * 1000:g} ms"
    return [
        Figure(section, f"meetings import, {rows:,} creates over {HOSTS} hosts: requests per row",
               per_row, "requests", 1.0, "one POST per created row", "exactly 1",
               verdict(per_row == 1.0 and made == 1.0), {"meetings_per_row": made}),
        Figure(section, f"meetings import --concurrency {CONCURRENCY}, {rows:,} creates, "
               f"{ms} per create", slow["wall_s"], "s", slow["baseline_s"],
               "plain sequential httpx loop of the same POSTs", "≤ 0.5× baseline",
               verdict(slow["wall_s"] <= 0.5 * slow["baseline_s"])),
        Figure(section, f"meetings import --concurrency {CONCURRENCY}, {rows:,} creates, bare "
               "loopback", bare["wall_s"], "s", bare["baseline_s"],
               "plain sequential httpx loop of the same POSTs", "", "",
               {"note": "CPU-bound on both sides; see bench/bulk_import.py"}),
    ]  # fmt: skip


if __name__ == "__main__":
    count = int(sys.argv[sys.argv.index("--rows") + 1]) if "--rows" in sys.argv else 1000
    os.environ.setdefault("ZOOMDESK_HOME", tempfile.mkdtemp(prefix="zoomdesk-bench-"))
    latency = float(sys.argv[sys.argv.index("--latency") + 1]) if "--latency" in sys.argv else 0
    print(json.dumps(measure(count, 3, latency=latency), indent=2))
