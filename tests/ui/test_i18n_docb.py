"""Issue 13 in the request doctor: what its readers say about a pasted or imported input, and
what it explains about Zoom's answers in a HAR file, reaches the window in the user's language.
Under the pseudo-locale every such text is a pseudo-translation; in German and Japanese the
summary of an unreadable input fits the window."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.i18n_kit import LANGUAGES, clipped
from zoomdesk.core.doctor.parse import parse_input
from zoomdesk.core.doctor.parse_curl import ParseError
from zoomdesk.core.i18n import translate
from zoomdesk.ui.debug import DoctorWindow

_PSEUDO = re.compile(r"\[[^\[\]]*?!+\]")  # innermost first: a placeholder may hold another
_WORD = re.compile(r"[A-Za-z]{2,}")
SECRET = "Sx7kQ2pLmN9vR4tW"


def english_left(text: str) -> list[str]:
    """The English words outside every pseudo-translation (nested ones included)."""
    while True:
        stripped = _PSEUDO.sub(" ", text)
        if stripped == text:
            return _WORD.findall(stripped)
        text = stripped


def parse_error(text: str) -> str:
    with pytest.raises(ParseError) as caught:
        parse_input(text)
    return str(caught.value)


@pytest.fixture
def pseudo_doctor(qtbot: Any, qloop: Any, ui_language: Callable[..., Any]) -> DoctorWindow:
    ui_language(pseudo=True)
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    return window


def paste(qtbot: Any, window: DoctorWindow, text: str) -> None:
    with qtbot.waitSignal(window.checked, timeout=30_000):
        window.set_text(text)


@pytest.mark.parametrize(
    "pasted",
    [
        "Hello, this is not a request",
        "curl -X POST 'https://zoom.us/oauth/token",
        "POST /oauth/token HTTP/1.1\ngrant_type=account_credentials",
        '{"log": {"entries": []}}',
        '{"log": {"entries": [}',
    ],
    ids=["prose", "unbalanced-quote", "no-host", "empty-har", "broken-har"],
)
def test_an_unreadable_paste_is_explained_in_the_users_language(
    qtbot: Any, pseudo_doctor: DoctorWindow, pasted: str
):
    said = parse_error(pasted)
    assert said.startswith("[") and english_left(said) == []
    paste(qtbot, pseudo_doctor, pasted)
    assert said in pseudo_doctor.diagnosis_view.plain_text
    assert said in pseudo_doctor.summary_label.text()


def test_an_imported_binary_file_is_refused_in_the_users_language(
    qtbot: Any, pseudo_doctor: DoctorWindow, tmp_path: Path
):
    path = tmp_path / "capture.har"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    pseudo_doctor.import_har(path)
    qtbot.waitUntil(lambda: not pseudo_doctor.runner.running("import"), timeout=10_000)
    refused = translate("DoctorParse", "This is a binary file, not a request or a HAR file.")
    assert refused.startswith("[") and refused in pseudo_doctor.summary_label.text()


def _har(*entries: tuple[str, str, str, int, dict[str, Any], list[dict[str, str]]]) -> str:
    found = []
    for method, url, body, status, answer, headers in entries:
        request: dict[str, Any] = {"method": method, "url": url, "headers": []}
        if body:
            request["headers"].append({"name": "Authorization", "value": "Basic " + SECRET})
            request["postData"] = {"mimeType": "application/x-www-form-urlencoded", "text": body}
        else:
            request["headers"].append({"name": "Authorization", "value": "Bearer " + SECRET})
        found.append(
            {
                "startedDateTime": "2026-11-30T10:00:00Z",
                "time": 40,
                "request": request,
                "response": {
                    "status": status,
                    "statusText": "",
                    "headers": headers,
                    "content": {"text": json.dumps(answer)},
                },
            }
        )
    return json.dumps({"log": {"entries": found}})


HAR = _har(
    (
        "POST",
        "https://zoom.us/oauth/token",
        "grant_type=account_credentials&account_id=Acc0unt",
        400,
        {"reason": "Invalid client_id or client_secret", "error": "invalid_client"},
        [],
    ),
    (
        "GET",
        "https://api.zoom.us/v2/users/me/meetings",
        "",
        429,
        {"code": 429, "message": "You have reached the maximum daily rate limit for this API."},
        [{"name": "X-RateLimit-Type", "value": "Daily-limit"}],
    ),
    (
        "GET",
        "https://api.zoom.us/v2/meetings/81234567890",
        "",
        404,
        {"code": 3001, "message": "Meeting does not exist: 81234567890."},
        [],
    ),
)
# What the doctor says about each answer above (the findings of tests/debug show the same).
EXPLAINED = ("invalid-client", "rate-limit-daily", "meeting-not-found")


def test_zooms_answers_in_a_har_file_are_explained_in_the_users_language(
    qtbot: Any, pseudo_doctor: DoctorWindow, tmp_path: Path
):
    path = tmp_path / "session.har"
    path.write_text(HAR, encoding="utf-8")
    with qtbot.waitSignal(pseudo_doctor.checked, timeout=30_000):
        pseudo_doctor.import_har(path)
    assert len(pseudo_doctor.results) == 3
    for index, (item, code) in enumerate(zip(pseudo_doctor.results, EXPLAINED, strict=True)):
        assert item.diagnosis is not None
        finding = next(f for f in item.diagnosis.findings if f.code == code)
        pseudo_doctor.entry_combo.setCurrentIndex(index)
        shown = pseudo_doctor.diagnosis_view.plain_text
        for text in (finding.title, finding.explanation, finding.fix, finding.evidence[0]):
            assert text.startswith("[") and english_left(text) == [], text
            assert text in shown
        assert SECRET not in shown


def test_what_the_readers_notice_in_a_pasted_curl_is_in_the_users_language(
    qtbot: Any, pseudo_doctor: DoctorWindow
):
    paste(
        qtbot,
        pseudo_doctor,
        "curl -k -X POST https://zoom.us/oauth/token "
        f"-H 'Authorization: Basic cid:{SECRET}' "
        "-d grant_type=account_credentials -d account_id=Acc0unt",
    )
    shown = pseudo_doctor.diagnosis_view.plain_text
    noticed = [
        translate(
            "DoctorParse", "`-k` turns off TLS certificate checks; never use it against Zoom."
        ),
        translate(
            "DoctorParse", "client_id:client_secret is written in clear; it must be Base64-encoded"
        ),
    ]
    for text in noticed:
        assert text.startswith("[") and text in shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_of_an_unreadable_paste_fits_in_german_and_japanese(
    qtbot: Any, qloop: Any, ui_language: Callable[..., Any], language: str
):
    ui_language(language)
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    paste(qtbot, window, "Hello, this is not a request")
    assert parse_error("Hello, this is not a request") in window.summary_label.text()
    QApplication.processEvents()  # the layout gives the longer text its room
    assert [t for w, t in clipped(window) if w.startswith("LiveLabel")] == []
