"""CLI start-up, bulk listing and concurrency benchmarks (no Qt involved)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from typing import Any

from bench.common import (
    PYTHON,
    Figure,
    Run,
    interleaved,
    median,
    run_measured,
    verdict,
    zoomdesk_command,
)

CREDENTIALS = ("sandbox-account", "sandbox-client-id", "sandbox-client-secret")

PLAIN_HTTPX = r"""
import json, sys, httpx
oauth, account, cid, secret, user = sys.argv[1:6]
with httpx.Client() as c:
    t = c.post(oauth + "/oauth/token", data={"grant_type": "account_credentials",
               "account_id": account}, auth=(cid, secret)).json()
    base, token, out, nxt = t["api_url"] + "/v2", t["access_token"], [], ""
    while True:
        r = c.get(f"{base}/users/{user}/meetings", params={"page_size": 300, "type": "scheduled",
                  **({"next_page_token": nxt} if nxt else {})},
                  headers={"Authorization": "Bearer " + token}).json()
        out.extend(r["meetings"]); nxt = r.get("next_page_token")
        if not nxt: break
json.dump(out, sys.stdout)
"""

# Every user's meetings, one user after another (zoomdesk does four users at a time).
PLAIN_HTTPX_ALL_USERS = r"""
import json, sys, httpx
oauth, account, cid, secret = sys.argv[1:5]
with httpx.Client() as c:
    t = c.post(oauth + "/oauth/token", data={"grant_type": "account_credentials",
               "account_id": account}, auth=(cid, secret)).json()
    base, auth = t["api_url"] + "/v2", {"Authorization": "Bearer " + t["access_token"]}
    users, nxt = [], ""
    while True:
        r = c.get(f"{base}/users", params={"page_size": 300, "status": "active",
                  **({"next_page_token": nxt} if nxt else {})}, headers=auth).json()
        users.extend(r["users"]); nxt = r.get("next_page_token")
        if not nxt: break
    out = []
    for user in users:
        nxt = ""
        while True:
            r = c.get(f"{base}/users/{user['id']}/meetings", params={"page_size": 300,
                      "type": "scheduled", **({"next_page_token": nxt} if nxt else {})},
                      headers=auth).json()
            out.extend(r["meetings"]); nxt = r.get("next_page_token")
            if not nxt: break
