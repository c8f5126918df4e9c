"""What the meeting form tells the user about values it cannot send as typed (issue 14, items
18 and 26): a duration of 0, a start in a daylight-saving gap or an ambiguous hour, a passcode
Zoom added on its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from .conftest import Desk
from .meeting_form_kit import Kit, type_date, type_text, type_time
from .test_meeting_actions import confirm_dialog, wait_form


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def test_a_duration_of_0_is_an_error_with_save_off_and_leaving_the_field_says_1(kit, qtbot) -> None:
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Zero minutes")
    spin = form.fields.duration_spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "0")
    assert spin.text() == "0 min"
    assert form.fields.duration_row.error == "Must be between 1 and 1440."
    assert not form.save_button.isEnabled()
    form.fields.topic_edit.setFocus()  # leaving the field corrects it, visibly
    qtbot.waitUntil(lambda: spin.text() == "1 min")
    assert form.fields.read_draft().duration == 1
    assert form.fields.duration_row.error == ""
    assert form.save_button.isEnabled()


def test_a_passcode_zoom_added_to_a_meeting_saved_without_one_is_shown(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    assert form.fields.options.password() == ""
    type_text(desk.qtbot, form.fields.topic_edit, "No passcode chosen")
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "No passcode chosen" in desk.topics())
    created = next(
        m for m in desk.app.sandbox.state.meetings.values() if m["topic"] == "No passcode chosen"
    )
    assert created["password"]  # the account's setting: Zoom adds one
    assert f"the passcode {created['password']}" in desk.banner_text()


def test_a_meeting_deleted_elsewhere_leaves_the_list_after_zoom_says_so(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    for topic in ("Quarterly review with Finance", "Product demo for APAC"):
        gone = next(m for m in desk.app.sandbox.state.meetings.values() if m["topic"] == topic)
        desk.app.sandbox.state.delete_meeting(gone["id"])  # in Zoom's web portal, say

    desk.select("Quarterly review with Finance")
    desk.window.delete_action.trigger()
    desk.qtbot.mouseClick(confirm_dialog(desk).confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Quarterly review with Finance" not in desk.topics())
    assert "It is no longer in the list." in desk.banner_text()

    desk.select("Product demo for APAC")
    desk.press(Qt.Key.Key_Return)  # the form says so, and the row goes too
    desk.wait(lambda: "Product demo for APAC" not in desk.topics())
    form = desk.app.actions.form
    assert form is not None and form.banner.isVisible()


def test_a_start_in_the_skipped_hour_is_an_error_and_a_repeated_hour_a_hint(kit, qtbot) -> None:
    form = kit.open_form()
    fields = form.fields
    type_text(qtbot, fields.topic_edit, "Clocks change")
    fields.zone_picker.set_zone_id("America/New_York")
    type_date(qtbot, fields.date_edit, date(2027, 3, 14))
    type_time(qtbot, fields.time_edit, time(2, 30))
    assert "does not exist in America/New_York" in fields.start_row.error
    assert "from 02:00 to 03:00" in fields.start_row.error
    assert not form.save_button.isEnabled()

    type_date(qtbot, fields.date_edit, date(2027, 11, 7))
    type_time(qtbot, fields.time_edit, time(1, 30))
    assert fields.start_row.error == ""
    assert "happens twice in America/New_York" in fields.start_row.hint
    assert form.save_button.isEnabled()

    type_time(qtbot, fields.time_edit, time(9, 30))
    assert fields.start_row.hint == ""
