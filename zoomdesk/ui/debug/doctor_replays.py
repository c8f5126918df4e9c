"""The request doctor's replays: both requests (the user's and the corrected one) sent to the
sandbox (the app's own, or one started for a window on its own) or, after a deliberate yes, to
Zoom with the current connection's credentials. A mixin of `DoctorWindow`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from PySide6.QtWidgets import QMessageBox, QWidget

from zoomdesk.core.doctor.check import Checked
from zoomdesk.core.doctor.hosts import is_local
from zoomdesk.core.doctor.replay import Replay, Target, replay
from zoomdesk.core.exchange import ExchangeLog
from zoomdesk.core.tokens import Credentials, TokenProvider
from zoomdesk.core.transport import Sender, make_http_client
from zoomdesk.ui.debug.exchange_model import status_text

COMPARE_TAB, CODE_TAB, REPLAY_TAB = range(3)  # the doctor window's tabs

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QTabWidget

    from zoomdesk.ui.debug.doctor_replay import ReplayView
    from zoomdesk.ui.tasks import TaskRunner


class DoctorReplays:
    if TYPE_CHECKING:
        _getter: Callable[[], TokenProvider | None]
        _sandbox_url: str | Callable[[], Awaitable[str]] | None
        _sandbox: Any
        _sender: Sender | None
        runner: TaskRunner
        replay_view: ReplayView
        tabs: QTabWidget
        confirm_box: QMessageBox | None
        replayed: SignalInstance

        def current(self) -> Checked | None: ...

    def _update_zoom_button(self) -> None:
        provider = self._getter()
        allowed = provider is not None
        self.replay_view.zoom_button.setProperty("allowed", allowed)
        self.replay_view.zoom_button.setEnabled(allowed)
        self.replay_view.zoom_button.setToolTip(
            f"Sends both requests to {provider.credentials.oauth_url} with the current "
            "connection's credentials"
            if provider is not None
            else "Connect with a stored profile first"
        )

    def sandbox_target(self, url: str | None = None) -> Target:
        from zoomdesk.core.services import (
            SANDBOX_ACCOUNT_ID,
            SANDBOX_CLIENT_ID,
            SANDBOX_CLIENT_SECRET,
        )

        if url is None and isinstance(self._sandbox_url, str):
            url = self._sandbox_url
        if url is None:
            from zoomdesk.sandbox import Sandbox

            self._sandbox = Sandbox().start()
            url = self._sandbox_url = str(self._sandbox.url)
        credentials = Credentials(SANDBOX_ACCOUNT_ID, SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, url)
        return Target("the sandbox", credentials)

    def on_replay_sandbox_clicked(self) -> None:
        if callable(self._sandbox_url):
            self.runner.start(
                self._replay_on_app_sandbox(self._sandbox_url),
                "Replaying the requests",
                key="replay",
            )
        else:
            self._start_replay(self.sandbox_target())

    async def _replay_on_app_sandbox(self, start: Callable[[], Awaitable[str]]) -> None:
        self._start_replay(self.sandbox_target(await start()))

    def on_replay_zoom_clicked(self) -> None:
        provider = self._getter()
        if provider is None or self.current() is None:
            return
        box = QMessageBox(cast(QWidget, self))  # the mixin is a QWidget
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Replay against Zoom?")
        box.setText(f"Send both requests to {provider.credentials.oauth_url}?")
        box.setInformativeText(
            "They are sent with the current connection's credentials (client ID "
            f"{provider.credentials.client_id}), not the ones you pasted. This makes two real "
            "requests to Zoom."
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        credentials = provider.credentials
        host = urlsplit(credentials.oauth_url).hostname or ""
        where = "the current connection" if is_local(host) else "Zoom"

        def on_finished(_: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._start_replay(Target(f"{where} ({credentials.oauth_url})", credentials))

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()

    def _start_replay(self, target: Target) -> None:
        item = self.current()
        if item is None:
            return
        self.tabs.setCurrentIndex(REPLAY_TAB)
        self.replay_view.set_busy(True, f"Sending both requests to {target.label}…")
        self.runner.start(self._replay(item, target), "Replaying the requests", key="replay")

    async def _replay(self, item: Checked, target: Target) -> None:
        own = None
        sender = self._sender
        if sender is None:  # on its own: a client for this replay, outside any log
            own = make_http_client(15.0)
            sender = Sender(own, ExchangeLog())
        try:
            result: Replay = await replay(item.request, item.corrected, target, sender)
        finally:
            if own is not None:
                await own.aclose()
        self.replay_view.set_busy(False)
        self.replay_view.show_replay(result)
        self.replay_view.status_label.setText(
            f"Replayed against {target.label}: yours → {status_text(result.original)}; "
            f"corrected → {status_text(result.corrected)}."
        )
        self.replayed.emit(result)
