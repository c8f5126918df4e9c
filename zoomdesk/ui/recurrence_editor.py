"""How a recurring meeting repeats: daily, weekly on chosen weekdays, or monthly on a day of the
month or on the first…fourth/last weekday; every N days/weeks/months; ending on a date or after
N occurrences. Reads and writes a `Recurrence`; Zoom's limits are checked by the draft."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before anything that may pull in qasync)
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from zoomdesk.core.drafts import END_TIMES_MAX, REPEAT_MAX
from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop
from zoomdesk.core.models import Recurrence, RecurrenceType
from zoomdesk.core.wallclock import MAX_YEAR, MIN_YEAR
from zoomdesk.ui.date_time_edits import DateEdit
from zoomdesk.ui.form_fields import FieldRow, hbox
from zoomdesk.ui.palette import muted_color

KINDS = {
    RecurrenceType.DAILY: translate_noop("RecurrenceEditor", "Daily"),
    RecurrenceType.WEEKLY: translate_noop("RecurrenceEditor", "Weekly"),
    RecurrenceType.MONTHLY: translate_noop("RecurrenceEditor", "Monthly"),
}
NTH = (
    (1, translate_noop("RecurrenceEditor", "First")),
    (2, translate_noop("RecurrenceEditor", "Second")),
    (3, translate_noop("RecurrenceEditor", "Third")),
    (4, translate_noop("RecurrenceEditor", "Fourth")),
    (-1, translate_noop("RecurrenceEditor", "Last")),
)
DEFAULT_END_TIMES = 7  # what Zoom's web portal proposes for a new series


def zoom_weekday(day: date) -> int:
    """Zoom numbers weekdays 1 = Sunday … 7 = Saturday."""
    return day.isoweekday() % 7 + 1


def week_days_in_locale_order() -> list[tuple[int, str, str]]:
    """(zoom number, short name, long name), starting on the locale's first day of the week,
    named as the locale names them (`dates()`: the desktop app installs the user's locale)."""
    formats = dates()
    out = []
    for offset in range(7):
        day = (formats.first_weekday + offset) % 7  # Python's numbering: Monday = 0
        out.append(((day + 1) % 7 + 1, formats.days[day], formats.long_days[day]))
    return out


class RecurrenceEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.touched = False
        self._zone: ZoneInfo | None = None

        self.repeat_combo = QComboBox()
        for kind in RecurrenceType:
            self.repeat_combo.addItem(translate_marked("RecurrenceEditor", KINDS[kind]), int(kind))
        self.repeat_combo.setAccessibleName(translate("RecurrenceEditor", "Repeats"))
        self.repeat_row = FieldRow(hbox(self.repeat_combo), target=self.repeat_combo)

        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, max(REPEAT_MAX.values()))
        self.interval_spin.setAccessibleName(translate("RecurrenceEditor", "Repeat every"))
        self.interval_unit = QLabel()
        self.interval_row = FieldRow(
            hbox(self.interval_spin, self.interval_unit), target=self.interval_spin
        )

        self.weekday_boxes: dict[int, QCheckBox] = {}
        days = QWidget()
        days_layout = QHBoxLayout(days)
        days_layout.setContentsMargins(0, 0, 0, 0)
        for number, short, long in week_days_in_locale_order():
            box = QCheckBox(short)
            box.setAccessibleName(long)
            self.weekday_boxes[number] = box
            days_layout.addWidget(box)
        days_layout.addStretch(1)
        first_box = next(iter(self.weekday_boxes.values()))
        self.weekdays_row = FieldRow(days, target=first_box)

        self.by_day_radio = QRadioButton(translate("RecurrenceEditor", "Day"))
        self.by_day_radio.setAccessibleName(
            translate("RecurrenceEditor", "Monthly on a day of the month")
        )
        self.monthly_day_spin = QSpinBox()
        self.monthly_day_spin.setRange(1, 31)
        self.monthly_day_spin.setAccessibleName(translate("RecurrenceEditor", "Day of the month"))
        self.by_week_radio = QRadioButton(translate("RecurrenceEditor", "The"))
        self.by_week_radio.setAccessibleName(
            translate("RecurrenceEditor", "Monthly on a weekday of a week")
        )
        self.monthly_week_combo = QComboBox()
        for value, text in NTH:
            self.monthly_week_combo.addItem(translate_marked("RecurrenceEditor", text), value)
        self.monthly_week_combo.setAccessibleName(
            translate("RecurrenceEditor", "Week of the month")
        )
        self.monthly_weekday_combo = QComboBox()
        for number, _short, long in week_days_in_locale_order():
            self.monthly_weekday_combo.addItem(long, number)
        self.monthly_weekday_combo.setAccessibleName(translate("RecurrenceEditor", "Weekday"))
        monthly = QWidget()
        grid = QGridLayout(monthly)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_day_radio, 0, 0)
        grid.addWidget(
            hbox(self.monthly_day_spin, translate("RecurrenceEditor", "of the month")), 0, 1
        )
        grid.addWidget(self.by_week_radio, 1, 0)
        grid.addWidget(hbox(self.monthly_week_combo, self.monthly_weekday_combo), 1, 1)
        grid.setColumnStretch(1, 1)
        self.monthly_group = QButtonGroup(self)
        self.monthly_group.addButton(self.by_day_radio)
        self.monthly_group.addButton(self.by_week_radio)
        self.by_day_radio.setChecked(True)
        self.monthly_row = FieldRow(monthly, target=self.by_day_radio)

        self.end_after_radio = QRadioButton(translate("RecurrenceEditor", "After"))
        self.end_after_radio.setAccessibleName(
            translate("RecurrenceEditor", "End after a number of occurrences")
        )
        self.end_times_spin = QSpinBox()
        self.end_times_spin.setRange(1, END_TIMES_MAX)
        self.end_times_spin.setValue(DEFAULT_END_TIMES)
        self.end_times_spin.setAccessibleName(
            translate("RecurrenceEditor", "Number of occurrences")
        )
        self.end_on_radio = QRadioButton(translate("RecurrenceEditor", "On"))
        self.end_on_radio.setAccessibleName(translate("RecurrenceEditor", "End on a date"))
        self.end_date_edit = DateEdit()
        self.end_date_edit.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.end_date_edit.setCalendarPopup(True)
        self.end_date_edit.setAccessibleName(translate("RecurrenceEditor", "Last date"))
        ends = QWidget()
        ends_grid = QGridLayout(ends)
        ends_grid.setContentsMargins(0, 0, 0, 0)
        ends_grid.addWidget(self.end_after_radio, 0, 0)
        occurrences = translate("RecurrenceEditor", "occurrences (at most {limit})")
        ends_grid.addWidget(
            hbox(self.end_times_spin, occurrences.format(limit=END_TIMES_MAX)), 0, 1
        )
        ends_grid.addWidget(self.end_on_radio, 1, 0)
        ends_grid.addWidget(hbox(self.end_date_edit), 1, 1)
        ends_grid.setColumnStretch(1, 1)
        self.end_group = QButtonGroup(self)
        self.end_group.addButton(self.end_after_radio)
        self.end_group.addButton(self.end_on_radio)
        self.end_after_radio.setChecked(True)
        self.end_row = FieldRow(ends, target=self.end_after_radio)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("RecurrenceEditor", "Repeat summary"))

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._addhbox(translate("RecurrenceEditor", "&Repeats"), self.repeat_row, self.repeat_combo)
        self._addhbox(
            translate("RecurrenceEditor", "E&very"), self.interval_row, self.interval_spin
        )
        on = translate("RecurrenceEditor", "On")
        self._addhbox(on, self.weekdays_row, first_box)
        self._addhbox(on, self.monthly_row, self.by_day_radio)
        self._addhbox(translate("RecurrenceEditor", "Ends"), self.end_row, self.end_after_radio)
        self.form.addRow("", self.summary)

        for signal in (
            self.repeat_combo.currentIndexChanged,
            self.interval_spin.valueChanged,
            self.monthly_day_spin.valueChanged,
            self.monthly_week_combo.currentIndexChanged,
            self.monthly_weekday_combo.currentIndexChanged,
            self.end_times_spin.valueChanged,
            self.end_date_edit.dateChanged,
            self.monthly_group.buttonToggled,
            self.end_group.buttonToggled,
        ):
            signal.connect(self._on_edited)
        for box in self.weekday_boxes.values():
            box.toggled.connect(self._on_edited)
        self._sync()

    def _addhbox(self, label: str, row: FieldRow, buddy: QWidget) -> None:
        text = QLabel(label)
        text.setBuddy(buddy)
        self.form.addRow(text, row)

    # --- values --------------------------------------------------------------------------

    @property
    def kind(self) -> RecurrenceType:
        return RecurrenceType(self.repeat_combo.currentData())

    def recurrence(self) -> Recurrence:
        kind = self.kind
        by_day = self.by_day_radio.isChecked()
        end_date = None
        if self.end_on_radio.isChecked():
            # The series may still meet on its last day: end at 23:59 that day in its zone.
            day: date = self.end_date_edit.date().toPython()  # type: ignore[assignment]
            end_date = datetime.combine(day, time(23, 59), self._zone or UTC).astimezone(UTC)
        monthly = kind is RecurrenceType.MONTHLY
        return Recurrence(
            type=kind,
            repeat_interval=self.interval_spin.value(),
            weekly_days=tuple(n for n, box in sorted(self.weekday_boxes.items()) if box.isChecked())
            if kind is RecurrenceType.WEEKLY
            else (),
            monthly_day=self.monthly_day_spin.value() if monthly and by_day else None,
            monthly_week=self.monthly_week_combo.currentData() if monthly and not by_day else None,
            monthly_week_day=self.monthly_weekday_combo.currentData()
            if monthly and not by_day
            else None,
            end_times=None if end_date else self.end_times_spin.value(),
            end_date_time=end_date,
        )

    def set_zone(self, zone: ZoneInfo | None) -> None:
        """The meeting's zone: an end date is that date's end in this zone."""
        self._zone = zone
        self._sync()

    def set_recurrence(self, rec: Recurrence | None, start: date) -> None:
        """Show `rec`, or sensible defaults around `start` when there is none."""
        self._loading = True
        try:
            self.follow_start(start, force=True)
            if rec is not None:
                self.repeat_combo.setCurrentIndex(self.repeat_combo.findData(int(rec.type)))
                self.interval_spin.setValue(rec.repeat_interval)
                if rec.weekly_days:
                    for number, box in self.weekday_boxes.items():
                        box.setChecked(number in rec.weekly_days)
                if rec.monthly_day is not None:
                    self.monthly_day_spin.setValue(rec.monthly_day)
                    self.by_day_radio.setChecked(True)
                elif rec.monthly_week is not None:
                    self._select(self.monthly_week_combo, rec.monthly_week)
                    self._select(self.monthly_weekday_combo, rec.monthly_week_day)
                    self.by_week_radio.setChecked(True)
                if rec.end_date_time is not None:
                    local = rec.end_date_time.astimezone(self._zone or UTC).date()
                    self.end_date_edit.setDate(QDate(local.year, local.month, local.day))
                    self.end_on_radio.setChecked(True)
                else:
                    self.end_times_spin.setValue(rec.end_times or 1)
                    self.end_after_radio.setChecked(True)
        finally:
            self._loading = False
        self.touched = rec is not None
        self._sync()

    def follow_start(self, start: date, *, force: bool = False) -> None:
        """Until the user touches the pattern, keep its defaults on the start's weekday/day."""
        if self.touched and not force:
            return
        loading, self._loading = self._loading, True
        try:
            if force:
                self.repeat_combo.setCurrentIndex(
                    self.repeat_combo.findData(int(RecurrenceType.WEEKLY))
                )
            for number, box in self.weekday_boxes.items():
                box.setChecked(number == zoom_weekday(start))
            self.monthly_day_spin.setValue(start.day)
            week = (start.day - 1) // 7 + 1
            self._select(self.monthly_week_combo, week if week <= 4 else -1)
            self._select(self.monthly_weekday_combo, zoom_weekday(start))
            self.end_date_edit.setMinimumDate(QDate(start.year, start.month, start.day))
            if force or not self.end_on_radio.isChecked():
                later = QDate(start.year, start.month, start.day).addMonths(3)
                self.end_date_edit.setDate(later)
        finally:
            self._loading = loading
        self._sync()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- errors --------------------------------------------------------------------------

    def row_for(self, field: str) -> FieldRow | None:
        """The row that shows an error about `field` ("recurrence.end_times", …)."""
        name = field.removeprefix("recurrence").lstrip(".")
        if name in ("repeat_interval",):
            return self.interval_row
        if name == "weekly_days":
            return self.weekdays_row
        if name.startswith("monthly"):
            return self.monthly_row
        if name.startswith("end"):
            return self.end_row
        return self.repeat_row

    def rows(self) -> list[FieldRow]:
        return [
            self.repeat_row,
            self.interval_row,
            self.weekdays_row,
            self.monthly_row,
            self.end_row,
        ]

    # --- internals -----------------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self.touched = True
        self._sync()
        if not self._loading:
            self.changed.emit()

    def _sync(self) -> None:
        kind = self.kind
        limit, every = REPEAT_MAX[kind], self.interval_spin.value()
        if kind is RecurrenceType.DAILY:
            unit = translate("RecurrenceEditor", "day(s) (at most {limit})", every)
        elif kind is RecurrenceType.WEEKLY:
            unit = translate("RecurrenceEditor", "week(s) (at most {limit})", every)
        else:
            unit = translate("RecurrenceEditor", "month(s) (at most {limit})", every)
        self.interval_unit.setText(unit.format(limit=limit))
        self.form.setRowVisible(self.weekdays_row, kind is RecurrenceType.WEEKLY)
        self.form.setRowVisible(self.monthly_row, kind is RecurrenceType.MONTHLY)
        by_day = self.by_day_radio.isChecked()
        self.monthly_day_spin.setEnabled(by_day)
        self.monthly_week_combo.setEnabled(not by_day)
        self.monthly_weekday_combo.setEnabled(not by_day)
        self.end_times_spin.setEnabled(self.end_after_radio.isChecked())
        self.end_date_edit.setEnabled(self.end_on_radio.isChecked())
        rec = self.recurrence()
        rule = replace(rec, end_times=None, end_date_time=None).describe()
        if self.end_on_radio.isChecked():
            last: date = self.end_date_edit.date().toPython()  # type: ignore[assignment]
            until = dates().date(last)
            text = translate("RecurrenceEditor", "{rule}, until {date}")
            text = text.format(rule=rule, date=until)
        elif (count := self.end_times_spin.value()) == 1:
            text = translate("RecurrenceEditor", "{rule}, once").format(rule=rule)
        else:
            text = translate("RecurrenceEditor", "{rule}, %n times", count).format(rule=rule)
        self.summary.setText(text)
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_color(self.palette()))
        self.summary.setPalette(palette)
        self.summary.setAccessibleDescription(text)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft)
