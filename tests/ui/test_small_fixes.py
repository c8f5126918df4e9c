"""The smaller desktop defects of issue 14, item 29, each as a user meets it: the change
history in the form's words, a Recurrence column that does not change on selection, pale
placeholders while saving, honest notes about one occurrence, the .ics dialog's folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit

from zoomdesk.core.calendar import format_meeting_id
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.sandbox import Fault

from .conftest import Desk
from .meeting_form_kit import type_text
from .test_meeting_actions import confirm_dialog, meeting_id, wait_form


def test_the_change_history_names_meetings_occurrences_and_fields_in_the_forms_words(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    client = desk.app.session.client
    series = desk.run(client.get_meeting(meeting_id(desk, "Daily stand-up")))
    occurrence = series.occurrences[1]
    update = MeetingUpdate(settings={"waiting_room": True})
    desk.run(client.update_meeting(series.id, update, occurrence.occurrence_id, topic="x"))
    desk.app.tools.show_history()
    dialog = desk.app.tools.history_dialog
    desk.wait(lambda: dialog.loaded)
    cells = [dialog.model.item(0, c).text() for c in range(dialog.model.columnCount())]
    assert cells[2].startswith(f"{format_meeting_id(series.id)}, the ")
    assert cells[2].endswith(" occurrence")
    assert occurrence.occurrence_id not in cells[2]
    assert cells[4] == "Admit people from a waiting room"  # the form's label, not the API name
    assert dialog.table.horizontalHeader().stretchLastSection()
    dialog.close()


def distance(a: QColor, b: QColor) -> float:
    return abs(a.lightnessF() - b.lightnessF())


def test_placeholders_stay_paler_than_typed_text_while_the_form_saves(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.app.sandbox.faults.add(Fault("delay", method="POST", seconds=1.0))
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    type_text(desk.qtbot, form.fields.topic_edit, "Pale placeholders")
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.fields.isEnabled()
    edits = [e for e in form.fields.findChildren(QLineEdit) if e.placeholderText() and not e.text()]
    assert edits
    for edit in edits:
        palette = edit.palette()
        group, role = QPalette.ColorGroup.Disabled, QPalette.ColorRole
        placeholder = palette.color(group, role.PlaceholderText)
        text, base = palette.color(group, role.Text), palette.color(group, role.Base)
        assert distance(placeholder, base) < distance(text, base), edit.accessibleName()
    desk.wait(lambda: "Pale placeholders" in desk.topics())


def test_the_one_occurrence_note_names_what_does_change(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Daily stand-up")
    desk.window.edit_action.trigger()
    desk.qtbot.mouseClick(confirm_dialog(desk).confirm_button, Qt.MouseButton.LeftButton)
    form = wait_form(desk)
    note = form.note.body.text()
    assert "Only this date changes" not in note
    assert "applies to this date only: its start, duration, agenda" in note


def test_deleting_one_occurrence_says_the_link_still_works_for_the_others(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    desk.select("Daily stand-up")
    desk.window.delete_action.trigger()
    dialog = confirm_dialog(desk)
    assert "the link still works for the other dates" in dialog.note.text()
    dialog.series_radio.setChecked(True)
    assert "people who have the link can no longer join" in dialog.note.text()
    dialog.reject()


def test_the_calendar_file_dialog_opens_in_documents_not_the_working_directory(
    sandbox_desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # wherever the app was started from
    desk = sandbox_desk
    desk.select("Weekly team sync")
    desk.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.app.actions.save_dialog
    assert dialog is not None
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if os.path.isdir(documents) else str(Path.home())
    assert Path(dialog.directory().absolutePath()) == Path(expected)
    assert Path(dialog.selectedFiles()[0]).parent == Path(expected)
    dialog.reject()
