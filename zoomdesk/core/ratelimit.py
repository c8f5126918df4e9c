"""Reading Zoom's rate-limit headers. `Retry-After` comes in three forms in the wild."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from zoomdesk.core.errors import RateLimit


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """Zoom documents an absolute ISO-8601 time (`2020-05-31T00:00:00Z`); proxies send seconds
    or an HTTP date (RFC 9110). Returns an aware UTC time, or None if unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
        if 0 <= seconds < 10**8:  # "inf", "nan" and absurd values are unreadable, not a crash
            return now + timedelta(seconds=seconds)
        return None
    except (ValueError, OverflowError):
        pass
    try:
        return _utc(datetime.fromisoformat(text))  # reads Zoom's trailing "Z" since Python 3.11
    except ValueError:
        pass
    try:
        return _utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _utc(moment: datetime) -> datetime:
    """A time without an offset is UTC (Zoom's and HTTP's rule), not the machine's local time,
    which `astimezone` would assume; `-0000` in an HTTP date arrives that way too."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def read_rate_limit(headers: Mapping[str, str], now: datetime | None = None) -> RateLimit:
    now = now or datetime.now(UTC)
    raw = headers.get("retry-after")
    return RateLimit(
        category=headers.get("x-ratelimit-category"),
        type=headers.get("x-ratelimit-type"),
        limit=_int(headers.get("x-ratelimit-limit")),
        remaining=_int(headers.get("x-ratelimit-remaining")),
        retry_after=parse_retry_after(raw, now),
        raw_retry_after=raw,
    )


def next_utc_midnight(now: datetime) -> datetime:
    """Zoom's per-host daily meeting limit resets at 00:00 UTC."""
    day = now.astimezone(UTC).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
