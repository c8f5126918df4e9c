"""The IT policy on the command line, as a login script or an admin runs it: a subprocess with
ZOOMDESK_POLICY_FILE, against the sandbox over loopback."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.core.test_cli import assert_clean_failure, zoomdesk
from zoomdesk.cli import commands
from zoomdesk.cli.parser import build_parser
from zoomdesk.core.paths import AppPaths
from zoomdesk.core.services import Services

LOCKS = "[locked_settings]\nwaiting_room = true\n"


def policy_env(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> dict[str, str]:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return {**(env or {}), "ZOOMDESK_POLICY_FILE": str(path)}


def posts(sandbox: Any) -> list[Any]:
    return [r for r in sandbox.requests if r.method in ("POST", "PATCH", "DELETE")
            and r.path.startswith("/v2/")]  # fmt: skip


def owner(sandbox: Any) -> str:
    return str(sandbox.state.users[0]["email"])


def test_set_of_a_locked_setting_to_another_value_exits_2_naming_the_policy(
    tmp_path, zoom_env, sandbox
):
    env = policy_env(tmp_path, LOCKS, zoom_env)
    meeting = str(next(iter(sandbox.state.meetings)))
    for argv in (
        ["meetings", "create", "--user", owner(sandbox), "--topic", "T",
         "--set", "waiting_room=false"],
        ["meetings", "update", meeting, "--set", "settings.waiting_room=false"],
    ):  # fmt: skip
        err = assert_clean_failure(zoomdesk(*argv, env=env), status=2)
        assert "settings.waiting_room" in err and env["ZOOMDESK_POLICY_FILE"] in err
    assert not posts(sandbox)
    same = zoomdesk("meetings", "update", meeting, "--set", "waiting_room=true", env=env)
    assert same.returncode == 0, same.stderr


def test_a_new_meeting_gets_the_locked_settings_and_the_policys_time_zone(
    tmp_path, zoom_env, sandbox
):
    env = policy_env(tmp_path, 'default_timezone = "Asia/Tokyo"\n' + LOCKS, zoom_env)
    result = zoomdesk("meetings", "create", "--user", owner(sandbox), "--topic", "Board",
                      "--start", "2031-05-06T09:00", "--json", env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    assert made["timezone"] == "Asia/Tokyo"
    assert made["settings"]["waiting_room"] is True
    given = zoomdesk("meetings", "create", "--user", owner(sandbox), "--topic", "Other",
                     "--timezone", "UTC", "--json", env=env)  # fmt: skip
    assert json.loads(given.stdout)["timezone"] == "UTC"


def test_hosts_outside_the_allowed_ones_are_refused_and_left_out_of_all_users(
    tmp_path, zoom_env, sandbox
):
    allowed = owner(sandbox)
    env = policy_env(tmp_path, f'allowed_hosts = ["{allowed}"]\n', zoom_env)
    other = next(u for u in sandbox.state.users if u["email"] != allowed)
    theirs = next(m for m in sandbox.state.meetings.values() if m["host_id"] == other["id"])
    for argv in (
        ["meetings", "list", "--user", other["email"]],
        ["meetings", "list", "--user", other["id"]],  # an ID is looked up, not waved through
        ["meetings", "create", "--user", other["email"], "--topic", "T"],
        ["meetings", "update", str(theirs["id"]), "--agenda", "x"],
        ["meetings", "delete", str(theirs["id"])],
    ):
        err = assert_clean_failure(zoomdesk(*argv, env=env), status=2)
        assert other["email"] in err and "policy" in err
    assert not posts(sandbox)
    listed = zoomdesk("meetings", "list", "--all-users", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    hosts = {m["host_id"] for m in json.loads(listed.stdout)}
    assert hosts == {sandbox.state.users[0]["id"]}


def test_profiles_add_and_the_sandbox_are_refused_when_the_policy_forbids_them(tmp_path):
    env = policy_env(tmp_path, "allow_user_profiles = false\nallow_sandbox = false\n")
    err = assert_clean_failure(
        zoomdesk("profiles", "add", "mine", "--account-id", "A", "--client-id", "C", env=env),
        status=2,
    )
    assert "Adding profiles is turned off" in err
    err = assert_clean_failure(zoomdesk("--sandbox", "users", "list", env=env), status=2)
    assert "sandbox is turned off" in err
    assert json.loads(zoomdesk("profiles", "list", "--json", env=env).stdout) == []


def test_a_broken_policy_file_is_one_line_and_forbids_rather_than_vanishes(tmp_path):
    env = policy_env(tmp_path, "allow_user_profiles = false\n[locked_settings\n")
    result = zoomdesk("profiles", "add", "mine", "--account-id", "A", "--client-id", "C",
                      env=env)  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    first, refusal = result.stderr.strip().splitlines()
    assert first.startswith("zoomdesk: policy unreadable, ask IT: ")
    assert f"{env['ZOOMDESK_POLICY_FILE']}, line 2" in first
    assert "turned off" in refusal
    shown = json.loads(zoomdesk("policy", "show", "--json", env=env).stdout)
    assert shown["problem"] and shown["values"]["allow_sandbox"]["value"] is False


def test_policy_show_says_where_each_value_came_from(tmp_path):
    env = policy_env(tmp_path, 'allow_sandbox = false\n[[profiles]]\nname = "Acme"\n'
                     'account_id = "a"\nclient_id = "c"\n')  # fmt: skip
    result = zoomdesk("policy", "show", env=env)
    assert result.returncode == 0, result.stderr
    assert f"allow_sandbox: false  [{env['ZOOMDESK_POLICY_FILE']}]" in result.stdout
    assert "allowed_hosts: (all)  [default]" in result.stdout
    listed = json.loads(zoomdesk("profiles", "list", "--json", env=env).stdout)
    assert [(p["name"], p["default"], p["from_policy"]) for p in listed] == [
        ("Acme", True, env["ZOOMDESK_POLICY_FILE"])
    ]
    assert "(from policy)" in zoomdesk("profiles", "list", env=env).stdout


def cli(argv: list[str]) -> int:
    """The command in this process (the keyring fixture lives here), as main runs it."""
    args = build_parser().parse_args(argv)

    async def main() -> int:
        services = Services(AppPaths.default())
        try:
            return await commands.execute(args, services, None)
        finally:
            await services.aclose()

    return asyncio.run(main())


def test_a_login_script_seeds_the_secret_of_a_preset_profile_which_then_connects(
    tmp_path, sandbox, memory_keyring, monkeypatch, capfd
):
    policy = (f'allow_user_profiles = false\n[[profiles]]\nname = "Acme"\n'
              f'account_id = "sandbox-account"\nclient_id = "sandbox-client-id"\n'
              f'oauth_url = "{sandbox.url}"\n')  # fmt: skip
    monkeypatch.setenv("ZOOMDESK_POLICY_FILE", policy_env(tmp_path, policy)["ZOOMDESK_POLICY_FILE"])
    monkeypatch.setattr("sys.stdin", io.StringIO("sandbox-client-secret\n"))
    assert cli(["profiles", "add", "Acme", "--client-secret-stdin"]) == 0
    assert "Saved profile Acme" in capfd.readouterr().out
    assert memory_keyring.store[("zoomdesk", "Acme")] == "sandbox-client-secret"
    assert not AppPaths.default().profiles_file.exists()  # the profile itself stays in policy
    assert cli(["token"]) == 0
    assert "Access token OK" in capfd.readouterr().out


def test_a_removed_profile_takes_its_cached_meetings_with_it(tmp_path, app_paths):
    from zoomdesk.core.meeting_cache import MeetingCaches

    assert (
        zoomdesk("profiles", "add", "work", "--account-id", "A", "--client-id", "C").returncode == 0
    )
    cache = MeetingCaches(app_paths.meeting_cache).for_key("work")
    cache.save_list("me", "scheduled", [{"id": 1, "topic": "x"}])
    cache.close()
    assert cache.path.exists()
    assert zoomdesk("profiles", "remove", "work").returncode == 0
    assert not cache.path.exists()


@pytest.mark.parametrize("given", ["--account-id", "--client-id"])
def test_a_preset_profile_cannot_be_pointed_at_another_account(tmp_path, given):
    env = policy_env(tmp_path, '[[profiles]]\nname = "Acme"\naccount_id = "a"\nclient_id = "c"\n')
    result = zoomdesk("profiles", "add", "Acme", given, "other", env=env)
    assert "set by your organisation's policy" in assert_clean_failure(result, status=2)
