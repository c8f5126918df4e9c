"""What keyboard and screen-reader users need from any widget, in one place (issue 16).

Qt's table views keep Tab inside the table (`tabKeyNavigation` is on for QTableView), which traps
keyboard users (WCAG 2.1.2); live texts held by QLabel are read by their fixed accessible name
only, so a screen reader never hears the message itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QPainter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAccessibleWidget,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from zoomdesk.ui.palette import focus_color


def for_keyboard(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move to the next control, the arrows move within the view, and the
    current cell has a ring that can be seen."""
    view.setTabKeyNavigation(False)
    view.setItemDelegate(FocusRing(view))


class FocusRing(QStyledItemDelegate):
    """Qt's styles mark the current cell with a faint tint (1.10:1 on Fusion, 1.22:1 inside a
    selected row): a keyboard user cannot see where they are. A 2 px ring at 3:1 instead."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if not has_focus:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, plain, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(QPen(focus_color(option.palette, selected=selected), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()


RING_WIDTH = 2


def plain_text(text: str) -> str:
    """What a screen reader should say for a label's text: rich text without its tags."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().strip()


def announce(widget: QWidget, event: QAccessible.Event) -> None:
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, event))


class LiveLabel(QLabel):
    """A label whose text changes while the user works (an error, a result, a state).

    Its accessible name says what it is ("Connection test result"), set by the caller; each new
    text becomes its accessible description, announced as it changes, and, for an error that
    belongs to a field, the field's description too (the meeting form's rule: a screen reader
    reads the error when the focus lands on the field)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.field: QWidget | None = None
        self.alert = False  # errors and results interrupt; states are only updated
        self._described(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._described(text)

    def clear(self) -> None:
        self.setText("")

    def _described(self, text: str) -> None:
        said = plain_text(text)
        if said == self.accessibleDescription():
            return
        self.setAccessibleDescription(said)
        announce(self, QAccessible.Event.DescriptionChanged)
        if self.field is not None:
            self.field.setAccessibleDescription(said)
            announce(self.field, QAccessible.Event.DescriptionChanged)
        if self.alert and said:
            announce(self, QAccessible.Event.Alert)


_factories: set[object] = set()


def install_factory(factory: Callable[[str, QObject], QAccessibleInterface | None]) -> None:
    """Qt keeps every factory installed; each of ours is installed once per process."""
    if factory not in _factories:
        _factories.add(factory)
        QAccessible.installFactory(factory)


def _window_role(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and obj.isWindow() and obj.property(WINDOW_PROPERTY):
        return QAccessibleWidget(obj, QAccessible.Role.Window)
    return None


WINDOW_PROPERTY = "zoomdeskWindow"


def report_as_window(widget: QWidget) -> None:
    """A top-level plain QWidget is a `filler`/client to assistive technology, not a window
    (QMainWindow and QDialog have interfaces of their own): give it the window role."""
    install_factory(_window_role)
    widget.setProperty(WINDOW_PROPERTY, True)
