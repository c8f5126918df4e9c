"""The parser for what the CLI shares with Zoom's own scheduler (issue 11's contract): the meeting
flags of `create`/`update` (type, recurrence, any setting, tracking fields, a JSON body), the
invitation and .ics, a host's settings, registrants and tracking fields. Stdlib only, so
`zoomdesk --help` stays fast; limits and setting names come from the meeting schema."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    Subs = argparse._SubParsersAction[argparse.ArgumentParser]
    Sub = Callable[[Subs, str, str], argparse.ArgumentParser]

MEETING_TYPES = ("one-time", "recurring", "no-fixed-time")
REPEATS = ("daily", "weekly", "monthly")
DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # Zoom numbers them 1 (Sun) to 7
MONTH_WEEKS = ("1", "2", "3", "4", "last")
REGISTRANT_STATUSES = ("pending", "approved", "denied")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print Zoom's objects as JSON")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def _day(text: str) -> int:
    name = text.strip().lower()[:3]
    if name not in DAYS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day ({', '.join(DAYS)})")
    return DAYS.index(name) + 1


def _days(text: str) -> tuple[int, ...]:
    parts = [p for p in text.split(",") if p.strip()]
    if not parts:
        raise argparse.ArgumentTypeError("give at least one day, e.g. mon,wed")
    return tuple(sorted({_day(p) for p in parts}))


def meeting_flags(parser: argparse.ArgumentParser) -> None:
    """The flags `meetings create` and `meetings update` share (all optional on update)."""
    from zoomdesk.core.meeting_schema import spec

    duration, password = spec("duration"), spec("password")
    parser.add_argument(
        "--type", choices=MEETING_TYPES, help="default: one-time, or recurring with --repeat"
    )
    parser.add_argument(
        "--start", metavar="YYYY-MM-DDTHH:MM", help="start, wall-clock time in --timezone"
    )
    parser.add_argument("--timezone", metavar="TZ", help="IANA zone, e.g. Europe/Berlin")
    parser.add_argument(
        "--duration",
        metavar="MIN",
        type=int,
        help=f"minutes ({duration.minimum}–{duration.maximum})",
    )
    parser.add_argument(
        "--password",
        metavar="P",
        help=f"passcode (≤ {password.max_length} of A-Z a-z 0-9 @ - _ *, and the account's "
        "rules: zoomdesk users settings USER)",
    )
    parser.add_argument("--agenda", metavar="TEXT")
    repeat = parser.add_argument_group("recurrence (a recurring meeting with fixed times)")
    repeat.add_argument("--repeat", choices=REPEATS)
    repeat.add_argument("--every", metavar="N", type=_positive, help="every N days/weeks/months")
    repeat.add_argument("--on-days", metavar="mon,wed,…", type=_days, help="weekly: the days")
    monthly = repeat.add_mutually_exclusive_group()
    monthly.add_argument("--month-day", metavar="N", type=_positive, help="monthly: day 1–31")
    monthly.add_argument("--month-week", choices=MONTH_WEEKS, help="monthly: which week …")
    repeat.add_argument("--month-weekday", metavar="DAY", type=_day, help="… and which weekday")
    ends = repeat.add_mutually_exclusive_group()
    ends.add_argument("--until", metavar="YYYY-MM-DD", help="the last day it may meet")
    ends.add_argument("--times", metavar="N", type=_positive, help="how many times it meets")
    parser.add_argument(
        "--set",
        action="append",
        metavar="KEY=VALUE",
        help="any meeting setting by its Zoom API name (settings.KEY); VALUE is JSON (true, 5, "
        '"x", [..]) or else a plain string; see docs/meeting-settings.md',
    )
    parser.add_argument(
        "--tracking-field",
        action="append",
        metavar="NAME=VALUE",
        help="one of the account's tracking fields (zoomdesk tracking-fields list)",
    )
    parser.add_argument(
        "--body", metavar="FILE|-", help="a JSON create body to start from; flags override it"
    )


def add_commands(commands: Subs, users: Subs, meetings: Subs, sub: Sub) -> None:
    invitation = sub(meetings, "invitation", "Zoom's invitation text on stdout")
    invitation.add_argument("id", type=int, metavar="ID")
    ics = sub(meetings, "ics", "an iCalendar file (stdout by default)")
    ics.add_argument("id", type=int, metavar="ID")
    ics.add_argument("--output", metavar="FILE", help="write the file here instead of stdout")

    settings = sub(users, "settings", "the host's meeting defaults and passcode rules")
    settings.add_argument("user", metavar="USER", help="user ID, email or me")
    _json(settings)

    registrants = sub(commands, "registrants", "registrants of a meeting with registration")
    r = registrants.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub(r, "list", "list registrants (all pages; every status unless --status)")
    listing.add_argument("id", type=int, metavar="ID")
    listing.add_argument("--status", choices=REGISTRANT_STATUSES)
    _json(listing)
    add = sub(r, "add", "register one person")
    add.add_argument("id", type=int, metavar="ID")
    add.add_argument("--email", metavar="E", required=True)
    add.add_argument("--first-name", metavar="F", required=True)
    add.add_argument("--last-name", metavar="L")
    _json(add)
    for action, text in (
        ("approve", "approve registrants (30 per request, Zoom's limit)"),
        ("deny", "deny registrants (30 per request, Zoom's limit)"),
        ("remove", "remove registrants"),
    ):
        change = sub(r, action, text)
        change.add_argument("id", type=int, metavar="ID")
        change.add_argument("--email", metavar="E", action="append", required=True)
    imported = sub(r, "import", "register everyone in a CSV file (email, first_name, last_name, …)")
    imported.add_argument("id", type=int, metavar="ID")
    imported.add_argument("file", metavar="FILE.csv")
    _json(imported)

    tracking = sub(commands, "tracking-fields", "the account's tracking fields")
    t = tracking.add_subparsers(dest="action", metavar="ACTION", required=True)
    _json(sub(t, "list", "list them with their recommended values"))
