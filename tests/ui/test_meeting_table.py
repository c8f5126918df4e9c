"""The meeting list model on its own: appending pages, sorting by real values, searching."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from zoomdesk.core.models import Meeting
from zoomdesk.ui.meeting_rows import DURATION, MEETING_ID, RECURRENCE, START
from zoomdesk.ui.meeting_table import MeetingFilterProxy, MeetingTableModel

BASE = datetime(2026, 12, 1, 9, tzinfo=UTC)


def meeting(number: int, **fields: Any) -> Meeting:
    data: dict[str, Any] = {
        "id": 80000000000 + number,
        "topic": f"Meeting {number}",
        "type": 2,
        "start_time": (BASE + timedelta(hours=number)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "duration": 30,
        "timezone": "UTC",
        "host_id": "u1",
    }
    data.update(fields)
    return Meeting.from_json(data)


def models(qtbot: Any, *, checked: bool = True) -> tuple[MeetingTableModel, MeetingFilterProxy]:
    model = MeetingTableModel(lambda m: "Ada Lovelace <ada@example.com>", local_zone=UTC)
    proxy = MeetingFilterProxy()
    proxy.setSourceModel(model)
    if checked:
        # Qt's own checker fails the test on any inconsistent signal or index (too slow for
        # the 10,000-row test, which checks results only).
        tester = QAbstractItemModelTester(
            proxy, QAbstractItemModelTester.FailureReportingMode.Fatal, proxy
        )
        proxy.tester = tester  # type: ignore[attr-defined]
    return model, proxy


def column(proxy: MeetingFilterProxy, col: int) -> list[str]:
    return [str(proxy.index(r, col).data()) for r in range(proxy.rowCount())]


def test_pages_are_appended_as_rows_without_resetting_the_model(qtbot: Any) -> None:
    model, _proxy = models(qtbot)
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.append([meeting(n) for n in range(300)])
    model.append([meeting(n) for n in range(300, 450)])
    assert inserted == [(0, 299), (300, 449)]
    assert not resets
    assert model.rowCount() == 450


def test_a_meeting_seen_twice_is_updated_not_duplicated(qtbot: Any) -> None:
    model, _proxy = models(qtbot)
    model.append([meeting(1), meeting(2)])
    model.append([meeting(2, topic="Renamed")])
    assert model.rowCount() == 2
    assert model.index(1, 0).data() == "Renamed"


def test_sorting_by_start_follows_the_datetime_not_the_text(qtbot: Any) -> None:
    model, proxy = models(qtbot)
    # As text, "Fri 4 Dec" < "Sat 5 Dec" < "Thu 3 Dec" < "Wed 2 Dec"; as dates the reverse.
    model.append([meeting(n * 24 + 1) for n in (3, 1, 2, 0)])
    proxy.sort(START, Qt.SortOrder.AscendingOrder)
    assert column(proxy, START) == [
        "Tue 1 Dec 2026 10:00",
        "Wed 2 Dec 2026 10:00",
        "Thu 3 Dec 2026 10:00",
        "Fri 4 Dec 2026 10:00",
    ]


def test_pages_arriving_out_of_order_land_in_sorted_places(qtbot: Any) -> None:
    model, proxy = models(qtbot)
    proxy.sort(START, Qt.SortOrder.DescendingOrder)
    model.append([meeting(n) for n in (5, 1, 9)])
    model.append([meeting(n) for n in (7, 0, 3)])
    assert column(proxy, 0) == [f"Meeting {n}" for n in (9, 7, 5, 3, 1, 0)]
    proxy.sort(START, Qt.SortOrder.AscendingOrder)
    model.append([meeting(4), meeting(10)])
    assert column(proxy, 0) == [f"Meeting {n}" for n in (0, 1, 3, 4, 5, 7, 9, 10)]


def test_duration_and_meeting_id_sort_as_numbers(qtbot: Any) -> None:
    model, proxy = models(qtbot)
    model.append([meeting(1, duration=120), meeting(2, duration=45), meeting(3, duration=5)])
    proxy.sort(DURATION, Qt.SortOrder.AscendingOrder)
    assert column(proxy, DURATION) == ["5 min", "45 min", "2 h"]
    proxy.sort(MEETING_ID, Qt.SortOrder.DescendingOrder)
    assert column(proxy, MEETING_ID) == ["800 0000 0003", "800 0000 0002", "800 0000 0001"]


def test_meetings_without_a_fixed_time_sort_after_the_dated_ones(qtbot: Any) -> None:
    model, proxy = models(qtbot)
    model.append([meeting(5), meeting(1, type=3, start_time=None), meeting(2)])
    proxy.sort(START, Qt.SortOrder.AscendingOrder)
    assert column(proxy, START)[-1] == "No fixed time"
    assert column(proxy, RECURRENCE)[-1] == "No fixed time"


def test_search_matches_every_word_in_topic_host_id_or_agenda(qtbot: Any) -> None:
    model, proxy = models(qtbot)
    model.append(
        [
            meeting(1, topic="Budget review"),
            meeting(2, topic="Team lunch", agenda="Discuss the budget"),
            meeting(3, topic="Stand-up"),
        ]
    )
    proxy.set_search("BUDGET")
    assert sorted(column(proxy, 0)) == ["Budget review", "Team lunch"]
    proxy.set_search("budget lunch")
    assert column(proxy, 0) == ["Team lunch"]
    proxy.set_search("800 0000 0003")  # the ID as Zoom prints it
    assert column(proxy, 0) == ["Stand-up"]
    proxy.set_search("ada@example")
    assert proxy.rowCount() == 3
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_rows_arriving_while_filtered_are_filtered_too(qtbot: Any) -> None:
    model, proxy = models(qtbot)
    proxy.set_search("keep")
    model.append([meeting(1, topic="keep me"), meeting(2, topic="drop me")])
    model.append([meeting(3, topic="keep this too")])
    assert sorted(column(proxy, 0)) == ["keep me", "keep this too"]


def test_removing_and_replacing_rows_keeps_the_index_right(qtbot: Any) -> None:
    model, _proxy = models(qtbot)
    model.append([meeting(n) for n in range(5)])
    assert model.remove(meeting(1).id)
    assert model.replace(meeting(4, topic="Last one"))
    assert model.row_of(meeting(4).id) == 3
    assert model.index(3, 0).data() == "Last one"
    assert not model.remove(meeting(1).id)


def test_searching_ten_thousand_rows_keeps_every_match(qtbot: Any) -> None:
    model, proxy = models(qtbot, checked=False)
    for page in range(0, 10_000, 300):
        model.append([meeting(n) for n in range(page, min(page + 300, 10_000))])
    proxy.set_search("meeting 9999")
    assert column(proxy, 0) == ["Meeting 9999"]
    proxy.set_search("meeting")
    assert proxy.rowCount() == model.rowCount(QModelIndex()) == 10_000
