"""Nothing lost: the meeting form keeps a recovery copy as the user types; a killed process's
forms come back; a full disk never touches what is on screen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.meeting_form_kit import WAIT, Kit, type_text
from zoomdesk.core.draft_store import DraftStore, FormState
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.ui.autosave import FormAutosave


@pytest.fixture
def kit(sandbox: Any, qtbot: Any, qloop: Any) -> Any:
    k = Kit(sandbox, qtbot)
    yield k
    k.close()


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    s = DraftStore(tmp_path / "drafts.sqlite3")
    yield s
    s.close()


def test_typing_keeps_a_recovery_copy_that_saving_removes(kit, store, qtbot):
    autosave = FormAutosave(store, "sandbox", delay_ms=50)
    dialog = kit.open_form(autosave=autosave)
    with qtbot.waitSignal(autosave.written, timeout=WAIT):
        type_text(qtbot, dialog.fields.topic_edit, "Budget review")
    [saved] = store.pending("sandbox")
    assert saved.form.draft.topic == "Budget review" and saved.form.mode == "create"
    kit.save(dialog)
    qtbot.waitUntil(lambda: store.pending() == [], timeout=WAIT)


def test_discarding_changes_removes_the_recovery_copy(kit, store, qtbot):
    autosave = FormAutosave(store, "sandbox", delay_ms=50)
    dialog = kit.open_form(autosave=autosave)
    with qtbot.waitSignal(autosave.written, timeout=WAIT):
        type_text(qtbot, dialog.fields.topic_edit, "Never mind")
    dialog.reject()
    box = dialog._close_prompt.box
    assert box is not None
    qtbot.mouseClick(box.button(box.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.pending() == [], timeout=WAIT)


def test_a_restored_edit_reopens_with_what_was_typed(kit, store, qtbot):
    meeting = kit.create(topic="Weekly sync")
    restore = FormState(
        mode="edit",
        draft=MeetingDraft(topic="Weekly sync (moved)", start=None, timezone="Europe/Berlin"),
        host_id=kit.host.id,
        meeting_id=meeting.id,
        original_topic="Weekly sync",
    )
    dialog = kit.open_form(meeting=meeting, restore=restore)
    assert dialog.fields.topic_edit.text() == "Weekly sync (moved)"
    assert dialog.is_dirty() and dialog.note.isVisible()
    assert "Restored" in dialog.note.title.text()


def test_a_full_disk_warns_and_keeps_the_form_as_it_was(kit, store, qtbot):
    autosave = FormAutosave(store, "sandbox", delay_ms=50)
    # Fill the file's last page, then cap it: SQLite's own "database or disk is full".
    store.save("filler", "other", FormState("create", MeetingDraft(agenda="y" * 3600)))
    db = store._connect()
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    dialog = kit.open_form(autosave=autosave)
    with qtbot.waitSignal(autosave.failed, timeout=WAIT) as blocker:
        type_text(qtbot, dialog.fields.topic_edit, "Quarterly numbers")
    assert "full" in blocker.args[0]
    assert dialog.banner.isVisible() and "not backed up" in dialog.banner.title.text()
    assert dialog.fields.topic_edit.text() == "Quarterly numbers"
    assert dialog.isVisible()


CHILD = textwrap.dedent("""
    import asyncio, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import QtWidgets
    from PySide6.QtTest import QTest
    import qasync
    import httpx
    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.draft_store import DraftStore
    from zoomdesk.core.exchange import ExchangeLog
    from zoomdesk.core.meeting_service import MeetingService
    from zoomdesk.core.tokens import Credentials, TokenProvider
    from zoomdesk.core.transport import Sender
    from zoomdesk.sandbox import Sandbox
    from zoomdesk.ui.autosave import FormAutosave
    from zoomdesk.ui.meeting_form import MeetingFormDialog

    async def main():
        box = Sandbox().start()
        http = httpx.AsyncClient()
        sender = Sender(http, ExchangeLog())
        client = ZoomClient(sender, TokenProvider(sender, Credentials(
            "sandbox-account", "sandbox-client-id", "sandbox-client-secret", box.url)))
        users = await client.list_users()
        autosave = FormAutosave(DraftStore(__import__("pathlib").Path(sys.argv[1])), "sandbox",
                                delay_ms=20)
        dialog = MeetingFormDialog(MeetingService(client), users, autosave=autosave)
        dialog.show()
        autosave.written.connect(lambda: print("SAVED", flush=True))
        QTest.keyClicks(dialog.fields.topic_edit, "Typed before the crash")
        QTest.keyClicks(dialog.fields.agenda_edit, "Agenda typed too")
        await asyncio.Event().wait()  # until killed

    app = QtWidgets.QApplication([])
    asyncio.run(main(), loop_factory=qasync.QEventLoop) if sys.version_info >= (3, 12) else \\
        qasync.run(main())
""")


@pytest.mark.slow
def test_a_form_survives_its_process_being_killed_mid_edit(kit, tmp_path, qtbot):
    path = tmp_path / "drafts.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("SAVED"):
                store = DraftStore(path)
                found = store.pending()
                store.close()
                if found and found[0].form.draft.agenda == "Agenda typed too":
                    break
        child.send_signal(signal.SIGKILL)  # no clean-up of any kind, as in a crash
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    store = DraftStore(path)
    [saved] = store.pending("sandbox")
    assert saved.form.draft.topic == "Typed before the crash"
    dialog = kit.open_form(restore=saved.form)
    assert dialog.fields.topic_edit.text() == "Typed before the crash"
    assert dialog.fields.agenda_edit.toPlainText() == "Agenda typed too"
    store.close()
