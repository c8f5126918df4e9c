"""The first-run page, shown when no credentials are stored: connect to a Zoom account, or
explore with the built-in sandbox (which is clearly not real Zoom)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from zoomdesk.core.i18n import translate
from zoomdesk.ui.icons import app_icon


class WelcomePage(QWidget):
    connect_requested = Signal()
    sandbox_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Welcome", "Welcome"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        # A fixed width: word-wrapped labels in a centred box otherwise shrink and get clipped.
        card.setFixedWidth(540)
        layout = QVBoxLayout(card)
        layout.setSpacing(12)

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setFixedSize(72, 72)
        layout.addWidget(logo, 0, Qt.AlignmentFlag.AlignHCenter)

        title = QLabel(translate("Welcome", "Welcome to zoomdesk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(title)

        intro = QLabel(
            translate(
                "Welcome",
                "Schedule, edit and tidy up your organisation's Zoom meetings from the desktop. "
                "zoomdesk connects through a Server-to-Server OAuth app that your Zoom admin "
                "creates in the Zoom App Marketplace.",
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(intro)
        layout.addSpacing(8)

        self.connect_button = QPushButton(translate("Welcome", "Connect to Zoom…"))
        self.connect_button.setDefault(True)
        self.connect_button.setAccessibleName(translate("Welcome", "Connect to Zoom"))
        self.connect_button.setAccessibleDescription(
            translate(
                "Welcome", "Enter the account ID, client ID and client secret of your Zoom app"
            )
        )
        self.connect_button.setMinimumHeight(36)
        self.connect_button.clicked.connect(self.connect_requested)
        layout.addWidget(self.connect_button)
        layout.addWidget(
            _note(translate("Welcome", "You need the account ID, client ID and client secret."))
        )

        explore = translate("Welcome", "Explore with the sandbox")
        self.sandbox_button = QPushButton(explore)
        self.sandbox_button.setAccessibleName(explore)
        self.sandbox_button.setAccessibleDescription(
            translate("Welcome", "Try zoomdesk against a built-in simulation; not real Zoom")
        )
        self.sandbox_button.setMinimumHeight(36)
        self.sandbox_button.clicked.connect(self.sandbox_requested)
        layout.addWidget(self.sandbox_button)
        self.sandbox_note = _note(
            translate(
                "Welcome",
                "A built-in simulation of Zoom with sample users and meetings. Not real Zoom: "
                "nothing you do there reaches your account.",
            )
        )
        layout.addWidget(self.sandbox_note)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.connect_button)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted in any theme
    return label
