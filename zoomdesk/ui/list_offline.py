"""The meeting list's local cache and its offline reading (issue 19): the cached rows shown at
start and replaced in place by Zoom's answer, the read-only state while Zoom cannot be reached,
the copy kept after each load. Owned by `MeetingListController` (ui/meeting_list.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting, User
from zoomdesk.ui import list_cache
from zoomdesk.ui.errors import innermost
from zoomdesk.ui.list_cache import CachedView
from zoomdesk.ui.offline import unreachable
from zoomdesk.ui.session import Session

if TYPE_CHECKING:
    from zoomdesk.ui.meeting_list import MeetingListController


class CachedListing:
    """The list's cache and offline reading (for `MeetingListController`)."""

    def __init__(self, owner: MeetingListController) -> None:
        self.owner = owner
        self.users: list[User] = []  # the account's users as cached with the rows shown
        self.view: CachedView | None = None  # what the cache gave, while its rows are shown

    async def show_cached(self, session: Session) -> bool:
        if self.owner.cache is None:
            return False
        host = self.owner.page.host_id() or self.owner.settings.host
        view = await list_cache.load_view(self.owner.cache, host, self.owner.page.list_type())
        if view is None or session is not self.owner.session:
            return False
        session.set_users(session.users or view.users)
        self.show_view(view)
        return True

    def show_view(self, view: CachedView) -> None:
        """Rows from the cache, marked "as of 07:41 — refreshing…" until Zoom answers."""
        # A cache made before the policy limited the hosts shows only the allowed ones now.
        users = [u for u in view.users if self.owner.host_allowed(u.email)]
        meetings = view.meetings
        if len(users) < len(view.users):
            meetings = [m for m in meetings if m.host_id in {u.id for u in users}]
        by_id = {u.id: u for u in users}
        self.users = users
        self.view = view
        if self.owner.session is None:  # at start, before the connection exists
            self.owner.model.set_host_label(
                lambda m: (
                    by_id[m.host_id].display_name
                    if m.host_id in by_id
                    else (m.host_email or m.host_id)
                )
            )
        self.owner.page.set_users(users, self.owner.page.host_id() or self.owner.settings.host)
        self.owner.model.clear()
        self.owner.model.append(meetings)
        self.owner.cached_as_of = view.as_of
        self.owner.page.set_loading(False)
        self.owner.window.status.show_cached(self.owner.model.rowCount(), view.as_of)
        self.owner.page.focus_rows()
        self.owner.cached_shown.emit(self.owner.model.rowCount())

    async def offline_instead(self, session: Session, error: BaseException) -> bool:
        """Zoom cannot be reached: read-only on the cache and try again later. With nothing
        cached (a first start, the sandbox) the failure is shown as any other, with "Retry"."""
        if not unreachable(error) or session is not self.owner.session:
            return False
        if self.owner.cached_as_of is None and not self.owner.model.rowCount():
            await self.show_cached(session)  # e.g. another host chosen while offline
            if session is not self.owner.session:
                return True
        if self.owner.cached_as_of is None and not self.owner.offline.active:
            return False
        self.owner.window.status.finish_progress(None)
        if self.owner.cached_as_of is None:
            self.owner.page.set_failed()
        else:
            self.owner.page.set_loading(False)
            self.owner.window.status.show_cached(
                self.owner.model.rowCount(), self.owner.cached_as_of, "offline"
            )
        self.owner.offline.enter(self.owner.cached_as_of, error)
        rows = self.owner.model.rowCount() if self.owner.cached_as_of is not None else -1
        self.owner.went_offline.emit(rows, str(innermost(error)))
        return True

    async def save_cached(
        self, host: str, list_type: str, meetings: list[Meeting], session: Session
    ) -> None:
        if self.owner.cache is not None and session is self.owner.session:
            await list_cache.save_list(self.owner.cache, host, list_type, meetings, session.users)

    async def readable(self, meeting: Meeting) -> Meeting:
        """The whole meeting for copying and exporting: Zoom's (kept in the cache), else the
        cached one while Zoom cannot be reached, else the list's row. Never for editing: a
        cached meeting has no passcode."""
        session = self.owner.session
        assert session is not None
        if not self.owner.offline.active:
            try:
                full = await session.client.get_meeting(meeting.id)
            except Exception as error:
                if not unreachable(error) or self.owner.cache is None:
                    raise
            else:
                if self.owner.cache is not None:
                    await list_cache.save_meeting(self.owner.cache, full)
                return full
        cached = (
            await list_cache.load_meeting(self.owner.cache, meeting.id)
            if self.owner.cache
            else None
        )
        return cached or meeting

    async def forget_cache(self) -> None:
        """Profile → Forget cached meetings: the file goes; the rows on screen stay."""
        session = self.owner.session
        key = list_cache.session_key(session) if session is not None else None
        if self.owner.caches is not None and key is not None:
            await list_cache.forget(self.owner.caches, key)
            self.owner.window.notify(
                translate(
                    "MeetingList", "The meetings kept on this computer for this profile are gone"
                )
            )

    def replace_rows(self, meetings: list[Meeting]) -> None:
        """Zoom's answer in place of the cached rows, keeping the selection and the scroll."""
        table = self.owner.page.table
        selected = self.owner.selected()
        scroll = table.verticalScrollBar().value()
        self.owner.model.clear()
        self.owner.model.append(meetings)
        if selected is not None:
            self.owner.page.select_meeting(selected.id)
        table.verticalScrollBar().setValue(scroll)
