"""The Zoom Meetings API client: typed calls, retries that are safe, typed errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from zoomdesk.core.api_wire import (
    api_path,
    checked_occurrence,
    error_from_response,
    first_leaf,
    not_confirmed,
    not_json,
)
from zoomdesk.core.errors import (
    AuthError,
    BadResponseError,
    NetworkError,
    OutcomeUnknownError,
    RateLimitError,
    ZoomDeskError,
)
from zoomdesk.core.history import Change, History, now
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import LIST_TYPES, Json, Meeting, MeetingPage, User
from zoomdesk.core.ratelimit import RateBudget, read_rate_limit
from zoomdesk.core.scheduler_api import SchedulerApi
from zoomdesk.core.tokens import AccessToken, TokenProvider
from zoomdesk.core.transport import Sender
from zoomdesk.core.zoom_json import json_object, objects, read_as

DEFAULT_API_URL = "https://api.zoom.us/v2"
NO_CONTENT = 204  # Zoom's only success answer to PATCH and DELETE of a meeting
PAGE_SIZE = 300  # Zoom's maximum for both list endpoints
log = logging.getLogger(__name__)


def _meetings(page: MeetingPage) -> tuple[Meeting, ...]:
    return page.meetings


class ZoomClient(SchedulerApi):
    """Zoom Meetings API for one account. Services receive it; it knows nothing of Qt.
    Host settings, invitations, registrants and tracking fields: `scheduler_api.py`.

    Retries: a 401 with code 124 gets a new token and one retry; a per-second 429 waits
    (honouring Retry-After, capped) and retries a few times; a daily 429 is raised at once.
    A POST that may have reached Zoom is never retried: a duplicate meeting is worse than a
    question to the user.
    """

    QPS_RETRIES = 3
    MAX_WAIT = 5.0  # seconds; ZoomNet caps at 5 s and gives up beyond 15 s
    IDEMPOTENT_RETRIES = 2

    def __init__(
        self,
        sender: Sender,
        tokens: TokenProvider,
        *,
        api_url: str | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        history: History | None = None,
    ) -> None:
        self._sender = sender
        self.history = history
        self.tokens = tokens
        self._api_url_override = api_url.rstrip("/") if api_url else None
        self._sleep = sleep
        self.last_rate_limit = read_rate_limit({})
        self.rate_budget = RateBudget()  # latest X-RateLimit-Remaining per category; pace()

    def api_base(self, token: AccessToken) -> str:
        """The override, else the token's regional `api_url` + /v2, else the global API."""
        if self._api_url_override:
            return self._api_url_override
        return f"{token.api_url}/v2" if token.api_url else DEFAULT_API_URL

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        body: Json | None = None,
    ) -> httpx.Response:
        refreshed = False
        waits = 0
        network_retries = 0
        while True:
            token = await self.tokens.get()
            base = self.api_base(token)
            request = self._sender.client.build_request(
                method,
                base + path,
                params={k: v for k, v in (params or {}).items() if v is not None},
                json=body,
                headers={"Authorization": f"Bearer {token.value}"},
            )
            try:
                response = await self._sender.send(request, "api")
            except NetworkError as error:
                if method == "POST" and error.maybe_sent:
                    raise OutcomeUnknownError(error) from error
                if method != "POST" and network_retries < self.IDEMPOTENT_RETRIES:
                    network_retries += 1
                    await self._sleep(0.5 * network_retries)
                    continue
                raise
            self.last_rate_limit = read_rate_limit(response.headers)
            self.rate_budget.note(self.last_rate_limit)
            if response.status_code < 400:
                return response
            failure = error_from_response(response, method, path)
            if isinstance(failure, AuthError) and failure.code == 124 and not refreshed:
                refreshed = True
                self.tokens.invalidate(token)
                continue
            if (
                isinstance(failure, RateLimitError)
                and not failure.daily
                and waits < self.QPS_RETRIES
            ):
                waits += 1
                await self._sleep(self._qps_wait(failure))
                continue
            if method == "POST" and response.status_code in (500, 502, 504):
                # The gateway may have passed it on before failing; don't guess.
                raise OutcomeUnknownError(failure) from failure
            if (
                method == "GET"
                and response.status_code in (502, 503, 504)
                and network_retries < self.IDEMPOTENT_RETRIES
            ):
                network_retries += 1
                await self._sleep(0.5 * network_retries)
                continue
            raise failure

    def _qps_wait(self, error: RateLimitError) -> float:
        jitter = random.uniform(0, 0.25)
        if error.reset_at is not None:
            delay = (error.reset_at - datetime.now(UTC)).total_seconds()
            return min(max(delay, 0.0), self.MAX_WAIT) + jitter
        return 1.0 + jitter

    async def _json(self, method: str, path: str, **kw: Any) -> Json:
        response = await self.request(method, path, **kw)
        data = json_object(response.content)
        if data is None:
            ctype = response.headers.get("content-type", "?")
            error = BadResponseError(
                response.status_code,
                not_json(f"{method} {path}", ctype, len(response.content)),
                tracking_id=response.headers.get("x-zm-trackingid"),
            )
            if method == "POST":
                # A success status with a broken body: the meeting may well exist (a 201 cut
                # off in transit). Saying "failed" would invite a duplicate.
                raise OutcomeUnknownError(error) from error
            raise error
        return data

    async def _no_content(self, method: str, path: str, **kw: Any) -> None:
        """A change Zoom confirms with 204 and no body. Anything else (an HTML page with 200,
        a redirect) came from something that is not Zoom, so the change is not confirmed."""
        response = await self.request(method, path, **kw)
        if response.status_code != NO_CONTENT or response.content.strip():
            ctype = response.headers.get("content-type", "no type")
            raise BadResponseError(
                response.status_code,
                not_confirmed(f"{method} {path}", ctype, len(response.content)),
                tracking_id=response.headers.get("x-zm-trackingid"),
            )

    # --- users ---------------------------------------------------------------------------

    async def list_users(self, status: str = "active") -> list[User]:
        users: list[User] = []
        token = ""
        while True:
            data = await self._json(
                "GET",
                "/users",
                params={"status": status, "page_size": PAGE_SIZE, "next_page_token": token or None},
            )
            users.extend(
                read_as(User.from_json, u, "GET /users") for u in objects(data.get("users"))
            )
            token = str(data.get("next_page_token") or "")
            if not token:
                return users

    async def get_user(self, user: str) -> User:
        path = api_path("users", user)
        return read_as(User.from_json, await self._json("GET", path), f"GET {path}")

    # --- meetings ------------------------------------------------------------------------

    async def meeting_pages(
        self, user: str, list_type: str = "scheduled"
    ) -> AsyncIterator[MeetingPage]:
        """Every page of a user's meetings, in order, as they arrive."""
        if list_type not in LIST_TYPES:
            raise ValueError(f"type must be one of {', '.join(LIST_TYPES)}")
        token = ""
        path = api_path("users", user, "meetings")
        while True:
            data = await self._json(
                "GET",
                path,
                params={
                    "type": list_type,
                    "page_size": PAGE_SIZE,
                    "next_page_token": token or None,
                },
            )
            token = str(data.get("next_page_token") or "")
            total = data.get("total_records")
            raw = objects(data.get("meetings"))
            yield MeetingPage(raw, total if isinstance(total, int) else None, token, user)
            if not token:
                return

    async def list_meetings(self, user: str, list_type: str = "scheduled") -> list[Meeting]:
        pages = self.meeting_pages(user, list_type)
        return [
            m async for page in pages for m in read_as(_meetings, page, f"GET {user}'s meetings")
        ]

    async def list_meetings_raw(self, user: str, list_type: str = "scheduled") -> list[Json]:
        """Zoom's objects as sent, for `--json` output."""
        return [m async for page in self.meeting_pages(user, list_type) for m in page.raw]

    async def list_all_meetings_raw(
        self,
        list_type: str = "scheduled",
        *,
        concurrency: int = 4,
        on_page: Callable[[MeetingPage], None] | None = None,
        users: list[User] | None = None,
        on_error: Callable[[User, ZoomDeskError], None] | None = None,
    ) -> list[Json]:
        """Meetings of every user in the account, a few users at a time, one shared token.

        With `on_error`, a host whose list fails is reported there and the others go on;
        without it, the first failure is raised as itself (not wrapped in an ExceptionGroup)."""
        users = users if users is not None else await self.list_users()
        gate = asyncio.Semaphore(concurrency)
        results: dict[str, list[Json]] = {}

        async def one(user: User) -> None:
            async with gate:
                found: list[Json] = []
                try:
                    async for page in self.meeting_pages(user.id, list_type):
                        found.extend(page.raw)
                        if on_page is not None:
                            on_page(page)
                except ZoomDeskError as error:
                    if on_error is None:
                        raise
                    on_error(user, error)
                    return
                results[user.id] = found

        try:
            async with asyncio.TaskGroup() as group:
                for user in users:
                    group.create_task(one(user))
        except* ZoomDeskError as failures:
            raise first_leaf(failures) from None
        return [m for user in users for m in results.get(user.id, [])]

    async def list_all_meetings(
        self,
        list_type: str = "scheduled",
        *,
        concurrency: int = 4,
        on_page: Callable[[MeetingPage], None] | None = None,
        users: list[User] | None = None,
    ) -> list[Meeting]:
        raw = await self.list_all_meetings_raw(
            list_type, concurrency=concurrency, on_page=on_page, users=users
        )
        return [read_as(Meeting.from_json, m, "GET /users/{userId}/meetings") for m in raw]

    async def get_meeting(self, meeting_id: int, occurrence_id: str | None = None) -> Meeting:
        params = {"occurrence_id": checked_occurrence(occurrence_id)}
        path = api_path("meetings", int(meeting_id))
        data = await self._json("GET", path, params=params)
        return read_as(Meeting.from_json, data, f"GET {path}")

    async def create_meeting(self, user: str, body: Json) -> Meeting:
        topic = str(body.get("topic", ""))
        path = api_path("users", user, "meetings")
        async with self._recorded("created", None, None, topic, body, host=user) as done:
            data = await self._json("POST", path, body=body)
            meeting = read_as(Meeting.from_json, data, "POST /users/{userId}/meetings")
            done(meeting.id)
        return meeting

    async def update_meeting(
        self,
        meeting_id: int,
        update: MeetingUpdate,
        occurrence_id: str | None = None,
        *,
        topic: str = "",
        host: str = "",
    ) -> None:
        """PATCH with only what changes; Zoom answers 204 with no body."""
        params = {"occurrence_id": checked_occurrence(occurrence_id)}
        path = api_path("meetings", int(meeting_id))
        body = update.body(occurrence=occurrence_id is not None)
        async with self._recorded("updated", meeting_id, occurrence_id, topic, body, host=host):
            await self._no_content("PATCH", path, params=params, body=body)

    async def delete_meeting(
        self,
        meeting_id: int,
        occurrence_id: str | None = None,
        *,
        topic: str = "",
        notify: bool = False,
    ) -> None:
        """`notify`: Zoom emails the host, alternative hosts and registrants about it."""
        params: dict[str, Any] = {"occurrence_id": checked_occurrence(occurrence_id)}
        if notify:
            params.update(schedule_for_reminder="true", cancel_meeting_reminder="true")
        path = api_path("meetings", int(meeting_id))
        async with self._recorded("deleted", meeting_id, occurrence_id, topic, {}):
            await self._no_content("DELETE", path, params=params)

    @contextlib.asynccontextmanager
    async def _recorded(
        self,
        action: str,
        meeting_id: int | None,
        occurrence_id: str | None,
        topic: str,
        body: Json,
        *,
        host: str = "",
    ) -> AsyncIterator[Callable[[int], None]]:
        """Write the outcome of a change to the local history (never its values)."""
        created: list[int] = []
        fields = tuple(sorted(body)) + tuple(
            f"settings.{k}" for k in sorted(body.get("settings") or {})
        )
        result, detail = "ok", ""
        try:
            yield created.append
        except (OutcomeUnknownError, BadResponseError) as error:
            # Something answered, or nothing did, but not Zoom: the change may have happened.
            result, detail = "unknown", error.summary()
            raise
        except ZoomDeskError as error:
            result, detail = "failed", error.summary()
            raise
        except BaseException as error:  # Ctrl+C, a closed window, a bug: the request may be out
            result = "unknown"
            detail = translate(
                "Client", "interrupted before Zoom's answer was read ({error})"
            ).format(error=type(error).__name__)
            raise
        finally:
            if self.history is not None:
                made = created[0] if created else meeting_id
                change = Change(
                    now(), action, made, occurrence_id, topic, fields, result, detail, host
                )
                await self._write_history(change)

    async def _write_history(self, change: Change) -> None:
        """Never lets a history problem replace the outcome of the change itself."""
        assert self.history is not None
        try:
            # SQLite on a slow disk must not stall the event loop.
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, self.history.record, change)
        except Exception:
            log.warning("Could not write the change history", exc_info=True)
