"""Which process a form's recovery copy belongs to, so recovery never offers a form that is
still open: each app holds a lock file for its lifetime (QLockFile: a lock whose process died
is free again) and names its copies after it. A second line of defence behind the single-
instance rule (issue 14, item 5): a second app offered to "recover" the first one's live
form, and Restore + Save in both made two meetings."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLockFile

from zoomdesk.core.draft_store import DraftStore


class DraftOwner:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.token = uuid.uuid4().hex[:12]
        self._lock: QLockFile | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # no claim possible: copies are then offered as before
        lock = QLockFile(str(folder / f"{self.token}.lock"))
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            self._lock = lock

    def new_key(self) -> str:
        return f"{self.token}.{DraftStore.new_key()}"

    def is_live(self, key: str) -> bool:
        """The copy belongs to a form open now, in this process or another running one."""
        token, dot, _rest = key.partition(".")
        if not dot:
            return False  # a copy written before owners existed
        if token == self.token:
            return True
        path = self.folder / f"{token}.lock"
        if not path.exists():
            return False
        other = QLockFile(str(path))
        other.setStaleLockTime(0)
        if other.tryLock(0):
            other.unlock()  # its process is gone; unlock removes the file
            return False
        return other.error() == QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
