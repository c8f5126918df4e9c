"""The request doctor on pasted requests: cURL, raw HTTP, HAR and code, including the founding
story's query-string request and the axios `params:` "fix" from the same forum thread."""

from __future__ import annotations

import base64
import io
import json

import pytest

from tests.debug.conftest import codes
from zoomdesk.core.doctor.check import ParseError, check_text
from zoomdesk.core.doctor.cli import run_doctor_cli
from zoomdesk.core.doctor.render import render_http

SECRET = "myS3cretValue-42"
BASIC = base64.b64encode(f"myClientId:{SECRET}".encode()).decode()
FOUNDING_CURL = (
    'curl -X POST "https://zoom.us/oauth/token?grant_type=account_credentials'
    '&account_id=AbC123xyz" \\\n'
    f'  -H "Authorization: Basic {BASIC}" \\\n'
    '  -H "Content-Type: application/x-www-form-urlencoded"'
)
AXIOS_PARAMS = """
const response = await axios.post('https://zoom.us/oauth/token', null, {
  params: { grant_type: 'account_credentials', account_id: process.env.ZOOM_ACCOUNT_ID },
  headers: {
    Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
  },
});
"""
GOOD_CURL = (
    "curl -X POST https://zoom.us/oauth/token -u 'myClientId:$ZOOM_CLIENT_SECRET' "
    "-d grant_type=account_credentials -d account_id=AbC123xyz"
)


def only(text: str):  # type: ignore[no-untyped-def]
    [checked] = check_text(text)
    return checked


def test_the_founding_story_curl_is_caught_before_anything_is_sent():
    checked = only(FOUNDING_CURL)
    assert not checked.ok
    assert codes(checked.findings) == ["token-params-in-query"]
    fixed = checked.corrected
    assert fixed.query == [] and fixed.form == [
        ("grant_type", "account_credentials"),
        ("account_id", "AbC123xyz"),
    ]
    assert fixed.content_type == "application/x-www-form-urlencoded"
    assert fixed.auth.client_id == "myClientId"


def test_the_axios_params_reply_is_the_same_mistake_and_says_so():
    checked = only(AXIOS_PARAMS)
    finding = checked.findings[0]
    assert finding.code == "token-params-in-query"
    assert "axios `params:`" in finding.title
    assert "URLSearchParams" in finding.fix and "query string" in finding.explanation


@pytest.mark.parametrize(
    "snippet",
    [
        "axios({ method: 'post', url: 'https://zoom.us/oauth/token', params: "
        "{ grant_type: 'account_credentials', account_id: acct }, auth: { username: id, "
        "password: secret } })",
        "requests.post('https://zoom.us/oauth/token', params={'grant_type': "
        "'account_credentials', 'account_id': ACCOUNT}, auth=(CLIENT_ID, CLIENT_SECRET))",
    ],
)
def test_other_query_string_snippets_are_read_from_code(snippet: str):
    assert codes(only(snippet).findings) == ["token-params-in-query"]


@pytest.mark.parametrize(
    "snippet",
    [
        "axios.post('https://zoom.us/oauth/token', new URLSearchParams({ grant_type: "
        "'account_credentials', account_id: acct }), { auth: { username: id, password: s } })",
        "axios.post('https://zoom.us/oauth/token', qs.stringify({ grant_type: "
        "'account_credentials', account_id: acct }), { headers: { Authorization: 'Basic ' + "
        "Buffer.from(id + ':' + secret).toString('base64') } })",
        "httpx.post('https://zoom.us/oauth/token', data={'grant_type': 'account_credentials', "
        "'account_id': acct}, auth=(cid, secret))",
        GOOD_CURL,
    ],
)
def test_right_requests_pass(snippet: str):
    checked = only(snippet)
    assert checked.ok, checked.findings


def test_a_raw_http_request_with_a_json_body_is_caught():
    raw = (
        "POST /oauth/token HTTP/1.1\nHost: zoom.us\n"
        f"Authorization: Basic {BASIC}\nContent-Type: application/json\n\n"
        '{"grant_type":"account_credentials","account_id":"abc"}'
    )
    assert codes(only(raw).findings) == ["token-json-body"]


def test_an_axios_object_body_is_json_and_is_caught():
    code = (
        "axios.post('https://zoom.us/oauth/token', { grant_type: 'account_credentials', "
        "account_id: acct }, { auth: { username: id, password: secret } })"
    )
    assert "token-json-body" in codes(only(code).findings)


def test_python_data_as_a_string_has_no_content_type_and_is_caught():
    code = (
        "requests.post('https://zoom.us/oauth/token', data='grant_type=account_credentials"
        "&account_id=abc', auth=(cid, secret))"
    )
    assert "token-no-content-type" in codes(only(code).findings)


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        (f"Basic myClientId:{SECRET}", "in clear"),
        ("Basic " + base64.b64encode(f"myClientId:{SECRET}\n".encode()).decode(), "newline"),
        ("Basic " + base64.b64encode(b"myClientId").decode(), "no ':'"),
        ("Basic !!!not-base64!!!", "not valid Base64"),
    ],
)
def test_malformed_basic_headers_are_explained(header: str, problem: str):
    text = (
        f"curl -X POST https://zoom.us/oauth/token -H 'Authorization: {header}' "
        "-d grant_type=account_credentials -d account_id=abc"
    )
    finding = only(text).findings[0]
    assert finding.code == "auth-basic-malformed" and problem in finding.explanation


