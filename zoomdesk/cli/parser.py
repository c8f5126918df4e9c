"""Argument parsing only (stdlib), so `zoomdesk --help` starts in a blink."""

from __future__ import annotations

import argparse
import math

from zoomdesk import __version__
from zoomdesk.cli.scheduler_parser import add_commands, meeting_flags

LIST_TYPES = ("scheduled", "upcoming", "upcoming_meetings", "previous_meetings", "live")

DESCRIPTION = """\
Schedule and edit Zoom meetings through a Server-to-Server OAuth app.
With no command, the desktop app starts (in sandbox mode when no credentials are stored)."""

EPILOG = """\
environment:
  ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET   override the stored profile
  ZOOMDESK_OAUTH_URL   OAuth base (default https://zoom.us)
  ZOOMDESK_API_URL     API base (default: api_url from the token + /v2, else https://api.zoom.us/v2)
  ZOOMDESK_HOME        keep settings, data and logs under this folder
  ZOOMDESK_POLICY_FILE read the IT policy from this TOML file (see `zoomdesk policy show`)

exit status: 0 success, 1 Zoom/network/keyring error, 2 usage error"""


MAX_TIMEOUT = 3600.0  # an hour; beyond that a request is stuck, not slow


def _timeout(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"{text!r} must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}"
        )
    return value


def _occurrence_id(text: str) -> str:
    """An empty ID would mean "the whole series" to Zoom: never let it through by accident."""
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; leave the option out for the whole series")
    return text


