"""Double-booked hosts in the app: marked in the calendar and the list, warned about in the form
(with the other meeting one click away); alternative hosts are not conflicts; with concurrent
meetings allowed the warning becomes information."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from zoomdesk.ui.calendar.paint import INFO_MARK, WARNING_MARK
from zoomdesk.ui.meeting_rows import TOPIC
from zoomdesk.ui.meeting_table import DECORATION_ROLE, TOOLTIP_ROLE

from .conftest import Desk
from .test_calendar_drag import meeting_named, utc, wait_form, week_of


def add_meeting(desk: Desk, host: str, topic: str, start: Any, minutes: int = 60) -> int:
    body = {
        "topic": topic,
        "type": 2,
        "start_time": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "duration": minutes,
    }
    assert desk.app.session is not None
    made = desk.run(desk.app.session.client.create_meeting(host, body))
    desk.app.meetings.loaded_at = None
    desk.app.meetings.reload()  # as Refresh does
    desk.wait_loaded()
    return int(made.id)


def row_data(desk: Desk, meeting_id: int, role: int) -> Any:
    model = desk.window.model
    row = model.row_of(meeting_id)
    assert row is not None
    return model.data(model.index(row, TOPIC), role)


def test_an_overlap_is_marked_in_the_calendar_and_the_list_and_concurrent_makes_it_info(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    review = meeting_named(desk, "Quarterly review with Finance")
    start = utc(review["start_time"]) + timedelta(minutes=30)
    clash = add_meeting(desk, review["host_id"], "Budget clash", start)
    calendar = week_of(desk, start)
    layout = calendar.page.canvas.layout_
    assert [(c.first.meeting.id, c.second.meeting.id) for c in layout.conflicts] == [
        (review["id"], clash)
    ]
    marked = [b for b in layout.boxes if b.conflicts]
    assert {b.slot.meeting.id for b in marked} == {review["id"], clash}
    assert all(calendar.page.canvas._text(b).startswith(WARNING_MARK) for b in marked)
    tip = calendar.page.canvas.tooltip_text(marked[0])
    assert "Overlaps “" in tip
    # The list: an icon on the topic, and the overlap in its tooltip (worked out in a thread).
    desk.wait(lambda: row_data(desk, clash, DECORATION_ROLE) is not None)
    assert "Overlaps “Quarterly review with Finance”" in row_data(desk, clash, TOOLTIP_ROLE)
    other = meeting_named(desk, "Weekly team sync")["id"]
    assert row_data(desk, other, DECORATION_ROLE) is None

    calendar.page.concurrent.setChecked(True)
    layout = calendar.page.canvas.layout_
    assert [c.severity for c in layout.conflicts] == ["info"]
    assert calendar.page.canvas._text(next(b for b in layout.boxes if b.conflicts)).startswith(
        INFO_MARK
    )
    assert desk.app.settings.concurrent_meetings_allowed
    desk.wait(lambda: "Runs at the same time as" in row_data(desk, clash, TOOLTIP_ROLE))


def test_the_same_time_for_an_alternative_host_is_not_a_conflict(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    review = meeting_named(desk, "Quarterly review with Finance")
    alternative = review["settings"]["alternative_hosts"]
    chiara = next(u for u in desk.app.sandbox.state.users if u["email"] == alternative)
    theirs = add_meeting(desk, chiara["id"], "Chiara's own call", utc(review["start_time"]))
    calendar = week_of(desk, utc(review["start_time"]))
    assert calendar.page.canvas.layout_.conflicts == []
    desk.wait(lambda: not calendar.runner.running("marks"))
    assert row_data(desk, theirs, DECORATION_ROLE) is None


def test_the_form_warns_before_saving_an_overlap_and_opens_the_other_meeting(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    review = meeting_named(desk, "Quarterly review with Finance")
    start = utc(review["start_time"])
    calendar = week_of(desk, start)
    calendar.create_at(review["host_id"], start + timedelta(minutes=15), 30)
    form = wait_form(desk)
    banners = [b for b in form.findChildren(type(form.banner)) if b.accessibleName()]
    warning = next(b for b in banners if b.accessibleName() == "Overlapping meetings")
    desk.wait(warning.isVisible)
    assert warning.title.text() == "The host already has a meeting then."
    assert "Quarterly review with Finance" in warning.body.text()
    button = warning.action("Open “Quarterly review with Finance”")
    assert button is not None
    # Moving it later clears the warning; back onto the other meeting brings it back.
    form.fields.time_edit.setTime(form.fields.time_edit.time().addSecs(3 * 3600))
    desk.wait(lambda: not warning.isVisible())
    form.fields.time_edit.setTime(form.fields.time_edit.time().addSecs(-3 * 3600))
    desk.wait(warning.isVisible)
    button = warning.action("Open “Quarterly review with Finance”")
    desk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    opened = wait_form(desk, previous=form)
    assert opened.meeting.id == review["id"]
