"""The main window's actions: text, icon, shortcut, tip, and where the shortcut works."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from zoomdesk.core.i18n import translate, without_mnemonic
from zoomdesk.ui import icons

if TYPE_CHECKING:
    from zoomdesk.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    text: str,
    *,
    icon: str | None = None,
    shortcut: object = None,
    tip: str = "",
    in_list: bool = False,
) -> QAction:
    """`in_list`: the shortcut works while the meeting list has the focus (Delete and Ctrl+C
    must keep their usual meaning in the search box and the selectors)."""
    action = QAction(text, window)
    if "(&" in text:  # Qt drops "&" on a toolbar button but would show a Japanese "(N)"
        action.setIconText(without_mnemonic(text).rstrip("…"))
    if icon:
        action.setIcon(icons.icon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if in_list:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window._list_actions.append(action)
    else:
        window.addAction(action)  # shortcuts work even when the toolbar is hidden
    return action


def make_actions(window: MainWindow) -> None:
    """The window's actions, as attributes of the window (`window.new_action`, …)."""
    key = QKeySequence.StandardKey
    window.new_action = _action(
        window,
        translate("Actions", "&New meeting…"),
        icon="new",
        shortcut=key.New,
        tip=translate("Actions", "Schedule a new meeting"),
    )
    window.edit_action = _action(
        window,
        translate("Actions", "&Edit…"),
        icon="edit",
        shortcut=key.Open,
        tip=translate("Actions", "Open the selected meeting (Enter)"),
    )
    window.duplicate_action = _action(
        window,
        translate("Actions", "D&uplicate…"),
        icon="duplicate",
        shortcut="Ctrl+D",
        tip=translate("Actions", "A new meeting like this one"),
    )
    window.delete_action = _action(
        window,
        translate("Actions", "&Delete…"),
        icon="delete",
        shortcut=key.Delete,
        tip=translate("Actions", "Delete the selected meeting"),
        in_list=True,
    )
    window.copy_link_action = _action(
        window,
        translate("Actions", "Copy join &link"),
        icon="link",
        shortcut=key.Copy,
        tip=translate("Actions", "Copy the join link"),
        in_list=True,
    )
    window.copy_invitation_action = _action(
        window,
        translate("Actions", "Copy &invitation"),
        icon="invitation",
        shortcut="Ctrl+Shift+C",
        tip=translate("Actions", "Copy the invitation text to paste in an email"),
    )
    window.export_ics_action = _action(
        window,
        translate("Actions", "&Save as calendar file (.ics)…"),
        icon="calendar",
        shortcut=key.Save,
        tip=translate(
            "Actions", "Save the meeting as an iCalendar file for Outlook, Google or Apple Calendar"
        ),
    )
    window.registrants_action = _action(
        window,
        translate("Actions", "Re&gistrants…"),
        shortcut="Ctrl+Shift+R",
        tip=translate(
            "Actions",
            "Approve, deny, add and import the people registered for the selected meeting",
        ),
    )
    window.refresh_action = _action(
        window,
        translate("Actions", "&Refresh"),
        icon="refresh",
        shortcut=key.Refresh,
        tip=translate("Actions", "Reload the list (F5)"),
    )
    if window.refresh_action.shortcut() != QKeySequence("F5"):
        window.refresh_action.setShortcuts([window.refresh_action.shortcut(), QKeySequence("F5")])
    window.find_action = _action(
        window, translate("Actions", "&Find"), icon="find", shortcut=key.Find
    )
    window.quit_action = _action(
        window, translate("Actions", "&Quit"), icon="quit", shortcut="Ctrl+Q"
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    # Ctrl+Q quits from a meeting form or the doctor too, not only from the main window.
    window.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.preferences_action = _action(
        window, translate("Actions", "Pr&eferences…"), shortcut=key.Preferences
    )
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.about_action = _action(window, translate("Actions", "&About zoomdesk"), icon="about")
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.add_profile_action = _action(
        window,
        translate("Actions", "&Add profile…"),
        tip=translate("Actions", "Connect to a Zoom account"),
    )
    window.edit_profile_action = _action(window, translate("Actions", "&Edit profile…"))
    window.remove_profile_action = _action(window, translate("Actions", "&Remove profile…"))
    window.quit_action.triggered.connect(window.close)
    window.find_action.triggered.connect(window.list_page_focus_search)
    window.add_profile_action.triggered.connect(window.add_profile_requested)
    window.edit_profile_action.triggered.connect(window.edit_profile_requested)
    window.remove_profile_action.triggered.connect(window.remove_profile_requested)
