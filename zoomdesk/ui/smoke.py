"""`zoomdesk --smoke-test`: start the real app, wait until the window is shown, a token is held
and the first page of meetings is on screen, then print one JSON line and exit.

Packaging and the benchmarks parse that line, so its keys are a contract:
`{"ok", "window_shown_s", "ready_s", "meetings", "max_stall_ms", "keyring", "sandbox",
"cached", "cached_ready_s", "offline", "language"}` plus `"error"` when ok is false. Times
count from `started_at` (taken first thing in __main__).

"cached": rows from the local cache were on screen before Zoom answered, at "cached_ready_s"
(null without a cache). "offline": Zoom could not be reached; with a cache that is still a
success (the app opened read-only on it, `meetings` = the cached rows), without one a failure.
"language": the catalogue the UI speaks (`de`, `pt_BR`; `en` for English, `pseudo` under
ZOOMDESK_PSEUDO), so IT can check that an installed app found its translations."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from zoomdesk.core.errors import CredentialsError
from zoomdesk.ui.errors import describe
from zoomdesk.ui.i18n import LANGUAGE_PROPERTY

if TYPE_CHECKING:
    from zoomdesk.core.secrets import SecretStore
    from zoomdesk.ui.app import DesktopApp

TIMEOUT_S = 60.0


class StallMeter(QObject):
    """How long the event loop was blocked: a 10 ms timer and the largest gap between ticks,
    minus the interval. A frozen window shows up here even when everything else succeeds."""

    INTERVAL_MS = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self.max_stall_ms = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            stall = (now - self._last) * 1000 - self.INTERVAL_MS
            self.max_stall_ms = max(self.max_stall_ms, stall)
        self._last = now


class SmokeTest(QObject):
    finished = Signal(int)  # the exit status

    def __init__(
        self,
        started_at: float,
        *,
        timeout_s: float = TIMEOUT_S,
        out: IO[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.started_at = started_at
        self.out = out or sys.stdout
        self.meter = StallMeter(self)
        self.window_shown_s: float | None = None
        self.ready_s: float | None = None
        self.meetings: int | None = None
        self.keyring = "unknown"
        self.sandbox = False
        self.cached_ready_s: float | None = None
        self.offline = False
        self.done = False
        self.app: DesktopApp | None = None
        self.keyring_task: asyncio.Task[None] | None = None
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(int(timeout_s * 1000))
        self._timeout.timeout.connect(
            lambda: self.fail(f"timed out after {timeout_s:g} s before the first page was shown")
        )

    def start(self) -> None:
        self.meter.start()
        self._timeout.start()

    def watch(self, app: DesktopApp) -> None:
        """Follow the app: done when its first page is on screen, failed on any error."""
        self.app = app
        app.meetings.first_page_shown.connect(self._on_first_page)
        app.meetings.cached_shown.connect(self._on_cached)
        app.meetings.went_offline.connect(self._on_offline)

    def _on_cached(self, _rows: int) -> None:
        if self.cached_ready_s is None and self.ready_s is None:
            self.cached_ready_s = self.elapsed()

    def _on_offline(self, rows: int, reason: str) -> None:
        """Zoom unreachable: read-only on the cache is a start; nothing to show is not."""
        if self.done:
            return
        self.offline = True
        if rows < 0:
            self.fail(f"Zoom could not be reached and nothing is cached: {reason}")
            return
        self.mark_ready(rows)
        self._succeed_after_keyring()

    async def read_keyring(self, secrets: SecretStore) -> None:
        try:
            self.keyring = await secrets.backend()
        except CredentialsError as error:
            self.keyring = f"unavailable ({error})"

    def fail_with(self, what: str, error: BaseException) -> None:
        from zoomdesk.ui.offline import unreachable

        self.offline = unreachable(error)  # and nothing cached, or it would not fail
        reason = describe(error).details.strip().splitlines()[-1]
        self.fail(f"{what}: {reason}" if what else reason)

    def _on_first_page(self) -> None:
        session = self.app.session if self.app is not None else None
        if self.done or session is None or self.app is None:
            return
        self.sandbox = session.sandbox
        if session.client.tokens.current is None:
            self.fail("the first page arrived without an access token")
            return
        self.mark_ready(self.app.window.model.rowCount())
        if self.app.meetings.is_loading():  # the rest of the list, and its copy in the cache
            self.app.meetings.load_finished.connect(lambda _rows: self._succeed_after_keyring())
        else:
            self._succeed_after_keyring()

    def _succeed_after_keyring(self) -> None:
        task = self.keyring_task
        if task is None or task.done():
            self.succeed()
        else:  # the keyring backend is part of the report: wait for it (it has a timeout)
            task.add_done_callback(lambda _task: self.succeed())

    def elapsed(self) -> float:
        return round(time.perf_counter() - self.started_at, 3)

    def mark_window_shown(self) -> None:
        if self.window_shown_s is None:
            self.window_shown_s = self.elapsed()

    def mark_ready(self, meetings: int) -> None:
        """The first page is on screen; the result is printed by `succeed()`, once the keyring
        backend is known too."""
        if self.ready_s is None:
            self.ready_s = self.elapsed()
            self.meetings = meetings

    def succeed(self) -> None:
        self._finish({"ok": True, "ready_s": self.ready_s, "meetings": self.meetings})

    def fail(self, error: str) -> None:
        self._finish({"ok": False, "error": error, "ready_s": None, "meetings": None})

    def _finish(self, result: dict[str, Any]) -> None:
        if self.done:
            return
        self.done = True
        self.meter.stop()
        self._timeout.stop()
        line = {
            "ok": result["ok"],
            "window_shown_s": self.window_shown_s,
            "ready_s": result["ready_s"],
            "meetings": result["meetings"],
            "max_stall_ms": round(self.meter.max_stall_ms, 1),
            "keyring": self.keyring,
            "sandbox": self.sandbox,
            "cached": self.cached_ready_s is not None,
            "cached_ready_s": self.cached_ready_s,
            "offline": self.offline,
            "language": _language_in_use(),
        }
        if not result["ok"]:
            line["error"] = result["error"]
        self.out.write(json.dumps(line) + "\n")
        self.out.flush()
        self.finished.emit(0 if result["ok"] else 1)


def _language_in_use() -> str:
    app = QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return code if isinstance(code, str) else "en"
