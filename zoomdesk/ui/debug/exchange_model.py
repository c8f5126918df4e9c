"""The live list of exchanges: a table model fed by the ExchangeLog, and a filter proxy."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from zoomdesk.core.diagnosis import Diagnosis, diagnose
from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.exchange import Exchange, ExchangeLog
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.ui.debug.style import clock, date_and_clock, severity_icon, severity_tint
from zoomdesk.ui.filtering import refilter

Index = QModelIndex | QPersistentModelIndex
EXCHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (
    translate_noop("ExchangeModel", "Time"),
    translate_noop("ExchangeModel", "Kind"),
    translate_noop("ExchangeModel", "Method"),
    translate_noop("ExchangeModel", "Path"),
    translate_noop("ExchangeModel", "Status"),
    translate_noop("ExchangeModel", "Duration"),
)
TIME, KIND, METHOD, PATH, STATUS, DURATION = range(len(COLUMNS))


def worst(diagnosis: Diagnosis) -> Severity | None:
    order = [Severity.ERROR, Severity.WARNING]
    found = [f.severity for f in diagnosis.findings if f.severity in order]
    return min(found, key=order.index) if found else None


def status_text(exchange: Exchange) -> str:
    if exchange.status is None:
        if exchange.error_kind:
            # error_kind is a technical word (timeout, connect, tls): shown as it is
            return translate("ExchangeModel", "No answer ({kind})").format(kind=exchange.error_kind)
        return translate("ExchangeModel", "No answer (network error)")
    return f"{exchange.status} {exchange.reason}".strip()


class _Bridge(QObject):
    """Log listeners may be called from any thread; Qt queues the signal to the GUI thread."""

    recorded = Signal(object)


def _listen(log: ExchangeLog, bridge: _Bridge) -> Callable[[], None]:
    """Subscribe so that a widget deleted without `detach()` can never break the sender that
    records an exchange: the listener removes itself instead."""
    done = False

    def unsubscribe() -> None:
        nonlocal done
        if not done:
            done = True
            with contextlib.suppress(ValueError):
                remove()

    def listener(exchange: Exchange) -> None:
        try:
            bridge.recorded.emit(exchange)
        except RuntimeError:  # the C++ object is gone
            unsubscribe()

    remove = log.subscribe(listener)
    bridge.destroyed.connect(lambda *_: unsubscribe())
    return unsubscribe


class ExchangeTableModel(QAbstractTableModel):
    def __init__(self, log: ExchangeLog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log = log
        self._rows: list[Exchange] = list(log)
        self._diagnoses: dict[int, Diagnosis] = {}
        self._bridge = _Bridge(self)
        self._bridge.recorded.connect(self._append)
        self._unsubscribe = _listen(log, self._bridge)

    def detach(self) -> None:
        """Stop listening to the log (the panel calls this when it goes away)."""
        self._unsubscribe()

    def _append(self, exchange: Exchange) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(exchange)
        self.endInsertRows()
        # The log is bounded and drops its oldest exchanges; so does the list.
        excess = len(self._rows) - max(len(self.log), 1)
        if excess > 0:
            self.beginRemoveRows(QModelIndex(), 0, excess - 1)
            for old in self._rows[:excess]:
                self._diagnoses.pop(old.id, None)
            del self._rows[:excess]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.log.clear()
        self._rows.clear()
        self._diagnoses.clear()
        self.endResetModel()

    def exchange(self, row: int) -> Exchange:
        return self._rows[row]

    def exchanges(self) -> list[Exchange]:
        return list(self._rows)

    def diagnosis(self, exchange: Exchange) -> Diagnosis:
        if exchange.id not in self._diagnoses:
            self._diagnoses[exchange.id] = diagnose(exchange)
        return self._diagnoses[exchange.id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate_marked("ExchangeModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ex = self._rows[index.row()]
        column = index.column()
        if role == EXCHANGE_ROLE:
            return ex
        severity = Severity.ERROR if ex.failed else worst(self.diagnosis(ex))
        if role == SEVERITY_ROLE:
            return severity
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ex, column, severity)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return severity_icon(severity) if severity is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and severity is not None:
            return severity_tint(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            when = date_and_clock(ex.started_at, milliseconds=True)
            headline = self.diagnosis(ex).headline
            return f"{when}\n{ex.method} {ex.url}\n{status_text(ex)}\n{headline}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(ex, column, severity)
            if severity is Severity.ERROR:
                return translate("ExchangeModel", "failed: {cell}").format(cell=text)
            if severity is Severity.WARNING:
                return translate("ExchangeModel", "warning: {cell}").format(cell=text)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(ex: Exchange, column: int, severity: Severity | None) -> str:
        if column == TIME:
            return clock(ex.started_at)
        if column == KIND:
            return translate("ExchangeModel", "Token") if ex.kind == "token" else "API"
        if column == METHOD:
            return ex.method
        if column == PATH:
            return ex.path
        if column == STATUS:
            marks = {Severity.ERROR: "✗ ", Severity.WARNING: "! "}
            return (marks.get(severity, "") if severity is not None else "") + status_text(ex)
        if column == DURATION:
            return milliseconds(ex.duration_ms) if ex.duration_ms is not None else ""
        return ""


def milliseconds(value: float) -> str:
    """`1,234 ms` with the locale's digit grouping ("ms" is the same in every language)."""
    return f"{QLocale().toString(round(value))} ms"


class Show(Enum):
    """What the list shows; the values are shown through `translate_marked("ExchangeModel", …)`."""

    ALL = translate_noop("ExchangeModel", "All exchanges")
    TOKEN = translate_noop("ExchangeModel", "Token requests")
    API = translate_noop("ExchangeModel", "API calls")
    PROBLEMS = translate_noop("ExchangeModel", "Failures and warnings")


class ExchangeFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = Show.ALL
        self._text = ""

    def set_show(self, show: Show) -> None:
        refilter(self, lambda: setattr(self, "_show", show))

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "_text", text.strip().lower()))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        ex: Exchange = model.data(index, EXCHANGE_ROLE)
        if self._show is Show.TOKEN and ex.kind != "token":
            return False
        if self._show is Show.API and ex.kind != "api":
            return False
        if self._show is Show.PROBLEMS and model.data(index, SEVERITY_ROLE) is None:
            return False
        if self._text:
            haystack = f"{ex.method} {ex.url} {status_text(ex)}".lower()
            return self._text in haystack
        return True
