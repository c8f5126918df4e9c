"""A small name/value(/meaning) table for headers, query parameters and form fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.debug.style import mono_font

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    name: str
    value: str
    meaning: str = ""
    tint: QColor | None = None  # a palette-derived highlight for rows worth a look


class PairsModel(QAbstractTableModel):
    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        text = (row.name, row.value, row.meaning)[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text if role == Qt.ItemDataRole.DisplayRole else (row.meaning or text)
        if role == Qt.ItemDataRole.BackgroundRole and row.tint is not None:
            return row.tint
        if role == Qt.ItemDataRole.FontRole:
            font = mono_font() if index.column() == 1 else QFont()
            font.setBold(row.tint is not None and index.column() == 0)
            return font
        return None


class PairsTable(QTableView):
    def __init__(self, headers: tuple[str, ...], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs = PairsModel(headers, self)
        self.setModel(self.pairs)
        self.setAccessibleName(name)
        for_keyboard(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: list[Row]) -> None:
        self.pairs.set_rows(rows)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(len(rows)))
        self.setFixedHeight(min(max(height, 40), 320))
        self.setVisible(bool(rows))
