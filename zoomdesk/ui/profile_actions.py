"""The Profile menu's work: opening the profile dialog to add or edit a profile (and connecting
with it once saved), and removing a profile with its secret."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.i18n import translate
from zoomdesk.ui.errors import describe
from zoomdesk.ui.main_window import MainWindow
from zoomdesk.ui.settings import UiSettings
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.policy import Policy
    from zoomdesk.core.services import Services


class ProfileActions(QObject):
    """Receives what it needs: the window, the settings, the app's runner, and how to reach
    the services (built after the window), the current profile, and a connection."""

    def __init__(
        self,
        window: MainWindow,
        settings: UiSettings,
        runner: TaskRunner,
        *,
        services: Callable[[], Services | None],
        current: Callable[[], str | None],
        connect: Callable[[str | None], Coroutine[Any, Any, None]],
        connected: Callable[[], bool] = lambda: False,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.runner = runner
        self._services = services
        self._current = current
        self._connect = connect
        self._connected = connected
        self.dialog: QDialog | None = None  # the open profile dialog, if any
        self.remove_box: QMessageBox | None = None
        self.policy: Policy | None = None  # the IT policy, once read (issue 19)
        window.add_profile_requested.connect(lambda: self.open_dialog(None))
        window.edit_profile_requested.connect(lambda: self.open_dialog(self._current()))
        window.remove_profile_requested.connect(self.remove_current)

    def open_dialog(self, name: str | None) -> None:
        """Add a profile (`name` None) or edit one; saving connects with it."""
        services = self._services()
        if services is None:
            return
        from zoomdesk.ui.profile_dialog import ProfileDialog  # pulls in httpx: only when used

        policy = self.policy
        if name is None and policy is not None and not policy.allow_user_profiles:
            from zoomdesk.ui.policy_ui import no_user_profiles

            self.window.show_message(no_user_profiles(policy), kind="warning")
            return
        profile = None
        if name is not None:
            try:
                profile = services.profiles.load().profiles.get(name)
            except CredentialsError as error:
                self.window.show_error(translate("ProfileActions", "Reading the profiles"), error)
                return
            if policy is not None and policy.preset(name) is not None:
                profile = policy.preset(name)  # IT's values win; the user adds the secret
        dialog = ProfileDialog(
            services.profiles,
            services.secrets,
            services.sender,
            profile=profile,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def remove_current(self) -> None:
        name = self._current()
        if name is None or self._services() is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ProfileActions", "Remove profile — zoomdesk"),
            translate(
                "ProfileActions",
                "Remove the profile “{name}” and its secret from this computer? "
                "Your Zoom account and its meetings are not affected.",
            ).format(name=name),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        remove = box.addButton(
            translate("ProfileActions", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        removing = translate("ProfileActions", "Removing “{name}”").format(name=name)
        remove.clicked.connect(lambda: self.runner.start(self._remove(name), removing))
        self.remove_box = box
        box.open()

    async def _remove(self, name: str) -> None:
        services = self._services()
        assert services is not None
        services.profiles.remove(name)
        if self.settings.last_profile == name:
            self.settings.last_profile = None
        # The cached meetings go with the profile: never left for a later one of that name.
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, services.caches.forget, name)
        try:
            await services.secrets.delete(name)
        except CredentialsError as error:
            self.window.show_message(
                translate(
                    "ProfileActions",
                    "The profile was removed, but its secret could not be deleted from the "
                    "password store: {problem}",
                ).format(problem=describe(error).message),
                details=error.summary(),
                kind="warning",
            )
        await self._connect(None)

    def _on_saved(self, name: str) -> None:
        self.runner.start(self._connect_saved(name), _connecting(name), key="connect")

    async def _connect_saved(self, name: str) -> None:
        """A saved profile replaces the current connection only once it gets a token: a typo
        in a new profile must not take the list away (from the sandbox, say) at once."""
        services = self._services()
        if services is None or not self._connected():
            await self._connect(name)
            return
        from zoomdesk.core.errors import ZoomDeskError
        from zoomdesk.core.settings_env import resolve_connection

        try:
            presets = self.policy.profiles if self.policy is not None else ()
            connection = await resolve_connection(
                services.profiles, services.secrets, name, presets=presets
            )
            if connection is not None:
                await services.client_for(connection).tokens.get()
        except ZoomDeskError as error:
            problem = describe(error)
            self.window.show_message(
                translate(
                    "ProfileActions",
                    "“{name}” was saved, but zoomdesk could not connect with it: {problem} "
                    "It stays on the current connection.",
                ).format(name=name, problem=problem.message),
                details=problem.details,
                kind="warning",
                actions=[
                    (translate("ProfileActions", "Edit profile…"), lambda: self.open_dialog(name)),
                    (translate("ProfileActions", "Switch anyway"), lambda: self._switch(name)),
                ],
            )
            return
        await self._connect(name)

    def _switch(self, name: str) -> None:
        self.runner.start(self._connect(name), _connecting(name), key="connect")


def _connecting(name: str) -> str:
    return translate("ProfileActions", "Connecting with “{name}”").format(name=name)
