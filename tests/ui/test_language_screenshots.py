"""Screenshots in docs/ of the app in German and Japanese (issue 13): the main window with the
debug panel, the meeting form, and the request doctor, made from the real app against the
sandbox. Skipped unless ZOOMDESK_SCREENSHOTS names a folder; see docs/translating.md:

    ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest tests/ui/test_language_screenshots.py -q
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from .conftest import Desk
from .screenshots import only_when_asked, shoot
from .test_accessibility import PASTED
from .test_keyboard import open_debug_panel
from .test_meeting_actions import wait_form

pytestmark = only_when_asked
LANGUAGES = ("de", "ja")


@pytest.mark.parametrize("code", LANGUAGES)
def test_screenshot_main_window_with_debug_panel(
    code: str, ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(code)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.resize(1240, 740)
    open_debug_panel(desk)
    desk.page.table.setFocus()
    desk.page.table.selectRow(1)
    shoot(desk, desk.window, f"{code}-main")


@pytest.mark.parametrize("code", LANGUAGES)
def test_screenshot_meeting_form(
    code: str, ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(code)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.select("Product demo for APAC")
    desk.press(Qt.Key.Key_Return)
    form = wait_form(desk)
    shoot(desk, form, f"{code}-form")


@pytest.mark.parametrize("code", LANGUAGES)
def test_screenshot_doctor(
    code: str, ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(code)
    desk = open_desk(sandbox=True)
    desk.wait(lambda: desk.app.tools is not None)
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    doctor.set_text(PASTED)
    desk.wait(lambda: doctor.results)
    shoot(desk, doctor, f"{code}-doctor")
