"""The user's request next to the corrected one, differing lines marked; and the corrected
request as code for their stack."""

from __future__ import annotations

import difflib

from PySide6.QtGui import QGuiApplication, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.doctor.codegen import LANGUAGES, generate
from zoomdesk.core.doctor.render import describe_params, render_http
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.ui.debug.sections import BodyView, section_title
from zoomdesk.ui.debug.style import error_tint, ok_tint


def mark_lines(view: QPlainTextEdit, lines: set[int], good: bool) -> None:
    selections = []
    tint = ok_tint(view.palette()) if good else error_tint(view.palette())
    for number in sorted(lines):
        block = view.document().findBlockByNumber(number)
        whole = QTextCursor(block)
        whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        # a full-width band for the line, and the block's text for when it wraps
        for cursor, full_width in ((QTextCursor(block), True), (whole, False)):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(tint)
            if full_width:
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selections.append(selection)
    view.setExtraSelections(selections)


class SideBySide(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yours = BodyView("Your request, as sent")
        self.fixed = BodyView("The corrected request")
        self.yours_where = QLabel()
        self.fixed_where = QLabel()
        for label in (self.yours_where, self.fixed_where):
            label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(section_title("Yours"), 0, 0)
        grid.addWidget(section_title("Corrected"), 0, 1)
        grid.addWidget(self.yours_where, 1, 0)
        grid.addWidget(self.fixed_where, 1, 1)
        grid.addWidget(self.yours, 2, 0)
        grid.addWidget(self.fixed, 2, 1)
        note = QLabel("Lines that differ are marked. Secrets are masked unless revealed.")
        note.setWordWrap(True)
        grid.addWidget(note, 3, 0, 1, 2)

    def show_pair(self, yours: HttpRequest | None, fixed: HttpRequest | None, reveal: bool) -> None:
        if yours is None or fixed is None:
            for view in (self.yours, self.fixed):
                view.clear()
                view.setExtraSelections([])
            self.yours_where.clear()
            self.fixed_where.clear()
            return
        left = render_http(yours, reveal=reveal).splitlines()
        right = render_http(fixed, reveal=reveal).splitlines()
        self.yours.setPlainText("\n".join(left))
        self.fixed.setPlainText("\n".join(right))
        self.yours_where.setText(f"Parameters in: {describe_params(yours)}")
        self.fixed_where.setText(f"Parameters in: {describe_params(fixed)}")
        changed_left: set[int] = set()
        changed_right: set[int] = set()
        matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag != "equal":
                changed_left.update(range(a0, a1))
                changed_right.update(range(b0, b1))
        mark_lines(self.yours, changed_left, good=False)
        mark_lines(self.fixed, changed_right, good=True)


class CodeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName("Language")
        for key, label in LANGUAGES.items():
            self.language_combo.addItem(label, key)
        self.language_combo.currentIndexChanged.connect(self._render)
        self.code_view = BodyView("Code for the corrected request")
        self.code_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton("Copy code")
        self.copy_button.setAccessibleName("Copy the code")
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.code_view.toPlainText())
        )
        top = QHBoxLayout()
        language_label = QLabel("&Language:")
        language_label.setBuddy(self.language_combo)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        note = QLabel(
            "The secret and the token come from environment variables (ZOOM_CLIENT_SECRET, "
            "ZOOM_TOKEN); never paste them into code."
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.code_view, 1)
        layout.addWidget(note)
        self._request: HttpRequest | None = None

    def set_language(self, key: str) -> None:
        index = self.language_combo.findData(key)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def show_request(self, request: HttpRequest | None) -> None:
        self._request = request
        self._render()

    def _render(self) -> None:
        if self._request is None:
            self.code_view.clear()
            return
        self.code_view.setPlainText(generate(self._request, self.language_combo.currentData()))
