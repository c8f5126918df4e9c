"""Async work started from the UI. Every task has one owner: the window or dialog whose runner
started it (a `TaskRunner` is a child QObject of its owner). Closing the owner stops its runner,
which cancels the tasks; a cancelled task is never resumed, so nothing it would have done
afterwards touches a deleted widget. The app's shutdown stops every runner (`stop_all`).

Every task is referenced until it ends, a newer task with the same key replaces an older one,
and a failure always reaches the owner's `failed` handler and the log.

Tasks made with `asyncio.ensure_future` are only weakly referenced by the loop (CPython issue
88831) and their exceptions surface only as "Task exception was never retrieved" at garbage
collection; this runner is the one place that keeps and reports them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.ui.errors import innermost

log = logging.getLogger("zoomdesk.ui")


class TaskRunner(QObject):
    """Starts coroutines as tasks and reports what becomes of them."""

    failed = Signal(str, object)  # what the user was doing ("Loading meetings"), the exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[asyncio.Task[Any], str] = {}
        self._keyed: dict[str, asyncio.Task[Any]] = {}
        self._closed = False

    def start(
        self, coro: Coroutine[Any, Any, Any], what: str, *, key: str | None = None
    ) -> asyncio.Task[Any] | None:
        """Run `coro`; with `key`, cancel the task running under that key first."""
        if self._closed:
            coro.close()
            return None
        if key is not None:
            self.cancel(key)
        task = asyncio.ensure_future(coro)
        was_busy = bool(self._tasks)
        self._tasks[task] = what
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(self._finished)
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def cancel(self, key: str) -> None:
        task = self._keyed.pop(key, None)
        if task is not None and not task.done():
            task.cancel()

    def pending(self) -> list[asyncio.Task[Any]]:
        return [t for t in self._tasks if not t.done()]

    def stop(self) -> None:
        """The owner is closing: cancel everything now, start nothing more."""
        self._closed = True
        for task in self.pending():
            task.cancel()

    async def close(self, timeout: float = 2.0) -> None:
        """Cancel everything and give the tasks a moment to unwind; never wait longer."""
        self._closed = True
        tasks = self.pending()
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        what = self._tasks.pop(task, "")
        for key, keyed in list(self._keyed.items()):
            if keyed is task:
                del self._keyed[key]
        error = None if task.cancelled() else task.exception()
        if error is not None:
            if isinstance(innermost(error), ZoomDeskError):
                log.warning("%s failed: %s", what, innermost(error))
            else:
                log.error("%s failed", what, exc_info=error)
        if self._closed:
            return  # the owner is closing or gone: its signals may be deleted already
        if not self._tasks:
            self.busy_changed.emit(False)
        if error is not None:
            self.failed.emit(what, error)


def stop_all(roots: list[QObject]) -> None:
    """Stop every runner owned by these objects or their children (the app's shutdown)."""
    for root in roots:
        runners = [root] if isinstance(root, TaskRunner) else []
        for runner in runners + root.findChildren(TaskRunner):
            runner.stop()
