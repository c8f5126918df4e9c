"""Confirming a delete, and for a recurring meeting asking which part: one occurrence (picked
from the meeting's upcoming occurrences) or the whole series. The same choice is offered before
editing a recurring meeting."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.calendar import format_datetime, format_start
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.models import Meeting, Occurrence


def upcoming(occurrences: tuple[Occurrence, ...], now: datetime | None = None) -> list[Occurrence]:
    """Occurrences still to come and not already deleted, in date order."""
    moment = now or datetime.now(UTC)
    live = [
        o
        for o in occurrences
        if o.status != "deleted" and (o.start_time is None or o.start_time >= moment)
    ]
    return sorted(live, key=lambda o: o.start_time or moment)


DELETE_NOTE = translate_noop(
    "OccurrenceDialog",
    "Zoom removes it at once; people who have the link can no longer join. This cannot be undone.",
)
OCCURRENCE_NOTE = translate_noop(
    "OccurrenceDialog",
    "Zoom removes this date at once; the link still works for the other dates of the series. "
    "This cannot be undone.",
)


# question, one occurrence, its accessible name, the series' accessible name (and the series'
# text, a plural, below): whole sentences per verb, since word order differs between languages.
_DELETE_TEXTS = (
    translate_noop("OccurrenceDialog", "“{topic}” is a recurring meeting. Delete which part?"),
    translate_noop("OccurrenceDialog", "Delete only this occurrence:"),
    translate_noop("OccurrenceDialog", "Delete one occurrence"),
    "",
    translate_noop("OccurrenceDialog", "Delete the whole series"),
)
_EDIT_TEXTS = (
    translate_noop("OccurrenceDialog", "“{topic}” is a recurring meeting. Edit which part?"),
    translate_noop("OccurrenceDialog", "Edit only this occurrence:"),
    translate_noop("OccurrenceDialog", "Edit one occurrence"),
    "",
    translate_noop("OccurrenceDialog", "Edit the whole series"),
)


class OccurrenceDialog(QDialog):
    """`open()` it and read `occurrence_id()` on `accepted`: None means the whole meeting."""

    def __init__(
        self,
        meeting: Meeting,
        *,
        mode: str = "delete",
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.meeting = meeting
        self.mode = mode
        self.occurrences = upcoming(meeting.occurrences, now) if meeting.type.recurring else []
        deleting = mode == "delete"
        if deleting:
            self.setWindowTitle(translate("OccurrenceDialog", "Delete meeting — zoomdesk"))
        else:
            self.setWindowTitle(translate("OccurrenceDialog", "Edit recurring meeting — zoomdesk"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        when = format_start(meeting)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.question)

        self.occurrence_radio = QRadioButton()
        self.series_radio = QRadioButton()
        self.occurrence_combo = QComboBox()
        self.occurrence_combo.setAccessibleName(translate("OccurrenceDialog", "Occurrence"))
        group = QButtonGroup(self)
        group.addButton(self.occurrence_radio)
        group.addButton(self.series_radio)
        if self.occurrences:
            texts = _DELETE_TEXTS if deleting else _EDIT_TEXTS
            question, one, one_name, series, series_name = (
                translate_marked("OccurrenceDialog", text) for text in texts
            )
            self.question.setText(question.format(topic=meeting.topic))
            for item in self.occurrences:
                label = format_datetime(item.start_time.astimezone()) if item.start_time else "?"
                self.occurrence_combo.addItem(label, item.occurrence_id)
            self.occurrence_radio.setText(one)
            self.occurrence_radio.setAccessibleName(one_name)
            count = len(self.occurrences)
            if deleting:
                series = translate(
                    "OccurrenceDialog", "Delete the whole series (%n upcoming occurrence(s))", count
                )
            else:
                series = translate(
                    "OccurrenceDialog", "Edit the whole series (%n upcoming occurrence(s))", count
                )
            self.series_radio.setText(series)
            self.series_radio.setAccessibleName(series_name)
            self.occurrence_radio.setChecked(True)
            self.occurrence_radio.toggled.connect(self.occurrence_combo.setEnabled)
            layout.addWidget(self.occurrence_radio)
            layout.addWidget(self.occurrence_combo)
            layout.addWidget(self.series_radio)
        else:
            self.occurrence_radio.hide()
            self.series_radio.hide()
            self.occurrence_combo.hide()
            self.series_radio.setChecked(True)
            if when:
                question = translate("OccurrenceDialog", "Delete “{topic}” ({when})?")
            else:
                question = translate("OccurrenceDialog", "Delete “{topic}”?")
            self.question.setText(question.format(topic=meeting.topic, when=when))
        if deleting:
            one_date = translate_marked("OccurrenceDialog", OCCURRENCE_NOTE)
            all_dates = translate_marked("OccurrenceDialog", DELETE_NOTE)
            note = QLabel(one_date if self.occurrences else all_dates)
            # One date or the whole series: the link keeps working for the other dates.
            self.occurrence_radio.toggled.connect(
                lambda one: note.setText(one_date if one else all_dates)
            )
            self.note = note
            note.setWordWrap(True)
            layout.addWidget(note)
        # Zoom's schedule_for_reminder + cancel_meeting_reminder (delete only).
        self.notify_box = QCheckBox(
            translate("OccurrenceDialog", "E&mail the host and registrants about the cancellation")
        )
        self.notify_box.setVisible(deleting)
        layout.addWidget(self.notify_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if deleting:
            verb_text = translate("OccurrenceDialog", "&Delete")
        else:
            verb_text = translate("OccurrenceDialog", "&Edit")
        role = (
            QDialogButtonBox.ButtonRole.DestructiveRole
            if deleting
            else QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button = self.buttons.addButton(verb_text, role)
        if deleting:
            self.confirm_button.setIcon(
                self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon)
            )
        self.confirm_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # A destructive action is never the default: Enter cancels, Alt+D deletes.
        cancel.setDefault(deleting)
        cancel.setAutoDefault(deleting)
        self.confirm_button.setDefault(not deleting)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def occurrence_id(self) -> str | None:
        if self.occurrences and self.occurrence_radio.isChecked():
            return str(self.occurrence_combo.currentData())
        return None

    def notify(self) -> bool:
        return self.mode == "delete" and self.notify_box.isChecked()

    def occurrence_label(self) -> str:
        return self.occurrence_combo.currentText() if self.occurrence_id() else ""
