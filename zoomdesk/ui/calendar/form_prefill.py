"""Filling the meeting form's time fields from a calendar drag. Setting the widgets (not the
form's state) makes the change go through the form exactly as typing would: the same
validation, the same diff, the same Save."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QTime

from zoomdesk.core.models import zone


def set_when(form: Any, start: datetime, minutes: int) -> None:
    """An aware start, shown as wall-clock time in the form's own zone."""
    fields = form.fields
    tz = zone(fields.zone_picker.zone_id()) or UTC
    set_wall_time(form, start.astimezone(tz).replace(tzinfo=None), minutes)


def set_wall_time(form: Any, start: datetime, minutes: int) -> None:
    fields = form.fields
    fields.date_edit.setDate(QDate(start.year, start.month, start.day))
    fields.time_edit.setTime(QTime(start.hour, start.minute))
    fields.duration_spin.setValue(max(1, minutes))
