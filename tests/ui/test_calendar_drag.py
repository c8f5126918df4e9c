"""Direct manipulation in the calendar: drag out a slot to create, drag a meeting to move it, drag
its bottom edge to make it longer. Each opens the meeting form filled in and saves through the
MeetingService: the sandbox (over loopback) receives exactly the expected request."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from zoomdesk.ui.calendar.layout import ViewKind

from .conftest import Desk
from .test_calendar_view import show_calendar


def move_mouse(canvas: Any, point: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(point), QPointF(canvas.mapToGlobal(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(canvas, event)


def drag(desk: Desk, canvas: Any, start: QPointF, end: QPointF, *, escape: bool = False) -> None:
    a, b = start.toPoint(), end.toPoint()
    desk.qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 5):
        move_mouse(canvas, a + (b - a) * step / 4)
    if escape:
        desk.qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    desk.qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)


def week_of(desk: Desk, day: datetime) -> Any:
    calendar = show_calendar(desk)
    calendar.page.set_kind(ViewKind.WEEK)
    calendar.show_day(day.astimezone(calendar.tz).date())
    return calendar


def meeting_named(desk: Desk, topic: str) -> dict[str, Any]:
    return next(m for m in desk.app.sandbox.state.meetings.values() if m["topic"] == topic)


def wait_form(desk: Desk, previous: Any = None) -> Any:
    """The form a drag opened (a move first GETs the meeting: not the form closed before)."""
    actions = desk.app.actions
    desk.wait(lambda: actions.form is not None and actions.form is not previous)
    desk.wait(lambda: actions.form.loaded and actions.form.isVisible())
    return actions.form


def save(desk: Desk, form: Any) -> None:
    desk.wait(form.save_button.isEnabled)
    desk.qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: desk.app.actions.form is not form)


def last(desk: Desk, method: str) -> Any:
    return [r for r in desk.app.sandbox.requests if r.method == method][-1]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_dragging_out_an_empty_slot_creates_a_meeting_there_for_that_host(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    calendar = week_of(desk, datetime.now(UTC) + timedelta(days=14))
    host = desk.app.sandbox.state.users[1]
    calendar.set_hosts([host["id"]])
    canvas = calendar.page.canvas
    day = 2
    x = canvas.lane_x(day, 0) + 10
    drag(desk, canvas, QPointF(x, canvas.y_of(14 * 60) + 3), QPointF(x, canvas.y_of(15 * 60 + 25)))
    form = wait_form(desk)
    assert form.mode() == "create"
    assert form.fields.host_id() == host["id"]
    assert form.fields.duration_spin.value() == 90
    form.fields.topic_edit.setText("Planning")
    save(desk, form)
    post = last(desk, "POST")
    assert post.path == f"/v2/users/{host['id']}/meetings"
    body = json.loads(post.body)
    assert body["duration"] == 90
    made = meeting_named(desk, "Planning")
    expected = datetime.combine(calendar.page.canvas.layout_.days[day], datetime.min.time())
    expected = (expected + timedelta(hours=14)).replace(tzinfo=calendar.tz).astimezone(UTC)
    assert utc(made["start_time"]) == expected


def test_dragging_a_meeting_moves_it_and_cancel_puts_it_back_until_saved(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    stored = meeting_named(desk, "Quarterly review with Finance")
    before = utc(stored["start_time"])
    calendar = week_of(desk, before)
    canvas = calendar.page.canvas
    box = next(b for b in canvas.layout_.boxes if b.slot.meeting.id == stored["id"])
    centre = canvas.box_rect(box).center()
    drag(desk, canvas, centre, centre + QPointF(0, canvas.hour_height))
    form = wait_form(desk)
    assert calendar.pending  # drawn at its new time while the form is open
    moved = next(b for b in canvas.layout_.boxes if b.slot.meeting.id == stored["id"])
    assert moved.slot.start == before + timedelta(hours=1)
    form.reject()  # Cancel: the form asks, as for any unsaved change; Discard puts it back
    desk.wait(lambda: form._close_prompt.box is not None)
    form._close_prompt.box.button(QMessageBox.StandardButton.Discard).click()
    desk.wait(lambda: not calendar.pending)
    calendar.refresh()
    back = next(b for b in canvas.layout_.boxes if b.slot.meeting.id == stored["id"])
    assert back.slot.start == before
    assert desk.app.sandbox.count("PATCH", "/v2/meetings") == 0

    centre = canvas.box_rect(back).center()  # the window may have been resized meanwhile
    drag(desk, canvas, centre, centre + QPointF(0, canvas.hour_height))
    form = wait_form(desk, previous=form)
    save(desk, form)
    patch = last(desk, "PATCH")
    assert patch.path == f"/v2/meetings/{stored['id']}"
    assert set(json.loads(patch.body)) == {"start_time", "timezone"}
    assert utc(stored["start_time"]) == before + timedelta(hours=1)


def test_dragging_the_bottom_edge_changes_only_the_duration(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    stored = meeting_named(desk, "Quarterly review with Finance")
    calendar = week_of(desk, utc(stored["start_time"]))
    canvas = calendar.page.canvas
    box = next(b for b in canvas.layout_.boxes if b.slot.meeting.id == stored["id"])
    rect = canvas.box_rect(box)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(desk, canvas, edge, edge + QPointF(0, canvas.hour_height / 2))
    form = wait_form(desk)
    assert form.fields.duration_spin.value() == 90
    save(desk, form)
    assert json.loads(last(desk, "PATCH").body) == {"duration": 90}


def test_moving_one_occurrence_asks_and_patches_only_that_occurrence(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    stored = meeting_named(desk, "Daily stand-up")
    calendar = week_of(desk, utc(stored["occurrences"][2]["start_time"]))
    desk.wait(lambda: stored["id"] in calendar.details)
    calendar.refresh()
    canvas = calendar.page.canvas
    target = stored["occurrences"][2]["occurrence_id"]
    box = next(b for b in canvas.layout_.boxes if b.slot.occurrence_id == target)
    centre = canvas.box_rect(box).center()
    drag(desk, canvas, centre, centre + QPointF(0, canvas.hour_height * 2))
    desk.wait(lambda: calendar.scope_box is not None and calendar.scope_box.isVisible())
    one = next(b for b in calendar.scope_box.buttons() if "occurrence" in b.text())
    desk.qtbot.mouseClick(one, Qt.MouseButton.LeftButton)
    form = wait_form(desk)
    assert form.mode() == "occurrence"
    save(desk, form)
    patch = last(desk, "PATCH")
    assert patch.path == f"/v2/meetings/{stored['id']}"
    assert patch.query.get("occurrence_id") == target
    assert set(json.loads(patch.body)) == {"start_time"}
    others = [o for o in stored["occurrences"] if o["occurrence_id"] != target]
    assert all(utc(o["start_time"]).time() == utc(others[0]["start_time"]).time() for o in others)


def test_escape_cancels_a_drag_and_cancel_in_the_question_puts_the_occurrence_back(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    stored = meeting_named(desk, "Daily stand-up")
    calendar = week_of(desk, utc(stored["occurrences"][1]["start_time"]))
    desk.wait(lambda: stored["id"] in calendar.details)
    calendar.refresh()
    canvas = calendar.page.canvas
    box = next(b for b in canvas.layout_.boxes if b.slot.meeting.id == stored["id"])
    centre = canvas.box_rect(box).center()
    drag(desk, canvas, centre, centre + QPointF(0, canvas.hour_height), escape=True)
    assert calendar.pending == {} and desk.app.actions.form is None
    drag(desk, canvas, centre, centre + QPointF(0, canvas.hour_height))
    desk.wait(lambda: calendar.scope_box is not None and calendar.scope_box.isVisible())
    calendar.scope_box.button(QMessageBox.StandardButton.Cancel).click()
    desk.wait(lambda: not calendar.pending)
    assert desk.app.sandbox.count("PATCH", "/v2/meetings") == 0
