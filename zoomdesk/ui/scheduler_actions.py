"""The meeting actions issue 11 added, mixed into `MeetingActions` (actions.py): Zoom's own
invitation text and the registrants view. The cancellation file offered after a delete and the
.ics SEQUENCE from the change history are with the other calendar files
(calendar_file_actions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from zoomdesk.core.calendar import invitation_text
from zoomdesk.core.errors import PermissionError_, ScopeError
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting

if TYPE_CHECKING:
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.meeting_list import MeetingListController


class SchedulerActions:
    """Needs from `MeetingActions`: `window`, `meetings`, `_full`, `_inviter` and `_copy`."""

    window: MainWindow
    meetings: MeetingListController
    registrants_dialog: QDialog | None = None

    async def _full(self, meeting: Meeting) -> Meeting:
        raise NotImplementedError

    def _inviter(self, meeting: Meeting) -> str:
        raise NotImplementedError

    def _copy(self, text: str, message: str) -> None:
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
