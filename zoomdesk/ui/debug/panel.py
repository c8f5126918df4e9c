"""The token debug panel: every HTTP exchange of the session, live, with the selected one's
request, response and diagnosis; the token's status; Copy as cURL and HAR export.

A plain QWidget, so the main window can dock it and `DebugWindow` can show it on its own."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.curl import exchanges_to_curl
from zoomdesk.core.exchange import Exchange, ExchangeLog
from zoomdesk.core.har import write_har
from zoomdesk.core.i18n import translate, translate_marked
from zoomdesk.core.tokens import TokenProvider
from zoomdesk.ui.a11y import LiveLabel, for_keyboard
from zoomdesk.ui.debug.exchange_detail import DIAGNOSIS_TAB, ExchangeDetail
from zoomdesk.ui.debug.exchange_model import (
    EXCHANGE_ROLE,
    PATH,
    ExchangeFilter,
    ExchangeTableModel,
    Show,
)
from zoomdesk.ui.debug.token_status import TokenStatus
from zoomdesk.ui.tasks import TaskRunner

log = logging.getLogger("zoomdesk.ui")


class DebugPanel(QWidget):
    def __init__(
        self,
        log: ExchangeLog,
        token_provider_getter: Callable[[], TokenProvider | None],
        *,
        open_doctor: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`open_doctor(text)`: how to open the request doctor (with the given cURL text);
        by default the panel opens its own doctor window."""
        super().__init__(parent)
        self.setAccessibleName(translate("DebugPanel", "HTTP debug panel"))
        self.setWindowTitle(translate("DebugPanel", "HTTP debug panel"))
        self._getter = token_provider_getter
        self._open_doctor = open_doctor
        self.runner = TaskRunner(self)
        self.doctor_window: QWidget | None = None
        self.file_dialog: QFileDialog | None = None

        self.model = ExchangeTableModel(log, self)
        self.proxy = ExchangeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.token_status = TokenStatus(token_provider_getter, self.runner)

        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(translate("DebugPanel", "Show"))
        for show in Show:
            self.show_combo.addItem(translate_marked("ExchangeModel", show.value), show)
        self.show_combo.currentIndexChanged.connect(self.on_show_changed)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            translate("DebugPanel", "Filter by path, method or status")
        )
        self.search_field.setAccessibleName(translate("DebugPanel", "Filter exchanges"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self.proxy.set_text)
        self.clear_button = QPushButton(translate("DebugPanel", "C&lear"))
        self.clear_button.setAccessibleName(translate("DebugPanel", "Clear the exchange list"))
        self.clear_button.clicked.connect(self.on_clear_clicked)
        self.copy_curl_button = self._menu_button(
            translate("DebugPanel", "Copy as c&URL"),
            translate("DebugPanel", "Copy as cURL"),
            [
                (translate("DebugPanel", "Selected exchange"), self.copy_selected_curl),
                (translate("DebugPanel", "All shown"), self.copy_all_curl),
            ],
        )
        self.export_button = self._menu_button(
            translate("DebugPanel", "E&xport HAR…"),
            translate("DebugPanel", "Export HAR"),
            [
                (translate("DebugPanel", "Selected exchange…"), self.on_export_selected),
                (translate("DebugPanel", "All shown…"), self.on_export_all),
            ],
        )
        self.doctor_button = QPushButton(translate("DebugPanel", "Request do&ctor…"))
        self.doctor_button.setAccessibleName(translate("DebugPanel", "Request doctor"))
        self.doctor_button.setAccessibleDescription(
            translate("DebugPanel", "Open the request doctor")
        )
        self.doctor_button.clicked.connect(self.on_doctor_clicked)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("DebugPanel", "HTTP exchanges"))
        for_keyboard(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATH, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.model.rowsInserted.connect(self._on_rows_inserted)

        self.detail = ExchangeDetail()
        self.summary_label = LiveLabel()
        self.summary_label.setAccessibleName(
            translate("DebugPanel", "Exchange count and last action")
        )
        self._last_action = ""

        tools = QHBoxLayout()
        show_label = QLabel(translate("DebugPanel", "&Show:"))
        show_label.setBuddy(self.show_combo)
        tools.addWidget(show_label)
        tools.addWidget(self.show_combo)
        tools.addWidget(self.search_field, 1)
        for widget in (self.clear_button, self.copy_curl_button, self.export_button):
            tools.addWidget(widget)
        tools.addWidget(self.doctor_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([560, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        # Word-wrapped labels overlap when squeezed: the token box keeps the height it needs.
        self.token_status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.token_status)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        self._shortcuts()
        self._update_summary()

    def _menu_button(
        self, text: str, name: str, actions: list[tuple[str, Callable[[], None]]]
    ) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        for label, slot in actions:
            menu.addAction(label, slot)
        button.setMenu(menu)
        button.clicked.connect(actions[0][1])
        return button

    def _shortcuts(self) -> None:
        for keys, slot in (
            ("Ctrl+Shift+C", self.copy_selected_curl),
            ("Ctrl+Shift+E", self.on_export_all),
            ("Ctrl+F", self.search_field.setFocus),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- list --------------------------------------------------------------------------

    def shown_exchanges(self) -> list[Exchange]:
        return [
            self.proxy.index(row, 0).data(EXCHANGE_ROLE) for row in range(self.proxy.rowCount())
        ]

    def selected_exchange(self) -> Exchange | None:
        index = self.table.currentIndex()
        return index.data(EXCHANGE_ROLE) if index.isValid() else None

    def select_exchange(self, exchange_id: int, *, tab: int | None = None) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(EXCHANGE_ROLE).id == exchange_id:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                if tab is not None:
                    self.detail.setCurrentIndex(tab)
                return True
        return False

    def show_diagnosis_of(self, exchange_id: int) -> bool:
        return self.select_exchange(exchange_id, tab=DIAGNOSIS_TAB)

    def granted_scopes(self) -> tuple[str, ...] | None:
        provider = self._getter()
        token = provider.current if provider is not None else None
        return token.scopes if token is not None else None

    def on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        exchange = current.data(EXCHANGE_ROLE) if current.isValid() else None
        self.detail.set_exchange(exchange, self.granted_scopes())

    def _on_rows_inserted(self, *_: object) -> None:
        # ResizeToContents does not follow rows added through the proxy: size them again
        for column in range(self.model.columnCount()):
            if column != PATH:
                self.table.resizeColumnToContents(column)
        bar = self.table.verticalScrollBar()
        if bar.value() >= bar.maximum() - 2:
            self.table.scrollToBottom()
        self._update_summary()

    def on_show_changed(self, index: int) -> None:
        self.proxy.set_show(self.show_combo.itemData(index))
        self._update_summary()

    def on_clear_clicked(self) -> None:
        self.model.clear()
        self.detail.set_exchange(None)
        self._note(translate("DebugPanel", "Cleared."))

    def _update_summary(self) -> None:
        exchanges = self.model.exchanges()
        failed = sum(ex.failed for ex in exchanges)
        shown = self.proxy.rowCount()
        count = len(exchanges)
        if shown != count and failed:
            text = translate("DebugPanel", "%n exchange(s), {failed} failed ({shown} shown)", count)
        elif shown != count:
            text = translate("DebugPanel", "%n exchange(s) ({shown} shown)", count)
        elif failed:
            text = translate("DebugPanel", "%n exchange(s), {failed} failed", count)
        else:
            text = translate("DebugPanel", "%n exchange(s)", count)
        text = text.format(failed=failed, shown=shown)
        if self._last_action:  # two sentences, each translated; the dot is no word
            text = f"{text} · {self._last_action}"
        self.summary_label.setText(text)

    def _note(self, text: str) -> None:
        self._last_action = text
        self._update_summary()

    # --- export ------------------------------------------------------------------------

    def copy_selected_curl(self) -> None:
        exchange = self.selected_exchange()
        if exchange is None:
            self._note(translate("DebugPanel", "Select an exchange to copy it as cURL."))
            return
        QGuiApplication.clipboard().setText(exchanges_to_curl([exchange]))
        self._note(
            translate(
                "DebugPanel",
                "Copied as cURL (secret as $ZOOM_CLIENT_SECRET, token as $ZOOM_TOKEN).",
            )
        )

    def copy_all_curl(self) -> None:
        exchanges = self.shown_exchanges()
        QGuiApplication.clipboard().setText(exchanges_to_curl(exchanges))
        self._note(translate("DebugPanel", "Copied %n exchange(s) as cURL.", len(exchanges)))

    def on_export_selected(self) -> None:
        exchange = self.selected_exchange()
        if exchange is None:
            self._note(translate("DebugPanel", "Select an exchange to export it."))
            return
        self._ask_har_path([exchange])

    def on_export_all(self) -> None:
        self._ask_har_path(self.shown_exchanges())

    def _ask_har_path(self, exchanges: list[Exchange]) -> None:
        dialog = QFileDialog(self, translate("DebugPanel", "Export HAR (secrets redacted)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("DebugPanel", "HAR files (*.har)"))
        dialog.setDefaultSuffix("har")
        dialog.selectFile("zoomdesk.har")
        dialog.fileSelected.connect(lambda path: self.export_har(exchanges, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def export_har(self, exchanges: list[Exchange], path: Path) -> bool:
        try:
            write_har(exchanges, path)
        except OSError as error:
            log.warning("HAR export to %s failed: %s", path, error)
            self._note(
                translate("DebugPanel", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self._note(
            translate("DebugPanel", "Exported {count} exchange(s) to {path} (redacted).").format(
                count=len(exchanges), path=path
            )
        )
        return True

    # --- doctor ------------------------------------------------------------------------

    def on_doctor_clicked(self) -> None:
        exchange = self.selected_exchange()
        text = exchanges_to_curl([exchange]) if exchange is not None else ""
        if self._open_doctor is not None:
            self._open_doctor(text)
            return
        from zoomdesk.ui.debug.doctor_window import DoctorWindow

        if self.doctor_window is None:
            self.doctor_window = DoctorWindow(token_provider_getter=self._getter)
        window = self.doctor_window
        assert isinstance(window, DoctorWindow)
        if text:
            window.set_text(text)
        window.show()
        window.raise_()
        window.activateWindow()

    def closeEvent(self, event: object) -> None:
        self.detach()
        super().closeEvent(event)  # type: ignore[arg-type]

    def detach(self) -> None:
        """Stop listening to the log and the token provider."""
        self.model.detach()
        self.token_status.detach()
        if self.doctor_window is not None:
            self.doctor_window.close()
