"""The meeting list page: host and list-type selectors, search-as-you-type, and the table."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.calendar import format_duration, format_start
from zoomdesk.core.i18n import translate, translate_marked
from zoomdesk.core.models import Meeting, User
from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.meeting_rows import DURATION, HOST, MEETING_ID, RECURRENCE, START, TOPIC
from zoomdesk.ui.meeting_table import MeetingFilterProxy, MeetingTableModel
from zoomdesk.ui.settings import LIST_TYPES

SEARCH_DELAY_MS = 120  # one filter pass per pause in typing, not per key
# A meeting whose texts are as long as the columns usually hold, in the user's language and
# locale: the columns are at least that wide ("Wed, Dec 30, 2026 10:30 PM (5:30 PM
# America/New_York)", "2 Std. 30 Min.").
_LONG = Meeting.from_json(
    {"id": 1, "topic": "", "type": 2, "start_time": "2026-12-30T22:30:00Z", "duration": 150,
     "timezone": "America/New_York"}
)  # fmt: skip
SAMPLES = {
    START: lambda: format_start(_LONG, UTC),
    DURATION: lambda: format_duration(_LONG.duration),
}
DEFAULT_WIDTHS = {TOPIC: 240, START: 330, DURATION: 80, HOST: 140, MEETING_ID: 110, RECURRENCE: 170}


class MeetingTableView(QTableView):
    """A table that says why it is empty ("Loading…", "No meetings match …")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        for_keyboard(self)

    def set_placeholder(self, text: str) -> None:
        if text != self.placeholder:
            self.placeholder = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
            painter.end()


class MeetingListPage(QWidget):
    host_changed = Signal()
    list_type_changed = Signal()
    context_menu_requested = Signal(QPoint)  # global position
    open_requested = Signal()  # Enter or double-click on a row

    def __init__(self, model: MeetingTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.loading = False
        self.failed = False  # the last load failed: the banner above says why

        self.host_combo = QComboBox()
        self.host_combo.setAccessibleName(translate("MeetingList", "Host"))
        self.host_combo.setToolTip(translate("MeetingList", "Whose meetings to list"))
        self.host_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.host_combo.setMinimumContentsLength(18)
        self.all_users = translate("MeetingList", "All users")
        self.host_combo.addItem(self.all_users, "")
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(translate("MeetingList", "Meetings to show"))
        for key, label in LIST_TYPES:
            self.type_combo.addItem(translate_marked("MeetingList", label), key)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(translate("MeetingList", "Search meetings"))
        self.search_edit.setPlaceholderText(
            translate("MeetingList", "Search topic, host, meeting ID or agenda")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(
            translate("MeetingList", "Filter as you type ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Find).toString()
            )
        )

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        host_label = QLabel(translate("MeetingList", "H&ost:"))
        host_label.setBuddy(self.host_combo)
        type_label = QLabel(translate("MeetingList", "Sho&w:"))
        type_label.setBuddy(self.type_combo)
        bar.addWidget(host_label)
        bar.addWidget(self.host_combo)
        bar.addSpacing(12)
        bar.addWidget(type_label)
        bar.addWidget(self.type_combo)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)

        self.table = MeetingTableView()
        self.table.setAccessibleName(translate("MeetingList", "Meetings"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().hide()
        # Fixed row heights: with 10,000 rows, per-row size hints would make scrolling crawl.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in DEFAULT_WIDTHS.items():
            needed = self.table.fontMetrics().horizontalAdvance(SAMPLES.get(column, lambda: "")())
            header.resizeSection(column, max(width, needed + 16))
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(self.table.viewport().mapToGlobal(pos))
        )
        self.table.activated.connect(lambda _index: self.open_requested.emit())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.host_combo, self.type_combo)
        self.setTabOrder(self.type_combo, self.search_edit)
        self.setTabOrder(self.search_edit, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        clear = QAction(self.search_edit)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search_edit.clear)
        self.search_edit.addAction(clear)
        self.host_combo.activated.connect(lambda _i: self.host_changed.emit())
        self.type_combo.activated.connect(lambda _i: self.list_type_changed.emit())
        self.proxy.rowsInserted.connect(self.update_placeholder)
        self.proxy.rowsRemoved.connect(self.update_placeholder)
        self.proxy.modelReset.connect(self.update_placeholder)
        self.proxy.layoutChanged.connect(self.update_placeholder)

    # --- selectors -------------------------------------------------------------------------

    def set_users(self, users: list[User], selected: str) -> None:
        """Fill the host selector; `selected` is a user ID ('' for all users)."""
        self.host_combo.blockSignals(True)
        self.host_combo.clear()
        self.host_combo.addItem(self.all_users, "")
        for user in sorted(users, key=lambda u: u.display_name.casefold()):
            self.host_combo.addItem(user.display_name, user.id)
        at = self.host_combo.findData(selected)
        self.host_combo.setCurrentIndex(max(at, 0))
        self.host_combo.blockSignals(False)

    def host_id(self) -> str:
        return str(self.host_combo.currentData() or "")

    def list_type(self) -> str:
        return str(self.type_combo.currentData())

    def set_list_type(self, key: str) -> None:
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(key), 0))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_rows(self) -> None:
        """The first rows arrived: keys like Ctrl+C (copy link) and Delete act on a selected
        row, so the list takes the focus and the first row is selected, unless the user is
        searching or elsewhere already."""
        window = self.window()
        focus = window.focusWidget() if window is not None else None
        if focus not in (None, self.search_edit, self.table) or self.search_edit.text():
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    # --- rows ------------------------------------------------------------------------------

    def current_row(self) -> int | None:
        """The selected meeting's row in the model (not the proxy)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return source.row() if source.isValid() else None

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.failed = False
        self.update_placeholder()

    def set_failed(self) -> None:
        self.loading = False
        self.failed = True
        self.update_placeholder()

    def update_placeholder(self, *_: object) -> None:
        if self.loading:
            text = translate("MeetingList", "Loading meetings…")
        elif self.failed:
            text = translate(
                "MeetingList",
                "The meetings could not be loaded (see the message above). Press F5 to retry.",
            )
        elif self.proxy.search_text:
            text = translate("MeetingList", "No meetings match “{search}”.").format(
                search=self.search_edit.text().strip()
            )
        else:
            text = translate("MeetingList", "No meetings here. Press Ctrl+N to schedule one.")
        self.table.set_placeholder(text)

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search_edit.text())
        self.update_placeholder()
