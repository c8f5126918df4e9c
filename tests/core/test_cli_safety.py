"""The command line when Zoom (or something in its place) answers oddly, when the user types odd
input, or presses Ctrl+C: never a false "done", never a traceback, and the right exit status."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_change_answers import request_arrives
from tests.core.test_cli import assert_clean_failure, zoomdesk
from zoomdesk.core.history import Change, History
from zoomdesk.sandbox.faults import Fault


def history_of(home: Path) -> list[Change]:
    history = History(home / "data" / "history.sqlite3")
    try:
        return history.recent()
    finally:
        history.close()


def a_meeting(sandbox: Any) -> str:
    return str(next(iter(sandbox.state.meetings)))


def owner(sandbox: Any) -> str:
    return str(sandbox.state.users[0]["email"])


def api_requests(sandbox: Any, method: str) -> list[Any]:
    return [r for r in sandbox.requests if r.method == method and r.path.startswith("/v2/")]


@pytest.mark.parametrize("action", ["delete", "update"])
def test_an_empty_occurrence_id_is_a_usage_error_and_nothing_is_sent(zoom_env, sandbox, action):
    extra = ["--agenda", "x"] if action == "update" else []
    result = zoomdesk("meetings", action, a_meeting(sandbox), "--occurrence-id", "", *extra,
                      env=zoom_env)  # fmt: skip
    assert_clean_failure(result, status=2)
    assert "occurrence-id" in result.stderr
    assert not api_requests(sandbox, "DELETE") and not api_requests(sandbox, "PATCH")


def test_a_delete_answered_by_a_portal_page_is_not_reported_as_done(
    zoom_env, sandbox, zoomdesk_home
):
    meeting_id = a_meeting(sandbox)
    sandbox.faults.add(Fault(kind="html", method="DELETE"))
    result = zoomdesk("meetings", "delete", meeting_id, env=zoom_env)
    err = assert_clean_failure(result)
    assert "not Zoom's answer" in err and "Deleted" not in result.stdout
    assert [(c.action, c.result) for c in history_of(zoomdesk_home)] == [("deleted", "unknown")]


def test_a_create_with_a_cut_off_answer_says_it_may_exist(zoom_env, sandbox, zoomdesk_home):
    sandbox.faults.add(Fault(kind="truncated_json", method="POST", path="/meetings$"))
    result = zoomdesk(
        "meetings", "create", "--user", owner(sandbox), "--topic", "Cut", env=zoom_env
    )
    err = assert_clean_failure(result)
    assert "may or may not have been created" in err and "not retried" in err
    assert [(c.action, c.result) for c in history_of(zoomdesk_home)] == [("created", "unknown")]


def test_ctrl_c_after_a_create_was_sent_says_it_may_have_been_created(
    zoom_env, sandbox, zoomdesk_home, monkeypatch
):
    sandbox.faults.add(Fault(kind="delay", seconds=60, method="POST", path="/meetings$"))
    sent = request_arrives(sandbox, monkeypatch, "POST", "/meetings$")
    proc = subprocess.Popen(
        [sys.executable, "-m", "zoomdesk", "meetings", "create", "--user", owner(sandbox),
         "--topic", "Interrupted"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, **zoom_env},
    )  # fmt: skip
    try:
        assert sent.wait(30)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 130 and "Traceback" not in err
    assert "may have been created" in err
    [change] = history_of(zoomdesk_home)
    assert (change.action, change.result, change.topic) == ("created", "unknown", "Interrupted")


def test_all_users_lists_the_others_when_one_host_fails_and_exits_1(zoom_env, sandbox):
    bad = sandbox.state.users[0]
    sandbox.faults.add(
        Fault(kind="status", status=400, times=None, path=f"^/v2/users/{bad['id']}/meetings$",
              body={"code": 1010, "message": "User does not belong to this account"})
    )  # fmt: skip
    result = zoomdesk("meetings", "list", "--all-users", env=zoom_env)
    err = assert_clean_failure(result)
    assert bad["email"] in err and "1010" in err and "User does not belong" in err
    assert "ExceptionGroup" not in err
    others = [m for m in sandbox.state.meetings.values() if m["host_id"] != bad["id"]]
    assert others and all(str(m["id"]) in result.stdout for m in others)


def test_a_meeting_id_too_large_for_the_history_still_shows_zoom_s_answer(zoom_env, zoomdesk_home):
    result = zoomdesk("meetings", "delete", "9223372036854775808", env=zoom_env)
    err = assert_clean_failure(result)
    assert "404" in err and "3001" in err and "Overflow" not in err
    [change] = history_of(zoomdesk_home)
    assert change.meeting_id == 9223372036854775808 and change.result == "failed"


@pytest.mark.parametrize("value", ["nan", "0", "-1", "inf", "ten"])
def test_a_timeout_that_is_not_a_positive_number_is_a_usage_error(zoom_env, value):
    result = zoomdesk("users", "list", "--timeout", value, env=zoom_env)
    assert_clean_failure(result, status=2)
    assert "--timeout" in result.stderr


def test_a_har_file_that_cannot_be_written_fails_the_run(zoom_env, tmp_path: Path):
    result = zoomdesk("--har", str(tmp_path / "missing" / "run.har"), "users", "list", env=zoom_env)
    assert result.returncode == 1 and "cannot write HAR file" in result.stderr


def test_control_characters_in_topics_are_escaped_for_people_and_exact_in_json(zoom_env, sandbox):
    topic = "Evil\x1b]0;owned\x07\x1b[2J\nsecond line\u202etxt.exe"
    meeting_id = a_meeting(sandbox)
    sandbox.state.meetings[int(meeting_id)]["topic"] = topic
    host = sandbox.state.meetings[int(meeting_id)]["host_id"]
    listed = zoomdesk("meetings", "list", "--user", host, env=zoom_env)
    shown = zoomdesk("meetings", "get", meeting_id, env=zoom_env)
    for result in (listed, shown):
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "\u202e" not in result.stdout
        assert "Evil\\x1b]0;owned\\x07\\x1b[2J\\nsecond line\\u202etxt.exe" in result.stdout
    exact = json.loads(zoomdesk("meetings", "get", meeting_id, "--json", env=zoom_env).stdout)
    assert exact["topic"] == topic


@pytest.mark.parametrize("user", ["..", "."])
def test_a_dot_user_stays_a_user_and_never_becomes_another_endpoint(zoom_env, sandbox, user):
    result = zoomdesk("meetings", "list", "--user", user, env=zoom_env)
    assert "1001" in assert_clean_failure(result)
    [request] = api_requests(sandbox, "GET")
    assert request.path == f"/v2/users/{'%2E' * len(user)}/meetings"


def test_a_start_the_clocks_skip_is_refused_with_the_gap_named(zoom_env, sandbox):
    result = zoomdesk("meetings", "create", "--user", owner(sandbox), "--topic", "Gap",
                      "--start", "2027-03-14T02:30", "--timezone", "America/New_York",
                      env=zoom_env)  # fmt: skip
    err = assert_clean_failure(result, status=2)
    assert "does not exist in America/New_York" in err and "from 02:00 to 03:00" in err
    assert not api_requests(sandbox, "POST")


def test_a_start_the_clocks_pass_twice_is_sent_with_a_note_naming_the_offset(zoom_env, sandbox):
    result = zoomdesk("meetings", "create", "--user", owner(sandbox), "--topic", "Twice",
                      "--start", "2027-11-07T01:30", "--timezone", "America/New_York",
                      "--json", env=zoom_env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "happens twice" in result.stderr and "first is used (EDT, UTC-04:00)" in result.stderr
    assert json.loads(result.stdout)["start_time"] == "2027-11-07T05:30:00Z"


@pytest.mark.parametrize("start", ["0001-01-01T00:00", "9999-12-31T23:30"])
def test_a_start_year_zoom_does_not_take_is_refused(zoom_env, sandbox, start):
    result = zoomdesk("meetings", "create", "--user", owner(sandbox), "--topic", "Y",
                      "--start", start, "--timezone", "UTC", env=zoom_env)  # fmt: skip
    assert "year must be between" in assert_clean_failure(result, status=2)
    assert not api_requests(sandbox, "POST")


@pytest.mark.parametrize(
    "url", ["http://zoom.us", "http://10.0.0.5:8080", "file:///etc/passwd", "notaurl",
            "https://cid:SECRET@zoom.us"],
)  # fmt: skip
def test_a_profile_url_that_would_leak_credentials_is_refused(url):
    for option in ("--oauth-url", "--api-url"):
        result = zoomdesk("profiles", "add", "p", "--account-id", "A", "--client-id", "C",
                          option, url)  # fmt: skip
        assert_clean_failure(result, status=2)
        assert "SECRET" not in result.stderr
    assert json.loads(zoomdesk("profiles", "list", "--json").stdout) == []


def test_a_loopback_http_url_is_accepted_for_the_sandbox():
    result = zoomdesk("profiles", "add", "box", "--account-id", "A", "--client-id", "C",
                      "--oauth-url", "http://127.0.0.1:8123",
                      "--api-url", "http://[::1]:8123/v2")  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("variable", ["ZOOMDESK_OAUTH_URL", "ZOOMDESK_API_URL"])
def test_an_environment_url_that_would_leak_credentials_is_refused(zoom_env, sandbox, variable):
    plain = sandbox.url.replace("127.0.0.1", "example.com")
    result = zoomdesk("--trace", "users", "list", env={**zoom_env, variable: plain})
    err = assert_clean_failure(result, status=2)
    assert variable in err and "plain http" in err
    assert not sandbox.requests  # not even the token request


@pytest.mark.parametrize("name", ["two\nlines", "esc\x1b[31m", "a/b", "", "  "])
def test_a_profile_name_that_is_not_one_printable_line_is_refused(name):
    result = zoomdesk("profiles", "add", name, "--account-id", "A", "--client-id", "C")
    assert_clean_failure(result, status=2)
    assert json.loads(zoomdesk("profiles", "list", "--json").stdout) == []
