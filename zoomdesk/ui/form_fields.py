"""Small building blocks for forms: an input with its inline message and counter, a searchable
IANA time-zone picker, and a banner for what went wrong with its details one click away.

Colours are derived from the palette (an error red whose lightness follows the window colour),
so they stay readable in light and dark themes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtWidgets  # noqa: F401  (imported before anything that may pull in qasync)
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.i18n import translate, translate_marked
from zoomdesk.ui.palette import blend, error_color, muted_color

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def setting_text(text: str) -> str:
    """A meeting-schema text (label, help, placeholder, choice) in the user's language:
    core/meeting_schema.py marks them with `translate_noop("MeetingSetting", …)`."""
    return translate_marked("MeetingSetting", text) if text else ""


def mid_sentence(name: str) -> str:
    """A field's name inside a sentence: lower case in English ("Turn on registration"); other
    languages keep their own capitals (German nouns)."""
    english = QLocale().language() in (QLocale.Language.English, QLocale.Language.C)
    return name.lower() if english else name


def _set_text_color(label: QLabel, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


class FieldRow(QWidget):
    """An input (plus optional buttons beside it) with a message line under it: an error in red,
    otherwise a muted hint, and an optional character counter ("12/200")."""

    def __init__(
        self,
        field: QWidget,
        *,
        extras: Sequence[QWidget] = (),
        limit: int | None = None,
        target: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.target = target or field  # the input that carries the accessible description
        self.limit = limit
        self.error = ""
        self.hint = ""
        self._count = 0
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(field, 1)
        for extra in extras:
            top.addWidget(extra)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.counter.setVisible(limit is not None)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.counter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(top)
        column.addLayout(bottom)
        self.set_count(0)

    def set_error(self, message: str | None) -> None:
        self.error = message or ""
        self._refresh()

    def set_hint(self, text: str) -> None:
        self.hint = text
        self._refresh()

    def set_count(self, count: int) -> None:
        self._count = count
        if self.limit is not None:
            self.counter.setText(f"{count}/{self.limit}")
            self.counter.setAccessibleName(
                translate("FormFields", "{count} of at most {limit} characters").format(
                    count=count, limit=self.limit
                )
            )
        self._refresh()

    def _refresh(self) -> None:
        text = self.error or self.hint
        self.message.setText(text)
        self.message.setVisible(bool(text))
        palette = self.palette()
        _set_text_color(self.message, error_color(palette) if self.error else muted_color(palette))
        over = self.limit is not None and self._count > self.limit
        _set_text_color(self.counter, error_color(palette) if over else muted_color(palette))
        error = translate("FormFields", "Error: {message}").format(message=self.error)
        self.target.setAccessibleDescription(error if self.error else self.hint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh()


# --- banner ----------------------------------------------------------------------------------


class MessageBanner(QFrame):
    """What went wrong (or needs a decision) at the top of a form: a title, what to do, action
    buttons, and a Details expander with the technical facts (status, Zoom code, tracking id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.level = "error"
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.details_button = QToolButton()
        self.details_button.setText(translate("FormFields", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._on_details_toggled)
        self.details_button.setAccessibleName(translate("FormFields", "Show technical details"))
        self.actions_row.addWidget(self.details_button)
        self.actions_row.addStretch(1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAccessibleName(translate("FormFields", "Technical details"))
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.details)
        self._buttons: list[QPushButton] = []
        self._restyling = False
        self.hide()

    def show_message(
        self,
        title: str,
        body: str = "",
        *,
        level: str = "error",
        details: str = "",
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
    ) -> None:
        self.level = level
        self.title.setText(title)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.details.setText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        for button in self._buttons:
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for index, (text, callback) in enumerate(actions):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            self.actions_row.insertWidget(index, button)
            self._buttons.append(button)
        self.setAccessibleName(title)
        self.setAccessibleDescription(body)
        self._restyle()
        self.show()

    def action(self, text: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == text), None)

    def action_texts(self) -> list[str]:
        return [b.text() for b in self._buttons]

    def clear(self) -> None:
        self.show_message("", level=self.level)
        self.hide()

    def _on_details_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _restyle(self) -> None:
        if self._restyling:
            return
        self._restyling = True
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QPalette()
        window = base.color(QPalette.ColorRole.Window)
        tint = (
            error_color(base) if self.level == "error" else base.color(QPalette.ColorRole.Highlight)
        )
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, blend(window, tint, 0.14))
        self.setPalette(palette)
        self._restyling = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.ParentChange, QEvent.Type.PaletteChange):
            self._restyle()


# --- small layout helpers --------------------------------------------------------------------


def hbox(*widgets: QWidget | str) -> QWidget:
    """Widgets (or label texts) side by side, left-aligned."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
    layout.addStretch(1)
    return holder


def choice_box(items: Sequence[tuple[object, str]], name: str) -> QComboBox:
    """A combo box of (value, text) pairs with an accessible name."""
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    combo.setAccessibleName(name)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def unsaved_changes_box(parent: QWidget, question: str, blocker: str) -> QMessageBox:
    """Save / Discard / Cancel, to be shown with `open()` (never `exec()` inside a coroutine).
    When saving is not possible yet, Save is disabled and the reason given."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    title = translate("FormFields", "Unsaved changes")
    box = QMessageBox(QMessageBox.Icon.Question, title, question, buttons, parent)
    if blocker:
        box.button(QMessageBox.StandardButton.Save).setEnabled(False)
        box.setInformativeText(
            translate("FormFields", "It can't be saved yet. {reason}").format(reason=blocker)
        )
    box.setDefaultButton(
        QMessageBox.StandardButton.Cancel if blocker else QMessageBox.StandardButton.Save
    )
    return box


class UnsavedChangesPrompt:
    """One "Unsaved changes" box at a time for a dialog; Save and Discard call back."""

    def __init__(
        self, parent: QWidget, on_save: Callable[[], None], on_discard: Callable[[], None]
    ) -> None:
        self.parent = parent
        self.on_save = on_save
        self.on_discard = on_discard
        self.box: QMessageBox | None = None

    def ask(self, question: str, blocker: str) -> None:
        if self.box is not None:
            self.box.raise_()
            return
        box = unsaved_changes_box(self.parent, question, blocker)
        box.finished.connect(lambda _result: self._answered(box))
        self.box = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self.box = None
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.on_save()
        elif answer == QMessageBox.StandardButton.Discard:
            self.on_discard()


def align_labels(forms: Sequence[QFormLayout]) -> None:
    """One label column for several sections, so their fields start at the same x."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
