"""Where things are on the calendar canvas: columns (days × lanes), the y of a time, a
meeting's rectangle, what lies under a point. A mixin of `CalendarCanvas`.

x is worked out from the start of the line (the hour labels, then the first day) and turned into
the widget's own x by `flip`: right to left in a right-to-left language, as Qt's layouts do."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt

from zoomdesk.ui.calendar.grid_paint import GUTTER
from zoomdesk.ui.calendar.layout import Box, Layout, local_midnight

SNAP = 15  # minutes: drags land on quarter hours
MIN_BOX_HEIGHT = 17  # a 15-minute meeting still shows one line of text


class CanvasGeometry:
    if TYPE_CHECKING:
        layout_: Layout | None
        hour_height: int
        tz: tzinfo

        def width(self) -> int: ...
        def height(self) -> int: ...
        def layoutDirection(self) -> Qt.LayoutDirection: ...

    def flip(self, x: float, width: float = 0.0) -> float:
        """The widget's x of something `width` wide at `x` from the start of the line."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return self.width() - x - width
        return x

    def columns(self) -> int:
        if self.layout_ is None:
            return 1
        return max(1, len(self.layout_.days) * len(self.layout_.lanes))

    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER) / self.columns())

    def lane_x(self, day: int, lane: int) -> float:
        lanes = len(self.layout_.lanes) if self.layout_ else 1
        return GUTTER + (day * lanes + lane) * self.column_width()

    def y_of(self, minutes: float) -> float:
        return minutes * self.hour_height / 60

    def box_rect(self, box: Box) -> QRectF:
        width = self.column_width()
        x = self.lane_x(box.day, box.lane) + box.column * width / box.columns
        top = self.y_of(box.top)
        height = max(self.y_of(box.bottom) - top, self.y_of(SNAP) - 1, MIN_BOX_HEIGHT)
        inner = width / box.columns - 2
        return QRectF(self.flip(x + 1, inner), top + 1, inner, height - 1)

    def cell_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """(day, lane, minutes) under a point of the grid."""
        x = self.flip(pos.x())
        if self.layout_ is None or x < GUTTER:
            return None
        column = int((x - GUTTER) // self.column_width())
        lanes = len(self.layout_.lanes)
        day, lane = divmod(min(column, self.columns() - 1), lanes)
        minutes = int(max(0.0, min(pos.y(), self.height() - 1)) * 60 / self.hour_height)
        return day, lane, minutes

    def box_at(self, pos: QPointF) -> Box | None:
        if self.layout_ is None:
            return None
        for box in reversed(self.layout_.boxes):  # the one drawn last is on top
            if self.box_rect(box).contains(pos):
                return box
        return None

    def at(self, day: int, minutes: int) -> datetime:
        assert self.layout_ is not None
        base = local_midnight(self.layout_.days[day], self.tz)
        return (base + timedelta(minutes=minutes)).astimezone(self.tz)
