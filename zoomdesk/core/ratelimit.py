"""Reading Zoom's rate-limit headers. `Retry-After` comes in three forms in the wild."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from zoomdesk.core.errors import RateLimit
from zoomdesk.core.i18n import dates, translate


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


# --- the account's daily budget (issue 19) --------------------------------------------------

SLOW_BELOW = 0.20  # of the daily limit left: bulk work starts to slow down
STOP_BELOW = 0.05  # left for people's own work on every desktop of the account: bulk pauses
MAX_BULK_WAIT = 2.0  # seconds between bulk requests just above STOP_BELOW


@dataclass(frozen=True)
class Pace:
    """What the bulk runner should do before its next request."""

    wait_s: float = 0.0
    stop: bool = False
    reason: str = ""  # for the status line: "120 of 2000 Medium requests left today …"


class RateBudget:
    """The latest X-RateLimit-Remaining Zoom sent per rate-limit category. The limits are the
    account's, shared by every desktop and app on it, so what is left today is Zoom's word,
    not a count kept here."""

    def __init__(self) -> None:
        self.latest: dict[str, RateLimit] = {}

    def note(self, limit: RateLimit) -> None:
        if limit.category and limit.remaining is not None and limit.limit:
            self.latest[limit.category] = limit

    def remaining(self, category: str) -> int | None:
        seen = self.latest.get(category)
        return seen.remaining if seen else None

    def pace(self, category: str | None = None, now: datetime | None = None) -> Pace:
        """The bulk runner's hook, asked before each request: slow down from SLOW_BELOW of the
        daily limit, stop at STOP_BELOW, rather than run into Zoom's 429 and leave nothing for
        anyone else today. Without a category, the scarcest one seen decides."""
        seen = [self.latest[category]] if category in self.latest else []
        if category is None:
            seen = sorted(self.latest.values(), key=_share_left)[:1]
        if not seen:
            return Pace()
        limit = seen[0]
        share = _share_left(limit)
        if share > SLOW_BELOW:
            return Pace()
        reset = next_utc_midnight(now or datetime.now(UTC))
        values = {
            "remaining": limit.remaining,
            "limit": limit.limit,
            "category": limit.category,
            "time": dates().time(reset),
        }
        if share <= STOP_BELOW:
            stop = translate(
                "RateLimit",
                "{remaining} of {limit} {category} requests left today for the whole Zoom "
                "account (resets {time} UTC); bulk work pauses to leave them for people",
            )
            return Pace(stop=True, reason=stop.format(**values))
        slow = (SLOW_BELOW - share) / (SLOW_BELOW - STOP_BELOW)
        slowing = translate(
            "RateLimit",
            "{remaining} of {limit} {category} requests left today for the whole Zoom "
            "account (resets {time} UTC); slowing down",
        )
        return Pace(wait_s=round(MAX_BULK_WAIT * slow, 3), reason=slowing.format(**values))


def _share_left(limit: RateLimit) -> float:
    return (limit.remaining or 0) / limit.limit if limit.limit else 1.0
