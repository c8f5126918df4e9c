"""What the main window says when the app's own work fails, with the fix next to the message:
edit the profile Zoom refused, retry the list, forget a meeting deleted elsewhere; when a
profile's credentials cannot be read, enter the secret, add a profile or use the sandbox.
During `--smoke-test` a failure ends the test instead. Owned by `DesktopApp` (ui/app.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from zoomdesk.core.errors import AuthError, CredentialsError, ScopeError, TokenError
from zoomdesk.core.i18n import translate
from zoomdesk.ui.errors import describe, gone_meeting, innermost
from zoomdesk.ui.meeting_list import loading_text

if TYPE_CHECKING:
    from zoomdesk.ui.app import DesktopApp


class AppFailures:
    """The app's failures, shown in its main window (for `DesktopApp`)."""

    def __init__(self, owner: DesktopApp) -> None:
        self.owner = owner

    def on_task_failed(self, what: str, error: BaseException) -> None:
        app = self.owner
        if app.smoke is not None and not app.smoke.done:
            app.smoke.fail_with(what, error)
            return
        actions: list[tuple[str, Callable[[], None]]] = []
        profile = app.session.profile if app.session else None
        if profile and isinstance(innermost(error), TokenError | AuthError | ScopeError):
            actions.append(
                (
                    translate("DesktopApp", "Edit profile…"),
                    lambda: app.profiles.open_dialog(profile),
                )
            )
        if what == loading_text() and app.session is not None:
            actions.append((translate("DesktopApp", "Retry"), app.meetings.reload))
        gone = gone_meeting(error)  # deleted elsewhere: the row must not stay
        note = (
            translate("DesktopApp", "It is no longer in the list.")
            if gone and app.meetings.forget(gone)
            else ""
        )
        app.window.show_error(what, error, actions, note=note)

    def credentials_problem(self, name: str | None, error: CredentialsError) -> None:
        app = self.owner
        app.meetings.detach()
        app.session = None
        app._refresh_profiles(name, sandbox=False, connected=False)
        app.window.show_page("list")
        app.window.status.detach()
        target = name or app._stored_profiles().default or next(iter(app.window.presets), None)
        if target in app._stored_profiles().profiles or target in app.window.presets:
            fix = (
                translate("DesktopApp", "Enter secret…"),
                lambda: app.profiles.open_dialog(target),
            )
        else:
            fix = (translate("DesktopApp", "Add profile…"), lambda: app.profiles.open_dialog(None))
        actions = [fix]
        if app.window.sandbox_allowed:
            actions.append((translate("DesktopApp", "Use the sandbox"), app.use_sandbox))
        app.window.show_message(
            translate("DesktopApp", "Cannot connect: {problem}").format(
                problem=describe(error).message
            ),
            details=error.summary(),
            actions=actions,
        )
