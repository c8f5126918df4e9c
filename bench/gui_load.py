"""The main window loading many meetings, driven from outside the UI code.

Run as its own process (peak RSS is this process's): starts the app through `run_gui()`, offscreen,
with a sandbox seeded with one host holding N meetings and that host and the "Scheduled" list
preset in its settings, lets the window load, then measures search keystrokes and a scroll
through the whole table. Prints one JSON line.

    python -m bench.gui_load --meetings 10000 [--sandbox in-process|process]

`--sandbox process` runs the sandbox in a child process, so the RSS and the event-loop stalls
are the app's alone (what someone connected to real Zoom gets); `in-process` is the app's own
sandbox mode, where the sandbox's thread shares the interpreter (and its GIL) with the window.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

TIMEOUT_S = 300.0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class GcMeter:
    """The longest pause of Python's cyclic garbage collector, and how many full (generation 2)
    collections ran: with tens of thousands of live objects a full collection blocks the loop
    for tens of milliseconds, which the heartbeat alone cannot attribute."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self.full = 0
        self._started = 0.0
        gc.callbacks.append(self._on_gc)

    def reset(self) -> None:
        self.longest_ms, self.full = 0.0, 0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        self.longest_ms = max(self.longest_ms, (time.perf_counter() - self._started) * 1000)
        self.full += info["generation"] == 2


class RemoteSandbox:
    """Stands in for `Sandbox` when the sandbox runs in another process: the app only needs
    its URL and a `stop()`."""

    def __init__(self, url: str) -> None:
        self.url = url

    def stop(self) -> None:
        pass


@contextlib.contextmanager
def sandbox_for(mode: str, meetings: int) -> Iterator[tuple[Any, str]]:
    """A running sandbox (or its stand-in) and the ID of the host with `meetings` meetings."""
    if mode == "process":
        import httpx

        from bench.cli_bench import sandbox_process

        with sandbox_process(1, meetings) as env:
            url = env["ZOOMDESK_OAUTH_URL"]
            host = _bulk_host_id(httpx, url)
            yield RemoteSandbox(url), host
        return
    from zoomdesk.sandbox import Sandbox

    box = Sandbox().start()
    try:
        host = str(box.state.seed_bulk(1, meetings)[0]["id"])
        yield box, host
    finally:
        box.stop()


def _bulk_host_id(httpx: Any, url: str) -> str:
    token = httpx.post(
        url + "/oauth/token",
        data={"grant_type": "account_credentials", "account_id": "sandbox-account"},
        auth=("sandbox-client-id", "sandbox-client-secret"),
    ).json()
    users = httpx.get(
        token["api_url"] + "/v2/users",
        params={"page_size": 300},
        headers={"Authorization": "Bearer " + token["access_token"]},
    ).json()["users"]
    return str(next(u["id"] for u in users if u["email"].endswith("@bulk.example.com")))


def plain_fetch_s(url: str, host: str) -> float:
    """Baseline for the load: the same pages fetched and decoded by a bare httpx loop."""
    import httpx

    t0 = time.perf_counter()
    with httpx.Client() as client:
        token = client.post(
            url + "/oauth/token",
            data={"grant_type": "account_credentials", "account_id": "sandbox-account"},
            auth=("sandbox-client-id", "sandbox-client-secret"),
        ).json()
        base, rows, cursor = token["api_url"] + "/v2", 0, ""
        headers = {"Authorization": "Bearer " + token["access_token"]}
        while True:
            params: dict[str, str | int] = {"page_size": 300, "type": "scheduled"}
            if cursor:
                params["next_page_token"] = cursor
            page = client.get(f"{base}/users/{host}/meetings", params=params, headers=headers)
            data = page.json()
            rows += len(data["meetings"])
            cursor = data.get("next_page_token") or ""
            if not cursor:
                break
    return time.perf_counter() - t0


