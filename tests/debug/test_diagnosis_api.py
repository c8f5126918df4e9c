"""The diagnosis of failed API calls and transport failures, each produced for real (sandbox
fault injection, an untrusted HTTPS server, a proxy that is not there)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.debug.conftest import Wire, codes
from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.i18n import dates
from zoomdesk.core.ratelimit import next_utc_midnight
from zoomdesk.sandbox import Fault, Sandbox


def test_an_expired_token_is_explained(sandbox: Any, wire: Wire):
    token = wire.access_token()
    sandbox.state.expire_all_tokens()
    exchange = wire.api("GET", "/users", token)
    finding = diagnose(exchange).findings[0]
    assert (exchange.status, finding.code) == (401, "token-expired")
    assert "one hour" in finding.explanation


def test_an_unknown_token_is_explained(wire: Wire):
    exchange = wire.api("GET", "/users", "not-a-real-token")
    assert diagnose(exchange).findings[0].code == "token-invalid"


def test_a_token_sent_as_a_query_parameter_is_explained_once(wire: Wire):
    token = wire.access_token()
    exchange = wire.api("GET", "/users", params={"access_token": token})
    assert token not in exchange.url
    diagnosis = diagnose(exchange)
    assert codes(diagnosis.findings).count("api-token-in-query") == 1
    assert "Authorization: Bearer" in diagnosis.findings[0].fix


def test_missing_granular_scopes_are_named_for_the_operation():
    box = Sandbox(scopes=["user:read:list_users:admin"]).start()
    try:
        wire = Wire(box.url)
        exchange = wire.api("POST", "/users/me/meetings", wire.access_token(), json={"topic": "x"})
    finally:
        box.stop()
    finding = diagnose(exchange, granted_scopes=["user:read:list_users:admin"]).findings[0]
    assert finding.code == "missing-scopes"
    assert "create meeting" in finding.explanation
    assert "meeting:write:meeting:admin" in finding.explanation
    assert "classic" not in finding.explanation


def test_missing_classic_scopes_are_named_in_the_classic_scheme():
    box = Sandbox(scopes=["user:read:admin"]).start()
    try:
        wire = Wire(box.url)
        exchange = wire.api("DELETE", "/meetings/1", wire.access_token())
    finally:
        box.stop()
    finding = diagnose(exchange, granted_scopes=["user:read:admin"]).findings[0]
    assert finding.code == "missing-scopes"
    assert "meeting:write:admin" in finding.explanation


def test_a_per_second_limit_is_short_lived_and_says_when(sandbox: Any, wire: Wire):
    sandbox.faults.add(Fault(kind="rate_limit_qps", path="/users", retry_after_seconds=2))
    exchange = wire.api("GET", "/users", wire.access_token())
    finding = diagnose(exchange).findings[0]
    assert finding.code == "rate-limit-qps" and finding.severity is Severity.WARNING
    assert "retry-after: 2" in [item.lower() for item in finding.evidence]
    assert "(2 s)" in finding.explanation


def test_a_daily_limit_gives_the_reset_time(sandbox: Any, wire: Wire):
    sandbox.faults.add(Fault(kind="rate_limit_daily", path="/users"))
    exchange = wire.api("GET", "/users", wire.access_token())
    finding = diagnose(exchange).findings[0]
    assert finding.code == "rate-limit-daily"
    reset = next_utc_midnight(datetime.now(UTC))
    assert f"{dates().datetime(reset)} UTC" in finding.explanation  # the locale's way


def test_an_unknown_user_is_named(wire: Wire):
    exchange = wire.api("GET", "/users/nobody@example.com/meetings", wire.access_token())
    finding = diagnose(exchange).findings[0]
    assert finding.code == "unknown-user" and "nobody@example.com" in finding.title


def test_a_missing_meeting_is_named(wire: Wire):
    exchange = wire.api("GET", "/meetings/123456789", wire.access_token())
    finding = diagnose(exchange).findings[0]
    assert finding.code == "meeting-not-found" and "123456789" in finding.title


def test_a_validation_error_names_the_field(wire: Wire):
    exchange = wire.api(
        "POST", "/users/me/meetings", wire.access_token(), json={"topic": "x" * 300, "type": 2}
    )
    finding = diagnose(exchange).findings[0]
    assert finding.code == "validation"
    assert "topic" in finding.title and "200 characters" in finding.explanation


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault(kind="html", path="/users"), "html-response"),
        (Fault(kind="status", status=502, html=True, path="/users"), "html-response"),
        (Fault(kind="truncated_json", path="/users"), "truncated-json"),
        (Fault(kind="malformed_json", path="/users"), "truncated-json"),
        (Fault(kind="status", status=500, path="/users"), "server-error"),
    ],
)
def test_broken_answers_are_recognised(sandbox: Any, wire: Wire, fault: Fault, code: str):
    sandbox.faults.add(fault)
    exchange = wire.api("GET", "/users", wire.access_token())
    assert code in codes(diagnose(exchange).findings)


def test_an_unrecognised_failure_still_says_what_to_send_to_support(sandbox: Any, wire: Wire):
    sandbox.faults.add(
        Fault(kind="status", status=418, path="/users", body={"code": 9999, "message": "Odd"})
    )
    exchange = wire.api("GET", "/users", wire.access_token())
    diagnosis = diagnose(exchange)
    assert codes(diagnosis.findings) == ["unknown-failure"]
    assert exchange.tracking_id and exchange.tracking_id in diagnosis.support
    assert "Odd" in diagnosis.findings[0].evidence[0]


def test_a_dropped_connection_is_explained(sandbox: Any, wire: Wire):
    sandbox.faults.add(Fault(kind="drop", path="/users"))
    exchange = wire.api("GET", "/users", wire.access_token())
    diagnosis = diagnose(exchange, proxies={})
    assert exchange.status is None
    assert diagnosis.findings[0].code.startswith("network-connection")
    assert "never reached Zoom" in diagnosis.support or "tracking" not in diagnosis.support


def test_an_untrusted_certificate_is_explained_as_a_tls_problem(untrusted_https: str):
    exchange = Wire(untrusted_https).token(
        data={"grant_type": "account_credentials", "account_id": "sandbox-account"}
    )
    assert exchange.error_kind == "tls"
    finding = diagnose(exchange, proxies={}).findings[0]
    assert finding.code == "network-tls"
    assert "certificate" in finding.explanation and "Do not turn" in finding.fix


def test_an_unreachable_proxy_is_named_as_the_culprit(wire: Wire, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HTTP_PROXY", "http://user:pw@127.0.0.1:9")
    exchange = wire.send("GET", "/v2/users")
    assert exchange.status is None
    finding = diagnose(exchange).findings[0]
    assert finding.code == "network-proxy"
    assert "127.0.0.1:9" in finding.explanation and "pw" not in finding.explanation


def test_a_clock_far_from_the_servers_is_reported():
    box = Sandbox(clock=lambda: time.time() + 3 * 3600).start()
    try:
        exchange = Wire(box.url).send("GET", "/v2/users")
    finally:
        box.stop()
    finding = next(f for f in diagnose(exchange).findings if f.code == "clock-skew")
    assert "3.0 hours behind" in finding.title


def test_a_clock_within_five_minutes_is_not_reported(wire: Wire):
    exchange = wire.api("GET", "/users", wire.access_token())
    assert "clock-skew" not in codes(diagnose(exchange).findings)
    assert exchange.started_at - timedelta(minutes=5) < datetime.now(UTC)
