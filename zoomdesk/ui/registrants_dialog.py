"""The people registered for a meeting: pending, approved and denied (with counts), search,
approve or deny the selected (Zoom takes 30 per call: the client batches), add one, remove the
selected, import many from a CSV file (previewed, problems first), export to CSV, and the
meeting's registration questions. Every page of Zoom's list is read (`next_page_token`).

The CSV import and export are `RegistrantsCsv` (registrants_csv.py), a mixin of this dialog.
The dialog owns its tasks (`TaskRunner`): closing it cancels what is in flight."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.calendar import format_start
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.i18n import translate, translate_marked
from zoomdesk.core.models import Json, Meeting
from zoomdesk.core.scheduler_api import REGISTRANT_STATUSES, StatusAction
from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.registrant_dialogs import AddRegistrantDialog
from zoomdesk.ui.registrant_texts import APPROVAL, describe_questions, tab_text
from zoomdesk.ui.registrants_csv import RegistrantsCsv
from zoomdesk.ui.registrants_model import ROW_ROLE, RegistrantsFilter, RegistrantsModel
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.client import ZoomClient

log = logging.getLogger("zoomdesk.ui")
TABS = (*REGISTRANT_STATUSES, None)  # None: everyone
DONE_STATUS = {"approve": "approved", "deny": "denied"}


class RegistrantsDialog(RegistrantsCsv, QDialog):
    def __init__(self, client: ZoomClient, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.meeting = meeting
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._on_failed)
        self.runner.busy_changed.connect(self._on_busy)
        self.registration = False  # known once the meeting is loaded
        self.file_dialog: QFileDialog | None = None
        self.child: QDialog | QMessageBox | None = None  # the add/preview/confirm dialog open
        self.last_export: Path | None = None
        self.setWindowTitle(
            translate("RegistrantsDialog", "Registrants of “{topic}” — zoomdesk").format(
                topic=meeting.topic
            )
        )

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._show_heading()
        self.model = RegistrantsModel()
        self.proxy = RegistrantsFilter(self.model)
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(translate("RegistrantsDialog", "Registrant status"))
        for _status in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._on_tab)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            translate("RegistrantsDialog", "Search names, emails, organisations")
        )
        self.search_edit.setAccessibleName(translate("RegistrantsDialog", "Search registrants"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("RegistrantsDialog", "Registrants"))
        for_keyboard(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)  # a list, not a form
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 250, 90, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._sync)

        self.approve_button = self._button(
            translate("RegistrantsDialog", "A&pprove"),
            translate("RegistrantsDialog", "Approve the selected registrants"),
        )
        self.deny_button = self._button(
            translate("RegistrantsDialog", "&Deny"),
            translate("RegistrantsDialog", "Deny the selected registrants"),
        )
        self.add_button = self._button(
            translate("RegistrantsDialog", "&Add…"),
            translate("RegistrantsDialog", "Register one person"),
        )
        self.remove_button = self._button(
            translate("RegistrantsDialog", "&Remove…"),
            translate("RegistrantsDialog", "Remove the selected registrants"),
        )
        self.import_button = self._button(
            translate("RegistrantsDialog", "&Import CSV…"),
            translate("RegistrantsDialog", "Register many people from a CSV file"),
        )
        self.export_button = self._button(
            translate("RegistrantsDialog", "E&xport CSV…"),
            translate("RegistrantsDialog", "Save the registrants shown as CSV"),
        )
        self.approve_button.clicked.connect(lambda: self.change_status("approve"))
        self.deny_button.clicked.connect(lambda: self.change_status("deny"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.questions_label = QLabel()
        self.questions_label.setWordWrap(True)
        self.status_label = QLabel(translate("RegistrantsDialog", "Loading registrants…"))
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("RegistrantsDialog", "Status"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        top.addWidget(self.search_edit, 1)
        actions = QHBoxLayout()
        for button in (self.approve_button, self.deny_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.add_button, self.import_button, self.export_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.questions_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(900, 560)
        self._show_counts()
        self._sync()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # --- loading -------------------------------------------------------------------------

    def open(self) -> None:
        super().open()
        self.reload()

    def reload(self) -> None:
        what = translate("RegistrantsDialog", "Loading the registrants")
        self.runner.start(self._load(), what, key="load")

    async def _load(self) -> None:
        meeting = await self.client.get_meeting(self.meeting.id)
        self.meeting = meeting
        self.registration = meeting.settings.get("approval_type") in (0, 1)
        self._show_heading()
        if not self.registration:
            self.status_label.setText(
                translate(
                    "RegistrantsDialog",
                    "“{topic}” doesn't take registrations. Turn on Registration in the "
                    "meeting's Advanced settings first.",
                ).format(topic=meeting.topic)
            )
            self._sync()
            return
        registrants = await self.client.all_registrants(meeting.id)
        self.model.set_registrants(registrants)
        self._show_counts()
        self.status_label.setText(
            translate("RegistrantsDialog", "%n registrant(s).", len(registrants))
        )
        self._sync()
        try:
            questions = await self.client.registration_questions(meeting.id)
        except ZoomDeskError as error:
            self.questions_label.setText(
                translate(
                    "RegistrantsDialog", "Registration questions unavailable: {error}"
                ).format(error=error.summary())
            )
            return
        self.questions_label.setText(describe_questions(questions))

    # --- approve, deny, remove -----------------------------------------------------------

    def selected(self) -> list[Json]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows]

    def change_status(self, action: StatusAction) -> None:
        chosen = self.selected()
        if chosen:
            what = translate("RegistrantsDialog", "Changing registrants")
            self.runner.start(self._change_status(action, chosen), what)

    async def _change_status(self, action: StatusAction, chosen: list[Json]) -> None:
        refs = [{"id": r["id"], "email": r["email"]} for r in chosen]
        calls = await self.client.set_registrant_status(self.meeting.id, action, refs)
        status = DONE_STATUS.get(action, "denied")
        self.model.set_status({r["id"] for r in chosen}, status)
        self._show_counts()
        if action == "approve":
            text = translate(
                "RegistrantsDialog", "Approved %n registrant(s) ({requests}).", len(chosen)
            )
        elif action == "deny":
            text = translate(
                "RegistrantsDialog", "Denied %n registrant(s) ({requests}).", len(chosen)
            )
        else:
            text = translate(
                "RegistrantsDialog", "Cancelled %n registrant(s) ({requests}).", len(chosen)
            )
        requests = translate("RegistrantsDialog", "%n request(s)", calls)
        self.status_label.setText(text.format(requests=requests))

    def on_remove_clicked(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("RegistrantsDialog", "Remove registrants — zoomdesk"),
            translate(
                "RegistrantsDialog",
                "Remove %n registrant(s)? Their join links stop working.",
                len(chosen),
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton(
            translate("RegistrantsDialog", "&Remove"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        what = translate("RegistrantsDialog", "Removing registrants")
        remove.clicked.connect(lambda: self.runner.start(self.remove(chosen), what))
        self.child = box
        box.open()

    async def remove(self, chosen: list[Json]) -> None:
        removed: set[str] = set()
        for registrant in chosen:  # Zoom deletes one registrant per call
            await self.client.delete_registrant(self.meeting.id, str(registrant["id"]))
            removed.add(str(registrant["id"]))
            self.model.remove({str(registrant["id"])})
        self._show_counts()
        self.status_label.setText(
            translate("RegistrantsDialog", "Removed %n registrant(s).", len(removed))
        )

    # --- add one (many from a CSV file, and export: registrants_csv.py) ------------------

    def on_add_clicked(self) -> None:
        dialog = AddRegistrantDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        what = translate("RegistrantsDialog", "Adding a registrant")
        dialog.accepted.connect(lambda: self.runner.start(self.add(dialog.registrant()), what))
        self.child = dialog
        dialog.open()

    async def add(self, registrant: Json) -> None:
        answer = await self.client.add_registrant(self.meeting.id, registrant)
        # Zoom answers with the new id and join link only; the status follows the approval.
        automatic = self.meeting.settings.get("approval_type") == 0
        row = {**registrant, **answer, "status": "approved" if automatic else "pending"}
        row["id"] = str(answer.get("registrant_id") or answer.get("id") or "")
        self.model.add(row)
        self._show_counts()
        self.status_label.setText(
            translate("RegistrantsDialog", "Registered {email}.").format(email=registrant["email"])
        )

    # --- reactions -----------------------------------------------------------------------

    def _on_tab(self, index: int) -> None:
        self.proxy.set_status(TABS[index] if 0 <= index < len(TABS) else None)
        self.table.selectionModel().clearSelection()
        self._sync()

    def _show_heading(self) -> None:
        parts = [f"“{self.meeting.topic}”", format_start(self.meeting)]
        approval = self.meeting.settings.get("approval_type")
        if approval in APPROVAL:
            parts.append(translate_marked("RegistrantsDialog", APPROVAL[approval]))
        self.heading.setText(" · ".join(p for p in parts if p))

    def _show_counts(self) -> None:
        counts = self.model.counts()
        locale = QLocale()
        for index, status in enumerate(TABS):
            count = sum(counts.values()) if status is None else counts.get(status, 0)
            self.tabs.setTabText(index, tab_text(status).format(count=locale.toString(count)))

    def _sync(self, *_args: object) -> None:
        chosen = self.selected()
        busy = bool(self.runner.pending())
        statuses = {r.get("status") for r in chosen}
        on = self.registration and not busy
        self.approve_button.setEnabled(on and bool(statuses - {"approved"}))
        self.deny_button.setEnabled(on and bool(statuses - {"denied"}))
        self.remove_button.setEnabled(on and bool(chosen))
        for button in (self.add_button, self.import_button):
            button.setEnabled(on)
        self.export_button.setEnabled(on and self.proxy.rowCount() > 0)

    def _on_busy(self, _busy: bool) -> None:
        self._sync()

    def _on_failed(self, what: str, error: BaseException) -> None:
        if isinstance(error, ZoomDeskError):
            summary = error.summary()
        else:
            summary = translate("RegistrantsDialog", "unexpected error")
        self.status_label.setText(
            translate("RegistrantsDialog", "{task} failed: {error}").format(
                task=what, error=summary
            )
        )
        self._sync()

    def done(self, result: int) -> None:
        self.runner.stop()
        super().done(result)
