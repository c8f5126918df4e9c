"""The meeting actions issue 11 added, mixed into `MeetingActions` (actions.py): Zoom's own
invitation text, the cancellation file offered after a delete, the .ics SEQUENCE from the change
history, and the registrants view."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from zoomdesk.core.calendar import invitation_text
from zoomdesk.core.errors import PermissionError_, ScopeError
from zoomdesk.core.i18n import translate
from zoomdesk.core.ics import cancellation_ics
from zoomdesk.core.models import Meeting

if TYPE_CHECKING:
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.meeting_list import MeetingListController

SaveTo = Callable[[Path], Coroutine[Any, Any, None]]


class SchedulerActions:
    """Needs from `MeetingActions`: `window`, `meetings`, `_full`, `_inviter`, `_copy`,
    `_ask_where` and `last_export`."""

    window: MainWindow
    meetings: MeetingListController
    last_export: Path | None
    registrants_dialog: QDialog | None = None

    async def _full(self, meeting: Meeting) -> Meeting:
        raise NotImplementedError

    def _inviter(self, meeting: Meeting) -> str:
        raise NotImplementedError

    def _copy(self, text: str, message: str) -> None:
        raise NotImplementedError

    def _ask_where(self, meeting: Meeting, save: SaveTo) -> None:
        raise NotImplementedError

    # --- invitation ----------------------------------------------------------------------

    async def _copy_invitation(self, meeting: Meeting) -> None:
        """Zoom's own text (with one-tap mobile and dial-in numbers); without the scope,
        zoomdesk's, and why in the status bar."""
        assert self.meetings.session is not None
        if self.window.offline_reason:  # Zoom unreachable: zoomdesk's text, cached meeting
            full = await self.meetings.cached.readable(meeting)
            self._copy(
                invitation_text(full, self._inviter(full)),
                translate("MeetingActions", "Invitation copied (offline)"),
            )
            return
        try:
            text = await self.meetings.session.client.get_invitation(meeting.id)
        except (ScopeError, PermissionError_) as error:
            full = await self.meetings.cached.readable(meeting)
            self._copy(
                invitation_text(full, self._inviter(full)),
                translate(
                    "MeetingActions",
                    "Invitation copied (zoomdesk's text, without dial-in numbers: {reason})",
                ).format(reason=error.summary()),
            )
            return
        self._copy(text, translate("MeetingActions", "Invitation copied (Zoom's text)"))

    # --- calendar files ------------------------------------------------------------------

    def offer_cancellation(self, meeting: Meeting, occurrence_id: str | None, text: str) -> None:
        """After a delete: calendars that already hold the meeting drop it only when told
        (METHOD:CANCEL), so a file saying so is offered."""
        if meeting.start_time is None:  # never in a calendar
            self.window.notify(text)
            return

        def save(path: Path) -> Coroutine[Any, Any, None]:
            return self.save_cancellation(meeting, path, occurrence_id)

        self.window.show_message(
            text,
            kind="info",
            details=translate(
                "MeetingActions",
                "Save a cancellation file and send or import it so calendars drop the meeting.",
            ),
            actions=[
                (
                    translate("MeetingActions", "Save cancellation file…"),
                    lambda: self._ask_where(meeting, save),
                )
            ],
        )

    async def _sequence(self, meeting_id: int) -> int:
        """How many changes zoomdesk made to the meeting (the history is SQLite: off the loop)."""
        session = self.meetings.session
        history = session.client.history if session is not None else None
        if history is None:
            return 0
        return await asyncio.to_thread(history.sequence_for, meeting_id)

    async def save_cancellation(
        self, meeting: Meeting, path: Path, occurrence_id: str | None = None
    ) -> None:
        """A METHOD:CANCEL file with a SEQUENCE above every file saved before (the delete
        itself is in the history, so the count is already one higher)."""
        user = self.meetings.session.user(meeting.host_id) if self.meetings.session else None
        organizer = (self._inviter(meeting), user.email if user else meeting.host_email)
        sequence = max(await self._sequence(meeting.id), 1)
        text = cancellation_ics(
            meeting, organizer=organizer, sequence=sequence, occurrence_id=occurrence_id
        )
        await asyncio.to_thread(path.write_bytes, text.encode("utf-8"))
        self.last_export = path
        self.window.notify(translate("MeetingActions", "Saved {file}").format(file=path.name))

    # --- registrants ---------------------------------------------------------------------

    def registrants(self) -> None:
        meeting = self.meetings.selected()
        session = self.meetings.session
        if meeting is None or session is None:
            return
        from zoomdesk.ui.registrants_dialog import RegistrantsDialog

        dialog = RegistrantsDialog(session.client, meeting, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.registrants_dialog = dialog
        dialog.open()
