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

from bench.common import PYTHON, Figure, interleaved, median

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


@contextlib.contextmanager
def sandbox_process(users: int, meetings: int) -> Iterator[dict[str, str]]:
    """`zoomdesk sandbox` in its own process, so the client's CPU time is measured alone."""
    proc = subprocess.Popen(
        [PYTHON, "-m", "zoomdesk", "sandbox", "--port", "0", "--seed-users", str(users),
         "--seed-meetings", str(meetings)],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    url = ""
    for line in proc.stdout:
        if match := re.search(r"OAuth token URL: (\S+)/oauth/token", line):
            url = match.group(1)
            break
    try:
        yield {
            "ZOOMDESK_OAUTH_URL": url,
            "ZOOM_ACCOUNT_ID": "sandbox-account",
            "ZOOM_CLIENT_ID": "sandbox-client-id",
            "ZOOM_CLIENT_SECRET": "sandbox-client-secret",
        }
    finally:
        proc.terminate()
        proc.wait(10)


def _run(argv: list[str], env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    result = subprocess.run(argv, capture_output=True, text=True, timeout=300,
                            env={**os.environ, **(env or {})})
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        raise RuntimeError(f"{argv} failed: {result.stderr[-500:]}")
    return elapsed


def cli_start(repeats: int) -> list[Figure]:
    zd = [PYTHON, "-m", "zoomdesk"]
    with sandbox_process(0, 0) as env:
        times = interleaved({
            "pass": lambda: _run([PYTHON, "-c", "pass"]),
            "help": lambda: _run([*zd, "--help"]),
            "token": lambda: _run([*zd, "token"], env),
        }, repeats)
    return [
        Figure("CLI: zoomdesk --help", times["help"], "s", times["pass"], "python -c pass",
               "< 0.15 s", "ok" if times["help"] < 0.15 else "over"),
        Figure("CLI: zoomdesk token (sandbox)", times["token"], "s", times["pass"],
               "python -c pass"),
    ]


def bulk_listing(repeats: int, meetings: int, users: int, per_user: int) -> list[Figure]:
    figures = []
    with sandbox_process(1, meetings) as env:
        listed = subprocess.run([PYTHON, "-m", "zoomdesk", "users", "list", "--json"],
                                capture_output=True, text=True, env={**os.environ, **env})
        user = json.loads(listed.stdout)[-1]["id"]
        args = [env["ZOOMDESK_OAUTH_URL"], "sandbox-account", "sandbox-client-id",
                "sandbox-client-secret", user]
        times = interleaved({
            "plain": lambda: _run([PYTHON, "-c", PLAIN_HTTPX, *args]),
            "zoomdesk": lambda: _run([PYTHON, "-m", "zoomdesk", "meetings", "list", "--user",
                                      user, "--json"], env),
        }, repeats)
        ratio = times["zoomdesk"] / times["plain"]
        figures.append(Figure(f"List {meetings:,} meetings (--json)", times["zoomdesk"], "s",
                              times["plain"], "plain httpx paging script", "≤ 1.25×",
                              "ok" if ratio <= 1.25 else "over"))
    with sandbox_process(users, per_user) as env:
        t = median([_run([PYTHON, "-m", "zoomdesk", "meetings", "list", "--all-users",
                          "--json"], env) for _ in range(repeats)])
        figures.append(Figure(f"List --all-users ({users} users × {per_user})", t, "s"))
    return figures


def concurrency(calls: int = 100) -> list[Figure]:
    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.exchange import ExchangeLog
    from zoomdesk.core.tokens import Credentials, TokenProvider
    from zoomdesk.core.transport import Sender, make_http_client
    from zoomdesk.sandbox import Sandbox

    async def measure(box: Any) -> tuple[float, float, int]:
        http = make_http_client(30)
        sender = Sender(http, ExchangeLog())
        tokens = TokenProvider(sender, Credentials("sandbox-account", "sandbox-client-id",
                                                   "sandbox-client-secret", box.url))
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
        cold, warm, made = asyncio.run(measure(box))
    finally:
        box.stop()
    return [
        Figure(f"{calls} concurrent calls, token fetched on demand", cold, "s", warm,
               "same calls with a pre-fetched token", "1 token request",
               "ok" if made == 1 else f"{made} token requests", {"token_requests": made}),
    ]
