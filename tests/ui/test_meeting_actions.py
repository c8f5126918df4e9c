"""What a user does with a meeting in the list: open it, duplicate it, delete it (one
occurrence or the whole series), copy its link or invitation, save it as a calendar file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zoomdesk.ui.occurrence_dialog import OccurrenceDialog

from .conftest import Desk
from .ics import parse, unescape


def meeting_id(desk: Desk, topic: str) -> int:
    return next(m["id"] for m in desk.app.sandbox.state.meetings.values() if m["topic"] == topic)


def confirm_dialog(desk: Desk) -> OccurrenceDialog:
    desk.wait(
        lambda: (
            desk.app.actions.occurrence_dialog is not None
            and desk.app.actions.occurrence_dialog.isVisible()
        )
    )
    dialog = desk.app.actions.occurrence_dialog
    assert dialog is not None
    return dialog


def test_delete_asks_first_and_cancel_keeps_the_meeting(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Quarterly review with Finance")
    desk.press(Qt.Key.Key_Delete)
    dialog = confirm_dialog(desk)
    assert dialog.question.text().startswith("Delete “Quarterly review with Finance” (")
    assert not dialog.series_radio.isVisible()
    desk.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    desk.wait(lambda: not dialog.isVisible())
    assert "Quarterly review with Finance" in desk.topics()
    assert desk.app.sandbox.count("DELETE", "/v2/meetings") == 0


def test_deleting_a_one_time_meeting_removes_it_from_zoom_and_the_list(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    doomed = meeting_id(desk, "Quarterly review with Finance")
    desk.select("Quarterly review with Finance")
    desk.window.delete_action.trigger()
    dialog = confirm_dialog(desk)
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Quarterly review with Finance" not in desk.topics())
    assert doomed not in desk.app.sandbox.state.meetings
    assert desk.window.statusBar().currentMessage() == "Deleted “Quarterly review with Finance”"


def test_deleting_one_occurrence_keeps_the_rest_of_the_series(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    series = meeting_id(desk, "Daily stand-up")
    desk.select("Daily stand-up")
    desk.window.delete_action.trigger()
    dialog = confirm_dialog(desk)
    assert dialog.occurrence_radio.isChecked(), "the least destructive choice comes first"
    assert dialog.occurrence_combo.count() == 10
    dialog.occurrence_combo.setCurrentIndex(2)
    chosen = dialog.occurrence_combo.currentData()
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    stored = desk.app.sandbox.state.meetings
    desk.wait(
        lambda: any(
            o["occurrence_id"] == chosen and o["status"] == "deleted"
            for o in stored[series]["occurrences"]
        )
    )
    live = [o for o in stored[series]["occurrences"] if o["status"] != "deleted"]
    assert len(live) == 9
    assert "Daily stand-up" in desk.topics()
    desk.wait(lambda: "occurrence of “Daily stand-up”" in desk.window.statusBar().currentMessage())


def test_deleting_the_whole_series_removes_the_meeting(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    series = meeting_id(desk, "Weekly team sync")
    desk.select("Weekly team sync")
    desk.window.delete_action.trigger()
    dialog = confirm_dialog(desk)
    assert "8 upcoming occurrences" in dialog.series_radio.text()
    dialog.series_radio.setChecked(True)
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Weekly team sync" not in desk.topics())
    assert series not in desk.app.sandbox.state.meetings
    deletes = [r for r in desk.app.sandbox.requests if r.method == "DELETE"]
    assert [r.query.get("occurrence_id") for r in deletes] == [None]


def test_the_join_link_is_copied_to_the_clipboard(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Product demo for APAC")
    desk.press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    link = QApplication.clipboard().text()
    assert link.startswith(desk.app.sandbox.url)
    assert f"/j/{meeting_id(desk, 'Product demo for APAC')}" in link
    assert desk.window.statusBar().currentMessage() == "Join link copied"


def test_the_invitation_is_zooms_own_text(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Quarterly review with Finance")
    desk.window.copy_invitation_action.trigger()
    desk.wait(lambda: "Zoom meeting" in QApplication.clipboard().text())
    text = QApplication.clipboard().text()
    zooms = desk.run(
        desk.app.session.client.get_invitation(meeting_id(desk, "Quarterly review with Finance"))
    )
    assert text == zooms and "Dial by your location" in text
    assert desk.window.statusBar().currentMessage() == "Invitation copied (Zoom's text)"


def test_a_recurring_meeting_saves_as_an_ics_file_with_its_rule(
    sandbox_desk: Desk, tmp_path: Path
) -> None:
    desk = sandbox_desk
    desk.select("Weekly team sync")
    desk.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.app.actions.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("Weekly team sync.ics")
    target = tmp_path / "sync.ics"
    dialog.selectFile(str(target))
    dialog.accept()
    desk.wait(lambda: desk.app.actions.last_export == target)
    calendar = parse(target.read_bytes().decode("utf-8"))
    (event,) = calendar.find("VEVENT")
    assert event.get("SUMMARY").value == "Weekly team sync"
    assert event.get("DTSTART").params == {"TZID": "America/New_York"}
    assert event.get("DTSTART").value.endswith("T150000")
    rule = dict(part.split("=") for part in event.get("RRULE").value.split(";"))
    assert rule["FREQ"] == "WEEKLY" and rule["BYDAY"] and rule["COUNT"] == "8"
    assert "Priorities, blockers, announcements." in unescape(event.get("DESCRIPTION").value)
    assert calendar.find("VTIMEZONE")[0].get("TZID").value == "America/New_York"


def test_a_meeting_without_a_fixed_time_cannot_be_saved_as_ics(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Open office hours")
    assert not desk.window.export_ics_action.isEnabled()
    desk.select("Daily stand-up")
    assert desk.window.export_ics_action.isEnabled()


def test_selecting_a_recurring_meeting_shows_how_it_repeats(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    assert "Recurring" in [desk.page.proxy.index(r, 5).data() for r in range(len(desk.topics()))]
    desk.select("Daily stand-up")
    row = desk.topics().index("Daily stand-up")
    tooltip = Qt.ItemDataRole.ToolTipRole
    desk.wait(
        lambda: desk.page.proxy.index(row, 5).data(tooltip) == "Recurring: Every day, 10 times"
    )
    assert desk.page.proxy.index(row, 5).data() == "Recurring"  # the column does not change
    assert desk.page.current_row() is not None, "the selection stays"


def wait_form(desk: Desk) -> Any:
    desk.wait(lambda: desk.app.actions.form is not None and desk.app.actions.form.loaded)
    return desk.app.actions.form


def test_enter_opens_the_selected_meeting_for_editing_and_saving_refreshes_the_row(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.select("Product demo for APAC")
    desk.press(Qt.Key.Key_Return)
    form = wait_form(desk)
    assert form.windowTitle() == "Edit meeting — Product demo for APAC"
    assert form.fields.topic_edit.text() == "Product demo for APAC"
    form.fields.topic_edit.setText("Product demo for APAC (moved)")
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Product demo for APAC (moved)" in desk.topics())
    assert "Product demo for APAC" not in desk.topics()


def test_new_and_duplicate_open_the_form_and_a_created_meeting_joins_the_list(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.select("Quarterly review with Finance")
    desk.window.duplicate_action.trigger()
    form = wait_form(desk)
    assert form.windowTitle() == "Duplicate meeting — Quarterly review with Finance"
    assert form.fields.topic_edit.text() == "Quarterly review with Finance"
    form.fields.topic_edit.setText("Quarterly review, second round")
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Quarterly review, second round" in desk.topics())
    assert desk.page.proxy.index(desk.page.table.currentIndex().row(), 0).data() == (
        "Quarterly review, second round"
    )

    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    assert form.windowTitle() == "New meeting"
    assert form.fields.topic_edit.text() == ""


def test_editing_a_recurring_meeting_asks_which_part_first(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Daily stand-up")
    desk.window.edit_action.trigger()
    dialog = confirm_dialog(desk)
    assert dialog.windowTitle() == "Edit recurring meeting — zoomdesk"
    assert dialog.confirm_button.text() == "&Edit"
    chosen = dialog.occurrence_combo.currentData()
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    form = wait_form(desk)
    assert form.windowTitle() == "Edit one occurrence — Daily stand-up"
    assert form.occurrence_id == chosen


def test_double_click_opens_the_meeting_too(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    row = desk.topics().index("Quarterly review with Finance")
    table = desk.page.table
    rect = table.visualRect(desk.page.proxy.index(row, 0))
    desk.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    desk.qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = wait_form(desk)
    assert form.windowTitle() == "Edit meeting — Quarterly review with Finance"


def test_the_context_menu_offers_every_meeting_action(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Daily stand-up")
    table = desk.page.table
    rect = table.visualRect(table.currentIndex())
    table.customContextMenuRequested.emit(rect.center())
    menu = desk.window.context_menu
    assert menu is not None
    desk.wait(menu.isVisible)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&New meeting…",
        "&Edit…",
        "D&uplicate…",
        "&Delete…",
        "Copy join &link",
        "Copy &invitation",
        "&Save as calendar file (.ics)…",
        "Re&gistrants…",
    ]
    assert all(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    menu.close()
