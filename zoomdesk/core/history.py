"""A local history of what zoomdesk changed in Zoom: when, which meeting, which fields, the
result. SQLite in the user data dir; it holds no secrets (field names, not values, except the
topic, which users need to recognise the meeting)."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    meeting_id INTEGER,
    occurrence_id TEXT,
    topic TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
)
"""


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


class History:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute(SCHEMA)
        return self._db

    def record(self, change: Change) -> None:
        """Best effort: a history that cannot be written must never fail the user's action."""
        try:
            with self._lock:
                db = self._connect()
                db.execute(
                    "INSERT INTO changes (at, action, meeting_id, occurrence_id, topic, fields,"
                    " result, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        change.at.isoformat(),
                        change.action,
                        change.meeting_id,
                        change.occurrence_id,
                        change.topic,
                        ",".join(change.fields),
                        change.result,
                        change.detail[:500],
                    ),
                )
                db.commit()
        except (sqlite3.Error, OSError):
            pass

    def recent(self, limit: int = 500) -> list[Change]:
        try:
            with self._lock:
                rows = (
                    self._connect()
                    .execute(
                        "SELECT at, action, meeting_id, occurrence_id, topic, fields, result,"
                        " detail"
                        " FROM changes ORDER BY id DESC LIMIT ?",
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
                r[2],
                r[3],
                r[4],
                tuple(f for f in r[5].split(",") if f),
                r[6],
                r[7],
            )
            for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def now() -> datetime:
    return datetime.now(UTC)
