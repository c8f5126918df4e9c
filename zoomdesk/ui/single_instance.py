"""One desktop app per user: a second `zoomdesk` raises the running window and exits.

Two windows on one profile each autosave their open forms into the same recovery store, so the
second offered to "recover" the first one's live form (issue 14, item 5). The authority is a
lock file in the user's config folder (QLockFile notices a lock left by a process that died, so
a crash never blocks the next start); the running app listens on a local socket (a named pipe
on Windows) through which a later start asks it to show its window."""

from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("zoomdesk.ui")
CONNECT_MS = 500  # per attempt to reach the running app
ATTEMPTS = 6  # the running app may still be starting: its socket comes a moment after its lock
WAIT_MS = 300
RAISE = b"raise\n"


class NotAnswering(RuntimeError):
    """Another live zoomdesk holds the lock but never answered on its socket."""


def server_name(config: Path) -> str:
    """Per user and per config folder (ZOOMDESK_HOME gives tests and portable installs their
    own), short enough for a Unix socket path."""
    digest = zlib.crc32(str(config.resolve()).encode())  # zlib: hashlib costs ~10 ms to import
    return f"zoomdesk-{digest:08x}"


class SingleInstance(QObject):
    """Held by the running app for its lifetime. `raise_requested` when another start asks."""

    raise_requested = Signal()

    def __init__(self, lock: QLockFile, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._name = name
        self.server: QLocalServer | None = None

    def listen(self) -> None:
        """Once the window is shown: QtNetwork takes ~30 ms to import, which the window need
        not wait for (a start meanwhile retries for a moment)."""
        from PySide6.QtNetwork import QLocalServer

        self.server = server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file still there is a dead instance's: remove it.
        QLocalServer.removeServer(self._name)
        if not server.listen(self._name):
            log.warning("cannot listen for other starts: %s", server.errorString())
        server.newConnection.connect(self._on_connection)

    @classmethod
    def claim(cls, config: Path, parent: QObject | None = None) -> SingleInstance | None:
        """This process becomes the running app, or None after asking the running one to show
        itself (the caller then exits 0)."""
        config.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(config / "zoomdesk.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        name = server_name(config)
        for _attempt in range(ATTEMPTS):
            if lock.tryLock(0):
                return cls(lock, name, parent)
            if lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("cannot use the instance lock (%s); starting anyway", lock.error())
                return cls(lock, name, parent)
            if ask_to_raise(name):
                return None
            QThread.msleep(WAIT_MS)  # before the window exists: nothing else to keep responsive
        info = lock.getLockInfo()  # (pid, host, app); empty when the file is unreadable
        pid = info[0] if info else "?"
        raise NotAnswering(
            f"zoomdesk is already running (process {pid}) but does not answer. "
            "Close it, or end that process, then start zoomdesk again."
        )

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._on_ready)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _on_ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if RAISE.strip() in bytes(socket.readAll().data()):
            self.raise_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self._lock.unlock()


def ask_to_raise(name: str) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(CONNECT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_MS)
    return True
