"""The meeting form's overlap warning: before saving, the form says which of the host's other
meetings the one being edited would overlap, with a button that opens that meeting.

Attached from outside (the calendar's controller, when `MeetingActions` opens a form), so the
form itself does not know about other meetings. Checked on every edit of the form, against the
meetings the app already has (no request)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QObject, QTimer

from zoomdesk.core.conflicts import PLAN_HORIZON, Conflict, conflicts_of, draft_meeting
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Meeting, MeetingType
from zoomdesk.ui.calendar.labels import CalendarLabels
from zoomdesk.ui.calendar.paint import describe_local
from zoomdesk.ui.form_fields import MessageBanner

CHECK_DELAY_MS = 150  # once typing pauses, not on every key


class FormConflictWarning(QObject):
    def __init__(
        self,
        form: Any,
        meetings: Callable[[], list[Meeting]],
        concurrent_allowed: Callable[[], bool],
        open_meeting: Callable[[Meeting], None],
        tz: tzinfo = UTC,
    ) -> None:
        super().__init__(form)  # lives and dies with the form
        self.form = form
        self.meetings = meetings
        self.concurrent_allowed = concurrent_allowed
        self.open_meeting = open_meeting
        self.tz = tz  # the user's, for the times it names
        self.conflicts: list[Conflict] = []
        self.banner = MessageBanner(form)
        self.banner.setAccessibleName(translate("FormConflicts", "Overlapping meetings"))
        self.labels: CalendarLabels | None = None  # made at the first overlap
        form.layout().insertWidget(2, self.banner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check)
        form.fields.changed.connect(self._timer.start)

    def check(self) -> None:
        form = self.form
        if not form.loaded:
            return
        draft = form.fields.read_draft()
        meeting_id = form.meeting.id if form.editing and form.meeting is not None else 0
        host = form.fields.host_id() or (form.meeting.host_id if form.meeting else "")
        this = draft_meeting(host, draft, meeting_id)
        if form.occurrence_id and form.meeting is not None:
            this = self._occurrence(this, form.meeting)
        if this.start_time is None:
            self.conflicts = []
            self.banner.clear()
            return
        now = datetime.now(UTC)
        others = [m for m in self.meetings() if m.id != meeting_id]
        allowed = self.concurrent_allowed()
        self.conflicts = conflicts_of(this, others, now - timedelta(days=1), now + PLAN_HORIZON,
                                      concurrent_allowed=allowed)  # fmt: skip
        if not self.conflicts:
            self.banner.clear()
            return
        first = self.conflicts[0]
        other = first.other(meeting_id).meeting
        more = len(self.conflicts) - 1
        if allowed:
            title = translate(
                "FormConflicts", "The host may run meetings at the same time (concurrent meetings)."
            )
        else:
            title = translate("FormConflicts", "The host already has a meeting then.")
        self.labels = self.labels or CalendarLabels()
        overlap = describe_local(first, meeting_id, self.tz, self.labels)
        if more:
            body = translate("FormConflicts", "{overlap}, and %n more.", more)
        else:
            body = translate("FormConflicts", "{overlap}.")
        button = translate("FormConflicts", "Open “{topic}”").format(topic=other.topic)
        self.banner.show_message(
            title,
            body.format(overlap=overlap),
            level="info" if allowed else "warning",
            actions=[(button, lambda: self.open_meeting(other))],
        )

    @staticmethod
    def _occurrence(this: Meeting, series: Meeting) -> Meeting:
        """Editing one occurrence: only that occurrence moves, the rest of the series stays."""
        return Meeting(
            id=series.id,
            topic=series.topic,
            type=MeetingType.SCHEDULED,  # one time, at the form's start
            host_id=series.host_id,
            start_time=this.start_time,
            duration=this.duration,
            timezone=series.timezone,
        )
