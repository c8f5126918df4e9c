"""What the meeting-form tests share: a ZoomClient wired to the sandbox over loopback, a way to
run a coroutine from a test (qtbot spins the qasync loop), and keyboard helpers that type into
the form the way a person does."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from datetime import date, datetime, time, timedelta
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from zoomdesk.core.client import ZoomClient
from zoomdesk.core.exchange import ExchangeLog
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.models import Meeting, User
from zoomdesk.core.tokens import Credentials, TokenProvider
from zoomdesk.core.transport import Sender
from zoomdesk.ui.meeting_form import MeetingFormDialog

WAIT = 10_000  # ms


async def short_sleep(seconds: float) -> None:
    """The client waits between per-second retries; real waiting, capped to keep tests quick."""
    await asyncio.sleep(min(seconds, 0.05))


def settled(dialog: MeetingFormDialog) -> bool:
    """The host's defaults and the account's tracking fields have arrived (or failed)."""
    return not dialog.runner.running("host") and not dialog.runner.running("tracking")


class Kit:
    def __init__(self, sandbox: Any, qtbot: Any) -> None:
        self.sandbox = sandbox
        self.qtbot = qtbot
        self.http = httpx.AsyncClient(timeout=10)
        sender = Sender(self.http, ExchangeLog())
        credentials = Credentials(
            "sandbox-account", "sandbox-client-id", "sandbox-client-secret", sandbox.url
        )
        self.client = ZoomClient(sender, TokenProvider(sender, credentials), sleep=short_sleep)
        self.service = MeetingService(self.client)
        self.users: list[User] = self.run(self.client.list_users())
        self.host = self.users[0]

    def run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        task = asyncio.ensure_future(coro)
        self.qtbot.waitUntil(task.done, timeout=WAIT)
        return task.result()

    def close(self) -> None:
        self.run(self.http.aclose())

    # --- the dialog ----------------------------------------------------------------------

    def open_form(self, *, wait: bool = True, **options: Any) -> MeetingFormDialog:
        """Open the form as the main window does; by default, wait until it is ready."""
        dialog = MeetingFormDialog(self.service, self.users, **options)
        self.qtbot.addWidget(dialog)
        dialog.open()
        dialog.activateWindow()  # as the window manager does; shortcuts need an active window
        self.qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
        if wait:
            self.qtbot.waitUntil(lambda: dialog.loaded and settled(dialog), timeout=WAIT)
        return dialog

    def save(self, dialog: MeetingFormDialog) -> Any:
        with self.qtbot.waitSignal(dialog.saved, timeout=WAIT) as blocker:
            self.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return blocker.args[0]

    def save_and_wait_for_banner(self, dialog: MeetingFormDialog) -> None:
        self.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: dialog.banner.isVisible() and not dialog._saving, timeout=WAIT)

    # --- Zoom's side ---------------------------------------------------------------------

    def create(self, **body: Any) -> Meeting:
        base: dict[str, Any] = {
            "topic": "Weekly sync",
            "type": 2,
            "start_time": f"{in_days(20):%Y-%m-%d}T09:00:00",
            "timezone": "Europe/Berlin",
            "duration": 30,
            "agenda": "Plans",
        }
        base.update(body)
        return self.run(self.client.create_meeting(self.host.id, base))

    def stored(self, meeting_id: int) -> dict[str, Any]:
        return self.sandbox.state.meetings[int(meeting_id)]

    def bodies(self, method: str, path_prefix: str) -> list[dict[str, Any]]:
        return [
            body_json(r.body)
            for r in self.sandbox.requests
            if r.method == method and r.path.startswith(path_prefix)
        ]

    def requests(self, method: str, path_prefix: str) -> list[Any]:
        return [
            r
            for r in self.sandbox.requests
            if r.method == method and r.path.startswith(path_prefix)
        ]


def body_json(body: Any) -> dict[str, Any]:
    if isinstance(body, dict):
        return body
    if isinstance(body, bytes | bytearray):
        body = body.decode()
    return json.loads(body) if body else {}


def in_days(days: int) -> date:
    return date.today() + timedelta(days=days)


# --- typing like a person ------------------------------------------------------------------


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Replace what the field holds with `text`, typed key by key."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
    if not text and isinstance(widget, QLineEdit | QPlainTextEdit):
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        return
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(widget, Qt.Key.Key_Return)  # QTest can't type "\n" as a character
        if line:
            qtbot.keyClicks(widget, line)


def pick_zone(qtbot: Any, picker: Any, text: str) -> None:
    """Type part of a zone's name, then take the first suggestion (Down, Enter) if any."""
    type_text(qtbot, picker.lineEdit(), text)
    popup = picker.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def type_date(qtbot: Any, edit: QDateEdit, day: date) -> None:
    """As after tabbing into the field: the first section is selected, digits fill it."""
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(edit, f"{day:%Y%m%d}")
    assert edit.date().toPython() == day


def type_time(qtbot: Any, edit: QTimeEdit, at: time) -> None:
    edit.setFocus()
    edit.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, f"{at:%H%M}")
    assert edit.time().toPython() == at


def start_of(draft_start: datetime | None) -> datetime:
    assert draft_start is not None
    return draft_start
