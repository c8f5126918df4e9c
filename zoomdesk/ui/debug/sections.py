"""Building blocks of the Request and Response tabs: titled sections, a monospace body viewer,
and a banner whose state is told by an icon and words as well as a tint."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from zoomdesk.core.doctor.findings import Severity
from zoomdesk.ui.a11y import plain_text
from zoomdesk.ui.debug.style import mono_font, severity_icon, severity_tint


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    return label


def pretty_body(body: str, content_type: str) -> str:
    if not body:
        return ""
    if "json" in content_type.lower() or body.lstrip()[:1] in ("{", "["):
        try:
            return json.dumps(json.loads(body), indent=2, ensure_ascii=False)
        except ValueError:
            return body
    return body


class BodyView(QPlainTextEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(mono_font())
        self.setAccessibleName(name)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMinimumHeight(80)


class Banner(QFrame):
    """An icon and a sentence on a tinted background."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)

    def show_message(self, html: str, severity: Severity | None) -> None:
        size = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(severity_icon(severity).pixmap(size, size))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, severity_tint(severity, self.palette()))
        self.setPalette(palette)
        self.text.setText(html)
        self.setAccessibleDescription(plain_text(html))