json.dump(out, sys.stdout)
"""


@contextlib.contextmanager
def sandbox_process(users: int, meetings: int) -> Iterator[dict[str, str]]:
    """`zoomdesk sandbox` in its own process, so the client's CPU time is measured alone."""
    proc = subprocess.Popen(
        [PYTHON, "-m", "zoomdesk", "sandbox", "--port", "0", "--seed-users", str(users),
         "--seed-meetings", str(meetings)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    url = ""
    for line in proc.stdout:
        if match := re.search(r"OAuth token URL: (\S+)/oauth/token", line):
            url = match.group(1)
            break
    try:
        if not url:
            raise RuntimeError("the sandbox did not start")
        yield {
            "ZOOMDESK_OAUTH_URL": url,
            "ZOOM_ACCOUNT_ID": CREDENTIALS[0],
            "ZOOM_CLIENT_ID": CREDENTIALS[1],
            "ZOOM_CLIENT_SECRET": CREDENTIALS[2],
        }
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stdout.close()


def _run(argv: list[str], env: dict[str, str] | None = None) -> Run:
    return run_measured(argv, env).check()


def qt_modules_imported(argv: list[str], env: dict[str, str] | None = None) -> list[str]:
    """The Qt modules a command imports, from `python -X importtime` (empty is the budget)."""
    run = run_measured([PYTHON, "-X", "importtime", "-m", "zoomdesk", *argv], env).check()
    found = set()
    for line in run.stderr.splitlines():
        name = line.rsplit("|", 1)[-1].strip()
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qasync"):
            found.add(name)
    return sorted(found)


def cli_start(repeats: int, *, warm_up: bool = True) -> list[Figure]:
    zd = zoomdesk_command()
    with sandbox_process(0, 0) as env:
        samples = interleaved(
            {
                "pass": lambda: _run([PYTHON, "-c", "pass"]).wall_s,
                "help": lambda: _run([*zd, "--help"]).wall_s,
                "token": lambda: _run([*zd, "token"], env).wall_s,
            },
            repeats,
            warm_up=warm_up,
        )
        qt = {
            "--help": qt_modules_imported(["--help"]),
            "token": qt_modules_imported(["token"], env),
            "users list": qt_modules_imported(["users", "list", "--json"], env),
        }
    times = {name: median(values) for name, values in samples.items()}
    imported = sorted({m for mods in qt.values() for m in mods})
    section = "CLI start"
    return [
        Figure(section, "zoomdesk --help", times["help"], "s", times["pass"], "python -c pass",
               "< 0.15 s", verdict(times["help"] < 0.15)),
        Figure(section, "zoomdesk token (sandbox)", times["token"], "s", times["pass"],
               "python -c pass"),
        Figure(section, "Qt modules imported by --help, token, users list", len(imported),
               "modules", None, "", "0 (never imports Qt)", verdict(not imported),
               {"modules": imported}),
    ]  # fmt: skip


def bulk_listing(
    repeats: int, meetings: int, users: int, per_user: int, *, warm_up: bool = True
) -> list[Figure]:
    figures = []
    zd = zoomdesk_command()
    section = "Bulk listing"
    with sandbox_process(1, meetings) as env:
        listed = subprocess.run(
            [*zd, "users", "list", "--json"],
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            check=True,
        )
        user = next(u["id"] for u in json.loads(listed.stdout) if "@bulk." in u["email"])
        args = [env["ZOOMDESK_OAUTH_URL"], *CREDENTIALS, user]
        runs = interleaved(
            {
                "plain": lambda: _run([PYTHON, "-c", PLAIN_HTTPX, *args]),
                "zoomdesk": lambda: _run([*zd, "meetings", "list", "--user", user, "--json"], env),
            },
            repeats,
            warm_up=warm_up,
        )
        count = len(json.loads(runs["zoomdesk"][-1].stdout))
        plain_count = len(json.loads(runs["plain"][-1].stdout))
        t, base = (median([r.wall_s for r in runs[k]]) for k in ("zoomdesk", "plain"))
        figures.append(
            Figure(section, f"meetings list --json, {meetings:,} meetings", t, "s", base,
                   "plain httpx paging script (page size 300)", "≤ 1.25× baseline",
                   verdict(t <= 1.25 * base),
                   {"listed": count, "listed_by_baseline": plain_count,
                    "rss_mb": median([r.rss_mb for r in runs["zoomdesk"]]),
                    "baseline_rss_mb": median([r.rss_mb for r in runs["plain"]])})
        )  # fmt: skip
    with sandbox_process(users, per_user) as env:
        args = [env["ZOOMDESK_OAUTH_URL"], *CREDENTIALS]
        runs = interleaved(
            {
                "plain": lambda: _run([PYTHON, "-c", PLAIN_HTTPX_ALL_USERS, *args]),
                "zoomdesk": lambda: _run([*zd, "meetings", "list", "--all-users", "--json"], env),
            },
            repeats,
            warm_up=warm_up,
        )
        count = len(json.loads(runs["zoomdesk"][-1].stdout))
        t, base = (median([r.wall_s for r in runs[k]]) for k in ("zoomdesk", "plain"))
        figures.append(
            Figure(section, f"meetings list --all-users --json, {users} users × {per_user}", t,
                   "s", base, "plain httpx script, one user after another", "",
                   "", {"listed": count, "rss_mb": median([r.rss_mb for r in runs["zoomdesk"]])})
        )  # fmt: skip
    return figures


def concurrency(repeats: int, calls: int = 100) -> list[Figure]:
    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.exchange import ExchangeLog
    from zoomdesk.core.tokens import Credentials, TokenProvider
    from zoomdesk.core.transport import Sender, make_http_client
    from zoomdesk.sandbox import Sandbox

    async def measure(box: Any) -> tuple[float, float, int]:
        http = make_http_client(30)
        sender = Sender(http, ExchangeLog())
        tokens = TokenProvider(sender, Credentials(*CREDENTIALS, box.url))
        client = ZoomClient(sender, tokens)
        mid = int(next(iter(box.state.meetings)))
        t0 = time.perf_counter()
        await asyncio.gather(*(client.get_meeting(mid) for _ in range(calls)))
        cold = time.perf_counter() - t0
        made = tokens.requests_made
        t0 = time.perf_counter()
        await asyncio.gather(*(client.get_meeting(mid) for _ in range(calls)))
        warm = time.perf_counter() - t0
        await http.aclose()
        return cold, warm, made

    box = Sandbox().start()
    try:
        results = [asyncio.run(measure(box)) for _ in range(repeats)]
    finally:
        box.stop()
    made = max(r[2] for r in results)
    cold, warm = median([r[0] for r in results]), median([r[1] for r in results])
    section = "Concurrency"
    return [
        Figure(section, f"{calls} concurrent calls: token requests", made, "", None, "",
               "1", verdict(made == 1), {"per_run": [r[2] for r in results]}),
        Figure(section, f"{calls} concurrent calls, token fetched on demand", cold, "s", warm,
               "same calls with a pre-fetched token"),
    ]  # fmt: skip
