"""Date and time fields that take a date typed the way it is shown.

QDateTimeEdit moves to the next section by itself once a section is full ("2027" fills the year)
and *also* treats a typed separator as "go to the next section": typing `2027-01-15` therefore
skipped the month (2027-11-01 came out). Here a separator typed right after Qt moved past that
separator is taken as already done. A selection over several sections (Ctrl+A, a double-click)
starts the typing at the first section instead of being rejected ("14:00" after select-all
gave 20:00).

Both show the user's locale's short formats (`1/15/2027` and `9:30 PM` in the US, `15.01.2027`
in Germany), with a four-digit year: a two-digit one can't be typed unambiguously and Zoom's
range spans centuries' edges (core/wallclock.py). Without a locale (the C locale of scripts and
tests) they show ISO `2027-01-15` and `14:00`."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

# Narrow and no-break spaces (`9:30\u202fPM`) can't be typed; a plain space reads the same.
_HARD_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date with a four-digit year (`M/d/yyyy`, `dd.MM.yyyy`)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat).translate(_HARD_SPACES)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def time_format(locale: QLocale | None = None) -> str:
    """The locale's short time (`h:mm AP` in the US, `HH:mm` in Germany)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat).translate(_HARD_SPACES)


def _typed_separator_already_passed(edit: QDateTimeEdit, text: str) -> bool:
    line = edit.lineEdit()
    # Qt selects the section it moved to; without a selection the cursor is where typing goes.
    at = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
    return len(text) == 1 and not text.isdigit() and at > 0 and line.text()[at - 1] == text


def _spans_sections(edit: QDateTimeEdit) -> bool:
    line = edit.lineEdit()
    if not line.hasSelectedText():
        return False
    # More than the section Qt selected itself (`1/20/2026` after the month: "20", longer
    # than the month's "1", is still one section).
    return len(line.selectedText()) > len(edit.sectionText(edit.currentSection()))


def _on_key(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """True when the key was handled here; otherwise Qt's own handling follows."""
    text = event.text()
    plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if not (text and text.isprintable() and plain):
        return False
    if _typed_separator_already_passed(edit, text):
        return True
    if text.isdigit() and _spans_sections(edit):
        edit.setCurrentSectionIndex(0)
        edit.setSelectedSection(edit.sectionAt(0))
    return False


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(date_format())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _on_key(self, event):
            super().keyPressEvent(event)


class TimeEdit(QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(time_format())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _on_key(self, event):
            super().keyPressEvent(event)
