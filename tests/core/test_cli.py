"""The command line, run as IT scripts run it: a subprocess, against a sandbox over loopback."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

SECRET = "sandbox-client-secret"


def zoomdesk(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "zoomdesk", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 if status == 1 else lines
    return result.stderr


def test_help_lists_every_command_without_loading_qt():
    result = zoomdesk("--help")
    assert result.returncode == 0
    for word in ("token", "users", "meetings", "profiles", "sandbox", "--trace", "--har"):
        assert word in result.stdout
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from zoomdesk.__main__ import main\n"
            "try: main(['meetings', 'list', '--help'])\n"
            "except SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'httpx'))))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.strip().splitlines()[-1] == "[]"


def test_token_json_shows_scopes_and_never_the_token(zoom_env, sandbox):
    result = zoomdesk("token", "--json", env=zoom_env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {
        "token_type",
        "expires_in",
        "scopes",
        "api_url",
        "missing_scopes",
        "unused_scopes",
    }
    assert data["expires_in"] == 3600 and data["api_url"] == sandbox.url
    assert "meeting:read:meeting:admin" in data["scopes"]
    assert "eyJ" not in result.stdout


def test_users_and_meetings_list_print_zoom_objects_as_json(zoom_env, sandbox):
    users = json.loads(zoomdesk("users", "list", "--json", env=zoom_env).stdout)
    assert {u["email"] for u in users} == {u["email"] for u in sandbox.state.users}
    owner = users[0]["email"]
    listed = zoomdesk("meetings", "list", "--user", owner, "--json", env=zoom_env)
    assert listed.returncode == 0, listed.stderr
    meetings = json.loads(listed.stdout)
    assert meetings and all({"id", "topic", "join_url"} <= set(m) for m in meetings)
    everyone = json.loads(
        zoomdesk(
            "meetings", "list", "--all-users", "--type", "upcoming", "--json", env=zoom_env
        ).stdout
    )
    assert isinstance(everyone, list)


def test_create_update_get_delete_from_the_command_line(zoom_env, sandbox):
    owner = sandbox.state.users[0]["email"]
    created = zoomdesk(
        "meetings",
        "create",
        "--user",
        owner,
        "--topic",
        "Board call",
        "--start",
        "2027-02-01T09:30",
        "--timezone",
        "Asia/Tokyo",
        "--duration",
        "40",
        "--password",
        "abc123",
        "--json",
        env=zoom_env,
    )
    assert created.returncode == 0, created.stderr
    meeting = json.loads(created.stdout)
    assert meeting["start_time"] == "2027-02-01T00:30:00Z"  # 09:30 JST
    post = [r for r in sandbox.requests if r.method == "POST" and r.path.startswith("/v2/")][-1]
    sent = json.loads(post.body)
    assert sent["start_time"] == "2027-02-01T09:30:00" and sent["timezone"] == "Asia/Tokyo"

    mid = str(meeting["id"])
    updated = zoomdesk("meetings", "update", mid, "--agenda", "Numbers", env=zoom_env)
    assert updated.returncode == 0, updated.stderr
    patch = [r for r in sandbox.requests if r.method == "PATCH"][-1]
    assert json.loads(patch.body) == {"agenda": "Numbers"}

    shown = json.loads(zoomdesk("meetings", "get", mid, "--json", env=zoom_env).stdout)
    assert shown["agenda"] == "Numbers"
    human = zoomdesk("meetings", "get", mid, env=zoom_env).stdout
    assert "Board call" in human and "Asia/Tokyo" in human

    assert zoomdesk("meetings", "delete", mid, env=zoom_env).returncode == 0
    gone = zoomdesk("meetings", "get", mid, env=zoom_env)
    err = assert_clean_failure(gone)
    assert "3001" in err and "404" in err and "tracking id" in err


def test_bad_input_is_a_usage_error_or_a_clear_validation_message(zoom_env):
    assert_clean_failure(zoomdesk("meetings", "list", env=zoom_env), status=2)
    assert_clean_failure(zoomdesk("meetings", "get", "not-a-number", env=zoom_env), status=2)
    bad = zoomdesk(
        "meetings",
        "create",
        "--user",
        "x@example.com",
        "--topic",
        "t" * 201,
        "--password",
        "way too long!",
        env=zoom_env,
    )
    err = assert_clean_failure(bad, status=2)  # found before anything was sent
    assert "topic" in err and "password" in err and len(err.strip().splitlines()) == 1


def test_wrong_secret_fails_with_one_line_explaining_invalid_client(zoom_env):
    result = zoomdesk("token", env={**zoom_env, "ZOOM_CLIENT_SECRET": "wrong-secret-123"})
    err = assert_clean_failure(result)
    assert "invalid_client" in err and "wrong-secret-123" not in err


def test_no_credentials_says_how_to_add_them():
    err = assert_clean_failure(zoomdesk("users", "list"))
    assert "profiles add" in err and "--sandbox" in err


def test_unreachable_zoom_is_a_network_error_not_a_traceback(zoom_env):
    result = zoomdesk(
        "token", "--timeout", "3", env={**zoom_env, "ZOOMDESK_OAUTH_URL": "http://127.0.0.1:9"}
    )
    assert "Network error" in assert_clean_failure(result)


def test_trace_and_har_show_exchanges_without_any_secret(zoom_env, sandbox, tmp_path: Path):
    har = tmp_path / "run.har"
    result = zoomdesk("--trace", "--har", str(har), "users", "list", env=zoom_env)
    assert result.returncode == 0, result.stderr
    assert "POST" in result.stderr and "/oauth/token" in result.stderr
    assert "[params: form body]" in result.stderr
    data = json.loads(har.read_text())
    assert data["log"]["version"] == "1.2" and len(data["log"]["entries"]) == 2
    basic = base64.b64encode(f"sandbox-client-id:{SECRET}".encode()).decode()
    tokens = [t for t in _issued_tokens(sandbox)]
    for text in (result.stderr, result.stdout, har.read_text()):
        assert SECRET not in text and basic not in text
        assert not any(t in text for t in tokens)


def _issued_tokens(sandbox: Any) -> list[str]:
    return [str(t) for t in getattr(sandbox.state, "tokens", {})]


def test_global_options_work_after_the_command(zoom_env):
    result = zoomdesk("users", "list", "--json", "--timeout", "10", env=zoom_env)
    assert result.returncode == 0, result.stderr


def test_profiles_without_a_keyring_say_so_and_write_no_secret(zoomdesk_home: Path):
    result = zoomdesk(
        "profiles",
        "add",
        "work",
        "--account-id",
        "A1",
        "--client-id",
        "C1",
        "--client-secret-stdin",
        stdin="s3cret-value\n",
    )
    err = assert_clean_failure(result)
    assert "keyring" in err.lower()
    for path in zoomdesk_home.rglob("*"):
        if path.is_file():
            assert "s3cret-value" not in path.read_text(errors="replace")


def test_profiles_are_added_listed_and_removed(zoomdesk_home: Path):
    assert (
        zoomdesk("profiles", "add", "work", "--account-id", "A1", "--client-id", "C1").returncode
        == 0
    )
    assert (
        zoomdesk(
            "profiles", "add", "gov", "--account-id", "A2", "--client-id", "C2", "--region", "gov"
        ).returncode
        == 0
    )
    listed = json.loads(zoomdesk("profiles", "list", "--json").stdout)
    assert [(p["name"], p["default"]) for p in listed] == [("work", True), ("gov", False)]
    assert listed[1]["oauth_url"] == "https://zoomgov.com"
    assert zoomdesk("profiles", "remove", "work").returncode == 0
    assert [p["name"] for p in json.loads(zoomdesk("profiles", "list", "--json").stdout)] == ["gov"]
    assert_clean_failure(zoomdesk("profiles", "remove", "nope"))


def test_the_cli_sandbox_flag_needs_no_credentials():
    result = zoomdesk("--sandbox", "meetings", "list", "--all-users", "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 1


def test_the_sandbox_command_serves_zoom_over_http_for_curl_and_the_cli():
    import re
    import shutil

    proc = subprocess.Popen(
        [sys.executable, "-m", "zoomdesk", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = []
        url = ""
        for line in proc.stdout:
            banner.append(line)
            if match := re.search(r"OAuth token URL: (\S+)/oauth/token", line):
                url = match.group(1)
            if "Ctrl+C" in line:
                break
        assert "NOT real Zoom" in "".join(banner)
        assert url.startswith("http://127.0.0.1:")
        curl = shutil.which("curl")
        if curl:
            good = subprocess.run(
                [
                    curl,
                    "-s",
                    "-u",
                    "sandbox-client-id:sandbox-client-secret",
                    "-d",
                    "grant_type=account_credentials",
                    "-d",
                    "account_id=sandbox-account",
                    f"{url}/oauth/token",
                ],
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert json.loads(good.stdout)["token_type"] == "bearer"
            # The founding story: the parameters in the query string only.
            story = subprocess.run(
                [
                    curl,
                    "-s",
                    "-o",
                    "/dev/null",
                    "-w",
                    "%{http_code}",
                    "-X",
                    "POST",
                    "-u",
                    "sandbox-client-id:sandbox-client-secret",
                    f"{url}/oauth/token?grant_type=account_credentials&account_id=sandbox-account",
                ],
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert story.stdout == "400"
        env = {
            "ZOOMDESK_OAUTH_URL": url,
            "ZOOM_ACCOUNT_ID": "sandbox-account",
            "ZOOM_CLIENT_ID": "sandbox-client-id",
            "ZOOM_CLIENT_SECRET": SECRET,
        }
        assert zoomdesk("users", "list", env=env).returncode == 0
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_command_line_stays_in_english_whatever_the_users_language(zoom_env):
    """Scripts parse it: a German desktop (or one chosen in Preferences) changes nothing here."""
    german = {**zoom_env, "LANG": "de_DE.UTF-8", "LC_ALL": "", "LANGUAGE": "de"}
    wrong = zoomdesk("token", env={**german, "ZOOM_CLIENT_SECRET": "wrong-secret-123"})
    err = assert_clean_failure(wrong)
    english = assert_clean_failure(
        zoomdesk("token", env={**zoom_env, "ZOOM_CLIENT_SECRET": "wrong-secret-123"})
    )
    tracking = re.compile(r"rid=\w+")  # Zoom's request ID differs between the two
    assert tracking.sub("", err) == tracking.sub("", english)
    assert "Invalid client_id or client_secret" in err
    listed = zoomdesk("--sandbox", "meetings", "list", "--all-users", env=german)
    assert listed.returncode == 0, listed.stderr
    assert " min " in listed.stdout and "Min." not in listed.stdout
