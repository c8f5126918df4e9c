"""`zoomdesk users settings`, `zoomdesk registrants …` and `zoomdesk tracking-fields list`:
`--json` prints Zoom's objects as returned; otherwise a few readable lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zoomdesk.cli.output import print_json, print_json_list, safe, table
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.errors import DraftInvalid, FieldError, ZoomDeskError
from zoomdesk.core.host_defaults import defaults_from_settings
from zoomdesk.core.meeting_schema import EMAIL_RE
from zoomdesk.core.registrant_import import import_registrants, read_registrants
from zoomdesk.core.scheduler_api import REGISTRANT_STATUSES


async def run(args: argparse.Namespace, client: ZoomClient) -> int:
    if args.command == "users":
        return await _user_settings(args, client)
    if args.command == "tracking-fields":
        fields = await client.list_tracking_fields()
        if args.json:
            print_json_list(fields)
            return 0
        rows = [
            [
                str(f.get("field", "")),
                "required" if f.get("required") else "optional",
                "shown" if f.get("visible", True) else "hidden",
                ", ".join(str(v) for v in f.get("recommended_values") or ()) or "(any text)",
            ]
            for f in fields
        ]
        table(rows, ["FIELD", "REQUIRED", "TO ATTENDEES", "VALUES"], sys.stdout)
        return 0
    return await _registrants(args, client)


async def _user_settings(args: argparse.Namespace, client: ZoomClient) -> int:
    settings = await client.get_user_settings(args.user)
    if args.json:
        print_json(settings)
        return 0
    try:
        auth = await client.get_user_settings(args.user, "meeting_authentication")
    except ZoomDeskError:
        auth = {}
    defaults = defaults_from_settings(args.user, args.user, settings, auth)
    out = sys.stdout
    out.write(f"Meeting defaults of {safe(args.user)} (other settings: Zoom's defaults):\n")
    for name, value in defaults.settings.items():
        out.write(f"  {name} = {safe(value)}\n")
    out.write("Passcode rules:\n")
    for line in defaults.rules.describe():
        out.write(f"  {line}\n")
    if defaults.authentication:
        out.write("Authentication options (--set authentication_option=ID):\n")
        for option in defaults.authentication:
            mark = " (default)" if option.default else ""
            out.write(f"  {safe(option.id)}  {safe(option.name)}{mark}\n")
    return 0


def _emails(items: list[str]) -> list[str]:
    bad = [e for e in items if not EMAIL_RE.match(e)]
    if bad:
        raise DraftInvalid([FieldError("--email", f"Not an email address: {e!r}") for e in bad])
    return list(dict.fromkeys(items))


async def _registrants(args: argparse.Namespace, client: ZoomClient) -> int:
    meeting_id = args.id
    if args.action == "list":
        if args.status:
            found = await client.list_registrants(meeting_id, args.status)
            found = [{**r, "status": r.get("status") or args.status} for r in found]
        else:
            found = await client.all_registrants(meeting_id)
        if args.json:
            print_json_list(found)
            return 0
        rows = [
            [
                str(r.get("email", "")),
                f"{r.get('first_name', '')} {r.get('last_name', '')}".strip(),
                str(r.get("status", "")),
                str(r.get("create_time", "")),
            ]
            for r in found
        ]
        table(rows, ["EMAIL", "NAME", "STATUS", "REGISTERED"], sys.stdout)
        counts = {s: sum(r.get("status") == s for r in found) for s in REGISTRANT_STATUSES}
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        sys.stdout.write(f"{len(found)} registrants{': ' + summary if summary else ''}.\n")
        return 0
    if args.action == "add":
        email = _emails([args.email])[0]
        person = {"email": email, "first_name": args.first_name}
        if args.last_name:
            person["last_name"] = args.last_name
        answer = await client.add_registrant(meeting_id, person)
        if args.json:
            print_json(answer)
        else:
            sys.stdout.write(f"Registered {safe(email)}: {safe(answer.get('join_url', ''))}\n")
        return 0
    if args.action in ("approve", "deny"):
        emails = _emails(args.email)
        calls = await client.set_registrant_status(
            meeting_id, args.action, [{"email": e} for e in emails]
        )
        done = "Approved" if args.action == "approve" else "Denied"
        plural = "s" if calls > 1 else ""
        sys.stdout.write(f"{done} {len(emails)} registrant(s) in {calls} request{plural}.\n")
        return 0
    if args.action == "remove":
        emails = _emails(args.email)
        listed = await client.all_registrants(meeting_id)
        by_email = {str(r.get("email", "")).lower(): r for r in listed}
        missing = [e for e in emails if e.lower() not in by_email]
        if missing:  # nothing removed: a typo must not leave half the list done
            names = ", ".join(missing)
            raise ZoomDeskError(f"No registrant {names} in meeting {meeting_id}; none removed.")
        for email in emails:
            await client.delete_registrant(meeting_id, str(by_email[email.lower()]["id"]))
        sys.stdout.write(f"Removed {len(emails)} registrant(s).\n")
        return 0
    if args.action == "import":
        return await _import(args, client)
    raise AssertionError(args.action)


async def _import(args: argparse.Namespace, client: ZoomClient) -> int:
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise DraftInvalid([FieldError("FILE.csv", f"cannot read {args.file}: {reason}")]) from None
    people = read_registrants(text)  # every row checked before anything is sent
    meeting = await client.get_meeting(args.id)
    result = await import_registrants(client, args.id, meeting.type, people)
    if args.json:
        print_json_list(result.registered)
    else:
        sys.stdout.write(
            f"Registered {len(result.registered)} of {len(people)} in {result.requests} "
            f"request{'s' if result.requests > 1 else ''}.\n"
        )
    for email, why in result.failed:
        sys.stderr.write(f"zoomdesk: {safe(email)} not registered: {safe(why)}\n")
    return 1 if result.failed else 0
