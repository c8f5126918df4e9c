"""The status bar: what the window is connected to, the token's state, when the list was last
refreshed, and the progress of a load."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from zoomdesk.core.i18n import dates, translate
from zoomdesk.ui.a11y import LiveLabel

if TYPE_CHECKING:
    from zoomdesk.core.errors import RateLimit
    from zoomdesk.core.exchange import ExchangeLog
    from zoomdesk.core.ratelimit import RateBudget
    from zoomdesk.core.tokens import AccessToken, TokenProvider

TOKEN_TICK_MS = 30_000
SPACING = 8  # between permanent widgets, with room to spare
GRIP = 24  # the size grip and the layout's margins


def token_text(token: AccessToken | None) -> str:
    if token is None:
        return translate("StatusBar", "No token yet")
    left = token.seconds_left()
    if left <= 0:
        return translate("StatusBar", "Token expired — renewed on the next request")
    minutes = int(left // 60)
    if minutes < 1:
        return translate("StatusBar", "Token valid <1 min")
    return translate("StatusBar", "Token valid {minutes} min").format(minutes=minutes)


def number(n: int) -> str:
    """A count the way the user's locale writes it (`1,995`, `1.995`, `1 995`)."""
    return str(QLocale().toString(n))


class StatusPanel:
    """Permanent widgets added to the window's QStatusBar; transient messages use the bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.progress_label = LiveLabel()
        self.progress_label.setAccessibleName(translate("StatusBar", "Loading progress"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("StatusBar", "Loading progress bar"))
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.connection_label = LiveLabel(translate("StatusBar", "Not connected"))
        self.connection_label.setAccessibleName(translate("StatusBar", "Connection"))
        self.token_label = LiveLabel()
        self.token_label.setAccessibleName(translate("StatusBar", "Access token state"))
        self.refreshed_label = LiveLabel()
        self.refreshed_label.setAccessibleName(translate("StatusBar", "Last refresh"))
        self.rate_label = LiveLabel("")
        self.rate_label.setAccessibleName(translate("StatusBar", "Zoom requests left today"))
        self.rate_label.hide()
        # All permanent (right-hand) widgets: a passing message on the left never covers them.
        for widget in (self.progress_label, self.progress):
            bar.addPermanentWidget(widget)
            widget.hide()
        for widget in (
            self.rate_label,
            self.refreshed_label,
            self.token_label,
            self.connection_label,
        ):
            bar.addPermanentWidget(_padded(widget))
        self._tokens: TokenProvider | None = None
        self._timer = QTimer(bar)
        self._timer.setInterval(TOKEN_TICK_MS)
        self._timer.timeout.connect(self.update_token)
        # Labels that step aside when the bar is too narrow, most important first.
        self._optional = {self.rate_label: False, self.token_label: True}  # label: wanted
        self._fitter = _OnResize(self.fit, bar)

    def fit(self) -> None:
        """A narrow window or a long language leaves no room for every label: the optional
        ones step aside (their text goes to the bar's tooltip) rather than every label being
        cut off. The connection, the refresh and a load's progress always stay."""
        fixed = (self.progress_label, self.progress, self.refreshed_label, self.connection_label)
        used = sum(w.sizeHint().width() + SPACING for w in fixed if not w.isHidden())
        room = self.bar.contentsRect().width() - GRIP
        aside = []
        for label, wanted in self._optional.items():
            wanted = wanted and bool(label.text())
            needs = label.sizeHint().width() + SPACING
            shown = wanted and used + needs <= room
            label.setVisible(shown)
            if shown:
                used += needs
            elif wanted:
                aside.append(label.text())
        self.bar.setToolTip("\n".join(aside))

    def set_connection(self, text: str, tokens: TokenProvider | None) -> None:
        self.connection_label.setText(text)
        if self._tokens is not None and self._on_token in self._tokens.listeners:
            self._tokens.listeners.remove(self._on_token)
        self._tokens = tokens
        if tokens is not None:
            tokens.listeners.append(self._on_token)
            self._timer.start()
        else:
            self._timer.stop()
        self.update_token()

    def detach(self) -> None:
        self.set_connection(translate("StatusBar", "Not connected"), None)
        self.token_label.setText("")

    def _on_token(self, token: AccessToken | None) -> None:
        self.update_token()

    def update_token(self) -> None:
        self.token_label.setText(token_text(self._tokens.current) if self._tokens else "")
        self.fit()

    def set_progress(self, loaded: int, total: int | None, more_hosts: bool = False) -> None:
        if total:
            # "+": more hosts' meetings are still to come, so the total will grow.
            text = (
                translate("StatusBar", "Loading… {loaded} of {total}+")
                if more_hosts
                else translate("StatusBar", "Loading… {loaded} of {total}")
            )
            self.progress_label.setText(text.format(loaded=number(loaded), total=number(total)))
            self.progress.setRange(0, max(total, loaded))
            self.progress.setValue(loaded)
        else:
            self.progress_label.setText(
                translate("StatusBar", "Loading… {loaded}").format(loaded=number(loaded))
                if loaded
                else translate("StatusBar", "Loading…")
            )
            self.progress.setRange(0, 0)  # busy indicator until a total is known
        self.progress_label.show()
        self.progress.show()
        self.fit()

    def finish_progress(self, count: int | None, when: datetime | None = None) -> None:
        self.progress_label.hide()
        self.progress.hide()
        if count is not None:
            stamp = dates().time(when or datetime.now())
            text = translate("StatusBar", "{count} meeting(s) · updated {time}", count)
            self.refreshed_label.setText(text.format(count=number(count), time=stamp))
        self.fit()

    def show_cached(self, count: int, as_of: datetime, state: str = "refreshing") -> None:
        """Rows from the local cache: "12 meetings · as of 07:41 — refreshing…"; `state` is
        "refreshing", "offline" or "not updated"."""
        from zoomdesk.ui.offline import as_of_text

        if state == "offline":
            text = translate("StatusBar", "{count} meeting(s) · as of {time} — offline", count)
        elif state == "not updated":
            text = translate("StatusBar", "{count} meeting(s) · as of {time} — not updated", count)
        else:
            text = translate("StatusBar", "{count} meeting(s) · as of {time} — refreshing…", count)
        self.refreshed_label.setText(text.format(count=number(count), time=as_of_text(as_of)))
        self.fit()

    def follow_rate_budget(self, log: ExchangeLog, budget: Callable[[], RateBudget | None]) -> None:
        """After each exchange, what Zoom said is left today (read on the next turn of the
        loop: the client notes the headers after the exchange is logged)."""

        def update() -> None:
            if (current := budget()) is not None:
                self.show_rate_budget(current.latest)

        log.subscribe(lambda _exchange: QTimer.singleShot(0, update))

    def show_rate_budget(self, latest: dict[str, RateLimit]) -> None:
        """Zoom's X-RateLimit-Remaining for the daily categories, when Zoom sends it: the
        limits are the whole account's, shared with every desktop on it."""
        # Type "QPS" is a per-second limit, gone in a second; daily ones say "Daily-limit" or,
        # in practice, nothing at all (reference/zoom-api.md, devforum 18928).
        daily = {
            c: r
            for c, r in latest.items()
            if r.remaining is not None and r.limit and (r.type or "").upper() != "QPS"
        }
        if not daily:
            self._optional[self.rate_label] = False
            self.fit()
            return
        # The category is Zoom's own name ("Heavy", "Resource-intensive"): shown as it comes.
        part = translate("StatusBar", "{category}: {left} of {limit}")
        parts = [
            part.format(category=c, left=number(r.remaining or 0), limit=number(r.limit or 0))
            for c, r in sorted(daily.items())
        ]
        self.rate_label.setText(
            translate("StatusBar", "Left today · {limits}").format(limits=" · ".join(parts))
        )
        self.rate_label.setToolTip(
            translate(
                "StatusBar",
                "Zoom's daily request limits are the whole account's, shared by every desktop "
                "and app on it (X-RateLimit-Remaining). They reset at 00:00 UTC.",
            )
        )
        self._optional[self.rate_label] = True
        self.fit()


class _OnResize(QObject):
    """Calls `then` each time the watched widget is resized."""

    def __init__(self, then: Callable[[], None], watched: QWidget) -> None:
        super().__init__(watched)
        self.then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.then()
        return False


def _padded(label: QLabel) -> QWidget:
    label.setContentsMargins(6, 0, 6, 0)
    return label
