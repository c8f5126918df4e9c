"""Autosaved meeting forms, so a crash, a kill or a power cut loses nothing the user typed.

SQLite in the user data dir, one row per open form, written as the user types and removed when
the form is saved or deliberately discarded. `synchronous=FULL` because the point is surviving
a power cut; the rows are small, so it stays cheap."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Json, MeetingType, Recurrence

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    key TEXT PRIMARY KEY,
    saved_at TEXT NOT NULL,
    connection TEXT NOT NULL,
    state TEXT NOT NULL
)
"""


class DraftStoreError(ZoomDeskError):
    """The recovery copy could not be written (disk full, read-only, damaged file)."""


@dataclass(frozen=True)
class FormState:
    """Everything needed to reopen a form as it was."""

    mode: str  # "create", "edit", "duplicate" or "occurrence"
    draft: MeetingDraft
    host_id: str = ""
    meeting_id: int | None = None
    occurrence_id: str | None = None
    original_topic: str = ""

    def to_json(self) -> Json:
        d = self.draft
        return {
            "mode": self.mode,
            "host_id": self.host_id,
            "meeting_id": self.meeting_id,
            "occurrence_id": self.occurrence_id,
            "original_topic": self.original_topic,
            "draft": {
                "topic": d.topic,
                "type": int(d.type),
                "start": d.start.isoformat() if d.start else None,
                "timezone": d.timezone,
                "duration": d.duration,
                "agenda": d.agenda,
                "password": d.password,
                "recurrence": d.recurrence.to_json() if d.recurrence else None,
                "settings": d.settings,
            },
        }

    @classmethod
    def from_json(cls, data: Json) -> FormState:
        d: dict[str, Any] = data["draft"]
        rec = d.get("recurrence")
        draft = MeetingDraft(
            topic=str(d.get("topic", "")),
            type=MeetingType(int(d.get("type", 2))),
            start=datetime.fromisoformat(d["start"]) if d.get("start") else None,
            timezone=str(d.get("timezone") or "UTC"),
            duration=d.get("duration"),
            agenda=str(d.get("agenda") or ""),
            password=str(d.get("password") or ""),
            recurrence=Recurrence.from_json(rec) if isinstance(rec, dict) else None,
            settings=dict(d.get("settings") or {}),
        )
        return cls(
            mode=str(data.get("mode", "create")),
            draft=draft,
            host_id=str(data.get("host_id") or ""),
            meeting_id=data.get("meeting_id"),
            occurrence_id=data.get("occurrence_id"),
            original_topic=str(data.get("original_topic") or ""),
        )


@dataclass(frozen=True)
class SavedDraft:
    key: str
    saved_at: datetime
    connection: str
    form: FormState


class DraftStore:
    """Thread-safe; the UI calls it from an executor so a stalled disk never freezes a form."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    @staticmethod
    def new_key() -> str:
        return uuid.uuid4().hex

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=2)
            db.execute("PRAGMA synchronous=FULL")
            db.execute(SCHEMA)
            self._db = db
        return self._db

    def save(self, key: str, connection: str, form: FormState) -> None:
        try:
            with self._lock:
                db = self._connect()
                db.execute(
                    "INSERT OR REPLACE INTO drafts (key, saved_at, connection, state) "
                    "VALUES (?, ?, ?, ?)",
                    (key, datetime.now(UTC).isoformat(), connection, json.dumps(form.to_json())),
                )
                db.commit()
        except (sqlite3.Error, OSError) as error:
            self._reset()
            text = translate("DraftStore", "The recovery copy of this form was not saved: {error}")
            raise DraftStoreError(text.format(error=error)) from error

    def discard(self, key: str) -> None:
        try:
            with self._lock:
                db = self._connect()
                db.execute("DELETE FROM drafts WHERE key = ?", (key,))
                db.commit()
        except (sqlite3.Error, OSError) as error:
            self._reset()
            text = translate("DraftStore", "The recovery copy could not be removed: {error}")
            raise DraftStoreError(text.format(error=error)) from error

    def pending(self, connection: str | None = None) -> list[SavedDraft]:
        """Unsaved forms, newest first; unreadable rows are skipped, never fatal."""
        try:
            with self._lock:
                rows = (
                    self._connect()
                    .execute(
                        "SELECT key, saved_at, connection, state FROM drafts ORDER BY saved_at DESC"
                    )
                    .fetchall()
                )
        except (sqlite3.Error, OSError):
            self._reset()
            return []
        found = []
        for key, saved_at, conn, state in rows:
            if connection is not None and conn != connection:
                continue
            try:
                form = FormState.from_json(json.loads(state))
                found.append(SavedDraft(key, datetime.fromisoformat(saved_at), conn, form))
            except (ValueError, KeyError, TypeError):
                continue
        return found

    def _reset(self) -> None:
        with self._lock:
            if self._db is not None:
                try:
                    self._db.close()
                except sqlite3.Error:
                    pass
                self._db = None

    def close(self) -> None:
        self._reset()
