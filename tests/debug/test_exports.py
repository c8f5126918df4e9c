"""Copy as cURL and HAR export: they hold no secret or token, and they work (the cURL runs
against the sandbox with the real curl; the HAR has HAR 1.2's required structure)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.debug.conftest import ACCOUNT, FORM, GOOD_BASIC, SECRET, Wire
from zoomdesk.core.curl import exchange_to_curl, exchanges_to_curl
from zoomdesk.core.doctor.check import check_text
from zoomdesk.core.doctor.codegen import LANGUAGES, generate
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.har import to_har, write_har

needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


def run_curl(command: str, **env: str) -> dict[str, Any]:
    result = subprocess.run(
        ["sh", "-c", command.replace(" \\\n", " ") + " -s -w '\\n%{http_code}'"],
        capture_output=True,
        text=True,
        timeout=30,
        env={"PATH": os.environ["PATH"], **env},
    )
    body, _, status = result.stdout.rpartition("\n")
    return {"status": int(status), "body": body}


def a_session(wire: Wire) -> tuple[list[Exchange], str]:
    """A token request, a few API calls and some mistakes, as the panel would show them."""
    token = wire.access_token()
    wire.api("GET", "/users", token)
    wire.api("POST", "/users/me/meetings", token, json={"topic": "Budget review", "type": 2})
    wire.api("GET", "/users", params={"access_token": token})
    wire.send(
        "POST",
        f"/oauth/token?grant_type=account_credentials&account_id={ACCOUNT}",
        "token",
        headers={"Authorization": GOOD_BASIC, **FORM},
    )
    return list(wire.log), token


@needs_curl
def test_a_token_request_copied_as_curl_runs_against_the_sandbox(wire: Wire):
    exchange = wire.token(data={"grant_type": "account_credentials", "account_id": ACCOUNT})
    command = exchange_to_curl(exchange)
    assert SECRET not in command and GOOD_BASIC.split()[1] not in command
    assert '-u "sandbox-client-id:$ZOOM_CLIENT_SECRET"' in command
    assert "-d grant_type=account_credentials" in command
    result = run_curl(command, ZOOM_CLIENT_SECRET=SECRET)
    assert result["status"] == 200 and "access_token" in result["body"]


@needs_curl
def test_api_calls_copied_as_curl_run_with_the_token_from_the_environment(wire: Wire):
    token = wire.access_token()
    listing = wire.api("GET", "/users", token, params={"page_size": 300})
    created = wire.api("POST", "/users/me/meetings", token, json={"topic": "Standup", "type": 2})
    commands = [exchange_to_curl(listing), exchange_to_curl(created)]
    for command in commands:
        assert token not in command and '"Authorization: Bearer $ZOOM_TOKEN"' in command
    assert run_curl(commands[0], ZOOM_TOKEN=token)["status"] == 200
    again = run_curl(commands[1], ZOOM_TOKEN=token)
    assert again["status"] == 201 and json.loads(again["body"])["topic"] == "Standup"


@needs_curl
def test_the_founding_story_copied_as_curl_reproduces_the_failure(wire: Wire):
    exchange = wire.send(
        "POST",
        f"/oauth/token?grant_type=account_credentials&account_id={ACCOUNT}",
        "token",
        headers={"Authorization": GOOD_BASIC, **FORM},
    )
    command = exchange_to_curl(exchange)
    assert "content-type: application/x-www-form-urlencoded" in command.lower()
    assert run_curl(command, ZOOM_CLIENT_SECRET=SECRET)["status"] == 400


def test_all_exchanges_copied_as_curl_hold_no_secret_or_token(wire: Wire):
    exchanges, token = a_session(wire)
    text = exchanges_to_curl(exchanges)
    assert text.count("curl ") == len(exchanges)
    for secret in (SECRET, token, GOOD_BASIC.split()[1]):
        assert secret not in text
    assert "access_token=$ZOOM_TOKEN" in text


# --- HAR ----------------------------------------------------------------------------------

ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def check_pairs(items: Any, where: str) -> None:
    assert isinstance(items, list), where
    for item in items:
        assert isinstance(item.get("name"), str) and isinstance(item.get("value"), str), where


def check_har(har: Any) -> None:
    """The fields HAR 1.2 requires (http://www.softwareishard.com/blog/har-12-spec/)."""
    log = har["log"]
    assert log["version"] == "1.2"
    assert isinstance(log["creator"]["name"], str) and isinstance(log["creator"]["version"], str)
    assert isinstance(log["entries"], list)
    for entry in log["entries"]:
        assert ISO.match(entry["startedDateTime"])
        datetime.fromisoformat(entry["startedDateTime"].replace("Z", "+00:00"))
        assert isinstance(entry["time"], int | float) and entry["time"] >= 0
        request, response = entry["request"], entry["response"]
        for key in ("method", "url", "httpVersion"):
            assert isinstance(request[key], str)
        check_pairs(request["headers"], "request.headers")
        check_pairs(request["queryString"], "request.queryString")
        assert request["cookies"] == [] and isinstance(request["headersSize"], int)
        assert isinstance(request["bodySize"], int)
        if "postData" in request:
            post = request["postData"]
            assert isinstance(post["mimeType"], str)
            assert "text" in post or "params" in post
            if "params" in post:
                check_pairs(post["params"], "postData.params")
        assert isinstance(response["status"], int)
        for key in ("statusText", "httpVersion", "redirectURL"):
            assert isinstance(response[key], str)
        check_pairs(response["headers"], "response.headers")
        assert response["cookies"] == []
        content = response["content"]
        assert isinstance(content["size"], int) and isinstance(content["mimeType"], str)
        assert isinstance(response["headersSize"], int) and isinstance(response["bodySize"], int)
        assert isinstance(entry["cache"], dict)
        timings = entry["timings"]
        for key in ("send", "wait", "receive"):
            assert isinstance(timings[key], int | float) and timings[key] >= 0
        total = sum(v for v in timings.values() if v != -1)
        assert abs(total - entry["time"]) < 0.01


def test_an_exported_har_has_har_1_2_structure_and_no_secret(wire: Wire, tmp_path: Path):
    exchanges, token = a_session(wire)
    path = tmp_path / "session.har"
    write_har(exchanges, path)
    text = path.read_text(encoding="utf-8")
    har = json.loads(text)
    check_har(har)
    assert len(har["log"]["entries"]) == len(exchanges)
    for secret in (SECRET, token, GOOD_BASIC.split()[1]):
        assert secret not in text


def test_a_failed_connection_exports_as_a_valid_har_entry(sandbox: Any, wire: Wire):
    from zoomdesk.sandbox import Fault

    sandbox.faults.add(Fault(kind="drop", path="/users"))
    exchange = wire.api("GET", "/users", "t0k3n-value")
    har = to_har([exchange])
    check_har(har)
    assert har["log"]["entries"][0]["response"]["status"] == 0


def test_an_exported_har_loads_back_into_the_doctor_with_its_diagnosis(wire: Wire):
    exchanges, _ = a_session(wire)
    checked = check_text(json.dumps(to_har(exchanges)))
    assert len(checked) == len(exchanges)
    founding = checked[-1]
    assert founding.diagnosis is not None
    assert founding.findings[0].code == "token-params-in-query"


# --- code for the user's stack --------------------------------------------------------------


def test_generated_code_never_holds_the_pasted_secret():
    from tests.debug.test_doctor import FOUNDING_CURL
    from tests.debug.test_doctor import SECRET as PASTED

    [checked] = check_text(FOUNDING_CURL)
    for language in LANGUAGES:
        code = generate(checked.corrected, language)
        assert PASTED not in code
        assert "ZOOM_CLIENT_SECRET" in code


def test_generated_axios_code_uses_a_form_body_not_params():
    from tests.debug.test_doctor import AXIOS_PARAMS

    [checked] = check_text(AXIOS_PARAMS)
    code = generate(checked.corrected, "node-axios")
    assert "new URLSearchParams(" in code and "params:" not in code.split("//")[0]
    assert "process.env.ZOOM_CLIENT_SECRET" in code
    if shutil.which("node"):
        check = subprocess.run(
            ["node", "--check", "-"], input=f"(async () => {{\n{code}\n}});", text=True,
            capture_output=True, timeout=30,
        )  # fmt: skip
        assert check.returncode == 0, check.stderr


def test_generated_csharp_uses_form_url_encoded_content():
    from tests.debug.test_doctor import FOUNDING_CURL

    [checked] = check_text(FOUNDING_CURL)
    code = generate(checked.corrected, "csharp")
    assert "FormUrlEncodedContent" in code and "AuthenticationHeaderValue" in code


def test_generated_python_httpx_code_gets_a_token_from_the_sandbox(sandbox: Any):
    pasted = (
        f'curl -X POST "{sandbox.url}/oauth/token?grant_type=account_credentials'
        f'&account_id={ACCOUNT}" -u sandbox-client-id:whatever'
    )
    [checked] = check_text(pasted)
    code = generate(checked.corrected, "python-httpx") + "print(token[:3])\n"
    compile(generate(checked.corrected, "python-requests"), "requests.py", "exec")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "ZOOM_CLIENT_SECRET": SECRET},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "eyJ"
