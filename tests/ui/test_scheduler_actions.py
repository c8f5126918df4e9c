"""The window's issue-11 actions through the real app and its sandbox: the invitation without the
scope to read Zoom's, a delete that emails the host and registrants, and the cancellation file
offered after it."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import Desk
from zoomdesk.core.ics import meeting_uid
from zoomdesk.sandbox.state import DEFAULT_SCOPES


def meeting_id(desk: Desk, topic: str) -> int:
    return next(m["id"] for m in desk.app.sandbox.state.meetings.values() if m["topic"] == topic)


def test_without_the_invitation_scope_zoomdesks_text_is_copied_and_the_status_bar_says_why(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    state = desk.app.sandbox.state
    state.scopes = tuple(s for s in DEFAULT_SCOPES if "invitation" not in s)
    state.expire_all_tokens()  # the next token carries the narrower scopes
    desk.select("Product demo for APAC")
    desk.window.copy_invitation_action.trigger()
    desk.wait(lambda: "Zoom meeting" in QApplication.clipboard().text())
    text = QApplication.clipboard().text()
    assert text.startswith("Daiki Tanaka is inviting you to a scheduled Zoom meeting.")
    assert "Passcode: demo-2027" in text
    message = desk.window.statusBar().currentMessage()
    assert message.startswith("Invitation copied (zoomdesk's text, without dial-in numbers:")
    assert "invitation" in message


def test_a_delete_can_email_the_host_and_registrants_then_offers_a_cancellation_file(
    sandbox_desk: Desk, tmp_path: Path
) -> None:
    desk = sandbox_desk
    doomed = meeting_id(desk, "Product demo for APAC")
    desk.select("Product demo for APAC")
    desk.window.delete_action.trigger()
    desk.wait(
        lambda: (
            desk.app.actions.occurrence_dialog is not None
            and desk.app.actions.occurrence_dialog.isVisible()
        )
    )
    dialog = desk.app.actions.occurrence_dialog
    assert not dialog.notify_box.isChecked()  # emailing people is the user's choice
    desk.qtbot.mouseClick(dialog.notify_box, Qt.MouseButton.LeftButton)
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Product demo for APAC" not in desk.topics())
    [delete] = [r for r in desk.app.sandbox.requests if r.method == "DELETE"]
    assert delete.query == {"schedule_for_reminder": "true", "cancel_meeting_reminder": "true"}

    offer = next(
        b
        for b in desk.window.message_banner.findChildren(QPushButton)
        if b.text() == "Save cancellation file…"
    )
    desk.qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    save = desk.app.actions.save_dialog
    assert save is not None and save.isVisible()
    target = tmp_path / "cancel.ics"
    save.selectFile(str(target))
    save.accept()
    desk.wait(lambda: desk.app.actions.last_export == target)
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["METHOD"]) == "CANCEL"
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == meeting_uid(doomed)
    assert str(event["STATUS"]) == "CANCELLED"
    assert int(event["SEQUENCE"]) >= 1  # above the file calendars hold (SEQUENCE 0)


def test_a_delete_without_the_box_ticked_emails_nobody(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Quarterly review with Finance")
    desk.window.delete_action.trigger()
    desk.wait(
        lambda: (
            desk.app.actions.occurrence_dialog is not None
            and desk.app.actions.occurrence_dialog.isVisible()
        )
    )
    dialog = desk.app.actions.occurrence_dialog
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Quarterly review with Finance" not in desk.topics())
    [delete] = [r for r in desk.app.sandbox.requests if r.method == "DELETE"]
    assert delete.query == {}
