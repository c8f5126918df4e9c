"""Where the IT policy is read from: each platform's own place for managed settings.

- Windows: HKLM\\Software\\Policies\\zoomdesk (Group Policy, Intune), through a registry reader
  that tests replace (winreg exists only on Windows);
- macOS: the managed preferences Jamf or an MDM profile installs, /Library/Managed Preferences;
- Linux: /etc/zoomdesk/policy.toml, pushed by whatever configures the desktops.
`ZOOMDESK_POLICY_FILE=PATH` (TOML) overrides the place, for tests and for IT to try a policy.

`load_policy` never raises: no policy is the empty `Policy()`, and a policy that cannot be read
is `Policy.unreadable` (the restrictive defaults, with the one-line problem to show)."""

from __future__ import annotations

import dataclasses
import getpass
import os
import plistlib
import re
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol
from xml.parsers.expat import ExpatError

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.i18n import translate
from zoomdesk.core.policy import Path_, Policy, PolicyError, policy_from_mapping

REGISTRY_KEY = r"Software\Policies\zoomdesk"  # under HKEY_LOCAL_MACHINE
MAC_DOMAIN = "io.github.zoomdesk.ZoomDesk"  # the app's bundle id (packaging/zoomdesk.spec)
MAC_FOLDER = Path("/Library/Managed Preferences")
LINUX_FILE = Path("/etc/zoomdesk/policy.toml")
ENV_VAR = "ZOOMDESK_POLICY_FILE"


class RegistryReader(Protocol):
    """The little of the registry the policy needs; None for a key that does not exist."""

    def values(self, key: str) -> dict[str, object] | None: ...

    def subkeys(self, key: str) -> list[str]: ...


def load_policy(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    registry: RegistryReader | None = None,
    mac_folder: Path = MAC_FOLDER,
    linux_file: Path = LINUX_FILE,
) -> Policy:
    env = os.environ if env is None else env
    try:
        if override := env.get(ENV_VAR):
            return read_toml(Path(override))
        if platform == "win32":
            return read_registry(registry or WinRegistry())
        if platform == "darwin":
            for path in (mac_folder / _user() / f"{MAC_DOMAIN}.plist",
                         mac_folder / f"{MAC_DOMAIN}.plist"):  # fmt: skip
                if path.exists():
                    return read_plist(path)
            return Policy()
        return read_toml(linux_file) if linux_file.exists() else Policy()
    except PolicyError as error:
        return Policy.unreadable(str(error), error.where.split(",")[0])


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


# --- TOML ----------------------------------------------------------------------------------


def read_toml(path: Path) -> Policy:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:  # asked for by name (the override): saying nothing would mislead
        raise PolicyError(
            str(path), translate("Policy", "the policy file does not exist")
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        unreadable = translate("Policy", "cannot read the policy file ({error})")
        raise PolicyError(str(path), unreadable.format(error=error)) from error
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column \d+\)", str(error))
        reason = re.sub(r" \(at (line \d+, column \d+|end of document)\)$", "", str(error))
        line = found.group(1) if found else str(max(len(text.splitlines()), 1))
        place = f"{path}, line {line}"
        invalid = translate("Policy", "not valid TOML: {reason}")
        raise PolicyError(place, invalid.format(reason=reason)) from error

    def where(key_path: Path_) -> str:
        line = toml_line(text, key_path)
        return f"{path}, line {line}" if line else str(path)

    return policy_from_mapping(data, str(path), where)


def toml_line(text: str, key_path: Path_) -> int | None:
    """The line a value is written on, for the error message (tomllib keeps no positions)."""
    lines = text.splitlines()
    start, key = 0, key_path[-1]
    if len(key_path) > 1:
        table, rest = key_path[0], key_path[1:]
        headers = [
            i for i, line in enumerate(lines)
            if re.match(rf"\s*\[\[?\s*{re.escape(str(table))}\s*\]\]?", line)
        ]  # fmt: skip
        if table == "profiles" and rest and isinstance(rest[0], int):
            if rest[0] >= len(headers):
                return None
            start = headers[rest[0]]
            if len(rest) == 1:
                return start + 1
        elif headers:
            start = headers[0]
    for index in range(start, len(lines)):
        pattern = rf"\s*(\[\[?\s*)?[\"']?{re.escape(str(key))}[\"']?\s*(=|\]|\.)"
        if re.match(pattern, lines[index]):
            return index + 1
    return None


# --- macOS managed preferences -------------------------------------------------------------


