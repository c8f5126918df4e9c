"""The registrants view over loopback to the sandbox, whose "Product demo for APAC" has 45
registrants (34 pending, 8 approved, 3 denied) and manual approval."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.meeting_form_kit import WAIT, Kit, body_json, type_text
from zoomdesk.ui.registrants_dialog import RegistrantsDialog


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def open_view(kit: Kit, topic: str = "Product demo for APAC") -> RegistrantsDialog:
    meeting_id = next(m["id"] for m in kit.sandbox.state.meetings.values() if m["topic"] == topic)
    meeting = kit.run(kit.client.get_meeting(meeting_id))
    dialog = RegistrantsDialog(kit.client, meeting)
    kit.qtbot.addWidget(dialog)
    dialog.open()
    kit.qtbot.waitUntil(lambda: not dialog.runner.pending(), timeout=WAIT)
    return dialog


def idle(kit: Kit, dialog: RegistrantsDialog) -> None:
    kit.qtbot.waitUntil(lambda: not dialog.runner.pending(), timeout=WAIT)


def tab_texts(dialog: RegistrantsDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def stored_statuses(kit: Kit, dialog: RegistrantsDialog) -> list[str]:
    meeting = kit.sandbox.state.meetings[dialog.meeting.id]
    return sorted(r["status"] for r in meeting["_registrants"])


def test_the_view_lists_every_page_with_counts_search_and_the_questions(kit, qtbot):
    dialog = open_view(kit)
    assert tab_texts(dialog) == ["Pending (34)", "Approved (8)", "Denied (3)", "All (45)"]
    assert dialog.proxy.rowCount() == 34  # pending first: what needs doing
    assert "last name (required)" in dialog.questions_label.text()
    type_text(qtbot, dialog.search_edit, "guest07")
    assert [r["email"] for r in dialog.proxy.shown()] == ["guest07@guests.example.org"]
    dialog.tabs.setCurrentIndex(3)
    type_text(qtbot, dialog.search_edit, "")
    assert dialog.proxy.rowCount() == 45


def test_approving_34_pending_sends_two_status_requests_of_at_most_30(kit, qtbot):
    dialog = open_view(kit)
    dialog.table.selectAll()
    before = len(kit.sandbox.requests)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    idle(kit, dialog)
    puts = [r for r in kit.sandbox.requests[before:] if r.method == "PUT"]
    assert [len(body_json(r.body)["registrants"]) for r in puts] == [30, 4]
    assert {body_json(r.body)["action"] for r in puts} == {"approve"}
    assert tab_texts(dialog)[:3] == ["Pending (0)", "Approved (42)", "Denied (3)"]
    assert stored_statuses(kit, dialog).count("approved") == 42
    assert dialog.status_label.text() == "Approved 34 registrants (2 requests)."


def test_denying_the_selected_changes_only_them(kit, qtbot):
    dialog = open_view(kit)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.deny_button, Qt.MouseButton.LeftButton)
    idle(kit, dialog)
    assert tab_texts(dialog)[:3] == ["Pending (33)", "Approved (8)", "Denied (4)"]
    assert stored_statuses(kit, dialog).count("denied") == 4


def test_adding_one_then_removing_it(kit, qtbot):
    dialog = open_view(kit)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    add = dialog.child
    assert not add.add_button.isEnabled()
    type_text(qtbot, add.email_edit, "new.person@example.org")
    type_text(qtbot, add.first_edit, "New")
    type_text(qtbot, add.last_edit, "Person")
    qtbot.mouseClick(add.add_button, Qt.MouseButton.LeftButton)
    idle(kit, dialog)
    assert tab_texts(dialog)[0] == "Pending (35)"
    emails = [r["email"] for r in kit.sandbox.state.meetings[dialog.meeting.id]["_registrants"]]
    assert "new.person@example.org" in emails

    type_text(qtbot, dialog.search_edit, "new.person")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    confirm = dialog.child
    assert isinstance(confirm, QMessageBox)
    remove = next(b for b in confirm.buttons() if b.text() == "&Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    idle(kit, dialog)
    emails = [r["email"] for r in kit.sandbox.state.meetings[dialog.meeting.id]["_registrants"]]
    assert "new.person@example.org" not in emails
    assert tab_texts(dialog)[0] == "Pending (34)"


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, ["email", "first_name", "last_name"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_a_csv_with_bad_rows_is_previewed_with_its_problems_and_nothing_is_sent(
    kit, qtbot, tmp_path
):
    dialog = open_view(kit)
    path = write_csv(
        tmp_path / "bad.csv",
        [{"email": "not-an-email", "first_name": "A"}, {"email": "b@example.org"}],
    )
    before = len(kit.sandbox.requests)
    kit.run(dialog.preview_import(path))
    preview = dialog.child
    assert "can't be imported" in preview.summary.text()
    assert "line 2: Not an email address" in preview.details.toPlainText()
    assert "line 3: first_name is empty." in preview.details.toPlainText()
    assert not preview.import_button.isEnabled()
    assert len(kit.sandbox.requests) == before


def test_importing_35_people_registers_them_in_batches_of_30(kit, qtbot, tmp_path):
    dialog = open_view(kit)
    rows = [
        {"email": f"p{n}@example.org", "first_name": f"P{n}", "last_name": "X"} for n in range(35)
    ]
    kit.run(dialog.preview_import(write_csv(tmp_path / "people.csv", rows)))
    preview = dialog.child
    assert preview.summary.text() == "Register 35 people from people.csv (in batches of 30)?"
    before = len(kit.sandbox.requests)
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    idle(kit, dialog)
    posts = [r for r in kit.sandbox.requests[before:] if r.method == "POST"]
    assert [len(body_json(r.body)["registrants"]) for r in posts] == [30, 5]
    assert dialog.status_label.text() == "Registered 35 of 35 (2 requests)."
    assert tab_texts(dialog)[3] == "All (80)"


def test_export_writes_the_registrants_shown_as_csv_that_import_reads_back(kit, qtbot, tmp_path):
    dialog = open_view(kit)
    dialog.tabs.setCurrentIndex(1)  # approved
    path = tmp_path / "approved.csv"
    kit.run(dialog.export_to(path))
    with path.open(encoding="utf-8") as exported:
        rows = list(csv.DictReader(exported))
    assert len(rows) == 8 and {r["status"] for r in rows} == {"approved"}
    assert rows[0]["email"].endswith("@guests.example.org") and rows[0]["first_name"]


def test_a_meeting_without_registration_says_so_and_offers_nothing(kit, qtbot):
    dialog = open_view(kit, "Customer workshop (recap)")
    assert "doesn't take registrations" in dialog.status_label.text()
    assert not dialog.add_button.isEnabled() and not dialog.import_button.isEnabled()


def test_the_window_opens_the_view_for_a_meeting_with_registration(sandbox_desk, qtbot):
    desk = sandbox_desk
    desk.select("Open office hours")  # recurring with no fixed time: no registration
    assert not desk.window.registrants_action.isEnabled()
    desk.select("Product demo for APAC")
    action = desk.window.registrants_action
    assert action.isEnabled()
    action.trigger()
    dialog = desk.app.actions.registrants_dialog
    desk.wait(lambda: dialog.tabs.tabText(3) == "All (45)")
    dialog.close()
