"""Any screen (issue 16, item 9): every window opens inside the screen's available area with its
buttons on screen, on a 1366x768 screen at 100% and a 1920x1080 screen at 150% (1280x720
logical); opening the debug panel does not grow the main window. The available area is the
one thing mocked: the offscreen platform has one fixed screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

from zoomdesk.ui import screen_fit

from .conftest import Desk
from .test_keyboard import open_debug_panel
from .test_meeting_actions import wait_form
from .test_profiles import open_dialog

TASKBAR = 40  # physical pixels
SCREENS = {
    "1366x768 at 100%": QRect(0, 0, 1366, 768 - TASKBAR),
    "1920x1080 at 150%": QRect(0, 0, 1280, int((1080 - TASKBAR) / 1.5)),
}


@pytest.fixture(params=list(SCREENS))
def area(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    rect = SCREENS[request.param]
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: rect)
    return rect


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, area: QRect) -> None:
    size = window.frameGeometry().size()
    assert size.width() <= area.width() and size.height() <= area.height(), (
        f"{window.windowTitle()!r} is {size.toTuple()} on {area.size().toTuple()}"
    )
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window and not in_scroll_area(button):
            rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            assert inside.contains(rect), (
                f"{button.text()!r} is cut off in {window.windowTitle()!r}"
            )


def test_the_main_window_fits_and_the_debug_panel_does_not_grow_it(
    open_desk: Callable[..., Desk], area: QRect
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    assert_fits(desk.window, area)
    height = desk.window.height()
    open_debug_panel(desk)
    desk.qtbot.wait(0)
    assert desk.window.height() <= max(height, area.height())
    assert_fits(desk.window, area)


def test_the_meeting_form_fits_with_save_and_cancel_on_screen(
    open_desk: Callable[..., Desk], area: QRect
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = wait_form(desk)
    assert_fits(form, area)
    assert form.save_button.isVisible()


def test_the_doctor_fits(open_desk: Callable[..., Desk], area: QRect) -> None:
    desk = open_desk(sandbox=True)
    desk.wait(lambda: desk.app.tools is not None)
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    desk.wait(doctor.isVisible)
    assert_fits(doctor, area)


def test_the_profile_dialog_fits_even_with_every_error_shown(
    open_desk: Callable[..., Desk], area: QRect
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error("account_id")
    assert_fits(dialog, area)


def test_the_profile_fields_keep_their_height_when_errors_appear(
    open_desk: Callable[..., Desk],
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    before = dialog.account_edit.height()
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    desk.qtbot.wait(0)
    assert dialog.account_edit.height() == before
