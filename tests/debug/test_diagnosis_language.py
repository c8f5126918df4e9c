"""The diagnoses, errors and invitation that core writes reach the user in the language the
desktop app installed (zoomdesk.core.i18n), with times in the user's locale; without one (the
CLI) they stay the English source. A marking translator shows which sentences went through it:
a sentence built from English pieces would show English outside the marks."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.debug.conftest import ACCOUNT, CLIENT_ID, FORM, Wire
from zoomdesk.core import i18n
from zoomdesk.core.calendar import invitation_text
from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.errors import NetworkError, RateLimit, RateLimitError, TokenError
from zoomdesk.core.exchange import ExchangeLog
from zoomdesk.core.locale_format import DateTimeFormat
from zoomdesk.core.models import Meeting
from zoomdesk.core.ratelimit import RateBudget
from zoomdesk.core.tokens import Credentials, TokenProvider, basic_auth
from zoomdesk.core.transport import Sender, make_http_client
from zoomdesk.sandbox import Fault

US = DateTimeFormat("ddd, MMM d, yyyy", "h:mm AP")  # what QLocale("en_US") gives the app
MARK = re.compile(r"⟦[^⟦⟧]*⟧")


def marked(context: str, text: str, n: int = -1) -> str:
    return f"⟦{i18n.english(context, text, n)}⟧"


@pytest.fixture
def translated() -> Iterator[None]:
    i18n.install(marked, US)
    yield
    i18n.reset()


def english_left(text: str) -> list[str]:
    """The words left once every translated sentence is taken out (data lives inside them)."""
    while (inner := MARK.sub("", text)) != text:  # a translated value inside a sentence
        text = inner
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.mark.usefixtures("translated")
def test_a_failure_zoomdesk_does_not_know_reads_translated(wire: Wire, sandbox: Any):
    sandbox.faults.add(Fault(kind="status", status=418, path="/users", body={"code": 1}))
    exchange = wire.api("GET", "/users", token=wire.access_token())
    diagnosis = diagnose(exchange)
    assert diagnosis.headline.startswith("⟦GET /v2/users failed: HTTP 418")
    assert english_left(diagnosis.headline) == []
    [unknown] = [f for f in diagnosis.findings if f.code == "unknown-failure"]
    for text in (unknown.title, unknown.explanation, unknown.fix, *unknown.evidence):
        assert english_left(text) == [], text
    assert english_left(diagnosis.support) == []
    assert "tracking id" in diagnosis.support  # Zoom support's own words stay inside


@pytest.mark.usefixtures("translated")
def test_a_proxy_page_and_a_cut_off_answer_are_explained_translated(wire: Wire, sandbox: Any):
    token = wire.access_token()
    sandbox.faults.add(Fault(kind="status", status=502, html=True, path="/users"))
    page = diagnose(wire.api("GET", "/users", token=token))
    sandbox.faults.clear()
    sandbox.faults.add(Fault(kind="truncated_json", path="/users"))
    cut = diagnose(wire.api("GET", "/users", token=token))
    for diagnosis, code in ((page, "html-response"), (cut, "truncated-json")):
        finding = next(f for f in diagnosis.findings if f.code == code)
        for text in (finding.title, finding.explanation, finding.fix):
            assert english_left(text) == [], text


@pytest.mark.usefixtures("translated")
def test_a_request_that_worked_says_so_translated(wire: Wire):
    exchange = wire.token(
        headers={"Authorization": basic_auth(CLIENT_ID, "sandbox-client-secret"), **FORM},
        data={"grant_type": "account_credentials", "account_id": ACCOUNT},
    )
    assert exchange.status == 200
    diagnosis = diagnose(exchange)
    assert english_left(diagnosis.headline) == []
    assert diagnosis.headline.startswith("⟦POST /oauth/token worked: HTTP 200")


def test_a_refused_secret_is_reported_translated_with_its_tracking_id(sandbox: Any):
    async def fetch() -> TokenError:
        http = make_http_client(5.0)
        try:
            creds = Credentials(ACCOUNT, CLIENT_ID, "wrong", sandbox.url)
            await TokenProvider(Sender(http, ExchangeLog()), creds).get()
        except TokenError as error:
            return error
        finally:
            await http.aclose()
        raise AssertionError("the sandbox accepted a wrong secret")

    i18n.install(marked, US)
    try:
        error = asyncio.run(fetch())
    finally:
        i18n.reset()
    assert error.status == 400
    assert english_left(str(error)) == []  # the message was written when it was raised
    assert str(error).startswith("⟦Getting a Zoom access token failed: HTTP 400")


@pytest.mark.usefixtures("translated")
def test_a_daily_limit_tells_its_reset_in_the_users_clock():
    reset = datetime(2026, 11, 29, 0, 0, tzinfo=UTC)
    error = RateLimitError(
        429, 429, "Daily limit", rate_limit=RateLimit(type="Daily-limit", retry_after=reset)
    )
    assert "⟦Resets at Sun, Nov 29, 2026 12:00 AM UTC.⟧" in error.summary()
    budget = RateBudget()
    budget.note(RateLimit(category="Medium", limit=2000, remaining=50))
    pace = budget.pace("Medium", now=datetime(2026, 11, 28, 15, 0, tzinfo=UTC))
    assert pace.stop and "(resets 12:00 AM UTC)" in pace.reason
    assert english_left(pace.reason) == []


@pytest.mark.usefixtures("translated")
def test_the_invitation_keeps_its_layout_with_every_fixed_phrase_translated():
    meeting = Meeting.from_json(
        {
            "id": 81234567890,
            "topic": "Board meeting",
            "type": 2,
            "start_time": "2026-12-01T08:00:00Z",
            "timezone": "Europe/Berlin",
            "duration": 90,
            "agenda": "Budget",
            "join_url": "https://zoom.us/j/81234567890",
            "password": "k3y",
        }
    )
    lines = invitation_text(meeting, "Ann").splitlines()
    assert lines == [
        "⟦Ann is inviting you to a scheduled Zoom meeting.⟧",
        "",
        "⟦Topic: Board meeting⟧",
        "⟦Time: Tue, Dec 1, 2026 9:00 AM Europe/Berlin⟧",
        "⟦Duration: ⟦1 h 30 min⟧⟧",
        "",
        "⟦Agenda:⟧",
        "Budget",
        "",
        "⟦Join Zoom Meeting⟧",
        "https://zoom.us/j/81234567890",
        "",
        "⟦Meeting ID: 812 3456 7890⟧",
        "⟦Passcode: k3y⟧",
    ]


def test_without_a_translator_the_cli_reads_the_english_it_always_did():
    meeting = Meeting.from_json({"id": 81234567890, "topic": "Standup", "type": 3})
    assert invitation_text(meeting).splitlines()[:4] == [
        "You are invited to a recurring Zoom meeting.",
        "",
        "Topic: Standup",
        "Time: This is a recurring meeting. Meet anytime.",
    ]


@pytest.mark.usefixtures("translated")
def test_a_refused_connection_is_named_and_explained_translated():
    async def refused() -> NetworkError:
        http = make_http_client(2.0)
        try:
            await Sender(http, ExchangeLog()).send(http.build_request("GET", closed_port()), "api")
        except NetworkError as error:
            return error
        finally:
            await http.aclose()
        raise AssertionError("something answered on a closed port")

    error = asyncio.run(refused())
    assert error.kind == "connection refused"
    assert str(error).startswith("⟦Network error (⟦connection refused⟧): GET http://127.0.0.1:")
    assert "(⟦nothing is listening at that address⟧)" in str(error)


def closed_port() -> str:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/v2/users"
