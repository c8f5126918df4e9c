"""The pieces meet in the main window: the HTTP debug panel as a dock, and unsaved forms from a
previous run offered back at start-up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import Desk
from zoomdesk.core.calendar import format_meeting_id
from zoomdesk.core.draft_store import DraftStore, FormState
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.paths import AppPaths


def test_the_debug_panel_is_a_hidden_dock_that_lists_every_exchange(sandbox_desk: Desk) -> None:
    window = sandbox_desk.window
    toggle = next(a for a in window.view_menu.actions() if a.text() == "HTTP exchanges")
    assert toggle.shortcut().toString() == "Ctrl+Shift+D"
    assert sandbox_desk.app.tools.debug_panel is None  # built on first use, not at start-up
    assert not sandbox_desk.app.tools.debug_dock.isVisibleTo(window)
    toggle.trigger()
    sandbox_desk.wait(lambda: sandbox_desk.app.tools.debug_panel is not None)
    panel = sandbox_desk.app.tools.debug_panel
    sandbox_desk.wait(lambda: panel.isVisibleTo(window))
    paths = {e.path for e in sandbox_desk.app.services.log}
    assert "/oauth/token" in paths and any(p.endswith("/meetings") for p in paths)
    assert panel.findChildren(object)  # built, with its list and tabs


def test_unsaved_forms_from_a_crash_are_offered_back_and_restored(
    open_desk: Callable[..., Desk], zoomdesk_home: Path, qtbot: Any
) -> None:
    store = DraftStore(AppPaths.default().data / "drafts.sqlite3")
    store.save(
        "k1",
        "sandbox",
        FormState("create", MeetingDraft(topic="Typed before a crash", timezone="Europe/Oslo")),
    )
    store.save("k2", "profile:other", FormState("create", MeetingDraft(topic="Other account")))
    store.close()
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.wait(lambda: "not saved when zoomdesk last stopped" in desk.banner_text())
    assert "Typed before a crash" in desk.banner_text()
    assert "Other account" not in desk.banner_text()
    buttons = [
        b for b in desk.window.message_banner.findChildren(QPushButton) if b.text() == "Restore"
    ]
    assert buttons, "the banner offers Restore"
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    desk.wait(lambda: desk.app.actions.form is not None)
    form = desk.app.actions.form
    desk.wait(lambda: form.loaded)
    assert form.fields.topic_edit.text() == "Typed before a crash"
    assert form.is_dirty()


def test_the_change_history_lists_what_zoomdesk_changed(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    client = desk.app.session.client
    owner = desk.app.sandbox.state.users[0]["id"]
    body = {
        "topic": "History check",
        "type": 2,
        "start_time": "2027-01-04T10:00:00",
        "timezone": "UTC",
        "duration": 30,
    }
    created = desk.run(client.create_meeting(owner, body))
    desk.run(client.update_meeting(created.id, MeetingUpdate(agenda="a"), topic="History check"))
    history = next(a for a in desk.window.view_menu.actions() if a.text() == "Change history…")
    assert history.shortcut().toString() == "Ctrl+H"
    history.trigger()
    dialog = desk.app.tools.history_dialog
    desk.wait(lambda: dialog.loaded)
    rows = [
        [dialog.model.item(r, c).text() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    mid = format_meeting_id(created.id)
    assert rows[0][1:] == ["Updated", mid, "History check", "Agenda", "Done"]
    assert rows[1][1] == "Created" and rows[1][5] == "Done"
    dialog.close()


def test_the_request_doctor_opens_on_its_own_from_the_help_menu(sandbox_desk: Desk) -> None:
    from tests.ui.test_debug_doctor import FOUNDING_CURL

    desk = sandbox_desk
    action = next(a for a in desk.window.help_menu.actions() if a.text() == "Request &doctor…")
    action.trigger()
    doctor = desk.app.tools.doctor_window
    desk.wait(lambda: doctor.isVisible())
    doctor.set_text(FOUNDING_CURL)
    doctor.check_now()
    assert "travelled in the query string" in doctor.diagnosis_view.plain_text
    doctor.close()
