"""The app in the user's language and locale: dates and times as the locale writes them, Qt's
own buttons translated, right-to-left mirrored, and the language chosen in Preferences."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from zoomdesk.core.i18n import dates
from zoomdesk.ui.meeting_rows import START
from zoomdesk.ui.preferences_dialog import PreferencesDialog
from zoomdesk.ui.settings import UiSettings

from .conftest import Desk
from .i18n_kit import clipped, untranslated

EVENING = datetime(2026, 11, 30, 21, 5)


def start_cells(desk: Desk) -> list[str]:
    proxy = desk.page.proxy
    return [str(proxy.index(row, START).data()) for row in range(proxy.rowCount())]


@pytest.mark.parametrize(
    ("locale", "written", "first_day"),
    [
        ("en_US", "Mon, Nov 30, 2026 9:05\u202fPM", Qt.DayOfWeek.Sunday),
        ("en_GB", "Mon, 30 Nov 2026 21:05", Qt.DayOfWeek.Monday),
        ("de_DE", "Mo., 30. Nov. 2026 21:05", Qt.DayOfWeek.Monday),
        ("ja_JP", "2026年11月30日(月) 21:05", Qt.DayOfWeek.Sunday),
    ],
)
def test_dates_and_times_are_written_as_the_locale_writes_them(
    ui_language: Callable[..., Any], locale: str, written: str, first_day: Qt.DayOfWeek
) -> None:
    ui_language("", locale=locale)
    assert dates().datetime(EVENING) == written
    assert QLocale().firstDayOfWeek() == first_day
    assert dates().first_weekday == first_day.value - 1


def test_the_list_shows_twelve_hour_times_in_the_us_and_24_hour_in_britain(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language("", locale="en_US")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    us = [cell for cell in start_cells(desk) if cell[:1].isupper() and "," in cell]
    assert us and all(re.search(r"\b\d{1,2}:\d{2}\s(AM|PM)\b", cell) for cell in us), us
    assert all(re.match(r"[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{4}", cell) for cell in us), us
    desk.close()
    ui_language("", locale="en_GB")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    gb = [cell for cell in start_cells(desk) if cell[:1].isupper() and "," in cell]
    assert gb and all(
        re.match(r"[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}", c) for c in gb
    )


def test_qts_own_buttons_speak_the_language_too(ui_language: Callable[..., Any]) -> None:
    language = ui_language("de")
    assert language.code == "de"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["Abbrechen"]


def test_right_to_left_locales_mirror_the_layout_without_a_catalogue(
    ui_language: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    language = ui_language("", locale="ar_EG")
    assert language.code == "en"  # no Arabic catalogue: English text, mirrored layout
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog = PreferencesDialog(UiSettings(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The label of the language row sits to the right of its field.
    row_label = next(lbl for lbl in dialog.findChildren(type(dialog.note)) if lbl.buddy())
    assert row_label.geometry().left() > dialog.language.geometry().left()


def test_preferences_saves_the_language_for_the_next_start(qtbot: Any, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == ""  # the system's language until one is chosen
    assert "next starts" not in dialog.note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert "next starts" in dialog.note.text()
    dialog.accept()
    assert UiSettings(tmp_path).language == "de"
    again = PreferencesDialog(UiSettings(tmp_path))
    qtbot.addWidget(again)
    assert again.language.currentText() == "Deutsch"
    again.language.setCurrentIndex(again.language.findData("ja"))
    again.reject()
    assert UiSettings(tmp_path).language == "de"  # Cancel keeps what was saved


def test_preferences_is_translated_and_fits_in_every_language(
    ui_language: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    ui_language(pseudo=True)
    dialog = PreferencesDialog(UiSettings(tmp_path))
    qtbot.addWidget(dialog)
    # The languages' own names are not translated: each is written in itself.
    assert untranslated(dialog, data=["English", "Deutsch", "Español", "Français"]) == []
    for code in ("de", "fr", "ja", "pt_BR", "es"):
        ui_language(code)
        dialog = PreferencesDialog(UiSettings(tmp_path))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert clipped(dialog) == [], code


def test_file_preferences_opens_the_dialog_and_saves_for_the_next_start(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    assert desk.window.preferences_action in desk.window.file_menu.actions()
    desk.window.preferences_action.trigger()
    desk.wait(lambda: desk.window.findChild(PreferencesDialog) is not None)
    dialog = desk.window.findChild(PreferencesDialog)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # the list stays readable
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.accept()
    assert UiSettings(desk.app.paths.config).language == "ja"
