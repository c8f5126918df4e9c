"""The people registered for a meeting: pending, approved and denied (with counts), search,
approve or deny the selected (Zoom takes 30 per call: the client batches), add one, remove the
selected, import many from a CSV file (previewed, problems first), export to CSV, and the
meeting's registration questions. Every page of Zoom's list is read (`next_page_token`).

The dialog owns its tasks (`TaskRunner`): closing it cancels what is in flight."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
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
from zoomdesk.core.errors import DraftInvalid, FieldError, ZoomDeskError
from zoomdesk.core.models import Json, Meeting, MeetingType
from zoomdesk.core.registrant_import import import_registrants, read_registrants
from zoomdesk.core.scheduler_api import REGISTRANT_STATUSES, StatusAction
from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.registrant_dialogs import AddRegistrantDialog, ImportPreview
from zoomdesk.ui.registrants_model import ROW_ROLE, RegistrantsFilter, RegistrantsModel
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.client import ZoomClient

log = logging.getLogger("zoomdesk.ui")
TABS = (*REGISTRANT_STATUSES, None)  # None: everyone
APPROVAL = {0: "Registrants approved automatically", 1: "Registrants approved by the host"}
QUESTION_NAMES = {"org": "organisation", "no_of_employees": "number of employees"}
DONE = {"approve": ("approved", "Approved"), "deny": ("denied", "Denied")}


class RegistrantsDialog(QDialog):
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
        self.setWindowTitle(f"Registrants of “{meeting.topic}” — zoomdesk")

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._show_heading()
        self.model = RegistrantsModel()
        self.proxy = RegistrantsFilter(self.model)
        self.tabs = QTabBar()
        self.tabs.setAccessibleName("Registrant status")
        for _status in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._on_tab)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search names, emails, organisations")
        self.search_edit.setAccessibleName("Search registrants")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Registrants")
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

        self.approve_button = self._button("A&pprove", "Approve the selected registrants")
        self.deny_button = self._button("&Deny", "Deny the selected registrants")
        self.add_button = self._button("&Add…", "Register one person")
        self.remove_button = self._button("&Remove…", "Remove the selected registrants")
        self.import_button = self._button("&Import CSV…", "Register many people from a CSV file")
        self.export_button = self._button("E&xport CSV…", "Save the registrants shown as CSV")
        self.approve_button.clicked.connect(lambda: self.change_status("approve"))
        self.deny_button.clicked.connect(lambda: self.change_status("deny"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.questions_label = QLabel()
        self.questions_label.setWordWrap(True)
        self.status_label = QLabel("Loading registrants…")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("Status")
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
        self.runner.start(self._load(), "Loading the registrants", key="load")

    async def _load(self) -> None:
        meeting = await self.client.get_meeting(self.meeting.id)
        self.meeting = meeting
        self.registration = meeting.settings.get("approval_type") in (0, 1)
        self._show_heading()
        if not self.registration:
            self.status_label.setText(
                f"“{meeting.topic}” doesn't take registrations. Turn on Registration in the "
                "meeting's Advanced settings first."
            )
            self._sync()
            return
        registrants = await self.client.all_registrants(meeting.id)
        self.model.set_registrants(registrants)
        self._show_counts()
        self.status_label.setText(f"{len(registrants)} registrants.")
        self._sync()
        try:
            questions = await self.client.registration_questions(meeting.id)
        except ZoomDeskError as error:
            self.questions_label.setText(f"Registration questions unavailable: {error.summary()}")
            return
        self.questions_label.setText(describe_questions(questions))

    # --- approve, deny, remove -----------------------------------------------------------

    def selected(self) -> list[Json]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in rows]

    def change_status(self, action: StatusAction) -> None:
        chosen = self.selected()
        if chosen:
            self.runner.start(self._change_status(action, chosen), "Changing registrants")

    async def _change_status(self, action: StatusAction, chosen: list[Json]) -> None:
        refs = [{"id": r["id"], "email": r["email"]} for r in chosen]
        calls = await self.client.set_registrant_status(self.meeting.id, action, refs)
        status, verb = DONE.get(action, ("denied", "Cancelled"))
        self.model.set_status({r["id"] for r in chosen}, status)
        self._show_counts()
        self.status_label.setText(f"{verb} {len(chosen)} registrants ({calls} requests).")

    def on_remove_clicked(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Remove registrants — zoomdesk",
            f"Remove {len(chosen)} registrants? Their join links stop working.",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        remove = box.addButton("&Remove", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        remove.clicked.connect(
            lambda: self.runner.start(self.remove(chosen), "Removing registrants")
        )
        self.child = box
        box.open()

    async def remove(self, chosen: list[Json]) -> None:
        removed: set[str] = set()
        for registrant in chosen:  # Zoom deletes one registrant per call
            await self.client.delete_registrant(self.meeting.id, str(registrant["id"]))
            removed.add(str(registrant["id"]))
            self.model.remove({str(registrant["id"])})
        self._show_counts()
        self.status_label.setText(f"Removed {len(removed)} registrants.")

    # --- add, import, export -------------------------------------------------------------

    def on_add_clicked(self) -> None:
        dialog = AddRegistrantDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.runner.start(self.add(dialog.registrant()), "Adding a registrant")
        )
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
        self.status_label.setText(f"Registered {registrant['email']}.")

    def on_import_clicked(self) -> None:
        self._ask_file("Import registrants — zoomdesk", save=False, then=self.preview_import)

    def on_export_clicked(self) -> None:
        self._ask_file("Export registrants — zoomdesk", save=True, then=self.export_to)

    def _ask_file(
        self, title: str, *, save: bool, then: Callable[[Path], Coroutine[Any, Any, None]]
    ) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, title, folder)
        dialog.setNameFilters(["CSV files (*.csv)", "All files (*)"])
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
            dialog.selectFile("registrants.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.runner.start(then(Path(path)), title))
        self.file_dialog = dialog
        dialog.open()

    async def preview_import(self, path: Path) -> None:
        """Read and check the file (off the loop), then show what it would do."""
        try:
            text = await asyncio.to_thread(path.read_text, encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            self.status_label.setText(f"{path.name} can't be read: {error}")
            return
        people: list[Json] = []
        problems: list[FieldError] = []
        try:
            people = read_registrants(text)
        except DraftInvalid as invalid:
            problems = invalid.problems
        one_by_one = self.meeting.type is not MeetingType.SCHEDULED
        preview = ImportPreview(path.name, people, problems, one_by_one=one_by_one, parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.accepted.connect(
            lambda: self.runner.start(self.import_people(people), "Importing registrants")
        )
        self.child = preview
        preview.open()

    async def import_people(self, people: list[Json]) -> None:
        self.status_label.setText(f"Registering {len(people)} people…")
        result = await import_registrants(self.client, self.meeting.id, self.meeting.type, people)
        text = f"Registered {len(result.registered)} of {len(people)} ({result.requests} requests)."
        if result.failed:
            text += " Not registered: " + "; ".join(f"{e} ({why})" for e, why in result.failed[:5])
        registrants = await self.client.all_registrants(self.meeting.id)
        self.model.set_registrants(registrants)
        self._show_counts()
        self.status_label.setText(text)

    async def export_to(self, path: Path) -> None:
        """The registrants the view shows (this status, this search) as CSV."""
        text = self.model.to_csv(self.proxy.shown())
        await asyncio.to_thread(path.write_text, text, encoding="utf-8")
        self.last_export = path
        self.status_label.setText(f"Saved {self.proxy.rowCount()} registrants to {path.name}.")

    # --- reactions -----------------------------------------------------------------------

    def _on_tab(self, index: int) -> None:
        self.proxy.set_status(TABS[index] if 0 <= index < len(TABS) else None)
        self.table.selectionModel().clearSelection()
        self._sync()

    def _show_heading(self) -> None:
        parts = [f"“{self.meeting.topic}”", format_start(self.meeting)]
        approval = self.meeting.settings.get("approval_type")
        if approval in APPROVAL:
            parts.append(APPROVAL[approval])
        self.heading.setText(" · ".join(p for p in parts if p))

    def _show_counts(self) -> None:
        counts = self.model.counts()
        for index, status in enumerate(TABS):
            count = sum(counts.values()) if status is None else counts.get(status, 0)
            label = "All" if status is None else status.capitalize()
            self.tabs.setTabText(index, f"{label} ({count})")

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
        summary = error.summary() if isinstance(error, ZoomDeskError) else "unexpected error"
        self.status_label.setText(f"{what} failed: {summary}")
        self._sync()

    def done(self, result: int) -> None:
        self.runner.stop()
        super().done(result)


def describe_questions(questions: Json) -> str:
    """Zoom's registration questions in one line ("Last name (required), Organisation")."""
    names = []
    for item in questions.get("questions") or ():
        field = str(item.get("field_name", ""))
        name = QUESTION_NAMES.get(field, field.replace("_", " "))
        names.append(f"{name} (required)" if item.get("required") else name)
    for item in questions.get("custom_questions") or ():
        title = str(item.get("title", ""))
        names.append(f"{title} (required)" if item.get("required") else title)
    return "Registration asks for: email, first name" + "".join(f", {n}" for n in names) + "."
