"""Screen readers (issue 16, items 1-4), read in-process through Qt's accessibility API, the
tree AT-SPI (Orca), UI Automation (NVDA) and NSAccessibility (VoiceOver) are built from:
every control is named by what it shows, every combo has a label, live texts are read, errors
reach their field, the doctor is a window, and no secret is ever said."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget

from .a11y_kit import INTERACTIVE, Role, everything_said, tree, visible_text
from .conftest import Desk
from .test_keyboard import open_debug_panel
from .test_meeting_actions import wait_form
from .test_profiles import SECRET, fill, open_dialog, test_connection

PASTED_SECRET = "Zm9vOmJhcg=="
PASTED = (
    "curl -X POST 'https://zoom.us/oauth/token?grant_type=account_credentials"
    "&account_id=abc' -H 'Authorization: Basic " + PASTED_SECRET + "'"
)


def face(widget: QWidget) -> Any:
    return QAccessible.queryAccessibleInterface(widget)


def assert_named_by_what_they_show(window: QWidget) -> None:
    faces = tree(face(window))
    unnamed = [f for f in faces if f.role() in INTERACTIVE and not f.text(QAccessible.Text.Name)]
    assert not unnamed, [(f.role(), f.object()) for f in unnamed]
    for button in window.findChildren(QAbstractButton):
        shown = visible_text(button)
        if button.isVisible() and shown:
            name = face(button).text(QAccessible.Text.Name)
            assert shown.lower() in name.lower(), f"{name!r} does not say {shown!r}"


def assert_every_combo_has_a_label(window: QWidget) -> None:
    combos = [c for c in window.findChildren(QComboBox) if c.isVisible()]
    unlabelled = [c for c in combos if not face(c).relations(QAccessible.Relation.Label)]
    assert not unlabelled, f"combos with no label: {[c.accessibleName() for c in unlabelled]}"
    for combo in combos:
        if combo.isEditable():
            editor = face(combo.lineEdit())
            assert editor.text(QAccessible.Text.Name), "the combo's editor has a name"


def assert_nothing_says(window: QWidget, secret: str) -> None:
    said = [everything_said(f) for f in tree(face(window))]
    leaks = [text for text in said if secret in text]
    assert not leaks, leaks


def test_the_main_window_and_debug_panel_name_every_control_and_label_every_combo(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.wait_loaded()
    panel = open_debug_panel(desk)
    assert_named_by_what_they_show(desk.window)
    assert_every_combo_has_a_label(desk.window)
    token = panel.token_status
    desk.wait(lambda: token.scopes_label.text() != "")
    for label in (token.state_label, token.scopes_label, token.missing_label, panel.summary_label):
        described = face(label).text(QAccessible.Text.Description)
        assert described and "<" not in described, label.accessibleName()
    status = desk.window.status
    for label in (status.connection_label, status.refreshed_label):
        assert face(label).text(QAccessible.Text.Description) == label.text()


def test_the_doctor_is_a_window_that_reads_its_summary_and_never_says_a_pasted_secret(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    desk.wait(doctor.isVisible)
    assert face(doctor).role() == Role.Window
    doctor.set_text(PASTED)
    desk.wait(lambda: doctor.results)
    summary = face(doctor.summary_label).text(QAccessible.Text.Description)
    assert summary == doctor.summary_label.text()
    assert_named_by_what_they_show(doctor)
    assert_every_combo_has_a_label(doctor)
    for f in tree(face(doctor)):
        assert "<b>" not in f.text(QAccessible.Text.Description) and "<br>" not in f.text(
            QAccessible.Text.Description
        )
    assert_nothing_says(doctor, PASTED_SECRET)


def test_profile_errors_are_read_on_their_field_and_the_test_result_is_read(
    open_desk: Callable[..., Desk], sandbox: Any
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    assert_named_by_what_they_show(dialog)
    assert_every_combo_has_a_label(dialog)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.errors["account_id"]
    assert face(error).text(QAccessible.Text.Description) == "Enter the account ID."
    assert face(dialog.account_edit).text(QAccessible.Text.Description) == "Enter the account ID."
    fill(desk, dialog, sandbox)
    assert face(dialog.account_edit).text(QAccessible.Text.Description) == ""
    result = test_connection(desk, dialog)
    assert face(dialog.test_result).text(QAccessible.Text.Description) == result
    assert_nothing_says(dialog, SECRET)


def test_the_meeting_form_names_every_control_and_labels_every_combo(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    assert_named_by_what_they_show(form)
    assert_every_combo_has_a_label(form)
