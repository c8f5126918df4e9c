"""The two File menu items: Import meetings… (the wizard) and Export… (the meetings in the
current list, as an import file). The app adds them with one line (`BulkMenu(…)`)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from zoomdesk.core.i18n import translate
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.services import Services
    from zoomdesk.ui.main_window import MainWindow
    from zoomdesk.ui.meeting_list import MeetingListController


class BulkMenu(QObject):
    def __init__(
        self,
        window: MainWindow,
        meetings: MeetingListController,
        services: Callable[[], Services | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.meetings = meetings
        self.services = services  # built after the window; read when the wizard opens
        self.runner = TaskRunner(self)
        self.runner.failed.connect(
            lambda what, error: window.show_message(
                translate("BulkMenu", "{task} failed: {error}").format(task=what, error=error),
                kind="warning",
            )
        )
        self.import_action = QAction(translate("BulkMenu", "&Import meetings…"), window)
        self.import_action.setStatusTip(
            translate("BulkMenu", "Create or update many meetings from a spreadsheet")
        )
        self.import_action.setShortcut("Ctrl+I")
        self.export_action = QAction(translate("BulkMenu", "E&xport…"), window)
        self.export_action.setStatusTip(
            translate("BulkMenu", "Save the meetings in the list as a spreadsheet (CSV)")
        )
        self.export_action.setShortcut("Ctrl+E")
        menu = window.file_menu
        menu.insertAction(window.quit_action, self.import_action)
        menu.insertAction(window.quit_action, self.export_action)
        menu.insertSeparator(window.quit_action)
        self.import_action.triggered.connect(self.on_import_triggered)
        self.export_action.triggered.connect(self.on_export_triggered)
        self.wizard: QObject | None = None
        self.save_dialog: QFileDialog | None = None

    def on_import_triggered(self) -> None:
        from zoomdesk.ui.bulk.import_wizard import ImportWizard

        session = self.meetings.session
        if session is None:
            self.window.show_message(
                translate("BulkMenu", "Connect to a Zoom account first."), kind="warning"
            )
            return
        services = self.services()
        history = services.history if services is not None else None
        wizard = ImportWizard(session.service, history, parent=self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show_in_list.connect(self.show_hosts)
        self.wizard = wizard
        wizard.open()

    def show_hosts(self, host_ids: list[str]) -> None:
        """One host: its list; several: all users. Then load it again from Zoom."""
        session = self.meetings.session
        if session is None:
            return
        host = host_ids[0] if len(host_ids) == 1 else ""
        self.meetings.page.set_users(session.users, host)
        self.meetings.settings.host = self.meetings.page.host_id()
        self.meetings.reload_meetings()

    def on_export_triggered(self) -> None:
        meetings = list(self.window.model.meetings())
        if not meetings:
            self.window.notify(translate("BulkMenu", "The list is empty: nothing to export"))
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = translate("BulkMenu", "Export meetings — zoomdesk")
        dialog = QFileDialog(self.window, title, folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [translate("BulkMenu", "CSV files (*.csv)"), translate("BulkMenu", "All files (*)")]
        )
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("meetings.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda path: self.runner.start(
                self.export(Path(path)), translate("BulkMenu", "Exporting the list")
            )
        )
        self.save_dialog = dialog
        dialog.open()

    async def export(self, path: Path) -> None:
        from zoomdesk.core.bulk.export import export_rows, write_export

        session = self.meetings.session
        users = session.users if session else []
        rows = export_rows(self.window.model.meetings(), users)
        await asyncio.to_thread(write_export, path, rows)  # a slow drive must not freeze us
        self.window.notify(
            translate("BulkMenu", "Exported %n meeting(s) to {file}", len(rows)).format(
                file=path.name
            )
        )
