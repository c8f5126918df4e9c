"""Every known failure, fed to the panel through real exchanges with the sandbox, shows its
diagnosis on the Diagnosis tab in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.debug.conftest import ACCOUNT, FORM, GOOD_BASIC
from tests.debug.ui_support import Session
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.tokens import basic_auth
from zoomdesk.sandbox import Fault, Sandbox
from zoomdesk.ui.debug import DebugPanel
from zoomdesk.ui.debug.exchange_model import SEVERITY_ROLE, STATUS

CLIENT = "sandbox-client-id"
FORM_BODY = {"grant_type": "account_credentials", "account_id": ACCOUNT}


def token_request(s: Session, **options: Any) -> Exchange:
    options.setdefault("headers", {"Authorization": GOOD_BASIC, **FORM})
    return s.send("POST", "/oauth/token", "token", **options)


def api(s: Session, method: str, path: str, **options: Any) -> Exchange:
    token = s.token()
    return s.send(method, "/v2" + path, headers={"Authorization": f"Bearer {token}"}, **options)


def expired(s: Session) -> Exchange:
    token = s.token()
    s.sandbox.state.expire_all_tokens()
    return s.send("GET", "/v2/users", headers={"Authorization": f"Bearer {token}"})


def faulted(fault: Fault) -> Callable[[Session], Exchange]:
    def go(s: Session) -> Exchange:
        s.sandbox.faults.add(fault)
        return api(s, "GET", "/users")

    return go


SCENARIOS: dict[str, tuple[Callable[[Session], Exchange], str]] = {
    "founding story": (
        lambda s: token_request(s, params=FORM_BODY),
        "The token parameters travelled in the query string",
    ),
    "json body": (
        lambda s: token_request(s, headers={"Authorization": GOOD_BASIC}, json=FORM_BODY),
        "JSON body; Zoom expects a form body",
    ),
    "no content type": (
        lambda s: token_request(
            s,
            headers={"Authorization": GOOD_BASIC},
            content=b"grant_type=account_credentials&account_id=sandbox-account",
        ),
        "has a body but no Content-Type",
    ),
    "no basic auth": (
        lambda s: token_request(s, headers=FORM, data=FORM_BODY),
        "There is no Authorization header",
    ),
    "malformed basic auth": (
        lambda s: token_request(
            s, headers={"Authorization": "Basic id:secret", **FORM}, data=FORM_BODY
        ),
        "The Basic Authorization header is malformed",
    ),
    "invalid client": (
        lambda s: token_request(
            s, headers={"Authorization": basic_auth(CLIENT, "x"), **FORM}, data=FORM_BODY
        ),
        "Zoom did not accept the client ID or client secret",
    ),
    "wrong app type": (
        lambda s: (
            s.sandbox.faults.add(
                Fault(
                    kind="status",
                    path="^/oauth/token$",
                    status=400,
                    body={"reason": "unsupported grant type", "error": "unsupported_grant_type"},
                )
            ),
            token_request(s, data=FORM_BODY),
        )[1],
        "These credentials cannot use the account_credentials grant",
    ),
    "wrong account": (
        lambda s: token_request(s, data={**FORM_BODY, "account_id": "another-account"}),
        "Zoom did not accept the account ID",
    ),
    "expired token": (expired, "The access token has expired"),
    "token in the query string": (
        lambda s: s.send("GET", "/v2/users", params={"access_token": s.token()}),
        "Zoom refuses access tokens sent in the query string",
    ),
    "per-second limit": (faulted(Fault(kind="rate_limit_qps", path="/users")), "per-second"),
    "daily limit": (
        faulted(Fault(kind="rate_limit_daily", path="/users")),
        "daily limit for this kind of call",
    ),
    "unknown user": (
        lambda s: api(s, "GET", "/users/ghost@example.com/meetings"),
        "Zoom knows no user 'ghost@example.com'",
    ),
    "meeting not found": (
        lambda s: api(s, "GET", "/meetings/98765432101"),
        "Meeting 98765432101 was not found",
    ),
    "validation": (
        lambda s: api(s, "POST", "/users/me/meetings", json={"topic": "t" * 201, "type": 2}),
        "Zoom rejected a value: topic",
    ),
    "proxy page": (
        faulted(Fault(kind="status", status=502, html=True, path="/users")),
        "a web page",
    ),
    "cut-off answer": (faulted(Fault(kind="truncated_json", path="/users")), "cut off"),
    "token endpoint down": (
        lambda s: (
            s.sandbox.faults.add(Fault(kind="token_endpoint_down")),
            token_request(s, data=FORM_BODY),
        )[1],
        "sign-in service is unavailable",
    ),
    "unknown failure": (
        faulted(Fault(kind="status", status=418, path="/users", body={"code": 1, "message": "?"})),
        "does not recognise why",
    ),
}


@pytest.fixture
def session(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Session]:
    s = Session(qtbot, sandbox)
    yield s
    s.close()


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_the_panel_explains_each_known_failure(qtbot: Any, session: Session, scenario: str):
    panel = DebugPanel(session.log, lambda: session.provider)
    qtbot.addWidget(panel)
    make, expected = SCENARIOS[scenario]
    exchange = make(session)
    assert panel.show_diagnosis_of(exchange.id)
    row = panel.table.currentIndex().row()
    status = panel.proxy.index(row, STATUS)
    assert status.data(SEVERITY_ROLE) in (Severity.ERROR, Severity.WARNING)
    assert status.data().startswith(("✗ ", "! "))
    text = panel.detail.diagnosis_view.plain_text
    assert expected in text
    assert (
        "For Zoom support" in panel.detail.diagnosis_view.browser.toHtml()
        or exchange.status is None
    )


def test_the_panel_names_the_missing_scope_for_the_operation(qtbot: Any, qloop: Any):
    box = Sandbox(scopes=["user:read:list_users:admin"]).start()
    session = Session(qtbot, box)
    try:
        panel = DebugPanel(session.log, lambda: session.provider)
        qtbot.addWidget(panel)
        exchange = api(session, "DELETE", "/meetings/1")
        panel.show_diagnosis_of(exchange.id)
        text = panel.detail.diagnosis_view.plain_text
        assert "lacks the scope this call needs" in text
        assert "To delete meeting, add the granular scope meeting:delete:meeting:admin" in text
    finally:
        session.close()
        box.stop()
