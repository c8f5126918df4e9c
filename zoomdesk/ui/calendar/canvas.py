"""The calendar's time grid: one custom-painted widget (QPainter), not a widget per meeting, so a
week of 500 meetings paints in milliseconds. It turns mouse and keys into what the user asked
for (select, open, create here, move there, make longer) and leaves the work to its controller.

Keys: Left/Right select the previous/next meeting, Up/Down scroll an hour, Page Up/Down the
previous/next period, T today, Enter opens, Ctrl+Plus/Minus (or Ctrl+wheel) zoom the hours,
Esc cancels a drag."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from zoomdesk.core.conflicts import Conflict
from zoomdesk.core.i18n import translate
from zoomdesk.core.occurrences import Slot
from zoomdesk.ui.calendar.geometry import SNAP, CanvasGeometry
from zoomdesk.ui.calendar.grid_paint import paint_drag, paint_grid, paint_today
from zoomdesk.ui.calendar.labels import CalendarLabels
from zoomdesk.ui.calendar.layout import MINUTES_PER_DAY, Box, Layout
from zoomdesk.ui.calendar.paint import (
    Marks,
    Style,
    box_text,
    describe_local,
    elide,
    mark_of,
    paint_box,
)

EDGE = 5  # pixels at a meeting's bottom that resize instead of move
DRAG_START = 4  # pixels before a press becomes a drag
HOUR_HEIGHTS = (24, 32, 44, 60, 80, 110, 150)


@dataclass
class Drag:
    kind: str  # "create", "move", "resize"
    origin: QPointF
    day: int
    lane: int
    minutes: int  # where the press was, minutes from midnight
    box: Box | None = None
    active: bool = False
    start: datetime | None = None  # the preview, aware
    end: datetime | None = None


class CalendarCanvas(CanvasGeometry, QWidget):
    selected = Signal(object)  # Slot or None
    activated = Signal(object)  # Slot: Enter or double-click
    context_menu = Signal(QPoint, object)  # global position, Slot
    create_requested = Signal(str, object, int)  # host ID, start (aware), minutes
    change_requested = Signal(object, object, object)  # Slot, new start, new end (aware)
    period_requested = Signal(int)  # -1 previous, +1 next
    today_requested = Signal()
    scroll_requested = Signal(int)  # pixels
    zoom_changed = Signal(int)  # hour height

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.layout_: Layout | None = None
        self.hour_height = 44
        self.colours: dict[str, QColor] = {}
        self.host_names: dict[str, str] = {}  # short names, drawn when hosts share a lane
        self.tooltip_for: dict[str, str] = {}
        self.selection: tuple[int, str | None] | None = None
        self.drag: Drag | None = None
        self.default_host = ""  # who a slot dragged out on a shared lane is for
        self.now: Callable[[], datetime] = lambda: datetime.now(self.tz)
        self._texts: dict[int, str] = {}
        self._styles: dict[str, Style] = {}
        self._placed_key: tuple[int, int, int] | None = None
        self._placed_cache: list[tuple[QRectF, QRectF, str, Box]] = []
        self.qlocale = QLocale()
        self.labels = CalendarLabels(self.qlocale)  # the locale's patterns, cut once
        self.describe: Callable[[Conflict, int], str] = lambda conflict, meeting_id: describe_local(
            conflict, meeting_id, self.tz, self.labels
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("CalendarView", "Calendar"))
        self._resize_height()

    # --- data ------------------------------------------------------------------------------

    def set_layout(self, layout: Layout) -> None:
        self.layout_ = layout
        self._texts.clear()
        keys = {(b.slot.meeting.id, b.slot.occurrence_id) for b in layout.boxes}
        if self.selection is not None and self.selection not in keys:
            self.selection = None
        self._describe_selection()
        self.update()

    def set_hour_height(self, height: int) -> None:
        height = max(HOUR_HEIGHTS[0], min(HOUR_HEIGHTS[-1], height))
        if height != self.hour_height:
            self.hour_height = height
            self._resize_height()
            self.update()
            self.zoom_changed.emit(height)

    def zoom(self, direction: int) -> None:
        sizes = HOUR_HEIGHTS
        at = min(range(len(sizes)), key=lambda i: abs(sizes[i] - self.hour_height))
        self.set_hour_height(sizes[max(0, min(len(sizes) - 1, at + direction))])

    def _resize_height(self) -> None:
        self.setFixedHeight(24 * self.hour_height + 1)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        # Only what is exposed: a scroll step asks for a strip, not the whole day.
        exposed = QRectF(event.rect()).intersected(QRectF(self.visibleRegion().boundingRect()))
        painter.fillRect(exposed, palette.color(QPalette.ColorRole.Base))
        paint_grid(self, painter, exposed, palette)
        if self.layout_ is not None:
            drag = self.drag
            dragged = drag.box.slot.key if drag and drag.box and drag.active else None
            marks = Marks.of(palette)
            plain = Style.of(palette.color(QPalette.ColorRole.AlternateBase))
            styles = self._styles
            for rect, inner, elided, box in self._placed():
                if not rect.intersects(exposed):
                    continue
                slot = box.slot
                style = styles.get(slot.host_id, plain)
                if dragged is not None and dragged == slot.key:
                    faint = QColor(style.fill)
                    faint.setAlpha(90)  # the original stays faintly where it was
                    style = Style.of(faint)
                selected = (slot.meeting.id, slot.occurrence_id) == self.selection
                paint_box(painter, rect, inner, elided, style, marks, mark_of(box), selected)
            paint_today(self, painter)
            paint_drag(self, painter, palette)
        painter.end()

    def set_colours(self, colours: dict[str, QColor]) -> None:
        self.colours = colours
        self._styles = {host: Style.of(colour) for host, colour in colours.items()}
        self.update()

    def _placed(self) -> list[tuple[QRectF, QRectF, str, Box]]:
        """Each box's rectangle and elided text, computed once per layout, width and zoom."""
        key = (id(self.layout_), self.width(), self.hour_height)
        if key != self._placed_key and self.layout_ is not None:
            fm = QFontMetrics(self.font())
            placed = []
            for box in self.layout_.boxes:
                rect = self.box_rect(box)
                inner, elided = elide(fm, self._text(box), rect)
                placed.append((rect, inner, elided, box))
            self._placed_cache, self._placed_key = placed, key
        return self._placed_cache

    def _text(self, box: Box) -> str:
        text = self._texts.get(id(box))
        if text is None:
            shared = self.layout_ is not None and self.layout_.lanes == [""]
            name = self.host_names.get(box.slot.host_id, "") if shared else ""
            text = self._texts[id(box)] = box_text(box, self.tz, self.qlocale, name)
        return text

    # --- selection and keys ----------------------------------------------------------------

    def select(self, box: Box | None) -> None:
        self.selection = (box.slot.meeting.id, box.slot.occurrence_id) if box else None
        self._describe_selection()
        self.update()
        self.selected.emit(box.slot if box else None)

    def selected_box(self) -> Box | None:
        if self.layout_ is None or self.selection is None:
            return None
        return next(
            (b for b in self.layout_.boxes
             if (b.slot.meeting.id, b.slot.occurrence_id) == self.selection),
            None,
        )  # fmt: skip

    def _describe_selection(self) -> None:
        box = self.selected_box()
        self.setAccessibleDescription(
            self._text(box) if box else translate("CalendarView", "No meeting selected")
        )

    def ordered(self) -> list[Box]:
        """Meetings in time order, one entry per slot (for Left/Right)."""
        if self.layout_ is None:
            return []
        seen: dict[tuple[int, str | None], Box] = {}
        for box in sorted(self.layout_.boxes, key=lambda b: (b.slot.start, b.lane, b.column)):
            seen.setdefault((box.slot.meeting.id, box.slot.occurrence_id), box)
        return list(seen.values())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape and self.drag is not None:
            self.drag = None
            self.update()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            boxes = self.ordered()
            if boxes:
                current = self.selected_box()
                keys = [b.slot.key for b in boxes]
                at = keys.index(current.slot.key) if current in boxes else -1
                step = 1 if key == Qt.Key.Key_Right else -1
                if at < 0:
                    at = 0 if step > 0 else len(boxes) - 1
                else:
                    at = max(0, min(len(boxes) - 1, at + step))
                self.select(boxes[at])
                self.scroll_requested.emit(0)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.scroll_requested.emit(self.hour_height * (-1 if key == Qt.Key.Key_Up else 1))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.period_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_T and not ctrl:
            self.today_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            box = self.selected_box()
            if box is not None:
                self.activated.emit(box.slot)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(-1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)

    # --- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        cell = self.cell_at(pos)
        if cell is None:
            return None
        box = self.box_at(pos)
        if box is not None:
            self.select(box)
            rect = self.box_rect(box)
            at_edge = self._on_edge(rect, pos) and box.bottom == self._end_minutes(box)
            kind = "resize" if at_edge else "move"
        else:
            kind = "create"
        self.drag = Drag(kind, pos, cell[0], cell[1], cell[2], box)
        return None

    @staticmethod
    def _on_edge(rect: QRectF, pos: QPointF) -> bool:
        """Near the bottom edge; a short meeting keeps most of its height for moving it."""
        return rect.bottom() - pos.y() <= min(EDGE, rect.height() / 4)

    def _end_minutes(self, box: Box) -> int:
        """The minute the slot ends on the box's day (only the last piece can be resized)."""
        end = box.slot.end.astimezone(self.tz)
        assert self.layout_ is not None
        if end.date() != self.layout_.days[box.day]:
            return MINUTES_PER_DAY if end.date() > self.layout_.days[box.day] else -1
        return end.hour * 60 + end.minute

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self.drag
        pos = event.position()
        if drag is None:
            box = self.box_at(pos)
            near_edge = box is not None and self._on_edge(self.box_rect(box), pos)
            self.setCursor(
                Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor
            )
            return
        if not drag.active and (pos - drag.origin).manhattanLength() < DRAG_START:
            return
        drag.active = True
        cell = self.cell_at(pos)
        if cell is None:
            return
        day, _lane, minutes = cell
        if drag.kind == "create":
            lo, hi = sorted((drag.minutes, minutes))
            lo = lo // SNAP * SNAP
            hi = max(lo + SNAP, -(-hi // SNAP) * SNAP)
            drag.start, drag.end = self.at(drag.day, lo), self.at(drag.day, hi)
        elif drag.box is not None:
            slot = drag.box.slot
            moved = round((minutes - drag.minutes) / SNAP) * SNAP
            if drag.kind == "move":
                days = day - drag.day
                start = slot.start.astimezone(self.tz) + timedelta(days=days, minutes=moved)
                drag.start, drag.end = start, start + (slot.end - slot.start)
            else:
                end = slot.end.astimezone(self.tz) + timedelta(minutes=moved)
                drag.start, drag.end = slot.start, max(end, slot.start + timedelta(minutes=SNAP))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None or not drag.active or drag.start is None or drag.end is None:
            self.update()
            return
        self.update()
        minutes = int((drag.end - drag.start).total_seconds() // 60)
        if drag.kind == "create":
            assert self.layout_ is not None
            host = self.layout_.lanes[drag.lane] or self.default_host
            self.create_requested.emit(host, drag.start, minutes)
        elif drag.box is not None:
            slot: Slot = drag.box.slot
            if (drag.start, drag.end) != (slot.start, slot.end):
                self.change_requested.emit(slot, drag.start, drag.end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        box = self.box_at(event.position())
        if box is not None:
            self.drag = None
            self.activated.emit(box.slot)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        box = self.box_at(QPointF(event.pos()))
        if box is not None:
            self.select(box)
            self.context_menu.emit(event.globalPos(), box.slot)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            box = self.box_at(QPointF(event.pos()))
            if box is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(box), self)
            return True
        return super().event(event)

    def tooltip_text(self, box: Box) -> str:
        from zoomdesk.ui.calendar.paint import tooltip

        host = self.tooltip_for.get(box.slot.host_id, box.slot.host_id)
        return tooltip(box, self.tz, self.qlocale, host, self.describe)
