"""Zoom's time formats: `yyyy-MM-ddTHH:mm:ssZ` for UTC, the same without `Z` for a wall-clock time
in the meeting's `timezone`, and 00:00 UTC as the reset time of every daily limit."""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta
from email.utils import formatdate
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Zoom documents exactly these two shapes; anything else (offsets, fractions) is refused so that a
# client relying on an undocumented form finds out here rather than against real Zoom.
_ZOOM_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$")


@functools.cache
def zone(name: str) -> ZoneInfo | None:
    """The IANA zone called `name`, or None when there is no such zone."""
    if not name or name != name.strip():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def parse_zoom_time(value: str) -> tuple[datetime, bool] | None:
    """(naive datetime, has Z) for a well-formed Zoom start_time, else None."""
    match = _ZOOM_TIME.match(value)
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
        parsed = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    return parsed, match.group(7) == "Z"


def to_utc(value: str, timezone: str) -> datetime:
    """A validated Zoom start_time as an aware UTC datetime: `Z` means UTC, otherwise the wall
    clock in `timezone` (https://developers.zoom.us/docs/api/meetings/#tag/meetings/POST/users/
    {userId}/meetings, start_time)."""
    parsed = parse_zoom_time(value)
    if parsed is None:
        raise ValueError(f"not a Zoom time: {value!r}")
    naive, is_utc = parsed
    if is_utc:
        return naive.replace(tzinfo=UTC)
    tz = zone(timezone) or UTC
    return naive.replace(tzinfo=tz).astimezone(UTC)


def iso_z(moment: datetime | float) -> str:
    """UTC with a Z and whole seconds, the only form Zoom puts in responses."""
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(int(moment), UTC)
    # isoformat, not strftime: a bulk seed formats tens of thousands of these.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def from_iso_z(value: str) -> datetime:
    """Parses the times the sandbox itself wrote (fromisoformat: lists parse thousands)."""
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def utc_datetime(timestamp: float) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC)


def utc_day(timestamp: float) -> date:
    return utc_datetime(timestamp).date()


def next_utc_midnight(timestamp: float) -> datetime:
    """When Zoom's daily limits reset (https://developers.zoom.us/docs/api/rate-limits/)."""
    today = utc_day(timestamp)
    return datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1)


def http_date(timestamp: float) -> str:
    return formatdate(timestamp, usegmt=True)
