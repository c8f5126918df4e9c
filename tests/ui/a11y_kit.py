"""What the accessibility tests share: the controls a keyboard user must reach, the windows of
a running app, and the mnemonics (Alt+letter) their labels, buttons and tabs carry."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from .conftest import Desk

MAX_TABS = 300


def tab_stops(window: QWidget) -> list[QWidget]:
    """The visible, enabled controls that Tab should stop on (focus proxies resolved)."""
    stops: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QTabBar | QMenuBar):
            continue  # the tab bar's scroll buttons
        stops.append(widget)
    return stops


def walk_tabs(desk: Desk, window: QWidget, start: QWidget) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it; the widgets visited in order."""
    window.activateWindow()
    desk.wait(window.isActiveWindow)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    desk.wait(lambda: QApplication.focusWidget() is start)
    visited: list[QWidget] = []
    for _ in range(MAX_TABS):
        desk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        visited.append(focused)
    raise AssertionError(f"Tab never came back to {start.accessibleName()!r}: {describe(visited)}")


def describe(widgets: list[Any]) -> list[str]:
    return [f"{type(w).__name__}:{w.accessibleName() or w.objectName()}" for w in widgets[:20]]


def item_views(window: QWidget) -> list[QAbstractItemView]:
    views = window.findChildren(QAbstractItemView)
    return [v for v in views if v in tab_stops(window) and not isinstance(v, QHeaderView)]


MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter of the window and the visible texts that carry it."""
    texts: list[str] = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            texts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            texts.append(button.text())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts.extend(bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i))
    for menubar in window.findChildren(QMenuBar):
        texts.extend(action.text() for action in menubar.actions() if action.isVisible())
    keys: dict[str, list[str]] = {}
    for text in texts:
        for match in MNEMONIC.finditer(text):
            keys.setdefault(match.group(1).lower(), []).append(text)
    return keys


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in mnemonics(window).items() if len(texts) > 1}


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces; a tab bar is named by its current tab."""
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name)
    if not name and isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    return name


Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.PageTab,
    Role.Table,
    Role.Slider,
}


def tree(face: Any, depth: int = 0) -> list[Any]:
    """Every visible accessible object under `face`, as a screen reader walks it."""
    found = [face]
    if depth > 40:
        return found
    for i in range(face.childCount()):
        child = face.child(i)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        if child.role() in (Role.Row, Role.Cell, Role.ColumnHeader, Role.RowHeader):
            continue  # table cells: the model's data, checked by the table tests
        found.extend(tree(child, depth + 1))
    return found


def everything_said(face: Any) -> str:
    """All a screen reader can read from one object: name, description, value, text."""
    parts = [
        face.text(t)
        for t in (
            QAccessible.Text.Name,
            QAccessible.Text.Description,
            QAccessible.Text.Value,
            QAccessible.Text.Help,
        )
    ]
    text_face = face.textInterface()
    if text_face is not None:
        parts.append(text_face.text(0, text_face.characterCount()))
    return "\n".join(p for p in parts if p)


def visible_text(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return str(text).replace("&", "").rstrip("…").strip()
