"""The meeting form speaks the user's language (issue 13): every text it shows went through the
catalogues, German and Japanese fit at its default size, and the recurrence editor, the date and
time fields follow the locale (first day of the week, day names, 12 or 24 hours)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from zoomdesk.ui.meeting_form import MeetingFormDialog
from zoomdesk.ui.occurrence_dialog import OccurrenceDialog

from .i18n_kit import LANGUAGES, clipped, untranslated
from .meeting_form_kit import Kit

WEEKLY = {"type": 2, "repeat_interval": 1, "weekly_days": "2,4", "end_times": 6}


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def open_new(kit: Kit) -> MeetingFormDialog:
    form = kit.open_form()
    form.fields.options.advanced_toggle.setChecked(True)  # the Advanced section too
    return form


def open_series(kit: Kit) -> MeetingFormDialog:
    series = kit.create(type=8, recurrence=WEEKLY, topic="Weekly sync")
    form = kit.open_form(meeting=series)
    form.fields.options.advanced_toggle.setChecked(True)
    return form


def open_occurrence(kit: Kit) -> MeetingFormDialog:
    """One occurrence of a series: the note on what it changes, the series' fields locked."""
    created = kit.create(type=8, recurrence=WEEKLY, topic="Weekly sync")
    series = kit.run(kit.client.get_meeting(created.id))
    form = kit.open_form(meeting=series, occurrence_id=series.occurrences[1].occurrence_id)
    form.fields.options.advanced_toggle.setChecked(True)
    return form


FORMS = pytest.mark.parametrize(
    "opened", [open_new, open_series, open_occurrence], ids=["new", "recurring", "occurrence"]
)


def shown(form: MeetingFormDialog) -> MeetingFormDialog:
    QApplication.processEvents()  # the layouts settle at the form's default size
    return form


def data(kit: Kit) -> list[str]:
    """What the sandbox holds, not text of ours: the users' names and emails, the account's
    tracking fields, the meeting's topic and agenda."""
    names = [u.display_name for u in kit.users] + [u.email for u in kit.users]
    names += [f"{u.first_name} {u.last_name}".strip() for u in kit.users]
    names += [str(f["field"]) for f in kit.sandbox.state.tracking_fields]
    return [*names, "Weekly sync", "Plans"]


@FORMS
def test_every_text_of_the_meeting_form_goes_through_the_catalogues(kit, ui_language, opened):
    # A Japanese locale under the pseudo-translation: the locale's own day names are then not
    # Latin letters (the C locale's English ones would hide a date built by hand in English).
    ui_language("ja", pseudo=True)
    form = shown(opened(kit))
    assert form.fields.repeat_box.isVisible() == (opened is open_series)
    assert form.note.isVisible() == (opened is open_occurrence)
    assert untranslated(form, data=data(kit)) == []


@pytest.mark.parametrize("language", LANGUAGES)
@FORMS
def test_the_meeting_form_shows_every_label_in_full(kit, ui_language, language, opened):
    ui_language(language)
    form = shown(opened(kit))
    assert form.fields.when_box.title() != "When"  # the catalogue is in use
    assert clipped(form) == []


def delete_dialog(kit: Kit, qtbot: Any) -> OccurrenceDialog:
    """Deleting a recurring meeting: which part, one occurrence or the whole series."""
    created = kit.create(type=8, recurrence=WEEKLY, topic="Weekly sync")
    dialog = OccurrenceDialog(kit.run(kit.client.get_meeting(created.id)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.occurrences  # the question about which part is shown
    return dialog


def test_the_delete_question_goes_through_the_catalogues(kit, qtbot, ui_language):
    ui_language("ja", pseudo=True)
    assert untranslated(delete_dialog(kit, qtbot), data=data(kit)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_delete_question_shows_every_label_in_full(kit, qtbot, ui_language, language):
    ui_language(language)
    assert clipped(delete_dialog(kit, qtbot)) == []


@pytest.mark.parametrize(
    ("language", "first"),
    [("en", ("Sun", "Sunday")), ("de", ("Mo.", "Montag"))],  # English: the US locale
    ids=["us", "germany"],
)
def test_the_week_starts_on_sunday_in_the_us_and_on_monday_in_germany(
    kit, ui_language, language, first
):
    ui_language(language)
    boxes = open_series(kit).fields.recurrence_editor.weekday_boxes
    box = next(iter(boxes.values()))
    assert (box.text(), box.accessibleName()) == first


def test_the_weekdays_of_a_series_stay_the_same_days_whatever_the_first_day(kit, ui_language):
    ui_language("en")
    editor = open_series(kit).fields.recurrence_editor
    checked = [box.accessibleName() for box in editor.weekday_boxes.values() if box.isChecked()]
    assert checked == ["Monday", "Wednesday"]  # Zoom's 2 and 4
    assert editor.recurrence().weekly_days == (2, 4)


def test_a_us_form_shows_and_takes_dates_and_times_the_us_way(kit, qtbot, ui_language):
    ui_language("en")
    fields = open_new(kit).fields
    assert fields.date_edit.displayFormat() == "M/d/yyyy"
    assert fields.time_edit.displayFormat() == "h:mm Ap"
    day = date(2030, 1, 15)  # a one-digit month: the day Qt selects next is longer than it
    fields.date_edit.setDate(QDate(2029, 11, 20))
    fields.date_edit.setFocus()
    qtbot.keyClick(fields.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(fields.date_edit, f"{day.month}/{day.day}/{day.year}")
    fields.time_edit.setFocus()
    qtbot.keyClick(fields.time_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(fields.time_edit, "9:05 PM")
    assert fields.read_draft().start is not None
    assert fields.read_draft().start.date() == day
    assert fields.read_draft().start.time() == time(21, 5)
    assert fields.weekday_label.text() == "Tuesday"


def test_a_german_form_takes_a_day_first_date_and_a_24_hour_time(kit, qtbot, ui_language):
    ui_language("de")
    fields = open_new(kit).fields
    assert (fields.date_edit.displayFormat(), fields.time_edit.displayFormat()) == (
        "dd.MM.yyyy",
        "HH:mm",
    )
    fields.date_edit.setDate(QDate(2026, 11, 20))
    fields.date_edit.setFocus()
    qtbot.keyClick(fields.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(fields.date_edit, "5.1.2027")
    assert fields.date_edit.date().toPython() == date(2027, 1, 5)
    assert fields.weekday_label.text() == "Dienstag"
