"""Reading offline: when Zoom cannot be reached, the list stays on the cached rows, one banner
says so, the actions that need Zoom are off with the reason in their tooltip, and the app tries
again by itself — with growing pauses, and at once when the OS says the network is back.

One banner, never a dialog: a laptop closing its lid on a train must not come back to a stack
of error boxes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal

from zoomdesk.core.errors import NetworkError, ServerError, TokenError
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.ui.banners import Banner
from zoomdesk.ui.errors import describe, innermost

if TYPE_CHECKING:
    from zoomdesk.ui.main_window import MainWindow

log = logging.getLogger("zoomdesk.ui")
BACKOFF_S = (5, 10, 30, 60, 120, 300)  # then every 300 s: a day offline is 300-odd tries
NEEDS_ZOOM = translate_noop(
    "Offline", "Needs Zoom, which cannot be reached right now; zoomdesk keeps trying."
)


def unreachable(error: BaseException) -> bool:
    """Zoom (or the way to it) is down, not refusing: no answer, a proxy's or Zoom's 5xx, or
    the sign-in service's 5xx. Worth reading the cache and trying again later."""
    error = innermost(error)
    if isinstance(error, NetworkError | ServerError):
        return True
    return isinstance(error, TokenError) and error.status >= 500


def as_of_text(when: datetime) -> str:
    """ "07:41" for today, else the locale's short date and time; the user's locale decides."""
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))  # in the system's zone
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    if moment.date() == QDateTime.currentDateTime().date():
        return str(locale.toString(moment.time(), short))
    return str(locale.toString(moment, short))


class OfflineMode(QObject):
    """The read-only state of the window and the reconnection schedule."""

    changed = Signal(bool)  # offline or not

    def __init__(
        self, window: MainWindow, reconnect: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.reconnect = reconnect
        self.active = False
        self.attempts = 0
        self.banner = Banner("warning", closable=False)
        self.banner.setObjectName("offlineBanner")
        self.banner.setAccessibleName(translate("Offline", "Offline"))
        window.add_banner(self.banner)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._try_again)
        self._network: object | None = None  # QtNetwork is loaded the first time it is needed

    def enter(self, as_of: datetime | None, error: BaseException) -> None:
        """Zoom could not be reached; `as_of` is when the shown rows came (None: no cache)."""
        first = not self.active
        self.active = True
        delay = BACKOFF_S[min(self.attempts, len(BACKOFF_S) - 1)]
        self.attempts += 1
        problem = describe(error)
        if as_of is not None:
            text = translate(
                "Offline",
                "Zoom cannot be reached. Showing your meetings as of {time}, read-only: copying "
                "links and invitations and saving .ics files still work. Trying again in "
                "{seconds} s. {problem}",
            ).format(time=as_of_text(as_of), seconds=delay, problem=problem.message)
        else:
            text = translate(
                "Offline",
                "Zoom cannot be reached. Nothing is kept from an earlier visit to show "
                "meanwhile. Trying again in {seconds} s. {problem}",
            ).format(seconds=delay, problem=problem.message)
        self.banner.show_message(
            text,
            details=problem.details,
            actions=[(translate("Offline", "Try now"), self._try_again)],
        )
        self.timer.start(delay * 1000)
        if first:
            if self._network is None:
                self._network = _watch_network(self._on_reachability)
            log.info("offline: %s", problem.message)
            self.window.set_offline(translate_marked("Offline", NEEDS_ZOOM))
            self.changed.emit(True)

    def leave(self) -> None:
        self.timer.stop()
        self.attempts = 0
        if not self.active:
            return
        self.active = False
        self.banner.hide()
        self.window.set_offline("")
        log.info("back online")
        self.changed.emit(False)

    def stop(self) -> None:
        """No more tries (the session ended)."""
        self.timer.stop()
        self.attempts = 0
        if self.active:
            self.active = False
            self.banner.hide()
            self.window.set_offline("")

    def _try_again(self) -> None:
        self.timer.stop()
        if self.active:
            self.reconnect()

    def _on_reachability(self, online: bool) -> None:
        if online and self.active:
            log.info("the network is back: reconnecting")
            self._try_again()


def _watch_network(callback: Callable[[bool], None]) -> object | None:
    """QNetworkInformation where the platform has a backend (NetworkManager, Windows, macOS);
    without one the back-off alone brings the app back."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return None
        info = QNetworkInformation.instance()
    except (ImportError, RuntimeError):
        return None
    if info is None:
        return None
    online = QNetworkInformation.Reachability.Online
    info.reachabilityChanged.connect(lambda reach: callback(reach == online))
    return info
