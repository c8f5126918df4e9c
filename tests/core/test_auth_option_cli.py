"""`--set authentication_option=ID` is checked against the host's own authentication options
(read from the host's Zoom settings) before anything is created, as a script runs the CLI:
a subprocess against the sandbox over loopback."""

from __future__ import annotations

import json
from typing import Any

from tests.core.test_cli import assert_clean_failure, zoomdesk
from zoomdesk.sandbox.state import DEFAULT_SCOPES

CHIARA = "chiara.rossi@example.com"
OTHER_OPTION = "signIn_Zm9yX3RoaXNfYWNjb3VudA"


def creates(sandbox: Any) -> list[Any]:
    return [r for r in sandbox.requests if r.method == "POST" and "/meetings" in r.path]


def test_an_unknown_authentication_option_exits_2_naming_the_hosts_options(zoom_env, sandbox):
    result = zoomdesk(
        "meetings", "create", "--user", CHIARA, "--topic", "Signed in",
        "--set", "meeting_authentication=true", "--set", "authentication_option=signIn_nope",
        env=zoom_env,
    )  # fmt: skip
    err = assert_clean_failure(result, status=2)
    assert "'signIn_nope'" in err
    assert f"{OTHER_OPTION} (Sign in to Zoom with this account)" in err
    assert not creates(sandbox)


def test_one_of_the_hosts_options_is_sent_as_given(zoom_env, sandbox):
    result = zoomdesk(
        "meetings", "create", "--user", CHIARA, "--topic", "Signed in",
        "--set", "meeting_authentication=true", "--set", f"authentication_option={OTHER_OPTION}",
        "--json", env=zoom_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    stored = sandbox.state.meetings[json.loads(result.stdout)["id"]]
    assert stored["settings"]["authentication_option"] == OTHER_OPTION


def test_an_update_checks_the_option_against_the_meetings_host(zoom_env, sandbox):
    created = zoomdesk(
        "meetings", "create", "--user", CHIARA, "--topic", "Later", "--json", env=zoom_env
    )
    meeting_id = str(json.loads(created.stdout)["id"])
    result = zoomdesk(
        "meetings", "update", meeting_id, "--set", "meeting_authentication=true",
        "--set", "authentication_option=signIn_nope", env=zoom_env,
    )  # fmt: skip
    assert "authentication options" in assert_clean_failure(result, status=2)
    assert not [r for r in sandbox.requests if r.method == "PATCH"]


def test_without_the_settings_scope_the_option_is_sent_unchecked_with_a_note(zoom_env, sandbox):
    sandbox.state.scopes = tuple(s for s in DEFAULT_SCOPES if "settings" not in s)
    result = zoomdesk(
        "meetings", "create", "--user", CHIARA, "--topic", "Unchecked",
        "--set", "meeting_authentication=true", "--set", f"authentication_option={OTHER_OPTION}",
        env=zoom_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "authentication_option not checked" in result.stderr
