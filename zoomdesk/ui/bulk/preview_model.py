"""The import preview: every data row of the file, its cells as typed, each problem marked on
its cell (colour, icon and tooltip, so it is not told by colour alone), and a tick box to leave
a row out of this import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from zoomdesk.core.bulk.plan import CHECK, CREATE, INVALID, SKIP, UPDATE, Plan, RowPlan
from zoomdesk.core.i18n import translate, translate_marked, translate_noop

ModelIndex = QModelIndex | QPersistentModelIndex
STEP_TEXT = {
    CREATE: translate_noop("BulkPreview", "Create"),
    UPDATE: translate_noop("BulkPreview", "Update"),
    CHECK: translate_noop("BulkPreview", "Check, then create"),
    SKIP: translate_noop("BulkPreview", "Done before"),
    INVALID: translate_noop("BulkPreview", "Fix the file"),
}  # shown through translate_marked("BulkPreview", …)
# The tick, the spreadsheet's line, what happens.
FIXED = ("", translate_noop("BulkPreview", "Line"), translate_noop("BulkPreview", "Will"))


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[RowPlan] = []
        self.unticked: set[int] = set()  # spreadsheet lines left out
        self._problems: list[dict[str, str]] = []

    def set_plan(self, header: list[str], plan: Plan, unticked: set[int]) -> None:
        self.beginResetModel()
        self.header = list(header)
        self.rows = list(plan.rows)
        self.unticked = set(unticked)
        self._problems = [
            {p.column: p.message for p in reversed(r.row.problems)} for r in self.rows
        ]
        self.endResetModel()

    def add_unticked(self, plan: Plan, lines: dict[int, dict[str, str]]) -> None:
        """Rows the user left out are not in the plan; show them, unticked, in file order."""
        from zoomdesk.core.bulk.columns import BulkRow

        self.beginResetModel()
        for line in sorted(self.unticked):
            if line in lines:
                self.rows.append(RowPlan(BulkRow(line, lines[line]), SKIP))
                self._problems.append({})
        order = sorted(range(len(self.rows)), key=lambda i: self.rows[i].row.line)
        self.rows = [self.rows[i] for i in order]
        self._problems = [self._problems[i] for i in order]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.header)

    def problem_count(self) -> int:
        return sum(1 for r in self.rows if r.step == INVALID and r.row.line not in self.unticked)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(FIXED):
            return translate_marked("BulkPreview", FIXED[section]) if FIXED[section] else ""
        return self.header[section - len(FIXED)]  # the file's own column names

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan, column = self.rows[index.row()], index.column()
        line = plan.row.line
        left_out = line in self.unticked
        if column == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if left_out:
                    return translate("BulkPreview", "Left out")
                return translate("BulkPreview", "Included")
            return None
        if column == 1:
            return str(line) if role == Qt.ItemDataRole.DisplayRole else None
        if column == 2:
            if role == Qt.ItemDataRole.DisplayRole:
                if left_out:
                    return translate("BulkPreview", "Left out")
                return translate_marked("BulkPreview", STEP_TEXT[plan.step])
            return None
        name = self.header[column - len(FIXED)]
        problem = self._problems[index.row()].get(name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return plan.row.cells.get(name, "")
        if problem is None or left_out:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return translate("BulkPreview", "Problem: {problem}").format(problem=problem)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_problem_colour())
        if role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        line = self.rows[index.row()].row.line
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.unticked.discard(line)
        else:
            self.unticked.add(line)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        return True

    def first_problem(self, row: int) -> str:
        return next(iter(self._problems[row].values()), "")


def _problem_colour() -> QColor:
    """A red tint that reads on light and dark palettes alike."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    red = QColor(220, 50, 47)
    weight = 0.35 if base.lightness() > 128 else 0.45
    return QColor(
        int(base.red() * (1 - weight) + red.red() * weight),
        int(base.green() * (1 - weight) + red.green() * weight),
        int(base.blue() * (1 - weight) + red.blue() * weight),
    )