def _user(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty; give a user ID, an email or me")
    return text


def _profile_name(text: str) -> str:
    from zoomdesk.core.profiles import profile_name_problem  # only when the option is given

    if problem := profile_name_problem(text):
        raise argparse.ArgumentTypeError(problem)
    return text


def _base_url(text: str) -> str:
    from zoomdesk.core.profiles import base_url_problem

    if problem := base_url_problem(text.rstrip("/")):
        raise argparse.ArgumentTypeError(problem)
    return text


def _globals(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Global options work before or after the command; sub-parsers must not reset them."""
    default = None if top else argparse.SUPPRESS
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--profile",
        metavar="NAME",
        default=default,
        help="use this stored profile instead of the default one",
    )
    group.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_timeout,
        default=30.0 if top else argparse.SUPPRESS,
        help="timeout for each HTTP request (default 30)",
    )
    group.add_argument(
        "--trace",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print every HTTP exchange, redacted, to stderr",
    )
    group.add_argument(
        "--har",
        metavar="FILE",
        default=default,
        help="write this run's exchanges as a redacted HAR 1.2 file",
    )
    group.add_argument(
        "--sandbox",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="use the built-in Zoom sandbox (not real Zoom)",
    )


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zoomdesk",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zoomdesk {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the desktop app, load the first page, print JSON and exit",
    )
    _globals(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sub(
        parent: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
    ) -> argparse.ArgumentParser:
        child = parent.add_parser(name, help=help_text, description=help_text)
        _globals(child, top=False)
        return child

    token = sub(commands, "token", "get an access token and show its scopes (never the token)")
    _json(token)

    users = sub(commands, "users", "users of the account")
    users_cmds = users.add_subparsers(dest="action", metavar="ACTION", required=True)
    _json(sub(users_cmds, "list", "list all users"))

    meetings = sub(commands, "meetings", "list, show, create, update and delete meetings")
    m = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub(m, "list", "list meetings (all pages)")
    who = listing.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="USER", type=_user, help="user ID or email")
    who.add_argument("--all-users", action="store_true", help="every user of the account")
    listing.add_argument("--type", choices=LIST_TYPES, default="scheduled")
    _json(listing)

    get = sub(m, "get", "show one meeting")
    get.add_argument("id", type=int, metavar="ID")
    get.add_argument("--occurrence-id", metavar="X", type=_occurrence_id)
    _json(get)

    create = sub(m, "create", "create a meeting")
    create.add_argument(
        "--user", metavar="USER", type=_user, required=True, help="host: user ID or email"
    )
    create.add_argument("--topic", metavar="TEXT", help="required unless --body has one")
    meeting_flags(create)
    _json(create)

    update = sub(m, "update", "change a meeting (only the fields given are sent)")
    update.add_argument("id", type=int, metavar="ID")
    update.add_argument("--user", metavar="USER", help=argparse.SUPPRESS)  # refused: see docs
    update.add_argument("--topic", metavar="TEXT")
    meeting_flags(update)
    update.add_argument("--occurrence-id", metavar="X", type=_occurrence_id)
    update.add_argument("--json", action="store_true", help="print the meeting after the update")

    delete = sub(m, "delete", "delete a meeting or one occurrence")
    delete.add_argument("id", type=int, metavar="ID")
    delete.add_argument("--occurrence-id", metavar="X", type=_occurrence_id)
    delete.add_argument(
        "--notify",
        action="store_true",
        help="Zoom emails the host and registrants about the cancellation",
    )
    add_commands(commands, users_cmds, m, sub)
    from zoomdesk.cli.conflicts_command import add_parser as add_conflicts  # issue 17

    add_conflicts(m, sub)
    from zoomdesk.cli.bulk_commands import add_bulk_parsers  # stdlib only at import

    add_bulk_parsers(sub, m)

    profiles = sub(commands, "profiles", "stored connection profiles")
    p = profiles.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub(p, "add", "add or replace a profile")
    add.add_argument("name", metavar="NAME", type=_profile_name)
    # Required for a new profile; a profile preset by the IT policy needs only its secret.
    add.add_argument("--account-id", metavar="A")
    add.add_argument("--client-id", metavar="C")
    add.add_argument(
        "--client-secret-stdin",
        action="store_true",
        help="read the client secret from standard input into the system keyring",
    )
    add.add_argument("--region", choices=("global", "gov"), default="global")
    add.add_argument("--oauth-url", metavar="URL", type=_base_url, help="custom OAuth base URL")
    add.add_argument("--api-url", metavar="URL", type=_base_url, help="custom API base URL (…/v2)")
    add.add_argument("--default", action="store_true", help="make it the default profile")
    _json(sub(p, "list", "list profiles"))
    remove = sub(p, "remove", "remove a profile and its stored secret")
    remove.add_argument("name", metavar="NAME")

    policy = sub(commands, "policy", "the IT policy of this computer")
    policy_cmds = policy.add_subparsers(dest="action", metavar="ACTION", required=True)
    _json(sub(policy_cmds, "show", "the effective policy and where each value came from"))

    box = sub(commands, "sandbox", "run the built-in Zoom sandbox over HTTP (not real Zoom)")
    box.add_argument("--host", default="127.0.0.1")
    box.add_argument("--port", type=int, default=0, help="0 picks a free port")
    box.add_argument("--account-id", default=None, metavar="A")
    box.add_argument("--client-id", default=None, metavar="C")
    box.add_argument("--client-secret", default=None, metavar="S")
    box.add_argument(
        "--seed-users",
        type=int,
        default=0,
        metavar="N",
        help="add N extra users with --seed-meetings meetings each",
    )
    box.add_argument("--seed-meetings", type=int, default=0, metavar="N")
    box.add_argument("--state-file", metavar="FILE", help="keep the sandbox's state in this file")

    doctor = sub(commands, "doctor", "check requests or an integration (cURL, HTTP, HAR, code)")
    doctor.add_argument("file", nargs="*", default=["-"], metavar="FILE|-")
    doctor.add_argument(
        "--lang",
        metavar="LANG",
        help="write the corrected code for this library: curl, python-requests, python-httpx, "
        "python-aiohttp, node-axios, node-fetch, node-got, csharp, powershell "
        "(default: the one you used)",
    )
    doctor.add_argument(
        "--replay", action="store_true", help="also send it and the corrected request to a sandbox"
    )
    return parser
