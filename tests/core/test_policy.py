"""The IT policy, read from each platform's place (real files in temp folders; the Windows
registry through the reader interface, since winreg exists only on Windows)."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from zoomdesk.core.errors import DraftInvalid
from zoomdesk.core.policy import Policy
from zoomdesk.core.policy_sources import MAC_DOMAIN, REGISTRY_KEY, load_policy

FULL = """\
allow_sandbox = false            # default true
allow_user_profiles = false
allowed_hosts = ["@example.org", "board@example.com"]
default_timezone = "Europe/Berlin"

[[profiles]]
name = "Acme"
account_id = "acc-1"
client_id = "cid-1"
region = "global"

[[profiles]]
name = "Acme Gov"
account_id = "acc-2"
client_id = "cid-2"
region = "zoomgov"

[locked_settings]
waiting_room = true
auto_recording = "cloud"
"""


def write(tmp_path: Path, text: str, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def from_file(path: Path) -> Policy:
    return load_policy(env={"ZOOMDESK_POLICY_FILE": str(path)}, platform="linux")


def test_every_contract_name_is_read_from_the_override_file_with_its_origin(tmp_path):
    path = write(tmp_path, FULL)
    policy = from_file(path)
    assert policy.problem is None and policy.source == str(path)
    assert (policy.allow_sandbox, policy.allow_user_profiles) == (False, False)
    assert policy.allowed_hosts == ("@example.org", "board@example.com")
    assert policy.default_timezone == "Europe/Berlin"
    assert [(p.name, p.account_id, p.client_id, p.region) for p in policy.profiles] == [
        ("Acme", "acc-1", "cid-1", "global"),
        ("Acme Gov", "acc-2", "cid-2", "gov"),
    ]
    assert dict(policy.locked_settings) == {"waiting_room": True, "auto_recording": "cloud"}
    shown = policy.to_json()["values"]
    assert shown["allow_sandbox"] == {"value": False, "from": str(path)}
    assert shown["locked_settings"]["from"] == str(path)


def test_without_a_policy_anywhere_everything_is_allowed(tmp_path):
    policy = load_policy(env={}, platform="linux", linux_file=tmp_path / "absent.toml")
    assert policy == Policy()
    assert policy.to_json()["values"]["allow_sandbox"] == {"value": True, "from": "default"}


def test_the_linux_policy_is_read_from_its_system_file(tmp_path):
    path = write(tmp_path, 'allow_sandbox = false\ndefault_timezone = "Asia/Tokyo"\n')
    policy = load_policy(env={}, platform="linux", linux_file=path)
    assert policy.allow_sandbox is False and policy.allow_user_profiles is True
    assert policy.where("default_timezone") == str(path)
    assert policy.where("allowed_hosts") == "default"


def test_macos_managed_preferences_are_read_and_the_users_own_win(tmp_path):
    data = {
        "allow_user_profiles": False,
        "allowed_hosts": ["@example.org"],
        "profiles": [{"name": "Acme", "account_id": "a", "client_id": "c"}],
        "locked_settings": {"waiting_room": True, "jbh_time": 10},
        "PayloadUUID": "added by the MDM",
    }
    (tmp_path / f"{MAC_DOMAIN}.plist").write_bytes(plistlib.dumps(data))
    policy = load_policy(env={}, platform="darwin", mac_folder=tmp_path)
    assert policy.allow_user_profiles is False and policy.allowed_hosts == ("@example.org",)
    assert policy.preset("Acme") is not None
    assert dict(policy.locked_settings) == {"waiting_room": True, "jbh_time": 10}

    import getpass

    own = tmp_path / getpass.getuser()
    own.mkdir()
    (own / f"{MAC_DOMAIN}.plist").write_bytes(plistlib.dumps({"allow_sandbox": False}))
    policy = load_policy(env={}, platform="darwin", mac_folder=tmp_path)
    assert policy.allow_sandbox is False and policy.allow_user_profiles is True


class Registry:
    """HKLM as Group Policy leaves it, as the reader interface presents it."""

    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys

    def values(self, key: str) -> dict[str, object] | None:
        return self.keys.get(key)

    def subkeys(self, key: str) -> list[str]:
        prefix = key + "\\"
        return [k[len(prefix) :] for k in self.keys if k.startswith(prefix)]


def test_the_windows_registry_carries_the_same_names_as_dwords_strings_and_sub_keys():
    registry = Registry(
        {
            REGISTRY_KEY: {
                "allow_sandbox": 0,
                "allow_user_profiles": 1,
                "allowed_hosts": ["@example.org", "board@example.com"],  # REG_MULTI_SZ
                "default_timezone": "Europe/Berlin",
            },
            rf"{REGISTRY_KEY}\profiles\Acme": {"account_id": "a", "client_id": "c",
                                               "region": "zoomgov"},
            rf"{REGISTRY_KEY}\locked_settings": {"waiting_room": 1, "approval_type": "0",
                                                 "mute_upon_entry": "true"},
        }
    )  # fmt: skip
    policy = load_policy(env={}, platform="win32", registry=registry)
    assert policy.problem is None
    assert (policy.allow_sandbox, policy.allow_user_profiles) == (False, True)
    assert policy.allowed_hosts == ("@example.org", "board@example.com")
    assert [(p.name, p.region) for p in policy.profiles] == [("Acme", "gov")]
    assert dict(policy.locked_settings) == {
        "waiting_room": True,
        "approval_type": 0,
        "mute_upon_entry": True,
    }
    assert policy.where("locked_settings") == rf"HKLM\{REGISTRY_KEY}\locked_settings"
    assert policy.where("allow_sandbox") == rf"HKLM\{REGISTRY_KEY}"


def test_a_bad_registry_value_names_its_key_and_keeps_the_restrictive_defaults():
    registry = Registry({REGISTRY_KEY: {}, rf"{REGISTRY_KEY}\locked_settings": {"watermrk": 1}})
    policy = load_policy(env={}, platform="win32", registry=registry)
    assert policy.problem is not None
    assert rf"HKLM\{REGISTRY_KEY}\locked_settings, value watermrk" in policy.problem
    assert "watermark" in policy.problem
    assert (policy.allow_sandbox, policy.allow_user_profiles) == (False, False)


def test_a_policy_file_that_is_not_toml_names_the_file_and_line_and_forbids_by_default(tmp_path):
    path = write(tmp_path, 'allow_sandbox = false\nallowed_hosts = ["@example.org"\n')
    policy = from_file(path)
    assert policy.problem is not None and policy.problem.startswith(f"{path}, line ")
    assert "\n" not in policy.problem
    assert (policy.allow_sandbox, policy.allow_user_profiles) == (False, False)
    assert policy.source == str(path)


@pytest.mark.parametrize(
    ("text", "line", "hint"),
    [
        ("allow_sandbox = true\nallow_user_profile = false\n", 2, "allow_user_profiles"),
        ("[locked_settings]\nwaiting_rom = true\n", 2, "waiting_room"),
        ("[locked_settings]\nwaiting_room = 1\n", 2, "true or false"),
        ('default_timezone = "Mars/Olympus"\n', 1, "IANA"),
        ('allowed_hosts = ["not an address"]\n', 1, "neither an email"),
        ('[[profiles]]\nname = "A"\naccount_id = "a"\nclient_id = "c"\nclient_secret = "x"\n',
         5, "never holds a secret"),
        ('[[profiles]]\nname = "A"\naccount_id = "a"\nclient_id = "c"\n'
         '[[profiles]]\nname = "B"\naccount_id = "b"\nclient_id = "d"\nregion = "mars"\n',
         9, "global or zoomgov"),
    ],
)  # fmt: skip
def test_a_wrong_value_is_one_line_naming_file_line_and_the_closest_name(
    tmp_path, text, line, hint
):
    path = write(tmp_path, text)
    policy = from_file(path)
    assert policy.problem is not None
    assert policy.problem.startswith(f"{path}, line {line}: ")
    assert hint in policy.problem and "\n" not in policy.problem


def test_a_missing_override_file_is_said_not_ignored(tmp_path):
    policy = from_file(tmp_path / "nope.toml")
    assert policy.problem is not None and "does not exist" in policy.problem
    assert policy.allow_user_profiles is False


def test_hosts_are_matched_by_domain_or_exact_email():
    policy = Policy(allowed_hosts=("@example.org", "board@example.com"))
    assert policy.host_allowed("Ann@Example.org")
    assert policy.host_allowed("board@example.com")
    assert not policy.host_allowed("ann@example.com")
    assert not policy.host_allowed("ann@sub.example.org.evil.com")
    assert Policy().host_allowed("anyone@anywhere.net")


def test_locked_settings_refuse_other_values_and_fill_in_a_new_meeting():
    policy = Policy(locked_settings={"waiting_room": True}, source="/etc/zoomdesk/policy.toml")
    assert policy.locked_problem("settings.waiting_room", True) is None
    problem = policy.locked_problem("waiting_room", False)
    assert problem is not None and "/etc/zoomdesk/policy.toml" in problem
    assert policy.locked_problem("mute_upon_entry", True) is None
    assert [p.field for p in policy.lock_problems({"waiting_room": 0})] == [
        "settings.waiting_room"
    ]  # 0 is not false: a bulk-import cell with a wrong type is refused too
    assert policy.with_locks({"mute_upon_entry": True}) == {
        "mute_upon_entry": True,
        "waiting_room": True,
    }
    with pytest.raises(DraftInvalid, match="set by your organisation's policy"):
        policy.with_locks({"waiting_room": False})


def test_a_broken_managed_preferences_file_names_its_line(tmp_path):
    (tmp_path / f"{MAC_DOMAIN}.plist").write_text(
        '<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n<key>allow_sandbox</key>\n'
        "<false/>\n</plist>\n"
    )
    policy = load_policy(env={}, platform="darwin", mac_folder=tmp_path)
    assert policy.problem is not None and f"{MAC_DOMAIN}.plist, line " in policy.problem
    assert (policy.allow_sandbox, policy.allow_user_profiles) == (False, False)


def test_the_override_file_wins_over_the_platforms_place(tmp_path):
    (tmp_path / f"{MAC_DOMAIN}.plist").write_bytes(plistlib.dumps({"allow_sandbox": False}))
    path = write(tmp_path, 'default_timezone = "UTC"\n')
    policy = load_policy(
        env={"ZOOMDESK_POLICY_FILE": str(path)}, platform="darwin", mac_folder=tmp_path
    )
    assert policy.allow_sandbox is True and policy.source == str(path)
