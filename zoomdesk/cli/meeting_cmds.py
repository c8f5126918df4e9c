"""`zoomdesk meetings create|update|delete|invitation|ics`: the flags become a `MeetingDraft` or a
`MeetingUpdate` and go through `MeetingService`, so they are checked by the same schema as the
form (exit 2 naming the reason, nothing sent) and no body is built by hand here."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from zoomdesk.cli import conflicts_command, policy_command
from zoomdesk.cli.meeting_flags import (
    RECURRENCE_FLAGS,
    as_flag,
    checked_wall_clock,
    merge_tracking,
    parse_start,
    read_body,
    recurrence_from,
    set_values,
)
from zoomdesk.cli.output import print_json, safe
from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.body_draft import draft_from_body, update_from_body
from zoomdesk.core.calendar import CalendarError, invitation_text
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.drafts import MeetingDraft, system_timezone
from zoomdesk.core.errors import DraftInvalid, FieldError, PermissionError_, ScopeError
from zoomdesk.core.host_defaults import ZOOM_DEFAULT_RULES, PasscodeRules
from zoomdesk.core.ics import meeting_to_ics
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.meeting_update import UNSET, MeetingUpdate
from zoomdesk.core.models import Json, Meeting, MeetingType, zone
from zoomdesk.core.policy import Policy
from zoomdesk.core.services import Services

TYPES = {
    "one-time": MeetingType.SCHEDULED,
    "recurring": MeetingType.RECURRING_FIXED_TIME,
    "no-fixed-time": MeetingType.RECURRING_NO_FIXED_TIME,
}
HOST_IS_FIXED = (
    "The host cannot change after a meeting is created (Zoom refuses it for Server-to-Server "
    "apps); create the meeting for the other host and delete this one."
)


async def run(
    args: argparse.Namespace, client: ZoomClient, services: Services, policy: Policy
) -> int:
    service = MeetingService(client)
    if args.action == "create":
        draft = _create_draft(args, policy)
        if problems := draft.problems():  # Zoom's own limits first: nothing is sent for them
            raise DraftInvalid([as_flag(p) for p in problems])
        rules = await _rules(client, args.user) if draft.password else None
        await _check_tracking(client, draft.tracking_fields)
        await _check_auth_option(client, args.user, draft.settings)
        meeting = await service.create(args.user, draft, rules=rules)
        await conflicts_command.warn_overlaps(client, meeting)
        if args.json:
            print_json(meeting.raw)
        else:
            sys.stdout.write(f"Created meeting {meeting.id}: {safe(meeting.join_url)}\n")
        return 0
    if args.action == "update":
        update, current = await _update(args, client, policy)
        rules = None
        if isinstance(update.password, str):
            current = current or await client.get_meeting(args.id)
            rules = await _rules(client, current.host_id or current.host_email)
        if isinstance(update.tracking_fields, tuple):
            await _check_tracking(client, update.tracking_fields)
        if update.settings.get("authentication_option"):
            current = current or await client.get_meeting(args.id)
            host = current.host_id or current.host_email
            await _check_auth_option(client, host, update.settings)
        await service.update(args.id, update, args.occurrence_id, rules=rules)
        await conflicts_command.warn_overlaps(client, args.id, update.given())
        if args.json:
            print_json((await client.get_meeting(args.id, args.occurrence_id)).raw)
        else:
            sys.stdout.write(f"Updated meeting {args.id}: {', '.join(update.given())}.\n")
        return 0
    if args.action == "delete":
        await client.delete_meeting(args.id, args.occurrence_id, notify=args.notify)
        what = f"occurrence {args.occurrence_id} of " if args.occurrence_id else ""
        told = " Zoom emails the host and registrants." if args.notify else ""
        sys.stdout.write(f"Deleted {what}meeting {args.id}.{told}\n")
        return 0
    if args.action == "invitation":
        sys.stdout.write(await _invitation(client, args.id))
        return 0
    if args.action == "ics":
        return await _ics(args, client, services)
    raise AssertionError(args.action)


# --- create ----------------------------------------------------------------------------------


def _create_draft(args: argparse.Namespace, policy: Policy) -> MeetingDraft:
    draft = MeetingDraft(timezone=args.timezone or policy.default_timezone or system_timezone())
    if args.body:
        draft = draft_from_body(read_body(args.body), draft)
    set_settings, changes = set_values(args.set)  # named flags win over the same --set
    for name in ("topic", "agenda", "password", "duration"):
        if (value := getattr(args, name)) is not None:
            changes[name] = value
    if args.timezone:
        changes["timezone"] = args.timezone
    draft = draft.with_changes(**changes)
    kind = TYPES[args.type] if args.type else draft.type
    if args.repeat and not args.type and kind is MeetingType.SCHEDULED:
        kind = MeetingType.RECURRING_FIXED_TIME  # --repeat alone means a recurring meeting
    if not draft.topic:
        raise DraftInvalid([FieldError("--topic", "Give --topic (or a topic in --body).")])
    start = draft.start
    if args.start:
        start = parse_start(args.start)
        checked_wall_clock(start, draft.timezone)
    elif start is None:  # Zoom would start it "now"; say so explicitly instead
        now = datetime.now(zone(draft.timezone)).replace(tzinfo=None, second=0, microsecond=0)
        start = now + timedelta(minutes=1)
    recurrence = recurrence_from(args, draft.recurrence, draft.timezone)
    if problems := _not_for_type({**draft.settings, **set_settings}, kind):
        raise DraftInvalid(problems)
    if kind is MeetingType.RECURRING_FIXED_TIME and recurrence is None:
        raise DraftInvalid([FieldError("--repeat", "A recurring meeting needs --repeat.")])
    settings = policy_command.checked_settings(
        {**draft.settings, **set_settings}, policy, create=True
    )
    return draft.with_changes(
        type=kind,
        start=start,
        duration=draft.duration if draft.duration is not None else 60,
        recurrence=recurrence,
        settings=settings,
        tracking_fields=merge_tracking(draft.tracking_fields, args.tracking_field),
    )


def _not_for_type(settings: Json, kind: MeetingType) -> list[FieldError]:
    """A setting for other meeting types would be dropped from the body: say so instead."""
    out = []
    for name in settings:
        found = schema.setting(name)
        if found is not None and kind not in found.types:
            kinds = [c.label for c in schema.spec("type").choices if c.value in found.types]
            out.append(FieldError(found.key, f"Only for: {', '.join(kinds)}."))
    return out


async def _check_tracking(client: ZoomClient, fields: tuple[tuple[str, str], ...]) -> None:
    """Each name must be one of the account's tracking fields (when the app may read them)."""
    if not fields:
        return
    try:
        known = [str(f.get("field", "")) for f in await client.list_tracking_fields()]
    except ScopeError:
        sys.stderr.write("zoomdesk: note: tracking field names not checked (no scope)\n")
        return
    import difflib

    problems = []
    for name, _ in fields:
        if name not in known:
            near = difflib.get_close_matches(name, known, n=3, cutoff=0.4)
            hint = f" Did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
            message = f"The account has no field {name!r}.{hint}"
            problems.append(FieldError("--tracking-field", message))
    if problems:
        raise DraftInvalid(problems)


