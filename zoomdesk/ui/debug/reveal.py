"""Revealing a secret: only after a deliberate click and a confirmation, in a small window that
closes itself, keeps nothing, and is never logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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

from zoomdesk.core.i18n import translate
from zoomdesk.ui.debug.style import mono_font

SHOWN_FOR = 30  # seconds


@dataclass(frozen=True)
class Secret:
    """What is revealed, as whole sentences per kind (a translation cannot assemble "the" and
    a noun: the article and the case differ by language)."""

    kind: str  # "secret" or "token"

    def name(self) -> str:
        if self.kind == "token":
            return translate("RevealSecret", "Access token")
        return translate("RevealSecret", "Client secret")

    def title(self) -> str:
        if self.kind == "token":
            return translate("RevealSecret", "Access token (revealed)")
        return translate("RevealSecret", "Client secret (revealed)")

    def intro(self) -> str:
        if self.kind == "token":
            return translate(
                "RevealSecret",
                "Access token. It is not saved anywhere and this window closes by itself.",
            )
        return translate(
            "RevealSecret",
            "Client secret. It is not saved anywhere and this window closes by itself.",
        )

    def copy_name(self) -> str:
        if self.kind == "token":
            return translate("RevealSecret", "Copy the access token")
        return translate("RevealSecret", "Copy the client secret")

    def question_title(self) -> str:
        if self.kind == "token":
            return translate("RevealSecret", "Reveal the access token?")
        return translate("RevealSecret", "Reveal the client secret?")

    def question(self) -> str:
        if self.kind == "token":
            return translate("RevealSecret", "Show the access token on screen?")
        return translate("RevealSecret", "Show the client secret on screen?")


SECRET, TOKEN = Secret("secret"), Secret("token")


class RevealWindow(QDialog):
    def __init__(self, what: Secret, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(what.title())
        self.field = QLineEdit(value)
        self.field.setReadOnly(True)
        self.field.setFont(mono_font())
        self.field.setAccessibleName(what.name())
        self.field.setMinimumWidth(420)
        self.countdown = QLabel()
        copy = QPushButton(translate("RevealSecret", "Copy"))
        copy.setAccessibleName(what.copy_name())
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.field.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        intro = QLabel(what.intro())
        intro.setWordWrap(True)
        layout.addWidget(intro)
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
        self.countdown.setText(
            translate("RevealSecret", "Hides in {seconds} s.").format(seconds=self._left)
        )
        self._left -= 1

    def closeEvent(self, event: object) -> None:
        self.field.clear()
        self._timer.stop()
        super().closeEvent(event)  # type: ignore[arg-type]


def confirm_then_reveal(
    parent: QWidget,
    what: Secret,
    fetch: Callable[[], str | None],
    keep: Callable[[QDialog], None],
) -> QMessageBox:
    """Ask first (non-modal `open()`, never `exec()`); on Yes, show the value. `keep` receives
    the window so the caller holds a reference while it is open."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(what.question_title())
    box.setText(what.question())
    box.setInformativeText(
        translate(
            "RevealSecret",
            "Anyone who can see your screen (or a screen share or recording) could read it. "
            "It is shown for {seconds} seconds and never saved.",
        ).format(seconds=SHOWN_FOR)
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
