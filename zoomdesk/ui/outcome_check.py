"""After a create whose outcome is unknown (the request went out, no answer came back): never
retry blindly, since that could make the meeting twice. Offer "Check now", which lists the host's
meetings for one with the same topic and start made in the last few minutes, then offer either
"It was created — open it" or "It was not created — try again"."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before qasync, or qasync may pick PyQt)
from PySide6.QtCore import QObject, Signal

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import OutcomeUnknownError, ZoomDeskError
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.models import Meeting
from zoomdesk.ui.form_fields import MessageBanner
from zoomdesk.ui.save_errors import describe_failure, short_time
from zoomdesk.ui.tasks import TaskRunner

log = logging.getLogger("zoomdesk.ui")

CHECK = "Check now"
OPEN_IT = "It was created — open it"
TRY_AGAIN = "It was not created — try again"
TRY_ANYWAY = "Try again without checking"


class CreateOutcomeCheck(QObject):
    """Drives the banner through unknown → checking → found / not found. Its check runs on
    the form's runner: closing the form stops it."""

    found = Signal(object)  # the Meeting that the lost request created
    retry = Signal()  # the user decided to send the create again
    busy_changed = Signal(bool)

    def __init__(
        self,
        service: MeetingService,
        runner: TaskRunner,
        banner: MessageBanner,
        draft: MeetingDraft,
        host: str,
        sent_at: datetime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.banner = banner
        self.draft = draft
        self.host = host
        self.sent_at = sent_at
        self.busy = False

    def show(self, error: OutcomeUnknownError) -> None:
        self.banner.show_message(
            "The meeting may or may not have been created",
            "The request was sent, but no answer came back. It was NOT retried, so that the "
            "meeting is not created twice. Check the host's meetings before trying again.",
            details=error.summary(),
            actions=[(CHECK, self.on_check_clicked)],
        )

    def on_check_clicked(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.runner.start(self._check(), "Checking whether the meeting was created", key="check")

    async def _check(self) -> None:
        self.banner.show_message("Checking the host's meetings…", level="info")
        try:
            meeting = await self.service.find_created(self.host, self.draft, self.sent_at)
        except ZoomDeskError as error:  # shown and logged; the user can check again or go ahead
            log.warning("Checking for the created meeting failed: %s", error.summary())
            self._set_busy(False)
            title, body, details = describe_failure(error, loading=True)
            self.banner.show_message(
                "Couldn't check whether the meeting was created",
                f"{title}. {body}",
                details=details,
                actions=[(CHECK, self.on_check_clicked), (TRY_ANYWAY, self.retry.emit)],
            )
            return
        self._set_busy(False)
        if meeting is not None:
            when = short_time(meeting.local_start()) if meeting.start_time else "no fixed time"
            self.banner.show_message(
                "It was created",
                f"“{meeting.topic}” ({when}, meeting ID {meeting.id}) was created for this host.",
                level="info",
                actions=[(OPEN_IT, lambda: self._open(meeting))],
            )
        else:
            self.banner.show_message(
                "It was not created",
                f"No meeting called “{self.draft.topic}” at this time was created for this host "
                "in the last few minutes. It is safe to try again.",
                level="info",
                actions=[(TRY_AGAIN, self.retry.emit)],
            )

    def _open(self, meeting: Meeting) -> None:
        self.found.emit(meeting)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
