"""The CLI's commands, as coroutines over the shared core services."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime, timedelta
from typing import Any

from zoomdesk.cli.output import (
    print_json,
    print_json_list,
    print_meeting,
    print_meetings,
    print_token,
    print_users,
    safe,
    token_summary,
)
from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.drafts import MeetingDraft, system_timezone
from zoomdesk.core.errors import CredentialsError, DraftInvalid, FieldError, ZoomDeskError
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.meeting_update import UNSET, MeetingUpdate, Unset
from zoomdesk.core.models import Json, Meeting, MeetingType, User, zone
from zoomdesk.core.profiles import REGIONS, Profile
from zoomdesk.core.services import Services, sandbox_connection
from zoomdesk.core.settings_env import resolve_connection
from zoomdesk.core.wallclock import check_wall_clock, year_problem


async def execute(args: argparse.Namespace, services: Services, sandbox: Any) -> int:
    if args.command == "profiles":
        return await _profiles(args, services)
    client = await _client(args, services, sandbox)
    if args.command == "token":
        token = await client.tokens.refresh()
        if args.json:
            print_json(token_summary(token))
        else:
            print_token(token, sys.stdout)
        return 0
    if args.command == "users":
        users = await client.list_users()
        if args.json:
            print_json_list([u.raw for u in users])
        else:
            print_users(users, sys.stdout)
        return 0
    return await _meetings(args, client)


async def _client(args: argparse.Namespace, services: Services, sandbox: Any) -> ZoomClient:
    if sandbox is not None:
        return services.client_for(sandbox_connection(sandbox.url))
    connection = await resolve_connection(services.profiles, services.secrets, args.profile)
    if connection is None:
        raise CredentialsError(
            "No Zoom credentials. Add a profile (zoomdesk profiles add NAME --account-id A "
            "--client-id C --client-secret-stdin), set ZOOM_ACCOUNT_ID/ZOOM_CLIENT_ID/"
            "ZOOM_CLIENT_SECRET, or try the built-in sandbox with --sandbox."
        )
    return services.client_for(connection)


def _parse_start(text: str) -> datetime:
    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"):
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if problem := year_problem(value):
            raise DraftInvalid([FieldError("start", f"{text!r}: {problem}")])
        return value
    raise DraftInvalid([FieldError("start", f"{text!r} is not YYYY-MM-DDTHH:MM")])


def _check_wall_clock(start: datetime, tz: str) -> None:
    """A start the clocks skip is refused; one they pass twice is sent, with a note saying
    which of the two it is (Zoom is sent the wall-clock time and reads it the same way)."""
    tzinfo = zone(tz)
    if tzinfo is None:
        return  # the draft's own check names the unknown zone
    issue = check_wall_clock(start, tzinfo, tz)
    if issue is None:
        return
    if issue.kind == "gap":
        raise DraftInvalid([FieldError("start", issue.message)])
    sys.stderr.write(f"zoomdesk: note: {issue.message}\n")


async def _meetings(args: argparse.Namespace, client: ZoomClient) -> int:
    if args.action in ("import", "export"):
        from zoomdesk.cli import bulk_commands

        return await bulk_commands.execute(args, client)
    if args.action == "list":
        failed: list[tuple[User, ZoomDeskError]] = []
        if args.all_users:
            raw = await client.list_all_meetings_raw(
                args.type, on_error=lambda user, error: failed.append((user, error))
            )
        else:
            raw = await client.list_meetings_raw(args.user, args.type)
        if args.json:
            print_json_list(raw)
        else:
            print_meetings((Meeting.from_json(m) for m in raw), sys.stdout)
        for user, error in failed:  # after the others' meetings, one line per host
            who = user.email or user.id
            sys.stderr.write(
                f"zoomdesk: meetings of {safe(who)} not listed: {safe(error.summary())}\n"
            )
        return 1 if failed else 0
    if args.action == "get":
        meeting = await client.get_meeting(args.id, args.occurrence_id)
        if args.json:
            print_json(meeting.raw)
        else:
            print_meeting(meeting, sys.stdout)
        return 0
    service = MeetingService(client)
    if args.action == "create":
        meeting = await service.create(args.user, _create_draft(args))
        if args.json:
            print_json(meeting.raw)
        else:
            sys.stdout.write(f"Created meeting {meeting.id}: {safe(meeting.join_url)}\n")
        return 0
    if args.action == "update":
        update = await _update_from_flags(args, client)
        await service.update(args.id, update, args.occurrence_id)
        sys.stdout.write(f"Updated meeting {args.id}: {', '.join(update.given())}.\n")
        return 0
    if args.action == "delete":
        await client.delete_meeting(args.id, args.occurrence_id)
        what = f"occurrence {args.occurrence_id} of " if args.occurrence_id else ""
        sys.stdout.write(f"Deleted {what}meeting {args.id}.\n")
        return 0
    raise AssertionError(args.action)


def _create_draft(args: argparse.Namespace) -> MeetingDraft:
    tz = args.timezone or system_timezone()
    if args.start:
        start = _parse_start(args.start)
        _check_wall_clock(start, tz)
    else:  # Zoom would start it "now"; say so explicitly instead
        now = datetime.now(zone(tz)).replace(tzinfo=None, second=0, microsecond=0)
        start = now + timedelta(minutes=1)
    return MeetingDraft(
        topic=args.topic,
        type=MeetingType.SCHEDULED,
        start=start,
        timezone=tz,
        duration=args.duration if args.duration is not None else 60,
        agenda=args.agenda or "",
        password=args.password or "",
        settings=_settings_from(args.set),
    )


def _settings_from(items: list[str] | None) -> Json:
    """`--set KEY=VALUE`…: each KEY a setting of the meeting schema, VALUE JSON or plain text."""
    out: Json = {}
    problems: list[FieldError] = []
    for item in items or ():
        key, sep, text = item.partition("=")
        name = key.strip().removeprefix("settings.")
        spec = schema.setting(name)
        if not sep:
            problems.append(FieldError("--set", f"{item!r} is not KEY=VALUE"))
        elif spec is None:
            problems.append(FieldError(f"settings.{name}", schema.unknown_setting(name)))
        else:
            try:
                out[name] = spec.parse(text)
            except ValueError as error:
                problems.append(FieldError(spec.key, str(error)))
    if problems:
        raise DraftInvalid(problems)
    return out


async def _update_from_flags(args: argparse.Namespace, client: ZoomClient) -> MeetingUpdate:
    """Only the fields given on the command line, checked with the same rules as the app."""
    given = {
        name: value
        for name in ("topic", "agenda", "password", "duration")
        if (value := getattr(args, name, None)) is not None
    }
    start: datetime | Unset = UNSET
    if args.start or args.timezone:
        tz = args.timezone
        naive = _parse_start(args.start) if args.start else None
        if tz is None or naive is None:  # a start needs its zone, and a zone needs its start
            current = await client.get_meeting(args.id, args.occurrence_id)
            tz = tz or current.timezone or "UTC"
            local = current.local_start()
            naive = naive or (local.replace(tzinfo=None) if local else None)
        tzinfo = zone(tz)
        if naive is None or tzinfo is None:
            raise DraftInvalid([FieldError("start", "Give --start with a valid --timezone.")])
        if args.start:
            _check_wall_clock(naive, tz)
        start = naive.replace(tzinfo=tzinfo)
    update = MeetingUpdate(start=start, settings=_settings_from(args.set), **given)
    if not update:
        raise DraftInvalid([FieldError("options", "Give at least one field to change.")])
    if problems := update.problems(occurrence=args.occurrence_id is not None):
        raise DraftInvalid(problems)
    return update


async def _profiles(args: argparse.Namespace, services: Services) -> int:
    store = services.profiles
    if args.action == "list":
        content = store.load()
        if args.json:
            print_json(
                [
                    {**vars(p), "default": p.name == content.default}
                    for p in content.profiles.values()
                ]
            )
            return 0
        if not content.profiles:
            sys.stdout.write("No profiles. Add one with: zoomdesk profiles add NAME …\n")
        for p in content.profiles.values():
            mark = "*" if p.name == content.default else " "
            line = (
                f"{p.name}  account {p.account_id}  client {p.client_id}  "
                f"{p.oauth_url}{'  api ' + p.api_url if p.api_url else ''}"
            )
            sys.stdout.write(f"{mark} {safe(line)}\n")
        return 0
    if args.action == "remove":
        if not store.remove(args.name):
            raise CredentialsError(f"No profile named {args.name!r}.")
        try:
            await services.secrets.delete(args.name)
        except CredentialsError as error:
            sys.stderr.write(f"zoomdesk: profile removed, but its secret was not: {error}\n")
        sys.stdout.write(f"Removed profile {args.name}.\n")
        return 0
    _, oauth_url, api_url = REGIONS[args.region]
    profile = Profile(
        args.name,
        args.account_id,
        args.client_id,
        (args.oauth_url or oauth_url).rstrip("/"),
        args.api_url or api_url,
    )
    secret = None
    if args.client_secret_stdin:
        secret = sys.stdin.readline().strip()
        if not secret:
            raise CredentialsError("No client secret on standard input.")
    elif sys.stdin.isatty():
        secret = getpass.getpass("Client secret (input hidden, Enter to skip): ").strip() or None
    if secret is not None:
        await services.secrets.set(profile.name, secret)  # before saving: no half profile
    store.put(profile, make_default=args.default)
    stored = (
        "secret stored in the system keyring"
        if secret
        else "no secret stored; set ZOOM_CLIENT_SECRET or re-add with --client-secret-stdin"
    )
    sys.stdout.write(f"Saved profile {profile.name} ({stored}).\n")
    return 0
