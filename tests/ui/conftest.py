"""The desktop app as a user meets it: the real composition root, real widgets, the built-in
sandbox over loopback, driven by qtbot on the qasync loop (the `qloop` fixture)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zoomdesk.ui.app import DesktopApp, LaunchOptions

WAIT = 15_000  # ms; generous for a loaded CI machine, never slept through


class Desk:
    """One running desktop app and the things a test does with it."""

    def __init__(self, qtbot: Any, options: LaunchOptions, **app_options: Any) -> None:
        self.qtbot = qtbot
        self.app = DesktopApp(options, **app_options)
        self.window = self.app.window
        self.page = self.window.list_page
        self.app.start()

    def wait(self, condition: Callable[[], object], timeout: int = WAIT) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    def run(self, coro: Coroutine[Any, Any, Any], timeout: int = WAIT) -> Any:
        task = asyncio.ensure_future(coro)
        self.qtbot.waitUntil(task.done, timeout=timeout)
        return task.result()

    def loaded(self) -> bool:
        meetings = self.app.meetings
        return (
            self.app.session is not None
            and meetings.loaded_at is not None
            and not meetings.is_loading()
        )

    def wait_loaded(self, timeout: int = WAIT) -> None:
        self.wait(self.loaded, timeout)

    def reload(self, timeout: int = WAIT) -> None:
        self.app.meetings.loaded_at = None
        self.qtbot.keyClick(self.page.table, Qt.Key.Key_F5)
        self.wait_loaded(timeout)

    def topics(self) -> list[str]:
        proxy = self.page.proxy
        return [str(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]

    def select(self, topic: str) -> None:
        proxy = self.page.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data() == topic:
                self.page.table.setFocus()
                self.page.table.selectRow(row)
                return
        raise AssertionError(f"{topic!r} is not in the list: {self.topics()}")

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """A key in the meeting list; the window is activated first, as the window manager
        does when a dialog closes (shortcuts only reach the active window)."""
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)
        self.page.table.setFocus()
        self.qtbot.keyClick(self.page.table, key, modifier)

    def banner_text(self) -> str:
        banner = self.window.message_banner
        return banner.text() if banner.isVisibleTo(self.window) else ""

    def close(self) -> None:
        if not self.app.shut_down:
            self.app.actions.quit_anyway()  # past any unsaved form a test left open
            self.wait(lambda: self.app.shut_down)


@pytest.fixture
def open_desk(qtbot: Any, qloop: Any) -> Iterator[Callable[..., Desk]]:
    """Start the app like `zoomdesk [--sandbox]`; every app started is closed afterwards."""
    started: list[Desk] = []

    def start(*, redactor: Any = None, **options: Any) -> Desk:
        desk = Desk(qtbot, LaunchOptions(**options), redactor=redactor)
        started.append(desk)
        return desk

    yield start
    for desk in started:
        desk.close()
    QApplication.clipboard().clear()


@pytest.fixture
def sandbox_desk(open_desk: Callable[..., Desk]) -> Desk:
    """`zoomdesk --sandbox` with its list loaded."""
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    return desk


@pytest.fixture
def ui_language(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Any]]:
    """`ui_language("de")` (or `ui_language(pseudo=True)`) installs a language as the app does at
    start; it is uninstalled after the test (back to the English source)."""
    from zoomdesk.ui.i18n import use_language

    installed: list[Any] = []

    def use(code: str = "", *, pseudo: bool = False, locale: str = "") -> Any:
        """`locale="en_US"` stands in for the system's locale (with code "")."""
        from PySide6.QtCore import QLocale

        if pseudo:
            monkeypatch.setenv("ZOOMDESK_PSEUDO", "1")
        language = use_language(code, QLocale(locale) if locale else None)
        installed.append(language)
        return language

    yield use
    for language in installed:
        language.uninstall()
