"""`zoomdesk meetings conflicts`: a host's overlapping meetings, and the `warning: overlaps …`
line that `meetings create` and `meetings update` print for an overlap they make.

Requests: one list per host (all pages), plus one GET per recurring series (Zoom's list gives
the series without its occurrences). A create or update that changes no time costs nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # the parser imports this module: `zoomdesk --help` must stay light
    from zoomdesk.core.client import ZoomClient
    from zoomdesk.core.conflicts import Conflict
    from zoomdesk.core.models import Meeting

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

DEFAULT_DAYS = 30  # without --to: the next 30 days, what "is anybody double-booked" means
TIMING = frozenset({"start_time", "duration", "timezone", "recurrence", "type"})


def add_parser(
    meetings: SubParsers, sub: Callable[[SubParsers, str, str], argparse.ArgumentParser]
) -> None:
    """`sub` is the parser's own helper (it adds the global options to each sub-command)."""
    parser = sub(
        meetings,
        "conflicts",
        "list each host's overlapping meetings (exit 1 when there are any)",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="USER", type=_user, help="host: user ID or email")
    who.add_argument("--all-users", action="store_true", help="every user of the account")
    parser.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", type=_day, help="default today"
    )
    parser.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", type=_day, help="last day (default from + 30)"
    )
    parser.add_argument(
        "--concurrent-meetings-allowed",
        action="store_true",
        help="the account has the concurrent-meetings add-on: overlaps are information (exit 0)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")


def _user(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a user ID, an email or me")
    return text


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY-MM-DD") from None


def window(args: argparse.Namespace) -> tuple[datetime, datetime]:
    first: date = args.start or datetime.now(UTC).date()
    last: date = args.end or first + timedelta(days=DEFAULT_DAYS)
    if last < first:
        raise ValueError("--to is before --from")
    start = datetime.combine(first, datetime.min.time(), tzinfo=UTC)
    return start, datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=UTC)


async def run(args: argparse.Namespace, client: ZoomClient) -> int:
    from zoomdesk.cli.output import print_json
    from zoomdesk.core.conflicts import host_conflicts, with_occurrences

    try:
        start, end = window(args)
    except ValueError as error:
        sys.stderr.write(f"zoomdesk: {error}\n")
        return 2
    emails: dict[str, str] = {}  # host ID → email: list entries carry only the ID
    if args.all_users:
        users = await client.list_users()
        emails = {u.id: u.email for u in users}
        listed = await client.list_all_meetings("scheduled", users=users)
    else:
        listed = await client.list_meetings(args.user, "scheduled")
        if "@" in args.user:
            emails = {m.host_id: args.user for m in listed}
    meetings = await with_occurrences(client, listed)
    allowed = bool(args.concurrent_meetings_allowed)
    found = host_conflicts(meetings, start, end, concurrent_allowed=allowed)
    if args.json:
        print_json([c.to_json(emails.get(c.host_id, "")) for c in found])
    else:
        for conflict in found:
            sys.stdout.write(describe_pair(conflict, emails.get(conflict.host_id, "")) + "\n")
        if not found:
            sys.stdout.write(
                f"No overlaps from {start:%Y-%m-%d} to {end - timedelta(days=1):%Y-%m-%d}.\n"
            )
    return 1 if found and not allowed else 0


def describe_pair(conflict: Conflict, host_email: str = "") -> str:
    from zoomdesk.cli.output import safe
    from zoomdesk.core.conflicts import utc_text

    def side(meeting: Meeting, occurrence: str | None, a: datetime, b: datetime) -> str:
        text = f"{meeting.id} “{meeting.topic}”"
        if occurrence:
            text += f" occurrence {occurrence}"
        return f"{text} {utc_text(a)}–{utc_text(b)}"

    host = host_email or conflict.first.meeting.host_email or conflict.host_id
    first, second = conflict.first, conflict.second
    label = "info" if conflict.concurrent_allowed else "overlap"
    return safe(
        f"{label}  {host}  {side(first.meeting, first.occurrence_id, first.start, first.end)}"
        f"  ×  {side(second.meeting, second.occurrence_id, second.start, second.end)}"
    )


async def warn_overlaps(
    client: ZoomClient, meeting: Meeting | int, changed: list[str] | None = None
) -> None:
    """After a create (the meeting Zoom answered) or an update of these fields (the meeting's
    ID: its new times need a GET): one `warning: overlaps …` line per meeting of the same host
    it now overlaps. A failed check is a note, never a failure: the meeting was saved."""
    from zoomdesk.cli.output import safe
    from zoomdesk.core.conflicts import PLAN_HORIZON, conflicts_of, with_occurrences
    from zoomdesk.core.errors import ZoomDeskError

    if changed is not None and not TIMING & set(changed):
        return
    try:
        if isinstance(meeting, int):
            meeting = await client.get_meeting(meeting)
        if meeting.start_time is None:
            return
        others = await client.list_meetings(meeting.host_id or "me", "scheduled")
        others = await with_occurrences(
            client, [m for m in others if m.id != meeting.id and m.host_id == meeting.host_id]
        )
    except ZoomDeskError as error:
        sys.stderr.write(f"zoomdesk: note: overlaps not checked: {safe(error.summary())}\n")
        return
    now = datetime.now(UTC)
    for conflict in conflicts_of(meeting, others, now, now + PLAN_HORIZON):
        sys.stderr.write(f"warning: {safe(conflict.describe(meeting.id))}\n")
