"""The request doctor window: paste a broken request, see what is wrong, the corrected request
next to it, code for your stack, and a replay of both against the sandbox (or Zoom)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.debug.test_doctor import AXIOS_PARAMS, BASIC, FOUNDING_CURL, SECRET
from tests.debug.ui_support import Session, visible_text
from zoomdesk.core.doctor.replay import Replay
from zoomdesk.ui.debug import DoctorWindow
from zoomdesk.ui.debug.doctor_input import secret_spans
from zoomdesk.ui.debug.doctor_replays import CODE_TAB, COMPARE_TAB, REPLAY_TAB


@pytest.fixture
def doctor(qtbot: Any, qloop: Any, sandbox: Any) -> DoctorWindow:
    window = DoctorWindow(sandbox_url=sandbox.url)
    qtbot.addWidget(window)
    window.show()
    return window


def masked_ranges(window: DoctorWindow) -> list[tuple[int, int]]:
    """The stretches of the pasted text drawn as solid bars (foreground = background)."""
    ranges = []
    block = window.editor.document().begin()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.foreground().color() == fmt.format.background().color():
                start = block.position() + fmt.start
                ranges.append((start, start + fmt.length))
        block = block.next()
    return ranges


def test_pasting_the_founding_story_explains_it_before_anything_is_sent(
    doctor: DoctorWindow, sandbox: Any
):
    doctor.editor.setPlainText(FOUNDING_CURL)
    doctor.check_now()
    text = doctor.diagnosis_view.plain_text
    assert text.startswith("1 problem in this request.")
    assert "The token parameters travelled in the query string" in text
    assert doctor.summary_label.text() == "Read 1 request (cURL): 1 with problems."
    assert sandbox.requests == []


def test_the_corrected_request_is_shown_next_to_theirs_with_the_changes_marked(
    doctor: DoctorWindow,
):
    doctor.set_text(FOUNDING_CURL)
    doctor.tabs.setCurrentIndex(COMPARE_TAB)
    view = doctor.compare_view
    assert view.yours.toPlainText().startswith("POST https://zoom.us/oauth/token?grant_type=")
    assert view.fixed.toPlainText().splitlines()[0] == "POST https://zoom.us/oauth/token"
    assert "grant_type=account_credentials&account_id=AbC123xyz" in view.fixed.toPlainText()
    assert "query string" in view.yours_where.text() and "form body" in view.fixed_where.text()
    assert view.yours.extraSelections() and view.fixed.extraSelections()


def test_secrets_are_masked_everywhere_until_revealed_and_reveal_ends_with_the_window(
    doctor: DoctorWindow,
):
    doctor.set_text(FOUNDING_CURL)
    for tab in range(doctor.tabs.count()):
        doctor.tabs.setCurrentIndex(tab)
    rendered = visible_text(doctor.tabs)
    assert SECRET not in rendered and BASIC not in rendered
    start = FOUNDING_CURL.index(BASIC)
    assert (start, start + len(BASIC)) in masked_ranges(doctor)

    doctor.reveal_button.click()
    assert BASIC in doctor.compare_view.yours.toPlainText()
    assert masked_ranges(doctor) == []
    doctor.close()
    doctor.show()
    assert not doctor.reveal_button.isChecked()
    assert BASIC not in doctor.compare_view.yours.toPlainText()
    assert masked_ranges(doctor)


def test_secret_spans_cover_the_usual_places_a_secret_is_pasted():
    text = (
        "curl -u myid:s3cretvalue https://x -H 'Authorization: Bearer abcdef123456' "
        "-d client_secret=another1 password: 'pw123456' $ZOOM_CLIENT_SECRET"
    )
    found = {text[a:b] for a, b in secret_spans(text)}
    assert {"s3cretvalue", "abcdef123456", "another1", "pw123456"} <= found
    assert "$ZOOM_CLIENT_SECRET" not in found


def test_axios_params_code_gets_axios_code_with_url_search_params(doctor: DoctorWindow):
    doctor.set_text(AXIOS_PARAMS)
    assert "axios `params:`" in doctor.diagnosis_view.plain_text
    doctor.tabs.setCurrentIndex(CODE_TAB)
    code = doctor.code_view.code_view.toPlainText()
    assert doctor.code_view.language_combo.currentData() == "node-axios"
    assert "new URLSearchParams(" in code and "process.env.ZOOM_CLIENT_SECRET" in code
    for language in ("curl", "python-httpx", "python-requests", "csharp"):
        doctor.code_view.set_language(language)
        assert "ZOOM_CLIENT_SECRET" in doctor.code_view.code_view.toPlainText()


def test_replaying_against_the_sandbox_shows_both_exchanges_side_by_side(
    doctor: DoctorWindow, qtbot: Any, sandbox: Any
):
    doctor.set_text(FOUNDING_CURL)
    with qtbot.waitSignal(doctor.replayed, timeout=10_000) as blocker:
        doctor.replay_view.sandbox_button.click()
    result: Replay = blocker.args[0]
    assert (result.original.status, result.corrected.status) == (400, 200)
    assert doctor.tabs.currentIndex() == REPLAY_TAB
    view = doctor.replay_view
    assert "400 Bad Request</b> — failed" in view.yours_banner.text.text()
    assert "200 OK</b> — worked" in view.fixed_banner.text.text()
    assert "query string" in view.yours_diagnosis.plain_text
    assert all(SECRET not in r.headers.get("Authorization", "") for r in sandbox.requests)


def test_replaying_against_zoom_needs_a_connection_and_a_deliberate_yes(
    qtbot: Any, qloop: Any, sandbox: Any
):
    session = Session(qtbot, sandbox)
    alone = DoctorWindow()
    qtbot.addWidget(alone)
    assert not alone.replay_view.zoom_button.isEnabled()
    window = DoctorWindow(token_provider_getter=lambda: session.provider)
    qtbot.addWidget(window)
    window.show()
    window.set_text(FOUNDING_CURL)
    window.replay_view.zoom_button.click()
    box = window.confirm_box
    assert box is not None and box.isVisible()
    assert "current connection's credentials" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert sandbox.requests == []
    window.replay_view.zoom_button.click()
    with qtbot.waitSignal(window.replayed, timeout=10_000) as blocker:
        window.confirm_box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]
    assert blocker.args[0].target == f"the current connection ({sandbox.url})"
    assert blocker.args[0].corrected.status == 200
    session.close()


def test_a_har_file_can_be_imported_and_each_request_picked(
    doctor: DoctorWindow, qtbot: Any, tmp_path: Path
):
    entry = {
        "startedDateTime": "2026-01-01T10:00:00.000Z",
        "time": 1,
        "request": {"method": "POST", "url": "https://zoom.us/oauth/token", "headers": []},
        "response": {"status": 400, "statusText": "Bad Request", "headers": [],
                     "content": {"mimeType": "application/json",
                                 "text": '{"reason":"x","error":"invalid_client"}'}},
    }  # fmt: skip
    good = json.loads(json.dumps(entry))
    good["request"].update(method="GET", url="https://api.zoom.us/v2/users")
    good["request"]["headers"] = [{"name": "Authorization", "value": "Bearer abcdefgh"}]
    good["response"] = {"status": 200, "statusText": "OK", "headers": [], "content": {}}
    path = tmp_path / "browser.har"
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": [entry, good]}}))
    doctor.import_button.click()
    assert doctor.file_dialog is not None and doctor.file_dialog.isVisible()
    doctor.file_dialog.fileSelected.emit(str(path))
    doctor.file_dialog.close()
    qtbot.waitUntil(lambda: doctor.entry_combo.count() == 2, timeout=5000)
    assert doctor.entry_combo.isVisibleTo(doctor)
    assert doctor.entry_combo.itemText(0).startswith("✗ 1. POST /oauth/token")
    assert "client ID or client secret" in doctor.diagnosis_view.plain_text
    doctor.entry_combo.setCurrentIndex(1)
    assert doctor.entry_combo.itemText(1).startswith("✓ 2. GET /v2/users")
    assert "worked" in doctor.diagnosis_view.plain_text


def test_text_that_is_not_a_request_says_what_can_be_pasted(doctor: DoctorWindow):
    doctor.set_text("I get 400 Bad Request, please help")
    assert "Could not read this" in doctor.summary_label.text()
    assert "cURL command" in doctor.diagnosis_view.plain_text


def test_closing_the_window_stops_the_sandbox_it_started(qtbot: Any, qloop: Any):
    window = DoctorWindow()
    qtbot.addWidget(window)
    window.show()
    target = window.sandbox_target()
    assert window._sandbox is not None and window._sandbox.running
    box = window._sandbox
    window.close()
    assert not box.running and target.label == "the sandbox"
