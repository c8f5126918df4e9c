"""The meeting editing service: load, save, create, delete — the work behind the form, the CLI
and bulk import, with no Qt in sight.

Each user action costs the fewest requests Zoom allows: an edit is one GET to load, one PATCH,
one GET to show the result (Zoom's PATCH answers 204 with no body); a create is one POST (its
answer is the meeting); a delete is one DELETE, plus one GET after deleting one occurrence of a
series (so the remaining occurrences can be shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from zoomdesk.core.client import ZoomClient
from zoomdesk.core.drafts import MeetingDraft, find_created, occurrence_draft
from zoomdesk.core.errors import DraftInvalid
from zoomdesk.core.host_defaults import PasscodeRules
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import Meeting

FIND_MARGIN = timedelta(minutes=5)  # Zoom's `created_at` is Zoom's clock, `since` is ours


@dataclass(frozen=True)
class Baseline:
    """A meeting as loaded for editing: Zoom's copy, and the draft a form starts from."""

    meeting: Meeting
    draft: MeetingDraft
    occurrence_id: str | None = None

    @property
    def host_id(self) -> str:
        return self.meeting.host_id

    def for_occurrence(self, occurrence_id: str) -> Baseline:
        """One occurrence of the series already loaded (no request)."""
        return Baseline(self.meeting, occurrence_draft(self.meeting, occurrence_id), occurrence_id)


class MeetingService:
    def __init__(self, client: ZoomClient) -> None:
        self.client = client

    async def load(self, meeting_id: int, occurrence_id: str | None = None) -> Baseline:
        """Zoom's current copy (a list entry lacks settings, recurrence and occurrences)."""
        meeting = await self.client.get_meeting(meeting_id)
        baseline = Baseline(meeting, MeetingDraft.from_meeting(meeting))
        return baseline.for_occurrence(occurrence_id) if occurrence_id else baseline

    async def save(self, baseline: Baseline, change: MeetingUpdate) -> Meeting:
        """PATCH what changed, then GET the meeting as Zoom now has it."""
        meeting = baseline.meeting
        await self.update(meeting.id, change, baseline.occurrence_id, topic=baseline.draft.topic)
        return await self.client.get_meeting(meeting.id)

    async def update(
        self,
        meeting_id: int,
        change: MeetingUpdate,
        occurrence_id: str | None = None,
        *,
        topic: str = "",
        rules: PasscodeRules | None = None,
    ) -> None:
        """PATCH only (the CLI's `update` needs no copy of the result)."""
        if problems := change.problems(occurrence=occurrence_id is not None, rules=rules):
            raise DraftInvalid(problems)
        if change:
            await self.client.update_meeting(meeting_id, change, occurrence_id, topic=topic)

    async def create(
        self, host: str, draft: MeetingDraft, *, rules: PasscodeRules | None = None
    ) -> Meeting:
        """POST the draft; with the host's passcode `rules`, checked against them first."""
        if problems := draft.problems(rules):
            raise DraftInvalid(problems)
        return await self.client.create_meeting(host, draft.create_body())

    async def delete(
        self, meeting: Meeting, occurrence_id: str | None = None, *, notify: bool = False
    ) -> Meeting | None:
        """Delete the series, or one occurrence and return the series as it is now. `notify`:
        Zoom emails the host and registrants about the cancellation."""
        await self.client.delete_meeting(
            meeting.id, occurrence_id, topic=meeting.topic, notify=notify
        )
        if occurrence_id is None:
            return None
        return await self.client.get_meeting(meeting.id)

    async def find_created(
        self, host: str, draft: MeetingDraft, sent_at: datetime
    ) -> Meeting | None:
        """After a create whose outcome is unknown: the meeting it made, if any."""
        meetings = await self.client.list_meetings(host, "scheduled")
        return find_created(meetings, draft, sent_at - FIND_MARGIN)
