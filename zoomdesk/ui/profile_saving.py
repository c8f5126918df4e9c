"""Storing what the profile dialog holds: the secret in the OS keyring (moved along when a
profile is renamed), then the profile itself; when no keyring is usable, the offer to keep the
secret in memory for this session. Never a secret in a file."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.i18n import translate
from zoomdesk.core.profiles import Profile
from zoomdesk.core.secrets import KeyringLocked, KeyringTimeout, KeyringUnavailable
from zoomdesk.ui.errors import describe

if TYPE_CHECKING:
    from zoomdesk.ui.profile_dialog import ProfileDialog

log = logging.getLogger("zoomdesk.ui")
KEYRING_PROBLEMS = (KeyringUnavailable, KeyringLocked, KeyringTimeout)


class ProfileSaving:
    """The profile dialog's save path (for `ProfileDialog`)."""

    def __init__(self, owner: ProfileDialog) -> None:
        self.owner = owner

    async def save(self) -> None:
        self.owner._set_busy(True)
        self.owner.keyring_banner.hide()
        profile = self.owner.profile()
        secret = self.owner.secret_edit.text()
        try:
            if secret:
                await self.owner.secrets.set(profile.name, secret)
            elif self.owner.original is not None and self.owner.original.name != profile.name:
                await self._move_secret(self.owner.original.name, profile.name)
        except KEYRING_PROBLEMS as error:
            self._offer_session_only(profile, secret, error)
            return
        except CredentialsError as error:
            self.owner.set_error("client_secret", error.summary())
            return
        finally:
            self.owner._set_busy(False)
        self._store(profile)

    async def _move_secret(self, old: str, new: str) -> None:
        secret = await self.owner.secrets.get(old)
        if secret:
            await self.owner.secrets.set(new, secret)
            await self.owner.secrets.delete(old)

    def _offer_session_only(self, profile: Profile, secret: str, error: Exception) -> None:
        self.owner.pending = profile
        text = translate(
            "ProfileDialog",
            "{problem} You can use the secret for this session only: zoomdesk keeps it in "
            "memory until it closes, and asks for it again next time.",
        ).format(problem=describe(error).message)
        actions = [(translate("ProfileDialog", "Try again"), self.owner.on_save_clicked)]
        if secret:
            actions.insert(
                0,
                (
                    translate("ProfileDialog", "Use for this session only"),
                    self.on_session_only_clicked,
                ),
            )
        self.owner.keyring_banner.show_message(
            text, kind="warning", actions=actions, details=describe(error).details
        )
        self.owner._grow()

    def on_session_only_clicked(self) -> None:
        profile = self.owner.pending or self.owner.profile()
        self.owner.secrets.keep_for_session(profile.name, self.owner.secret_edit.text())
        self._store(profile)

    def _store(self, profile: Profile) -> None:
        try:
            self.owner.profiles.put(profile)
            if self.owner.original is not None and self.owner.original.name != profile.name:
                self.owner.profiles.remove(self.owner.original.name)
        except CredentialsError as error:
            self.owner._show_result(error.summary(), ok=False)
            return
        log.info("profile %s saved", profile.name)
        self.owner.saved.emit(profile.name)
        self.owner.accept()
