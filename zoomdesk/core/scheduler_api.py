"""The parts of Zoom's Meetings API beyond a meeting itself, as `ZoomClient` methods: a host's
settings, Zoom's invitation text, registrants and their questions, the account's tracking
fields. Kept apart from `client.py` (which owns retries, tokens and the change history) so each
module stays one concept; `ZoomClient` inherits these.

Zoom's limits, in one place: the registrant status endpoint and `batch_registrants` take at most
30 registrants per call (spec: `maxItems: 30`), so longer lists go in batches of 30; lists page
through `next_page_token` (at most 300 per page); `batch_registrants` works only for one-time
meetings (type 2), so other meetings' registrants are added one by one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from zoomdesk.core.api_wire import api_path, checked_occurrence
from zoomdesk.core.models import Json

REGISTRANT_BATCH = 30  # Zoom's maximum per status change and per batch registration
REGISTRANT_PAGE = 300
REGISTRANT_STATUSES = ("pending", "approved", "denied")
StatusAction = Literal["approve", "deny", "cancel"]


def batches(items: Sequence[Any], size: int = REGISTRANT_BATCH) -> list[Sequence[Any]]:
    return [items[at : at + size] for at in range(0, len(items), size)]


class SchedulerApi:
    """Mixed into `ZoomClient`, which provides `_json`, `_no_content` and `request`."""

    async def _json(self, method: str, path: str, **kw: Any) -> Json:
        raise NotImplementedError

    async def _no_content(self, method: str, path: str, **kw: Any) -> None:
        raise NotImplementedError

    # --- the host ------------------------------------------------------------------------

    async def get_user_settings(self, user: str, option: str | None = None) -> Json:
        """`GET /users/{userId}/settings`; `option="meeting_authentication"` for the
        authentication options a meeting's `authentication_option` takes."""
        return await self._json(
            "GET", api_path("users", user, "settings"), params={"option": option}
        )

    async def list_tracking_fields(self) -> list[Json]:
        data = await self._json("GET", "/tracking_fields")
        return [f for f in data.get("tracking_fields") or () if isinstance(f, dict)]

    # --- invitation ----------------------------------------------------------------------

    async def get_invitation(self, meeting_id: int) -> str:
        """Zoom's own invitation text (with one-tap mobile and dial-in numbers)."""
        data = await self._json("GET", api_path("meetings", int(meeting_id), "invitation"))
        return str(data.get("invitation") or "")

    # --- registrants ---------------------------------------------------------------------

    async def list_registrants(
        self, meeting_id: int, status: str = "approved", occurrence_id: str | None = None
    ) -> list[Json]:
        """Every registrant with this status, all pages (Zoom's default status: approved)."""
        path = api_path("meetings", int(meeting_id), "registrants")
        out: list[Json] = []
        token = ""
        while True:
            data = await self._json(
                "GET",
                path,
                params={
                    "status": status,
                    "occurrence_id": checked_occurrence(occurrence_id),
                    "page_size": REGISTRANT_PAGE,
                    "next_page_token": token or None,
                },
            )
            out.extend(r for r in data.get("registrants") or () if isinstance(r, dict))
            token = str(data.get("next_page_token") or "")
            if not token:
                return out

    async def all_registrants(self, meeting_id: int) -> list[Json]:
        """Pending, approved and denied registrants, each with its `status`."""
        out: list[Json] = []
        for status in REGISTRANT_STATUSES:
            found = await self.list_registrants(meeting_id, status)
            out += [{**r, "status": r.get("status") or status} for r in found]
        return out

    async def add_registrant(
        self, meeting_id: int, registrant: Json, occurrence_ids: Sequence[str] = ()
    ) -> Json:
        params = {"occurrence_ids": ",".join(occurrence_ids) or None}
        path = api_path("meetings", int(meeting_id), "registrants")
        return await self._json("POST", path, params=params, body=registrant)

    async def set_registrant_status(
        self,
        meeting_id: int,
        action: StatusAction,
        registrants: Iterable[Json],
        occurrence_id: str | None = None,
    ) -> int:
        """Approve, deny or cancel registrants (`{"id": …}` or `{"email": …}`), 30 per call.
        Returns the number of calls made."""
        listed = list(registrants)
        path = api_path("meetings", int(meeting_id), "registrants", "status")
        params = {"occurrence_id": checked_occurrence(occurrence_id)}
        for batch in batches(listed):
            body = {"action": action, "registrants": list(batch)}
            await self._no_content("PUT", path, params=params, body=body)
        return len(batches(listed))

    async def delete_registrant(
        self, meeting_id: int, registrant_id: str, occurrence_id: str | None = None
    ) -> None:
        path = api_path("meetings", int(meeting_id), "registrants", registrant_id)
        params = {"occurrence_id": checked_occurrence(occurrence_id)}
        await self._no_content("DELETE", path, params=params)

    async def batch_registrants(
        self, meeting_id: int, registrants: Sequence[Json], *, auto_approve: bool = False
    ) -> list[Json]:
        """Register many at once, 30 per call (one-time meetings only, Zoom's rule)."""
        path = api_path("meetings", int(meeting_id), "batch_registrants")
        out: list[Json] = []
        for batch in batches(registrants):
            body = {"auto_approve": auto_approve, "registrants": list(batch)}
            data = await self._json("POST", path, body=body)
            out += [r for r in data.get("registrants") or () if isinstance(r, dict)]
        return out

    async def registration_questions(self, meeting_id: int) -> Json:
        path = api_path("meetings", int(meeting_id), "registrants", "questions")
        return await self._json("GET", path)
