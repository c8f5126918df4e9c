"""Start-up: `zoomdesk --smoke-test` (sandbox, offscreen) against a bare PySide6 program that
shows a QMainWindow with one table and quits.

Both children print the monotonic clock (`time.perf_counter()` is CLOCK_MONOTONIC on Linux, the
same clock in every process) as their first act, so "window shown" is counted from the moment
this suite launched the process, interpreter start-up included, for both alike."""

from __future__ import annotations

import json
import time
from typing import Any

from bench.common import PYTHON, Figure, Run, interleaved, median, run_measured, verdict

SECTION = "Start-up"
EXEC_MARK = "bench-exec "

# The smoke test through the same entry point as the `zoomdesk` console script.
ZOOMDESK_SMOKE = f"""
import sys, time
sys.stdout.write("{EXEC_MARK}%r\\n" % time.perf_counter()); sys.stdout.flush()
from zoomdesk.__main__ import main
sys.exit(main(["--smoke-test"]))
"""

# The baseline: the least a PySide6 app with a main window and a table can do.
BARE_QT = f"""
import sys, time
sys.stdout.write("{EXEC_MARK}%r\\n" % time.perf_counter()); sys.stdout.flush()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableWidget(0, 7))
window.resize(1180, 720)
window.show()
def shown():  # like the smoke test: the first event-loop turn after show()
    sys.stdout.write('{{"window_shown_abs": %r}}\\n' % time.perf_counter())
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


# Which of the things the first window does not need were imported before it was shown.
DEFERRED = ("httpx", "keyring", "zoomdesk.sandbox", "zoomdesk.core.services", "sqlite3")
LOADED_AT_SHOW = f"""
import json, os, sys
from zoomdesk.ui import app as app_module
start = app_module.DesktopApp.start
def start_and_report(desktop):
    start(desktop)  # the window is shown; the boot coroutine is scheduled, not yet run
    loaded = [m for m in {DEFERRED!r} if m in sys.modules]
    sys.stdout.write(json.dumps({{"loaded_at_show": loaded}}) + "\\n")
    sys.stdout.flush()
    os._exit(0)
