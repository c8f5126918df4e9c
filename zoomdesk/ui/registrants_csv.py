"""The registrants view's CSV files: importing many people from one (read off the loop, checked,
previewed with its problems first, then registered in Zoom's batches) and exporting the
registrants the view shows. A mixin of `RegistrantsDialog`, which provides the attributes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from zoomdesk.core.errors import DraftInvalid, FieldError
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Json, MeetingType
from zoomdesk.core.registrant_import import import_registrants, read_registrants
from zoomdesk.ui.registrant_dialogs import ImportPreview

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.models import Meeting
    from zoomdesk.ui.registrants_model import RegistrantsFilter, RegistrantsModel
    from zoomdesk.ui.tasks import TaskRunner


class RegistrantsCsv:
    if TYPE_CHECKING:
        client: ZoomClient
        meeting: Meeting
        model: RegistrantsModel
        proxy: RegistrantsFilter
        runner: TaskRunner
        status_label: QLabel
        file_dialog: QFileDialog | None
        child: QDialog | QMessageBox | None
        last_export: Path | None

        def _show_counts(self) -> None: ...

    def on_import_clicked(self) -> None:
        title = translate("RegistrantsDialog", "Import registrants — zoomdesk")
        self._ask_file(title, save=False, then=self.preview_import)

    def on_export_clicked(self) -> None:
        title = translate("RegistrantsDialog", "Export registrants — zoomdesk")
        self._ask_file(title, save=True, then=self.export_to)

    def _ask_file(
        self, title: str, *, save: bool, then: Callable[[Path], Coroutine[Any, Any, None]]
    ) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(cast(QWidget, self), title, folder)  # the mixin is a QWidget
        dialog.setNameFilters(
            [
                translate("RegistrantsDialog", "CSV files (*.csv)"),
                translate("RegistrantsDialog", "All files (*)"),
            ]
        )
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
            self.status_label.setText(
                translate("RegistrantsDialog", "{file} can't be read: {error}").format(
                    file=path.name, error=error
                )
            )
            return
        people: list[Json] = []
        problems: list[FieldError] = []
        try:
            people = read_registrants(text)
        except DraftInvalid as invalid:
            problems = invalid.problems
        one_by_one = self.meeting.type is not MeetingType.SCHEDULED
        parent = cast(QWidget, self)  # the mixin is a QWidget
        preview = ImportPreview(path.name, people, problems, one_by_one=one_by_one, parent=parent)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        what = translate("RegistrantsDialog", "Importing registrants")
        preview.accepted.connect(lambda: self.runner.start(self.import_people(people), what))
        self.child = preview
        preview.open()

    async def import_people(self, people: list[Json]) -> None:
        self.status_label.setText(
            translate("RegistrantsDialog", "Registering %n people…", len(people))
        )
        result = await import_registrants(self.client, self.meeting.id, self.meeting.type, people)
        text = translate("RegistrantsDialog", "Registered {done} of %n ({requests}).", len(people))
        text = text.format(
            done=len(result.registered),
            requests=translate("RegistrantsDialog", "%n request(s)", result.requests),
        )
        if result.failed:
            failed = "; ".join(f"{e} ({why})" for e, why in result.failed[:5])
            text += " " + translate("RegistrantsDialog", "Not registered: {people}").format(
                people=failed
            )
        registrants = await self.client.all_registrants(self.meeting.id)
        self.model.set_registrants(registrants)
        self._show_counts()
        self.status_label.setText(text)

    async def export_to(self, path: Path) -> None:
        """The registrants the view shows (this status, this search) as CSV."""
        text = self.model.to_csv(self.proxy.shown())
        await asyncio.to_thread(path.write_text, text, encoding="utf-8")
        self.last_export = path
        self.status_label.setText(
            translate(
                "RegistrantsDialog", "Saved %n registrant(s) to {file}.", self.proxy.rowCount()
            ).format(file=path.name)
        )
