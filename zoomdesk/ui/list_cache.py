"""The meeting list's side of the local cache (core/meeting_cache.py): which cache a session
uses, and reading and writing it off the event loop.

The cache's methods block on SQLite, so every call here goes through the default executor. The
sandbox is never cached: its meetings are made up and gone when it stops. The account's users
are kept next to the lists (under USERS), so the host selector and the host column read the
same offline as online."""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from zoomdesk.core.models import Json, Meeting, User

if TYPE_CHECKING:
    from zoomdesk.core.meeting_cache import CachedList, MeetingCache, MeetingCaches
    from zoomdesk.ui.app import DesktopApp
    from zoomdesk.ui.session import Session

log = logging.getLogger("zoomdesk.ui")
USERS = "users"  # the list type under which the account's users are kept
ALL_HOSTS = "*"  # core.meeting_cache.ALL_HOSTS, without importing sqlite3 before the window
EARLY_WAIT_S = 0.5  # the most the connection waits for the cached list to be read
ZOOM_OAUTH_URL = "https://zoom.us"  # core.tokens.DEFAULT_OAUTH_URL, without importing httpx


def session_key(session: Session) -> str | None:
    """The cache key of a session; None for the sandbox (never cached)."""
    if session.sandbox:
        return None
    from zoomdesk.core.meeting_cache import connection_key

    credentials = session.connection.credentials
    return connection_key(session.profile, credentials.account_id, credentials.oauth_url)


def host_key(host: str) -> str:
    return host or ALL_HOSTS


class CachedView:
    """What the cache gave the list at start: the rows, the users, and when Zoom sent them."""

    def __init__(self, meetings: list[Meeting], users: list[User], as_of: datetime) -> None:
        self.meetings = meetings
        self.users = users
        self.as_of = as_of


def read_view(cache: MeetingCache, host: str, list_type: str) -> CachedView | None:
    """Blocking: the cached list of `host` (and the users), parsed; None when nothing is kept."""
    listed = cache.load_list(host_key(host), list_type)
    if listed is None:
        return None
    users = cache.load_list(ALL_HOSTS, USERS)
    return CachedView(
        _meetings(listed),
        [User.from_json(u) for u in users.meetings] if users else [],
        listed.as_of,
    )


def _meetings(listed: CachedList) -> list[Meeting]:
    out = []
    for raw in listed.meetings:
        try:
            out.append(Meeting.from_json(raw))
        except (KeyError, TypeError, ValueError):  # a damaged row must not hide the others
            log.warning("skipped an unreadable cached meeting")
    return out


async def load_view(cache: MeetingCache, host: str, list_type: str) -> CachedView | None:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, read_view, cache, host, list_type)


async def save_list(
    cache: MeetingCache, host: str, list_type: str, meetings: list[Meeting], users: list[User]
) -> None:
    """The list as Zoom sent it (`Meeting.raw`), written off the loop."""
    raws: list[Json] = [m.raw for m in meetings if m.raw]
    user_raws: list[Json] = [u.raw for u in users if u.raw]

    def write() -> None:
        cache.save_list(host_key(host), list_type, raws)
        if user_raws:
            cache.save_list(ALL_HOSTS, USERS, user_raws)

    await asyncio.get_running_loop().run_in_executor(None, write)


async def save_meeting(cache: MeetingCache, meeting: Meeting) -> None:
    if meeting.raw:
        await asyncio.get_running_loop().run_in_executor(None, cache.save_meeting, meeting.raw)


async def load_meeting(cache: MeetingCache, meeting_id: int) -> Meeting | None:
    loop = asyncio.get_running_loop()
    cached = await loop.run_in_executor(None, cache.load_meeting, meeting_id)
    return Meeting.from_json(cached.meeting) if cached is not None else None


async def forget(caches: MeetingCaches, key: str) -> None:
    await asyncio.get_running_loop().run_in_executor(None, caches.forget, key)


def early_view(
    folder: Path, hint: str | None, env: dict[str, str], host: str, list_type: str
) -> tuple[str, CachedView | None]:
    """Blocking, for the start before the services exist: the cache key the connection will
    most likely have (the profile named or last used, else the account in the environment),
    and what a throwaway cache on its file holds."""
    from zoomdesk.core.meeting_cache import MeetingCache, connection_key

    key = hint
    if key is None:
        oauth = env.get("ZOOMDESK_OAUTH_URL") or ZOOM_OAUTH_URL
        key = connection_key(None, env["ZOOM_ACCOUNT_ID"], oauth)
    cache = MeetingCache(folder, key)
    try:
        return key, read_view(cache, host, list_type)
    finally:
        cache.close()


async def early_start(app: DesktopApp, loop: asyncio.AbstractEventLoop) -> None:
    """At start, before the services: read the last profile's cached list on a worker thread
    and put it on screen as soon as it is read. `app.activate` keeps those rows when it
    connects with the same profile; anything else (another profile, the welcome page) clears
    them."""
    options, settings = app.options, app.settings
    hint = options.profile or settings.last_profile
    env = {k: v for k, v in os.environ.items() if k in ("ZOOM_ACCOUNT_ID", "ZOOMDESK_OAUTH_URL")}
    if options.sandbox or not (hint or env.get("ZOOM_ACCOUNT_ID")):
        return
    future = loop.run_in_executor(
        None, early_view, app.paths.meeting_cache, hint, env, settings.host, settings.list_type
    )

    def show(done: asyncio.Future[tuple[str, CachedView | None]]) -> None:
        if done.cancelled() or app.shut_down or app.meetings.session is not None:
            return
        if (error := done.exception()) is not None:
            log.warning("could not read the meeting cache: %s", error)
            return
        key, view = done.result()
        if view is not None:
            app.meetings.cached.show_view(view)
            app.window.show_page("list")
            app._early_key = key

    future.add_done_callback(show)
    try:  # bounded: a cache on a stalled network drive must not hold up the connection
        await asyncio.wait_for(asyncio.shield(future), EARLY_WAIT_S)
    except Exception:  # late or failed: `show` deals with it (or logs it)
        pass
