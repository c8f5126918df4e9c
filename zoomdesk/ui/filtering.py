"""Re-filtering a proxy model after what it filters on changed, the same way on every Qt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply `change` (to the proxy's filter state) and filter the rows again. Qt 6.9+ wants the
    change between beginFilterChange() and endFilterChange() (invalidateFilter() is deprecated);
    older PySide6 has only invalidateRowsFilter()."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - older PySide6
        change()
        proxy.invalidateRowsFilter()
