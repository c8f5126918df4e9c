"""Closing the desktop app: every window's work in flight is cancelled, the app's own gets
SHUTDOWN_S to unwind, then the services close and the sandbox stops. Owned by `DesktopApp`
(ui/app.py)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from zoomdesk.core.i18n import translate
from zoomdesk.ui.tasks import stop_all

if TYPE_CHECKING:
    from zoomdesk.ui.app import DesktopApp

log = logging.getLogger("zoomdesk.ui")
SHUTDOWN_S = 2.0  # the most closing the window may wait for work in flight


class AppShutdown:
    """Closing the app (for `DesktopApp`)."""

    def __init__(self, owner: DesktopApp) -> None:
        self.owner = owner

    def on_window_closed(self) -> None:
        if not self.owner.shutdown_runner.pending():
            self.owner.shutdown_runner.start(
                self.shutdown(), translate("DesktopApp", "Closing zoomdesk")
            )

    async def run(self) -> int:
        """Until the window is closed and the shutdown that follows has finished."""
        assert self.owner._finished is not None
        await self.owner._finished.wait()
        return self.owner.exit_code

    async def shutdown(self) -> None:
        """Bounded: work in flight gets SHUTDOWN_S to unwind, then is abandoned."""
        try:
            self.owner.window.status.detach()
            # Every window's and dialog's work in flight (forms, the doctor, dialogs)…
            stop_all(list(QtWidgets.QApplication.topLevelWidgets()))
            # …and the app's own, which gets a moment to unwind.
            await self.owner.runner.close(SHUTDOWN_S)
            if self.owner.services is not None:
                try:
                    await asyncio.wait_for(self.owner.services.aclose(), SHUTDOWN_S)
                except Exception:
                    log.warning("closing the services failed", exc_info=True)
            if self.owner.sandbox is not None:
                loop = asyncio.get_running_loop()
                stop = loop.run_in_executor(None, self.owner.sandbox.stop)
                try:
                    await asyncio.wait_for(stop, SHUTDOWN_S)
                except Exception:
                    log.warning("stopping the sandbox failed", exc_info=True)
            self.owner.settings.sync()
        finally:
            if self.owner.actions.draft_owner is not None:
                self.owner.actions.draft_owner.release()
            self.owner.shut_down = True
            if self.owner._finished is not None:
                self.owner._finished.set()
