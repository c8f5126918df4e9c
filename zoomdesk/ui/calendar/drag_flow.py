"""What a drag in the calendar becomes: the meeting form, filled in. A new slot opens the
new-meeting form with host, start and duration; a moved or resized meeting is drawn at its new
time at once (a pending change), GETs the meeting (an edit starts from Zoom's copy), asks "this
occurrence or the series?" for a recurring one, and opens the edit form with the new time. The
form validates and saves through the MeetingService as for any edit; closing it, saved or not,
drops the pending change (Cancel puts the meeting back)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting, MeetingType
from zoomdesk.core.occurrences import Slot
from zoomdesk.ui.calendar import form_prefill

if TYPE_CHECKING:
    from zoomdesk.core.meeting_service import Baseline
    from zoomdesk.ui.actions import MeetingActions
    from zoomdesk.ui.calendar.page import CalendarPage
    from zoomdesk.ui.meeting_list import MeetingListController
    from zoomdesk.ui.tasks import TaskRunner


class DragFlows:
    """Mixed into CalendarController, whose attributes these are."""

    page: CalendarPage
    meetings: MeetingListController
    actions: MeetingActions
    runner: TaskRunner
    tz: tzinfo
    pending: dict[tuple[int, str | None], tuple[datetime, datetime]]
    details: dict[int, Meeting]
    _asked: set[int]
    scope_box: QMessageBox | None

    def refresh(self) -> None:
        raise NotImplementedError

    def schedule_refresh(self, *_: object) -> None:
        raise NotImplementedError

    def create_at(self, host: str, start: datetime, minutes: int) -> None:
        """A slot dragged out: the new-meeting form, with host, start and duration filled in."""
        if self.meetings.session is None:
            return
        self.actions.open_form(host_id=host or None)
        form = self.actions.form
        if form is not None:
            form_prefill.set_when(form, start, minutes)

    def reschedule(self, slot: Slot, start: datetime, end: datetime) -> None:
        """A meeting moved or made longer: drawn there at once, then confirmed in the form."""
        key = (slot.meeting.id, slot.occurrence_id)
        self.pending[key] = (start.astimezone(UTC), end.astimezone(UTC))
        self.refresh()
        what = translate("CalendarDrag", "Opening “{topic}”").format(topic=slot.meeting.topic)
        self.runner.start(self._reschedule(slot, start, end), what)

    async def _reschedule(self, slot: Slot, start: datetime, end: datetime) -> None:
        session = self.meetings.session
        if session is None:
            return self.undo(slot)
        baseline = await session.service.load(slot.meeting.id)
        minutes = int((end - start).total_seconds() // 60)
        if baseline.meeting.type is not MeetingType.RECURRING_FIXED_TIME or not slot.occurrence_id:
            self._open_changed(slot, baseline, start, minutes)
            return None
        self._ask_scope(slot, baseline, start, minutes)
        return None

    def _ask_scope(self, slot: Slot, baseline: Baseline, start: datetime, minutes: int) -> None:
        box = QMessageBox(self.page)
        box.setWindowTitle(translate("CalendarDrag", "Recurring meeting — zoomdesk"))
        box.setText(
            translate(
                "CalendarDrag", "“{topic}” repeats. Change this occurrence or the series?"
            ).format(topic=slot.meeting.topic)
        )
        one = box.addButton(
            translate("CalendarDrag", "This &occurrence"), QMessageBox.ButtonRole.AcceptRole
        )
        every = box.addButton(
            translate("CalendarDrag", "The whole &series"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(one)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scope_box = box

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is one:
                occurrence = baseline.for_occurrence(slot.occurrence_id or "")
                self._open_changed(slot, occurrence, start, minutes)
            elif clicked is every:
                # The series keeps its rhythm: its start moves by the same wall-clock amount.
                moved = start.astimezone(self.tz) - slot.start.astimezone(self.tz)
                self._open_changed(slot, baseline, None, minutes, shift=moved)
            else:
                self.undo(slot)

        box.finished.connect(lambda _r: answered())
        box.open()

    def _open_changed(
        self,
        slot: Slot,
        baseline: Baseline,
        start: datetime | None,
        minutes: int,
        *,
        shift: timedelta | None = None,
    ) -> None:
        self.actions.open_form(baseline=baseline)
        form = self.actions.form
        if form is None:
            return self.undo(slot)
        if start is None and baseline.draft.start is not None:
            series = baseline.draft.start + (shift or timedelta())
            form_prefill.set_wall_time(form, series, minutes)
        elif start is not None:
            form_prefill.set_when(form, start, minutes)
        form.finished.connect(lambda _r: self.undo(slot))
        return None

    def undo(self, slot: Slot) -> None:
        """The proposal is dropped (Cancel) or replaced by Zoom's answer (Save)."""
        self.pending.pop((slot.meeting.id, slot.occurrence_id), None)
        self.details.pop(slot.meeting.id, None)  # a saved series: its occurrences changed
        self._asked.discard(slot.meeting.id)
        self.schedule_refresh()
