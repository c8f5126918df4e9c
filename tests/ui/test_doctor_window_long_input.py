"""Issue 14, item 15: a long paste never freezes the request doctor window: it is checked in a
worker thread, long lines are not wrapped, and what is rendered is capped."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QLocale

from tests.debug.test_doctor_long_input import curl_with_body
from zoomdesk.ui.debug import DoctorWindow


def test_a_400_kb_paste_is_checked_off_the_event_loop_and_the_window_stays_responsive(
    qtbot: Any, qloop: Any
):
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    started = time.perf_counter()
    window.editor.setPlainText(curl_with_body(400_000))
    window.check_now()
    blocked = time.perf_counter() - started
    assert blocked < 3  # before: 27 s laying out the line, then 160 s checking it
    size = QLocale().toString(len(window.editor.toPlainText()))  # grouped as the locale does
    assert window.summary_label.text() == f"Checking {size} characters…"
    with qtbot.waitSignal(window.checked, timeout=60_000):
        pass
    assert window.summary_label.text().startswith("Read 1 request (cURL)")
    shown = window.compare_view.yours.toPlainText()
    assert len(shown) < 20_000 and "more characters not shown" in shown


def test_a_newer_paste_wins_over_a_slow_check_of_an_older_one(qtbot: Any, qloop: Any):
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.editor.setPlainText(curl_with_body(300_000))
    window.check_now()
    window.editor.setPlainText("curl https://api.zoom.us/v2/users -H 'Authorization: Bearer x.y.z'")
    window.check_now()
    assert window.results and window.results[0].request.path == "/v2/users"
    assert not window.runner.running("check")  # the older check was cancelled, not raced
