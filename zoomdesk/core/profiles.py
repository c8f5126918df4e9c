"""Connection profiles (account ID, client ID, base URLs) in a JSON settings file shared by the
CLI and the desktop app. The client secret is never here: it lives in the OS keyring."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from zoomdesk.core.errors import CredentialsError
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
            raise SettingsError(f"Cannot read the settings file {self.path}: {error}") from error
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
            raise SettingsError(
                f"The settings file {self.path} is damaged ({error}). Move it aside and add the "
                "profile again; no secret is stored in it."
            ) from error
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
            raise SettingsError(f"Cannot save the settings file {self.path}: {error}") from error

    def put(self, profile: Profile, *, make_default: bool = False) -> None:
        content = self.load()
        content.profiles[profile.name] = profile
        if make_default or content.default is None:
            content.default = profile.name
        self.save(content)

    def remove(self, name: str) -> bool:
        content = self.load()
        if content.profiles.pop(name, None) is None:
            return False
        if content.default == name:
            content.default = next(iter(content.profiles), None)
        self.save(content)
        return True
