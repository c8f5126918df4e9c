"""The main window: menus, toolbar, the pages (starting, welcome, meeting list), banners and the
status bar. It shows things and emits what the user asked for; the controllers do the work."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.i18n import translate
from zoomdesk.ui import icons
from zoomdesk.ui.banners import Banner, SandboxBanner
from zoomdesk.ui.errors import describe
from zoomdesk.ui.list_page import MeetingListPage
from zoomdesk.ui.meeting_table import MeetingTableModel
from zoomdesk.ui.profile_menu import SANDBOX_ITEM as SANDBOX_ITEM
from zoomdesk.ui.profile_menu import ProfileMenu
from zoomdesk.ui.screen_fit import keep_on_screen, resize_within_screen
from zoomdesk.ui.settings import UiSettings
from zoomdesk.ui.status_bar import StatusPanel
from zoomdesk.ui.welcome import WelcomePage
from zoomdesk.ui.window_actions import make_actions

log = logging.getLogger("zoomdesk.ui")
STATUS_MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    # Made by `make_actions` (window_actions.py).
    new_action: QAction
    edit_action: QAction
    duplicate_action: QAction
    delete_action: QAction
    copy_link_action: QAction
    copy_invitation_action: QAction
    export_ics_action: QAction
    registrants_action: QAction
    refresh_action: QAction
    find_action: QAction
    quit_action: QAction
    about_action: QAction
    preferences_action: QAction
    add_profile_action: QAction
    edit_profile_action: QAction
    remove_profile_action: QAction
    _list_actions: list[QAction]

    closed = Signal()
    # Asked before the window closes; False keeps it open (MeetingActions.allow_close).
    close_guard: Callable[[], bool] | None = None
    profile_chosen = Signal(str)
    sandbox_chosen = Signal()
    add_profile_requested = Signal()
    edit_profile_requested = Signal()
    remove_profile_requested = Signal()

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context_menu: QMenu | None = None
        self._message_about = ""
        self._list_actions = []
        self.offline_reason = ""  # set while Zoom cannot be reached (ui/offline.py)
        self.sandbox_allowed = True  # the IT policy may hide the sandbox (ui/policy_ui.py)
        self.presets: set[str] = set()  # profiles the IT policy sets
        self.policy_banner: Banner | None = None  # "policy unreadable, ask IT"
        self._tooltips: dict[QAction, str] = {}
        self.setWindowIcon(icons.app_icon())
        self.setObjectName("mainWindow")
        self.model = MeetingTableModel(parent=self)
        make_actions(self)
        self.profile_selector = ProfileMenu(self)  # the toolbar's selector, the Profile menu
        self.forget_cache_action = QAction(translate("MainWindow", "&Forget cached meetings"), self)
        self.forget_cache_action.setToolTip(
            translate(
                "MainWindow",
                "Delete the copy of this profile's meeting list kept on this computer",
            )
        )
        self._make_pages()
        self._make_menus()
        self._make_toolbar()
        self.status = StatusPanel(self.statusBar())
        self.set_title(None)
        self.set_meeting_actions(connected=False, selected=False)
        self._restore()

    # --- construction ----------------------------------------------------------------------

    def _make_pages(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sandbox_banner = SandboxBanner()
        self.message_banner = Banner("error")
        self.message_banner.setAccessibleName(translate("MainWindow", "Message"))
        banners = self.banners = QVBoxLayout()
        banners.setContentsMargins(8, 8, 8, 0)
        banners.setSpacing(6)
        for banner in (self.sandbox_banner, self.message_banner):
            banners.addWidget(banner)
        layout.addLayout(banners)
        self.pages = QStackedWidget()
        self.starting_page = QLabel(translate("MainWindow", "Starting…"))
        self.starting_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_page = WelcomePage()
        self.list_page = MeetingListPage(self.model)
        for action in self._list_actions:
            self.list_page.table.addAction(action)
        for page in (self.starting_page, self.welcome_page, self.list_page):
            self.pages.addWidget(page)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.welcome_page.connect_requested.connect(self.add_profile_requested)
        self.welcome_page.sandbox_requested.connect(self.sandbox_chosen)
        self.list_page.context_menu_requested.connect(self._show_context_menu)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.export_ics_action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        meeting_menu = bar.addMenu(translate("MainWindow", "&Meeting"))
        self._add_meeting_actions(meeting_menu)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        # Panels (the HTTP debug panel, …) are added here by add_dock(), after this marker.
        self.panels_section = self.view_menu.addSection(translate("MainWindow", "Panels"))
        self.panels_section.setVisible(False)
        self.profile_menu = bar.addMenu(translate("MainWindow", "&Profile"))
        self.profile_group = QActionGroup(self)
        self.profile_group.setExclusive(True)
        self.profile_menu.aboutToShow.connect(self.profile_selector.fill_menu)
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        profile_label = QLabel(translate("MainWindow", "Connection:"))
        profile_label.setContentsMargins(8, 0, 2, 0)  # apart from the toolbar buttons
        self.profile_combo = QComboBox()
        self.profile_combo.setAccessibleName(translate("MainWindow", "Connection profile"))
        self.profile_combo.setToolTip(translate("MainWindow", "Which Zoom account to work with"))
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(14)
        self.profile_combo.activated.connect(self.profile_selector.on_combo_activated)
        profile_label.setBuddy(self.profile_combo)
        for action in (self.new_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.copy_link_action)
        toolbar.addAction(self.copy_invitation_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        # Label and selector as one item: they go together, never a lone "Connection:".
        connection = QWidget()
        row = QHBoxLayout(connection)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(profile_label)
        row.addWidget(self.profile_combo)
        toolbar.addWidget(connection)
        self.toolbar = toolbar

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow windows (800 px) show the toolbar's icons without text, so the connection
        selector stays on the toolbar instead of in its overflow menu."""
        super().resizeEvent(event)
        toolbar = self.toolbar
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if toolbar.sizeHint().width() > event.size().width():
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _add_meeting_actions(self, menu: QMenu) -> None:
        for action in (self.new_action, self.edit_action, self.duplicate_action):
            menu.addAction(action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        for action in (self.copy_link_action, self.copy_invitation_action, self.export_ics_action):
            menu.addAction(action)
        menu.addAction(self.registrants_action)

    # --- public API ------------------------------------------------------------------------

    def add_dock(
        self, widget: QWidget, title: str, *, visible: bool = True, name: str = ""
    ) -> QDockWidget:
        """Add a panel (e.g. the HTTP debug panel) as a dock, toggled from the View menu.
        `name` (default: the title) keys its saved place: the same in every language."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name or title}")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        # A dock made after restoreState() gets its saved place and visibility this way
        # (restoreDockWidget instead of addDockWidget); a dock never saved is added and shown.
        if not self.restoreDockWidget(dock):
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.setVisible(visible)
        self.panels_section.setVisible(True)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    def add_banner(self, banner: QWidget) -> None:
        """A banner of its own above the list (offline, policy), under the sandbox strip."""
        self.banners.insertWidget(1, banner)

    def set_offline(self, reason: str) -> None:
        """Read-only while Zoom cannot be reached: what needs Zoom says why it is off."""
        self.offline_reason = reason
        for action in (self.new_action, self.edit_action, self.duplicate_action,
                       self.delete_action):  # fmt: skip
            original = self._tooltips.setdefault(action, action.toolTip())
            action.setToolTip(
                translate("MainWindow", "{action} — {reason}").format(
                    action=original, reason=reason
                )
                if reason
                else original
            )
        self.set_meeting_actions(connected=self._connected, selected=self._selected,
                                 fixed_time=self._fixed_time)  # fmt: skip

    def show_page(self, name: str) -> None:
        page = {"starting": self.starting_page, "welcome": self.welcome_page}.get(
            name, self.list_page
        )
        self.pages.setCurrentWidget(page)
        if page is self.welcome_page:
            self.welcome_page.setFocus()
        elif page is self.list_page:
            self.list_page.table.setFocus()

    def current_page(self) -> str:
        widget = self.pages.currentWidget()
        if widget is self.welcome_page:
            return "welcome"
        return "list" if widget is self.list_page else "starting"

    def set_title(self, label: str | None, *, sandbox: bool = False) -> None:
        if sandbox:
            self.setWindowTitle(translate("MainWindow", "zoomdesk (Sandbox) — not real Zoom"))
        elif label:
            self.setWindowTitle(
                translate("MainWindow", "{profile} — zoomdesk").format(profile=label)
            )
        else:
            self.setWindowTitle("zoomdesk")
        self.sandbox_banner.setVisible(sandbox)

    def set_profiles(
        self, names: list[str], current: str | None, *, sandbox: bool, connected: bool = True
    ) -> None:
        self.profile_selector.set_profiles(names, current, sandbox=sandbox, connected=connected)

    def set_meeting_actions(
        self,
        *,
        connected: bool,
        selected: bool,
        fixed_time: bool = True,
        registration: bool = False,
    ) -> None:
        self._connected, self._selected, self._fixed_time = connected, selected, fixed_time
        online = connected and not self.offline_reason
        self.new_action.setEnabled(online)
        self.refresh_action.setEnabled(connected)  # offline: tries to reconnect now
        for action in (self.edit_action, self.duplicate_action, self.delete_action):
            action.setEnabled(online and selected)
        for action in (self.copy_link_action, self.copy_invitation_action):
            action.setEnabled(connected and selected)
        self.export_ics_action.setEnabled(connected and selected and fixed_time)
        self.registrants_action.setEnabled(connected and selected and registration)

    def show_error(
        self,
        what: str,
        error: BaseException,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        *,
        note: str = "",
    ) -> None:
        problem = describe(error)
        text = problem.message
        if what:
            text = translate("MainWindow", "{what} failed: {problem}").format(
                what=what, problem=problem.message
            )
        text = f"{text} {note}" if note else text  # two sentences, each translated
        self.show_message(text, details=problem.details, actions=actions, about=what)

    def show_message(
        self,
        text: str,
        *,
        details: str = "",
        kind: str = "error",
        actions: list[tuple[str, Callable[[], None]]] | None = None,
        about: str = "",
    ) -> None:
        """`about` names what the message concerns, so that succeeding later can clear it."""
        log.log(logging.WARNING if kind == "error" else logging.INFO, "%s", text)
        self.message_banner.show_message(text, details=details, kind=kind, actions=actions)
        self._message_about = about
        self.statusBar().showMessage(text.splitlines()[0], STATUS_MESSAGE_MS)

    def clear_message(self, about: str | None = None) -> None:
        """Hide the message; with `about`, only a message about that."""
        if about is None or about == self._message_about:
            self.message_banner.hide()

    def notify(self, text: str) -> None:
        """A passing confirmation ("Join link copied") in the status bar."""
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def list_page_focus_search(self) -> None:
        if self.current_page() == "list":
            self.list_page.focus_search()

    def bring_to_front(self) -> None:
        """Another `zoomdesk` start asked for this window (and its open dialog, if any)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.raise_()
            modal.activateWindow()

    # --- events ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard():
            event.ignore()  # the guard said why (an unsaved meeting form)
            return
        self.save_settings()
        event.accept()
        self.closed.emit()

    def save_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.header_state = self.list_page.table.horizontalHeader().saveState()
        self.settings.list_type = self.list_page.list_type()
        self.settings.sync()

    def _restore(self) -> None:
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1240, 740)
        keep_on_screen(self)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        header = self.settings.header_state
        if header is not None:
            self.list_page.table.horizontalHeader().restoreState(header)
        self.list_page.set_list_type(self.settings.list_type)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self._add_meeting_actions(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(position)
