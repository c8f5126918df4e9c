"""Storing what the profile dialog holds: the secret in the OS keyring (moved along when a
profile is renamed), then the profile itself; when no keyring is usable, the offer to keep the
secret in memory for this session. Never a secret in a file."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.profiles import Profile
from zoomdesk.core.secrets import KeyringLocked, KeyringTimeout, KeyringUnavailable
from zoomdesk.ui.errors import describe

if TYPE_CHECKING:
    from zoomdesk.ui.profile_dialog import ProfileDialog

    Base = ProfileDialog
else:
    Base = object

log = logging.getLogger("zoomdesk.ui")
KEYRING_PROBLEMS = (KeyringUnavailable, KeyringLocked, KeyringTimeout)


class ProfileSaving(Base):
    """The profile dialog's save path (a part of `ProfileDialog`, kept apart for its size)."""

    async def save(self) -> None:
        self._set_busy(True)
        self.keyring_banner.hide()
        profile = self.profile()
        secret = self.secret_edit.text()
        try:
            if secret:
                await self.secrets.set(profile.name, secret)
            elif self.original is not None and self.original.name != profile.name:
                await self._move_secret(self.original.name, profile.name)
        except KEYRING_PROBLEMS as error:
            self._offer_session_only(profile, secret, error)
            return
        except CredentialsError as error:
            self.set_error("client_secret", error.summary())
            return
        finally:
            self._set_busy(False)
        self._store(profile)

    async def _move_secret(self, old: str, new: str) -> None:
        secret = await self.secrets.get(old)
        if secret:
            await self.secrets.set(new, secret)
            await self.secrets.delete(old)

    def _offer_session_only(self, profile: Profile, secret: str, error: Exception) -> None:
        self.pending = profile
        text = (
            f"{describe(error).message} You can use the secret for this session only: "
            "zoomdesk keeps it in memory until it closes, and asks for it again next time."
        )
        actions = [("Try again", self.on_save_clicked)]
        if secret:
            actions.insert(0, ("Use for this session only", self.on_session_only_clicked))
        self.keyring_banner.show_message(
            text, kind="warning", actions=actions, details=describe(error).details
        )
        self._grow()

    def on_session_only_clicked(self) -> None:
        profile = self.pending or self.profile()
        self.secrets.keep_for_session(profile.name, self.secret_edit.text())
        self._store(profile)

    def _store(self, profile: Profile) -> None:
        try:
            self.profiles.put(profile)
            if self.original is not None and self.original.name != profile.name:
                self.profiles.remove(self.original.name)
        except CredentialsError as error:
            self._show_result(error.summary(), ok=False)
            return
        log.info("profile %s saved", profile.name)
        self.saved.emit(profile.name)
        self.accept()
