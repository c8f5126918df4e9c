"""How the CLI prints meetings, users and tokens for people (JSON output is Zoom's own objects)."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from zoomdesk.core.models import Meeting, User
from zoomdesk.core.scopes import describe_missing, missing_scopes, unused_scopes
from zoomdesk.core.tokens import AccessToken

# Right-to-left overrides and isolates reorder what a terminal shows ("Trojan Source").
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def safe(text: object) -> str:
    """Text from Zoom as a terminal may show it: any account member can put escape sequences
    in a topic, so control and bidi characters are printed as \\x1b-style escapes. JSON output
    keeps the exact text."""
    value = str(text)
    if value.isprintable():  # the common case, and fast for 10,000 rows
        return value
    return "".join(
        ch
        if ch == " " or not (unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in _BIDI)
        else ch.encode("unicode_escape").decode("ascii")
        for ch in value
    )


def print_json(data: Any, out: TextIO = sys.stdout) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def print_json_list(items: list[Any], out: TextIO = sys.stdout) -> None:
    """A JSON array, one object per line: valid JSON, easy to grep, and fast for 10,000."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    if not items:
        out.write("[]\n")
        return
    out.write("[\n" + ",\n".join(encode(item) for item in items) + "\n]\n")


def table(rows: Sequence[Sequence[str]], headers: Sequence[str], out: TextIO) -> None:
    rows = [[safe(cell) for cell in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    widths[-1] = 0  # last column is not padded
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def meeting_start(meeting: Meeting) -> str:
    local = meeting.local_start()
    if local is None:
        return "(no fixed time)"
    return f"{local:%Y-%m-%d %H:%M} {meeting.timezone or 'UTC'}"


def print_meetings(meetings: Iterable[Meeting], out: TextIO) -> None:
    rows = [
        (str(m.id), meeting_start(m), f"{m.duration or 0} min", m.type.label, m.topic)
        for m in meetings
    ]
    table(rows, ("ID", "START", "DURATION", "KIND", "TOPIC"), out)
    out.write(f"{len(rows)} meeting{'s' if len(rows) != 1 else ''}\n")


def print_users(users: Iterable[User], out: TextIO) -> None:
    rows = [(u.id, u.email, f"{u.first_name} {u.last_name}".strip(), u.status) for u in users]
    table(rows, ("ID", "EMAIL", "NAME", "STATUS"), out)


def print_meeting(m: Meeting, out: TextIO) -> None:
    lines = [
        ("Meeting ID", str(m.id)),
        ("Topic", m.topic),
        ("Kind", m.type.label),
        ("Start", meeting_start(m)),
        ("Duration", f"{m.duration} min" if m.duration else "—"),
        ("Host", m.host_email or m.host_id),
        ("Repeats", m.recurrence.describe() if m.recurrence else "—"),
        ("Join link", m.join_url),
        ("Passcode", m.password or "—"),
        ("Agenda", m.agenda or "—"),
    ]
    if m.occurrences:
        upcoming = ", ".join(
            f"{o.occurrence_id} ({o.start_time:%Y-%m-%d %H:%M} UTC)"
            for o in m.occurrences[:5]
            if o.start_time
        )
        lines.append(("Occurrences", f"{len(m.occurrences)}: {upcoming}…"))
    for label, value in lines:
        out.write(f"{label + ':':<12} {safe(value)}\n")


def token_summary(token: AccessToken) -> dict[str, Any]:
    return {
        "token_type": token.token_type,
        "expires_in": token.expires_in,
        "scopes": list(token.scopes),
        "api_url": token.api_url,
        "missing_scopes": sorted(
            {s for need in missing_scopes(token.scopes).values() for s in need}
        ),
        "unused_scopes": unused_scopes(token.scopes),  # least privilege: remove these
    }


def print_token(token: AccessToken, out: TextIO) -> None:
    out.write(f"Access token OK ({token.token_type}, expires in {token.expires_in} s).\n")
    out.write(f"API URL: {safe(token.api_url or '(not given; https://api.zoom.us)')}\n")
    out.write(f"Scopes:  {safe(' '.join(token.scopes)) or '(none)'}\n")
    out.write(describe_missing(token.scopes) + "\n")
    if unused := unused_scopes(token.scopes):
        out.write(
            f"Unused scopes: {safe(' '.join(unused))} (zoomdesk never uses them; remove them "
            "from the app in Zoom's Marketplace, see docs/security.md).\n"
        )