def test_missing_auth_grant_and_account_are_all_listed():
    found = codes(only("curl -X POST https://zoom.us/oauth/token -d foo=bar").findings)
    assert {"auth-missing", "token-grant-missing", "token-account-missing"} <= set(found)


def test_the_wrong_grant_is_named():
    text = GOOD_CURL.replace("account_credentials", "client_credentials")
    assert "token-grant-wrong" in codes(only(text).findings)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://marketplace.zoom.us/oauth/token", "wrong-host"),
        ("http://zoom.us/oauth/token", "insecure-http"),
        ("https://zoom.us/oauth2/token", "token-path"),
    ],
)
def test_wrong_hosts_schemes_and_paths_are_caught(url: str, code: str):
    assert code in codes(only(GOOD_CURL.replace("https://zoom.us/oauth/token", url)).findings)


def test_api_host_for_the_token_is_only_a_note():
    checked = only(GOOD_CURL.replace("zoom.us", "api.zoom.us"))
    assert checked.ok and codes(checked.findings) == ["token-host-api"]


def test_an_api_token_in_the_query_string_moves_to_the_header_when_corrected():
    checked = only("curl 'https://api.zoom.us/v2/users/me/meetings?access_token=eyJa.eyJb.sig'")
    assert codes(checked.findings) == ["api-token-in-query"]
    assert checked.corrected.query == []
    assert checked.corrected.auth.scheme == "bearer"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (f"curl https://api.zoom.us/v2/users -H 'Authorization: Basic {BASIC}'", "api-basic-auth"),
        ("curl https://api.zoom.us/users -H 'Authorization: Bearer abcdefgh'", "api-missing-v2"),
        ("curl https://zoom.us/v2/users -H 'Authorization: Bearer abcdefgh'", "wrong-host"),
        (
            "curl -X POST https://api.zoom.us/v2/users/me/meetings -H 'Authorization: Bearer x1'"
            " -d topic=Hello",
            "api-body-not-json",
        ),
    ],
)
def test_api_call_mistakes_are_caught(text: str, code: str):
    assert code in codes(only(text).findings)


def test_unreadable_input_explains_what_can_be_pasted():
    with pytest.raises(ParseError, match="cURL"):
        check_text("hello world")


def test_rendered_requests_mask_the_secret_unless_revealed():
    checked = only(FOUNDING_CURL)
    shown = render_http(checked.request)
    assert SECRET not in shown and BASIC not in shown and "myClientId" in shown
    assert BASIC in render_http(checked.request, reveal=True)


def test_a_har_with_responses_is_diagnosed_with_the_answer():
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "browser", "version": "1"},
            "entries": [
                {
                    "startedDateTime": "2026-01-01T10:00:00.000Z",
                    "time": 50,
                    "request": {
                        "method": "POST",
                        "url": "https://zoom.us/oauth/token?grant_type=account_credentials"
                        "&account_id=abc",
                        "headers": [{"name": "Authorization", "value": f"Basic {BASIC}"}],
                        "postData": {"mimeType": "application/x-www-form-urlencoded", "text": ""},
                    },
                    "response": {
                        "status": 400,
                        "statusText": "Bad Request",
                        "headers": [{"name": "x-zm-trackingid", "value": "WEB_abc"}],
                        "content": {
                            "mimeType": "application/json",
                            "text": '{"reason":"Bad Request","error":"invalid_request"}',
                        },
                    },
                },
                {"request": {"method": "GET", "url": "https://example.com/logo.png"}},
            ],
        }
    }
    [checked] = check_text(json.dumps(har))
    assert checked.diagnosis is not None and not checked.ok
    assert codes(checked.findings)[0] == "token-params-in-query"
    assert "WEB_abc" in checked.diagnosis.support


def test_the_cli_exits_1_and_prints_the_findings_and_the_fix():
    out = io.StringIO()
    assert run_doctor_cli(FOUNDING_CURL, out=out) == 1
    text = out.getvalue()
    assert "query string" in text and "-d grant_type=account_credentials" in text
    assert SECRET not in text and BASIC not in text


def test_the_cli_exits_0_for_a_right_request_and_2_for_unreadable_input():
    assert run_doctor_cli(GOOD_CURL, out=io.StringIO()) == 0
    out = io.StringIO()
    assert run_doctor_cli("not a request", out=out) == 2
    assert "Paste a cURL command" in out.getvalue()


def test_the_cli_replays_both_against_the_sandbox(sandbox):  # type: ignore[no-untyped-def]
    out = io.StringIO()
    assert run_doctor_cli(FOUNDING_CURL, replay=True, sandbox_url=sandbox.url, out=out) == 1
    text = out.getvalue()
    assert "yours: POST /oauth/token failed: HTTP 400" in text
    assert "corrected: POST /oauth/token worked: HTTP 200" in text
    sent = [r for r in sandbox.requests if r.path == "/oauth/token"]
    assert len(sent) == 2 and all(SECRET not in str(r) for r in sent)


def test_the_cli_replays_an_api_call_with_a_fresh_sandbox_token(sandbox):  # type: ignore[no-untyped-def]
    out = io.StringIO()
    text = "curl 'https://api.zoom.us/v2/users?access_token=eyJa.eyJb.sig'"
    assert run_doctor_cli(text, replay=True, sandbox_url=sandbox.url, out=out) == 1
    report = out.getvalue()
    assert "yours: GET /v2/users failed: HTTP 401" in report
    assert "corrected: GET /v2/users worked: HTTP 200" in report
