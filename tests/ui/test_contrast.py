"""Contrast (issue 16, items 7-8): every colour the app derives for text, focus and control parts
reads on its background with WCAG 2.1's ratio (4.5:1 text, 3:1 focus and borders) in a light
and a dark palette, including the palettes the audit measured; the current cell's ring shows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleFactory, QTableView

from zoomdesk.ui.a11y import for_keyboard
from zoomdesk.ui.palette import (
    contrast,
    error_color,
    focus_color,
    mask_color,
    muted_color,
    readable_placeholders,
)

Role = QPalette.ColorRole


def themed(window: str, base: str, text: str, placeholder: str, highlight: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role, colour in (
        (Role.Window, window),
        (Role.Base, base),
        (Role.WindowText, text),
        (Role.Text, text),
        (Role.PlaceholderText, placeholder),
        (Role.Highlight, highlight),
        (Role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def palettes() -> dict[str, QPalette]:
    fusion = QStyleFactory.create("Fusion").standardPalette()
    return {
        "Fusion light": fusion,
        # What the audit measured: hints #767676 on #ECECEC, errors #DB5757 on #323232.
        "audit light": themed("#ECECEC", "#FFFFFF", "#000000", "#767676", "#308CC6"),
        "audit dark": themed("#323232", "#1E1E1E", "#FFFFFF", "#8A8A8A", "#2A5F8A"),
        "Breeze dark": themed("#2A2E32", "#1B1E20", "#FCFCFC", "#7F8C8D", "#3DAEE9"),
    }


@pytest.fixture(params=list(palettes()))
def palette(request: Any, qapp: QApplication) -> QPalette:
    return readable_placeholders(palettes()[request.param])


def test_errors_hints_counters_and_placeholders_read_at_4_5_to_1(palette: QPalette) -> None:
    for ground in (palette.color(Role.Window), palette.color(Role.Base)):
        assert contrast(error_color(palette), ground) >= 4.5
        assert contrast(muted_color(palette), ground) >= 4.5
        assert contrast(palette.color(Role.PlaceholderText), ground) >= 4.5


def test_the_secret_mask_is_a_visible_bar_not_the_text_colour(palette: QPalette) -> None:
    bar = mask_color(palette)
    assert contrast(bar, palette.color(Role.Base)) >= 3.0
    assert bar != palette.color(Role.Text)


def test_the_focus_ring_reads_at_3_to_1_in_plain_and_selected_rows(palette: QPalette) -> None:
    assert contrast(focus_color(palette), palette.color(Role.Base)) >= 3.0
    assert contrast(focus_color(palette, selected=True), palette.color(Role.Highlight)) >= 3.0


def test_placeholders_stay_paler_than_the_text(palette: QPalette) -> None:
    text, base = palette.color(Role.Text), palette.color(Role.Base)
    assert contrast(palette.color(Role.PlaceholderText), base) < contrast(text, base)


def test_the_current_cell_of_a_table_is_drawn_with_the_ring(qtbot: Any) -> None:
    model = QStandardItemModel(3, 2)
    for row in range(3):
        for column in range(2):
            model.setItem(row, column, QStandardItem(""))
    view = QTableView()
    view.setModel(model)
    for_keyboard(view)
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    qtbot.waitUntil(view.hasFocus)
    rect = view.visualRect(model.index(1, 0))
    image = view.viewport().grab().toImage()
    ring = image.pixelColor(rect.left() + 1, rect.center().y())
    expected = focus_color(view.palette(), selected=True)
    plain = focus_color(view.palette())
    assert ring.rgb() in (expected.rgb(), plain.rgb()), ring.name()
    assert view.tabKeyNavigation() is False
    assert Qt.FocusPolicy.TabFocus & view.focusPolicy()
