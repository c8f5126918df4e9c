"""A list of meetings as an import file: export → edit in a spreadsheet → import sends exactly
what changed.

Zoom's list entries carry the meeting's fields but not its settings, recurrence or passcode,
so those columns are left empty, and an empty cell leaves a meeting's value alone on import.
Beside a file, the export also writes its results file (`NAME.results.csv`), recording every
row as done with a fingerprint of its cells; importing the file unchanged then sends nothing
at all, and an edited row is the only one sent.

The start is written as `2027-01-31T09:30` (with the `T`): Excel keeps that as text, where it
would turn `2027-01-31 09:30` into a date and save it back in the locale's format.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from zoomdesk.core.bulk.columns import TYPE_NAMES, parse_row
from zoomdesk.core.bulk.csvfile import write_sheet
from zoomdesk.core.bulk.results import DONE, ResultsWriter, RowResult, results_path
from zoomdesk.core.models import Meeting, MeetingType, User

EXPORT_COLUMNS = ("host", "meeting_id", "topic", "type", "start", "timezone", "duration",
                  "agenda")  # fmt: skip


def export_row(meeting: Meeting, host: str) -> dict[str, str]:
    local = meeting.local_start()
    fixed = meeting.type in (MeetingType.SCHEDULED, MeetingType.RECURRING_FIXED_TIME)
    return {
        "host": host,
        "meeting_id": str(meeting.id),
        "topic": meeting.topic.strip(),
        "type": TYPE_NAMES.get(meeting.type, str(int(meeting.type))),
        "start": local.strftime("%Y-%m-%dT%H:%M") if local and fixed else "",
        "timezone": meeting.timezone,
        "duration": str(meeting.duration) if meeting.duration and fixed else "",
        "agenda": meeting.agenda.strip(),
    }


def export_rows(meetings: Iterable[Meeting], users: Iterable[User]) -> list[dict[str, str]]:
    """Hosts by email (what people recognise), else by the ID Zoom gave."""
    email = {u.id: u.email for u in users}
    return [export_row(m, m.host_email or email.get(m.host_id, m.host_id)) for m in meetings]


def write_export(path: Path, rows: list[dict[str, str]]) -> Path:
    """The file and its results file; returns the results file's path."""
    write_sheet(path, EXPORT_COLUMNS, rows)
    done = {}
    for line, cells in enumerate(rows, start=2):
        row = parse_row(line, dict(cells))
        done[row.key] = RowResult(
            line, row.key, "export", DONE, cells["meeting_id"], host=cells["host"],
            topic=cells["topic"], start=cells["start"], fingerprint=row.fingerprint,
        )  # fmt: skip
    target = results_path(path)
    ResultsWriter(target, done).close()
    return target


def export_text(rows: list[dict[str, str]]) -> str:
    """The same CSV for standard output (no BOM: it is for pipes, not for Excel)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