def read_plist(path: Path) -> Policy:
    """Jamf and MDM profiles write the same names; `profiles` is an array of dictionaries and
    `locked_settings` a dictionary. Keys Apple adds to managed preferences are not ours."""
    try:
        with path.open("rb") as handle:
            data = plistlib.load(handle)
    except ExpatError as error:
        invalid = translate("Policy", "not a valid plist")
        raise PolicyError(f"{path}, line {error.lineno}", invalid) from error
    except (OSError, plistlib.InvalidFileException, ValueError) as error:
        unreadable = translate("Policy", "cannot read the managed preferences ({error})")
        raise PolicyError(str(path), unreadable.format(error=error)) from error
    if not isinstance(data, dict):
        raise PolicyError(
            str(path), translate("Policy", "the managed preferences are not a dictionary")
        )
    # An MDM may leave its own bookkeeping (Payload…, _…) beside the values: not ours to judge.
    ours = {k: v for k, v in data.items() if not k.startswith(("Payload", "_"))}

    def where(key_path: Path_) -> str:
        return f"{path}, key {'/'.join(str(k) for k in key_path)}"

    return policy_from_mapping(ours, str(path), where)


# --- Windows registry ----------------------------------------------------------------------


def read_registry(reader: RegistryReader) -> Policy:
    """Top values under the key; `profiles\\<any>` sub-keys with the profile's values (`name`
    defaults to the sub-key's name); `locked_settings` values by the schema's names, REG_DWORD
    for true/false and numbers, REG_SZ for text (and for true/false or numbers typed as text)."""
    hive = rf"HKLM\{REGISTRY_KEY}"
    top = reader.values(REGISTRY_KEY)
    if top is None:
        return Policy()
    data: dict[str, Any] = {}
    for name, value in top.items():
        data[name] = bool(value) if name.startswith("allow_") and isinstance(value, int) else value
    profile_names = reader.subkeys(rf"{REGISTRY_KEY}\profiles")
    if profile_names:
        data["profiles"] = [
            {"name": sub, **(reader.values(rf"{REGISTRY_KEY}\profiles\{sub}") or {})}
            for sub in profile_names
        ]
    locks = reader.values(rf"{REGISTRY_KEY}\locked_settings")
    if locks:
        data["locked_settings"] = {name: _typed(name, value) for name, value in locks.items()}

    def where(key_path: Path_) -> str:
        if key_path[0] == "profiles" and len(key_path) > 1 and isinstance(key_path[1], int):
            sub = profile_names[key_path[1]]
            tail = f", value {key_path[2]}" if len(key_path) > 2 else ""
            return rf"{hive}\profiles\{sub}{tail}"
        if key_path[0] == "locked_settings" and len(key_path) > 1:
            return rf"{hive}\locked_settings, value {key_path[1]}"
        return f"{hive}, value {key_path[0]}"

    policy = policy_from_mapping(data, hive, where)
    origin = {k: rf"{hive}\{k}" if k in ("profiles", "locked_settings") else hive for k in data}
    return dataclasses.replace(policy, origin=origin)


def _typed(name: str, value: object) -> object:
    """The registry has no booleans: DWORD 0/1 (or the text "true") for a true/false setting;
    a list is text, as JSON (`["US", "DE"]`) or separated by `;`."""
    spec = schema.setting(name.removeprefix("settings."))
    if spec is None:
        return value
    if spec.kind is schema.Kind.BOOL and isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and spec.kind is schema.Kind.LIST and not value.startswith("["):
        return [part.strip() for part in re.split(r"[;,\n]", value) if part.strip()]
    if isinstance(value, str) and spec.kind in (
        schema.Kind.BOOL,
        schema.Kind.INTEGER,
        schema.Kind.LIST,
    ):
        try:
            return spec.parse(value)
        except ValueError:
            return value
    if isinstance(value, str) and spec.choices and isinstance(spec.choices[0].value, int):
        return int(value) if value.strip().isdigit() else value
    return value


class WinRegistry:
    """HKEY_LOCAL_MACHINE through winreg (Windows only). Policies are machine-wide: a user
    cannot write HKLM\\Software\\Policies, which is why the policy lives there."""

    def values(self, key: str) -> dict[str, object] | None:
        if sys.platform != "win32":
            return None
        import winreg

        try:
            handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key)
        except OSError:
            return None
        out: dict[str, object] = {}
        with handle:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(handle, index)
                except OSError:
                    return out
                out[name] = value
                index += 1

    def subkeys(self, key: str) -> list[str]:
        if sys.platform != "win32":
            return []
        import winreg

        try:
            handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key)
        except OSError:
            return []
        names: list[str] = []
        with handle:
            while True:
                try:
                    names.append(winreg.EnumKey(handle, len(names)))
                except OSError:
                    return names
