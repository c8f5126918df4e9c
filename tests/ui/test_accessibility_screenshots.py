"""Dark-theme screenshots in docs/ (issue 16), made from the real app against the sandbox with a
dark application palette. Skipped unless ZOOMDESK_SCREENSHOTS names a folder; see
docs/accessibility.md:

    ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest tests/ui/test_accessibility_screenshots.py -q
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .conftest import Desk
from .screenshots import only_when_asked, shoot
from .test_accessibility import PASTED
from .test_keyboard import open_debug_panel
from .test_meeting_actions import wait_form
from .test_profiles import open_dialog

pytestmark = only_when_asked


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


def test_screenshot_dark_main_window_with_debug_panel(
    dark: None, open_desk: Callable[..., Desk]
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.resize(1240, 740)
    open_debug_panel(desk)
    desk.page.table.setFocus()
    desk.page.table.selectRow(1)
    shoot(desk, desk.window, "dark-main")


def test_screenshot_dark_meeting_form(dark: None, open_desk: Callable[..., Desk]) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    shoot(desk, form, "dark-form")


def test_screenshot_dark_profile_errors(dark: None, open_desk: Callable[..., Desk]) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shoot(desk, dialog, "dark-profile-errors")


def test_screenshot_dark_doctor_with_a_masked_secret(
    dark: None, open_desk: Callable[..., Desk]
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait(lambda: desk.app.tools is not None)
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    doctor.set_text(PASTED)
    desk.wait(lambda: doctor.results)
    shoot(desk, doctor, "dark-doctor")
