"""The user's request next to the corrected one, differing lines marked; and the corrected
request as code for their stack, with the lines that differ from the user's own code marked
when the paste was code and the fix is shown in the same library."""

from __future__ import annotations

import difflib

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QTextCursor, QTextFormat
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
from zoomdesk.core.i18n import translate
from zoomdesk.ui.debug.sections import BodyView, section_title
from zoomdesk.ui.debug.style import error_tint, ok_tint
from zoomdesk.ui.palette import blend, tint_for

CHANGED_MARK = "+"  # in the margin beside a changed line: readable without colour
COMPARED_LINES = 20_000  # of the user's code; a longer paste is compared by its start


def normalised(line: str) -> str:
    """A line as compared: layout, quote style and a trailing `,`/`;` are not changes."""
    return " ".join(line.replace("'", '"').split()).rstrip(",;")


def changed_lines(yours: str, code: str) -> set[int]:
    """Lines of `code` (0-based) that are not in the user's code, by difflib on normalised
    lines; blank lines are never changes."""
    mine = [normalised(line) for line in yours.splitlines()[:COMPARED_LINES]]
    theirs = [normalised(line) for line in code.splitlines()]
    matcher = difflib.SequenceMatcher(a=mine, b=theirs, autojunk=False)
    out: set[int] = set()
    for tag, _a0, _a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            out.update(n for n in range(b0, b1) if theirs[n])
    return out


