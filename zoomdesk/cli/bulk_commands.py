"""`zoomdesk meetings import` and `zoomdesk meetings export` (docs/bulk.md).

import: exit 0 when every row is done, 1 when any row failed, is unknown, waits or has a
problem, 2 for a file that cannot be imported or bad usage; `--dry-run` sends nothing (0 when
every row is valid, else 1). The parser half imports only argparse, so `--help` stays quick.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zoomdesk.core.bulk.results import RowResult
    from zoomdesk.core.bulk.run import Progress
    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.models import User
    from zoomdesk.core.policy import Policy

MAX_CONCURRENCY = 16
LIST_TYPES = ("scheduled", "upcoming", "upcoming_meetings", "previous_meetings", "live")


def _concurrency(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_CONCURRENCY}")
    return int(text)


def add_bulk_parsers(sub: Any, meetings: Any) -> None:
    """`sub(parent, name, help)` is the parser's own helper (it adds the global options)."""
    imp = sub(meetings, "import", "create and update meetings from a CSV file (docs/bulk.md)")
    imp.add_argument("file", metavar="FILE.csv", help="the spreadsheet, saved as CSV")
    imp.add_argument("--dry-run", action="store_true", help="validate and plan; send nothing")
    imp.add_argument(
        "--results", metavar="FILE", help="results file (default: FILE.results.csv beside it)"
    )
    imp.add_argument(
        "--concurrency", type=_concurrency, default=4, metavar="N",
        help=f"requests in flight at once (1–{MAX_CONCURRENCY}, default 4)",
    )  # fmt: skip
    imp.add_argument(
        "--json", action="store_true", help="one JSON object per row as it completes, then totals"
    )
    exp = sub(meetings, "export", "write meetings as CSV in the import format")
    who = exp.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="USER", help="user ID or email")
    who.add_argument("--all-users", action="store_true", help="every user of the account")
    exp.add_argument("--type", choices=LIST_TYPES, default="scheduled")
    exp.add_argument("--output", metavar="FILE", help="write here (and FILE.results.csv)")


async def execute(
    args: argparse.Namespace,
    client: ZoomClient,
    policy: Policy | None = None,
    allowed_users: list[User] | None = None,
) -> int:
    """`allowed_users`: the users an IT policy lets `--all-users` export (None: all)."""
    if args.action == "export":
        return await _export(args, client, allowed_users)
    return await _import(args, client, policy)


async def _import(args: argparse.Namespace, client: ZoomClient, policy: Policy | None) -> int:
    from zoomdesk.core.bulk import importer
    from zoomdesk.core.bulk.columns import HeaderError
    from zoomdesk.core.bulk.csvfile import BadFile
    from zoomdesk.core.meeting_service import MeetingService

    service = MeetingService(client)
    path = Path(args.file)
    results = Path(args.results) if args.results else None
    try:
        job = await importer.load(
            service, path, results=results, history=client.history, policy=policy
        )
    except (BadFile, HeaderError) as error:
        sys.stderr.write(f"zoomdesk: {path.name}: {error}\n")
        return 2
    for line in job.plan.describe():
        sys.stderr.write(line + "\n")
    for plan in job.plan.problems:
        for problem in plan.row.problems:
            sys.stderr.write(f"  line {plan.row.line}, {problem.column}: {problem.message}\n")
    if args.dry_run:
        return 0 if job.plan.valid else 1
    done = importer.run(
        service, job, concurrency=args.concurrency,
        on_result=_print_json if args.json else _print_line,
    )  # fmt: skip
    outcomes = await done
    counts: dict[str, int] = {}
    for result in outcomes:
        counts[result.status] = counts.get(result.status, 0) + 1
    summary = {"summary": True, "rows": len(outcomes), **counts, "results_file": str(job.results)}
    if args.json:
        print(json.dumps(summary), flush=True)
    else:
        parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        sys.stderr.write(f"{parts}. Results: {job.results}\n")
    return 1 if any(r.status in importer.NOT_DONE for r in outcomes) else 0


def _print_json(result: RowResult, progress: Progress) -> None:
    from dataclasses import asdict

    print(json.dumps({k: v for k, v in asdict(result).items() if k != "fingerprint"}), flush=True)


def _print_line(result: RowResult, progress: Progress) -> None:
    what = {"create": "created", "update": "updated", "none": "unchanged"}.get(result.action, "")
    if result.status == "done":
        text = f"{what} {result.meeting_id}".strip()
    else:
        text = f"{result.status}: {result.error}"
    print(f"[{progress.finished}/{progress.total}] line {result.line}: {text}", flush=True)


async def _export(
    args: argparse.Namespace, client: ZoomClient, allowed_users: list[User] | None
) -> int:
    from zoomdesk.core.bulk.export import export_rows, export_text, write_export

    if args.all_users:
        users = allowed_users if allowed_users is not None else await client.list_users()
        meetings = await client.list_all_meetings(args.type, users=users)
    else:
        users = [] if "@" in args.user else [await client.get_user(args.user)]
        meetings = await client.list_meetings(args.user, args.type)
        if "@" in args.user:
            meetings = [m if m.host_email else _with_host(m, args.user) for m in meetings]
    rows = export_rows(meetings, users)
    if not args.output:
        sys.stdout.write(export_text(rows))
        return 0
    try:
        written = write_export(Path(args.output), rows)
    except OSError as error:
        sys.stderr.write(f"zoomdesk: cannot write {args.output}: {error.strerror or error}\n")
        return 1
    sys.stderr.write(f"{len(rows)} meetings written to {args.output} (and {written.name}).\n")
    return 0


def _with_host(meeting: Any, email: str) -> Any:
    from dataclasses import replace

    return replace(meeting, host_email=email)
