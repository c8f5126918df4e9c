"""Point from the doctor's findings to the lines of the pasted code they are about."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from zoomdesk.core.doctor.findings import Finding


def lines_of(findings: Iterable[Finding]) -> list[int]:
    """The 1-based lines of the pasted code the findings are about (their evidence names them
    in the user's language: "line 25: POST /oauth/token …")."""
    found: list[int] = []
    for finding in findings:
        found += [line for line in finding.lines if line not in found]
    return found


def mark_source_lines(editor: QPlainTextEdit, lines: Iterable[int]) -> None:
    """Highlight these lines of the pasted text (full width) and scroll to the first."""
    selections = []
    colour = QColor(editor.palette().highlight().color())
    colour.setAlpha(60)
    document = editor.document()
    first: QTextCursor | None = None
    for number in lines:
        block = document.findBlockByNumber(number - 1)
        if not block.isValid():
            continue
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(colour)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        selections.append(selection)
        first = first or QTextCursor(block)
    editor.setExtraSelections(selections)
    if first is not None:
        editor.setTextCursor(first)
        editor.ensureCursorVisible()
