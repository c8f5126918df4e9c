"""Occurrences of a recurring meeting with a fixed time (type 8), from Zoom's `recurrence` object.

Occurrences keep the series' wall-clock time in the meeting's time zone, so their UTC offset follows
daylight saving time. Real Zoom has been reported to get this wrong after a DST change
(https://devforum.zoom.us/t/zoom-api-recurring-meeting-bug/141551); the sandbox does what Zoom's
documentation promises instead of copying that bug."""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from zoomdesk.sandbox.timeutil import from_iso_z, iso_z

DAILY, WEEKLY, MONTHLY = 1, 2, 3
MAX_OCCURRENCES = 365  # the spec's maximum for end_times; also caps end_date_time series
_MAX_CANDIDATE_DAYS = 40_000  # a bound on the search, far beyond any valid series


def occurrence_starts(
    first: datetime, tz: ZoneInfo, recurrence: Mapping[str, Any]
) -> list[datetime]:
    """UTC start times of every occurrence, the first on or after `first`."""
    local = first.astimezone(tz)
    wall = local.time().replace(tzinfo=None)
    end_times = recurrence.get("end_times")
    end_date = _end_date(recurrence.get("end_date_time"), tz)
    if end_times is None and end_date is None:
        end_times = 1  # the spec's default
    limit = min(int(end_times), MAX_OCCURRENCES) if end_times is not None else MAX_OCCURRENCES
    starts: list[datetime] = []
    for day in _candidate_days(local.date(), recurrence):
        if end_date is not None and day > end_date:
            break
        starts.append(_at(day, wall, tz))
        if len(starts) >= limit:
            break
    return starts


def occurrence_id(start: datetime) -> str:
    """Zoom's occurrence ids are the occurrence's start as epoch milliseconds, as a string."""
    return str(int(start.timestamp()) * 1000)


def occurrences(
    first: datetime, tz: ZoneInfo, recurrence: Mapping[str, Any], duration: int
) -> list[dict[str, Any]]:
    return [
        {
            "occurrence_id": occurrence_id(start),
            "start_time": iso_z(start),
            "duration": duration,
            "status": "available",
        }
        for start in occurrence_starts(first, tz, recurrence)
    ]


def _end_date(value: object, tz: ZoneInfo) -> date | None:
    """end_date_time is "the final date on which the meeting will recur", given in UTC; the date
    that counts is the one in the meeting's own time zone."""
    if not isinstance(value, str) or not value:
        return None
    text = value if value.endswith("Z") else value + "Z"
    return from_iso_z(text).astimezone(tz).date()


def _at(day: date, wall: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC)


def _candidate_days(start: date, recurrence: Mapping[str, Any]) -> Iterator[date]:
    kind = int(recurrence.get("type", DAILY))
    interval = max(1, int(recurrence.get("repeat_interval") or 1))
    if kind == WEEKLY:
        yield from _weekly(start, interval, str(recurrence.get("weekly_days") or "1"))
    elif kind == MONTHLY:
        yield from _monthly(start, interval, recurrence)
    else:
        for step in range(0, _MAX_CANDIDATE_DAYS, interval):
            yield start + timedelta(days=step)


def _weekly(start: date, interval: int, weekly_days: str) -> Iterator[date]:
    # Zoom numbers days 1 = Sunday … 7 = Saturday; weeks run Sunday to Saturday.
    offsets = sorted({int(d) - 1 for d in weekly_days.split(",") if d.strip()})
    sunday = start - timedelta(days=(start.weekday() + 1) % 7)
    for week in range(0, _MAX_CANDIDATE_DAYS // 7, interval):
        for offset in offsets:
            day = sunday + timedelta(days=week * 7 + offset)
            if day >= start:
                yield day


def _monthly(start: date, interval: int, recurrence: Mapping[str, Any]) -> Iterator[date]:
    week = recurrence.get("monthly_week")
    week_day = recurrence.get("monthly_week_day")
    month_day = int(recurrence.get("monthly_day") or 1)
    for step in range(0, _MAX_CANDIDATE_DAYS // 28, interval):
        year, month = divmod(start.month - 1 + step, 12)
        year, month = start.year + year, month + 1
        if week is not None and week_day is not None:
            day = _nth_weekday(year, month, int(week), int(week_day))
        else:
            # Day 31 in a 30-day month falls on the month's last day (an assumption: Zoom's
            # documentation does not say whether such months are skipped).
            day = date(year, month, min(month_day, calendar.monthrange(year, month)[1]))
        if day >= start:
            yield day


def _nth_weekday(year: int, month: int, week: int, zoom_weekday: int) -> date:
    """The `week`-th (or, for -1, last) given weekday of a month; Zoom's 1 = Sunday."""
    python_weekday = (zoom_weekday + 5) % 7
    days_in_month = calendar.monthrange(year, month)[1]
    if week == -1:
        last = date(year, month, days_in_month)
        return last - timedelta(days=(last.weekday() - python_weekday) % 7)
    first = date(year, month, 1)
    first_match = first + timedelta(days=(python_weekday - first.weekday()) % 7)
    return first_match + timedelta(weeks=week - 1)
