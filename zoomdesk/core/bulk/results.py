"""The results file beside the input (`NAME.results.csv`): what became of every row, written as
rows complete, and what a re-run reads to resume.

Nothing may be lost to a crash or a SIGKILL, and nothing may be created twice: before a create
is sent, a `sending` line is written and synced to disk; after Zoom answers, the outcome is. A
re-run that finds `sending` (or `unknown`) as a row's last word lists the host's meetings
before creating anything. A line cut short by a kill is ignored on reading (the `sending`
before it stands).

Every line reaches the operating system (a `write`) before the call returns, which is all a
SIGKILL needs. `fsync`, which a power cut needs, costs ~5 ms here, so syncs are grouped: one
sync covers every line written before it, and concurrent writers share it (group commit). A
`sending` line waits for its sync; an outcome line does not need to, since losing it only
leaves the `sending` line, which the re-run checks.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import sys
import threading
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import IO

from zoomdesk.core.bulk.csvfile import decode
from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.i18n import translate

# Statuses: done, failed, unknown (a create Zoom may or may not have made), waiting (a host's
# daily limit: try again after the reset), cancelled (never sent), sending (in flight; on
# reading, the same as unknown), invalid (a cell problem; nothing sent).
DONE, FAILED, UNKNOWN, WAITING, CANCELLED, SENDING, INVALID_ROW = (
    "done", "failed", "unknown", "waiting", "cancelled", "sending", "invalid",
)  # fmt: skip


@dataclass(frozen=True)
class RowResult:
    line: int
    key: str
    action: str  # create, update, none (unchanged)
    status: str
    meeting_id: str = ""
    join_url: str = ""
    error: str = ""
    host: str = ""
    topic: str = ""
    start: str = ""
    sent_at: str = ""  # ISO UTC: when a create was sent (to find what it made)
    fingerprint: str = ""

    def with_(self, **changes: object) -> RowResult:
        return replace(self, **changes)  # type: ignore[arg-type]


HEADER = [f.name for f in fields(RowResult)]


def results_path(input_path: Path) -> Path:
    """`term.csv` → `term.results.csv`, beside it."""
    return input_path.with_name(input_path.stem + ".results.csv")


def read_results(path: Path) -> dict[str, RowResult]:
    """The last word on each row key; a missing file is an empty record."""
    try:
        text, _ = decode(path.read_bytes())
    except FileNotFoundError:
        return {}
    out: dict[str, RowResult] = {}
    for record in csv.DictReader(io.StringIO(text, newline="")):
        if None in record or any(record.get(name) is None for name in HEADER):
            continue  # a line cut off by a kill mid-write
        try:
            result = RowResult(**{**record, "line": int(record["line"] or 0)})  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if result.key:
            out[result.key] = result
    return out


class ImportBusy(ZoomDeskError):
    """Another import of the same file is running: two at once could create a row twice."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(self.summary())

    def summary(self) -> str:
        message = translate(
            "Bulk",
            "Another import is writing {name} right now; wait for it to finish (two at once "
            "could create the same meeting twice).",
        )
        return message.format(name=self.path.name)


def _lock(path: Path) -> IO[str]:
    """An exclusive lock on `NAME.results.csv.lock`, held while a run writes; the operating
    system drops it if the process dies, so a killed run never blocks the next."""
    handle = open(path.with_name(path.name + ".lock"), "a+")  # noqa: SIM115
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise ImportBusy(path) from None
    return handle


class ResultsWriter:
    """Appends one line per outcome and syncs it to disk before returning. Thread-safe, so the
    run can write from an executor without blocking the event loop on fsync.

    It holds the file's lock from start to `close`. `previous` is what the results file says
    once the lock is held (None: read it then): another run may have finished in between."""

    def __init__(self, path: Path, previous: dict[str, RowResult] | None = None) -> None:
        self.path = path
        self._file_lock = _lock(path)
        if previous is None:
            previous = read_results(path)
        self.previous = dict(previous)
        self._lock = threading.Lock()
        # Start from a compact copy (one line per row), so a re-run's file does not grow with
        # every resume; a finished run compacts it again (`close`), so a person reading it sees
        # one line per row, in the spreadsheet's order.
        self._last = dict(previous)
        _write_compact(path, self._last)
        self._handle = open(path, "a", encoding="utf-8", newline="")  # noqa: SIM115
        self._writer = csv.DictWriter(self._handle, fieldnames=HEADER)
        self._sync_lock = threading.Lock()
        self._written = 0
        self._synced = 0
        self.syncs = 0

    def write(self, result: RowResult, *, sync: bool = True) -> None:
        with self._lock:
            if self._handle.closed:
                return
            self._writer.writerow(asdict(result))
            self._handle.flush()
            self._last[result.key] = result
            self._written += 1
            mine = self._written
        if sync:
            self._sync(mine)

    def _sync(self, upto: int) -> None:
        with self._sync_lock:
            if self._synced >= upto:
                return  # another writer's sync already covered this line
            with self._lock:
                if self._handle.closed:
                    return
                target = self._written
                fd = self._handle.fileno()
            os.fsync(fd)
            self.syncs += 1
            self._synced = target

    def close(self) -> None:
        self._sync(self._written)
        with self._lock:
            if self._handle.closed:
                return
            self._handle.close()
            _write_compact(self.path, self._last)
            with contextlib.suppress(OSError):
                self.path.with_name(self.path.name + ".lock").unlink()
            self._file_lock.close()  # closing releases the lock


def _write_compact(path: Path, results: dict[str, RowResult]) -> None:
    """One line per row, written whole and synced, then renamed into place: a crash leaves
    either the old file or the new one."""
    temp = path.with_name(path.name + ".part")
    with open(temp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        for result in sorted(results.values(), key=lambda r: r.line):
            writer.writerow(asdict(result))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
