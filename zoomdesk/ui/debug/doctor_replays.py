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
from zoomdesk.core.i18n import translate
from zoomdesk.core.tokens import Credentials, TokenProvider
from zoomdesk.core.transport import Sender, make_http_client
from zoomdesk.ui.debug.exchange_model import status_text

COMPARE_TAB, CODE_TAB, REPLAY_TAB = range(3)  # the doctor window's tabs


def replaying() -> str:
    """The replay task's name (shown if it fails, and how the window tells it apart)."""
    return translate("DoctorReplay", "Replaying the requests")


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
            translate(
                "DoctorReplay",
                "Sends both requests to {url} with the current connection's credentials",
            ).format(url=provider.credentials.oauth_url)
            if provider is not None
            else translate("DoctorReplay", "Connect with a stored profile first")
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
        return Target(translate("DoctorReplay", "the sandbox"), credentials)

    def on_replay_sandbox_clicked(self) -> None:
        if callable(self._sandbox_url):
            self.runner.start(
                self._replay_on_app_sandbox(self._sandbox_url),
                replaying(),
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
        box.setWindowTitle(translate("DoctorReplay", "Replay against Zoom?"))
        box.setText(
            translate("DoctorReplay", "Send both requests to {url}?").format(
                url=provider.credentials.oauth_url
            )
        )
        box.setInformativeText(
            translate(
                "DoctorReplay",
                "They are sent with the current connection's credentials (client ID "
                "{client_id}), not the ones you pasted. This makes two real requests to Zoom.",
            ).format(client_id=provider.credentials.client_id)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        credentials = provider.credentials
        host = urlsplit(credentials.oauth_url).hostname or ""
        if is_local(host):
            label = translate("DoctorReplay", "the current connection ({url})")
        else:
            label = translate("DoctorReplay", "Zoom ({url})")
        label = label.format(url=credentials.oauth_url)

        def on_finished(_: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._start_replay(Target(label, credentials))

        box.finished.connect(on_finished)
        self.confirm_box = box
        box.open()

    def _start_replay(self, target: Target) -> None:
        item = self.current()
        if item is None:
            return
        self.tabs.setCurrentIndex(REPLAY_TAB)
        self.replay_view.set_busy(
            True,
            translate("DoctorReplay", "Sending both requests to {target}…").format(
                target=target.label
            ),
        )
        self.runner.start(self._replay(item, target), replaying(), key="replay")

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
            translate(
                "DoctorReplay", "Replayed against {target}: yours → {yours}; corrected → {fixed}."
            ).format(
                target=target.label,
                yours=status_text(result.original),
                fixed=status_text(result.corrected),
            )
        )
        self.replayed.emit(result)
