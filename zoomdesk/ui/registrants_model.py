"""A meeting's registrants as a Qt table model, and the proxy that filters them by status and by
what the user searches for. One model for thousands of rows (Zoom allows 4,999 registrants):
never a widget per row."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from zoomdesk.core.i18n import dates, translate_marked, translate_noop
from zoomdesk.core.models import Json
from zoomdesk.core.scheduler_api import REGISTRANT_STATUSES
from zoomdesk.ui.filtering import refilter

# Shown through translate_marked("RegistrantsModel", …).
COLUMNS = (
    translate_noop("RegistrantsModel", "Name"),
    translate_noop("RegistrantsModel", "Email"),
    translate_noop("RegistrantsModel", "Status"),
    translate_noop("RegistrantsModel", "Organisation"),
    translate_noop("RegistrantsModel", "Registered"),
)
STATUS_LABELS = {
    "pending": translate_noop("RegistrantsModel", "Pending"),
    "approved": translate_noop("RegistrantsModel", "Approved"),
    "denied": translate_noop("RegistrantsModel", "Denied"),
}
EXPORT_FIELDS = ("email", "first_name", "last_name", "status", "org", "job_title", "create_time")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the registrant's JSON object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a column sorts by (ISO time, not its display)
Index = QModelIndex | QPersistentModelIndex


def full_name(registrant: Json) -> str:
    return f"{registrant.get('first_name', '')} {registrant.get('last_name', '')}".strip()


def registered_at(registrant: Json) -> str:
    """Zoom's `create_time` (UTC, ISO 8601) in the user's time zone, as the locale writes a
    date and time (`Mon, Nov 30, 2026 9:30 AM`); text Zoom sent otherwise is shown as it is."""
    text = str(registrant.get("create_time") or "")
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return dates().datetime(when.astimezone())


class RegistrantsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.registrants: list[Json] = []

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.registrants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate_marked("RegistrantsModel", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        registrant = self.registrants[index.row()]
        if role == ROW_ROLE:
            return registrant
        if role == SORT_ROLE:
            if index.column() == 4:
                return str(registrant.get("create_time") or "")  # ISO 8601 sorts as text
            role = Qt.ItemDataRole.DisplayRole
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return full_name(registrant)
            if column == 1:
                return str(registrant.get("email", ""))
            if column == 2:
                status = str(registrant.get("status", ""))
                return translate_marked("RegistrantsModel", STATUS_LABELS.get(status, status))
            if column == 3:
                return str(registrant.get("org", ""))
            return registered_at(registrant)
        return None

    # --- changes -------------------------------------------------------------------------

    def set_registrants(self, registrants: Iterable[Json]) -> None:
        self.beginResetModel()
        self.registrants = [dict(r) for r in registrants]
        self.endResetModel()

    def add(self, registrant: Json) -> None:
        at = len(self.registrants)
        self.beginInsertRows(QModelIndex(), at, at)
        self.registrants.append(dict(registrant))
        self.endInsertRows()

    def set_status(self, ids: set[str], status: str) -> None:
        for row, registrant in enumerate(self.registrants):
            if registrant.get("id") in ids:
                registrant["status"] = status
                changed = self.index(row, 2)
                self.dataChanged.emit(changed, changed)

    def remove(self, ids: set[str]) -> None:
        for row in reversed(range(len(self.registrants))):
            if self.registrants[row].get("id") in ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.registrants[row]
                self.endRemoveRows()

    def counts(self) -> Counter[str]:
        return Counter(str(r.get("status", "")) for r in self.registrants)

    def to_csv(self, registrants: Iterable[Json] | None = None) -> str:
        """The registrants as a CSV that `registrants import` reads back (plus status)."""
        out = io.StringIO()
        writer = csv.DictWriter(out, EXPORT_FIELDS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for registrant in self.registrants if registrants is None else registrants:
            writer.writerow({k: registrant.get(k, "") for k in EXPORT_FIELDS})
        return out.getvalue()


class RegistrantsFilter(QSortFilterProxyModel):
    """Shows one status (or all) and the rows whose name, email or organisation match."""

    def __init__(self, model: RegistrantsModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.status: str | None = REGISTRANT_STATUSES[0]
        self.words: list[str] = []

    def set_status(self, status: str | None) -> None:
        refilter(self, lambda: setattr(self, "status", status))

    def set_search(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "words", text.casefold().split()))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegistrantsModel)
        registrant = model.registrants[row]
        if self.status is not None and registrant.get("status") != self.status:
            return False
        if not self.words:
            return True
        haystack = " ".join(
            (
                full_name(registrant),
                str(registrant.get("email", "")),
                str(registrant.get("org", "")),
            )
        ).casefold()
        return all(word in haystack for word in self.words)

    def shown(self) -> list[Json]:
        return [self.index(row, 0).data(ROW_ROLE) for row in range(self.rowCount())]