app_module.DesktopApp.start = start_and_report
from zoomdesk.__main__ import main
main(["--smoke-test"])
"""


def loaded_at_show(env: dict[str, str]) -> list[str]:
    """Imported by the time the main window is shown, of what it should not wait for."""
    run = run_measured([PYTHON, "-c", LOADED_AT_SHOW], env).check()
    loaded: list[str] = _json_line(run)["loaded_at_show"]
    return loaded


def _launch(code: str, env: dict[str, str]) -> tuple[Run, float]:
    t0 = time.perf_counter()
    run = run_measured([PYTHON, "-c", code], env).check()
    return run, t0


def _exec_at(run: Run) -> float:
    for line in run.stdout.splitlines():
        if line.startswith(EXEC_MARK):
            return float(line[len(EXEC_MARK) :])
    raise RuntimeError(f"no start mark in {run.stdout!r}")


def _json_line(run: Run) -> dict[str, Any]:
    for line in reversed(run.stdout.splitlines()):
        if line.startswith("{"):
            parsed: dict[str, Any] = json.loads(line)
            return parsed
    raise RuntimeError(f"no JSON line in {run.stdout!r} / {run.stderr[-500:]!r}")


def smoke_once(env: dict[str, str]) -> dict[str, Any]:
    run, t0 = _launch(ZOOMDESK_SMOKE, env)
    line = _json_line(run)
    if not line.get("ok"):
        raise RuntimeError(f"smoke test failed: {line}")
    launched = _exec_at(run) - t0  # process creation and interpreter start, before __main__
    return {
        "window_shown_s": launched + line["window_shown_s"],
        "ready_s": launched + line["ready_s"],
        "process_s": run.wall_s,
        "rss_mb": run.rss_mb,
        "max_stall_ms": line["max_stall_ms"],
        "keyring": line["keyring"],
        "meetings": line["meetings"],
        "sandbox": line["sandbox"],
    }


def cached_start(repeats: int, home: str) -> Figure:
    """Issue 19: a second start on the same account shows the last list from the local cache
    before Zoom answers. Credentials from the environment point at a sandbox in this process;
    the first run fills the cache (uncounted), the others measure when the cached rows were
    on screen, against when the window was."""
    from zoomdesk.sandbox import Sandbox

    box = Sandbox().start()
    try:
        env = {
            "QT_QPA_PLATFORM": "offscreen",
            "ZOOMDESK_HOME": f"{home}/cached-start",
            "ZOOM_ACCOUNT_ID": "sandbox-account",
            "ZOOM_CLIENT_ID": "sandbox-client-id",
            "ZOOM_CLIENT_SECRET": "sandbox-client-secret",
            "ZOOMDESK_OAUTH_URL": box.url,
        }
        smoke_once(env)  # fills the cache
        runs = [_json_line(_launch(ZOOMDESK_SMOKE, env)[0]) for _ in range(max(repeats, 1))]
    finally:
        box.stop()
    if not all(r.get("cached") for r in runs):
        raise RuntimeError(f"a start showed no cached rows: {runs}")
    after = median([r["cached_ready_s"] - r["window_shown_s"] for r in runs])
    return Figure(
        SECTION,
        "Cached rows on screen (cached_ready_s, second start)",
        median([r["cached_ready_s"] for r in runs]),
        "s",
        median([r["window_shown_s"] for r in runs]),
        "main window shown (window_shown_s, same runs)",
        "≤ window + 0.1 s",
        verdict(after <= 0.1),
        extra={
            "after_window_s": round(after, 3),
            "ready_s": median([r["ready_s"] for r in runs]),
            "meetings": runs[-1]["meetings"],
            "runs": len(runs),
        },
    )


def bare_once(env: dict[str, str]) -> dict[str, Any]:
    run, t0 = _launch(BARE_QT, env)
    return {
        "window_shown_s": _json_line(run)["window_shown_abs"] - t0,
        "process_s": run.wall_s,
        "rss_mb": run.rss_mb,
    }


def startup(repeats: int, home: str, *, warm_up: bool = True) -> list[Figure]:
    env = {"QT_QPA_PLATFORM": "offscreen", "ZOOMDESK_HOME": home}
    for var in ("ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET", "ZOOMDESK_OAUTH_URL"):
        env[var] = ""  # no credentials from the environment: the app starts in sandbox mode
    samples = interleaved(
        {"bare": lambda: bare_once(env), "zoomdesk": lambda: smoke_once(env)},
        repeats,
        warm_up=warm_up,
    )
    app, bare = samples["zoomdesk"], samples["bare"]
    early = loaded_at_show(env)

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return median([r[key] for r in runs])

    shown, ready, process = (med(app, k) for k in ("window_shown_s", "ready_s", "process_s"))
    bare_process = med(bare, "process_s")
    info = {
        "keyring": app[-1]["keyring"],
        "sandbox": app[-1]["sandbox"],
        "meetings": app[-1]["meetings"],
        "bare_window_shown_s": round(med(bare, "window_shown_s"), 3),
        "runs": len(app),
    }
    bare_name = "bare PySide6 window, whole process"
    return [
        Figure(
            SECTION,
            "Main window shown (since launch)",
            shown,
            "s",
            bare_process,
            bare_name,
            "≤ 1.5× baseline",
            verdict(shown <= 1.5 * bare_process),
            info,
        ),
        Figure(
            SECTION,
            "Ready: token + first page shown",
            ready,
            "s",
            bare_process,
            bare_name,
            "< 1 s",
            verdict(ready < 1.0),
        ),
        Figure(SECTION, "Whole process (start, load, quit)", process, "s", bare_process, bare_name),
        Figure(
            SECTION,
            "Peak RSS",
            med(app, "rss_mb"),
            "MB",
            med(bare, "rss_mb"),
            "bare PySide6 window",
        ),
        Figure(SECTION, "Longest event-loop stall during start-up", med(app, "max_stall_ms"), "ms"),
        cached_start(repeats, home),
        Figure(
            SECTION,
            "Imported before the window is shown: httpx, keyring, sandbox…",
            len(early),
            "modules",
            budget="0 (deferred)",
            verdict=verdict(not early),
            extra={"checked": list(DEFERRED), "loaded": early},
        ),
    ]
