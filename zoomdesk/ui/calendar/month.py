"""The month view: six weeks of day cells, each listing its meetings as lines (time, topic,
host), painted in one widget. Selecting, opening and the keys work as in the time grid; drags
are the time grid's (a month cell has no time to drop on)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from zoomdesk.core.i18n import translate
from zoomdesk.ui.calendar.labels import CalendarLabels
from zoomdesk.ui.calendar.layout import Box, Layout
from zoomdesk.ui.calendar.paint import Marks, Style, box_text, elide, mark_of, paint_box


class WeekdayHeader(QWidget):
    """The weekday names over the month's columns, in the locale's order (its first day of the
    week starts the row) and its own short names."""

    def __init__(self, month: MonthView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = month
        self.setFixedHeight(self.fontMetrics().height() + 6)

    def names(self) -> list[str]:
        layout = self.month.layout_
        return [self.month.labels.weekday(day) for day in layout.days[:7]] if layout else []

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        width = self.width() / 7
        centre = int(Qt.AlignmentFlag.AlignCenter.value)
        for column, name in enumerate(self.names()):
            x = self.month.column_x(column, width)
            painter.drawText(QRectF(x, 0, width, self.height()), centre, name)
        painter.end()


class MonthView(QWidget):
    selected = Signal(object)
    activated = Signal(object)
    context_menu = Signal(QPoint, object)
    period_requested = Signal(int)
    today_requested = Signal()
    day_requested = Signal(object)  # a date: double-click on a day's empty space

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.layout_: Layout | None = None
        self.month = date.today().month
        self.colours: dict[str, QColor] = {}
        self.host_names: dict[str, str] = {}
        self.selection: tuple[int, str | None] | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now(self.tz)
        self.qlocale = QLocale()
        self.labels = CalendarLabels(self.qlocale)
        self._lines: list[tuple[QRectF, Box]] = []
        self._texts: dict[int, str] = {}  # per box, made once per layout (not per paint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("MonthView", "Calendar month"))
        self.setMinimumHeight(360)

    def set_layout(self, layout: Layout, month: int) -> None:
        self.layout_ = layout
        self.month = month
        self._texts.clear()
        self.update()

    def _text(self, box: Box) -> str:
        text = self._texts.get(id(box))
        if text is None:
            name = self.host_names.get(box.slot.host_id, "")  # empty for one host
            text = self._texts[id(box)] = box_text(box, self.tz, self.qlocale, name)
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._lines = []
        if self.layout_ is None:
            return
        fm = QFontMetrics(self.font())
        marks = Marks.of(palette)
        line_height = fm.height() + 2
        width, height = self.width() / 7, self.height() / 6
        per_day: dict[int, list[Box]] = defaultdict(list)
        for box in self.layout_.boxes:
            if box.first_piece:
                per_day[box.day].append(box)
        today = self.now().astimezone(self.tz).date()
        for index, day in enumerate(self.layout_.days):
            row, column = divmod(index, 7)
            cell = QRectF(self.column_x(column, width), row * height, width, height)
            muted = day.month != self.month
            if muted:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawRect(cell)
            role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.Text
            painter.setPen(palette.color(role))
            label = self.qlocale.toString(day.day)
            if day == today:
                label = f"● {label}"
            painter.drawText(
                cell.adjusted(4, 2, -4, 0), int(Qt.AlignmentFlag.AlignLeft.value), label
            )
            boxes = sorted(per_day.get(index, []), key=lambda b: (b.slot.start, b.lane))
            room = max(0, int((height - line_height - 4) // line_height))
            shown = boxes if len(boxes) <= room else boxes[: max(room - 1, 0)]
            y = cell.top() + line_height + 2
            for box in shown:
                rect = QRectF(cell.left() + 2, y, width - 4, line_height - 1)
                fill = self.colours.get(box.slot.host_id) or palette.color(
                    QPalette.ColorRole.AlternateBase
                )
                key = (box.slot.meeting.id, box.slot.occurrence_id)
                inner, elided = elide(fm, self._text(box), rect)
                paint_box(painter, rect, inner, elided, Style.of(fill), marks, mark_of(box),
                          key == self.selection)  # fmt: skip
                self._lines.append((rect, box))
                y += line_height
            if len(shown) < len(boxes):
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                more = translate("MonthView", "+%n more", len(boxes) - len(shown))
                painter.drawText(QRectF(cell.left() + 4, y, width - 8, line_height),
                                 int(Qt.AlignmentFlag.AlignLeft.value), more)  # fmt: skip
        painter.end()

    def column_x(self, column: int, width: float) -> float:
        """Where a weekday's column starts: right to left in a right-to-left language."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            column = 6 - column
        return column * width

    def box_at(self, pos: QPointF) -> Box | None:
        return next((box for rect, box in self._lines if rect.contains(pos)), None)

    def select(self, box: Box | None) -> None:
        self.selection = (box.slot.meeting.id, box.slot.occurrence_id) if box else None
        self.update()
        self.selected.emit(box.slot if box else None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.select(self.box_at(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        box = self.box_at(event.position())
        if box is not None:
            self.activated.emit(box.slot)
        elif self.layout_ is not None:
            column = int(event.position().x() // (self.width() / 7))
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                column = 6 - column
            row = int(event.position().y() // (self.height() / 6))
            index = min(41, max(0, row * 7 + column))
            self.day_requested.emit(self.layout_.days[index])

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        box = self.box_at(QPointF(event.pos()))
        if box is not None:
            self.select(box)
            self.context_menu.emit(event.globalPos(), box.slot)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.period_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_T:
            self.today_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._lines:
            boxes = [box for _rect, box in self._lines]
            keys = [(b.slot.meeting.id, b.slot.occurrence_id) for b in boxes]
            at = keys.index(self.selection) if self.selection in keys else -1
            at = max(0, min(len(boxes) - 1, at + (1 if key == Qt.Key.Key_Right else -1)))
            self.select(boxes[at])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selection is not None:
            for _rect, box in self._lines:
                if (box.slot.meeting.id, box.slot.occurrence_id) == self.selection:
                    self.activated.emit(box.slot)
                    break
        else:
            super().keyPressEvent(event)
