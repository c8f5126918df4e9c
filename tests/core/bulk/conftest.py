"""Bulk import tests: the real client over loopback to the sandbox, real files in temp dirs."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from tests.core.conftest import Harness
from zoomdesk.core.bulk import importer
from zoomdesk.core.bulk.results import RowResult, read_results
from zoomdesk.core.history import History
from zoomdesk.core.meeting_service import MeetingService

HEADER = ["host", "topic", "start", "timezone", "duration"]


def write_csv(path: Path, rows: list[dict[str, str]], *, header: list[str] | None = None,
              delimiter: str = ",", bom: bool = False) -> Path:  # fmt: skip
    columns = header or list(dict.fromkeys(k for row in rows for k in row))
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def many_rows(hosts: list[str], count: int, prefix: str = "Lesson") -> list[dict[str, str]]:
    """`count` one-time meetings spread over the hosts, each with its own topic."""
    return [
        {
            "host": hosts[n % len(hosts)],
            "topic": f"{prefix} {n:04d}",
            "start": f"2027-{1 + n % 12:02d}-{1 + n % 28:02d} {8 + n % 10:02d}:{n % 4 * 15:02d}",
            "timezone": "Europe/Berlin",
            "duration": "45",
        }
        for n in range(count)
    ]


class Bulk:
    """One client (with its change history) and a MeetingService, as the CLI wires them."""

    def __init__(self, sandbox: Any, tmp_path: Path, **options: Any) -> None:
        self.sandbox = sandbox
        self.tmp_path = tmp_path
        self.options = options
        self.history = History(tmp_path / "history.sqlite3")

    def go(self, body: Callable[[Harness, MeetingService], Coroutine[Any, Any, Any]]) -> Any:
        async def main() -> Any:
            h = Harness(self.sandbox, **self.options)
            h.client.history = self.history
            try:
                return await body(h, MeetingService(h.client))
            finally:
                await h.aclose()

        return asyncio.run(main())

    def load(self, path: Path, **kw: Any) -> importer.Import:
        async def body(h: Harness, service: MeetingService) -> importer.Import:
            return await importer.load(service, path, history=self.history, **kw)

        result: importer.Import = self.go(body)
        return result

    def run(self, path: Path, *, concurrency: int = 4, **kw: Any) -> list[RowResult]:
        async def body(h: Harness, service: MeetingService) -> list[RowResult]:
            job = await importer.load(service, path, history=self.history)
            return await importer.run(service, job, concurrency=concurrency, **kw)

        result: list[RowResult] = self.go(body)
        return result

    def results(self, path: Path) -> dict[str, RowResult]:
        return read_results(path.with_name(path.stem + ".results.csv"))

    def meetings_with(self, prefix: str) -> list[dict[str, Any]]:
        return [m for m in self.sandbox.state.meetings.values() if m["topic"].startswith(prefix)]


@pytest.fixture
def bulk(sandbox: Any, tmp_path: Path) -> Bulk:
    return Bulk(sandbox, tmp_path)


def bulk_hosts(sandbox: Any, count: int) -> list[str]:
    """`count` extra users in the sandbox (its bulk seed), by email."""
    return [u["email"] for u in sandbox.state.seed_bulk(count, 0)]
