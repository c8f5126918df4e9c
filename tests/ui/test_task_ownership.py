"""Every task has one owner: closing a window or dialog mid-request cancels its work, and the
late answer touches no deleted widget. Also what a user action costs in requests, through the
real app: an edit is GET, PATCH, GET; a create is one POST; the doctor's replays are in the log."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.meeting_form_kit import type_text
from zoomdesk.core.models import MeetingType
from zoomdesk.sandbox import Fault

from .conftest import Desk

MEETING = r"^/v2/meetings/\d+$"


def one_time_topic(desk: Desk) -> str:
    model = desk.app.meetings.model
    for row in range(model.rowCount()):
        meeting = model.meeting(row)
        if (
            meeting is not None
            and meeting.type is MeetingType.SCHEDULED
            and meeting.start_time is not None
            and meeting.start_time > datetime.now(UTC) + timedelta(hours=1)
        ):
            return meeting.topic
    raise AssertionError("the sandbox seeds a future one-time meeting")


def errors(caplog: Any) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def open_editor(desk: Desk, topic: str) -> Any:
    desk.select(topic)
    desk.press(Qt.Key.Key_Return)
    desk.wait(lambda: desk.app.actions.form is not None)
    return desk.app.actions.form


def test_escape_while_the_meeting_loads_closes_the_form_and_the_late_answer_is_ignored(
    sandbox_desk: Desk, caplog: Any
):
    desk = sandbox_desk
    box = desk.app.sandbox
    box.faults.add(Fault("delay", method="GET", path=MEETING, seconds=1.0))
    form = open_editor(desk, one_time_topic(desk))
    assert form.isVisible() and not form.loaded  # it opens at once, in a loading state
    assert form.reason_label.text() == "Loading the meeting from Zoom…"
    gone: list[bool] = []
    form.destroyed.connect(lambda *_: gone.append(True))
    desk.qtbot.keyClick(form, Qt.Key.Key_Escape)
    desk.wait(lambda: gone)
    desk.qtbot.wait(1500)  # the delayed answer arrives; nothing may touch the deleted form
    assert desk.banner_text() == ""
    assert errors(caplog) == []
    assert desk.app.actions.form is None


def action_calls(requests: Any) -> list[tuple[str, str]]:
    """Zoom calls a meeting action costs; the host's settings and the account's tracking
    fields are read once per session (per host) by the first form, so they are not counted."""
    once = ("/settings", "/tracking_fields")
    return [
        (r.method, r.path)
        for r in requests
        if r.path.startswith("/v2/") and not r.path.endswith(once)
    ]


def test_an_edit_through_the_app_costs_get_patch_get_and_a_second_open_raises_the_first(
    sandbox_desk: Desk,
):
    desk = sandbox_desk
    box = desk.app.sandbox
    topic = one_time_topic(desk)
    before = len(box.requests)
    form = open_editor(desk, topic)
    desk.wait(lambda: form.loaded)
    desk.press(Qt.Key.Key_Return)  # again: the same form, raised, no second load
    assert desk.app.actions.form is form and len(desk.app.actions.forms) == 1
    type_text(desk.qtbot, form.fields.topic_edit, f"{topic} (moved)")
    with desk.qtbot.waitSignal(form.saved, timeout=10_000):
        desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    meeting_id = form.meeting.id
    calls = action_calls(box.requests[before:])
    path = f"/v2/meetings/{meeting_id}"
    assert calls == [("GET", path), ("PATCH", path), ("GET", path)]
    desk.wait(lambda: f"{topic} (moved)" in desk.topics())


def test_a_create_through_the_app_is_one_post_and_the_row_appears(sandbox_desk: Desk):
    desk = sandbox_desk
    box = desk.app.sandbox
    rows = desk.app.meetings.model.rowCount()
    before = len(box.requests)
    desk.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    desk.wait(lambda: desk.app.actions.form is not None)
    form = desk.app.actions.form
    type_text(desk.qtbot, form.fields.topic_edit, "Made in one request")
    with desk.qtbot.waitSignal(form.saved, timeout=10_000):
        desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    calls = action_calls(box.requests[before:])
    assert [method for method, _ in calls] == ["POST"]
    desk.wait(lambda: desk.app.meetings.model.rowCount() == rows + 1)
    assert "Made in one request" in desk.topics()


def test_closing_the_profile_dialog_mid_test_cancels_the_test(
    open_desk: Any, sandbox: Any, caplog: Any
):
    from tests.ui.test_profiles import fill, open_dialog

    desk = open_desk()
    dialog = open_dialog(desk)
    fill(desk, dialog, sandbox)
    sandbox.faults.add(Fault("delay", path="/oauth/token", seconds=1.0))
    desk.qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: bool(dialog.runner.pending()))
    gone: list[bool] = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.reject()
    desk.wait(lambda: gone)
    desk.qtbot.wait(1300)
    assert errors(caplog) == []
    assert desk.banner_text() == ""


def test_closing_the_app_mid_save_and_mid_replay_ends_cleanly(sandbox_desk: Desk, caplog: Any):
    desk = sandbox_desk
    box = desk.app.sandbox
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    doctor.set_text(
        "curl -X POST 'https://zoom.us/oauth/token?grant_type=account_credentials"
        "&account_id=sandbox-account' -u sandbox-client-id:sandbox-client-secret"
    )
    form = open_editor(desk, one_time_topic(desk))
    desk.wait(lambda: form.loaded)
    type_text(desk.qtbot, form.fields.agenda_edit, "Never arrives")
    box.faults.add(Fault("delay", method="PATCH", path=MEETING, seconds=1.0))
    box.faults.add(Fault("delay", path="/oauth/token", seconds=1.0))
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    doctor.replay_view.sandbox_button.click()
    desk.wait(lambda: form.runner.pending() and doctor.runner.pending())
    desk.window.close()  # asks first: the form is still saving
    desk.wait(lambda: desk.app.actions.quit_box is not None)
    quit_button = next(b for b in desk.app.actions.quit_box.buttons() if b.text() == "&Quit anyway")
    desk.qtbot.mouseClick(quit_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: desk.app.shut_down)
    assert not form.runner.pending() and not doctor.runner.pending()
    assert errors(caplog) == []


def test_the_doctors_replays_are_in_the_apps_exchange_log_and_there_is_one_doctor(
    sandbox_desk: Desk,
):
    desk = sandbox_desk
    desk.app.tools.show_doctor()
    doctor = desk.app.tools.doctor_window
    desk.app.tools.open_doctor("")
    assert desk.app.tools.doctor_window is doctor
    doctor.set_text(
        "curl -X POST 'https://zoom.us/oauth/token?grant_type=account_credentials"
        "&account_id=sandbox-account' -u sandbox-client-id:sandbox-client-secret"
    )
    log = desk.app.services.log
    before = len(log)
    with desk.qtbot.waitSignal(doctor.replayed, timeout=10_000) as blocker:
        doctor.replay_view.sandbox_button.click()
    replay = blocker.args[0]
    assert [e.id for e in list(log)[before:]] == [replay.original.id, replay.corrected.id]
    assert desk.app.sandbox.url in replay.original.url  # the app's own sandbox, not a second
