"""The fault-injection suite: each fault is injected into the sandbox under the running app.
For each: the app stays responsive, the user gets a clear message, nothing on screen is lost,
and it recovers when the fault clears. docs/reliability.md tabulates these cases."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer

from zoomdesk.sandbox import Fault, Sandbox

from .conftest import Desk

LIST = r"/users/[^/]+/meetings$"

# fault id -> (faults to inject, words the user must see in the message)
CASES: dict[str, tuple[list[dict[str, Any]], list[str]]] = {
    "429 per-second storm": (
        [
            {
                "kind": "rate_limit_qps",
                "times": None,
                "retry_after_form": "seconds",
                "retry_after_seconds": 0,
            }
        ],
        ["429"],
    ),
    "429 daily limit": ([{"kind": "rate_limit_daily", "times": None}], ["daily"]),
    "500": ([{"kind": "status", "status": 500, "times": None}], ["500"]),
    "502 HTML page": ([{"kind": "status", "status": 502, "html": True, "times": None}], ["HTML"]),
    "503": ([{"kind": "status", "status": 503, "times": None}], ["503"]),
    "504": ([{"kind": "status", "status": 504, "times": None}], ["504"]),
    "200 HTML (captive portal)": ([{"kind": "html", "times": None}], ["HTML"]),
    "truncated JSON": ([{"kind": "truncated_json", "times": None}], ["JSON"]),
    "malformed JSON": ([{"kind": "malformed_json", "times": None}], ["JSON"]),
    "slow past the timeout": ([{"kind": "delay", "seconds": 3, "times": None}], ["timeout"]),
    "connection dropped": ([{"kind": "drop", "times": None}], ["dropped"]),
    "connection reset": ([{"kind": "reset", "times": None}], ["Network error"]),
}


class Heartbeat:
    """The longest gap between 10 ms ticks: how long the event loop was blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def inject(box: Sandbox, faults: list[dict[str, Any]]) -> None:
    for fault in faults:
        box.faults.add(Fault(**{"path": LIST, "method": "GET", **fault}))


def recover(desk: Desk) -> None:
    desk.app.sandbox.faults.clear()
    retry = desk.window.message_banner.action_button("Retry")
    desk.app.meetings.loaded_at = None
    if retry is not None:
        desk.qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    else:
        desk.press(Qt.Key.Key_F5)
    desk.wait_loaded()


@pytest.mark.parametrize("case", list(CASES))
def test_a_fault_while_listing_is_explained_and_survived(sandbox_desk: Desk, case: str) -> None:
    desk = sandbox_desk
    desk.app.services.http.timeout = httpx.Timeout(1.5)
    before = desk.topics()
    desk.page.search_edit.setText("")  # the user's own input, which must survive
    desk.qtbot.keyClicks(desk.page.search_edit, "w")
    typed = desk.page.search_edit.text()
    faults, words = CASES[case]
    inject(desk.app.sandbox, faults)
    beat = Heartbeat()
    desk.app.meetings.loaded_at = None
    desk.press(Qt.Key.Key_F5)
    desk.wait(lambda: desk.banner_text() != "" and not desk.app.meetings.is_loading(), 20_000)
    beat.timer.stop()
    message = desk.banner_text() + " " + desk.window.message_banner.details
    assert any(w.lower() in message.lower() for w in words), message
    assert "Traceback" not in message
    assert beat.worst < 1.0, f"the window froze for {beat.worst:.2f} s"
    assert desk.page.search_edit.text() == typed, "the search box kept what was typed"
    recover(desk)
    assert desk.banner_text() == ""
    desk.page.search_edit.clear()
    desk.wait(lambda: sorted(desk.topics()) == sorted(before))


def test_a_token_revoked_mid_session_is_replaced_silently(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.app.sandbox.state.revoke_all_tokens()
    desk.reload()
    assert desk.banner_text() == ""
    assert desk.app.sandbox.count("POST", "/oauth/token") == 2


def test_the_token_endpoint_down_is_explained_and_recovered(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.app.sandbox.state.expire_all_tokens()
    desk.app.sandbox.faults.add(Fault(kind="token_endpoint_down", times=None))
    desk.app.meetings.loaded_at = None
    desk.press(Qt.Key.Key_F5)
    desk.wait(lambda: "sign in" in desk.banner_text().lower())
    assert "503" in desk.banner_text() + desk.window.message_banner.details
    recover(desk)
    assert desk.banner_text() == ""


def test_zoom_unreachable_is_explained_and_recovered_when_it_returns(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    box = desk.app.sandbox
    port = int(box.url.rsplit(":", 1)[1])
    box.stop()
    desk.app.meetings.loaded_at = None
    desk.press(Qt.Key.Key_F5)
    desk.wait(lambda: desk.banner_text() != "" and not desk.app.meetings.is_loading())
    assert "connection refused" in (desk.banner_text() + desk.window.message_banner.details).lower()
    revived = Sandbox(port=port).start()  # the same address comes back
    desk.app.sandbox = revived
    try:
        recover(desk)
        assert desk.banner_text() == ""
        assert desk.topics()
    finally:
        revived.stop()