def measure(meetings: int, mode: str) -> dict[str, Any]:
    """Start the app through `run_gui()`, the `zoomdesk` command's own composition (so whatever
    it wires up, the garbage-collector freeze included, is measured too), with the sandbox
    handed to the `DesktopApp` it builds and the host and list type preset in its settings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    if "ZOOMDESK_HOME" not in os.environ:
        os.environ["ZOOMDESK_HOME"] = tempfile.mkdtemp(prefix="zoomdesk-bench-")
    for var in ("ZOOM_ACCOUNT_ID", "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET", "ZOOMDESK_OAUTH_URL"):
        os.environ.pop(var, None)

    from zoomdesk.core.paths import AppPaths
    from zoomdesk.ui import app as app_module
    from zoomdesk.ui.settings import UiSettings

    result: dict[str, Any] = {"meetings_seeded": meetings, "sandbox": mode}
    failures: list[str] = []
    with sandbox_for(mode, meetings) as (box, host):
        preset = UiSettings(AppPaths.default().config)
        preset.host = host
        preset.list_type = "scheduled"
        preset.sync()
        del preset
        start = app_module.DesktopApp.start

        def instrumented_start(desktop: Any) -> None:
            app_module.DesktopApp.start = start  # type: ignore[method-assign]
            desktop.sandbox = box  # used instead of starting the app's own
            Probe(desktop, box.url, host, result, failures)
            start(desktop)

        app_module.DesktopApp.start = instrumented_start  # type: ignore[method-assign,assignment]
        try:
            code = app_module.run_gui(sandbox=True)
        finally:
            app_module.DesktopApp.start = start  # type: ignore[method-assign]
    if failures:
        raise RuntimeError("; ".join(failures))
    if code != 0:
        raise RuntimeError(f"the app exited with status {code}")
    return result


class Probe:
    """Watches one `DesktopApp`: the load (heartbeat, GC pauses, RSS), then, once every row is
    in, search keystrokes and a scroll through the table, then closes the window."""

    def __init__(
        self, desktop: Any, url: str, host: str, result: dict[str, Any], failures: list[str]
    ) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from zoomdesk.ui.smoke import StallMeter

        self.desktop, self.url, self.host = desktop, url, host
        self.result, self.failures = result, failures
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.meter, self.gcs = StallMeter(desktop), GcMeter()
        self.marks: dict[str, float] = {"start": time.perf_counter()}
        controller = desktop.meetings
        attach = controller.attach

        def timed_attach(session: Any, **options: Any) -> None:
            self.marks["attach"] = time.perf_counter()
            result["rss_before_load_mb"] = round(rss_mb(), 1)
            self.meter.start()
            self.gcs.reset()
            attach(session, **options)

        controller.attach = timed_attach
        controller.first_page_shown.connect(self.on_first_page)
        controller.load_finished.connect(self.on_loaded)
        desktop.runner.failed.connect(self.on_failed)
        self.timeout = QTimer(desktop)
        self.timeout.setSingleShot(True)
        self.timeout.timeout.connect(lambda: self.fail(f"no full list after {TIMEOUT_S:g} s"))
        self.timeout.start(int(TIMEOUT_S * 1000))

    def on_first_page(self) -> None:
        self.marks.setdefault("first", time.perf_counter())
        self.result.setdefault("first_rows", self.desktop.window.model.rowCount())

    def on_loaded(self, rows: int) -> None:
        from PySide6.QtCore import QTimer

        self.marks["all"] = time.perf_counter()
        self.meter.stop()
        self.timeout.stop()
        self.result.update(
            rows=rows,
            load_gc_longest_ms=round(self.gcs.longest_ms, 1),
            load_gc_full=self.gcs.full,
            max_stall_ms=round(self.meter.max_stall_ms, 1),
            window_to_load_start_s=self.marks["attach"] - self.marks["start"],
            first_rows_s=self.marks["first"] - self.marks["attach"],
            all_rows_s=self.marks["all"] - self.marks["attach"],
            rss_after_load_mb=round(rss_mb(), 1),
        )
        # From a Qt timer, not inside the signal or an asyncio task: the measurements below
        # pump the Qt event loop themselves.
        QTimer.singleShot(0, self.interact)

    def interact(self) -> None:
        try:
            page = self.desktop.window.list_page
            self.app.processEvents()  # the last page painted
            self.gcs.reset()
            self.result.update(search(self.app, page))
            self.result["search_gc_longest_ms"] = round(self.gcs.longest_ms, 1)
            self.result.update(scroll(self.app, page.table))
            self.result["rss_peak_mb"] = round(rss_mb(), 1)
            self.result.update(scroll_baseline(self.app, page.model, page.table))
            self.result["plain_fetch_s"] = plain_fetch_s(self.url, self.host)
        except Exception as error:  # reported by measure(), never left to the app's hooks
            self.failures.append(f"{type(error).__name__}: {error}")
        self.desktop.window.close()

    def on_failed(self, what: str, error: BaseException) -> None:
        self.fail(f"{what}: {error!r}")

    def fail(self, why: str) -> None:
        self.failures.append(why)
        self.desktop.window.close()


def search(app: Any, page: Any) -> dict[str, Any]:
    """Each keystroke: the text typed into the search field, the filter applied, the table
    repainted. The 120 ms typing pause the page waits for is skipped (that delay is by design);
    what is timed is the work the keystroke then causes on the event loop."""
    proxy, model = page.proxy, page.model
    keystrokes = typing(model.rows[len(model.rows) // 2].meeting.topic.split()[-1])
    timings, shown = [], []
    pause = getattr(page, "_search_timer", None)  # the typing pause, skipped when reachable
    for text in keystrokes:
        wanted = " ".join(text.lower().split())
        t0 = time.perf_counter()
        page.search_edit.setText(text)
        if pause is not None:
            pause.stop()
            pause.timeout.emit()
        else:  # pragma: no cover - the page changed: wait out its pause instead
            while proxy.search_text != wanted and time.perf_counter() - t0 < 5:
                app.processEvents()
            t0 += 0.120
        app.processEvents()
        timings.append(time.perf_counter() - t0)
        shown.append(proxy.rowCount())
    # Baseline: the same search in plain Python over the model's precomputed search keys.
    keys = model.search_keys
    plain = []
    for text in keystrokes:
        words = tuple(text.lower().split())
        t0 = time.perf_counter()
        matched = sum(1 for key in keys if all(w in key for w in words))
        plain.append(time.perf_counter() - t0)
        assert not words or matched <= len(keys)
    return {
        "search_ms_median": statistics.median(timings) * 1000,
        "search_ms_max": max(timings) * 1000,
        "search_plain_ms_median": statistics.median(plain) * 1000,
        "search_keystrokes": keystrokes,
        "search_rows_shown": shown,
    }


def typing(word: str) -> list[str]:
    """The search field's text after each keystroke: `word` typed, then erased again
    (a topic's last word, "4-1234": the first keys match every row, the last a handful)."""
    typed = [word[:n] for n in range(1, len(word) + 1)]
    return typed + typed[-2::-1] + [""]


def _scroll_through(app: Any, table: Any) -> tuple[float, float, int]:
    bar = table.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    step = max(bar.pageStep(), 1)
    worst, steps = 0.0, 0
    t0 = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(value + step, bar.maximum())
        s0 = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()  # paint now, as a user watching the table would see it
        app.processEvents()
        worst = max(worst, time.perf_counter() - s0)
        steps += 1
    return time.perf_counter() - t0, worst, steps


def scroll(app: Any, table: Any) -> dict[str, Any]:
    total, worst, steps = _scroll_through(app, table)
    return {"scroll_s": total, "scroll_step_ms_max": worst * 1000, "scroll_steps": steps}


def scroll_baseline(app: Any, model: Any, like: Any) -> dict[str, Any]:
    """A bare QTableView over a minimal model holding the same texts, the same size."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    texts = [row.texts for row in model.rows]
    columns = model.columnCount()

    class Plain(QAbstractTableModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(texts)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else columns

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return texts[index.row()][index.column()]
            return None

    plain = Plain()
    view = QTableView()
    view.setModel(plain)
    view.verticalHeader().hide()
    view.resize(like.viewport().size())
    view.show()
    app.processEvents()
    total, _worst, steps = _scroll_through(app, view)
    view.close()
    return {"scroll_plain_s": total, "scroll_plain_steps": steps}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--sandbox", choices=("in-process", "process"), default="in-process")
    args = parser.parse_args(argv)
    result = measure(args.meetings, args.sandbox)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