async def _check_auth_option(client: ZoomClient, host: str, settings: Json) -> None:
    """An `authentication_option` must be one of the host's (when its settings are readable:
    Zoom would otherwise refuse the create with a bare 300 after the user's other checks)."""
    chosen = settings.get("authentication_option")
    if not chosen or not isinstance(chosen, str):
        return
    try:
        auth = await client.get_user_settings(host, "meeting_authentication")
    except (ScopeError, PermissionError_):
        sys.stderr.write("zoomdesk: note: authentication_option not checked (no scope)\n")
        return
    options = [o for o in auth.get("authentication_options") or () if isinstance(o, dict)]
    if any(str(o.get("id", "")) == chosen for o in options):
        return
    known = ", ".join(f"{o.get('id')} ({o.get('name')})" for o in options)
    known = f"The host's options: {known}." if known else "The host has no options."
    message = f"Not one of the host's authentication options: {chosen!r}. {known}"
    raise DraftInvalid([FieldError("settings.authentication_option", message)])


async def _rules(client: ZoomClient, host: str) -> PasscodeRules:
    """The host's passcode rules; Zoom's documented ones when they cannot be read."""
    try:
        return PasscodeRules.from_settings(await client.get_user_settings(host))
    except (ScopeError, PermissionError_) as error:
        sys.stderr.write(
            "zoomdesk: note: passcode checked against Zoom's documented rules only; the host's "
            f"settings could not be read ({safe(error.summary())})\n"
        )
        return ZOOM_DEFAULT_RULES


