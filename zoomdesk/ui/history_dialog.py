"""The local history of what zoomdesk changed in Zoom, to browse (View → Change history)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before qasync)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.calendar import format_datetime, format_meeting_id
from zoomdesk.core.history import Change, History, action_text, result_text
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.meeting_schema import spec
from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.tasks import TaskRunner

# Shown with translate_marked("HistoryDialog", …).
COLUMNS = (
    translate_noop("HistoryDialog", "When"),
    translate_noop("HistoryDialog", "Action"),
    translate_noop("HistoryDialog", "Meeting"),
    translate_noop("HistoryDialog", "Topic"),
    translate_noop("HistoryDialog", "What changed"),
    translate_noop("HistoryDialog", "Result"),
)


def field_title(name: str) -> str:
    """The form's words for a Zoom field ("settings.waiting_room" → "Waiting room")."""
    try:
        return spec(name).shown_title
    except KeyError:
        return name.removeprefix("settings.").replace("_", " ").capitalize()


def fields_text(names: tuple[str, ...]) -> str:
    """ "settings" is only the parent of the settings named next to it."""
    nested = any(name.startswith("settings.") for name in names)
    shown = [name for name in names if not (nested and name == "settings")]
    options = translate("HistoryDialog", "Options")
    return ", ".join(options if n == "settings" else field_title(n) for n in shown)


def meeting_text(change: Change) -> str:
    """The meeting ID as Zoom prints it, and one occurrence by its date (its ID is a time)."""
    if change.meeting_id is None:
        return ""
    text = format_meeting_id(change.meeting_id)
    if change.occurrence_id:
        try:
            at = datetime.fromtimestamp(int(change.occurrence_id) / 1000, UTC).astimezone()
            text = translate("HistoryDialog", "{meeting}, the {time} occurrence").format(
                meeting=text, time=format_datetime(at)
            )
        except (ValueError, OverflowError, OSError):
            text = translate("HistoryDialog", "{meeting}, occurrence {id}").format(
                meeting=text, id=change.occurrence_id
            )
    return text


class HistoryDialog(QDialog):
    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(translate("HistoryDialog", "Change history — zoomdesk"))
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [translate_marked("HistoryDialog", c) for c in COLUMNS]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("HistoryDialog", "Changes made by zoomdesk"))
        for_keyboard(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the last column is never cut off
        self.note = QLabel(
            translate(
                "HistoryDialog",
                "What zoomdesk created, changed or deleted in Zoom from this computer. Field "
                "names are kept, never their values.",
            )
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton(
            translate("HistoryDialog", "Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.clicked.connect(self.on_refresh_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.loaded = False
        self.runner = TaskRunner(self)

    def done(self, result: int) -> None:
        self.runner.stop()
        super().done(result)

    def on_refresh_clicked(self) -> None:
        what = translate("HistoryDialog", "Reading the change history")
        self.runner.start(self.reload(), what, key="reload")

    async def reload(self) -> None:
        loop = asyncio.get_running_loop()
        changes = await loop.run_in_executor(None, self.history.recent)
        self.show_changes(changes)

    def show_changes(self, changes: list[Change]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for change in changes:
            when = format_datetime(change.at.astimezone())
            row = [
                when,
                action_text(change.action),
                meeting_text(change),
                change.topic,
                fields_text(change.fields),
                result_text(change.result),
            ]
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setToolTip(change.detail or row[-1])
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        if not changes:
            self.note.setText(
                translate(
                    "HistoryDialog",
                    "zoomdesk has not created, changed or deleted anything in Zoom from "
                    "this computer yet.",
                )
            )
        self.loaded = True
