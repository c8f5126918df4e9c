"""The calendar view beside the meeting list (issue 17): day, work week, week and month, for
one host, chosen hosts side by side or all hosts; conflicts marked; drag to create, move and
resize. `attach_calendar` is the one hook the app calls."""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from zoomdesk.core.drafts import system_timezone
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import zone
from zoomdesk.ui.calendar.controller import CalendarController
from zoomdesk.ui.calendar.page import CalendarPage

if TYPE_CHECKING:
    from zoomdesk.ui.actions import MeetingActions
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.meeting_list import MeetingListController
    from zoomdesk.ui.settings import UiSettings

DOCK_NAME = "dock-calendar"
SHORTCUT = "Ctrl+Shift+K"


def attach_calendar(
    window: MainWindow,
    meetings: MeetingListController,
    actions: MeetingActions,
    settings: UiSettings,
    parent: QObject,
    *,
    tz: tzinfo | None = None,
) -> CalendarController:
    """Add the calendar as a dock beside the list, with a View menu and toolbar toggle. Whether
    it is shown is saved with the window's state (UiSettings.window_state)."""
    tz = tz or zone(system_timezone()) or UTC
    page = CalendarPage(tz)
    dock = QDockWidget(translate("CalendarView", "Calendar"), window)
    dock.setObjectName(DOCK_NAME)
    dock.setAccessibleName(translate("CalendarView", "Calendar"))
    dock.setWidget(page)
    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
    toggle: QAction = dock.toggleViewAction()
    toggle.setText(translate("CalendarView", "&Calendar"))
    toggle.setIconText(translate("CalendarView", "Calendar"))  # no "(C)" on the toolbar button
    toggle.setShortcut(QKeySequence(SHORTCUT))
    native = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    toggle.setToolTip(
        translate("CalendarView", "Show the meetings on a calendar ({key})").format(key=native)
    )
    window.addAction(toggle)
    window.view_menu.insertAction(window.view_menu.actions()[0], toggle)
    bar_actions = window.toolbar.actions()
    if window.refresh_action in bar_actions[:-1]:  # after Refresh, before the profile selector
        window.toolbar.insertAction(
            bar_actions[bar_actions.index(window.refresh_action) + 1], toggle
        )
    else:
        window.toolbar.addAction(toggle)
    controller = CalendarController(page, meetings, actions, settings, tz, parent)
    controller.dock, controller.toggle_action = dock, toggle
    dock.visibilityChanged.connect(lambda shown: controller.refresh() if shown else None)
    return controller
