"""The last meeting lists and details shown, kept on disk so the app starts with rows on screen
and can still be read while Zoom is unreachable.

One SQLite file per connection (profile), so nothing is ever shared between profiles and
forgetting a profile is deleting its file. Only what the list and the details show is kept:
passcodes and the host's start link are removed before anything is written. The methods are
plain and blocking; the app calls them in an executor (a slow disk must not stall the loop)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from zoomdesk.core.models import Json

log = logging.getLogger(__name__)

# Zoom's passcode fields: the meeting's own, and those under `settings` (and any nested object).
PASSCODE_KEYS = frozenset({"password", "h323_password", "pstn_password", "encrypted_password"})
# `start_url` carries a host key (zak=) that lets anyone start the meeting as its host; it
# expires after two hours anyway, so a cached one would be both a secret and useless.
DROPPED_KEYS = PASSCODE_KEYS | {"start_url"}
# A join link embeds the passcode as `pwd=`; the link without it still works (Zoom asks for it).
_PWD_PARAM = re.compile(r"([?&]?)\bpwd=[^&#\s\"'<>]*(&?)")
ALL_HOSTS = "*"  # the host key of the every-user list

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lists (
    host TEXT NOT NULL,
    list_type TEXT NOT NULL,
    as_of TEXT NOT NULL,
    meetings TEXT NOT NULL,
    PRIMARY KEY (host, list_type)
);
CREATE TABLE IF NOT EXISTS details (
    meeting_id TEXT NOT NULL,
    occurrence_id TEXT NOT NULL DEFAULT '',
    as_of TEXT NOT NULL,
    meeting TEXT NOT NULL,
    PRIMARY KEY (meeting_id, occurrence_id)
);
"""


def without_passcodes(value: Any) -> Any:
    """A copy of a Zoom object with no passcode anywhere: the passcode fields dropped at every
    depth and `pwd=` taken out of every link (also one pasted into an agenda)."""
    if isinstance(value, dict):
        return {k: without_passcodes(v) for k, v in value.items() if k not in DROPPED_KEYS}
    if isinstance(value, list):
        return [without_passcodes(v) for v in value]
    if isinstance(value, str) and "pwd=" in value:
        # "?pwd=x&a=1" -> "?a=1"; "?a=1&pwd=x" -> "?a=1"; "…/j/1?pwd=x" -> "…/j/1"
        return _PWD_PARAM.sub(lambda m: m.group(1) if m.group(2) else "", value)
    return value


@dataclass(frozen=True)
class CachedList:
    meetings: list[Json]  # Zoom's objects as listed, without passcodes
    as_of: datetime  # when Zoom sent them (UTC)


@dataclass(frozen=True)
class CachedMeeting:
    meeting: Json
    as_of: datetime


def connection_key(profile: str | None, account_id: str, oauth_url: str) -> str:
    """The cache key of a connection: its profile's name, else (credentials from the
    environment) its account and OAuth server, so two accounts never share a file."""
    return profile if profile is not None else f"account {account_id} at {oauth_url}"


