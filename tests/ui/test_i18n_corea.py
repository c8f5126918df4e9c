"""The token debug panel's diagnosis — core's plain-language texts — in the user's language:
under the pseudo-locale every sentence of it is translated (data aside), and in German it reads
German, after a token request that failed for real against the sandbox."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.debug.conftest import ACCOUNT, FORM, GOOD_BASIC
from tests.debug.ui_support import Session
from zoomdesk.sandbox import Fault
from zoomdesk.ui.debug import DebugPanel
from zoomdesk.ui.pseudo_locale import pseudo


@pytest.fixture
def session(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Session]:
    s = Session(qtbot, sandbox)
    yield s
    s.close()


def failed_token_diagnosis(qtbot: Any, session: Session) -> str:
    """What the Diagnosis tab says after Zoom's sign-in service failed a token request."""
    session.sandbox.faults.add(Fault(kind="token_endpoint_down"))
    exchange = session.send(
        "POST",
        "/oauth/token",
        "token",
        headers={"Authorization": GOOD_BASIC, **FORM},
        data={"grant_type": "account_credentials", "account_id": ACCOUNT},
    )
    panel = DebugPanel(session.log, lambda: session.provider)
    qtbot.addWidget(panel)
    assert panel.show_diagnosis_of(exchange.id)
    return panel.detail.diagnosis_view.plain_text


def english_words(text: str, data: list[str]) -> list[str]:
    """English words outside every pseudo-translation `[…!!]` (nested ones too), once the data
    filled into the sentences is taken out."""
    while (inner := re.sub(r"\[[^\[\]]*?!+\]", " ", text)) != text:
        text = inner
    for value in data:
        text = text.replace(value, " ")
    return re.findall(r"[A-Za-z]{2,}", text)


def test_the_diagnosis_of_a_failed_token_request_is_pseudo_translated(
    qtbot: Any, session: Session, ui_language: Callable[..., Any]
):
    ui_language(pseudo=True)
    lines = failed_token_diagnosis(qtbot, session).splitlines()
    cause = lines[1].split("] ", 1)[1]  # the first problem's title names the likely cause
    assert lines[0] == pseudo("{request} failed: {status}. Likely cause: {cause}.").format(
        request="POST /oauth/token", status="HTTP 503 Service Unavailable (code 503)", cause=cause
    )
    support = lines[-1]
    data = [
        "https://developers.zoom.us/support/",
        "POST /oauth/token",
        "HTTP 503 Service Unavailable",
    ]
    data += re.findall(r"v=2\.0;\S+|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", support)
    assert english_words(support, data) == []


def test_the_diagnosis_of_a_failed_token_request_reads_german(
    qtbot: Any, session: Session, ui_language: Callable[..., Any]
):
    ui_language("de")
    lines = failed_token_diagnosis(qtbot, session).splitlines()
    assert lines[0].startswith("POST /oauth/token ist fehlgeschlagen: HTTP 503")
    assert "Wahrscheinliche Ursache: " in lines[0]
    assert lines[-1].startswith(
        "Wenn Sie Zoom um Hilfe bitten (https://developers.zoom.us/support/), geben Sie die "
        "Tracking-ID v=2.0;"
    )
    assert lines[-1].endswith("Senden Sie niemals das Client-Geheimnis oder ein Token.")
