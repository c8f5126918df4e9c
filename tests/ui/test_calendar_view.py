"""The calendar beside the meeting list: views, hosts, occurrences, keys, the list's actions, and
the toggle remembered across runs. The real app against the sandbox over loopback."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from zoomdesk.ui.calendar.layout import ViewKind

from .conftest import Desk


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def show_calendar(desk: Desk) -> Any:
    calendar = desk.app.calendar
    if not calendar.dock.isVisible():
        calendar.toggle_action.trigger()
    desk.wait(calendar.dock.isVisible)
    calendar.refresh()
    return calendar


def topics_shown(calendar: Any) -> list[str]:
    layout = calendar.page.canvas.layout_
    return sorted({b.slot.meeting.topic for b in layout.boxes})


def box_of(calendar: Any, topic: str, nth: int = 0) -> Any:
    boxes = [b for b in calendar.page.canvas.ordered() if b.slot.meeting.topic == topic]
    return boxes[nth]


def centre(calendar: Any, box: Any) -> QPointF:
    return calendar.page.canvas.box_rect(box).center()


def test_the_week_shows_every_occurrence_of_a_series_from_its_one_get(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    calendar = show_calendar(desk)
    calendar.page.set_kind(ViewKind.WEEK)
    calendar.go(0)
    series = next(m for m in desk.app.sandbox.state.meetings.values()
                  if m["topic"] == "Daily stand-up")  # fmt: skip
    desk.wait(lambda: series["id"] in calendar.details)
    first = calendar.details[series["id"]].occurrences[0].start_time
    calendar.show_day(first.astimezone(calendar.tz).date())
    layout = calendar.page.canvas.layout_
    in_week = [
        o for o in series["occurrences"]
        if utc(o["start_time"]).astimezone(calendar.tz).date() in layout.days
    ]  # fmt: skip
    standups = [b for b in layout.boxes if b.slot.meeting.topic == "Daily stand-up"]
    assert standups
    assert {b.slot.occurrence_id for b in standups} == {o["occurrence_id"] for o in in_week}
    assert desk.app.sandbox.count("GET", f"/v2/meetings/{series['id']}") == 1
    assert len(layout.days) == 7


def test_views_hosts_side_by_side_and_the_anytime_strip(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    calendar = show_calendar(desk)
    for kind, days in ((ViewKind.DAY, 1), (ViewKind.WORK_WEEK, 5), (ViewKind.MONTH, 42)):
        calendar.page.set_kind(kind)
        calendar.page.view_changed.emit()
        layout = (calendar.page.month if kind is ViewKind.MONTH else calendar.page.canvas).layout_
        assert len(layout.days) == days
    assert desk.app.settings.calendar_view == "month"
    calendar.page.set_kind(ViewKind.WEEK)
    calendar.page.view_changed.emit()
    hosts = sorted({m.host_id for m in calendar.all_meetings()})
    calendar.set_hosts(hosts[:2])
    calendar.page.side_by_side.setChecked(True)
    assert calendar.page.canvas.layout_.lanes == hosts[:2]
    calendar.page.side_by_side.setChecked(False)
    assert calendar.page.canvas.layout_.lanes == [""]
    assert {b.slot.host_id for b in calendar.page.canvas.layout_.boxes} <= set(hosts[:2])
    calendar.set_hosts([])
    anytime = [m.topic for m in calendar.page.canvas.layout_.anytime]
    no_time = [m["topic"] for m in desk.app.sandbox.state.meetings.values() if m["type"] == 3]
    assert no_time and set(no_time) <= set(anytime)
    assert calendar.page.anytime.isVisibleTo(calendar.page)


def test_keys_move_between_meetings_and_periods_and_t_goes_to_today(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    calendar = show_calendar(desk)
    calendar.page.set_kind(ViewKind.WEEK)
    calendar.go(0)
    canvas = calendar.page.canvas
    canvas.setFocus()
    today = calendar.anchor
    desk.qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert calendar.anchor == today + timedelta(weeks=1)
    desk.qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    desk.qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert calendar.anchor == today - timedelta(weeks=1)
    desk.qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert calendar.anchor == today
    desk.qtbot.keyClick(canvas, Qt.Key.Key_Right)
    first = canvas.selected_box()
    desk.qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = canvas.selected_box()
    assert first is not None and second is not None and second.slot.start >= first.slot.start
    # The list follows, so the list's actions act on the meeting chosen in the calendar.
    assert desk.app.meetings.selected().id == second.slot.meeting.id
    height = canvas.hour_height
    desk.qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.hour_height > height
    assert desk.app.settings.calendar_hour_height == canvas.hour_height


def test_double_click_opens_the_meeting_and_copy_link_copies_its_link(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    calendar = show_calendar(desk)
    calendar.page.set_kind(ViewKind.WEEK)
    calendar.go(0)
    canvas = calendar.page.canvas
    box = next(b for b in canvas.ordered() if b.slot.meeting.type == 2)
    calendar.page.scroll_area.ensureVisible(0, int(canvas.box_rect(box).top()), 0, 50)
    desk.qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre(calendar, box).toPoint())
    canvas.setFocus()
    desk.qtbot.keyClick(canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    desk.wait(lambda: QApplication.clipboard().text().startswith("http"))
    assert str(box.slot.meeting.id) in QApplication.clipboard().text()
    desk.qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre(calendar, box).toPoint())
    desk.wait(lambda: desk.app.actions.form is not None and desk.app.actions.form.loaded)
    assert desk.app.actions.form.meeting.id == box.slot.meeting.id
    desk.app.actions.form.reject()


def test_the_calendar_toggle_is_remembered(open_desk: Any) -> None:
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    show_calendar(desk)
    desk.close()
    again = open_desk(sandbox=True)
    again.wait_loaded()
    again.wait(again.app.calendar.dock.isVisible)


def test_an_occurrence_deleted_from_the_calendar_disappears_and_the_tooltip_names_the_zone(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    calendar = show_calendar(desk)
    series = next(m for m in desk.app.sandbox.state.meetings.values()
                  if m["topic"] == "Daily stand-up")  # fmt: skip
    desk.wait(lambda: series["id"] in calendar.details)
    second = series["occurrences"][1]
    calendar.page.set_kind(ViewKind.DAY)
    calendar.show_day(utc(second["start_time"]).astimezone(calendar.tz).date())
    canvas = calendar.page.canvas
    [box] = [b for b in canvas.layout_.boxes if b.slot.occurrence_id == second["occurrence_id"]]
    assert "Europe/Lisbon" in canvas.tooltip_text(box)  # the meeting's own zone
    canvas.select(box)
    desk.app.window.delete_action.trigger()
    actions = desk.app.actions
    desk.wait(
        lambda: actions.occurrence_dialog is not None and actions.occurrence_dialog.isVisible()
    )
    dialog = actions.occurrence_dialog
    at = dialog.occurrence_combo.findData(second["occurrence_id"])
    dialog.occurrence_combo.setCurrentIndex(at)
    desk.qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: not any(b.slot.occurrence_id == second["occurrence_id"]
                              for b in canvas.layout_.boxes))  # fmt: skip
    assert second["status"] == "deleted"


def test_the_month_lists_meetings_by_day_and_a_double_click_opens_that_day(
    sandbox_desk: Desk,
) -> None:
    desk = sandbox_desk
    calendar = show_calendar(desk)
    calendar.page.set_kind(ViewKind.MONTH)
    calendar.page.view_changed.emit()
    month = calendar.page.month
    month.resize(980, 640)
    month.repaint()
    assert month._lines, "the month shows its meetings as lines"
    month.setFocus()
    desk.qtbot.keyClick(month, Qt.Key.Key_Right)
    rect, first = month._lines[0]
    assert month.selection == (first.slot.meeting.id, first.slot.occurrence_id)
    assert desk.app.meetings.selected().id == first.slot.meeting.id
    day = calendar.page.month.layout_.days[first.day]
    bottom_of_its_cell = (first.day // 7 + 1) * month.height() / 6 - 4
    empty = QPointF(rect.center().x(), bottom_of_its_cell)
    desk.qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=empty.toPoint())
    assert calendar.page.kind() is ViewKind.DAY and calendar.anchor == day
