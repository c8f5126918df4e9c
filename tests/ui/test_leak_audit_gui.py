"""The leak audit, GUI half: a stored profile (secret in the keyring), the debug panel open on
every exchange, exports, an autosaved form, the change history and debug-level logs, then a
search of every file written and of the clipboard for the secret and every token."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.test_leak_audit import CLIENT_ID, SECRET, audit
from tests.ui.meeting_form_kit import type_text
from zoomdesk.core.logs import RedactingFilter, setup_logging
from zoomdesk.core.paths import AppPaths
from zoomdesk.core.profiles import Profile, ProfileStore
from zoomdesk.sandbox import Sandbox

from .conftest import Desk


@pytest.fixture
def audit_box() -> Iterator[Sandbox]:
    box = Sandbox(account_id="audit-account", client_id=CLIENT_ID, client_secret=SECRET).start()
    yield box
    box.stop()


def test_gui_journeys_leak_no_secret_or_token(
    open_desk: Callable[..., Desk],
    audit_box: Sandbox,
    memory_keyring: Any,
    zoomdesk_home: Path,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    paths = AppPaths.default()
    redactor = RedactingFilter()
    setup_logging(paths.log, redactor, logging.DEBUG)
    ProfileStore(paths.profiles_file).put(
        Profile("audit", "audit-account", CLIENT_ID, audit_box.url)
    )
    memory_keyring.set_password("zoomdesk", "audit", SECRET)
    desk = open_desk(profile="audit", redactor=redactor)
    desk.wait_loaded()
    audit_box.state.expire_all_tokens()  # a refresh mid-session: a second token
    desk.reload()

    # The debug panel, every exchange rendered, exports of each kind.
    desk.app.tools.debug_dock.toggleViewAction().trigger()
    desk.wait(lambda: desk.app.tools.debug_panel is not None)
    panel = desk.app.tools.debug_panel
    clipboard: list[str] = []
    for exchange in panel.shown_exchanges():
        for tab in range(3):
            panel.select_exchange(exchange.id, tab=tab)
        panel.copy_selected_curl()
        clipboard.append(QApplication.clipboard().text())
    panel.copy_all_curl()
    clipboard.append(QApplication.clipboard().text())
    exports = tmp_path / "exports"
    exports.mkdir()
    assert panel.export_har(panel.shown_exchanges(), exports / "all.har")

    # A form typed into (autosaved), then a meeting created and the history read.
    desk.window.new_action.trigger()
    desk.wait(lambda: desk.app.actions.form is not None and desk.app.actions.form.loaded)
    form = desk.app.actions.form
    with qtbot.waitSignal(form.autosave.written, timeout=10_000):
        type_text(qtbot, form.fields.topic_edit, "Audit meeting")
    desk.app.actions.form.reject()

    desk.app.services.history.close()
    desk.close()
    root = logging.getLogger("zoomdesk")
    for handler in [h for h in root.handlers if getattr(h, "zoomdesk", False)]:
        handler.close()
        root.removeHandler(handler)
    log_file = paths.log / "zoomdesk.log"
    assert log_file.is_file() and log_file.stat().st_size > 0
    assert len(audit_box.state.tokens) >= 2
    assert audit(audit_box, clipboard, [zoomdesk_home, exports]) == []
