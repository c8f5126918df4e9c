"""The windows fit the screens staff have (issue 14, item 24): the HTTP panel does not push
the window past a 1440x900 screen, the connection selector stays on the toolbar at 800x600,
the form at its smallest cuts nothing off, and Alt+letter scrolls a hidden field into view."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QCheckBox

from zoomdesk.ui import screen_fit

from .conftest import Desk
from .meeting_form_kit import Kit


def test_the_http_panel_keeps_the_window_within_a_1440x900_screen(sandbox_desk: Desk) -> None:
    desk = sandbox_desk
    window = desk.window
    window.resize(1440, 860)
    window.show_message("Loading meetings failed: a banner makes the list taller", details="x")
    dock = desk.app.tools.debug_dock
    dock.toggleViewAction().trigger()
    desk.wait(lambda: desk.app.tools.debug_panel is not None and dock.isVisible())
    desk.qtbot.wait(50)  # one layout pass
    assert window.minimumSizeHint().height() <= 860
    assert window.height() <= 900
    dock.toggleViewAction().trigger()
    desk.wait(lambda: not dock.isVisible())
    assert window.height() <= 900


def test_at_800x600_the_connection_selector_stays_on_the_toolbar(sandbox_desk: Desk) -> None:
    window = sandbox_desk.window
    window.resize(800, 600)
    sandbox_desk.qtbot.waitUntil(lambda: window.width() == 800)
    combo = window.profile_combo
    sandbox_desk.qtbot.waitUntil(combo.isVisible, timeout=2000)  # the toolbar lays out late
    right = combo.mapTo(window, combo.rect().topRight()).x()
    assert right <= window.width()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    window.resize(1440, 860)
    sandbox_desk.qtbot.waitUntil(lambda: window.width() == 1440)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def test_the_form_at_its_smallest_cuts_nothing_off_on_the_right(kit, qtbot, monkeypatch) -> None:
    # On a laptop screen; the offscreen platform's 800x600 screen is narrower than the fields.
    monkeypatch.setattr(screen_fit, "available_area", lambda _w: QRect(0, 0, 1366, 728))
    form = kit.open_form()
    form.resize(form.minimumSize())
    qtbot.waitUntil(lambda: form.size() == form.minimumSize())
    qtbot.wait(20)  # one layout pass
    assert form.fields.width() >= form.fields.minimumSizeHint().width()
    assert form.scroll_area.horizontalScrollBar().maximum() == 0


def test_alt_letter_to_a_field_below_the_fold_scrolls_it_into_view(kit, qtbot) -> None:
    form = kit.open_form()
    form.resize(form.minimumSize())
    qtbot.waitUntil(lambda: form.size() == form.minimumSize())
    bar = form.scroll_area.verticalScrollBar()
    bar.setValue(0)
    target = next(
        c for c in form.fields.findChildren(QCheckBox) if c.text().startswith("&Email alternative")
    )
    assert target.visibleRegion().isEmpty()  # below the fold at this size
    qtbot.keyClick(form, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Email alternative…
    qtbot.waitUntil(target.hasFocus)
    assert bar.value() > 0
    assert target.visibleRegion().boundingRect().size() == target.size()  # wholly in view
