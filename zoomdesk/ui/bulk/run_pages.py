"""The import wizard's last two pages: the import as it runs (progress, each row as it
completes, Stop) and what became of it (the rows not done, the results file, Show in list).

They only show; the wizard (`import_wizard.py`) runs the import and connects their buttons."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.bulk.results import RowResult
from zoomdesk.core.bulk.run import Progress
from zoomdesk.core.i18n import translate
from zoomdesk.ui.bulk.wizard_texts import outcome, status_count


class ProgressPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(translate("BulkWizard", "Import progress"))
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.stop_button = QPushButton(translate("BulkWizard", "&Stop"), self)
        self.stop_button.setToolTip(
            translate("BulkWizard", "Send nothing more; what is already on its way finishes")
        )
        self.progress_log = QPlainTextEdit(self)
        self.progress_log.setReadOnly(True)
        self.progress_log.setMaximumBlockCount(5000)  # a long import must not grow it forever
        self.progress_log.setAccessibleName(translate("BulkWizard", "Rows as they complete"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_log, 1)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)

    def start(self, rows: int) -> None:
        self.progress_bar.setRange(0, rows)
        self.progress_bar.setValue(0)
        self.progress_label.setText(translate("BulkWizard", "Starting…"))
        self.progress_log.clear()
        self.stop_button.setEnabled(True)

    def show_result(self, result: RowResult, progress: Progress) -> None:
        self.progress_bar.setValue(progress.finished)
        line = translate("BulkWizard", "Line {line}: {outcome}")
        self.progress_log.appendPlainText(line.format(line=result.line, outcome=outcome(result)))
        locale = QLocale()
        counts = ", ".join(status_count(s, n) for s, n in progress.counts.items())
        text = translate("BulkWizard", "{finished} of %n row(s): {counts}.", progress.total)
        self.progress_label.setText(
            text.format(finished=locale.toString(progress.finished), counts=counts)
        )

    def stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.progress_label.setText(
            translate("BulkWizard", "Stopping: what is on its way finishes, nothing more is sent.")
        )


class ResultsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results_label = QLabel(self)
        self.results_label.setWordWrap(True)
        self.results_text = QPlainTextEdit(self)
        self.results_text.setReadOnly(True)
        self.results_text.setAccessibleName(translate("BulkWizard", "Rows not done"))
        self.open_results_button = QPushButton(translate("BulkWizard", "&Open results file"), self)
        self.show_in_list_button = QPushButton(translate("BulkWizard", "Show in &list"), self)
        row = QHBoxLayout()
        row.addWidget(self.open_results_button)
        row.addWidget(self.show_in_list_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results_text, 1)
        layout.addLayout(row)

    def show_results(self, results: list[RowResult], unticked: Iterable[int], file: Path) -> None:
        """`unticked`: the lines left out of the import; `file`: where every outcome is kept."""
        counts: dict[str, int] = {}
        for result in results:
            counts[result.status] = counts.get(result.status, 0) + 1
        summary = ", ".join(status_count(s, n) for s, n in counts.items())
        self.results_label.setText(
            translate(
                "BulkWizard",
                "{summary}. Every row's outcome is in {file}; importing the same file again "
                "resumes (done rows are skipped, nothing is created twice).",
            ).format(
                summary=summary or translate("BulkWizard", "Nothing to do"),
                file=file.name,
            )
        )
        lines = [(r.line, outcome(r)) for r in results]
        left_out = translate("BulkWizard", "left out (unticked)")
        lines += [(line, left_out) for line in unticked]
        row = translate("BulkWizard", "Line {line}: {outcome}")
        self.results_text.setPlainText(
            "\n".join(row.format(line=line, outcome=text) for line, text in sorted(lines))
        )
        self.show_in_list_button.setEnabled(any(r.status == "done" for r in results))
