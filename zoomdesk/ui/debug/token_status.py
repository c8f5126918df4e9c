"""Token status: the current token's scopes (and the ones zoomdesk misses), expiry countdown,
api_url, when it was issued; a button to get a new token; reveal on deliberate request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.i18n import dates, translate
from zoomdesk.core.scopes import is_classic, missing_scopes
from zoomdesk.core.tokens import AccessToken, TokenProvider
from zoomdesk.ui.a11y import LiveLabel
from zoomdesk.ui.debug.reveal import SECRET, TOKEN, confirm_then_reveal
from zoomdesk.ui.debug.style import clock, severity_icon
from zoomdesk.ui.tasks import TaskRunner

ProviderGetter = Callable[[], TokenProvider | None]


def countdown(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


class _Bridge(QObject):
    changed = Signal()


class TokenStatus(QGroupBox):
    def __init__(
        self, provider_getter: ProviderGetter, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("TokenStatus", "Access token"), parent)
        self.setAccessibleName(translate("TokenStatus", "Access token status"))
        self._getter = provider_getter
        self._runner = runner
        self._watched: TokenProvider | None = None
        self._bridge = _Bridge(self)
        self._bridge.changed.connect(self.refresh)
        self.reveal_windows: list[QDialog] = []
        self.state_icon = QLabel()
        self.state_label = LiveLabel()
        self.state_label.setAccessibleName(translate("TokenStatus", "Token state and expiry"))
        self.details_label = LiveLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleName(translate("TokenStatus", "Token details"))
        self.scopes_label = LiveLabel()
        self.scopes_label.setWordWrap(True)
        self.scopes_label.setAccessibleName(translate("TokenStatus", "Granted scopes"))
        self.missing_icon = QLabel()
        self.missing_label = LiveLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName(translate("TokenStatus", "Missing scopes"))
        self.message_label = LiveLabel()
        self.message_label.alert = True
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(translate("TokenStatus", "Token request outcome"))
        self.new_token_button = QPushButton(translate("TokenStatus", "Get a new &token"))
        self.new_token_button.setAccessibleName(translate("TokenStatus", "Get a new token"))
        self.new_token_button.setAccessibleDescription(
            translate("TokenStatus", "Ask Zoom for a new access token")
        )
        self.new_token_button.clicked.connect(self.on_new_token_clicked)
        self.reveal_button = QToolButton()
        self.reveal_button.setText(translate("TokenStatus", "Rev&eal…"))
        self.reveal_button.setAccessibleName(translate("TokenStatus", "Reveal a secret"))
        self.reveal_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.reveal_button)
        self.reveal_secret_action = menu.addAction(
            translate("TokenStatus", "Client secret…"), self.on_reveal_secret
        )
        self.reveal_token_action = menu.addAction(
            translate("TokenStatus", "Access token…"), self.on_reveal_token
        )
        self.reveal_button.setMenu(menu)
        grid = QGridLayout(self)
        grid.addWidget(self.state_icon, 0, 0)
        grid.addWidget(self.state_label, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_token_button)
        buttons.addWidget(self.reveal_button)
        grid.addLayout(buttons, 0, 2)
        grid.addWidget(self.details_label, 1, 1, 1, 2)
        grid.addWidget(self.scopes_label, 2, 1, 1, 2)
        grid.addWidget(self.missing_icon, 3, 0)
        grid.addWidget(self.missing_label, 3, 1, 1, 2)
        grid.addWidget(self.message_label, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(1000)
        runner.failed.connect(self._on_failed)
        self.message_label.hide()
        self.refresh()

    # --- state -------------------------------------------------------------------------

    def provider(self) -> TokenProvider | None:
        provider = self._getter()
        if provider is not self._watched:
            if self._watched is not None and self._notify in self._watched.listeners:
                self._watched.listeners.remove(self._notify)
            if provider is not None:
                provider.listeners.append(self._notify)
            self._watched = provider
        return provider

    def _notify(self, token: AccessToken | None) -> None:
        try:
            self._bridge.changed.emit()
        except RuntimeError:  # deleted without detach(): never break the token provider
            watched = self._watched
            if watched is not None and self._notify in watched.listeners:
                watched.listeners.remove(self._notify)

    def detach(self) -> None:
        self._timer.stop()
        if self._watched is not None and self._notify in self._watched.listeners:
            self._watched.listeners.remove(self._notify)
        self._watched = None

    def _icon(self, label: QLabel, severity: Severity | None) -> None:
        size = self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize)
        label.setPixmap(severity_icon(severity).pixmap(size, size))

    def refresh(self) -> None:
        provider = self.provider()
        token = provider.current if provider is not None else None
        self.new_token_button.setEnabled(provider is not None and not self._busy())
        self.reveal_secret_action.setEnabled(provider is not None)
        self.reveal_token_action.setEnabled(token is not None)
        if provider is None:
            self._icon(self.state_icon, Severity.INFO)
            self.state_label.setText(
                translate("TokenStatus", "Not connected: no credentials in use.")
            )
            for label in (self.details_label, self.scopes_label, self.missing_label):
                label.setText("")
            self.missing_icon.clear()
            return
        credentials = provider.credentials
        if token is None:
            self._icon(self.state_icon, Severity.INFO)
            self.state_label.setText(
                translate("TokenStatus", "No token yet: one is requested with the first call.")
            )
            self.details_label.setText(
                translate(
                    "TokenStatus", "Token URL: {url} · client ID {client_id} · account {account_id}"
                ).format(
                    url=f"{credentials.oauth_url.rstrip('/')}/oauth/token",
                    client_id=credentials.client_id,
                    account_id=credentials.account_id,
                )
            )
            self.scopes_label.setText("")
            self.missing_label.setText("")
            self.missing_icon.clear()
            return
        left = token.seconds_left()
        if left > 0:
            self._icon(self.state_icon, Severity.WARNING if left < 300 else None)
            self.state_label.setText(
                translate(
                    "TokenStatus", "<b>Valid</b> — expires in {countdown} (at {time})"
                ).format(
                    countdown=countdown(left),
                    time=dates().time(datetime.now().astimezone() + timedelta(seconds=left)),
                )
            )
        else:
            self._icon(self.state_icon, Severity.ERROR)
            self.state_label.setText(
                translate("TokenStatus", "<b>Expired</b> — the next call gets a new one")
            )
        self.details_label.setText(
            _details(token).format(
                api_url=token.api_url or translate("TokenStatus", "(none: https://api.zoom.us)"),
                time=clock(token.issued_at),
                minutes=token.expires_in // 60,
                type=token.token_type,
            )
        )
        names = " ".join(token.scopes) or translate("TokenStatus", "(none)")
        if is_classic(token.scopes):
            scopes = translate("TokenStatus", "Scopes ({count}, classic): {names}")
        else:
            scopes = translate("TokenStatus", "Scopes ({count}, granular): {names}")
        self.scopes_label.setText(scopes.format(count=len(token.scopes), names=names))
        missing = missing_scopes(token.scopes)
        if missing:
            self._icon(self.missing_icon, Severity.WARNING)
            parts = [
                translate("TokenStatus", "{scopes} (to {operation})").format(
                    scopes=" ".join(s), operation=op
                )
                for op, s in missing.items()
            ]
            self.missing_label.setText(
                translate("TokenStatus", "<b>Missing:</b> {scopes}").format(scopes="; ".join(parts))
            )
        else:
            self._icon(self.missing_icon, None)
            self.missing_label.setText(
                translate("TokenStatus", "Nothing missing for what zoomdesk does.")
            )

    def _busy(self) -> bool:
        return self._runner.running("new-token")

    # --- actions -----------------------------------------------------------------------

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def on_new_token_clicked(self) -> None:
        provider = self.provider()
        if provider is None:
            return
        self._message(translate("TokenStatus", "Asking Zoom for a new token…"))
        self.new_token_button.setEnabled(False)

        async def fetch() -> None:
            await provider.refresh()
            self._message(translate("TokenStatus", "Got a new token."))
            self.refresh()

        self._runner.start(fetch(), "Getting a new token", key="new-token")

    def _on_failed(self, what: str, error: object) -> None:
        if what != "Getting a new token":
            return
        text = error.summary() if isinstance(error, ZoomDeskError) else str(error)
        self._message(
            translate(
                "TokenStatus", "{problem} The exchange is in the list, with its diagnosis."
            ).format(problem=text)
        )
        self.refresh()

    def on_reveal_secret(self) -> None:
        provider = self.provider()
        if provider is not None:
            confirm_then_reveal(
                self, SECRET, lambda: provider.credentials.client_secret, self._keep
            )

    def on_reveal_token(self) -> None:
        provider = self.provider()

        def value() -> str | None:
            token = provider.current if provider is not None else None
            return token.value if token is not None else None

        confirm_then_reveal(self, TOKEN, value, self._keep)

    def _keep(self, window: QDialog) -> None:
        self.reveal_windows.append(window)
        window.destroyed.connect(lambda *_: self.reveal_windows.remove(window))


def _details(token: AccessToken) -> str:
    """The token's details as one sentence per case ("just now" or "%n min ago" inside it: a
    translation orders the whole line)."""
    from datetime import UTC

    minutes = int((datetime.now(UTC) - token.issued_at).total_seconds() // 60)
    if minutes < 1:
        return translate(
            "TokenStatus",
            "api_url: {api_url} · issued {time} (just now) · lifetime {minutes} min · {type}",
        )
    return translate(
        "TokenStatus",
        "api_url: {api_url} · issued {time} (%n min ago) · lifetime {minutes} min · {type}",
        minutes,
    )