def cache_file_name(key: str) -> str:
    """Profile names may hold any character; the file name is a digest of the key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".sqlite3"


class MeetingCache:
    """The cache of one connection (`key`: a profile name, or another stable connection key).

    Every method is blocking and thread-safe; failures are logged and never raised, because a
    cache that cannot be read or written must not stop the user's work."""

    def __init__(self, folder: Path, key: str) -> None:
        self.key = key
        self.path = folder / cache_file_name(key)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            _private_file(self.path)
            db = sqlite3.connect(self.path, check_same_thread=False)
            db.executescript(SCHEMA)
            stored = db.execute("SELECT value FROM meta WHERE key = 'profile'").fetchone()
            if stored is None:
                with db:
                    db.execute("INSERT INTO meta VALUES ('profile', ?)", (self.key,))
            elif stored[0] != self.key:  # a digest collision: never show another's meetings
                db.close()
                raise sqlite3.DatabaseError(f"{self.path} belongs to another profile")
            self._db = db
        return self._db

    def save_list(
        self,
        host: str,
        list_type: str,
        meetings: Iterable[Json],
        as_of: datetime | None = None,
    ) -> None:
        """Replace the cached list of `host` (an email, a user ID or ALL_HOSTS)."""
        body = json.dumps([without_passcodes(m) for m in meetings], ensure_ascii=False)
        self._write(
            "INSERT OR REPLACE INTO lists VALUES (?, ?, ?, ?)",
            (host, list_type, _stamp(as_of), body),
        )

    def load_list(self, host: str, list_type: str) -> CachedList | None:
        row = self._read(
            "SELECT as_of, meetings FROM lists WHERE host = ? AND list_type = ?",
            (host, list_type),
        )
        if row is None:
            return None
        meetings = json.loads(row[1])
        return CachedList([m for m in meetings if isinstance(m, dict)], _parse(row[0]))

    def save_meeting(
        self, meeting: Json, occurrence_id: str | None = None, as_of: datetime | None = None
    ) -> None:
        """Keep what the details pane shows for one meeting (or one occurrence of it)."""
        body = json.dumps(without_passcodes(meeting), ensure_ascii=False)
        self._write(
            "INSERT OR REPLACE INTO details VALUES (?, ?, ?, ?)",
            (str(meeting.get("id", "")), occurrence_id or "", _stamp(as_of), body),
        )

    def load_meeting(
        self, meeting_id: int, occurrence_id: str | None = None
    ) -> CachedMeeting | None:
        row = self._read(
            "SELECT as_of, meeting FROM details WHERE meeting_id = ? AND occurrence_id = ?",
            (str(meeting_id), occurrence_id or ""),
        )
        if row is None:
            return None
        meeting = json.loads(row[1])
        return CachedMeeting(meeting, _parse(row[0])) if isinstance(meeting, dict) else None

    def forget_meeting(self, meeting_id: int) -> None:
        """A deleted meeting leaves the details cache at once (lists are replaced whole)."""
        self._write("DELETE FROM details WHERE meeting_id = ?", (str(meeting_id),))

    def forget(self) -> None:
        """Delete this profile's cache file ("Forget cached meetings", profile removal)."""
        with self._lock:
            self._close()
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(f"{self.path}{suffix}").unlink()

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _write(self, sql: str, params: tuple[str, ...]) -> None:
        try:
            with self._lock:
                db = self._connect()
                with db:
                    db.execute(sql, params)
        except (sqlite3.Error, OSError):  # a full disk or a locked file: the cache just ages
            log.warning("Could not write the meeting cache %s", self.path, exc_info=True)

    def _read(self, sql: str, params: tuple[str, ...]) -> tuple[str, str] | None:
        if not self.path.exists():  # reading never creates a file
            return None
        try:
            with self._lock:
                row = self._connect().execute(sql, params).fetchone()
        except (sqlite3.Error, OSError):
            log.warning("Could not read the meeting cache %s", self.path, exc_info=True)
            return None
        return (str(row[0]), str(row[1])) if row else None


class MeetingCaches:
    """The cache folder: one `MeetingCache` per connection key, opened on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._open: dict[str, MeetingCache] = {}
        self._lock = threading.Lock()

    def for_key(self, key: str) -> MeetingCache:
        with self._lock:
            cache = self._open.get(key)
            if cache is None:
                cache = self._open[key] = MeetingCache(self.folder, key)
            return cache

    def forget(self, key: str) -> None:
        """Remove everything cached for `key`, whether or not it was opened in this process."""
        with self._lock:
            cache = self._open.pop(key, None) or MeetingCache(self.folder, key)
        cache.forget()

    def close(self) -> None:
        with self._lock:
            caches, self._open = list(self._open.values()), {}
        for cache in caches:
            cache.close()


def _private_file(path: Path) -> None:
    """Create the folder (0700) and the file (0600) before SQLite opens it, so the meetings are
    never readable by other users, not even for a moment; SQLite gives its journal the same
    mode. On Windows the per-user data folder's ACL does this job."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)  # a file made before this rule, or under another umask


def _stamp(as_of: datetime | None) -> str:
    return (as_of or datetime.now(UTC)).astimezone(UTC).isoformat()


def _parse(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
