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
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.models import Meeting
from zoomdesk.ui.form_fields import MessageBanner
from zoomdesk.ui.save_errors import describe_failure, short_time
from zoomdesk.ui.tasks import TaskRunner

log = logging.getLogger("zoomdesk.ui")

# Button labels, shown with translate_marked("OutcomeCheck", …).
CHECK = translate_noop("OutcomeCheck", "Check now")
OPEN_IT = translate_noop("OutcomeCheck", "It was created — open it")
TRY_AGAIN = translate_noop("OutcomeCheck", "It was not created — try again")
TRY_ANYWAY = translate_noop("OutcomeCheck", "Try again without checking")


def _label(text: str) -> str:
    return translate_marked("OutcomeCheck", text)


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
            translate("OutcomeCheck", "The meeting may or may not have been created"),
            translate(
                "OutcomeCheck",
                "The request was sent, but no answer came back. It was NOT retried, so that the "
                "meeting is not created twice. Check the host's meetings before trying again.",
            ),
            details=error.summary(),
            actions=[(_label(CHECK), self.on_check_clicked)],
        )

    def on_check_clicked(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        what = translate("OutcomeCheck", "Checking whether the meeting was created")
        self.runner.start(self._check(), what, key="check")

    async def _check(self) -> None:
        self.banner.show_message(
            translate("OutcomeCheck", "Checking the host's meetings…"), level="info"
        )
        try:
            meeting = await self.service.find_created(self.host, self.draft, self.sent_at)
        except ZoomDeskError as error:  # shown and logged; the user can check again or go ahead
            log.warning("Checking for the created meeting failed: %s", error.summary())
            self._set_busy(False)
            title, body, details = describe_failure(error, loading=True)
            self.banner.show_message(
                translate("OutcomeCheck", "Couldn't check whether the meeting was created"),
                translate("OutcomeCheck", "{title}. {explanation}").format(
                    title=title, explanation=body
                ),
                details=details,
                actions=[
                    (_label(CHECK), self.on_check_clicked),
                    (_label(TRY_ANYWAY), self.retry.emit),
                ],
            )
            return
        self._set_busy(False)
        if meeting is not None:
            when = (
                short_time(meeting.local_start())
                if meeting.start_time
                else translate("OutcomeCheck", "no fixed time")
            )
            self.banner.show_message(
                translate("OutcomeCheck", "It was created"),
                translate(
                    "OutcomeCheck", "“{topic}” ({time}, meeting ID {id}) was created for this host."
                ).format(topic=meeting.topic, time=when, id=meeting.id),
                level="info",
                actions=[(_label(OPEN_IT), lambda: self._open(meeting))],
            )
        else:
            self.banner.show_message(
                translate("OutcomeCheck", "It was not created"),
                translate(
                    "OutcomeCheck",
                    "No meeting called “{topic}” at this time was created for this host "
                    "in the last few minutes. It is safe to try again.",
                ).format(topic=self.draft.topic),
                level="info",
                actions=[(_label(TRY_AGAIN), self.retry.emit)],
            )

    def _open(self, meeting: Meeting) -> None:
        self.found.emit(meeting)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)
