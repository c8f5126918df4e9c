"""The tools beside the meeting list, built once the services exist: the HTTP exchanges dock
(the token debug panel, built the first time it is shown: the log keeps every exchange until
then, and start-up does not pay for it), the request doctor (one window, sending through the
app's sender to the app's sandbox), and the change history."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt

from zoomdesk.core.i18n import translate
from zoomdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from zoomdesk.core.services import Services
    from zoomdesk.core.tokens import TokenProvider
    from zoomdesk.ui.debug import DoctorWindow


class Tools(QObject):
    def __init__(
        self,
        window: MainWindow,
        services: Services,
        current_tokens: Callable[[], TokenProvider | None],
        sandbox_url: Callable[[], Awaitable[str]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.services = services
        self.current_tokens = current_tokens
        self.sandbox_url = sandbox_url
        self.debug_panel: QtWidgets.QWidget | None = None
        self.doctor_window: DoctorWindow | None = None
        self.history_dialog: QtWidgets.QDialog | None = None
        # Hidden until asked for (View menu): staff rarely need it, support always does.
        title = translate("DesktopApp", "HTTP exchanges")
        dock = window.add_dock(QtWidgets.QWidget(), title, visible=False, name="HTTP exchanges")
        dock.toggleViewAction().setShortcut("Ctrl+Shift+D")
        dock.visibilityChanged.connect(self._build_debug_panel)
        self.debug_dock = dock
        if dock.isVisibleTo(window):
            self._build_debug_panel(True)
        history = QtGui.QAction(translate("DesktopApp", "Change history…"), window)
        window.view_menu.insertAction(window.panels_section, history)
        history.setShortcut("Ctrl+H")
        history.triggered.connect(self.show_history)
        doctor = QtGui.QAction(translate("DesktopApp", "Request &doctor…"), window)
        doctor.setStatusTip(
            translate(
                "DesktopApp", "Check a token or API request of your own (cURL, raw HTTP, HAR, code)"
            )
        )
        doctor.triggered.connect(self.show_doctor)
        window.help_menu.insertAction(window.about_action, doctor)

    def show_doctor(self) -> None:
        """The request doctor on its own: for people who arrive with their own integration."""
        from zoomdesk.ui.debug import DoctorWindow

        if self.doctor_window is None:
            self.doctor_window = DoctorWindow(
                token_provider_getter=self.current_tokens,
                sandbox_url=self.sandbox_url,
                sender=self.services.sender,
            )
        self.doctor_window.show()
        self.doctor_window.raise_()
        self.doctor_window.activateWindow()

    def open_doctor(self, text: str) -> None:
        """The debug panel's "Request doctor…": the one doctor window, with that request."""
        self.show_doctor()
        assert self.doctor_window is not None
        if text:
            self.doctor_window.set_text(text)

    def show_history(self) -> None:
        from zoomdesk.ui.history_dialog import HistoryDialog

        self.history_dialog = dialog = HistoryDialog(self.services.history, self.window)
        dialog.open()
        dialog.on_refresh_clicked()

    def _build_debug_panel(self, visible: bool) -> None:
        if not visible or self.debug_panel is not None:
            return
        from zoomdesk.ui.debug import DebugPanel

        panel = DebugPanel(self.services.log, self.current_tokens, open_doctor=self.open_doctor)
        self.debug_panel = panel
        # In a scroll area: the panel's own minimum (~470 px) plus the list's made the window
        # grow past a 1440x900 screen and stay that tall after the panel was closed.
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # an unnamed Tab stop otherwise
        self.debug_dock.setWidget(scroll)
        # Half the window: the detail tabs need room, the list keeps its rows.
        height = int(self.window.height() * 0.5)
        self.window.resizeDocks([self.debug_dock], [height], Qt.Orientation.Vertical)
