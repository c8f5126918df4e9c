"""Least privilege in the desktop app (issue 19): "Test connection" names the granted scopes
zoomdesk never uses and recommends the fewest for browsing or scheduling; the status bar shows
what is left of Zoom's daily request limits, which every desktop on the account shares."""

from __future__ import annotations

from collections.abc import Callable

from zoomdesk.core.scopes import minimal_scopes
from zoomdesk.sandbox import Sandbox

from .conftest import Desk
from .test_profiles import fill, open_dialog, test_connection

EXTRA = ("user:write:admin", "recording:read:admin")  # power zoomdesk never uses


def test_test_connection_names_unused_scopes_and_the_minimal_sets(
    open_desk: Callable[..., Desk],
) -> None:
    broad = Sandbox(scopes=[*minimal_scopes("schedule"), *EXTRA]).start()
    try:
        desk = open_desk()
        dialog = open_dialog(desk)
        fill(desk, dialog, broad)
        result = test_connection(desk, dialog)
    finally:
        broad.stop()
    assert result.startswith("✔ Connected.")
    assert "Not used by zoomdesk: recording:read:admin user:write:admin." in result
    assert "remove these scopes" in result
    assert " ".join(minimal_scopes("browse")) in result
    assert " ".join(minimal_scopes("schedule")) in result


def test_test_connection_with_only_needed_scopes_recommends_nothing(
    open_desk: Callable[..., Desk],
) -> None:
    exact = Sandbox(scopes=minimal_scopes("schedule")).start()
    try:
        desk = open_desk()
        dialog = open_dialog(desk)
        fill(desk, dialog, exact)
        result = test_connection(desk, dialog)
    finally:
        exact.stop()
    assert result.startswith("✔ Connected.")
    assert "Not used by zoomdesk" not in result


def test_the_status_bar_shows_zooms_daily_requests_left(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    label = desk.window.status.rate_label
    desk.wait(label.isVisible)
    assert "Left today" in label.text()
    assert "shared by every desktop" in label.toolTip()


def test_a_per_second_limit_is_not_shown_as_a_daily_one(sandbox_desk: Desk) -> None:
    from datetime import UTC, datetime

    from zoomdesk.core.errors import RateLimit

    status = sandbox_desk.window.status
    status.show_rate_budget({"Light": RateLimit("Light", "QPS", 30, 29, None, None)})
    assert not status.rate_label.isVisible()
    status.show_rate_budget(
        {"Heavy": RateLimit("Heavy", "Daily-limit", 30000, 120, datetime.now(UTC), None)}
    )
    assert status.rate_label.isVisible()
    assert "Heavy: 120 of 30" in status.rate_label.text()  # the locale groups the digits