# --- update ----------------------------------------------------------------------------------


async def _update(
    args: argparse.Namespace, client: ZoomClient, policy: Policy
) -> tuple[MeetingUpdate, Meeting | None]:
    """Only what the command line gives, checked with the same rules as the app."""
    if args.user:
        raise DraftInvalid([FieldError("--user", HOST_IS_FIXED)])
    update = update_from_body(read_body(args.body)) if args.body else MeetingUpdate()
    set_settings, given = set_values(args.set)  # named flags win over the same --set
    given.update(
        (name, value)
        for name in ("topic", "agenda", "password", "duration")
        if (value := getattr(args, name, None)) is not None
    )
    if args.type:
        given["type"] = TYPES[args.type]
    if args.tracking_field:
        base = update.tracking_fields if isinstance(update.tracking_fields, tuple) else ()
        given["tracking_fields"] = merge_tracking(base, args.tracking_field)
    current: Meeting | None = None
    moves = any(getattr(args, f) is not None for f in RECURRENCE_FLAGS) or args.type
    if args.start or args.timezone or moves:
        # A start needs its zone and a zone its start; Zoom takes a series' recurrence only
        # with its start (and the other way round), so what is not given is the meeting's.
        current = await client.get_meeting(args.id, args.occurrence_id)
        tz = args.timezone or current.timezone or "UTC"
        local = current.local_start()
        naive = parse_start(args.start) if args.start else None
        naive = naive or (local.replace(tzinfo=None) if local else None)
        tzinfo = zone(tz)
        if tzinfo is None:
            raise DraftInvalid([FieldError("timezone", f"Unknown time zone: {tz}")])
        if args.start:
            checked_wall_clock(naive or datetime.now(), tz)
        if naive is not None and (args.start or args.timezone or moves):
            given["start"] = naive.replace(tzinfo=tzinfo)
        recurrence = recurrence_from(args, current.recurrence, tz)
        if recurrence is not None and recurrence != current.recurrence:
            given["recurrence"] = recurrence
            if not args.type and current.type is MeetingType.SCHEDULED:
                given["type"] = MeetingType.RECURRING_FIXED_TIME  # as on create: --repeat alone
    settings = policy_command.checked_settings(
        {**update.settings, **set_settings}, policy, create=False
    )
    update = replace(update, settings=settings, **given)
    if (
        update.type is MeetingType.RECURRING_FIXED_TIME
        and update.recurrence is UNSET
        and (current is None or current.recurrence is None)
    ):
        raise DraftInvalid([FieldError("--repeat", "A recurring meeting needs --repeat.")])
    if not update:
        raise DraftInvalid([FieldError("options", "Give at least one field to change.")])
    if problems := update.problems(occurrence=args.occurrence_id is not None):
        raise DraftInvalid(problems)
    return update, current


# --- invitation and calendar -----------------------------------------------------------------


async def _invitation(client: ZoomClient, meeting_id: int) -> str:
    """Zoom's own text; without the scope to read it, zoomdesk's (and why, on stderr)."""
    try:
        text = await client.get_invitation(meeting_id)
    except ScopeError as error:
        why = safe(error.summary())
        sys.stderr.write(f"zoomdesk: note: zoomdesk's own invitation (no dial-in numbers): {why}\n")
        return invitation_text(await client.get_meeting(meeting_id))
    return text if text.endswith("\n") else text + "\n"


async def _ics(args: argparse.Namespace, client: ZoomClient, services: Services) -> int:
    meeting = await client.get_meeting(args.id)
    sequence = services.history.sequence_for(meeting.id)
    organizer = ("", meeting.host_email) if meeting.host_email else None
    try:
        text = meeting_to_ics(meeting, organizer=organizer, sequence=sequence)
    except CalendarError as error:
        sys.stderr.write(f"zoomdesk: {safe(error)}\n")
        return 1
    if not args.output:  # bytes: iCalendar lines end with CRLF on every system
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    try:
        Path(args.output).write_bytes(text.encode("utf-8"))
    except OSError as error:
        sys.stderr.write(f"zoomdesk: cannot write {args.output}: {error.strerror}\n")
        return 1
    sys.stdout.write(f"Wrote {args.output} (SEQUENCE {sequence}).\n")
    return 0
