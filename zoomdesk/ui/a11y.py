"""What keyboard and screen-reader users need from any widget, in one place (issue 16).

Qt's table views keep Tab inside the table (`tabKeyNavigation` is on for QTableView), which traps
keyboard users (WCAG 2.1.2); live texts held by QLabel are read by their fixed accessible name
only, so a screen reader never hears the message itself."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView


def tab_leaves(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move to the next control; the arrows move within the view."""
    view.setTabKeyNavigation(False)
