"""A local history of what zoomdesk changed in Zoom: when, which meeting, which fields, the
result. SQLite in the user data dir; it holds no secrets (field names, not values, except the
topic, which users need to recognise the meeting)."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from zoomdesk.core.i18n import translate_marked, translate_noop

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    meeting_id TEXT,
    occurrence_id TEXT,
    topic TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    host TEXT NOT NULL DEFAULT ''
)
"""
COLUMNS = "at, action, meeting_id, occurrence_id, topic, fields, result, detail, host"

# What the history dialog shows for the stored words (which stay English: the CLI reads them).
ACTIONS = {
    "created": translate_noop("History", "Created"),
    "updated": translate_noop("History", "Updated"),
    "deleted": translate_noop("History", "Deleted"),
}
RESULTS = {
    "ok": translate_noop("History", "Done"),
    "failed": translate_noop("History", "Failed"),
    "unknown": translate_noop("History", "Outcome unknown"),
}


def action_text(action: str) -> str:
    """`created` → "Created", in the user's language."""
    shown = ACTIONS.get(action)
    return translate_marked("History", shown) if shown else action.capitalize()


def result_text(result: str) -> str:
    """`ok` → "Done", in the user's language."""
    shown = RESULTS.get(result)
    return translate_marked("History", shown) if shown else result


@dataclass(frozen=True)
class Change:
    at: datetime
    action: str  # created / updated / deleted
    meeting_id: int | None
    occurrence_id: str | None
    topic: str
    fields: tuple[str, ...]
    result: str  # ok / failed / unknown
    detail: str = ""
    host: str = ""  # the user ID or email the request named, where it named one


class History:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False)
            # WAL with synchronous=NORMAL: a commit is a write, not an fsync (~5 ms each here),
            # so a bulk import's hundreds of changes do not queue behind the disk; a crash of
            # the app loses nothing, a power cut at worst the last few entries.
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(SCHEMA)
            _migrate_integer_ids(db)
            _add_host_column(db)
            self._db = db
        return self._db

    def record(self, change: Change) -> None:
        """Best effort: a history that cannot be written must never fail the user's action."""
        try:
            with self._lock:
                db = self._connect()
                db.execute(
                    f"INSERT INTO changes ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        change.at.isoformat(),
                        change.action,
                        None if change.meeting_id is None else str(change.meeting_id),
                        change.occurrence_id,
                        change.topic,
                        ",".join(change.fields),
                        change.result,
                        change.detail[:500],
                        change.host,
                    ),
                )
                db.commit()
        except Exception:  # a full disk, a locked file, a value SQLite refuses: all the same
            log.warning("Could not write the change history to %s", self.path, exc_info=True)

    def recent(self, limit: int = 500) -> list[Change]:
        try:
            with self._lock:
                rows = (
                    self._connect()
                    .execute(
                        f"SELECT {COLUMNS} FROM changes ORDER BY id DESC LIMIT ?",
                        (limit,),
                    )
                    .fetchall()
                )
        except (sqlite3.Error, OSError):
            return []
        return [
            Change(
                datetime.fromisoformat(r[0]),
                r[1],
                _meeting_id(r[2]),
                r[3],
                r[4],
                tuple(f for f in r[5].split(",") if f),
                r[6],
                r[7],
                r[8],
            )
            for r in rows
        ]

    def requests_today(self, hosts: set[str], day: datetime) -> int:
        """Creates and updates sent for any of these names of one host on `day` (UTC) that
        Zoom may have counted against its 100 a day (a refused request is not counted)."""
        start = day.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        names = sorted(h.lower() for h in hosts if h)
        if not names:
            return 0
        marks = ", ".join("?" * len(names))
        return self._count(
            "SELECT COUNT(*) FROM changes WHERE action IN ('created', 'updated')"
            f" AND result != 'failed' AND lower(host) IN ({marks}) AND at >= ?",
            (*names, start.isoformat()),
        )

    def sequence_for(self, meeting_id: int) -> int:
        """An .ics SEQUENCE for the meeting: how many changes zoomdesk made to it after creating
        it (updates and deletes that Zoom took or may have taken). Calendars replace an event
        only by a file with a higher SEQUENCE than the one they hold."""
        return self._count(
            "SELECT COUNT(*) FROM changes WHERE meeting_id = ? AND action IN"
            " ('updated', 'deleted') AND result IN ('ok', 'unknown')",
            (str(meeting_id),),
        )

    def _count(self, query: str, parameters: tuple[str, ...]) -> int:
        try:
            with self._lock:
                row = self._connect().execute(query, parameters).fetchone()
        except (sqlite3.Error, OSError):
            return 0
        return int(row[0]) if row else 0

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _meeting_id(stored: object) -> int | None:
    text = str(stored) if stored is not None else ""
    return int(text) if text.isdigit() else None


def _migrate_integer_ids(db: sqlite3.Connection) -> None:
    """Files written before IDs were text have an INTEGER column, whose affinity would turn a
    too-large ID into an imprecise REAL: copy them into the text schema once."""
    columns = {row[1]: row[2] for row in db.execute("PRAGMA table_info(changes)")}
    if columns.get("meeting_id", "").upper() != "INTEGER":
        return
    with db:
        db.execute("ALTER TABLE changes RENAME TO changes_old")
        db.execute(SCHEMA)
        db.execute(
            "INSERT INTO changes (id, at, action, meeting_id, occurrence_id, topic, fields,"
            " result, detail) SELECT id, at, action, CAST(meeting_id AS TEXT), occurrence_id,"
            " topic, fields, result, detail FROM changes_old"
        )
        db.execute("DROP TABLE changes_old")


def _add_host_column(db: sqlite3.Connection) -> None:
    """Files written before the host was recorded (bulk import's daily budget needs it)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(changes)")}
    if "host" not in columns:
        with db:
            db.execute("ALTER TABLE changes ADD COLUMN host TEXT NOT NULL DEFAULT ''")


def now() -> datetime:
    return datetime.now(UTC)
