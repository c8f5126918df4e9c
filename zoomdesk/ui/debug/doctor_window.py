"""The request doctor window: paste your own broken request (cURL, raw HTTP, HAR, code), see
what is wrong before anything is sent, the corrected request next to yours, the code for your
stack, and replay both against the sandbox or, deliberately, Zoom."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.doctor.check import Checked, ParseError
from zoomdesk.core.doctor.codegen import LANGUAGE_FOR_LIBRARY
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.doctor.render import capped
from zoomdesk.core.doctor.review import Review, review_text
from zoomdesk.core.doctor.text_input import decode_input
from zoomdesk.core.doctor.token_cache import token_cache_example
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.i18n import translate, translate_marked
from zoomdesk.core.tokens import TokenProvider
from zoomdesk.core.transport import Sender
from zoomdesk.ui.a11y import LiveLabel, report_as_window
from zoomdesk.ui.debug.diagnosis_view import DiagnosisView
from zoomdesk.ui.debug.doctor_compare import CodeView, SideBySide
from zoomdesk.ui.debug.doctor_input import PasteEditor
from zoomdesk.ui.debug.doctor_lines import lines_of, mark_source_lines
from zoomdesk.ui.debug.doctor_replay import ReplayView
from zoomdesk.ui.debug.doctor_replays import CODE_TAB, DoctorReplays, replaying
from zoomdesk.ui.screen_fit import resize_within_screen
from zoomdesk.ui.tasks import TaskRunner

INLINE_CHECK_LIMIT = 20_000  # characters; longer pastes are checked off the event loop
ENTRY_LIMIT = 500  # requests listed in the picker (a HAR can hold thousands)


def _check(text: str) -> Review | ParseError:
    try:
        return review_text(text)
    except ParseError as error:
        return error


_LANGUAGE_FOR = {"axios code": "node-axios", "fetch code": "node-axios"}


class DoctorWindow(DoctorReplays, QWidget):
    checked = Signal()  # after each check of the pasted text
    replayed = Signal(object)  # Replay

    def __init__(
        self,
        *,
        token_provider_getter: Callable[[], TokenProvider | None] | None = None,
        sandbox_url: str | Callable[[], Awaitable[str]] | None = None,
        sender: Sender | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """In the app, `sender` is the app's (replays land in its exchange log, like every
        other request) and `sandbox_url` starts or returns the app's sandbox. On its own, the
        window starts a sandbox when first needed and sends through a client of its own."""
        super().__init__(parent)
        report_as_window(self)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(translate("DoctorWindow", "Request doctor — zoomdesk"))
        self.setAccessibleName(translate("DoctorWindow", "Request doctor"))
        resize_within_screen(self, 1200, 760)
        closing = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)  # Ctrl+F4 alone
        for keys in {*closing, QKeySequence("Esc"), QKeySequence("Ctrl+W")}:
            QShortcut(keys, self, self.close)  # a tool window closes like the others
        self._getter = token_provider_getter or (lambda: None)
        self._sandbox_url = sandbox_url
        self._sender = sender
        self._sandbox: Any = None
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._on_failed)
        self.results: list[Checked] = []
        self.review: Review | None = None
        self.file_dialog: QFileDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.editor = PasteEditor()
        self.editor.textChanged.connect(self._schedule_check)
        self.import_button = QPushButton(translate("DoctorWindow", "&Import HAR…"))
        self.import_button.setAccessibleName(translate("DoctorWindow", "Import HAR"))
        self.import_button.setAccessibleDescription(translate("DoctorWindow", "Import a HAR file"))
        self.import_button.clicked.connect(self.on_import_clicked)
        self.reveal_button = QPushButton(translate("DoctorWindow", "Re&veal secrets"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(translate("DoctorWindow", "Reveal secrets"))
        self.reveal_button.setAccessibleDescription(
            translate("DoctorWindow", "Reveal the secrets in the pasted request")
        )
        self.reveal_button.toggled.connect(self.on_reveal_toggled)
        self.clear_button = QPushButton(translate("DoctorWindow", "&Clear"))
        self.clear_button.clicked.connect(self.editor.clear)
        self.entry_combo = QComboBox()
        self.entry_combo.setAccessibleName(translate("DoctorWindow", "Request to show"))
        self.entry_combo.currentIndexChanged.connect(self._show_entry)
        self.entry_combo.hide()
        self.summary_label = LiveLabel(translate("DoctorWindow", "Paste a request to check it."))
        self.summary_label.alert = True
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(translate("DoctorWindow", "Check summary"))

        self.diagnosis_view = DiagnosisView()
        self.compare_view = SideBySide()
        self.code_view = CodeView()
        self.replay_view = ReplayView()
        self.replay_view.sandbox_button.clicked.connect(self.on_replay_sandbox_clicked)
        self.replay_view.zoom_button.clicked.connect(self.on_replay_zoom_clicked)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.compare_view, translate("DoctorWindow", "Yours vs co&rrected"))
        self.tabs.addTab(self.code_view, translate("DoctorWindow", "C&ode"))
        self.tabs.addTab(self.replay_view, translate("DoctorWindow", "Re&play"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.diagnosis_view)
        right.addWidget(self.tabs)
        right.setSizes([440, 360])
        right.setChildrenCollapsible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("DoctorWindow", "&Your request (cURL, raw HTTP, HAR or code):"))
        title.setWordWrap(True)
        title.setBuddy(self.editor)
        left_layout.addWidget(title)
        left_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        for button in (self.import_button, self.reveal_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.entry_combo)
        left_layout.addWidget(self.summary_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.check_now)
        self._update_zoom_button()
        self.check_now()

    # --- checking ----------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self.check_now()

    def _schedule_check(self) -> None:
        self._timer.start()

    def check_now(self) -> None:
        """Short pastes are checked at once (a few milliseconds); long ones in a worker thread,
        so a pasted HAR or a megabyte body never freezes the window (issue 14, item 15)."""
        self._timer.stop()
        text = self.editor.toPlainText()
        self.entry_combo.blockSignals(True)
        self.entry_combo.clear()
        self.entry_combo.blockSignals(False)
        self.results = []
        self.review = None
        if not text.strip():
            self.runner.cancel("check")
            self.summary_label.setText(translate("DoctorWindow", "Paste a request to check it."))
            self.diagnosis_view.show_message(translate("DoctorWindow", "Nothing to check yet."))
            self._show_entry(-1)
            self.checked.emit()
            return
        if len(text) <= INLINE_CHECK_LIMIT:
            self.runner.cancel("check")
            self._show_results(_check(text))
            return
        self.summary_label.setText(
            translate("DoctorWindow", "Checking {count} characters…").format(
                count=QLocale().toString(len(text))
            )
        )
        self.runner.start(
            self._check_in_background(text),
            translate("DoctorWindow", "Checking the request"),
            key="check",
        )

    async def _check_in_background(self, text: str) -> None:
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(None, _check, text)
        if text == self.editor.toPlainText():  # else a newer check is on its way
            self._show_results(outcome)

    def _show_results(self, outcome: Review | ParseError) -> None:
        self.review = None
        if isinstance(outcome, ParseError):
            self.summary_label.setText(
                translate("DoctorWindow", "Could not read this: {problem}").format(problem=outcome)
            )
            self.diagnosis_view.show_message(
                translate("DoctorWindow", "Could not read this. {problem}").format(problem=outcome)
            )
            self._show_entry(-1)
            self.checked.emit()
            return
        self.review = outcome
        self.results = list(outcome.checked)
        self.entry_combo.blockSignals(True)
        for number, item in enumerate(self.results[:ENTRY_LIMIT], 1):
            mark = "✓" if item.ok else "✗"
            path = capped(item.request.path, 120)
            entry = f"{mark} {number}. {item.request.method} {path}"
            if item.request.line:
                entry = translate("DoctorWindow", "{entry} — line {line}").format(
                    entry=entry, line=item.request.line
                )
            self.entry_combo.addItem(entry)
        if outcome.across:
            self.entry_combo.addItem(
                translate("DoctorWindow", "⚠ Across the integration ({count})").format(
                    count=len(outcome.across)
                )
            )
        self.entry_combo.blockSignals(False)
        self.entry_combo.setVisible(self.entry_combo.count() > 1)
        bad = sum(not r.ok for r in self.results)
        count = len(self.results)
        if count <= ENTRY_LIMIT:
            read = translate("DoctorWindow", "Read %n request(s) ({source}):", count)
        else:
            read = translate(
                "DoctorWindow", "Read %n request(s) ({source}) (the first {limit} listed):", count
            )
        parts = [
            read.format(source=source_text(self.results[0].request.source), limit=ENTRY_LIMIT),
            translate("DoctorWindow", "{count} with problems.").format(count=bad)
            if bad
            else translate("DoctorWindow", "no problems found."),
        ]
        if outcome.across:
            parts.append(
                translate("DoctorWindow", "{count} across the integration.").format(
                    count=len(outcome.across)
                )
            )
        self.summary_label.setText(" ".join(parts))
        self._show_entry(self.entry_combo.currentIndex())
        self.checked.emit()

    def current(self) -> Checked | None:
        index = max(self.entry_combo.currentIndex(), 0)
        return self.results[index] if index < len(self.results) else None

    def _show_across(self, review: Review) -> None:
        """The findings about the integration as a whole, pointing at the lines they name."""
        problems = sum(f.severity is not Severity.INFO for f in review.across)
        self.diagnosis_view.show_findings(
            translate("DoctorWindow", "Across the integration: %n thing(s) to fix.", problems),
            review.across,
            ok=False,
        )
        mark_source_lines(self.editor, lines_of(review.across))
        self.compare_view.show_pair(None, None, self.reveal_button.isChecked())
        if "token-per-call" in [f.code for f in review.across]:
            self.code_view.set_source(self.editor.toPlainText(), review.language)
            self.code_view.show_code(token_cache_example(review.library))
            self.tabs.setCurrentIndex(CODE_TAB)  # the fix: there is no single request to compare

    def _show_entry(self, index: int) -> None:
        item = self.results[index] if 0 <= index < len(self.results) else None
        reveal = self.reveal_button.isChecked()
        self.replay_view.sandbox_button.setEnabled(item is not None)
        if item is None and self.review is not None and index == len(self.results):
            self._show_across(self.review)
            return
        if item is None:
            self.compare_view.show_pair(None, None, reveal)
            self.code_view.show_request(None)
            return
        mark_source_lines(self.editor, [item.request.line] if item.request.line else [])
        if item.diagnosis is not None:
            self.diagnosis_view.show_diagnosis(item.diagnosis, None)
        else:
            count = sum(f.severity is Severity.ERROR for f in item.findings)
            headline = (
                translate("DoctorWindow", "This request has the shape Zoom expects.")
                if item.ok
                else translate("DoctorWindow", "%n problem(s) in this request.", count)
            )
            self.diagnosis_view.show_findings(headline, item.findings, ok=item.ok)
        self.compare_view.show_pair(item.request, item.corrected, reveal)
        language = LANGUAGE_FOR_LIBRARY.get(item.request.library) or _LANGUAGE_FOR.get(
            item.request.source
        )
        if item.request.source == "Python code" and not item.request.library:
            text = self.editor.toPlainText()
            language = "python-httpx" if "httpx" in text else "python-requests"
        if language:
            self.code_view.set_language(language)
        is_code = bool(item.request.library) or " code" in item.request.source
        self.code_view.set_source(self.editor.toPlainText() if is_code else "", language)
        self.code_view.show_request(item.corrected)

    def on_reveal_toggled(self, on: bool) -> None:
        self.editor.highlighter.set_masked(not on)
        self.reveal_button.setText(
            translate("DoctorWindow", "Hide secrets")
            if on
            else translate("DoctorWindow", "Re&veal secrets")
        )
        self._show_entry(max(self.entry_combo.currentIndex(), 0))

    # --- HAR import --------------------------------------------------------------------

    def on_import_clicked(self) -> None:
        dialog = QFileDialog(self, translate("DoctorWindow", "Import a HAR file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(translate("DoctorWindow", "HAR files (*.har *.json);;All files (*)"))
        dialog.fileSelected.connect(lambda path: self.import_har(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_har(self, path: Path) -> None:
        async def read() -> None:
            loop = asyncio.get_running_loop()
            data = await loop.run_in_executor(None, path.read_bytes)
            try:
                text = decode_input(data)
            except ParseError as error:
                self.summary_label.setText(
                    translate("DoctorWindow", "Could not read {file}: {problem}").format(
                        file=path.name, problem=error
                    )
                )
                return
            self.set_text(text)

        reading = translate("DoctorWindow", "Reading {file}").format(file=path.name)
        self.runner.start(read(), reading, key="import")

    def _on_failed(self, what: str, error: object) -> None:
        text = error.summary() if isinstance(error, ZoomDeskError) else str(error)
        if what == replaying():
            self.replay_view.set_busy(False)
            self.replay_view.status_label.setText(
                translate("DoctorWindow", "The replay failed: {problem}").format(problem=text)
            )
        else:
            self.summary_label.setText(
                translate("DoctorWindow", "{task} failed: {problem}").format(
                    task=what, problem=text
                )
            )

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: Any) -> None:
        self.reveal_button.setChecked(False)  # "reveal" never outlives the window
        for key in ("replay", "import", "check"):
            self.runner.cancel(key)
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
            self._sandbox_url = None
        super().closeEvent(event)


def source_text(source: str) -> str:
    """What was read, in the user's words: "axios code", or "axios code, line 25" for one
    request of a whole script (the readers' names are marked in core/doctor)."""
    kind, comma, where = source.partition(", ")
    return translate_marked("DoctorParse", kind) + comma + where
