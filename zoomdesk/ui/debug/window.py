"""The debug panel in a window of its own (`zoomdesk debug`, or from anywhere in the app)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMainWindow, QWidget

from zoomdesk.core.exchange import ExchangeLog
from zoomdesk.core.i18n import translate
from zoomdesk.core.tokens import TokenProvider
from zoomdesk.ui.debug.panel import DebugPanel
from zoomdesk.ui.icons import app_icon
from zoomdesk.ui.screen_fit import resize_within_screen


class DebugWindow(QMainWindow):
    def __init__(
        self,
        log: ExchangeLog,
        token_provider_getter: Callable[[], TokenProvider | None],
        parent: QWidget | None = None,
        **panel_options: Any,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DebugPanel", "HTTP debug panel — zoomdesk"))
        self.setWindowIcon(app_icon())
        self.panel = DebugPanel(log, token_provider_getter, **panel_options)
        self.setCentralWidget(self.panel)
        resize_within_screen(self, 1280, 800)

    def closeEvent(self, event: Any) -> None:
        self.panel.detach()
        super().closeEvent(event)


def open_debug_window(
    log: ExchangeLog, token_provider_getter: Callable[[], TokenProvider | None], **options: Any
) -> DebugWindow:
    """Create and show the window; the caller keeps the reference while it is open."""
    window = DebugWindow(log, token_provider_getter, **options)
    window.show()
    return window
