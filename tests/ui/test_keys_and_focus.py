"""Focus and keys as staff use them (issue 14, item 28): the list has the focus once rows
arrive, focus comes back to it after a form closes, the doctor closes like other windows,
quitting past an unsaved form asks, and a save that hangs can be abandoned."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from zoomdesk.sandbox import Fault

from .conftest import Desk
from .meeting_form_kit import Kit, type_text
from .test_meeting_actions import wait_form
from .test_meeting_form_failures import CREATE
from .test_task_ownership import MEETING


def activate(desk: Desk) -> None:
    desk.window.activateWindow()
    desk.qtbot.waitUntil(desk.window.isActiveWindow)


def test_once_rows_arrive_the_list_has_the_focus_and_ctrl_c_copies_a_link(
    open_desk: Callable[..., Desk],
) -> None:
    desk = open_desk(sandbox=True)
    desk.page.search_edit.setFocus()  # where the focus was seen at start-up
    desk.wait_loaded()
    assert desk.window.focusWidget() is desk.page.table
    meeting = desk.app.meetings.selected()
    assert meeting is not None  # the first row: Delete and Ctrl+C have something to act on
    activate(desk)
    desk.qtbot.keyClick(desk.page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    desk.wait(lambda: QGuiApplication.clipboard().text() != "")
    assert QGuiApplication.clipboard().text() == meeting.join_url


def test_after_discarding_a_new_meeting_the_focus_is_back_in_the_list(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    type_text(desk.qtbot, form.fields.topic_edit, "Changed my mind")
    desk.qtbot.keyClick(form, Qt.Key.Key_Escape)
    desk.wait(lambda: form._close_prompt.box is not None)
    box = form._close_prompt.box
    desk.qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    desk.wait(lambda: desk.app.actions.form is None)
    desk.wait(desk.window.isActiveWindow)
    assert QApplication.focusWidget() is desk.page.table


@pytest.mark.parametrize("keys", ["Esc", "Ctrl+W"])
def test_the_request_doctor_closes_with_esc_and_ctrl_w(sandbox_desk: Desk, keys: str) -> None:
    desk = sandbox_desk
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    desk.wait(doctor.isVisible)
    doctor.activateWindow()
    desk.wait(doctor.isActiveWindow)
    key = Qt.Key.Key_Escape if keys == "Esc" else Qt.Key.Key_W
    modifier = (
        Qt.KeyboardModifier.NoModifier if keys == "Esc" else Qt.KeyboardModifier.ControlModifier
    )
    desk.qtbot.keyClick(doctor, key, modifier)
    desk.wait(lambda: not doctor.isVisible())


def test_quitting_past_an_unsaved_form_asks_and_going_back_keeps_everything(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    type_text(desk.qtbot, form.fields.topic_edit, "Half typed")
    form.activateWindow()
    desk.wait(form.isActiveWindow)
    desk.qtbot.keyClick(form, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # from the form
    desk.wait(lambda: desk.app.actions.quit_box is not None)
    box = desk.app.actions.quit_box
    assert box.text() == "1 meeting form has changes that are not saved."
    back = next(b for b in box.buttons() if b.text() == "Back to the form")
    desk.qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert desk.window.isVisible() and form.isVisible() and not desk.app.shut_down
    assert form.fields.topic_edit.text() == "Half typed"

    desk.window.close()  # the window's ×: asks again
    desk.wait(lambda: desk.app.actions.quit_box is not box and desk.app.actions.quit_box)
    assert not desk.app.shut_down


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def test_stop_waiting_on_a_hanging_create_offers_check_now_not_a_second_create(kit, qtbot) -> None:
    kit.sandbox.faults.add(Fault("delay", method="POST", path=CREATE, seconds=3.0))
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Hanging create")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.cancel_button.text() == "Stop waiting" and form.cancel_button.isEnabled()
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.banner.title.text() == "The meeting may or may not have been created"
    assert not form.save_button.isEnabled()  # only after "Check now"
    assert form.cancel_button.text() == "Cancel"


def test_stop_waiting_on_a_hanging_edit_says_saving_again_is_safe(kit, qtbot) -> None:
    meeting = kit.create(topic="Hanging edit")
    kit.sandbox.faults.add(Fault("delay", method="PATCH", path=MEETING, seconds=3.0))
    form = kit.open_form(meeting=meeting)
    type_text(qtbot, form.fields.agenda_edit, "More")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # Esc and × stop waiting too
    assert form.banner.title.text() == "The change may or may not have been saved"
    assert form.save_button.isEnabled()
