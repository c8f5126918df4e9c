"""Opening a meeting gives feedback at once, even when Zoom is slow (issue 14, item 21): a
one-time meeting's form opens straight away and says it is loading; a series, which is read
first to ask "this occurrence or the whole series?", shows a busy list and status bar, and a
second Enter does not start a second read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from zoomdesk.sandbox import Fault

from .conftest import Desk
from .test_meeting_actions import confirm_dialog
from .test_task_ownership import MEETING, one_time_topic


def test_a_slow_meeting_opens_its_form_at_once_in_a_loading_state(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.app.sandbox.faults.add(Fault("delay", method="GET", path=MEETING, seconds=2.0))
    desk.select(one_time_topic(desk))
    desk.press(Qt.Key.Key_Return)
    form = desk.app.actions.form
    assert form is not None and form.isVisible()  # no await between the key and the window
    assert form.save_blocker() == "Loading the meeting from Zoom…"
    assert not form.fields.isEnabled()
    desk.wait(lambda: form.loaded)


def test_a_slow_series_shows_a_busy_list_and_a_second_enter_reads_it_once(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    box = desk.app.sandbox
    desk.select("Daily stand-up")
    desk.wait(lambda: desk.app.meetings.selected().recurrence is not None)  # the list's own read
    box.faults.add(Fault("delay", method="GET", path=MEETING, seconds=1.5))
    box.clear_requests()
    desk.press(Qt.Key.Key_Return)
    assert desk.window.statusBar().currentMessage() == "Opening “Daily stand-up”…"
    assert desk.page.table.viewport().cursor().shape() == Qt.CursorShape.BusyCursor
    desk.press(Qt.Key.Key_Return)
    dialog = confirm_dialog(desk)
    assert desk.window.statusBar().currentMessage() == ""
    assert desk.page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor
    assert len([r for r in box.requests if r.method == "GET" and "/meetings/" in r.path]) == 1
    dialog.reject()
