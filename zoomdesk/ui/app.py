"""The desktop app's composition root and `run_gui()`.

The window is shown before anything slow happens: httpx, keyring and the sandbox are imported
and built inside the running loop (the imports on a worker thread), then the stored profile is
read and the meeting list loads. Closing the window cancels the work in flight, closes the HTTP
client, abandons a keyring call stuck on an unlock prompt and stops the sandbox."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import time
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # before qasync, which would otherwise pick any Qt binding
from PySide6.QtCore import QObject, QTimer, Signal

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.i18n import translate
from zoomdesk.core.logs import RedactingFilter
from zoomdesk.core.paths import AppPaths
from zoomdesk.ui import qt_compat
from zoomdesk.ui.about import show_about
from zoomdesk.ui.actions import MeetingActions
from zoomdesk.ui.app_failures import AppFailures
from zoomdesk.ui.app_runtime import (
    LaunchOptions,
    build_services,
    exit_now_if_stuck,
    start_sandbox,
)
from zoomdesk.ui.app_shutdown import AppShutdown
from zoomdesk.ui.bulk.menu import BulkMenu
from zoomdesk.ui.calendar import attach_calendar
from zoomdesk.ui.list_cache import early_start, session_key
from zoomdesk.ui.main_window import MainWindow
from zoomdesk.ui.meeting_list import MeetingListController
from zoomdesk.ui.palette import readable_placeholders
from zoomdesk.ui.policy_ui import apply_policy, load_policy_blocking, sandbox_refused
from zoomdesk.ui.preferences_dialog import show_preferences
from zoomdesk.ui.profile_actions import ProfileActions
from zoomdesk.ui.session import Session
from zoomdesk.ui.settings import UiSettings
from zoomdesk.ui.smoke import SmokeTest
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.policy import Policy
    from zoomdesk.core.profiles import ProfileFile
    from zoomdesk.core.services import Services
    from zoomdesk.core.settings_env import Connection
    from zoomdesk.core.tokens import TokenProvider
    from zoomdesk.sandbox import Sandbox
    from zoomdesk.ui.app_tools import Tools

log = logging.getLogger("zoomdesk.ui")


class DesktopApp(QObject):
    """Builds the window, the services and the session, and wires them together."""

    # Emitted with the Services once they exist: the place to add panels that need them, e.g.
    # `window.add_dock(DebugPanel(services.log, app.current_tokens), "HTTP exchanges")`.
    services_ready = Signal(object)

    def __init__(
        self,
        options: LaunchOptions,
        paths: AppPaths | None = None,
        *,
        window: MainWindow | None = None,
        settings: UiSettings | None = None,
        shown_at: float | None = None,
        redactor: RedactingFilter | None = None,
    ) -> None:
        """`window` and `settings` when `zoomdesk.ui.launch` showed the window already;
        `redactor` is the log's (the services register each secret with it)."""
        super().__init__()
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            app.setPalette(readable_placeholders(app.palette()))
        self.options = options
        self.redactor = redactor or RedactingFilter()
        self.paths = paths or AppPaths.default()
        self.settings = settings or UiSettings(self.paths.config)
        self.runner = TaskRunner(self)
        self.shutdown_runner = TaskRunner(self)  # not among the runners the shutdown stops
        self.window = window or MainWindow(self.settings)
        self.shown_at = shown_at
        self.meetings = MeetingListController(self.window, self.runner, self.settings, self)
        self.actions = MeetingActions(self.window, self.meetings, self.runner, self)
        self.calendar = attach_calendar(
            self.window, self.meetings, self.actions, self.settings, self
        )  # issue 17
        self.bulk = BulkMenu(self.window, self.meetings, lambda: self.services, self)
        self.services: Services | None = None
        self.tools: Tools | None = None  # the debug panel, the doctor, the change history
        self.sandbox: Sandbox | None = None
        self.session: Session | None = None
        self.policy: Policy | None = None  # read in boot(); None until then (issue 19)
        self._early_key: str | None = None  # whose cached rows are on screen from the start
        self.smoke = SmokeTest(options.started_at, parent=self) if options.smoke_test else None
        self.exit_code = 0
        self.shut_down = False
        self._finished: asyncio.Event | None = None
        self.services_ready.connect(self._on_services_ready)
        self.runner.failed.connect(self.on_task_failed)
        self.closing = AppShutdown(self)
        self.failures = AppFailures(self)  # what the window says when the app's work fails
        self.window.closed.connect(self.closing.on_window_closed)
        self.window.sandbox_chosen.connect(self.use_sandbox)
        self.window.profile_chosen.connect(self.switch_profile)
        self.profiles = ProfileActions(
            self.window,
            self.settings,
            self.runner,
            services=lambda: self.services,
            current=lambda: self.session.profile if self.session else None,
            connect=self.connect_profile,
            connected=lambda: self.session is not None,
            parent=self,
        )
        self.window.about_action.triggered.connect(lambda: show_about(self.window, self.paths))
        self.window.preferences_action.triggered.connect(
            lambda: show_preferences(self.window, self.settings)
        )
        if self.smoke is not None:
            self.smoke.watch(self)
            self.smoke.finished.connect(self._on_smoke_finished)

    # --- start -----------------------------------------------------------------------------

    def start(self) -> None:
        self._finished = asyncio.Event()
        if self.smoke is not None:
            self.smoke.start()
        self.window.show_page("starting")
        self.window.show()
        if self.smoke is not None:
            if self.shown_at is not None:
                self.smoke.window_shown_s = round(self.shown_at - self.smoke.started_at, 3)
            else:
                QTimer.singleShot(0, self.smoke.mark_window_shown)
        self.runner.start(self.boot(), translate("DesktopApp", "Starting zoomdesk"), key="boot")

    async def boot(self) -> None:
        loop = asyncio.get_running_loop()
        # The last list from the cache first: its rows go on screen the moment they are read,
        # before httpx is even imported (imports on other threads would hold the GIL it needs).
        await early_start(self, loop)
        policy = loop.run_in_executor(None, load_policy_blocking)
        self.services = await loop.run_in_executor(None, build_services, self.paths, self.redactor)
        self.policy = await policy
        apply_policy(self.window, self.policy)
        self.profiles.policy = self.actions.policy = self.policy
        self.meetings.set_host_filter(self.policy.host_allowed)
        self.services_ready.emit(self.services)
        if self.smoke is not None:
            self.smoke.keyring_task = self.runner.start(
                self.smoke.read_keyring(self.services.secrets),
                translate("DesktopApp", "Checking the keyring"),
            )
        if self.options.sandbox and self.policy.allow_sandbox:
            await self.start_sandbox()
            return
        if self.options.sandbox:  # `zoomdesk --sandbox` on a desktop whose policy forbids it
            self.window.show_message(sandbox_refused(self.policy), kind="warning")
        await self.connect_profile(self._initial_profile())

    def current_tokens(self) -> TokenProvider | None:
        """The token provider of the current connection (the debug panel shows its state)."""
        return self.session.client.tokens if self.session else None

    def _initial_profile(self) -> str | None:
        if self.options.profile:
            return self.options.profile
        last = self.settings.last_profile
        # A damaged settings file yields no profiles here; resolve_connection reports it.
        known = {*self._stored_profiles().profiles, *self.window.presets}
        return last if last in known else None

    # --- connections -----------------------------------------------------------------------

    async def connect_profile(self, name: str | None) -> None:
        """The named profile (or the default one, with environment overrides); the welcome page
        when nothing is configured."""
        assert self.services is not None
        from zoomdesk.core.settings_env import resolve_connection

        presets = self.policy.profiles if self.policy is not None else ()
        try:
            connection = await resolve_connection(
                self.services.profiles, self.services.secrets, name, presets=presets
            )
        except CredentialsError as error:
            if self.smoke is not None:
                raise
            self.failures.credentials_problem(name, error)
            return
        if connection is None:
            if self.smoke is not None:
                await self.start_sandbox()
                return
            self.meetings.detach()
            self.session = None
            self.window.set_title(None)
            self._refresh_profiles(None, sandbox=False, connected=False)
            self.window.status.detach()
            self.window.show_page("welcome")
            return
        self.activate(connection, sandbox=False)

    def _stored_profiles(self) -> ProfileFile:
        from zoomdesk.core.profiles import ProfileFile

        assert self.services is not None
        try:
            return self.services.profiles.load()
        except CredentialsError:
            return ProfileFile()

    def activate(self, connection: Connection, *, sandbox: bool) -> None:
        assert self.services is not None
        client = self.services.client_for(connection)
        session = Session(client, connection, sandbox)
        # The rows read from this profile's cache at start stay until Zoom's answer replaces them.
        keep = self._early_key is not None and session_key(session) == self._early_key
        self._early_key = None
        if not keep:
            self.meetings.detach()
        self.session = session
        self.window.clear_message()
        self.window.set_title(connection.profile or session.label, sandbox=sandbox)
        self._refresh_profiles(connection.profile, sandbox=sandbox)
        self.window.status.set_connection(session.label, client.tokens)
        self.window.show_page("list")
        if connection.profile and not sandbox:
            self.settings.last_profile = connection.profile
        self.meetings.attach(session, keep_cached=keep)
        if not self.options.smoke_test:
            from zoomdesk.ui.recovery import offer_recovery

            owner = self.actions.draft_owner
            self.runner.start(
                offer_recovery(
                    self.services.drafts,
                    session,
                    self.window,
                    self.actions,
                    owner.is_live if owner else None,
                ),
                translate("DesktopApp", "Looking for unsaved meeting forms"),
            )

    def _on_services_ready(self, services: Services) -> None:
        """Autosaved forms, the debug panel, the doctor and the history need services."""
        from zoomdesk.ui.app_tools import Tools

        self.actions.drafts = services.drafts
        self.meetings.caches = services.caches
        self.window.status.follow_rate_budget(
            services.log, lambda: self.session.client.rate_budget if self.session else None
        )
        from zoomdesk.ui.draft_owners import DraftOwner

        self.actions.draft_owner = DraftOwner(self.paths.data / "draft-owners")
        self.tools = Tools(self.window, services, self.current_tokens, self.sandbox_url, self)

    async def sandbox_url(self) -> str:
        """The app's sandbox (started now if it is not running), for the doctor's replays."""
        if self.sandbox is None:
            loop = asyncio.get_running_loop()
            self.sandbox = await loop.run_in_executor(None, start_sandbox)
        return str(self.sandbox.url)

    def _refresh_profiles(
        self, current: str | None, *, sandbox: bool, connected: bool = True
    ) -> None:
        stored = {*self._stored_profiles().profiles, *self.window.presets}
        names = sorted(stored, key=str.casefold)
        self.window.set_profiles(names, current, sandbox=sandbox, connected=connected)

    def use_sandbox(self) -> None:
        what = translate("DesktopApp", "Starting the sandbox")
        self.runner.start(self.start_sandbox(), what, key="connect")

    async def start_sandbox(self) -> None:
        if self.policy is not None and not self.policy.allow_sandbox:
            if self.smoke is not None:
                raise RuntimeError(sandbox_refused(self.policy))
            self.window.show_message(sandbox_refused(self.policy), kind="warning")
            return
        url = await self.sandbox_url()
        from zoomdesk.core.services import sandbox_connection

        self.activate(sandbox_connection(url), sandbox=True)

    def switch_profile(self, name: str) -> None:  # the Profile menu
        if self.services is None:
            return
        what = translate("DesktopApp", "Connecting with “{profile}”").format(profile=name)
        self.runner.start(self.connect_profile(name), what, key="connect")

    # --- errors ----------------------------------------------------------------------------

    def on_task_failed(self, what: str, error: BaseException) -> None:
        """The app runner's failures, shown with a fix where there is one (app_failures.py)."""
        self.failures.on_task_failed(what, error)

    def report_unexpected(self, error: BaseException) -> None:
        """For the global hooks: a friendly message instead of a traceback."""
        self.on_task_failed("", error)

    async def run(self) -> int:
        """Until the window is closed and the shutdown that follows has finished."""
        return await self.closing.run()

    def _on_smoke_finished(self, code: int) -> None:
        self.exit_code = code
        self.window.close()


