"""Typing a start the way the form shows it gives that start (issue 14, items 20 and 29), and
the When fields are bounded as Zoom bounds them (item 7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from zoomdesk.core.meeting_schema import spec
from zoomdesk.core.wallclock import MAX_YEAR, MIN_YEAR

from .meeting_form_kit import Kit


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


@pytest.mark.parametrize("typed", ["2027-01-15", "2026-12-05", "2027-1-5", "2028-02-29"])
@pytest.mark.parametrize("how", ["year selected", "select all"])
def test_a_date_typed_as_it_is_shown_gives_that_date(kit, qtbot, typed, how) -> None:
    form = kit.open_form()
    edit = form.fields.date_edit
    edit.setDate(QDate(2026, 11, 20))
    edit.setFocus()
    if how == "year selected":
        edit.setSelectedSection(QDateEdit.Section.YearSection)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, typed)
    year, month, day = (int(part) for part in typed.split("-"))
    assert edit.date().toPython() == date(year, month, day)
    assert form.fields.read_draft().start.date() == date(year, month, day)


@pytest.mark.parametrize("typed", ["14:00", "9:05", "07:45"])
def test_select_all_then_typing_a_time_gives_that_time(kit, qtbot, typed) -> None:
    form = kit.open_form()
    edit = form.fields.time_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, typed)
    hour, minute = (int(part) for part in typed.split(":"))
    assert edit.time().toPython() == time(hour, minute)


def test_the_when_fields_are_bounded_by_zooms_limits(kit) -> None:
    fields = kit.open_form().fields
    assert fields.date_edit.minimumDate() == QDate(MIN_YEAR, 1, 1)
    assert fields.date_edit.maximumDate() == QDate(MAX_YEAR, 12, 31)
    end = fields.recurrence_editor.end_date_edit
    assert end.maximumDate() == QDate(MAX_YEAR, 12, 31)  # its minimum follows the start
    duration = spec("duration")
    assert (fields.duration_spin.minimum(), fields.duration_spin.maximum()) == (
        duration.minimum,
        duration.maximum,
    )
