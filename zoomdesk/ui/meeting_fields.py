"""The meeting form's inputs, in sections: Meeting, When, Repeat, then Security and Options
(`meeting_options.py`). Reads and writes a `MeetingDraft` and knows which row shows a message
about which Zoom field. Saving, loading and errors live in the dialog (`meeting_form.py`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import cast

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before anything that may pull in qasync)
from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.calendar import format_duration
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.i18n import dates, translate
from zoomdesk.core.meeting_schema import spec
from zoomdesk.core.models import MeetingType, User, zone
from zoomdesk.core.wallclock import MAX_YEAR, MIN_YEAR
from zoomdesk.ui.date_time_edits import DateEdit, TimeEdit
from zoomdesk.ui.form_fields import (
    FieldRow,
    align_labels,
    choice_box,
    hbox,
    select_data,
    setting_text,
)
from zoomdesk.ui.meeting_options import MeetingOptions, form_section
from zoomdesk.ui.recurrence_editor import RecurrenceEditor
from zoomdesk.ui.tracking_rows import PREFIX as TRACKING
from zoomdesk.ui.tracking_rows import TrackingRows
from zoomdesk.ui.zone_picker import TimeZonePicker, default_zone_id, legacy_zone_warning

KINDS = tuple((int(choice.value), choice.label) for choice in spec("type").choices)


def next_half_hour(now: datetime) -> datetime:
    """A new meeting's default start: the next :00 or :30 at least 15 minutes away."""
    base = now.replace(second=0, microsecond=0)
    start = base.replace(minute=0) + timedelta(minutes=(base.minute // 30 + 1) * 30)
    if (start - base).total_seconds() < 15 * 60:
        start += timedelta(minutes=30)
    return start


def describe_duration(minutes: int) -> str:
    """ "1 h 30 min" for durations past an hour (60 min needs no translation)."""
    return format_duration(minutes) if minutes > 60 else ""


class MeetingFields(QWidget):
    changed = Signal()

    def __init__(self, users: list[User], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.occurrence_mode = False

        topic, agenda, duration = spec("topic"), spec("agenda"), spec("duration")
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(setting_text(topic.placeholder))
        self.topic_edit.setAccessibleName(topic.shown_title)
        self.topic_row = FieldRow(self.topic_edit, limit=topic.max_length)
        self.agenda_edit = QPlainTextEdit()
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setPlaceholderText(setting_text(agenda.placeholder))
        self.agenda_edit.setAccessibleName(agenda.shown_title)
        self.agenda_edit.setFixedHeight(self.agenda_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.agenda_row = FieldRow(self.agenda_edit, limit=agenda.max_length)
        self.host_combo = QComboBox()
        self.host_combo.setAccessibleName(translate("MeetingFields", "Host"))
        for user in users:
            self.host_combo.addItem(user.display_name, user.id)
        self.host_row = FieldRow(self.host_combo)
        if not users:  # an account always has a user: its list could not be read
            me = translate("MeetingFields", "Me (the account this app belongs to)")
            self.host_combo.addItem(me, "me")
            self.host_row.set_hint(
                translate(
                    "MeetingFields",
                    "The account's users could not be read, so the meeting is scheduled for the "
                    "app's own account. Refresh the list (F5) to choose another host.",
                )
            )
        kinds = [(value, setting_text(label)) for value, label in KINDS]
        self.type_combo = choice_box(kinds, translate("MeetingFields", "Meeting type"))
        self.type_row = FieldRow(hbox(self.type_combo), target=self.type_combo)

        self.date_edit = DateEdit()
        # Zoom's own range for a start (core/wallclock.py); QDateEdit would offer 1752-9999.
        self.date_edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(translate("MeetingFields", "Start date"))
        self.time_edit = TimeEdit()
        self.time_edit.setAccessibleName(translate("MeetingFields", "Start time"))
        self.weekday_label = QLabel()
        self.start_row = FieldRow(
            hbox(self.date_edit, self.time_edit, self.weekday_label), target=self.date_edit
        )
        self.zone_picker = TimeZonePicker()
        self.zone_picker.setAccessibleName(translate("MeetingFields", "Time zone"))
        self.zone_row = FieldRow(self.zone_picker)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(duration.minimum or 1, duration.maximum or 24 * 60)
        self.duration_spin.setSingleStep(15)
        # "{minutes} min" around the number: some languages put the unit first.
        before, _, after = translate("MeetingFields", "{minutes} min").partition("{minutes}")
        self.duration_spin.setPrefix(before)
        self.duration_spin.setSuffix(after)
        self.duration_spin.setAccessibleName(translate("MeetingFields", "Duration in minutes"))
        # "0 min" typed stays an error next to the field (Save off) instead of Qt snapping it
        # back to the last good value unseen; leaving the field corrects it to the nearest.
        self.duration_spin.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        self.duration_row = FieldRow(hbox(self.duration_spin), target=self.duration_spin)
        self.no_time_note = QLabel(
            translate(
                "MeetingFields",
                "A recurring meeting with no fixed time has no date, time or duration: "
                "it can be started whenever it is needed.",
            )
        )
        self.no_time_note.setWordWrap(True)

        self.recurrence_editor = RecurrenceEditor()
        self.options = MeetingOptions()
        self.tracking = TrackingRows()

        self.meeting_box = form_section(
            translate("MeetingFields", "Meeting"),
            [
                (setting_text(topic.label), self.topic_row, self.topic_edit),
                (setting_text(agenda.label), self.agenda_row, self.agenda_edit),
                (translate("MeetingFields", "H&ost"), self.host_row, self.host_combo),
                (setting_text(spec("type").label), self.type_row, self.type_combo),
            ],
        )
        self.when_box = form_section(
            translate("MeetingFields", "When"),
            [
                (setting_text(spec("start_time").label), self.start_row, self.date_edit),
                (setting_text(spec("timezone").label), self.zone_row, self.zone_picker),
                (setting_text(duration.label), self.duration_row, self.duration_spin),
            ],
        )
        when_form = self.when_box.layout()
        assert isinstance(when_form, QFormLayout)
        self.when_form: QFormLayout = when_form
        when_form.addRow(self.no_time_note)
        self.repeat_box = QGroupBox(translate("MeetingFields", "Repeat"))
        QVBoxLayout(self.repeat_box).addWidget(self.recurrence_editor)
        layout = QVBoxLayout(self)
        for box in (self.meeting_box, self.when_box, self.repeat_box):
            layout.addWidget(box)
        layout.addWidget(self.options)
        layout.addWidget(self.tracking)
        layout.addStretch(1)
        sections = (self.meeting_box, self.when_box, *self.options.sections())
        forms = [cast(QFormLayout, box.layout()) for box in sections]
        align_labels([*forms, self.recurrence_editor.form])

        self.topic_edit.textChanged.connect(self._on_edited)
        self.agenda_edit.textChanged.connect(self._on_edited)
        self.zone_picker.zone_changed.connect(self._on_edited)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.time_edit.timeChanged.connect(self._on_edited)
        self.duration_spin.valueChanged.connect(self._on_edited)
        self.duration_spin.lineEdit().textEdited.connect(self._on_edited)
        self.host_combo.currentIndexChanged.connect(self._on_edited)
        self.type_combo.currentIndexChanged.connect(self._on_edited)
        self.recurrence_editor.changed.connect(self._on_edited)
        self.options.changed.connect(self._on_edited)
        self.tracking.changed.connect(self._on_edited)
        self._sync()

    # --- values --------------------------------------------------------------------------

    @property
    def kind(self) -> MeetingType:
        return MeetingType(self.type_combo.currentData())

    def host_id(self) -> str:
        return str(self.host_combo.currentData() or "")

    def start(self) -> datetime:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        at: time = self.time_edit.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, at.replace(second=0, microsecond=0))

    def typed_duration(self) -> int:
        """What the field shows, even out of range (QSpinBox.value() keeps the last good one)."""
        spin = self.duration_spin
        if spin.hasAcceptableInput():
            return spin.value()
        digits = "".join(c for c in spin.cleanText() if c.isdigit())
        return int(digits[:9]) if digits else 0

    def read_draft(self) -> MeetingDraft:
        kind = self.kind
        recurring = kind is MeetingType.RECURRING_FIXED_TIME
        return MeetingDraft(
            topic=self.topic_edit.text(),
            type=kind,
            start=self.start(),
            timezone=self.zone_picker.zone_id(),
            duration=self.typed_duration(),
            agenda=self.agenda_edit.toPlainText(),
            password=self.options.password(),
            recurrence=self.recurrence_editor.recurrence() if recurring else None,
            settings=self.options.settings(),
            tracking_fields=self.tracking.values(),
        )

    def load(self, draft: MeetingDraft, *, host_id: str | None = None) -> None:
        """Show `draft`; a draft without a start gets the next half hour in its zone."""
        self._loading = True
        try:
            if host_id is not None:
                if self.host_combo.findData(host_id) < 0:
                    self.host_combo.addItem(host_id, host_id)
                select_data(self.host_combo, host_id)
            self.topic_edit.setText(draft.topic)
            self.agenda_edit.setPlainText(draft.agenda)
            if self.type_combo.findData(int(draft.type)) < 0:
                self.type_combo.addItem(draft.type.label, int(draft.type))
            select_data(self.type_combo, int(draft.type))
            self.zone_picker.set_zone_id(draft.timezone or default_zone_id())
            tz = zone(self.zone_picker.zone_id())
            start = draft.start or next_half_hour(datetime.now(tz or UTC).replace(tzinfo=None))
            self.date_edit.setDate(QDate(start.year, start.month, start.day))
            self.time_edit.setTime(QTime(start.hour, start.minute))
            self.duration_spin.setValue(draft.duration or 60)
            self.recurrence_editor.set_zone(tz)
            self.recurrence_editor.set_recurrence(draft.recurrence, start.date())
            self.options.load(draft.password, dict(draft.settings))
            self.tracking.load(draft.tracking_fields)
        finally:
            self._loading = False
        self._sync()

    # --- modes ---------------------------------------------------------------------------

    def lock_host(self, text: str) -> None:
        """Editing: Zoom can't move a meeting to another host."""
        if text and self.host_combo.findText(text) < 0:
            self.host_combo.addItem(text, self.host_id() or text)
            self.host_combo.setCurrentIndex(self.host_combo.count() - 1)
        self.host_combo.setEnabled(False)
        self.host_row.set_hint(
            translate("MeetingFields", "The host can't be changed once a meeting exists.")
        )

    def set_occurrence_mode(self) -> None:
        """One occurrence: only agenda, start, duration and some settings may change."""
        self.occurrence_mode = True
        for widget in (self.topic_edit, self.host_combo, self.type_combo, self.zone_picker):
            widget.setEnabled(False)
        self.options.set_occurrence_mode()
        self.tracking.setEnabled(False)  # the series' fields
        self.zone_row.set_hint(
            translate("MeetingFields", "The time zone belongs to the whole series.")
        )
        self._sync()

    # --- messages ------------------------------------------------------------------------

    def row_for(self, field: str) -> FieldRow | None:
        """The row that shows a message about a Zoom field name ("settings.jbh_time")."""
        if field.startswith("recurrence"):
            return self.recurrence_editor.row_for(field)
        if field.startswith(TRACKING):
            return self.tracking.row_for(field)
        rows = {
            "topic": self.topic_row,
            "agenda": self.agenda_row,
            "host": self.host_row,
            "schedule_for": self.host_row,
            "type": self.type_row,
            "start_time": self.start_row,
            "timezone": self.zone_row,
            "duration": self.duration_row,
        }
        return rows.get(field) or self.options.row_for(field)

    def rows(self) -> list[FieldRow]:
        return [
            self.topic_row,
            self.agenda_row,
            self.host_row,
            self.type_row,
            self.start_row,
            self.zone_row,
            self.duration_row,
            *self.recurrence_editor.rows(),
            *self.options.rows(),
            *self.tracking.rows(),
        ]

    # --- reactions -----------------------------------------------------------------------

    def _on_date_changed(self, *_args: object) -> None:
        if not self._loading:
            self.recurrence_editor.follow_start(self.start().date())
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.recurrence_editor.set_zone(zone(self.zone_picker.zone_id()))
        self._sync()
        self.changed.emit()

    def _sync(self) -> None:
        kind = self.kind
        fixed = kind is not MeetingType.RECURRING_NO_FIXED_TIME
        for row in (self.start_row, self.zone_row, self.duration_row):
            self.when_form.setRowVisible(row, fixed)
        self.no_time_note.setVisible(not fixed)
        self.options.set_meeting_type(kind)
        self.repeat_box.setVisible(
            kind is MeetingType.RECURRING_FIXED_TIME and not self.occurrence_mode
        )
        self.topic_row.set_count(len(self.topic_edit.text()))
        self.agenda_row.set_count(len(self.agenda_edit.toPlainText()))
        self.duration_row.set_hint(describe_duration(self.typed_duration()))
        self.weekday_label.setText(dates().long_days[self.start().weekday()])
        if not self.occurrence_mode:
            self.zone_row.set_hint(self._zone_hint())

    def _zone_hint(self) -> str:
        """The start in UTC and on this computer, when either differs from what was typed;
        first a warning when the zone is a fixed offset that ignores daylight saving time."""
        tz = zone(self.zone_picker.zone_id())
        if tz is None:
            return ""
        if warning := legacy_zone_warning(self.zone_picker.zone_id()):
            return warning
        start = self.start().replace(tzinfo=tz)
        here = start.astimezone()
        parts = []
        if start.utcoffset():
            utc = dates().datetime(start.astimezone(UTC))
            parts.append(translate("MeetingFields", "{time} UTC").format(time=utc))
        if here.utcoffset() != start.utcoffset() and (here.utcoffset() or not parts):
            there = translate("MeetingFields", "{time} on this computer")
            parts.append(there.format(time=dates().datetime(here)))
        return " · ".join(parts)
