"""Inline banners above the meeting list: the permanent "Sandbox — not real Zoom" strip and the
message banner that says what went wrong, with the details one click away (never modal)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.ui.palette import blend, tint_for

ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "sandbox": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class Banner(QFrame):
    """A strip with an icon, a message, optional buttons, "Details…" and a close button."""

    dismissed = Signal()

    def __init__(
        self, kind: str = "error", *, closable: bool = True, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.kind = kind
        self.details = ""
        self._details_box: QMessageBox | None = None
        self._buttons: list[QPushButton] = []
        self.setObjectName(f"{kind}Banner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        self.icon_label = QLabel()
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label, 1)
        self._button_row = QHBoxLayout()
        self._button_row.setSpacing(6)
        layout.addLayout(self._button_row)
        self.details_button = QPushButton(translate("Banners", "Details…"))
        self.details_button.setAccessibleName(translate("Banners", "Show error details"))
        self.details_button.clicked.connect(self.show_details)
        self.details_button.hide()
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setToolTip(translate("Banners", "Dismiss"))
        self.close_button.setAccessibleName(translate("Banners", "Dismiss message"))
        self.close_button.clicked.connect(self.dismiss)
        self.close_button.setVisible(closable)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._restyle()
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        details: str = "",
        kind: str | None = None,
        actions: list[tuple[str, Callable[[], None]]] | None = None,
    ) -> None:
        if kind is not None and kind != self.kind:
            self.kind = kind
            self._restyle()
        self.text_label.setText(text)
        self.text_label.setAccessibleName(text)
        self.details = details if details and details != text else ""
        self.details_button.setVisible(bool(self.details))
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for label, callback in actions or []:
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", "").rstrip("…"))
            button.clicked.connect(callback)
            self._button_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self._buttons.append(button)
        self.show()

    def text(self) -> str:
        return self.text_label.text()

    def action_button(self, label: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == label), None)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def show_details(self) -> None:
        """A non-modal box: the user may keep working while reading or copying it."""
        box = QMessageBox(self.window())
        box.setWindowTitle(translate("Banners", "Details — zoomdesk"))
        box.setIcon(
            QMessageBox.Icon.Critical if self.kind == "error" else QMessageBox.Icon.Information
        )
        box.setText(self.text_label.text())
        box.setDetailedText(self.details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._details_box = box
        box.show()

    def background(self) -> QColor:
        """Worked out from the inherited palette at paint time, so a switch between light and
        dark themes re-tints the banner with no palette of its own to go stale."""
        palette = self.palette()
        return blend(palette.color(QPalette.ColorRole.Window), tint_for(self.kind, palette), 0.18)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background())
        border = blend(
            self.palette().color(QPalette.ColorRole.Window),
            tint_for(self.kind, self.palette()),
            0.5,
        )
        painter.setPen(border)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()

    def _restyle(self) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(ICONS.get(self.kind, ICONS["info"]))
        self.icon_label.setPixmap(icon.pixmap(size, size))
        self.update()


class SandboxBanner(Banner):
    """Always visible in sandbox mode: nothing here is real Zoom."""

    # Shown with translate_marked("Banners", …).
    TITLE = translate_noop("Banners", "Sandbox — not real Zoom.")
    TEXT = translate_noop(
        "Banners",
        "The users and meetings here are simulated on this computer: nothing you create, change "
        "or delete reaches Zoom, and it is all gone when zoomdesk closes.",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sandbox", closable=False, parent=parent)
        self.setObjectName("sandboxBanner")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.title = translate_marked("Banners", self.TITLE)
        self.body = translate_marked("Banners", self.TEXT)
        self.text_label.setText(f"<b>{self.title.replace('<', '&lt;')}</b> {self.body}")
        self.text_label.setAccessibleName(self.text())
        self.setAccessibleName(translate("Banners", "Sandbox — not real Zoom"))
        self.setAccessibleDescription(self.body)

    def text(self) -> str:
        return f"{self.title} {self.body}"
