"""Saving a meeting as a calendar file, mixed into `MeetingActions` (actions.py): the .ics of a
meeting, the cancellation file offered after a delete, the save dialog and the folder it
remembers, and the SEQUENCE from the change history (calendars apply only a higher one)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog

from zoomdesk.core.calendar import CalendarError, invitation_text
from zoomdesk.core.i18n import translate
from zoomdesk.core.ics import cancellation_ics, meeting_to_ics
from zoomdesk.core.models import Meeting

if TYPE_CHECKING:
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.meeting_list import MeetingListController
    from zoomdesk.ui.tasks import TaskRunner

SaveTo = Callable[[Path], Coroutine[Any, Any, None]]


def safe_filename(topic: str) -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", topic).strip(" .")
    return (name[:80] or "meeting") + ".ics"


class CalendarFileActions:
    """Needs from `MeetingActions`: `window`, `meetings`, `runner`, `_inviter`, `save_dialog`
    and `last_export`."""

    window: MainWindow
    meetings: MeetingListController
    runner: TaskRunner
    save_dialog: QFileDialog | None
    last_export: Path | None

    def _inviter(self, meeting: Meeting) -> str:
        raise NotImplementedError

    # --- a meeting's file ------------------------------------------------------------------

    def export_ics(self) -> None:
        """Ask where to save first (non-modal), then fetch the meeting and write the file."""
        meeting = self.meetings.selected()
        if meeting is not None:
            self._ask_where(meeting, lambda path: self.save_ics(meeting, path))

    def _ask_where(self, meeting: Meeting, save: SaveTo) -> None:
        folder = self.export_folder()
        dialog = QFileDialog(
            self.window, translate("MeetingActions", "Save as calendar file — zoomdesk")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [
                translate("MeetingActions", "iCalendar files (*.ics)"),
                translate("MeetingActions", "All files (*)"),
            ]
        )
        dialog.setDefaultSuffix("ics")
        dialog.setDirectory(str(folder))
        # A bare file name made some dialogs fall back to the working directory.
        dialog.selectFile(str(folder / safe_filename(meeting.topic)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda path: self.runner.start(
                save(Path(path)),
                translate("MeetingActions", "Saving “{topic}” as a calendar file").format(
                    topic=meeting.topic
                ),
            )
        )
        self.save_dialog = dialog
        dialog.open()

    def export_folder(self) -> Path:
        """Where the last .ics went, else Documents, else the home folder (never the
        working directory the app happened to start in)."""
        if self.last_export is not None and self.last_export.parent.is_dir():
            return self.last_export.parent
        for location in (
            QStandardPaths.StandardLocation.DocumentsLocation,
            QStandardPaths.StandardLocation.HomeLocation,
        ):
            folder = QStandardPaths.writableLocation(location)
            if folder and Path(folder).is_dir():
                return Path(folder)
        return Path.home()

    async def save_ics(self, meeting: Meeting, path: Path) -> None:
        full = await self.meetings.cached.readable(meeting)
        user = self.meetings.session.user(full.host_id) if self.meetings.session else None
        organizer = (self._inviter(full), user.email if user else full.host_email)
        sequence = await self._sequence(full.id)
        try:
            text = meeting_to_ics(
                full,
                organizer=organizer,
                description=invitation_text(full, organizer[0]),
                sequence=sequence,
            )
        except CalendarError as error:
            self.window.show_message(str(error), kind="warning")
            return
        # A slow network drive must not freeze the window.
        await asyncio.to_thread(path.write_bytes, text.encode("utf-8"))
        self.last_export = path
        self.window.notify(translate("MeetingActions", "Saved {file}").format(file=path.name))

    async def _sequence(self, meeting_id: int) -> int:
        """How many changes zoomdesk made to the meeting (the history is SQLite: off the loop)."""
        session = self.meetings.session
        history = session.client.history if session is not None else None
        if history is None:
            return 0
        return await asyncio.to_thread(history.sequence_for, meeting_id)

    # --- after a delete: the cancellation file ---------------------------------------------

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
