"""The list shows whatever Zoom sends, however odd: a 20-digit duration, a start in year 9999,
an object with hardly any fields. One odd meeting must never break the list (issue 14, item 7)."""

from __future__ import annotations

from collections.abc import Callable

from zoomdesk.sandbox import Fault
from zoomdesk.ui.meeting_rows import COLUMNS
from zoomdesk.ui.meeting_table import OTHER_ROLES

from .conftest import Desk

ODD = [
    {
        "id": 81000000001,
        "topic": "Endless",
        "type": 2,
        "duration": 10**20,
        "start_time": "2027-01-15T10:00:00Z",
        "timezone": "America/New_York",
    },
    {
        "id": 81000000002,
        "topic": "Far future",
        "type": 2,
        "duration": 30,
        "start_time": "9999-12-31T23:30:00Z",
        "timezone": "Pacific/Kiritimati",
    },
    {"id": 81000000003},
    {
        "id": 81000000004,
        "topic": "Odd types",
        "type": "x",
        "duration": "forty",
        "start_time": "0001-01-01T00:00:00Z",
        "timezone": "Etc/GMT+12",
        "recurrence": {"type": 9},
    },
    {"id": 81000000005, "topic": "Negative", "type": 8, "duration": -5, "start_time": 17},
]


def test_odd_meetings_from_zoom_are_listed_without_breaking_the_list(
    open_desk: Callable[..., Desk],
) -> None:
    desk = open_desk(sandbox=True)
    desk.wait(lambda: desk.app.sandbox is not None)
    page = {"page_size": 30, "total_records": len(ODD), "next_page_token": "", "meetings": ODD}
    desk.app.sandbox.faults.add(
        Fault(
            kind="status",
            status=200,
            body=page,
            method="GET",
            path=r"/users/[^/]+/meetings$",
            times=None,
        )
    )
    desk.wait_loaded()
    assert desk.banner_text() == ""
    assert sorted(desk.topics()) == ["", "Endless", "Far future", "Negative", "Odd types"]
    model = desk.page.proxy
    for row in range(model.rowCount()):
        for column in range(len(COLUMNS)):
            for role in (0, *OTHER_ROLES):
                model.index(row, column).data(role)
    assert desk.window.status.refreshed_label.text().startswith("5 meetings")