class ChangeMargin(QWidget):
    """A margin beside a text view with a mark on each changed line."""

    def __init__(self, view: QPlainTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self.lines: set[int] = set()
        view.updateRequest.connect(lambda *_: self.update())
        view.installEventFilter(self)
        self.setAccessibleName(translate("DoctorCompare", "Changed lines"))

    def set_lines(self, lines: set[int]) -> None:
        self.lines = set(lines)
        width = self.fontMetrics().horizontalAdvance(CHANGED_MARK) + 8 if lines else 0
        self.view.setViewportMargins(width, 0, 0, 0)
        self._place(width)
        self.setToolTip(
            translate("DoctorCompare", "{mark} marks a line that differs from your code").format(
                mark=CHANGED_MARK
            )
        )
        self.update()

    def _place(self, width: int | None = None) -> None:
        inner = self.view.contentsRect()
        width = self.width() if width is None else width
        self.setGeometry(QRect(inner.left(), inner.top(), width, inner.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.lines:
            return
        painter = QPainter(self)
        view = self.view
        block = view.firstVisibleBlock()
        top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.blockNumber() in self.lines:
                box = QRect(0, int(top), self.width() - 4, height)
                painter.drawText(box, Qt.AlignmentFlag.AlignRight, CHANGED_MARK)
            top += view.blockBoundingRect(block).height()
            block = block.next()
        painter.end()


def mark_lines(view: QPlainTextEdit, lines: set[int], good: bool | None) -> None:
    """Tint `lines`: the corrected side (good), the user's (not good), or a change (None)."""
    selections = []
    palette = view.palette()
    if good is None:  # the palette's highlight, faint enough to read the code through
        tint = blend(palette.base().color(), tint_for("info", palette), 0.25)
    else:
        tint = ok_tint(palette) if good else error_tint(palette)
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
        self.yours = BodyView(translate("DoctorCompare", "Your request, as sent"))
        self.fixed = BodyView(translate("DoctorCompare", "The corrected request"))
        self.yours_where = QLabel()
        self.fixed_where = QLabel()
        for label in (self.yours_where, self.fixed_where):
            label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(section_title(translate("DoctorCompare", "Yours")), 0, 0)
        grid.addWidget(section_title(translate("DoctorCompare", "Corrected")), 0, 1)
        grid.addWidget(self.yours_where, 1, 0)
        grid.addWidget(self.fixed_where, 1, 1)
        grid.addWidget(self.yours, 2, 0)
        grid.addWidget(self.fixed, 2, 1)
        note = QLabel(
            translate(
                "DoctorCompare", "Lines that differ are marked. Secrets are masked unless revealed."
            )
        )
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
        where = translate("DoctorCompare", "Parameters in: {where}")
        self.yours_where.setText(where.format(where=describe_params(yours)))
        self.fixed_where.setText(where.format(where=describe_params(fixed)))
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
        self.language_combo.setAccessibleName(translate("DoctorCompare", "Language"))
        for key, label in LANGUAGES.items():
            self.language_combo.addItem(label, key)
        self.language_combo.currentIndexChanged.connect(self._render)
        self.code_view = BodyView(translate("DoctorCompare", "Code for the corrected request"))
        self.code_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton(translate("DoctorCompare", "Copy code"))
        self.copy_button.setAccessibleName(translate("DoctorCompare", "Copy the code"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.code_view.toPlainText())
        )
        top = QHBoxLayout()
        language_label = QLabel(translate("DoctorCompare", "&Language:"))
        language_label.setBuddy(self.language_combo)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        note = QLabel(
            translate(
                "DoctorCompare",
                "The secret and the token come from environment variables ({variables}); never "
                "paste them into code.",
            ).format(variables="ZOOM_CLIENT_SECRET, ZOOM_TOKEN")
        )
        note.setWordWrap(True)
        self.margin = ChangeMargin(self.code_view)
        self.changes_label = QLabel()
        self.changes_label.setObjectName("code_changes")
        self.changes_label.setWordWrap(True)
        self.changes_label.setAccessibleName(
            translate("DoctorCompare", "What changed from your code")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.code_view, 1)
        layout.addWidget(note)
        self._request: HttpRequest | None = None
        self._code: str | None = None  # code given as is (the cached-token version)
        self._yours = ""  # the user's pasted code; "" when the paste was not code
        self._own_language: str | None = None  # the codegen language of the user's library
        self.changed: set[int] = set()  # lines of the shown code marked as changed (0-based)

    def set_language(self, key: str) -> None:
        index = self.language_combo.findData(key)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def set_source(self, yours: str, language: str | None) -> None:
        """The user's pasted code ("" when it was cURL, HAR or raw HTTP) and its library's
        codegen language: the corrected code in that language is compared with it."""
        self._yours = yours
        self._own_language = language

    def show_request(self, request: HttpRequest | None) -> None:
        self._request = request
        self._code = None
        self._render()

    def show_code(self, code: str) -> None:
        """Code already in the user's library (the cached-token version of their function)."""
        self._request = None
        self._code = code
        self._render()

    def _render(self) -> None:
        if self._code is not None:
            text = self._code
        elif self._request is not None:
            text = generate(self._request, self.language_combo.currentData())
        else:
            self.code_view.clear()
            self._mark(set(), "")
            return
        self.code_view.setPlainText(text)
        language = self.language_combo.currentText()
        if not self._yours:
            message = translate(
                "DoctorCompare", "Generated code for the corrected request ({language})."
            ).format(language=language)
            self._mark(set(), message)
        elif self._code is None and self.language_combo.currentData() != self._own_language:
            own = LANGUAGES.get(self._own_language or "", "")
            if own:
                message = translate(
                    "DoctorCompare",
                    "Generated code in {language}: lines that differ from yours are marked in "
                    "{own}.",
                )
            else:
                message = translate("DoctorCompare", "Generated code in {language}.")
            self._mark(set(), message.format(language=language, own=own))
        else:
            changed = changed_lines(self._yours, text)
            count = len(changed)
            if count:
                message = translate(
                    "DoctorCompare",
                    "%n line(s) changed from your code (marked {mark} in the margin).",
                    count,
                )
            else:
                message = translate("DoctorCompare", "No line changed from your code.")
            self._mark(changed, message.format(mark=CHANGED_MARK))

    def _mark(self, lines: set[int], message: str) -> None:
        self.changed = lines
        mark_lines(self.code_view, lines, good=None)
        self.margin.set_lines(lines)
        self.changes_label.setText(message)
        self.changes_label.setVisible(bool(message))
        numbers = ", ".join(str(n + 1) for n in sorted(lines)[:40])
        self.code_view.setAccessibleDescription(
            translate("DoctorCompare", "Changed lines: {numbers}").format(numbers=numbers)
            if lines
            else ""
        )
