"""How the calendar looks: host colours, box texts, conflict marks. Kept apart from the widget so
the canvas holds only geometry and input."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QDateTime, QLocale, QRectF, Qt, QTime, QTimeZone
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPalette, QPen

from zoomdesk.core.conflicts import Conflict
from zoomdesk.core.i18n import translate
from zoomdesk.ui.calendar.labels import CalendarLabels
from zoomdesk.ui.calendar.layout import Box
from zoomdesk.ui.palette import error_color, is_dark

WARNING_MARK = "⚠"  # a shape, not only a colour, says "conflict"
INFO_MARK = "ⓘ"


def host_colours(hosts: Sequence[str], palette: QPalette) -> dict[str, QColor]:
    """One distinct colour per host (golden-angle hues), light on light themes, dark on dark."""
    dark = is_dark(palette)
    out = {}
    for index, host in enumerate(hosts):
        hue = (index * 137.508) % 360 / 360
        out[host] = QColor.fromHslF(hue, 0.55 if dark else 0.65, 0.32 if dark else 0.86)
    return out


def short_time(value: datetime, tz: tzinfo, locale: QLocale) -> str:
    local = value.astimezone(tz)
    return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def zone_time(value: datetime, zone_name: str, locale: QLocale) -> str:
    """The start in the meeting's own zone, for the tooltip (formatted by the user's locale)."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone(zone_name.encode()))
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def box_text(box: Box, tz: tzinfo, locale: QLocale, host_name: str) -> str:
    """`⚠ Board meeting · Ada · 09:00`: the mark, the topic first (a narrow lane still shows
    what it is; the position already says when), whose meeting it is when hosts share a lane
    (so the calendar reads without colour), then the start."""
    mark = ""
    if box.conflicts:
        mark = (INFO_MARK if box.conflicts[0].concurrent_allowed else WARNING_MARK) + " "
    start = " · " + short_time(box.slot.start, tz, locale) if box.first_piece else ""
    who = f" · {host_name}" if host_name else ""
    return f"{mark}{box.slot.meeting.topic}{who}{start}"


def describe_local(conflict: Conflict, meeting_id: int, tz: tzinfo, labels: CalendarLabels) -> str:
    """`Overlaps “Board” (Tue, Dec 1, 3:15 PM–4:00 PM)`: the other meeting, the overlap in the
    user's time zone and locale (the CLI's version says UTC)."""
    slot = conflict.other(meeting_id)
    locale = labels.locale
    when = labels.day(conflict.start.astimezone(tz).date())
    start, end = short_time(conflict.start, tz, locale), short_time(conflict.end, tz, locale)
    if conflict.concurrent_allowed:
        text = translate(
            "CalendarView", "Runs at the same time as “{topic}” ({day}, {start}–{end})"
        )
    else:
        text = translate("CalendarView", "Overlaps “{topic}” ({day}, {start}–{end})")
    return text.format(topic=slot.meeting.topic, day=when, start=start, end=end)


def tooltip(
    box: Box,
    tz: tzinfo,
    locale: QLocale,
    host_label: str,
    describe: Callable[[Conflict, int], str],
) -> str:
    slot = box.slot
    meeting = slot.meeting
    yours = translate("CalendarView", "{start}–{end} (your time)")
    lines = [
        meeting.topic,
        yours.format(
            start=short_time(slot.start, tz, locale), end=short_time(slot.end, tz, locale)
        ),
    ]
    if meeting.timezone:
        lines.append(f"{zone_time(slot.start, meeting.timezone, locale)} {meeting.timezone}")
    lines.append(translate("CalendarView", "Host: {host}").format(host=host_label))
    if slot.occurrence_id:
        lines.append(translate("CalendarView", "One occurrence of a recurring meeting"))
    lines.extend(describe(c, meeting.id) for c in box.conflicts)
    return "\n".join(lines)


TOP_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
NONE, WARNING, INFO = 0, 1, 2  # a box's conflict mark


@dataclass(frozen=True)
class Style:
    """A host's fill, border and text pens, made once per host, not once per box and paint."""

    fill: QColor
    border: QPen
    text: QPen

    @classmethod
    def of(cls, fill: QColor) -> Style:
        text = QColor("#f4f4f4") if fill.lightnessF() < 0.5 else QColor("#111111")
        return cls(fill, QPen(fill.darker(140), 1), QPen(text))


@dataclass(frozen=True)
class Marks:
    """The palette's conflict and selection marks."""

    warning: QPen
    hatch: QBrush
    info: QPen
    selected: QPen

    @classmethod
    def of(cls, palette: QPalette) -> Marks:
        red = error_color(palette)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        return cls(QPen(red, 2), QBrush(red, Qt.BrushStyle.BDiagPattern), QPen(highlight, 2),
                   QPen(highlight, 3))  # fmt: skip


def mark_of(box: Box) -> int:
    if not box.conflicts:
        return NONE
    return INFO if box.conflicts[0].concurrent_allowed else WARNING


def elide(fm: QFontMetrics, text: str, rect: QRectF) -> tuple[QRectF, str]:
    inner = rect.adjusted(4, 1, -3, -1)
    if inner.width() < 8 or inner.height() < 6:
        return inner, ""
    return inner, fm.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))


def paint_box(
    painter: QPainter,
    rect: QRectF,
    inner: QRectF,
    elided: str,
    style: Style,
    marks: Marks,
    mark: int,
    selected: bool,
) -> None:
    painter.fillRect(rect, style.fill)
    if mark == WARNING:  # a hatch and a thick border: readable in greyscale too
        painter.fillRect(rect, marks.hatch)
    if mark:
        painter.setPen(marks.warning if mark == WARNING else marks.info)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
    else:
        painter.setPen(style.border)
        painter.drawRect(rect)
    if selected:
        painter.setPen(marks.selected)
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
    if elided:
        painter.setPen(style.text)
        painter.drawText(inner, TOP_LEFT, elided)
