"""Token status in the debug panel: scopes (and missing ones), expiry, api_url, a button for a
new token, and revealing a secret only on deliberate request."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.debug.conftest import SECRET
from tests.debug.ui_support import Session, visible_text
from zoomdesk.sandbox import Sandbox
from zoomdesk.ui.debug import DebugPanel
from zoomdesk.ui.debug import reveal as reveal_module
from zoomdesk.ui.debug.reveal import RevealWindow


def make_panel(qtbot: Any, session: Session) -> DebugPanel:
    panel = DebugPanel(session.log, lambda: session.provider)
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.fixture
def session(qtbot: Any, qloop: Any, sandbox: Any) -> Iterator[Session]:
    s = Session(qtbot, sandbox)
    yield s
    s.close()


def test_before_the_first_call_it_says_a_token_comes_with_it(qtbot: Any, session: Session):
    panel = make_panel(qtbot, session)
    status = panel.token_status
    assert "No token yet" in status.state_label.text()
    assert "client ID sandbox-client-id" in status.details_label.text()


def test_a_token_shows_its_expiry_scopes_api_url_and_issue_time(qtbot: Any, session: Session):
    panel = make_panel(qtbot, session)
    status = panel.token_status
    session.token()
    qtbot.waitUntil(lambda: "Valid" in status.state_label.text(), timeout=3000)
    assert re.search(r"expires in (59|60):\d\d", status.state_label.text())
    assert f"api_url: {session.sandbox.url}" in status.details_label.text()
    assert (
        "issued" in status.details_label.text() and "lifetime 60 min" in status.details_label.text()
    )
    assert "meeting:write:meeting:admin" in status.scopes_label.text()
    assert "granular" in status.scopes_label.text()
    assert "Nothing missing" in status.missing_label.text()


def test_missing_scopes_are_listed_with_what_they_are_needed_for(qtbot: Any, qloop: Any):
    box = Sandbox(scopes=["user:read:list_users:admin", "meeting:read:list_meetings:admin"])
    box.start()
    session = Session(qtbot, box)
    try:
        panel = make_panel(qtbot, session)
        status = panel.token_status
        session.token()
        qtbot.waitUntil(lambda: "Missing" in status.missing_label.text(), timeout=3000)
        text = status.missing_label.text()
        assert "meeting:write:meeting:admin (to create meeting)" in text
        assert "user:read:list_users:admin" not in text
    finally:
        session.close()
        box.stop()


def test_get_a_new_token_asks_zoom_again_and_the_exchange_is_listed(qtbot: Any, session: Session):
    panel = make_panel(qtbot, session)
    session.token()
    panel.token_status.new_token_button.click()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(
        lambda: panel.token_status.message_label.text() == "Got a new token.", timeout=5000
    )


def test_a_refused_new_token_is_explained_next_to_the_button(qtbot: Any, qloop: Any, sandbox: Any):
    session = Session(qtbot, sandbox, secret="not-the-secret")
    try:
        panel = make_panel(qtbot, session)
        panel.token_status.new_token_button.click()
        status = panel.token_status
        qtbot.waitUntil(lambda: "invalid_client" in status.message_label.text(), timeout=5000)
        assert "with its diagnosis" in status.message_label.text()
        panel.table.setCurrentIndex(panel.proxy.index(0, 0))
        assert "client ID or client secret" in panel.detail.diagnosis_view.plain_text
    finally:
        session.close()


def test_revealing_the_secret_needs_a_confirmation_and_hides_itself(
    qtbot: Any, session: Session, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(reveal_module, "SHOWN_FOR", 1)
    panel = make_panel(qtbot, session)
    status = panel.token_status
    assert SECRET not in visible_text(panel)

    status.reveal_secret_action.trigger()
    box = status.findChildren(QMessageBox)[-1]
    assert box.isVisible() and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not status.reveal_windows and SECRET not in visible_text(panel)

    status.reveal_secret_action.trigger()
    box = [b for b in status.findChildren(QMessageBox) if b.isVisible()][-1]
    box.button(QMessageBox.StandardButton.Yes).click()
    [window] = status.reveal_windows
    assert isinstance(window, RevealWindow) and window.field.text() == SECRET
    qtbot.waitUntil(lambda: not status.reveal_windows, timeout=5000)
    assert all(SECRET not in str(ex) for ex in session.log)


def test_the_access_token_can_be_revealed_only_once_there_is_one(qtbot: Any, session: Session):
    panel = make_panel(qtbot, session)
    status = panel.token_status
    assert not status.reveal_token_action.isEnabled()
    token = session.token()
    status.refresh()
    assert status.reveal_token_action.isEnabled()
    status.reveal_token_action.trigger()
    box = [b for b in status.findChildren(QMessageBox) if b.isVisible()][-1]
    box.button(QMessageBox.StandardButton.Yes).click()
    assert status.reveal_windows[-1].field.text() == token  # type: ignore[attr-defined]
    status.reveal_windows[-1].close()
