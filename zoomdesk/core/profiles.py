"""Connection profiles (account ID, client ID, base URLs) in a JSON settings file shared by the
CLI and the desktop app. The client secret is never here: it lives in the OS keyring."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.i18n import translate
from zoomdesk.core.tokens import DEFAULT_OAUTH_URL

REGIONS = {
    "global": ("Zoom (zoom.us)", "https://zoom.us", None),
    "gov": ("ZoomGov (zoomgov.com)", "https://zoomgov.com", "https://api.zoomgov.com/v2"),
}


@dataclass(frozen=True)
class Profile:
    name: str
    account_id: str
    client_id: str
    oauth_url: str = DEFAULT_OAUTH_URL
    api_url: str | None = None  # None: the token's api_url + /v2

    @property
    def region(self) -> str:
        for key, (_, oauth, api) in REGIONS.items():
            if self.oauth_url.rstrip("/") == oauth and self.api_url == api:
                return key
        return "custom"


class SettingsError(CredentialsError):
    """The settings file cannot be read or written."""


class ProfileInvalid(SettingsError):
    """A profile name or base URL that must not be stored or used (a usage error)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(message)


LOCK_TIMEOUT = 10.0  # seconds; a write holds the lock for milliseconds
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def profile_name_problem(name: str) -> str | None:
    """Names appear in menus, terminals and keyring entries: printable, one line, no path."""
    if not name.strip():
        return translate("Profiles", "Enter a name for this profile.")
    if name != name.strip():
        return translate("Profiles", "A profile name cannot start or end with a space.")
    if len(name) > 100:
        return translate("Profiles", "A profile name can have at most 100 characters.")
    if "/" in name or "\\" in name:
        return translate("Profiles", "A profile name cannot contain / or \\.")
    if any(unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS for c in name):
        return translate(
            "Profiles",
            "A profile name cannot contain control characters (new lines, tabs, escapes).",
        )
    return None


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def base_url_problem(text: str) -> str | None:
    """The client secret travels to the OAuth URL in a Basic header, and the token to the API
    URL: both need TLS, except to this computer (the sandbox)."""
    shown = repr(re.sub(r"^([^:/?#]*://)?[^/?#]*@", r"\1", text))  # never echo userinfo
    try:
        parts = urlsplit(text)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return translate(
            "Profiles", "{url} is not a URL; enter a full URL, like https://zoom.us."
        ).format(url=shown)
    if parts.scheme not in ("http", "https") or not host:
        return translate(
            "Profiles", "{url} is not an http(s) URL; enter a full URL, like https://zoom.us."
        ).format(url=shown)
    if parts.username is not None or parts.password is not None:
        return translate(
            "Profiles",
            "The URL must not contain a user name or password; credentials go elsewhere.",
        )
    if parts.scheme == "http" and not is_loopback(host):
        return translate(
            "Profiles",
            "{url} is plain http to another computer, which would send the credentials "
            "unencrypted; use https:// (plain http is only allowed for this computer).",
        ).format(url=shown)
    return None


def check_profile(profile: Profile) -> None:
    """Raises ProfileInvalid naming the first field that must not be stored."""
    problems = {
        "name": profile_name_problem(profile.name),
        "oauth_url": base_url_problem(profile.oauth_url),
        "api_url": base_url_problem(profile.api_url) if profile.api_url else None,
    }
    for key, message in problems.items():
        if message:
            raise ProfileInvalid(key, message)


@contextlib.contextmanager
def _exclusive(settings: Path) -> Iterator[None]:
    """An OS lock on a side file, so a read-modify-write of the settings by one process (the
    app, or one of many CLI runs) never overwrites another's. The OS drops the lock when a
    process dies, so a crash leaves nothing stale. Stdlib only: two small calls do not justify
    a dependency in the installer."""
    path = settings.with_name(settings.name + ".lock")
    try:
        try:
            handle = open(path, "a+b")  # noqa: SIM115 - closed below, after the unlock
        except FileNotFoundError:  # the first profile: create the folder
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path, "a+b")  # noqa: SIM115
    except OSError as error:
        failed = translate("Profiles", "Cannot save the settings file {path}: {error}")
        raise SettingsError(failed.format(path=settings, error=error)) from error
    deadline = time.monotonic() + LOCK_TIMEOUT
    with handle:
        while True:
            try:
                _lock(handle.fileno())
                break
            except (BlockingIOError, PermissionError):
                if time.monotonic() > deadline:
                    busy = translate(
                        "Profiles", "Another zoomdesk is still writing {path}; try again."
                    )
                    raise SettingsError(busy.format(path=settings)) from None
                time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(handle.fileno())


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as error:
            raise BlockingIOError(str(error)) from error

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass
class ProfileFile:
    profiles: dict[str, Profile] = field(default_factory=dict)
    default: str | None = None


class ProfileStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> ProfileFile:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ProfileFile()
        except OSError as error:
            failed = translate("Profiles", "Cannot read the settings file {path}: {error}")
            raise SettingsError(failed.format(path=self.path, error=error)) from error
        try:
            data = json.loads(text)
            profiles = {
                p["name"]: Profile(
                    name=str(p["name"]),
                    account_id=str(p["account_id"]),
                    client_id=str(p["client_id"]),
                    oauth_url=str(p.get("oauth_url") or DEFAULT_OAUTH_URL),
                    api_url=p.get("api_url") or None,
                )
                for p in data.get("profiles", [])
            }
            default = data.get("default")
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            damaged = translate(
                "Profiles",
                "The settings file {path} is damaged ({error}). Move it aside and add the "
                "profile again; no secret is stored in it.",
            )
            raise SettingsError(damaged.format(path=self.path, error=error)) from error
        return ProfileFile(profiles, default if default in profiles else None)

    def save(self, content: ProfileFile) -> None:
        data = {
            "version": 1,
            "default": content.default,
            "profiles": [asdict(p) for p in content.profiles.values()],
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Write-then-rename: a crash or a full disk never leaves a half-written file.
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".profiles.", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(data, handle, indent=2)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as error:
            failed = translate("Profiles", "Cannot save the settings file {path}: {error}")
            raise SettingsError(failed.format(path=self.path, error=error)) from error

    @contextlib.contextmanager
    def editing(self) -> Iterator[ProfileFile]:
        """Read, change and write the file under one lock; written only if the block succeeds."""
        with _exclusive(self.path):
            content = self.load()
            yield content
            self.save(content)

    def put(self, profile: Profile, *, make_default: bool = False) -> None:
        check_profile(profile)
        with self.editing() as content:
            content.profiles[profile.name] = profile
            if make_default or content.default is None:
                content.default = profile.name

    def remove(self, name: str) -> bool:
        with self.editing() as content:
            if content.profiles.pop(name, None) is None:
                return False
            if content.default == name:
                content.default = next(iter(content.profiles), None)
        return True
