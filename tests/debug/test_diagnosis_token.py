"""The diagnosis of failed token requests, each produced for real against the sandbox and read
back from the exchange log, as the debug panel reads it."""

from __future__ import annotations

import base64
from typing import Any

from tests.debug.conftest import ACCOUNT, FORM, GOOD_BASIC, Wire, codes
from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.tokens import basic_auth
from zoomdesk.sandbox import Fault

QUERY = f"?grant_type=account_credentials&account_id={ACCOUNT}"


def test_the_founding_story_is_diagnosed_from_where_the_parameters_travelled(wire: Wire):
    exchange = wire.send(
        "POST", "/oauth/token" + QUERY, "token", headers={"Authorization": GOOD_BASIC, **FORM}
    )
    assert exchange.status == 400
    assert exchange.param_locations == ("query string",)
    diagnosis = diagnose(exchange)
    first = diagnosis.findings[0]
    assert first.code == "token-params-in-query"
    assert "query string" in first.title
    assert "form body" in first.fix.lower() or "form body" in first.fix
    assert "Body: empty" in first.evidence
    assert "query string" in diagnosis.headline and "400" in diagnosis.headline
    assert codes(diagnosis.findings) == ["token-params-in-query"]
    assert any("invalid_request" in item for item in first.evidence)
    assert not diagnosis.ok


def test_the_same_parameters_in_a_form_body_work_and_are_not_flagged(wire: Wire):
    exchange = wire.token(data={"grant_type": "account_credentials", "account_id": ACCOUNT})
    diagnosis = diagnose(exchange)
    assert exchange.status == 200
    assert diagnosis.ok and diagnosis.support == ""
    assert "worked" in diagnosis.headline


def test_a_json_body_is_explained_as_not_read_by_zoom(wire: Wire):
    exchange = wire.token(
        headers={"Authorization": GOOD_BASIC},
        json={"grant_type": "account_credentials", "account_id": ACCOUNT},
    )
    [finding] = diagnose(exchange).findings
    assert finding.code == "token-json-body"
    assert any("unsupported_grant_type" in item for item in finding.evidence)


def test_a_body_without_content_type_is_named(wire: Wire):
    exchange = wire.token(
        headers={"Authorization": GOOD_BASIC},
        content=f"grant_type=account_credentials&account_id={ACCOUNT}".encode(),
    )
    assert exchange.status == 400
    assert codes(diagnose(exchange).findings)[0] == "token-no-content-type"


def test_missing_basic_auth_is_explained(wire: Wire):
    exchange = wire.token(
        headers=FORM, data={"grant_type": "account_credentials", "account_id": ACCOUNT}
    )
    found = codes(diagnose(exchange).findings)
    assert "invalid-client" in found and "auth-missing" in found


def test_malformed_basic_auth_is_explained_even_though_the_log_keeps_no_secret(wire: Wire):
    exchange = wire.token(
        headers={"Authorization": "Basic sandbox-client-id:sandbox-client-secret", **FORM},
        data={"grant_type": "account_credentials", "account_id": ACCOUNT},
    )
    assert "sandbox-client-secret" not in str(exchange)
    found = codes(diagnose(exchange).findings)
    assert "auth-basic-malformed" in found and "invalid-client" in found


def test_a_wrong_secret_reads_as_invalid_client_with_the_activation_hint(wire: Wire):
    exchange = wire.token(
        headers={"Authorization": basic_auth("sandbox-client-id", "wrong"), **FORM},
        data={"grant_type": "account_credentials", "account_id": ACCOUNT},
    )
    finding = diagnose(exchange).findings[0]
    assert finding.code == "invalid-client"
    assert "activated" in finding.explanation and "400" in finding.explanation


def test_a_wrong_grant_type_names_the_grant(wire: Wire):
    exchange = wire.token(data={"grant_type": "client_credentials", "account_id": ACCOUNT})
    [finding] = diagnose(exchange).findings
    assert finding.code == "token-grant-wrong" and "client_credentials" in finding.title
    assert any("unsupported_grant_type" in item for item in finding.evidence)


def test_unsupported_grant_type_for_a_well_shaped_request_blames_the_app_type(
    sandbox: Any, wire: Wire
):
    sandbox.faults.add(
        Fault(
            kind="status",
            path="^/oauth/token$",
            status=400,
            body={"reason": "unsupported grant type", "error": "unsupported_grant_type"},
        )
    )
    exchange = wire.token(data={"grant_type": "account_credentials", "account_id": ACCOUNT})
    finding = diagnose(exchange).findings[0]
    assert finding.code == "unsupported-grant-type"
    assert "Server-to-Server" in finding.explanation and "Meeting SDK" in finding.explanation


def test_a_wrong_account_id_is_named(wire: Wire):
    exchange = wire.token(data={"grant_type": "account_credentials", "account_id": "someone"})
    finding = diagnose(exchange).findings[0]
    assert finding.code == "wrong-account-id"
    assert "Account ID" in finding.fix


def test_an_account_id_copied_from_the_client_id_is_caught(wire: Wire):
    exchange = wire.token(
        data={"grant_type": "account_credentials", "account_id": "sandbox-client-id"}
    )
    assert "token-account-is-client-id" in codes(diagnose(exchange).findings)


def test_token_endpoint_down_says_it_is_zoom_side(sandbox: Any, wire: Wire):
    sandbox.faults.add(Fault(kind="token_endpoint_down"))
    exchange = wire.token(data={"grant_type": "account_credentials", "account_id": ACCOUNT})
    assert codes(diagnose(exchange).findings)[0] == "token-endpoint-down"


def test_a_newline_in_the_encoded_credentials_is_pointed_out():
    from zoomdesk.core.doctor.request import parse_authorization

    value = "Basic " + base64.b64encode(b"id:secret\n").decode()
    info = parse_authorization(value)
    assert not info.well_formed and "newline" in (info.problem or "")


def test_a_successful_token_without_some_scopes_warns_which(sandbox: Any):
    from zoomdesk.sandbox import Sandbox

    box = Sandbox(scopes=["user:read:list_users:admin", "meeting:read:list_meetings:admin"])
    box.start()
    try:
        exchange = Wire(box.url).token(
            data={"grant_type": "account_credentials", "account_id": ACCOUNT}
        )
    finally:
        box.stop()
    diagnosis = diagnose(exchange)
    warning = next(f for f in diagnosis.findings if f.code == "token-missing-scopes")
    assert warning.severity is Severity.WARNING
    assert "meeting:write:meeting:admin" in warning.explanation
    assert diagnosis.ok
