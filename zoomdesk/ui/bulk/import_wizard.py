"""File → Import meetings…: choose a file → preview (problems marked on their cells; fix the
file and reload, or untick rows) → the plan → progress, with Stop → the results.

The work is the core's (`zoomdesk.core.bulk.importer`), as the CLI runs it; this dialog only
shows it. Its tasks are its own (a TaskRunner child): closing it stops the import, and what
was in flight is marked unknown in the results file, which the next run checks first.
The last two pages, progress and results, are `run_pages.py`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.bulk import importer
from zoomdesk.core.bulk.columns import HeaderError
from zoomdesk.core.bulk.csvfile import BadFile
from zoomdesk.core.bulk.results import RowResult
from zoomdesk.core.bulk.run import BulkRun
from zoomdesk.core.history import History
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.bulk.preview_model import PreviewModel
from zoomdesk.ui.bulk.run_pages import ProgressPage, ResultsPage
from zoomdesk.ui.tasks import TaskRunner

CHOOSE, PREVIEW, PLAN, PROGRESS, RESULTS = range(5)


class ImportWizard(QDialog):
    show_in_list = Signal(list)  # the host IDs of the rows done

    def __init__(
        self,
        service: MeetingService,
        history: History | None = None,
        parent: QWidget | None = None,
        *,
        concurrency: int = 4,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BulkWizard", "Import meetings — zoomdesk"))
        self.setAccessibleName(translate("BulkWizard", "Import meetings"))
        self.resize(900, 560)
        self.service = service
        self.history = history
        self.concurrency = concurrency
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._on_failed)
        self.job: importer.Import | None = None
        self.run: BulkRun | None = None
        self.results: list[RowResult] = []
        self.stack = QStackedWidget(self)
        for make in (self._choose_page, self._preview_page, self._plan_page):
            self.stack.addWidget(make())
        self.progress_page = ProgressPage(self)
        self.results_page = ResultsPage(self)
        self.stack.addWidget(self.progress_page)
        self.stack.addWidget(self.results_page)
        # The last pages' widgets keep their names on the wizard, as the first pages' do.
        self.progress_bar = self.progress_page.progress_bar
        self.progress_label = self.progress_page.progress_label
        self.progress_log = self.progress_page.progress_log
        self.stop_button = self.progress_page.stop_button
        self.results_label = self.results_page.results_label
        self.results_text = self.results_page.results_text
        self.open_results_button = self.results_page.open_results_button
        self.show_in_list_button = self.results_page.show_in_list_button
        self.stop_button.clicked.connect(self.on_stop_clicked)
        self.open_results_button.clicked.connect(self.on_open_results_clicked)
        self.show_in_list_button.clicked.connect(self.on_show_in_list_clicked)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(translate("BulkWizard", "Problem"))
        self.back_button = QPushButton(translate("BulkWizard", "< &Back"), self)
        self.next_button = QPushButton(translate("BulkWizard", "&Next >"), self)
        self.next_button.setDefault(True)
        self.close_button = QPushButton(translate("BulkWizard", "&Close"), self)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show(CHOOSE)

    # --- pages -----------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        text = QLabel(
            translate(
                "BulkWizard",
                "Choose a spreadsheet saved as CSV (UTF-8, comma or semicolon). Each row creates "
                "a meeting, or updates one when it has a {meeting_id}. Nothing is sent until "
                "you have seen the plan. The format: {doc}.",
            ).format(meeting_id="meeting_id", doc="docs/bulk.md"),
            page,
        )
        text.setWordWrap(True)
        self.path_edit = QLineEdit(page)
        self.path_edit.setAccessibleName(translate("BulkWizard", "File to import"))
        self.path_edit.setPlaceholderText(translate("BulkWizard", "term.csv"))  # an example
        self.path_edit.textChanged.connect(lambda: self._update_buttons())
        browse = QPushButton(translate("BulkWizard", "&Browse…"), page)
        browse.clicked.connect(self.on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.preview_label = QLabel(page)
        self.preview_label.setWordWrap(True)
        self.preview = PreviewModel(self)
        self.preview.dataChanged.connect(lambda *_: self._update_preview_label())
        self.preview_table = QTableView(page)
        self.preview_table.setAccessibleName(translate("BulkWizard", "Rows of the file"))
        for_keyboard(self.preview_table)
        self.preview_table.setModel(self.preview)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_table.verticalHeader().hide()
        self.preview_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.reload_button = QPushButton(translate("BulkWizard", "&Reload the file"), page)
        self.reload_button.setToolTip(
            translate("BulkWizard", "Read the file again after fixing it in your spreadsheet")
        )
        self.reload_button.clicked.connect(self.on_reload_clicked)
        top = QHBoxLayout()
        top.addWidget(self.preview_label, 1)
        top.addWidget(self.reload_button)
        self.problems_label = QLabel(page)
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(
            translate("BulkWizard", "Problems of the selected row")
        )
        self.preview_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_problems_label()
        )
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.problems_label)
        return page

    def _update_problems_label(self) -> None:
        """The selected row's problems in words (the table shows where; this says why), else
        the first few of the file's."""
        current = self.preview_table.currentIndex()
        rows = [current.row()] if current.isValid() else range(self.preview.rowCount())
        where = translate("BulkWizard", "Line {line}, {column}: {problem}")
        lines = [
            where.format(line=plan.row.line, column=p.column, problem=p.message)
            for plan in (self.preview.rows[r] for r in rows)
            if plan.row.line not in self.preview.unticked
            for p in plan.row.problems
        ]
        more = (
            " " + translate("BulkWizard", "(and %n more)", len(lines) - 4) if len(lines) > 4 else ""
        )
        self.problems_label.setText("\n".join(lines[:4]) + more)

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        self.plan_text = QPlainTextEdit(page)
        self.plan_text.setReadOnly(True)
        self.plan_text.setAccessibleName(translate("BulkWizard", "The plan"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(translate("BulkWizard", "What will be sent, host by host:"), page))
        layout.addWidget(self.plan_text, 1)
        return page

    # --- navigation ------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.error_label.clear()
        self._update_buttons()

    def _update_buttons(self, busy: bool = False) -> None:
        page = self.stack.currentIndex()
        self.back_button.setVisible(page in (PREVIEW, PLAN))
        self.next_button.setVisible(page in (CHOOSE, PREVIEW, PLAN))
        self.next_button.setText(
            translate("BulkWizard", "&Import")
            if page == PLAN
            else translate("BulkWizard", "&Next >")
        )
        ok = not busy
        if page == CHOOSE:
            ok = ok and bool(self.path_edit.text().strip())
        elif page == PREVIEW:
            ok = ok and self.job is not None and self.preview.problem_count() == 0
        self.next_button.setEnabled(ok)
        self.close_button.setText(translate("BulkWizard", "&Close"))

    def on_back_clicked(self) -> None:
        self._show(self.stack.currentIndex() - 1)

    def on_next_clicked(self) -> None:
        page = self.stack.currentIndex()
        if page == CHOOSE:
            self._load(unticked=set())
        elif page == PREVIEW:
            self._load(unticked=self.preview.unticked, then=PLAN)
        elif page == PLAN:
            self._start_import()

    def on_browse_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = translate("BulkWizard", "Choose a spreadsheet — zoomdesk")
        dialog = QFileDialog(self, title, folder)
        dialog.setNameFilters(
            [translate("BulkWizard", "CSV files (*.csv)"), translate("BulkWizard", "All files (*)")]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.path_edit.setText)
        self.file_dialog = dialog
        dialog.open()  # not exec(): no nested event loop under qasync

    def on_reload_clicked(self) -> None:
        self._load(unticked=self.preview.unticked)

    # --- work ------------------------------------------------------------------------------

    def _load(self, unticked: set[int], then: int = PREVIEW) -> None:
        path = Path(self.path_edit.text().strip()).expanduser()
        self._update_buttons(busy=True)
        what = translate("BulkWizard", "Reading the file")
        self.runner.start(self._do_load(path, set(unticked), then), what, key="load")

    async def _do_load(self, path: Path, unticked: set[int], then: int) -> None:
        try:
            job = await importer.load(self.service, path, history=self.history, excluded=unticked)
        except (BadFile, HeaderError) as error:
            self.error_label.setText(f"{path.name}: {error}")
            self._update_buttons()
            return
        self.job = job
        self.preview.set_plan(job.sheet.header, job.plan, unticked)
        self.preview.add_unticked(job.plan, dict(job.sheet.rows))
        left_out = ", ".join(str(line) for line in sorted(unticked))
        note = [
            translate("BulkWizard", "Left out (unticked): lines {lines}.").format(lines=left_out)
        ]
        note = note if unticked else []
        self.plan_text.setPlainText("\n".join(job.plan.describe() + note))
        self._update_preview_label()
        self._show(then)

    def _update_preview_label(self) -> None:
        if self.job is None:
            return
        locale = QLocale()
        rows, bad = len(self.job.sheet.rows), self.preview.problem_count()
        text = translate("BulkWizard", "Rows in {file}: {rows}.").format(
            file=self.job.path.name, rows=locale.toString(rows)
        )
        if bad:
            text += " " + translate(
                "BulkWizard",
                "Rows with problems: {count}, marked in red (select a row or point at a cell to "
                "read why). Fix the file and reload, or untick those rows.",
            ).format(count=locale.toString(bad))
        self.preview_label.setText(text)
        self._update_problems_label()
        self._update_buttons()

    def _start_import(self) -> None:
        assert self.job is not None
        self.progress_page.start(len(self.job.plan.rows))
        self._show(PROGRESS)
        what = translate("BulkWizard", "Importing meetings")
        self.runner.start(self._do_import(self.job), what, key="import")

    async def _do_import(self, job: importer.Import) -> None:
        self.results = await importer.run(
            self.service, job, concurrency=self.concurrency,
            on_result=self.progress_page.show_result, on_start=self._on_started,
        )  # fmt: skip
        self._show_results(job)

    def _on_started(self, run: BulkRun) -> None:
        self.run = run

    def on_stop_clicked(self) -> None:
        if self.run is not None:
            self.run.cancel()
        self.progress_page.stopping()

    def _show_results(self, job: importer.Import) -> None:
        self.results_page.show_results(self.results, self.preview.unticked, job.results)
        self._show(RESULTS)

    def on_open_results_clicked(self) -> None:
        if self.job is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.job.results)))

    def on_show_in_list_clicked(self) -> None:
        done = {p.user.id for p in self.job.plan.rows if p.user} if self.job else set()
        self.show_in_list.emit(sorted(done))
        self.accept()

    def _on_failed(self, what: str, error: BaseException) -> None:
        self.error_label.setText(
            translate("BulkWizard", "{task} failed: {error}").format(task=what, error=error)
        )
        self._update_buttons()

    # --- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.runner.stop()  # an import in flight is cancelled; its rows are marked unknown
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.stop()
        super().closeEvent(event)
