"""The request doctor's findings (titles, explanations, fixes, what showed them) speak the user's
language, and the times they quote are written the locale's way. Code, header names, field names
and URLs inside them stay as they are: a translator never touches them."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from tests.debug.conftest import Wire
from tests.debug.test_doctor import AXIOS_PARAMS, FOUNDING_CURL
from tests.ui.i18n_kit import untranslated
from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.doctor.findings import Finding
from zoomdesk.core.i18n import dates
from zoomdesk.sandbox import Sandbox
from zoomdesk.ui.debug import DoctorWindow

CORPUS = Path(__file__).parents[1] / "debug" / "doctor_corpus"
# Requests that break many of the doctor's rules at once, the way users paste them.
PASTED = {
    "the founding story in axios (params:)": AXIOS_PARAMS,
    "the founding story in cURL (query string)": FOUNDING_CURL,
    "a token request with everything wrong": (
        'curl -X GET "http://zoom.us/oauth/token/?grant_type=client_credentials'
        '&client_secret=s3cr3tValue99&client_id=abc" -H "Content-Type: text/plain" -d "hello"'
    ),
    "a token request with a JSON body": (
        "curl -X POST https://api.zoom.us/oauth/token -H 'Authorization: Bearer abc' "
        '-H \'Content-Type: application/json\' -d \'{"grant_type": "refresh_token", '
        '"account_id": "me@example.com"}\''
    ),
    "an API call in the old style": (
        "curl -X POST 'https://api.zoom.us/v1/users/me/meetings?access_token=abc' "
        "-d 'topic=Weekly&type=2'"
    ),
    "a meeting body Zoom would refuse": (
        "curl -X PUT https://api.zoom.us/v2/meetings/85746065432 -H 'Authorization: Basic "
        "bXlDbGllbnRJZDpteVNlY3JldA==' -H 'Content-Type: application/json' -d '{\"topik\": "
        '"Weekly", "duration": "60", "type": 8, "start_time": "2026-03-01T10:00:00Z", '
        '"timezone": "Europe/Berlin"}\''
    ),
    "an integration that fetches a token per call": (
        "\n" + (CORPUS / "forum_reply_rest_class.js").read_text().split("\n", 1)[1]
    ),
}
# What the findings quote from the pasted requests: their values, not text of ours.
QUOTED = [
    "account_credentials",
    "grant_type",
    "account_id",
    "client_credentials",
    "refresh_token",
    "client_secret",
    "client_id",
    "access_token",
    "Content-Type",
    "application/x-www-form-urlencoded",
    "application/json",
    "text/plain",
    "hello",
    "topic=Weekly&type=2",
    "topik",
    "start_time",
    "timezone",
    "Europe/Berlin",
    "Weekly",
    "Bearer",
    "Basic",
    "AbC123xyz",
    "me@example.com",
    "myClientId",
    "${process.env.ZOOM_ACCOUNT_ID}",
]
# The lines of the howto that are only code, after the name of the stack they are for.
STACKS = ["curl", "Python", "Node axios", "axios", "C#"]
# Code as findings quote it: in backticks, or a request line (`PUT /v2/meetings/1`) as sent.
CODE = re.compile(r"`[^`]*`|\b(?:GET|POST|PUT|PATCH|DELETE) \S+")


def findings_of(window: DoctorWindow) -> list[Finding]:
    review = window.review
    assert review is not None, window.summary_label.text()
    return [f for item in review.checked for f in item.findings] + list(review.across)


def english_left(finding: Finding, quoted: list[str] | None = None) -> list[str]:
    """The finding's texts with English outside the pseudo-translation; the code and the
    values they quote are not ours to translate."""
    left = []
    for text in (finding.title, finding.explanation, finding.fix, *finding.evidence):
        shown = QLabel(CODE.sub(" ", text))
        if untranslated(shown, [*QUOTED, *STACKS, *(quoted or [])]):
            left.append(text)
    return left


@pytest.mark.parametrize("what", list(PASTED))
def test_every_finding_about_a_pasted_request_is_translated(
    ui_language: Any, qtbot: Any, qloop: Any, what: str
) -> None:
    ui_language(pseudo=True)  # before the window, as the app installs it at start
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    window.set_text(PASTED[what])
    found = findings_of(window)
    assert found
    assert {f.code: english_left(f) for f in found if english_left(f)} == {}


def test_the_lines_a_finding_points_at_are_highlighted_in_any_language(
    ui_language: Any, qtbot: Any, qloop: Any
) -> None:
    ui_language("ja")
    window = DoctorWindow(sandbox_url="http://127.0.0.1:9")
    qtbot.addWidget(window)
    window.show()
    window.set_text(PASTED["an integration that fetches a token per call"])
    window.entry_combo.setCurrentIndex(window.entry_combo.count() - 1)  # across the integration
    across = findings_of(window)[-1]
    assert across.code == "token-per-call" and not across.evidence[0].startswith("line ")
    highlighted = [s.cursor.blockNumber() + 1 for s in window.editor.extraSelections()]
    assert highlighted == [25, 39]  # the token request and the API call that repeats it


def test_the_clock_check_writes_both_times_the_way_the_locale_does(ui_language: Any) -> None:
    ui_language("de")
    box = Sandbox(clock=lambda: time.time() + 3 * 3600).start()
    try:
        exchange = Wire(box.url).send("GET", "/v2/users")
    finally:
        box.stop()
    finding = next(f for f in diagnose(exchange).findings if f.code == "clock-skew")
    server, sent = finding.evidence
    assert dates().date(exchange.started_at) in sent
    assert not re.search(r"\d{4}-\d\d-\d\d", server + sent)  # no ISO date for people to read
    assert "3.0" in finding.title and "hours" not in finding.title


def test_a_network_failure_is_explained_in_the_users_language(
    ui_language: Any, monkeypatch: pytest.MonkeyPatch, sandbox: Any
) -> None:
    ui_language(pseudo=True)
    monkeypatch.setenv("HTTP_PROXY", "http://user:pw@127.0.0.1:9")
    exchange = Wire(sandbox.url).send("GET", "/v2/users")
    (finding,) = [f for f in diagnose(exchange).findings if f.code == "network-proxy"]
    assert exchange.error and "127.0.0.1:9" in finding.explanation
    assert english_left(finding, quoted=[exchange.error]) == []  # httpx's words are quoted
