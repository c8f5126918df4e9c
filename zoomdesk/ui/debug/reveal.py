"""Revealing a secret: only after a deliberate click and a confirmation, in a small window that
closes itself, keeps nothing, and is never logged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.ui.debug.style import mono_font

SHOWN_FOR = 30  # seconds


class RevealWindow(QDialog):
    def __init__(self, what: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"{what} (revealed)")
        self.field = QLineEdit(value)
        self.field.setReadOnly(True)
        self.field.setFont(mono_font())
        self.field.setAccessibleName(what)
        self.field.setMinimumWidth(420)
        self.countdown = QLabel()
        copy = QPushButton("Copy")
        copy.setAccessibleName(f"Copy the {what.lower()}")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.field.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(f"{what}. It is not saved anywhere and this window closes by itself.")
        )
        layout.addWidget(self.field)
        layout.addWidget(self.countdown)
        layout.addWidget(buttons)
        self._left = SHOWN_FOR
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self._tick()

    def _tick(self) -> None:
        if self._left <= 0:
            self.close()
            return
        self.countdown.setText(f"Hides in {self._left} s.")
        self._left -= 1

    def closeEvent(self, event: object) -> None:
        self.field.clear()
        self._timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]


def confirm_then_reveal(
    parent: QWidget, what: str, fetch: Callable[[], str | None], keep: Callable[[QDialog], None]
) -> QMessageBox:
    """Ask first (non-modal `open()`, never `exec()`); on Yes, show the value. `keep` receives
    the window so the caller holds a reference while it is open."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(f"Reveal the {what.lower()}?")
    box.setText(f"Show the {what.lower()} on screen?")
    box.setInformativeText(
        "Anyone who can see your screen (or a screen share or recording) could read it. It is "
        "shown for 30 seconds and never saved."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def on_finished(result: int) -> None:
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        value = fetch()
        if value is None:
            return
        window = RevealWindow(what, value, parent)
        keep(window)
        window.show()

    box.finished.connect(on_finished)
    box.open()
    return box
