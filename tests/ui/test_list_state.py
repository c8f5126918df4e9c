"""What the list and the status bar say while and after meetings load (issue 14, items 11 and
22): the count follows creates and deletes, "ready" means rows on screen, a connection that
cannot be reached says so, and a new profile that cannot connect does not replace the current
connection."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from zoomdesk.sandbox import Fault

from .conftest import Desk
from .test_meeting_actions import confirm_dialog, wait_form
from .test_profiles import fill


def count_text(desk: Desk) -> str:
    return desk.window.status.refreshed_label.text().split(" · ")[0]


def test_the_status_bar_count_follows_a_create_and_a_delete(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    before = desk.page.proxy.rowCount()
    assert count_text(desk) == f"{before} meetings"

    desk.select("Quarterly review with Finance")
    desk.window.duplicate_action.trigger()
    form = wait_form(desk)
    form.fields.topic_edit.setText("Quarterly review, second round")
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Quarterly review, second round" in desk.topics())
    assert count_text(desk) == f"{before + 1} meetings"

    desk.select("Quarterly review with Finance")
    desk.window.delete_action.trigger()
    desk.qtbot.mouseClick(confirm_dialog(desk).confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "Quarterly review with Finance" not in desk.topics())
    assert count_text(desk) == f"{before} meetings"


def test_the_smoke_test_is_ready_at_the_first_rows_not_at_an_empty_first_page(
    zoomdesk_home: Path, sandbox: Any
) -> None:
    first, *others = sandbox.state.users
    for meeting in [m for m in sandbox.state.meetings.values() if m["host_id"] == first["id"]]:
        sandbox.state.delete_meeting(meeting["id"])
    slow = "|".join(user["id"] for user in others)
    sandbox.faults.add(Fault(kind="delay", seconds=1.5, path=f"/users/({slow})/meetings"))
    env = {
        **os.environ,
        "ZOOMDESK_HOME": str(zoomdesk_home),
        "QT_QPA_PLATFORM": "offscreen",
        "ZOOM_ACCOUNT_ID": "sandbox-account",
        "ZOOM_CLIENT_ID": "sandbox-client-id",
        "ZOOM_CLIENT_SECRET": "sandbox-client-secret",
        "ZOOMDESK_OAUTH_URL": sandbox.url,
    }
    done = subprocess.run(
        [sys.executable, "-m", "zoomdesk", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        check=False,
    )
    result = json.loads(done.stdout)
    assert done.returncode == 0, done.stderr
    assert result["meetings"] >= 1  # not 0: the first host's empty page is not "ready"


@pytest.fixture
def unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    for name, value in {
        "ZOOM_ACCOUNT_ID": "acct",
        "ZOOM_CLIENT_ID": "client",
        "ZOOM_CLIENT_SECRET": "secret-value",
        "ZOOMDESK_OAUTH_URL": f"http://127.0.0.1:{closed}",
    }.items():
        monkeypatch.setenv(name, value)


def test_an_unreachable_connection_says_the_list_could_not_load(
    open_desk: Callable[..., Desk], unreachable: None
) -> None:
    desk = open_desk()
    desk.wait(lambda: desk.banner_text() != "")
    desk.wait(lambda: not desk.app.meetings.is_loading())
    assert "could not be loaded" in desk.page.table.placeholder
    assert not desk.window.status.progress_label.isVisible()


def test_a_new_meeting_without_the_users_list_says_whom_it_is_for(
    open_desk: Callable[..., Desk], unreachable: None
) -> None:
    desk = open_desk()
    desk.wait(lambda: desk.banner_text() != "")
    desk.window.new_action.trigger()
    form = wait_form(desk)
    assert form.fields.host_combo.currentData() == "me"
    assert "users could not be read" in form.fields.host_row.hint


def test_a_saved_profile_that_cannot_connect_keeps_the_current_connection(
    sandbox_desk: Desk, memory_keyring: Any
) -> None:
    desk = sandbox_desk
    desk.app.profiles.open_dialog(None)
    dialog = desk.app.profiles.dialog
    assert dialog is not None
    fill(desk, dialog, desk.app.sandbox, name="Typo", secret="not-the-secret")
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: "“Typo” was saved" in desk.banner_text())
    assert "stays on the current connection" in desk.banner_text()
    assert desk.app.session is not None and desk.app.session.sandbox
    assert "Weekly team sync" in desk.topics()
