"""The calendar's screenshots in docs/, made from the real app against the sandbox. Skipped unless
ZOOMDESK_SCREENSHOTS names a folder; docs/calendar.md says how they were made:

    ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1700x1000x24" \\
        .venv/bin/python -m pytest tests/ui/test_calendar_screenshots.py -q
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from zoomdesk.ui.calendar.layout import ViewKind

from .conftest import Desk
from .screenshots import only_when_asked, shoot
from .test_calendar_conflicts import add_meeting
from .test_calendar_drag import meeting_named, utc, wait_form
from .test_calendar_view import show_calendar

pytestmark = only_when_asked


def arrange(desk: Desk, topic_day: str) -> object:
    desk.window.resize(1650, 940)
    calendar = show_calendar(desk)
    desk.window.resizeDocks([calendar.dock], [1100], Qt.Orientation.Horizontal)
    calendar.page.set_kind(ViewKind.WEEK)
    calendar.page.view_changed.emit()
    calendar.show_day(utc(meeting_named(desk, topic_day)["start_time"]).date())
    calendar.page.scroll_to_minutes(7 * 60)
    return calendar


def test_screenshot_week_of_one_host(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    calendar = arrange(desk, "Quarterly review with Finance")
    calendar.set_hosts([meeting_named(desk, "Quarterly review with Finance")["host_id"]])
    shoot(desk, desk.window, "calendar-week-one-host")


def test_screenshot_all_hosts_side_by_side(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    calendar = arrange(desk, "Quarterly review with Finance")
    calendar.set_hosts([])
    calendar.page.side_by_side.setChecked(True)
    calendar.page.set_kind(ViewKind.DAY)  # a lane per host, wide enough to read
    calendar.page.view_changed.emit()
    calendar.page.scroll_to_minutes(8 * 60)
    shoot(desk, desk.window, "calendar-all-hosts")


def test_screenshot_a_conflict(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    review = meeting_named(desk, "Quarterly review with Finance")
    start = utc(review["start_time"]) + timedelta(minutes=30)
    add_meeting(desk, review["host_id"], "Budget planning", start)
    calendar = arrange(desk, "Quarterly review with Finance")
    calendar.set_hosts([review["host_id"]])
    desk.select("Budget planning")
    shoot(desk, desk.window, "calendar-conflict")
    calendar.create_at(review["host_id"], start - timedelta(minutes=15), 45)
    form = wait_form(desk)
    form.fields.topic_edit.setText("Vendor follow-up")
    desk.qtbot.wait(400)
    shoot(desk, form, "calendar-conflict-form")
