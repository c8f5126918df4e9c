"""The meeting list: choosing a host and a list type, searching as you type, loading 10,000
meetings page by page, and what survives closing the window."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox

from zoomdesk.sandbox.meetings import in_list
from zoomdesk.ui.meeting_rows import HOST, START

from .conftest import Desk


def choose(desk: Desk, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a user does (it emits `activated`, unlike setCurrentIndex)."""
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    desk.app.meetings.loaded_at = None
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    desk.wait_loaded()


def listed(sandbox: Any, list_type: str) -> int:
    now = sandbox.state.now()
    return sum(in_list(m, list_type, now) for m in sandbox.state.meetings.values())


def test_choosing_a_host_lists_only_their_meetings(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    sandbox = desk.app.sandbox
    sandbox.clear_requests()
    choose(desk, desk.page.host_combo, "Bruno Silva")
    assert sorted(desk.topics()) == ["Daily stand-up", "Open office hours"]
    paths = {r.path for r in sandbox.requests if r.method == "GET"}
    assert len([p for p in paths if p.endswith("/meetings")]) == 1
    choose(desk, desk.page.host_combo, "All users")
    assert "Weekly team sync" in desk.topics()


def test_the_list_type_selects_upcoming_scheduled_or_previous(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    assert desk.page.type_combo.currentText() == "Upcoming"
    assert "Vendor onboarding call" not in desk.topics()
    choose(desk, desk.page.type_combo, "Previous")
    assert "Vendor onboarding call" in desk.topics()
    assert "Weekly team sync" not in desk.topics()
    choose(desk, desk.page.type_combo, "Scheduled")
    assert len(desk.topics()) == listed(desk.app.sandbox, "scheduled")
    types = {r.query.get("type") for r in desk.app.sandbox.requests if r.path.endswith("/meetings")}
    assert {"upcoming", "previous_meetings", "scheduled"} <= types


def test_search_filters_as_you_type_on_topic_host_id_and_agenda(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    search = desk.page.search_edit
    desk.qtbot.keyClick(desk.page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    desk.qtbot.keyClicks(search, "stand")
    desk.wait(lambda: desk.topics() == ["Daily stand-up"])
    search.clear()
    desk.qtbot.keyClicks(search, "chiara")
    desk.wait(lambda: desk.topics() == ["Monthly board briefing"])
    search.clear()
    desk.qtbot.keyClicks(search, "blockers")  # in the agenda only
    desk.wait(lambda: desk.topics() == ["Weekly team sync"])
    desk.qtbot.keyClick(search, Qt.Key.Key_Escape)
    desk.wait(lambda: len(desk.topics()) > 3)
    assert search.text() == ""
    meeting_id = desk.page.proxy.index(0, 4).data()  # as shown: "123 4567 8901"
    desk.qtbot.keyClicks(search, meeting_id)
    desk.wait(lambda: len(desk.topics()) == 1)
    search.clear()
    desk.qtbot.keyClicks(search, "no such meeting")
    desk.wait(lambda: desk.topics() == [])
    assert desk.page.table.placeholder == "No meetings match “no such meeting”."


def test_ten_thousand_meetings_arrive_page_by_page_with_progress(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    sandbox = desk.app.sandbox
    choose(desk, desk.page.type_combo, "Scheduled")
    sandbox.state.seed_bulk(10, 1000)
    progress: list[tuple[int, int]] = []
    labels: list[str] = []
    desk.app.meetings.progress.connect(lambda loaded, total: progress.append((loaded, total)))
    desk.app.meetings.progress.connect(
        lambda *_: labels.append(desk.window.status.progress_label.text())
    )
    inserts: list[int] = []
    desk.window.model.rowsInserted.connect(lambda _p, first, last: inserts.append(last - first + 1))
    resets: list[bool] = []
    desk.window.model.modelReset.connect(lambda: resets.append(True))
    desk.reload()  # F5: the new hosts and their meetings
    assert desk.page.host_combo.count() == 1 + 4 + 10
    expected = listed(sandbox, "scheduled")
    assert expected > 10_000
    assert desk.window.model.rowCount() == expected
    assert len(desk.topics()) == expected
    assert len(progress) >= expected // 300  # one update per page at least
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)
    assert progress[-1] == (expected, expected)
    assert any(label.startswith("Loading… ") and " of " in label for label in labels)
    assert sum(inserts) == expected
    assert len(resets) == 1, "one reset when the load starts, never one per page"
    counted = QLocale().toString(expected)  # the locale's digit grouping
    assert f"{counted} meetings" in desk.window.status.refreshed_label.text()
    # The list stays sorted by start as pages arrive out of order from ten hosts.
    starts = [desk.window.model.rows[r].keys[START] for r in range(expected)]
    assert starts == sorted(starts)
    desk.qtbot.keyClicks(desk.page.search_edit, "Bulk meeting 10-123")
    desk.wait(lambda: desk.topics() == ["Bulk meeting 10-123"])


def test_a_newer_load_cancels_the_older_one(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    desk.app.sandbox.state.seed_bulk(10, 1000)
    desk.page.set_list_type("scheduled")
    desk.app.meetings.reload()
    desk.wait(lambda: desk.window.model.rowCount() > 100)  # the bulk pages are arriving
    assert desk.app.meetings.is_loading()
    choose(desk, desk.page.type_combo, "Previous")
    assert len(desk.topics()) == listed(desk.app.sandbox, "previous_meetings")
    assert desk.window.status.progress.isHidden()


def test_settings_survive_closing_and_reopening_the_window(
    open_desk: Callable[..., Desk],
) -> None:
    first = open_desk(sandbox=True)
    first.wait_loaded()
    first.window.resize(700, 500)  # fits the offscreen 800x600 screen
    header = first.page.table.horizontalHeader()
    header.resizeSection(HOST, 222)
    choose(first, first.page.type_combo, "Previous")
    choose(first, first.page.host_combo, "Daiki Tanaka")
    first.close()

    second = open_desk(sandbox=True)
    second.wait_loaded()
    assert (second.window.width(), second.window.height()) == (700, 500)
    assert second.page.table.horizontalHeader().sectionSize(HOST) == 222
    assert second.page.type_combo.currentText() == "Previous"
    assert second.page.host_combo.currentText().startswith("Daiki Tanaka")
    assert second.topics() == ["Customer workshop (recap)"]


def test_closing_the_window_during_a_load_exits_promptly(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    sandbox = desk.app.sandbox
    sandbox.state.seed_bulk(20, 1000)
    desk.page.set_list_type("scheduled")
    desk.app.meetings.reload()
    desk.wait(lambda: desk.window.model.rowCount() > 100)
    assert desk.app.meetings.is_loading()
    started = time.monotonic()
    desk.window.close()
    desk.wait(lambda: desk.app.shut_down, timeout=10_000)
    assert time.monotonic() - started < 5
    assert desk.app.runner.pending() == []
    assert not sandbox.running
    assert desk.app.services is not None and desk.app.services.http.is_closed
