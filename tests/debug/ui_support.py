"""Helpers shared by the debug-panel and doctor UI tests (tests/ui/test_debug_*.py): a session
that sends requests through zoomdesk's own Sender on the qasync loop, and a way to read every
piece of text a user could see in a widget tree."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.debug.conftest import ACCOUNT, CLIENT_ID, FORM, GOOD_BASIC, SECRET
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.exchange import Exchange, ExchangeLog
from zoomdesk.core.tokens import Credentials, TokenProvider
from zoomdesk.core.transport import Sender, make_http_client

FOUNDING_QUERY = f"/oauth/token?grant_type=account_credentials&account_id={ACCOUNT}"


class Session:
    """What the app has: one exchange log, one HTTP client, one token provider."""

    def __init__(self, qtbot: Any, sandbox: Any, secret: str = SECRET) -> None:
        self.qtbot = qtbot
        self.sandbox = sandbox
        self.log = ExchangeLog()
        self.http = make_http_client(5.0)
        self.sender = Sender(self.http, self.log)
        self.provider = TokenProvider(
            self.sender, Credentials(ACCOUNT, CLIENT_ID, secret, sandbox.url)
        )

    def run(self, coro: Coroutine[Any, Any, Any]) -> Any:
        task = asyncio.ensure_future(coro)
        self.qtbot.waitUntil(task.done, timeout=10_000)
        return task.result()

    def send(self, method: str, path: str, kind: str = "api", **options: Any) -> Exchange:
        async def go() -> None:
            request = self.http.build_request(method, self.sandbox.url + path, **options)
            try:
                await self.sender.send(request, kind)
            except ZoomDeskError:
                pass

        self.run(go())
        return list(self.log)[-1]

    def founding_story(self) -> Exchange:
        return self.send(
            "POST", FOUNDING_QUERY, "token", headers={"Authorization": GOOD_BASIC, **FORM}
        )

    def token(self) -> str:
        return str(self.run(self.provider.get()).value)

    def close(self) -> None:
        self.run(self.http.aclose())


def _model_text(model: QAbstractItemModel) -> list[str]:
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if value is not None:
                    texts.append(str(value))
    return texts


def visible_text(root: QWidget) -> str:
    """Everything a user could read in `root` and its children (shown or on another tab)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_text(widget.model())
        texts.append(widget.toolTip())
    return "\n".join(texts)
