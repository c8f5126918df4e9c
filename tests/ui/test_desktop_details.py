"""What makes it a desktop app: keyboard reachability, names for screen readers, a place for
panels, the palette, the icon, and leaving promptly even when the keyring hangs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from zoomdesk.ui.icons import app_icon

from .conftest import Desk


def test_every_action_has_a_shortcut_or_a_menu_with_a_mnemonic(sandbox_desk: Desk) -> None:
    window = sandbox_desk.window
    shortcuts = {
        window.new_action: QKeySequence(QKeySequence.StandardKey.New),
        window.delete_action: QKeySequence(QKeySequence.StandardKey.Delete),
        window.find_action: QKeySequence(QKeySequence.StandardKey.Find),
        window.quit_action: QKeySequence("Ctrl+Q"),
    }
    for action, keys in shortcuts.items():
        assert action.shortcut() == keys, action.text()
    assert QKeySequence("F5") in window.refresh_action.shortcuts()
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), f"{menu_action.text()} has no Alt+ mnemonic"


def test_every_control_has_a_name_for_screen_readers(sandbox_desk: Desk) -> None:
    window = sandbox_desk.window
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        has_text = isinstance(widget, QAbstractButton) and bool(widget.text())
        if not (widget.accessibleName() or has_text):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_tab_reaches_the_selectors_the_search_and_the_list(sandbox_desk: Desk) -> None:
    page = sandbox_desk.page
    page.host_combo.setFocus()
    reached = []
    for _ in range(3):
        sandbox_desk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [page.type_combo, page.search_edit, page.table]


def test_ctrl_q_closes_the_window_and_the_app_shuts_down(sandbox_desk: Desk) -> None:
    sandbox_desk.press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    sandbox_desk.wait(lambda: sandbox_desk.app.shut_down)
    assert not sandbox_desk.window.isVisible()
    assert not sandbox_desk.app.sandbox.running


def test_a_panel_added_later_is_toggled_from_the_view_menu(sandbox_desk: Desk) -> None:
    window = sandbox_desk.window
    dock = window.add_dock(QLabel("exchanges"), "HTTP exchanges")
    toggle = dock.toggleViewAction()
    assert toggle in window.view_menu.actions()
    assert window.panels_section.isVisible()
    assert dock.isVisible()
    toggle.trigger()
    assert not dock.isVisible()


def test_the_banner_follows_a_switch_to_a_dark_palette(sandbox_desk: Desk) -> None:
    banner = sandbox_desk.window.sandbox_banner
    light = banner.background()
    assert light.lightnessF() > 0.5
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QGuiApplication.palette()
    dark = QPalette(original)
    for role, color in (
        (QPalette.ColorRole.Window, QColor(30, 30, 30)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
    ):
        dark.setColor(role, color)
    try:
        app.setPalette(dark)
        sandbox_desk.qtbot.waitUntil(lambda: banner.background().lightnessF() < 0.5)
    finally:
        app.setPalette(original)


def test_the_application_icon_has_every_size(sandbox_desk: Desk) -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
    assert not sandbox_desk.window.windowIcon().isNull()


def test_closing_never_waits_for_a_keyring_stuck_on_an_unlock_prompt(
    zoomdesk_home: Path, tmp_path: Path
) -> None:
    """A keyring read that never returns: the window still closes and the process exits."""
    script = tmp_path / "stuck.py"
    script.write_text(
        textwrap.dedent(
            """
            import threading, time, sys
            import keyring
            from keyring.backend import KeyringBackend

            class Stuck(KeyringBackend):
                priority = 1
                def get_password(self, service, username):
                    threading.Event().wait()  # an unlock prompt nobody answers
                def set_password(self, *args): pass
                def delete_password(self, *args): pass

            keyring.set_keyring(Stuck())
            from zoomdesk.core.paths import AppPaths
            from zoomdesk.core.profiles import Profile, ProfileStore
            ProfileStore(AppPaths.default().profiles_file).put(Profile("Work", "acct", "client"))

            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication
            app = QApplication(sys.argv)

            def close_when_shown():
                for widget in app.topLevelWidgets():
                    if widget.objectName() == "mainWindow":
                        widget.close()

            QTimer.singleShot(1500, close_when_shown)
            from zoomdesk.ui.app import run_gui
            sys.exit(run_gui())
            """
        )
    )
    environment = {**os.environ, "ZOOMDESK_HOME": str(zoomdesk_home)}
    environment.pop("PYTHON_KEYRING_BACKEND", None)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(script)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 15


def test_the_window_module_loads_without_the_network_and_keyring_libraries() -> None:
    """They are imported after the window is shown, so it appears fast."""
    code = (
        "import sys, zoomdesk.ui.app, zoomdesk.ui.main_window;"
        "print(sorted(m for m in ('httpx', 'keyring', 'zoomdesk.sandbox') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_an_unknown_profile_on_the_command_line_is_explained(
    open_desk: Callable[..., Desk],
) -> None:
    desk = open_desk(profile="Nope")
    desk.wait(lambda: "Cannot connect" in desk.banner_text())
    assert "No profile named 'Nope'" in desk.banner_text()
    assert desk.window.message_banner.action_button("Add profile…") is not None
    assert desk.window.message_banner.action_button("Use the sandbox") is not None


def test_delete_and_copy_keep_their_meaning_in_the_search_box(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.select("Daily stand-up")
    search = desk.page.search_edit
    desk.qtbot.keyClicks(search, "standx")
    search.setFocus()
    desk.qtbot.keyClick(search, Qt.Key.Key_Left)
    desk.qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "stand"
    assert desk.app.actions.occurrence_dialog is None, "no delete confirmation"
