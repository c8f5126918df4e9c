"""Keyboard only (issue 16, items 5-6): Tab leaves every table and reaches every control of each
window, arrows move within; no two visible labels, buttons or tabs of a window share Alt+letter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .a11y_kit import accessible_name, clashes, describe, item_views, tab_stops, walk_tabs
from .conftest import Desk
from .test_bulk_import_wizard import open_wizard, rows, write
from .test_meeting_actions import wait_form
from .test_profiles import open_dialog


def open_debug_panel(desk: Desk) -> QWidget:
    desk.app.tools.debug_dock.toggleViewAction().trigger()
    desk.wait(lambda: desk.app.tools.debug_panel is not None)
    panel = desk.app.tools.debug_panel
    desk.wait(panel.isVisible)
    return panel


def assert_tab_reaches_everything(desk: Desk, window: QWidget) -> None:
    views = item_views(window)
    assert views, "the window has a table to start from"
    for view in views:
        visited = walk_tabs(desk, window, view)
        assert visited and visited[0] is not view, f"Tab stays in {view.accessibleName()!r}"
        missed = [w for w in tab_stops(window) if w not in visited and w is not view]
        assert not missed, (
            f"never reached by Tab from {view.accessibleName()!r}: {describe(missed)}"
        )
        unnamed = [w for w in visited if not accessible_name(w)]
        assert not unnamed, f"Tab stops with no name: {describe(unnamed)}"


def test_tab_leaves_the_meeting_list_and_reaches_every_control_and_the_debug_panel(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.wait_loaded()
    open_debug_panel(desk)
    assert_tab_reaches_everything(desk, desk.window)


def test_shift_tab_leaves_the_meeting_list_backwards(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.wait_loaded()
    table = desk.page.table
    desk.window.activateWindow()
    desk.wait(desk.window.isActiveWindow)
    table.setFocus()
    desk.qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert desk.window.focusWidget() is not table


def test_arrows_still_move_between_rows_of_the_meeting_list(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.wait_loaded()
    assert desk.page.proxy.rowCount() >= 2
    desk.page.table.selectRow(0)
    desk.press(Qt.Key.Key_Down)
    assert desk.page.table.currentIndex().row() == 1


def test_tab_leaves_the_tables_of_the_history_and_the_import_preview(
    sandbox_desk: Desk, tmp_path: Path
) -> None:
    desk = sandbox_desk
    desk.wait_loaded()
    desk.app.tools.show_history()
    history = desk.app.tools.history_dialog
    desk.wait(history.isVisible)
    assert_tab_reaches_everything(desk, history)
    history.close()
    wizard = open_wizard(desk, write(tmp_path / "term.csv", rows(3)))
    assert_tab_reaches_everything(desk, wizard)


def test_no_two_controls_of_the_main_window_and_debug_panel_share_an_alt_letter(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.wait_loaded()
    open_debug_panel(desk)
    assert clashes(desk.window) == {}


def test_no_two_controls_of_the_doctor_share_an_alt_letter_and_esc_closes_it(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    desk.wait(doctor.isVisible)
    assert clashes(doctor) == {}
    doctor.activateWindow()
    desk.wait(doctor.isActiveWindow)
    desk.qtbot.keyClick(doctor, Qt.Key.Key_Escape)
    desk.wait(lambda: not doctor.isVisible())


def test_no_two_controls_of_the_profile_dialog_share_an_alt_letter(open_desk) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    assert clashes(dialog) == {}
    assert_tab_order_reaches_every_field(desk, dialog)


def assert_tab_order_reaches_every_field(desk: Desk, window: QWidget) -> None:
    start = tab_stops(window)[0]
    visited = walk_tabs(desk, window, start)
    missed = [w for w in tab_stops(window) if w not in visited and w is not start]
    assert not missed, describe(missed)


def test_the_sandbox_and_the_request_doctor_have_an_alt_letter(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    window = desk.window
    window.profile_menu.aboutToShow.emit()
    texts = [a.text() for a in window.profile_menu.actions()]
    assert "&Sandbox (not real Zoom)" in texts
    assert any(a.text() == "Request &doctor…" for a in window.help_menu.actions())
    panel = open_debug_panel(desk)
    assert "&" in panel.doctor_button.text()


def test_tab_reaches_every_control_of_the_meeting_form_but_not_its_scroll_area(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    visited = walk_tabs(desk, form, form.fields.topic_edit)
    missed = [w for w in tab_stops(form) if w not in visited and w is not form.fields.topic_edit]
    assert not missed, describe(missed)
    assert form.scroll_area not in visited
