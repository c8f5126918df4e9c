"""The doctor's Code tab marks the lines of the corrected code that differ from the user's own
code (when the paste was code and the fix is shown in the same library) and says how many; for
cURL it marks nothing and says the code is generated (issue 15)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from zoomdesk.ui.debug import DoctorWindow
from zoomdesk.ui.debug.doctor_compare import CHANGED_MARK

FORUM = Path(__file__).parents[1] / "debug" / "doctor_corpus" / "forum_reply_rest_class.js"
TOKEN_ENTRY, ACROSS_ENTRY = 0, 2


@pytest.fixture
def doctor(qtbot: Any, qloop: Any) -> DoctorWindow:
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    return window


def marked(window: DoctorWindow) -> list[str]:
    """The shown code's lines that are marked, by their text (tint and margin agree)."""
    view = window.code_view
    lines = view.code_view.toPlainText().splitlines()
    tinted = {s.cursor.blockNumber() for s in view.code_view.extraSelections()}
    assert tinted == view.changed == view.margin.lines
    return [lines[n].strip() for n in sorted(view.changed)]


def test_the_forum_replys_token_fix_marks_only_the_params_to_body_lines(doctor):
    doctor.set_text(FORUM.read_text())
    doctor.entry_combo.setCurrentIndex(TOKEN_ENTRY)
    changed = marked(doctor)
    assert "new URLSearchParams({" in changed  # the body that replaces `params:`
    assert any(line.startswith("auth: { username") for line in changed)
    assert not [line for line in changed if "require(" in line]  # the user's own import
    assert 'grant_type: "account_credentials",' not in changed  # the same value, moved only
    count = len(changed)
    assert not doctor.code_view.margin.grab().isNull()  # the margin paints its marks
    assert doctor.code_view.changes_label.text() == (
        f"{count} lines changed from your code (marked {CHANGED_MARK} in the margin)."
    )


def test_the_cached_token_version_marks_the_cache_lines_and_the_form_body(doctor):
    doctor.set_text(FORUM.read_text())
    doctor.entry_combo.setCurrentIndex(ACROSS_ENTRY)
    changed = marked(doctor)
    assert [line for line in changed if "cached" in line] == [
        "let cached = { token: null, expiresAt: 0 };",
        "if (cached.token && Date.now() < cached.expiresAt - 5 * 60 * 1000) return cached.token;",
        "cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };",
        "return cached.token;",
    ]
    assert any("new URLSearchParams(" in line for line in changed)
    code = doctor.code_view.code_view.toPlainText().splitlines()
    assert "}" in [line.strip() for line in code] and "}" not in changed
    assert doctor.code_view.changes_label.text().startswith(f"{len(changed)} lines changed")


def test_another_language_is_generated_without_marks(doctor):
    doctor.set_text(FORUM.read_text())
    doctor.entry_combo.setCurrentIndex(TOKEN_ENTRY)
    doctor.code_view.set_language("python-httpx")
    assert marked(doctor) == []
    assert doctor.code_view.changes_label.text() == (
        "Generated code in Python (httpx): lines that differ from yours are marked in "
        "Node.js (axios)."
    )
    doctor.code_view.set_language("node-axios")
    assert marked(doctor)


def test_a_curl_paste_marks_nothing_and_says_the_code_is_generated(doctor):
    doctor.set_text(
        "curl -X POST 'https://zoom.us/oauth/token?grant_type=account_credentials"
        "&account_id=abc' -H 'Authorization: Basic YWJjOmRlZg=='"
    )
    assert doctor.code_view.code_view.toPlainText()
    assert marked(doctor) == []
    assert doctor.code_view.changes_label.text().startswith("Generated code for the corrected")
