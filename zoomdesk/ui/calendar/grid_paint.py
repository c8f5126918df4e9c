"""Painting the time grid's hour lines, the today line and the drag preview (the boxes are in
paint.py): functions of the canvas's geometry, kept out of the widget's event handling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from zoomdesk.ui.palette import blend

if TYPE_CHECKING:
    from zoomdesk.ui.calendar.canvas import CalendarCanvas

GUTTER = 56  # the hour labels


def paint_grid(
    canvas: CalendarCanvas, painter: QPainter, exposed: QRectF, palette: QPalette
) -> None:
    """Lines as 1-pixel fills of opaque colours: QPainter.drawLine with fractional points
    (or translucent pens) takes the raster engine's slow path, ~0.3 ms a line, which made
    a week of 140 host lanes cost 100 ms a frame."""
    base = palette.color(QPalette.ColorRole.Base)
    line = palette.color(QPalette.ColorRole.Mid)
    faint = blend(base, line, 0.35)
    text = palette.color(QPalette.ColorRole.PlaceholderText)
    top, bottom = int(exposed.top()), int(exposed.bottom()) + 1
    width = canvas.width() - GUTTER
    first = max(0, int(exposed.top() // canvas.hour_height))
    last = min(24, int(exposed.bottom() // canvas.hour_height) + 1)
    right = int(Qt.AlignmentFlag.AlignRight.value)
    for hour in range(first, last + 1):
        y = hour * canvas.hour_height
        grid_x = int(canvas.flip(GUTTER, width))
        painter.fillRect(QRect(grid_x, y, width, 1), line)
        painter.fillRect(QRect(grid_x, y + canvas.hour_height // 2, width, 1), faint)
        if 0 < hour < 24:
            painter.setPen(text)
            # The locale's hour labels (`9 AM`, `09:00`), formatted once per canvas; "right"
            # is beside the grid, on either side (QPainter mirrors it right to left).
            label = QRectF(canvas.flip(0, GUTTER - 6), y - 8, GUTTER - 6, 16)
            painter.drawText(label, right, canvas.labels.hours[hour])
    if canvas.layout_ is None:
        return
    lanes = len(canvas.layout_.lanes)
    column_width = canvas.column_width()
    for column in range(canvas.columns() + 1):
        x = int(canvas.flip(GUTTER + column * column_width, 1))
        painter.fillRect(QRect(x, top, 1, bottom - top), line if column % lanes == 0 else faint)


def paint_today(canvas: CalendarCanvas, painter: QPainter) -> None:
    assert canvas.layout_ is not None
    now = canvas.now().astimezone(canvas.tz)
    if now.date() not in canvas.layout_.days:
        return
    day = canvas.layout_.days.index(now.date())
    y = canvas.y_of(now.hour * 60 + now.minute)
    lanes = len(canvas.layout_.lanes)
    x0 = canvas.flip(canvas.lane_x(day, 0))
    x1 = canvas.flip(canvas.lane_x(day, lanes - 1) + canvas.column_width())
    colour = QColor.fromHslF(0.0, 0.75, 0.5)
    painter.setPen(QPen(colour, 2))
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(x0, y), 4, 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_drag(canvas: CalendarCanvas, painter: QPainter, palette: QPalette) -> None:
    drag = canvas.drag
    if drag is None or not drag.active or drag.start is None or drag.end is None:
        return
    assert canvas.layout_ is not None
    start, end = drag.start.astimezone(canvas.tz), drag.end.astimezone(canvas.tz)
    if start.date() not in canvas.layout_.days:
        return
    day = canvas.layout_.days.index(start.date())
    lane = drag.box.lane if drag.box is not None else drag.lane
    top = start.hour * 60 + start.minute
    bottom = top + int((end - start).total_seconds() // 60)
    width = canvas.column_width() - 2
    rect = QRectF(canvas.flip(canvas.lane_x(day, lane) + 1, width), canvas.y_of(top), width,
                  max(canvas.y_of(bottom - top), 4.0))  # fmt: skip
    highlight = palette.color(QPalette.ColorRole.Highlight)
    fill = QColor(highlight)
    fill.setAlpha(60)
    painter.fillRect(rect, fill)
    painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    short = QLocale.FormatType.ShortFormat
    label = (
        f"{canvas.qlocale.toString(QTime(start.hour, start.minute), short)}–"
        f"{canvas.qlocale.toString(QTime(end.hour, end.minute), short)}"
    )
    painter.drawText(rect.adjusted(4, 2, -2, -2), int(Qt.AlignmentFlag.AlignLeft.value), label)
