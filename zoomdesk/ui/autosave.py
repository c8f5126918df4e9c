"""Autosave of an open meeting form, a moment after each change, off the event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from zoomdesk.core.draft_store import DraftStore, DraftStoreError, FormState
from zoomdesk.core.i18n import translate
from zoomdesk.ui.tasks import TaskRunner

log = logging.getLogger("zoomdesk.ui")


class FormAutosave(QObject):
    """One per open form. `written` after each recovery copy; `failed(message)` when the disk
    refuses it (the form itself is untouched)."""

    written = Signal()
    failed = Signal(str)

    def __init__(
        self,
        store: DraftStore,
        connection: str,
        key: str | None = None,
        *,
        delay_ms: int = 400,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.connection = connection
        self.key = key or DraftStore.new_key()
        self._state: Callable[[], FormState] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._write)
        # Its own runner, not the form's: a discard or a last write must finish after the
        # form has closed (they are what makes a saved form's recovery copy go away).
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._on_failed)
        self.discarded = False

    def schedule(self, state: Callable[[], FormState]) -> None:
        """Typing restarts the timer, so a burst of keystrokes is one write."""
        self._state = state
        self.discarded = False
        self._timer.start()

    def _write(self) -> None:
        if self._state is None or self.discarded:
            return
        form = self._state()
        self._run(lambda: self.store.save(self.key, self.connection, form), announce=True)

    def discard(self) -> None:
        """The form was saved, or the user chose to throw the changes away."""
        self._timer.stop()
        self.discarded = True
        self._run(lambda: self.store.discard(self.key), announce=False)

    def _run(self, job: Callable[[], None], *, announce: bool) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None:  # no event loop (a plain script): write directly
            self._finish(job, announce)
            return
        what = translate("Autosave", "Saving the form's recovery copy")
        self.runner.start(self._in_thread(job, announce), what)

    async def _in_thread(self, job: Callable[[], None], announce: bool) -> None:
        self._report(await asyncio.to_thread(self._guarded, job), announce)

    @staticmethod
    def _guarded(job: Callable[[], None]) -> str | None:
        try:
            job()
        except DraftStoreError as error:
            return str(error)
        return None

    def _on_failed(self, _what: str, _error: BaseException) -> None:
        self.failed.emit(
            translate("Autosave", "The recovery copy of this form could not be saved.")
        )

    def _finish(self, job: Callable[[], None], announce: bool) -> None:
        self._report(self._guarded(job), announce)

    def _report(self, problem: object, announce: bool) -> None:
        if problem:
            log.warning("%s", problem)
            self.failed.emit(str(problem))
        elif announce:
            self.written.emit()
