"""Errors in async work reach the user (status bar and an inline banner with the details one
click away) and the log; they never vanish and never show as a traceback."""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from zoomdesk.core.errors import NetworkError
from zoomdesk.sandbox import Fault
from zoomdesk.ui.errors import describe, install_hooks

from .conftest import Desk


def test_a_failed_load_is_shown_with_details_and_logged(
    sandbox_desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    desk = sandbox_desk
    desk.app.sandbox.faults.add(
        Fault(kind="status", status=500, path=r"/meetings$", method="GET", times=None)
    )
    caplog.set_level(logging.WARNING, logger="zoomdesk.ui")
    desk.press(Qt.Key.Key_F5)
    desk.wait(lambda: desk.banner_text().startswith("Loading meetings failed: Zoom answered"))
    assert "HTTP 500" in desk.window.message_banner.details
    assert desk.window.statusBar().currentMessage().startswith("Loading meetings failed")
    assert any("Loading meetings failed" in r.getMessage() for r in caplog.records)
    assert not desk.window.status.progress.isVisibleTo(desk.window)

    desk.qtbot.mouseClick(desk.window.message_banner.details_button, Qt.MouseButton.LeftButton)
    box = next(w for w in desk.window.findChildren(QMessageBox) if w.isVisible())
    assert not box.isModal(), "the user can keep working with the details open"
    assert "HTTP 500" in box.detailedText()
    box.close()

    desk.app.sandbox.faults.clear()
    retry = desk.window.message_banner.action_button("Retry")
    assert retry is not None
    desk.app.meetings.loaded_at = None
    desk.qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    desk.wait_loaded()
    assert desk.banner_text() == "", "a retry that worked clears the message"
    assert "Weekly team sync" in desk.topics()


def test_an_expired_token_is_renewed_without_bothering_the_user(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.app.sandbox.state.expire_all_tokens()
    desk.reload()
    assert desk.banner_text() == ""
    assert desk.app.sandbox.count("POST", "/oauth/token") == 2


def test_uncaught_errors_become_a_message_not_a_traceback(qloop: Any) -> None:
    reported: list[BaseException] = []
    previous_hook = sys.excepthook
    restore = install_hooks(qloop, reported.append)
    try:
        try:
            raise ValueError("boom")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
        qloop.call_exception_handler(
            {"message": "Task exception was never retrieved", "exception": KeyError("lost")}
        )
        qloop.call_exception_handler(
            {"message": "cancelled", "exception": asyncio.CancelledError()}
        )
    finally:
        restore()
    assert [type(e) for e in reported] == [ValueError, KeyError]
    assert sys.excepthook is previous_hook
    problem = describe(reported[0])
    assert problem.message.startswith("Something unexpected went wrong.")
    assert "ValueError" not in problem.message  # developer words stay behind "Details"
    assert "Traceback" in problem.details and "ValueError: boom" in problem.details


def test_errors_inside_a_task_group_are_described_by_their_cause() -> None:
    group = ExceptionGroup("unhandled errors in a TaskGroup", [NetworkError("dns", "no host")])
    assert describe(group).message.startswith("This computer could not find Zoom's server.")


def test_network_and_keyring_failures_are_told_in_staff_words_with_details_behind() -> None:
    from zoomdesk.core.secrets import KeyringUnavailable

    dns = NetworkError(
        "dns", "[Errno -2] Name or service not known", method="POST", url="https://zoom.us/oauth"
    )
    problem = describe(dns)
    for developer_word in ("dns", "Errno", "https://", "POST"):
        assert developer_word not in problem.message
    assert "[Errno -2] Name or service not known" in problem.details
    keyring = describe(KeyringUnavailable("keyring.backends.fail.Keyring"))
    assert "keyring.backends" not in keyring.message
    assert "ZOOM_CLIENT_SECRET" not in keyring.message
    assert "keyring.backends.fail.Keyring" in keyring.details
