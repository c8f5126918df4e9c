"""Point from the doctor's findings to the lines of the pasted code they are about."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from zoomdesk.core.doctor.findings import Finding

_LINE = re.compile(r"\bline (\d+)\b")


def lines_of(findings: Iterable[Finding]) -> list[int]:
    """The 1-based lines the findings' evidence names ("line 25: POST /oauth/token …")."""
    found: list[int] = []
    for finding in findings:
        for item in finding.evidence:
            found += [int(m.group(1)) for m in _LINE.finditer(item) if int(m.group(1)) not in found]
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
