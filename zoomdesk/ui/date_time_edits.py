"""Date and time fields that take a date typed the way it is shown.

QDateTimeEdit moves to the next section by itself once a section is full ("2027" fills the year)
and *also* treats a typed separator as "go to the next section": typing `2027-01-15` therefore
skipped the month (2027-11-01 came out). Here a separator typed right after Qt moved past that
separator is taken as already done. A selection over several sections (Ctrl+A, a double-click)
starts the typing at the first section instead of being rejected ("14:00" after select-all
gave 20:00)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget


def _typed_separator_already_passed(edit: QDateTimeEdit, text: str) -> bool:
    line = edit.lineEdit()
    # Qt selects the section it moved to; without a selection the cursor is where typing goes.
    at = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
    return len(text) == 1 and not text.isdigit() and at > 0 and line.text()[at - 1] == text


def _spans_sections(edit: QDateTimeEdit) -> bool:
    line = edit.lineEdit()
    if not line.hasSelectedText():
        return False
    first = edit.sectionAt(0)
    return len(line.selectedText()) > len(edit.sectionText(first))


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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _on_key(self, event):
            super().keyPressEvent(event)


class TimeEdit(QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _on_key(self, event):
            super().keyPressEvent(event)
