"""Starting zoomdesk: the welcome page on a first run, the sandbox one click away (and labelled
as not real Zoom everywhere), `--sandbox` straight into it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from zoomdesk import __version__

from .conftest import Desk

SEEDED = {
    "Weekly team sync",
    "Quarterly review with Finance",
    "Daily stand-up",
    "Monthly board briefing",
    "Product demo for APAC",
    "Open office hours",
    "All-hands (in progress)",
}


def test_a_first_run_without_credentials_welcomes_the_user(open_desk: Callable[..., Desk]) -> None:
    desk = open_desk()
    desk.wait(lambda: desk.window.current_page() == "welcome")
    assert desk.window.isVisible()
    assert desk.window.windowTitle() == "zoomdesk"
    assert not desk.window.sandbox_banner.isVisibleTo(desk.window)
    welcome = desk.window.welcome_page
    assert welcome.connect_button.text() == "Connect to Zoom…"
    assert welcome.sandbox_button.text() == "Explore with the sandbox"
    assert not desk.window.new_action.isEnabled()


def test_exploring_the_sandbox_lists_its_meetings_under_a_not_real_zoom_banner(
    open_desk: Callable[..., Desk],
) -> None:
    desk = open_desk()
    desk.wait(lambda: desk.window.current_page() == "welcome")
    desk.qtbot.mouseClick(desk.window.welcome_page.sandbox_button, Qt.MouseButton.LeftButton)
    desk.wait_loaded()
    assert desk.window.current_page() == "list"
    assert set(desk.topics()) >= SEEDED
    banner = desk.window.sandbox_banner
    assert banner.isVisibleTo(desk.window)
    assert "Sandbox — not real Zoom" in banner.text()
    assert "(Sandbox)" in desk.window.windowTitle()
    assert desk.window.status.connection_label.text() == "Sandbox — not real Zoom"
    assert desk.window.profile_combo.currentText() == "Sandbox (not real Zoom)"


def test_the_sandbox_flag_goes_straight_to_the_sandbox(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    assert desk.window.current_page() == "list"
    assert desk.app.sandbox is not None
    assert desk.window.sandbox_banner.isVisibleTo(desk.window)
    assert "Weekly team sync" in desk.topics()


def test_the_status_bar_shows_the_token_and_the_last_refresh(sandbox_desk: Desk) -> None:
    status = sandbox_desk.window.status
    assert status.token_label.text().startswith("Token valid")
    assert "meetings · updated" in status.refreshed_label.text()
    assert not status.progress.isVisibleTo(sandbox_desk.window)


def test_the_about_box_names_the_versions(sandbox_desk: Desk) -> None:
    sandbox_desk.window.about_action.trigger()
    about = next(w for w in sandbox_desk.window.findChildren(QMessageBox) if w.isVisible())
    text = about.text()
    assert f"zoomdesk {__version__}" in text
    assert "Qt 6." in text and "Python 3." in text