def run_gui(
    *,
    sandbox: bool = False,
    smoke_test: bool = False,
    profile: str | None = None,
    started_at: float | None = None,
    window: MainWindow | None = None,
    settings: UiSettings | None = None,
    shown_at: float | None = None,
) -> int:
    """The `zoomdesk` command with no subcommand (through `zoomdesk.ui.launch`, which shows
    the window first). Returns the exit status."""
    options = LaunchOptions(sandbox, smoke_test, profile, started_at or time.perf_counter())
    from zoomdesk.ui.launch import make_qapplication

    app = make_qapplication()

    import qasync

    from zoomdesk.core.logs import RedactingFilter, setup_logging
    from zoomdesk.ui.errors import install_hooks

    paths = AppPaths.default()
    redactor = RedactingFilter()
    level = logging.DEBUG if os.environ.get("ZOOMDESK_DEBUG") else logging.INFO
    setup_logging(paths.log, redactor, level)
    if qt_compat.applied():
        log.warning("%s", qt_compat.NOTE)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    desktop = DesktopApp(
        options, paths, window=window, settings=settings, shown_at=shown_at, redactor=redactor
    )
    # The objects of start-up (Qt wrappers, httpx, keyring) live for the whole session: keep
    # them out of the garbage collector's full passes, which otherwise show up as pauses while
    # thousands of meetings load (measured: 85-110 ms stalls, 55-70 ms with this).
    desktop.services_ready.connect(lambda _services: gc.freeze())
    restore = install_hooks(loop, desktop.report_unexpected)
    try:
        desktop.start()
        code = loop.run_until_complete(desktop.run())
    except KeyboardInterrupt:
        code = 130
    finally:
        restore()
        loop.close()
    log.info("exit %d", code)
    return exit_now_if_stuck(code)


__all__ = ["DesktopApp", "LaunchOptions", "run_gui"]
