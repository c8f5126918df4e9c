"""Shared fixtures: offscreen Qt, an in-memory keyring, a temp settings dir, a qasync loop for
pytest-qt, and the built-in sandbox on a loopback port."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
os.environ.setdefault("QT_API", "pyside6")  # qasync would prefer PyQt6 if it were installed
# No test may reach a real keychain unless it installs a backend itself.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
for var in (
    "ZOOM_ACCOUNT_ID",
    "ZOOM_CLIENT_ID",
    "ZOOM_CLIENT_SECRET",
    "ZOOMDESK_OAUTH_URL",
    "ZOOMDESK_API_URL",
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "ALL_PROXY",
    "https_proxy",
    "http_proxy",
    "all_proxy",
):
    os.environ.pop(var, None)

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

from zoomdesk.core.paths import AppPaths

# `./dev.sh mutate` sets ZOOMDESK_HYPOTHESIS_PROFILE=mutation: the same examples every run and no
# example database, so a mutant is killed or survives on the tests alone, never on what an earlier
# run (or an earlier mutant) happened to find.
settings.register_profile("mutation", derandomize=True, database=None, print_blob=False)
settings.load_profile(os.environ.get("ZOOMDESK_HYPOTHESIS_PROFILE", "default"))


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def zoomdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings/data/log folders."""
    home = tmp_path / "zoomdesk-home"
    monkeypatch.setenv("ZOOMDESK_HOME", str(home))
    return home


@pytest.fixture
def app_paths(zoomdesk_home: Path) -> AppPaths:
    return AppPaths.default()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The headless-Linux case: keyring falls back to fail.Keyring."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def sandbox() -> Iterator[object]:
    from zoomdesk.sandbox import Sandbox

    box = Sandbox().start()
    yield box
    box.stop()


@pytest.fixture
def qloop(qapp):  # type: ignore[no-untyped-def]
    """A qasync loop that 'runs' whenever pytest-qt spins Qt (qtbot.wait*); see
    ../shared/reference/desktop-patterns.md §5."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    executor = qasync.QThreadExecutor(2)
    loop.set_default_executor(executor)
    yield loop
    for task in [t for t in asyncio.all_tasks(loop) if not t.done()]:
        task.cancel()
    qapp.processEvents()
    executor.shutdown(wait=True)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)  # never loop.stop(): it calls QApplication.exit()
