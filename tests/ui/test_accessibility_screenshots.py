"""Dark-theme screenshots in docs/ (issue 16), made from the real app against the sandbox with a
dark application palette. Skipped unless ZOOMDESK_SCREENSHOTS names a folder; see
docs/accessibility.md:

    ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest tests/ui/test_accessibility_screenshots.py -q
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .conftest import Desk
from .test_accessibility import PASTED
from .test_keyboard import open_debug_panel
from .test_meeting_actions import wait_form
from .test_profiles import open_dialog

FOLDER = os.environ.get("ZOOMDESK_SCREENSHOTS", "")
pytestmark = pytest.mark.skipif(not FOLDER, reason="set ZOOMDESK_SCREENSHOTS=folder to make them")


def dark_palette() -> QPalette:
    """A dark system theme as KDE Breeze Dark and GNOME's Adwaita dark give Qt apps."""
    role = QPalette.ColorRole
    palette = QPalette(QColor("#31363b"))
    for which, colour in (
        (role.Window, "#31363b"),
        (role.WindowText, "#eff0f1"),
        (role.Base, "#1b1e20"),
        (role.AlternateBase, "#232629"),
        (role.Text, "#eff0f1"),
        (role.Button, "#31363b"),
        (role.ButtonText, "#eff0f1"),
        (role.Highlight, "#3daee9"),
        (role.HighlightedText, "#1b1e20"),
        (role.PlaceholderText, "#7f8c8d"),
        (role.ToolTipBase, "#31363b"),
        (role.ToolTipText, "#eff0f1"),
        (role.Link, "#1d99f3"),
    ):
        palette.setColor(which, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


def shoot(desk: Desk, widget: QWidget, name: str) -> None:
    desk.qtbot.wait(300)  # let the last paints arrive
    assert widget.grab().save(str(Path(FOLDER) / f"screenshot-dark-{name}.png"))


def test_screenshot_dark_main_window_with_debug_panel(
    dark: None, open_desk: Callable[..., Desk]
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.resize(1240, 740)
    open_debug_panel(desk)
    desk.page.table.setFocus()
    desk.page.table.selectRow(1)
    shoot(desk, desk.window, "main")


def test_screenshot_dark_meeting_form(dark: None, open_desk: Callable[..., Desk]) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    shoot(desk, form, "form")


def test_screenshot_dark_profile_errors(dark: None, open_desk: Callable[..., Desk]) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shoot(desk, dialog, "profile-errors")


def test_screenshot_dark_doctor_with_a_masked_secret(
    dark: None, open_desk: Callable[..., Desk]
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait(lambda: desk.app.tools is not None)
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    doctor.set_text(PASTED)
    desk.wait(lambda: doctor.results)
    shoot(desk, doctor, "doctor")
