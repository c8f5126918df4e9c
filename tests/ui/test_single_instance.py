"""One desktop app per user (issue 14, item 5): a second `zoomdesk` start raises the running
window and exits 0 instead of opening a second window that offers to "recover" the first one's
live forms; a crashed instance leaves nothing that blocks the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from zoomdesk.core.paths import AppPaths
from zoomdesk.ui.single_instance import SingleInstance

WAIT = 20_000  # ms; a second interpreter starts on a loaded machine


def start_zoomdesk(*args: str, code: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "zoomdesk", *args]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Its exit status and output; a start that never ends is ended here and fails the test."""
    try:
        out, err = process.communicate(timeout=WAIT / 1000)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise AssertionError("the second start did not exit") from None
    return process.returncode, out, err


def test_a_second_start_raises_the_running_window_and_exits_0(
    zoomdesk_home: Path, qtbot: Any
) -> None:
    running = SingleInstance.claim(AppPaths.default().config)
    assert running is not None
    running.listen()
    try:
        with qtbot.waitSignal(running.raise_requested, timeout=WAIT):
            second = start_zoomdesk()
        code, out, err = finish(second)
        assert code == 0, err
        assert "already running" in out
    finally:
        running.release()


def test_a_crashed_instance_does_not_block_the_next_start(zoomdesk_home: Path, qtbot: Any) -> None:
    crash = (
        "import os, signal\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from zoomdesk.core.paths import AppPaths\n"
        "from zoomdesk.ui.single_instance import SingleInstance\n"
        "app = QApplication([])\n"
        "held = SingleInstance.claim(AppPaths.default().config)\n"
        "assert held is not None\n"
        "held.listen()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    crashed = start_zoomdesk(code=crash)
    crashed.communicate(timeout=WAIT / 1000)
    assert crashed.returncode == -9
    assert (AppPaths.default().config / "zoomdesk.lock").exists()  # left behind

    running = SingleInstance.claim(AppPaths.default().config)
    assert running is not None  # the dead instance's lock and socket did not count
    running.listen()
    try:
        with qtbot.waitSignal(running.raise_requested, timeout=WAIT):
            second = start_zoomdesk("--sandbox")
        assert finish(second)[0] == 0
    finally:
        running.release()


def test_a_live_instance_that_does_not_answer_is_named_and_the_start_exits_1(
    zoomdesk_home: Path,
) -> None:
    hang = (
        "import sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "from zoomdesk.core.paths import AppPaths\n"
        "config = AppPaths.default().config\n"
        "config.mkdir(parents=True, exist_ok=True)\n"
        "lock = QLockFile(str(config / 'zoomdesk.lock'))\n"
        "assert lock.tryLock(0)\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    stuck = subprocess.Popen(
        [sys.executable, "-c", hang],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert stuck.stdout is not None and stuck.stdout.readline() == "locked\n"
        code, _out, err = finish(start_zoomdesk())
        assert code == 1
        assert f"already running (process {stuck.pid}) but does not answer" in err
        assert "Traceback" not in err
    finally:
        stuck.communicate("")


HOLD = (
    "import os, signal, sys\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1])\n"
    "lock.setStaleLockTime(0)\n"
    "assert lock.tryLock(0)\n"
    "print('locked', flush=True)\n"
    "if sys.argv[2] == 'die':\n"
    "    os.kill(os.getpid(), signal.SIGKILL)\n"
    "sys.stdin.read()\n"
)


def test_recovery_never_offers_a_form_still_open_in_another_running_app(
    open_desk: Any, zoomdesk_home: Path
) -> None:
    from zoomdesk.core.draft_store import DraftStore, FormState
    from zoomdesk.core.drafts import MeetingDraft

    data = AppPaths.default().data
    owners = data / "draft-owners"
    owners.mkdir(parents=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    live = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(owners / "aaaaaaaaaaaa.lock"), "hold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    dead = subprocess.run(
        [sys.executable, "-c", HOLD, str(owners / "bbbbbbbbbbbb.lock"), "die"], env=env, check=False
    )
    assert dead.returncode == -9 and (owners / "bbbbbbbbbbbb.lock").exists()
    try:
        assert live.stdout is not None and live.stdout.readline() == "locked\n"
        store = DraftStore(data / "drafts.sqlite3")
        for key, topic in (
            ("aaaaaaaaaaaa.k1", "Open in the other window"),
            ("bbbbbbbbbbbb.k2", "Left by a crash"),
        ):
            store.save(key, "sandbox", FormState("create", MeetingDraft(topic=topic)))
        store.close()
        desk = open_desk(sandbox=True)
        desk.wait_loaded()
        desk.wait(lambda: "not saved when zoomdesk last stopped" in desk.banner_text())
        assert "Left by a crash" in desk.banner_text()
        assert "Open in the other window" not in desk.banner_text()
    finally:
        live.communicate("")
