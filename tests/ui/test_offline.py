"""Instant start and offline reading (issue 19): the last list kept per profile, on screen at
start, replaced by Zoom's answer in place; with Zoom unreachable (a real refused port: the
sandbox stopped) the app reads the cache, says so once, keeps what needs Zoom off with the
reason, still copies and exports, and comes back by itself."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from zoomdesk.core.meeting_cache import cache_file_name
from zoomdesk.core.paths import AppPaths
from zoomdesk.core.profiles import Profile, ProfileStore
from zoomdesk.sandbox import Fault, Sandbox

from .conftest import Desk

SECRET = "sandbox-client-secret"


@pytest.fixture
def box() -> Any:
    sandbox = Sandbox().start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def work(box: Sandbox, memory_keyring: Any) -> Path:
    """A stored profile "Work" on the sandbox; returns its cache file."""
    return add_work_profile(box, memory_keyring)


def add_work_profile(box: Sandbox, memory_keyring: Any) -> Path:
    paths = AppPaths.default()
    ProfileStore(paths.profiles_file).put(
        Profile("Work", "sandbox-account", "sandbox-client-id", box.url), make_default=True
    )
    memory_keyring.set_password("zoomdesk", "Work", SECRET)
    return paths.meeting_cache / cache_file_name("Work")


def first_visit(open_desk: Callable[..., Desk]) -> tuple[Desk, list[str]]:
    desk = open_desk(profile="Work")
    desk.wait_loaded()
    return desk, desk.topics()


def passcodes(desk: Desk) -> set[str]:
    found = set()
    for meeting in desk.app.window.model.meetings():
        for key in ("password", "h323_password", "pstn_password", "encrypted_password"):
            if meeting.raw.get(key):
                found.add(str(meeting.raw[key]))
    return found


def test_the_list_is_cached_per_profile_without_a_passcode_and_only_for_its_owner(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    desk, topics = first_visit(open_desk)
    assert topics
    desk.select(topics[0])
    desk.app.actions.copy_invitation()  # the whole meeting, Zoom's copy, goes in the cache too
    desk.wait(lambda: "Passcode" in QApplication.clipboard().text())
    full_passcode = QApplication.clipboard().text().split("Passcode: ")[1].split()[0]
    desk.close()

    data = work.read_bytes()
    assert topics[0].encode() in data
    for secret in passcodes(desk) | {full_passcode}:
        assert secret.encode() not in data, "a passcode reached the cache file"
    assert b"pwd=" not in data
    assert b"start_url" not in data
    if os.name == "posix":
        assert stat.S_IMODE(work.stat().st_mode) == 0o600
    assert len(list(work.parent.glob("*.sqlite3"))) == 1, "one file, this profile's"


def test_at_start_the_cached_rows_show_marked_as_of_then_zoom_replaces_them_in_place(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    first, topics = first_visit(open_desk)
    first.close()
    box.faults.add(Fault(kind="delay", path="/users/[^/]+/meetings$", seconds=1.5))

    desk = open_desk(profile="Work")
    meetings = desk.app.meetings
    desk.wait(lambda: meetings.cached_as_of is not None)
    assert desk.topics() == topics, "the cached rows, before Zoom answered"
    assert "refreshing…" in desk.window.status.refreshed_label.text()
    assert " as of " in desk.window.status.refreshed_label.text()
    chosen = topics[len(topics) // 2]
    desk.select(chosen)
    table = desk.page.table
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    scroll = table.verticalScrollBar().value()

    desk.wait_loaded()
    assert meetings.cached_as_of is None
    assert meetings.selected() is not None and meetings.selected().topic == chosen
    assert table.verticalScrollBar().value() == scroll
    assert "updated" in desk.window.status.refreshed_label.text()


def test_with_zoom_unreachable_the_app_opens_read_only_on_the_cache(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    first, topics = first_visit(open_desk)
    first.close()
    box.stop()  # the port now refuses connections

    desk = open_desk(profile="Work")
    offline = desk.app.meetings.offline
    desk.wait(lambda: offline.active)
    window = desk.window
    assert desk.topics() == topics
    assert offline.banner.isVisibleTo(window)
    assert "Zoom cannot be reached" in offline.banner.text()
    assert "read-only" in offline.banner.text()
    assert desk.banner_text() == "", "one banner, not an error per request"
    assert "offline" in window.status.refreshed_label.text()

    desk.select(topics[0])
    for action in (window.new_action, window.edit_action, window.delete_action):
        assert not action.isEnabled()
        assert "cannot be reached" in action.toolTip()
    assert window.copy_link_action.isEnabled()
    assert window.copy_invitation_action.isEnabled()
    desk.page.open_requested.emit()  # Enter or a double-click, past the disabled Edit
    assert desk.app.actions.form is None
    assert "cannot be reached" in window.statusBar().currentMessage()
    window.copy_link_action.trigger()
    link = QApplication.clipboard().text()
    assert link.startswith("http") and "/j/" in link and "pwd=" not in link
    QApplication.clipboard().clear()
    window.copy_invitation_action.trigger()
    desk.wait(lambda: topics[0] in QApplication.clipboard().text())
    assert desk.banner_text() == ""


def test_without_a_cache_an_unreachable_zoom_is_an_error_with_retry_as_before(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    box.stop()
    desk = open_desk(profile="Work")
    desk.wait(lambda: desk.banner_text().startswith("Loading meetings failed"))
    assert desk.window.message_banner.action_button("Retry") is not None
    assert not desk.app.meetings.offline.active, "nothing to read offline"
    assert "could not be loaded" in desk.page.table.placeholder


def test_when_zoom_comes_back_the_app_reconnects_by_itself(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    first, topics = first_visit(open_desk)
    first.close()
    box.stop()
    desk = open_desk(profile="Work")
    offline = desk.app.meetings.offline
    desk.wait(lambda: offline.active)
    offline.timer.setInterval(1)  # the back-off's next try, without waiting 5 s for it

    box.start()  # the same port answers again
    offline._on_reachability(True)  # what QNetworkInformation reports when the network is back
    desk.wait_loaded()
    assert not offline.active
    assert not offline.banner.isVisibleTo(desk.window)
    assert desk.window.new_action.isEnabled()
    assert desk.topics() == topics


def test_a_failed_retry_waits_longer_before_the_next(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    first_visit(open_desk)[0].close()
    box.stop()
    desk = open_desk(profile="Work")
    offline = desk.app.meetings.offline
    desk.wait(lambda: offline.active)
    first = offline.timer.interval()
    offline.banner.action_button("Try now").click()
    desk.wait(lambda: offline.attempts == 2)
    assert offline.timer.interval() > first
    assert desk.banner_text() == ""


def test_forget_cached_meetings_deletes_this_profiles_cache(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    desk, topics = first_visit(open_desk)
    assert work.exists()
    desk.window.profile_menu.aboutToShow.emit()
    assert desk.window.forget_cache_action in desk.window.profile_menu.actions()
    desk.window.forget_cache_action.trigger()
    desk.wait(lambda: not work.exists())
    assert desk.topics() == topics, "the rows on screen stay"
    # The file goes on a worker thread; the message follows when the task resumes.
    desk.wait(lambda: "are gone" in desk.window.statusBar().currentMessage())


def test_removing_a_profile_removes_its_cache(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    desk, _topics = first_visit(open_desk)
    assert work.exists()
    desk.window.remove_profile_action.trigger()
    box_ = desk.app.profiles.remove_box
    assert box_ is not None
    next(b for b in box_.buttons() if b.text() == "&Remove").click()
    desk.wait(lambda: not work.exists())


def test_the_sandbox_is_never_cached(sandbox_desk: Desk) -> None:
    assert sandbox_desk.app.meetings.cache is None
    assert not AppPaths.default().meeting_cache.exists()


def test_the_early_cache_read_knows_zooms_default_sign_in_address() -> None:
    from zoomdesk.core.tokens import DEFAULT_OAUTH_URL
    from zoomdesk.ui.list_cache import ZOOM_OAUTH_URL

    assert ZOOM_OAUTH_URL == DEFAULT_OAUTH_URL


def test_the_smoke_test_with_zoom_unreachable_and_a_cache_succeeds_offline(
    zoomdesk_home: Path, box: Sandbox
) -> None:
    from .test_smoke import KEYS, smoke

    credentials = {
        "ZOOM_ACCOUNT_ID": "sandbox-account",
        "ZOOM_CLIENT_ID": "sandbox-client-id",
        "ZOOM_CLIENT_SECRET": SECRET,
        "ZOOMDESK_OAUTH_URL": box.url,
    }
    code, online, stderr = smoke(zoomdesk_home, **credentials)
    assert code == 0, stderr
    assert set(online) == KEYS
    assert online["cached"] is False and online["cached_ready_s"] is None
    assert online["offline"] is False

    code, again, stderr = smoke(zoomdesk_home, **credentials)
    assert code == 0, stderr
    assert again["cached"] is True and again["offline"] is False
    assert 0 < again["window_shown_s"] <= again["cached_ready_s"] <= again["ready_s"]

    box.stop()
    code, offline, stderr = smoke(zoomdesk_home, **credentials)
    assert code == 0, stderr
    assert offline["ok"] is True and offline["offline"] is True
    assert offline["cached"] is True
    assert offline["meetings"] == again["meetings"] > 0, "the cached rows, all of them"


def test_the_smoke_test_with_zoom_unreachable_and_no_cache_fails(
    zoomdesk_home: Path, box: Sandbox
) -> None:
    from .test_smoke import smoke

    box.stop()
    code, result, _stderr = smoke(
        zoomdesk_home,
        ZOOM_ACCOUNT_ID="sandbox-account",
        ZOOM_CLIENT_ID="sandbox-client-id",
        ZOOM_CLIENT_SECRET=SECRET,
        ZOOMDESK_OAUTH_URL=box.url,
    )
    assert code == 1
    assert result["ok"] is False and result["offline"] is True
    assert result["cached"] is False and result["cached_ready_s"] is None
    assert "Network error" in result["error"]


def test_offline_the_host_column_names_the_hosts_from_the_cache(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path
) -> None:
    first, _topics = first_visit(open_desk)
    hosts = {first.page.proxy.index(r, 3).data() for r in range(first.page.proxy.rowCount())}
    first.close()
    box.stop()
    desk = open_desk(profile="Work")
    desk.wait(lambda: desk.app.meetings.offline.active)
    shown = {desk.page.proxy.index(r, 3).data() for r in range(desk.page.proxy.rowCount())}
    assert shown == hosts


def test_a_refusal_is_not_offline_the_cached_rows_stay_marked_not_updated(
    open_desk: Callable[..., Desk], box: Sandbox, work: Path, memory_keyring: Any
) -> None:
    first, topics = first_visit(open_desk)
    first.close()
    memory_keyring.set_password("zoomdesk", "Work", "a-rotated-secret")  # Zoom says 401
    desk = open_desk(profile="Work")
    desk.wait(lambda: desk.banner_text() != "")
    assert not desk.app.meetings.offline.active, "Zoom answered: not a network problem"
    assert desk.window.message_banner.action_button("Edit profile…") is not None
    assert desk.topics() == topics
    assert "not updated" in desk.window.status.refreshed_label.text()
