"""Issue 15 in the app: the request doctor groups its report per request and "across the
integration", and each finding points at the line of the pasted code it is about."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from zoomdesk.ui.debug import DoctorWindow
from zoomdesk.ui.debug.doctor_replays import CODE_TAB

FORUM = Path(__file__).parents[1] / "debug" / "doctor_corpus" / "forum_reply_rest_class.js"


@pytest.fixture
def doctor(qtbot: Any, qloop: Any) -> DoctorWindow:
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    window.set_text("\n" + FORUM.read_text().split("\n", 1)[1])
    return window


def highlighted_lines(window: DoctorWindow) -> list[int]:
    return [s.cursor.blockNumber() + 1 for s in window.editor.extraSelections()]


def test_the_forum_reply_is_listed_per_request_and_across_the_integration(doctor: DoctorWindow):
    items = [doctor.entry_combo.itemText(i) for i in range(doctor.entry_combo.count())]
    assert items == [
        "✗ 1. POST /oauth/token — line 25",
        "✓ 2. ${METHOD} /v2${path} — line 39",
        "⚠ Across the integration (1)",
    ]
    assert doctor.summary_label.text().endswith("1 across the integration.")
    assert "axios `params:` put the token parameters" in doctor.diagnosis_view.plain_text
    assert highlighted_lines(doctor) == [25]


def test_the_across_entry_shows_the_token_per_call_and_its_cached_fix_in_axios(
    doctor: DoctorWindow,
):
    doctor.entry_combo.setCurrentIndex(2)
    text = doctor.diagnosis_view.plain_text
    assert text.startswith("Across the integration: 1 thing to fix.")
    assert "A new access token is fetched for every API call" in text
    assert highlighted_lines(doctor) == [25, 39]
    doctor.tabs.setCurrentIndex(CODE_TAB)
    code = doctor.code_view.code_view.toPlainText()
    assert "let cached = { token: null, expiresAt: 0 };" in code and "axios.post(" in code


def test_the_fix_comes_in_the_users_own_library(qtbot: Any, qloop: Any):
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    script = FORUM.parent / "got_search_params_token.js"
    window.set_text(script.read_text())
    assert window.code_view.language_combo.currentData() == "node-got"
    assert "form: {" in window.code_view.code_view.toPlainText()
