"""Loading the meeting list: the account's users, then every page of meetings for the chosen
host and list type, appended page by page with visible progress. A newer load cancels an older
one; a meeting changed elsewhere in the app is refreshed on its own with a GET."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from zoomdesk.core.errors import ApiError, ZoomDeskError
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.models import Meeting, MeetingPage, MeetingType, User
from zoomdesk.ui import list_cache
from zoomdesk.ui.list_offline import CachedListing
from zoomdesk.ui.main_window import MainWindow
from zoomdesk.ui.offline import OfflineMode, unreachable
from zoomdesk.ui.session import Session
from zoomdesk.ui.settings import UiSettings
from zoomdesk.ui.tasks import TaskRunner

REGISTRATION_TYPES = (MeetingType.SCHEDULED, MeetingType.RECURRING_FIXED_TIME)
if TYPE_CHECKING:
    from zoomdesk.core.meeting_cache import MeetingCache, MeetingCaches

log = logging.getLogger("zoomdesk.ui")
# What a failure message names; also how a later success clears it (loading_text()).
LOADING = translate_noop("MeetingList", "Loading meetings")
DETAILS_DELAY_MS = 300  # after the selection settles, not for every row arrowed past
CONCURRENCY = 4  # hosts loaded at once; Zoom's per-second limits allow more, proxies may not
ME = User(id="me", email="me")  # when the users list is not readable: the app owner's meetings


def loading_text() -> str:
    """ "Loading meetings" in the user's language: the task's name, compared to clear it."""
    return translate_marked("MeetingList", LOADING)


class MeetingListController(QObject):
    first_page_shown = Signal()
    load_finished = Signal(int)  # rows in the list
    progress = Signal(int, int)  # loaded, total known so far
    cached_shown = Signal(int)  # rows from the local cache on screen, before Zoom answered
    went_offline = Signal(int, str)  # rows shown (-1: nothing cached), why Zoom is unreachable

    def __init__(
        self, window: MainWindow, runner: TaskRunner, settings: UiSettings, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.page = window.list_page
        self.model = window.model
        self.runner = runner
        self.settings = settings
        self.session: Session | None = None
        self.loaded_at: datetime | None = None
        self._generation = 0
        self.page.host_changed.connect(self.on_host_changed)
        self.page.list_type_changed.connect(self.on_list_type_changed)
        window.refresh_action.triggered.connect(self.reload)
        self.page.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        # List results carry no recurrence: fetch it for the recurring meeting the user selects.
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self.fetch_selected_details)
        self._detailed: set[int] = set()
        self._users_unreadable = False
        self.caches: MeetingCaches | None = None  # set once the services exist
        self.cache: MeetingCache | None = None  # the session's (none for the sandbox)
        self.cached_as_of: datetime | None = None  # the rows shown are the cache's, from then
        self.offline = OfflineMode(window, self.reload, self)
        self.cached = CachedListing(self)  # the local cache and reading offline
        window.forget_cache_action.triggered.connect(
            lambda: runner.start(
                self.cached.forget_cache(),
                translate("MeetingList", "Forgetting the cached meetings"),
            )
        )
        self.host_allowed: Callable[[str], bool] = lambda _email: True  # the IT policy's
        self.model.modelReset.connect(self.update_actions)
        self.model.rowsRemoved.connect(self.update_actions)
        # The count in the status bar follows the rows a create or a delete adds or removes.
        self.model.rowsInserted.connect(self._show_count)
        self.model.rowsRemoved.connect(self._show_count)
        self.model.dataChanged.connect(self.update_actions)

    # --- connection ------------------------------------------------------------------------

    def attach(self, session: Session, *, keep_cached: bool = False) -> None:
        """`keep_cached`: the rows on screen are this session's cache (shown at start)."""
        self.session = session
        self._detailed.clear()
        self._generation += 1
        self.offline.stop()
        key = list_cache.session_key(session)
        self.cache = self.caches.for_key(key) if self.caches is not None and key else None
        if keep_cached and self.cached_as_of is not None:
            session.set_users(self.cached.users)  # the host names, until Zoom sends its own
        else:
            self.cached_as_of = None
            self.model.clear()
            self.page.set_loading(True)
        self.model.set_host_label(session.host_label)
        self.window.status.set_progress(0, None)
        self.update_actions()
        self.runner.start(self._start(session), loading_text(), key="load")

    def detach(self) -> None:
        self.runner.cancel("load")
        self._generation += 1
        self.session = None
        self.cache = None
        self.cached_as_of = None
        self.offline.stop()
        self.model.clear()
        self.page.set_loading(False)
        self.window.status.finish_progress(None)
        self.update_actions()

    def set_host_filter(self, allowed: Callable[[str], bool]) -> None:
        """The IT policy's allowed_hosts, known once it is read: cached rows shown before then
        are shown again without the other hosts' meetings."""
        self.host_allowed = allowed
        view = self.cached.view if self.cached_as_of is not None else None
        if view is not None and not all(allowed(u.email) for u in view.users):
            self.cached.show_view(view)

    def _show_count(self, *_: object) -> None:
        if self.loaded_at is not None and not self.is_loading():
            self.window.status.finish_progress(self.model.rowCount(), self.loaded_at)

    async def _start(self, session: Session) -> None:
        try:
            if self.cached_as_of is None and not self.model.rowCount():
                await self.cached.show_cached(session)
            await self._users_then_meetings(session)
        except Exception as error:
            if await self.cached.offline_instead(session, error):
                return
            self._failed()
            raise

    def _failed(self) -> None:
        """The list says it could not load, instead of "Loading meetings…" forever."""
        self.page.set_failed()
        self.window.status.finish_progress(None)
        if self.cached_as_of is not None:  # Zoom refused (not unreachable): the rows stay
            rows = self.model.rowCount()
            self.window.status.show_cached(rows, self.cached_as_of, "not updated")

    async def _users_then_meetings(self, session: Session) -> None:
        self._users_unreadable = False
        try:
            users = await session.client.list_users()
        except ApiError as error:
            if unreachable(error):
                raise
            # Without user:read the list can still show the app owner's own meetings.
            self.window.show_error(translate("MeetingList", "Reading the account's users"), error)
            self._users_unreadable = True
            users = []
        # The IT policy may limit the hosts this desktop lists and manages (allowed_hosts).
        users = [u for u in users if self.host_allowed(u.email)]
        session.set_users(users)
        self.model.set_host_label(session.host_label)
        self.page.set_users(users, self.page.host_id() or self.settings.host)
        await self._load(session)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh (F5): the users too, since a host may have joined or left the account.
        Offline, it is "try now"."""
        if self.session is None:
            return
        self.offline.timer.stop()
        self.runner.start(self._start(self.session), loading_text(), key="load")

    def reload_meetings(self) -> None:
        if self.session is None:
            return
        self.runner.start(self._load_or_fail(self.session), loading_text(), key="load")

    async def _load_or_fail(self, session: Session) -> None:
        try:
            await self._load(session)
        except Exception as error:
            if await self.cached.offline_instead(session, error):
                return
            self._failed()
            raise

    def on_host_changed(self) -> None:
        self.settings.host = self.page.host_id()
        self.reload_meetings()

    def on_list_type_changed(self) -> None:
        self.settings.list_type = self.page.list_type()
        self.reload_meetings()

    def is_loading(self) -> bool:
        return self.runner.running("load")

    async def _load(self, session: Session) -> None:
        self._generation += 1
        generation = self._generation
        host = self.page.host_id()
        list_type = self.page.list_type()
        one = session.user(host) or User(id=host, email=host)
        users = [one] if host else session.users or ([ME] if self._users_unreadable else [])
        status = self.window.status
        # Cached rows stay on screen until Zoom's whole answer replaces them in one go.
        replacing = self.cached_as_of is not None and self.model.rowCount() > 0
        if not replacing:
            self.cached_as_of = None
            self.model.clear()
            self.page.set_loading(True)
        self._detailed.clear()
        status.set_progress(0, None)
        totals: dict[str, int] = {}
        loaded = 0
        started = time.perf_counter()
        first = not replacing
        fetched: list[Meeting] = []

        def on_page(page: MeetingPage) -> None:
            nonlocal loaded, first
            if generation != self._generation:
                return  # a newer load owns the model now
            fetched.extend(page.meetings)
            if not replacing:
                self.model.append(page.meetings)
            loaded += len(page.meetings)
            if page.total_records is not None:
                totals.setdefault(page.user_id, page.total_records)
            total = sum(totals.values())
            status.set_progress(loaded, total, more_hosts=len(totals) < len(users))
            self.progress.emit(loaded, total)
            # Ready means rows on screen (or, below, every host answered): not an empty page
            # of a host with no meetings while the others' are still on their way.
            if first and self.model.rowCount():
                first = False
                self.page.set_loading(False)
                self.page.focus_rows()
                self.first_page_shown.emit()

        try:
            failures = await self._fetch(session, users, list_type, on_page)
        except BaseException:  # cancelled: stop the progress display, keep the rows
            if generation == self._generation:
                self.page.set_loading(False)
                status.finish_progress(None)
            raise
        if failures and len(failures) == len(users):
            status.finish_progress(None)
            self.page.set_loading(False)
            raise failures[0][1]
        if failures:
            # One host's trouble (a user removed meanwhile, say) must not hide everyone else's.
            names = ", ".join(user.email for user, _ in failures[:3])
            if len(failures) > 3:
                names = translate("MeetingList", "{hosts} and %n more", len(failures) - 3).format(
                    hosts=names
                )
            what = translate("MeetingList", "Listing the meetings of {hosts}").format(hosts=names)
            self.window.show_error(what, failures[0][1])
        if replacing:
            self.cached.replace_rows(fetched)
        self.cached_as_of = None
        self.offline.leave()
        self.loaded_at = datetime.now()
        self.window.clear_message(about=loading_text())  # a retry that worked
        rows = self.model.rowCount()
        self.page.set_loading(False)
        status.finish_progress(rows, self.loaded_at)
        if first or replacing:
            self.first_page_shown.emit()
        log.info(
            "%s %s: %d meetings in %.2f s",
            list_type,
            host or "all users",
            rows,
            time.perf_counter() - started,
        )
        await self.cached.save_cached(host, list_type, fetched, session)
        self.load_finished.emit(rows)

    async def _fetch(
        self,
        session: Session,
        users: list[User],
        list_type: str,
        on_page: Callable[[MeetingPage], None],
    ) -> list[tuple[User, ZoomDeskError]]:
        """Every page of every user's meetings, a few users at a time. Returns the users whose
        meetings could not be listed, with why."""
        gate = asyncio.Semaphore(CONCURRENCY)
        failures: list[tuple[User, ZoomDeskError]] = []

        async def one(user: User) -> None:
            async with gate:
                try:
                    async for page in session.client.meeting_pages(user.id, list_type):
                        on_page(page)
                except ZoomDeskError as error:
                    failures.append((user, error))

        async with asyncio.TaskGroup() as group:  # cancelled together with the load
            for user in users:
                group.create_task(one(user))
        return failures

    # --- single meetings -------------------------------------------------------------------

    def show_saved(self, meeting: Meeting) -> None:
        """A meeting the form created or changed, as Zoom answered: shown with no request."""
        if self.model.replace(meeting):
            self.page.select_meeting(meeting.id)
            self.window.notify(
                translate("MeetingList", "Saved “{topic}”").format(topic=meeting.topic)
            )
            return
        host = self.page.host_id()
        if self.page.list_type() == "previous_meetings" or (host and meeting.host_id != host):
            self.window.notify(
                translate("MeetingList", "Created “{topic}” (not in this list)").format(
                    topic=meeting.topic
                )
            )
            return
        self.model.append([meeting])
        self.page.select_meeting(meeting.id)
        self.window.notify(
            translate("MeetingList", "Created “{topic}”").format(topic=meeting.topic)
        )

    def forget(self, meeting_id: int) -> bool:
        """Zoom says the meeting does not exist (deleted elsewhere): drop its row."""
        return self.model.remove(meeting_id)

    def on_selection_changed(self, *_: object) -> None:
        self.update_actions()
        self._details_timer.start()

    def fetch_selected_details(self) -> None:
        meeting = self.selected()
        if (
            self.session is None
            or meeting is None
            or meeting.type is not MeetingType.RECURRING_FIXED_TIME
            or meeting.recurrence is not None
            or meeting.id in self._detailed
            or self.offline.active
        ):
            return
        self._detailed.add(meeting.id)
        what = translate("MeetingList", "Reading the meeting's details")
        self.runner.start(self._details(meeting.id), what, key="details")

    async def _details(self, meeting_id: int) -> None:
        if self.session is not None:
            meeting = await self.session.client.get_meeting(meeting_id)
            self.model.replace(meeting)
            if self.cache is not None:
                await list_cache.save_meeting(self.cache, meeting)

    def selected(self) -> Meeting | None:
        row = self.page.current_row()
        return None if row is None else self.model.meeting(row)

    def update_actions(self, *_: object) -> None:
        meeting = self.selected()
        self.window.set_meeting_actions(
            connected=self.session is not None,
            selected=meeting is not None,
            fixed_time=meeting is not None and meeting.start_time is not None,
            # Zoom takes registration for scheduled meetings and fixed-time series only.
            registration=meeting is not None and meeting.type in REGISTRATION_TYPES,
        )
