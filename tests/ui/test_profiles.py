"""Connecting to a Zoom account: the profile dialog, "Test connection" with every way it can
fail, the secret in the keyring (never in a file), and the "this session only" fallback."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from zoomdesk.sandbox import Fault, Sandbox
from zoomdesk.ui.profile_dialog import ProfileDialog

from .conftest import Desk

SECRET = "sandbox-client-secret"


def open_dialog(desk: Desk) -> ProfileDialog:
    desk.wait(lambda: desk.window.current_page() == "welcome")
    desk.qtbot.mouseClick(desk.window.welcome_page.connect_button, Qt.MouseButton.LeftButton)
    dialog = desk.app.profiles.dialog
    assert isinstance(dialog, ProfileDialog)
    desk.wait(dialog.isVisible)
    return dialog


def fill(
    desk: Desk,
    dialog: ProfileDialog,
    sandbox: Any,
    *,
    name: str = "Work",
    account: str = "sandbox-account",
    secret: str = SECRET,
    oauth_url: str | None = None,
) -> None:
    """Type into the fields the way a person does (the region first: it enables the URLs)."""
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("custom"))
    for edit, text in (
        (dialog.name_edit, name),
        (dialog.oauth_edit, oauth_url or sandbox.url),
        (dialog.account_edit, account),
        (dialog.client_edit, "sandbox-client-id"),
        (dialog.secret_edit, secret),
    ):
        edit.clear()
        desk.qtbot.keyClicks(edit, text)


def test_connection(desk: Desk, dialog: ProfileDialog) -> str:
    dialog.test_result.clear()
    desk.qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: dialog.test_result.text()[:1] in ("✔", "✘"))
    return dialog.test_result.text()


test_connection.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def files_containing(root: Path, text: str) -> list[Path]:
    return [
        path for path in root.rglob("*") if path.is_file() and text.encode() in path.read_bytes()
    ]


def test_the_region_decides_the_base_urls(open_desk: Callable[..., Desk]) -> None:
    dialog = open_dialog(open_desk())
    assert dialog.region_combo.currentData() == "global"
    assert dialog.oauth_edit.text() == "https://zoom.us" and not dialog.oauth_edit.isEnabled()
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("gov"))
    assert dialog.oauth_edit.text() == "https://zoomgov.com"
    assert dialog.api_edit.text() == "https://api.zoomgov.com/v2"
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("custom"))
    assert dialog.oauth_edit.isEnabled() and dialog.api_edit.isEnabled()


def test_the_secret_is_masked_until_revealed(open_desk: Callable[..., Desk]) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    desk.qtbot.keyClicks(dialog.secret_edit, "s3cret")
    assert dialog.secret_edit.echoMode() == dialog.secret_edit.EchoMode.Password
    desk.qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert dialog.secret_edit.echoMode() == dialog.secret_edit.EchoMode.Normal
    assert dialog.reveal_button.text() == "Hide"


def test_a_successful_test_shows_the_scopes_and_is_logged(
    open_desk: Callable[..., Desk], sandbox: Any
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    fill(desk, dialog, sandbox)
    result = test_connection(desk, dialog)
    assert result.startswith("✔ Connected. Zoom issued an access token valid for 60 minutes.")
    assert "meeting:read:list_meetings:admin" in result
    assert "All scopes zoomdesk needs are granted." in result
    assert desk.app.services is not None
    tokens = [e for e in desk.app.services.log if e.kind == "token"]
    assert tokens and tokens[-1].status == 200


def test_missing_scopes_are_named(open_desk: Callable[..., Desk]) -> None:
    narrow = Sandbox(scopes=["meeting:read:list_meetings:admin"]).start()
    try:
        desk = open_desk()
        dialog = open_dialog(desk)
        fill(desk, dialog, narrow)
        result = test_connection(desk, dialog)
    finally:
        narrow.stop()
    assert result.startswith("✘ Connected.")  # it works, but not for everything
    assert "Missing scopes:" in result
    assert "meeting:write:meeting:admin" in result


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("wrong secret", ["invalid_client", "did not accept the client ID or client secret"]),
        ("wrong account", ["invalid_request", "Check the account ID"]),
        ("token endpoint down", ["HTTP 503", "sign-in service is unavailable"]),
        ("connection refused", ["Could not reach", "connection refused"]),
    ],
)
def test_a_failed_test_says_exactly_what_went_wrong(
    open_desk: Callable[..., Desk], sandbox: Any, case: str, expected: list[str]
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    options: dict[str, str] = {}
    if case == "wrong secret":
        options["secret"] = "not-the-secret"
    elif case == "wrong account":
        options["account"] = "someone-elses-account"
    elif case == "token endpoint down":
        sandbox.faults.add(Fault(kind="token_endpoint_down"))
    else:
        options["oauth_url"] = closed_port_url()
    fill(desk, dialog, sandbox, **options)
    result = test_connection(desk, dialog)
    assert result.startswith("✘")
    for text in expected:
        assert text in result
    assert dialog.isVisible(), "a failed test keeps everything typed"
    assert dialog.account_edit.text() == options.get("account", "sandbox-account")


def test_fields_are_checked_before_anything_is_sent(
    open_desk: Callable[..., Desk], sandbox: Any
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("custom"))
    dialog.oauth_edit.clear()
    desk.qtbot.keyClicks(dialog.oauth_edit, "http://zoom.example.com")
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error("name") == "Enter a name for this profile."
    assert dialog.error("account_id") == "Enter the account ID."
    assert dialog.error("client_secret") == "Enter the client secret."
    assert "https://" in dialog.error("oauth_url")
    assert sandbox.count("POST", "/oauth/token") == 0
    assert dialog.isVisible()


def test_saving_puts_the_secret_in_the_keyring_only_and_connects(
    open_desk: Callable[..., Desk], sandbox: Any, memory_keyring: Any, zoomdesk_home: Path
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    fill(desk, dialog, sandbox)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    desk.wait_loaded()
    assert desk.app.profiles.dialog is None, "the dialog closed"
    assert memory_keyring.store == {("zoomdesk", "Work"): SECRET}
    assert "Weekly team sync" in desk.topics()
    assert desk.window.windowTitle() == "Work — zoomdesk"
    assert desk.window.profile_combo.currentText() == "Work"
    assert not desk.window.sandbox_banner.isVisibleTo(desk.window)
    desk.close()  # settings and logs are written
    assert (zoomdesk_home / "config" / "profiles.json").exists()
    assert files_containing(zoomdesk_home, SECRET) == []


def test_without_a_keyring_the_secret_can_be_used_for_this_session_only(
    open_desk: Callable[..., Desk], sandbox: Any, no_keyring: None, zoomdesk_home: Path
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    fill(desk, dialog, sandbox)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    banner = dialog.keyring_banner
    desk.wait(banner.isVisible)
    assert "no password store (keyring)" in banner.text()
    assert "keyring.backends" not in banner.text()  # developer words only under Details
    assert "No usable system keyring" in banner.details
    assert "never stores the secret in a file" in banner.details
    session_only = banner.action_button("Use for this session only")
    assert session_only is not None
    desk.qtbot.mouseClick(session_only, Qt.MouseButton.LeftButton)
    desk.wait_loaded()
    assert "Weekly team sync" in desk.topics()
    assert desk.app.services is not None
    assert desk.app.services.secrets.session == {"Work": SECRET}
    desk.close()
    assert files_containing(zoomdesk_home, SECRET) == []


def test_next_time_without_a_keyring_the_user_is_asked_for_the_secret_again(
    open_desk: Callable[..., Desk], sandbox: Any, no_keyring: None
) -> None:
    first = open_desk()
    dialog = open_dialog(first)
    fill(first, dialog, sandbox)
    first.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    first.wait(dialog.keyring_banner.isVisible)
    button = dialog.keyring_banner.action_button("Use for this session only")
    assert button is not None
    first.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first.wait_loaded()
    first.close()

    again = open_desk()
    again.wait(lambda: "Cannot connect" in again.banner_text())
    assert "no password store (keyring)" in again.banner_text()
    assert "No usable system keyring" in again.window.message_banner.details
    enter = again.window.message_banner.action_button("Enter secret…")
    assert enter is not None
    again.qtbot.mouseClick(enter, Qt.MouseButton.LeftButton)
    dialog = again.app.profiles.dialog
    assert isinstance(dialog, ProfileDialog)
    assert dialog.name_edit.text() == "Work"
    assert dialog.secret_edit.text() == ""


def test_profiles_can_be_switched_renamed_and_removed(
    open_desk: Callable[..., Desk], sandbox: Any, memory_keyring: Any
) -> None:
    other = Sandbox(seed=False).start()
    other.state.add_user("solo@example.com", "Solo", "Owner")
    try:
        desk = open_desk()
        dialog = open_dialog(desk)
        fill(desk, dialog, sandbox, name="Work")
        desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        desk.wait_loaded()
        desk.window.add_profile_action.trigger()
        second = desk.app.profiles.dialog
        assert isinstance(second, ProfileDialog) and second is not dialog
        fill(desk, second, other, name="Empty account")
        desk.app.meetings.loaded_at = None
        desk.qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
        desk.wait(lambda: desk.window.windowTitle() == "Empty account — zoomdesk")
        desk.wait_loaded()
        assert desk.topics() == []

        combo = desk.window.profile_combo
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Empty account",
            "Work",
            "Sandbox (not real Zoom)",
        ]
        desk.app.meetings.loaded_at = None
        combo.setCurrentIndex(combo.findText("Work"))
        combo.activated.emit(combo.currentIndex())
        desk.wait_loaded()
        assert "Weekly team sync" in desk.topics()
        assert desk.app.settings.last_profile == "Work"

        desk.window.edit_profile_action.trigger()
        edit = desk.app.profiles.dialog
        assert isinstance(edit, ProfileDialog)
        assert edit.account_edit.text() == "sandbox-account"
        assert edit.secret_edit.text() == "", "a stored secret is never shown"
        edit.name_edit.clear()
        desk.qtbot.keyClicks(edit.name_edit, "Head office")
        desk.qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
        desk.wait(lambda: desk.window.windowTitle() == "Head office — zoomdesk")
        assert memory_keyring.store[("zoomdesk", "Head office")] == SECRET
        assert ("zoomdesk", "Work") not in memory_keyring.store

        desk.window.remove_profile_action.trigger()
        box = desk.app.profiles.remove_box
        assert isinstance(box, QMessageBox)
        remove = next(b for b in box.buttons() if b.text() == "&Remove")
        desk.qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        desk.wait(lambda: ("zoomdesk", "Head office") not in memory_keyring.store)
        assert desk.app.services is not None
        assert list(desk.app.services.profiles.load().profiles) == ["Empty account"]
    finally:
        other.stop()
