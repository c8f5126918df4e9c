"""What the language tests look at: every text a window shows, whether it went through the
catalogues (under the pseudo-locale), and whether it fits (in the longest languages).

    untranslated(window)   texts with English left outside a pseudo-translation `[…!!]`
    clipped(window)        labels, buttons and group titles cut off at their current size
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# The shipped languages, longest first: every window must fit each at its default size.
LANGUAGES = ("de", "fr", "es", "pt_BR", "ja")
# A pseudo-translation: `[Šåṽé !!]`, possibly with data filled into its placeholders.
_PSEUDO = re.compile(r"\[[^\[\]]*?!+\]")
# Not words of ours: names, acronyms and notations the translations keep as they are.
_NOT_WORDS = re.compile(
    r"https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b[A-Z][a-z]+/[A-Za-z_/+-]+\b"  # URLs, emails, zones
    r"|\b(zoomdesk|Zoom|OAuth|API|URL|ID|IDs|JSON|CSV|HTTPS?|cURL|UTC|GMT|HAR|iCalendar|ics|ok)\b"
    r"|\b(Ctrl|Shift|Alt|Meta|Esc|Del|Delete|Return|Enter|Tab|Home|End|PgUp|PgDown|F\d+)\b"
    r"|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b"
    r"|\b(AM|PM|am|pm|h|min|s|ms)\b",
)
_WORD = re.compile(r"[A-Za-z]{2,}")


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` and its children show or announce."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"
        found: list[str] = [widget.toolTip(), widget.accessibleName()]
        found.append(widget.accessibleDescription())
        if widget.isWindow():
            found.append(widget.windowTitle())
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(re.sub(r"<[^>]*>", "", widget.text()))
        elif isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found += [widget.tabText(i) for i in range(widget.count())]
        header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
        if isinstance(widget, QAbstractItemView) and header is not None and widget.model():
            model, columns = widget.model(), header().count()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            ]
            for row in range(min(3, model.rowCount())):  # what the rows say, beside their data
                found += [str(model.index(row, c).data() or "") for c in range(columns)]
        for text in found:
            if text:
                yield where, text
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip()):
            if text:
                yield f"QAction({action.objectName()!r})", text


def untranslated(root: QWidget, data: Iterable[str] = ()) -> list[tuple[str, str]]:
    """Texts with an English word outside every pseudo-translation; `data` (topics, names the
    sandbox holds) is not text of ours."""
    known = sorted((d for d in data if d), key=len, reverse=True)
    out = []
    for where, text in texts(root):
        rest = _PSEUDO.sub(" ", text.replace("&&", "").replace("&", ""))
        for value in known:
            rest = rest.replace(value, " ")
        rest = _NOT_WORDS.sub(" ", rest)
        if _WORD.search(rest):
            out.append((where, text))
    return sorted(set(out))


def clipped(root: QWidget) -> list[tuple[str, str]]:
    """Visible labels, buttons and group titles that their current size cuts off."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        where = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"
        text, fits = "", True
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            text = widget.text()
            room = widget.contentsRect()
            if widget.wordWrap():
                fits = widget.heightForWidth(room.width()) <= widget.height() + 1
            else:
                fits = widget.sizeHint().width() <= widget.width() + 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
            fits = widget.sizeHint().width() <= widget.width() + 1
        elif isinstance(widget, QGroupBox) and widget.title():
            text = widget.title()
            needed = widget.fontMetrics().horizontalAdvance(text.replace("&", "")) + 16
            fits = needed <= widget.width()
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable():
            text = widget.currentText()  # the choice shown, in the field beside the arrow
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            fits = widget.fontMetrics().horizontalAdvance(text) <= field.width()
        if not fits:
            out.append((where, text))
    return out
