"""The calendar page: its toolbar (period, view, hosts, zoom), the day and lane header, the
"anytime" strip for meetings without a fixed time, and the time grid or the month."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.i18n import translate, translate_marked
from zoomdesk.ui.calendar.canvas import CalendarCanvas
from zoomdesk.ui.calendar.grid_paint import GUTTER
from zoomdesk.ui.calendar.layout import Layout, ViewKind
from zoomdesk.ui.calendar.month import MonthView, WeekdayHeader


def keys(shortcut: str) -> str:
    """A shortcut as this platform and language write it (`Strg+Minus`)."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


class DayHeader(QWidget):
    """Day names over the grid's columns, and host names over their lanes when side by side."""

    def __init__(self, canvas: CalendarCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.names: dict[str, str] = {}
        self.right_margin = 0
        self.setFixedHeight(self.fontMetrics().height() * 2 + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        layout = self.canvas.layout_
        if layout is None:
            return
        lanes = len(layout.lanes)
        width = (self.width() - GUTTER - self.right_margin) / max(1, len(layout.days) * lanes)
        line = self.fontMetrics().height() + 2
        today = self.canvas.now().date()
        bold = QFont(self.font())
        bold.setBold(True)  # today's, the widest
        labels, metrics = self.canvas.labels, QFontMetrics(bold)
        # The locale's `Mon, Nov 30`; a column too narrow for it gets `Mon, 30`.
        texts = [labels.day(day) for day in layout.days]
        if max(metrics.horizontalAdvance(t) for t in texts) > width * lanes - 6:
            texts = [labels.short_day(day) for day in layout.days]
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def flip(x: float, span: float) -> float:  # as the canvas does, right to left
            return self.width() - x - span if rtl else x

        for index, day in enumerate(layout.days):
            x = GUTTER + index * lanes * width
            label = texts[index]
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            painter.drawText(QRectF(flip(x, width * lanes), 2, width * lanes, line),
                             int(Qt.AlignmentFlag.AlignCenter.value), label)  # fmt: skip
            font.setBold(False)
            painter.setFont(font)
            if lanes > 1:
                for lane, host in enumerate(layout.lanes):
                    name = self.fontMetrics().elidedText(
                        self.names.get(host, host), Qt.TextElideMode.ElideRight, int(width) - 4
                    )
                    painter.drawText(QRectF(flip(x + lane * width, width), 2 + line, width, line),
                                     int(Qt.AlignmentFlag.AlignCenter.value), name)  # fmt: skip
        painter.end()


class CalendarPage(QWidget):
    view_changed = Signal()
    period_changed = Signal(int)  # -1, 0 (today), +1
    hosts_changed = Signal()

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.canvas = CalendarCanvas(tz)
        self.month = MonthView(tz)
        self.header = DayHeader(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusProxy(self.canvas)
        self.stack = QStackedWidget()
        grid = QWidget()
        grid_layout = QVBoxLayout(grid)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.setSpacing(0)
        grid_layout.addWidget(self.header)
        grid_layout.addWidget(self.scroll_area, 1)
        self.stack.addWidget(grid)
        month_box = QWidget()
        month_layout = QVBoxLayout(month_box)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.setSpacing(0)
        self.weekday_header = WeekdayHeader(self.month)
        month_layout.addWidget(self.weekday_header)
        month_layout.addWidget(self.month, 1)
        self.stack.addWidget(month_box)

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName(translate("CalendarControls", "Previous period"))
        self.previous_button.setToolTip(
            translate("CalendarControls", "Previous ({key})").format(key=keys("PgUp"))
        )
        self.today_button = QPushButton(translate("CalendarControls", "&Today"))
        self.today_button.setToolTip(translate("CalendarControls", "Go to today (T)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(translate("CalendarControls", "Next period"))
        self.next_button.setToolTip(
            translate("CalendarControls", "Next ({key})").format(key=keys("PgDown"))
        )
        self.range_label = QLabel()
        self.range_label.setAccessibleName(translate("CalendarControls", "Shown period"))
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(translate("CalendarControls", "Calendar view"))
        for kind in ViewKind:
            self.view_combo.addItem(translate_marked("CalendarControls", kind.label), kind.value)
        self.hosts_button = QToolButton()
        self.hosts_button.setText(translate("CalendarControls", "Hosts"))
        self.hosts_button.setAccessibleName(translate("CalendarControls", "Hosts shown"))
        self.hosts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hosts_menu = QMenu(self.hosts_button)
        self.hosts_button.setMenu(self.hosts_menu)
        self.side_by_side = QCheckBox(translate("CalendarControls", "&Side by side"))
        self.side_by_side.setToolTip(
            translate(
                "CalendarControls", "One lane per host (otherwise one colour and name per host)"
            )
        )
        self.concurrent = QCheckBox(translate("CalendarControls", "Concurrent meetings allowed"))
        self.concurrent.setToolTip(
            translate(
                "CalendarControls",
                "The account has Zoom's concurrent-meetings add-on: a host's overlapping meetings "
                "are shown as information, not as a conflict",
            )
        )
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setAccessibleName(translate("CalendarControls", "Shorter hours"))
        self.zoom_out.setToolTip(
            translate("CalendarControls", "Shorter hours ({key})").format(key=keys("Ctrl+-"))
        )
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setAccessibleName(translate("CalendarControls", "Taller hours"))
        self.zoom_in.setToolTip(
            translate("CalendarControls", "Taller hours ({key})").format(key=keys("Ctrl++"))
        )
        self.anytime_label = QLabel(translate("CalendarControls", "Anytime:"))
        self.anytime = QListWidget()
        self.anytime.setAccessibleName(
            translate("CalendarControls", "Meetings without a fixed time")
        )
        self.anytime.setFlow(QListWidget.Flow.LeftToRight)
        self.anytime.setWrapping(False)
        self.anytime.setFixedHeight(self.fontMetrics().height() + 14)
        self.anytime_label.setBuddy(self.anytime)

        # Two rows: the period and the view, then the options. In one row German and French
        # did not fit a dock beside the list (nor, at its default width, English).
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addWidget(self.range_label, 1)
        bar.addWidget(self.view_combo)
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        for widget in (self.hosts_button, self.side_by_side, self.concurrent):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.zoom_out)
        options.addWidget(self.zoom_in)
        strip = QHBoxLayout()
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.anytime_label)
        strip.addWidget(self.anytime, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addLayout(options)
        layout.addLayout(strip)
        layout.addWidget(self.stack, 1)

        self.previous_button.clicked.connect(lambda: self.period_changed.emit(-1))
        self.next_button.clicked.connect(lambda: self.period_changed.emit(1))
        self.today_button.clicked.connect(lambda: self.period_changed.emit(0))
        self.view_combo.activated.connect(lambda _i: self.view_changed.emit())
        self.zoom_in.clicked.connect(lambda: self.canvas.zoom(1))
        self.zoom_out.clicked.connect(lambda: self.canvas.zoom(-1))
        for view in (self.canvas, self.month):
            view.period_requested.connect(self.period_changed)
            view.today_requested.connect(lambda: self.period_changed.emit(0))
        self.canvas.scroll_requested.connect(self._scroll)
        self.canvas.zoom_changed.connect(lambda _h: self.header.update())

    def kind(self) -> ViewKind:
        return ViewKind(self.view_combo.currentData())

    def set_kind(self, kind: ViewKind) -> None:
        self.view_combo.setCurrentIndex(max(0, self.view_combo.findData(kind.value)))

    def show_layout(self, layout: Layout, anchor: date, names: dict[str, str]) -> None:
        month = self.kind() is ViewKind.MONTH
        self.stack.setCurrentIndex(1 if month else 0)
        self.header.names = names
        self.header.right_margin = self.scroll_area.verticalScrollBar().sizeHint().width()
        if month:
            self.month.set_layout(layout, anchor.month)
        else:
            self.canvas.set_layout(layout)
        self.header.update()
        self.weekday_header.update()
        labels = self.canvas.labels
        if month:
            text = labels.month(anchor)
        elif len(layout.days) == 1:
            text = labels.long_date(layout.days[0])
        else:
            text = labels.period(layout.days[0], layout.days[-1])
        self.range_label.setText(text)
        self.anytime.clear()
        for meeting in layout.anytime:
            item = QListWidgetItem(meeting.topic)
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            item.setToolTip(f"{meeting.topic} — {meeting.type.label}")
            self.anytime.addItem(item)
        self.anytime_label.setVisible(bool(layout.anytime))
        self.anytime.setVisible(bool(layout.anytime))

    def focus_view(self) -> None:
        (self.month if self.kind() is ViewKind.MONTH else self.canvas).setFocus()

    def _scroll(self, pixels: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if pixels:
            bar.setValue(bar.value() + pixels)
            return
        box = self.canvas.selected_box()  # keep the selected meeting in sight
        if box is not None:
            rect = self.canvas.box_rect(box)
            self.scroll_area.ensureVisible(int(rect.center().x()), int(rect.top()), 0, 40)

    def scroll_to_minutes(self, minutes: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(int(self.canvas.y_of(minutes)))
