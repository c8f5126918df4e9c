"""Issue 19's screenshots in docs/, made from the real app: the offline banner over the cached
list, and a meeting setting locked by the organisation's policy. Skipped unless
ZOOMDESK_SCREENSHOTS names a folder:

    ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1700x1000x24" \\
        .venv/bin/python -m pytest tests/ui/test_offline_screenshots.py -q
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from zoomdesk.sandbox import Sandbox

from .conftest import Desk
from .screenshots import only_when_asked, shoot
from .test_meeting_actions import wait_form
from .test_offline import add_work_profile, first_visit

pytestmark = only_when_asked


@pytest.fixture
def stopped(memory_keyring: Any) -> Any:
    """The profile "Work" on a sandbox, which the test stops."""
    sandbox = Sandbox().start()
    add_work_profile(sandbox, memory_keyring)
    yield sandbox
    sandbox.stop()


def test_screenshot_offline_banner(open_desk: Callable[..., Desk], stopped: Sandbox) -> None:
    first, topics = first_visit(open_desk)
    first.close()
    stopped.stop()
    desk = open_desk(profile="Work")
    desk.window.resize(1240, 700)
    desk.wait(lambda: desk.app.meetings.offline.active)
    desk.select(topics[1])
    desk.qtbot.wait(300)  # let the window system deliver the last paints
    shoot(desk, desk.window, "offline")


def test_screenshot_locked_setting(
    open_desk: Callable[..., Desk], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("[locked_settings]\nwaiting_room = true\n", encoding="utf-8")
    monkeypatch.setenv("ZOOMDESK_POLICY_FILE", str(policy))
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.new_action.trigger()
    form: Any = wait_form(desk)
    form.resize(720, 900)
    box_ = form.fields.options.inputs["waiting_room"]
    form.scroll_area.ensureWidgetVisible(box_, 50, 250)
    desk.qtbot.wait(300)
    shoot(desk, form, "locked-setting")
