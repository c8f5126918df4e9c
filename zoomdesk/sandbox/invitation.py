"""GET /meetings/{meetingId}/invitation: Zoom's invitation text, in the shape of the sample in
Zoom's OpenAPI file (CRLF lines; topic, time, join link or registration link, meeting ID and
passcode, one tap mobile, dial by location), for every meeting type.

It is marked "NOT real Zoom" on its first and last lines, because people paste invitations into
emails: a sandbox invitation must never pass for a real one. Its phone numbers are 555-01xx
numbers, reserved for fiction, and its SIP address is under the reserved `.invalid` domain."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from zoomdesk.sandbox.calls import Call
from zoomdesk.sandbox.meetings import (
    RECURRING_FIXED,
    RECURRING_NO_TIME,
    join_url,
    series_start,
)
from zoomdesk.sandbox.meetings_api import meeting_or_404
from zoomdesk.sandbox.registrants import has_registration
from zoomdesk.sandbox.timeutil import from_iso_z, zone
from zoomdesk.sandbox.wire import Response, json_response

SANDBOX_MARK = "[zoomdesk sandbox - NOT real Zoom: these links and phone numbers do not work]"
_DAYS = {1: "Sun", 2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat"}
_WEEKS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", -1: "Last"}
_EOL = "\r\n"


def get_invitation(call: Call) -> Response:
    meeting = meeting_or_404(call)
    if isinstance(meeting, Response):
        return meeting
    host = call.state.find_user(meeting["host_id"])
    text = invitation_text(meeting, host, base_url=call.base_url, now=call.now())
    return json_response(200, {"invitation": text, "sip_links": [sip_address(meeting)]})


def invitation_text(
    meeting: Mapping[str, Any], host: Mapping[str, Any] | None, *, base_url: str, now: float
) -> str:
    name = f"{host['first_name']} {host['last_name']}".strip() if host else "Your host"
    meeting_id = spaced_id(int(meeting["id"]))
    settings = meeting["settings"]
    lines = [SANDBOX_MARK, "", f"{name} is inviting you to a scheduled Zoom meeting.", ""]
    lines += [f"Topic: {meeting['topic']}", *_time_lines(meeting, now), ""]
    if has_registration(meeting):
        lines += [
            "Register in advance for this meeting:",
            f"{base_url}/meeting/register/{meeting['id']}",
            "",
            "After registering, you will receive a confirmation email containing information "
            "about joining the meeting.",
            "",
        ]
    else:
        lines += ["Join Zoom Meeting", join_url(meeting, base_url), ""]
        lines += [f"Meeting ID: {meeting_id}"]
        if meeting.get("password"):
            lines += [f"Passcode: {meeting['password']}"]
        lines += ["", "---", ""]
    numbers = settings.get("global_dial_in_numbers") or []
    phone_code = meeting.get("pstn_password") or ""
    if numbers:
        lines += ["One tap mobile"]
        suffix = f",,,,*{phone_code}#" if phone_code else ""
        for number in numbers[:2]:
            compact = number["number"].replace(" ", "")
            lines += [f"{compact},,{meeting['id']}#{suffix} {number['country']}"]
        lines += ["", "Dial by your location"]
        lines += [f"\u2022 {n['number']} {n['country']} ({n['type']})" for n in numbers]
        lines += ["", f"Meeting ID: {meeting_id}"]
        if phone_code:
            lines += [f"Passcode: {phone_code}"]
        lines += ["", f"Find your local number: {base_url}/u/sandbox", ""]
    lines += ["Join by SIP", f"\u2022 {sip_address(meeting)}", "", SANDBOX_MARK, ""]
    return _EOL.join(lines)


def spaced_id(meeting_id: int) -> str:
    """Meeting IDs as Zoom prints them: 555 4444 3210 (11 digits), 123 456 7890 (10)."""
    digits = str(meeting_id)
    groups = {11: (3, 4, 4), 10: (3, 3, 4), 9: (3, 3, 3)}.get(len(digits))
    if groups is None:
        return digits
    parts, start = [], 0
    for size in groups:
        parts.append(digits[start : start + size])
        start += size
    return " ".join(parts)


def sip_address(meeting: Mapping[str, Any]) -> str:
    return f"{meeting['id']}@zoomcrc.sandbox.invalid"


def _time_lines(meeting: Mapping[str, Any], now: float) -> list[str]:
    tz_name = meeting["timezone"]
    tz = zone(tz_name) or zone("UTC")
    if meeting["type"] == RECURRING_NO_TIME:
        return ["Time: This is a recurring meeting Meet anytime"]
    start = series_start(meeting, now)
    if start is None:
        return []
    lines = [f"Time: {_when(start.astimezone(tz))} {tz_name}"]
    recurrence = meeting.get("recurrence")
    if meeting["type"] == RECURRING_FIXED and recurrence:
        shown = [o for o in meeting.get("occurrences", []) if o["status"] != "deleted"]
        lines += [f"        {_pattern(recurrence)}, {len(shown)} occurrence(s)"]
        lines += [f"        {_when(from_iso_z(o['start_time']).astimezone(tz))}" for o in shown]
    return lines


def _when(moment: datetime) -> str:
    return f"{moment:%b} {moment.day:02d}, {moment.year} {moment:%I:%M %p}"


def _pattern(recurrence: Mapping[str, Any]) -> str:
    kind = recurrence.get("type")
    every = int(recurrence.get("repeat_interval") or 1)
    if kind == 2:
        unit = "week" if every == 1 else f"{every} weeks"
        days = str(recurrence.get("weekly_days") or "1").split(",")
        return f"Every {unit} on {', '.join(_DAYS.get(int(d), d) for d in days)}"
    if kind == 3:
        unit = "month" if every == 1 else f"{every} months"
        if recurrence.get("monthly_week") is not None:
            week = _WEEKS.get(int(recurrence["monthly_week"]), "")
            day = _DAYS.get(int(recurrence.get("monthly_week_day") or 1), "")
            return f"Every {unit} on the {week} {day}"
        return f"Every {unit} on the {int(recurrence.get('monthly_day') or 1)} of the month"
    return "Every day" if every == 1 else f"Every {every} days"
