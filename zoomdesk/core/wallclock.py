"""Wall-clock times in a zone, as people type them and as Zoom reads them: times that do not
exist (the hour skipped when clocks go forward), times that happen twice (the hour repeated when
they go back), and the years Zoom takes. Qt-free, so the CLI and the meeting form say the same."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from zoomdesk.core.i18n import dates, translate
from zoomdesk.core.locale_format import ENGLISH

# Zoom's API documents no range for start_time. Its IDs and occurrence IDs count from the Unix
# epoch, and a year past 2099 only ever comes from a typo; both ends keep the four-digit form.
MIN_YEAR = 1970
MAX_YEAR = 2099


@dataclass(frozen=True)
class WallClockIssue:
    """Why a local time needs a word: `gap` cannot be used, `ambiguous` needs a mention."""

    kind: str  # "gap" or "ambiguous"
    message: str


def _offset(value: timedelta | None) -> str:
    minutes = int((value or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _label(moment: datetime) -> str:
    name = moment.tzname() or ""
    offset = _offset(moment.utcoffset())
    return f"{name}, {offset}" if name and not name.startswith(("+", "-")) else offset


def check_wall_clock(local: datetime, zone: tzinfo, zone_name: str) -> WallClockIssue | None:
    """None when `local` (naive) names exactly one moment in `zone`.

    zoneinfo silently maps a skipped time to another hour and a repeated one to its first
    occurrence (PEP 495), so both are detected by a round trip through UTC."""
    first = local.replace(tzinfo=zone, fold=0)
    second = local.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    time, day = dates().time(local), shown_date(local)
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != local:  # the round trip moved it: the time falls in the skipped hour
        change = _transition(first.astimezone(UTC), zone)
        old = (change - timedelta(minutes=1)).astimezone(zone)
        new = change.astimezone(zone)
        skipped_from = (old + timedelta(minutes=1)).replace(tzinfo=None)
        message = translate(
            "WallClock",
            "{time} on {date} does not exist in {zone}: the clocks go forward from {skipped} "
            "to {new} that day ({old_offset} to {new_offset}). Choose another time.",
        )
        return WallClockIssue(
            "gap",
            message.format(
                time=time, date=day, zone=zone_name, skipped=dates().time(skipped_from),
                new=dates().time(new), old_offset=_label(old), new_offset=_label(new),
            ),
        )  # fmt: skip
    message = translate(
        "WallClock",
        "{time} on {date} happens twice in {zone} (the clocks go back); the first is used "
        "({first}), not the second ({second}).",
    )
    return WallClockIssue(
        "ambiguous",
        message.format(
            time=time, date=day, zone=zone_name, first=_label(first), second=_label(second)
        ),
    )


def _transition(near: datetime, zone: tzinfo) -> datetime:
    """The UTC minute at which `zone` changes its offset, within six hours of `near`."""
    low, high = near - timedelta(hours=6), near + timedelta(hours=6)
    start = low.astimezone(zone).utcoffset()
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == start:
            low = middle
        else:
            high = middle
    return high.replace(second=0, microsecond=0)


def year_problem(value: datetime) -> str | None:
    """The CLI's words after the text it read (`'9999-…': the year must be …`)."""
    if MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    return f"the year must be between {MIN_YEAR} and {MAX_YEAR}"


def year_message(value: datetime) -> str | None:
    """The same as a sentence of its own, in the user's language (forms, bulk import)."""
    if MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    return translate("WallClock", "The year must be between {low} and {high}.").format(
        low=MIN_YEAR, high=MAX_YEAR
    )


def shown_date(value: date) -> str:
    """A date in a message: the locale's way in the desktop app; in the CLI, which installs
    no locale (`ENGLISH`), the ISO date its scripts and users have always read."""
    formats = dates()
    if formats is ENGLISH:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return formats.date(value)


def shown_datetime(value: datetime) -> str:
    """`2027-01-31 09:30` in the CLI, the locale's date and time in the desktop app."""
    return f"{shown_date(value)} {dates().time(value)}"


def zoom_local_time(value: datetime) -> str:
    """yyyy-MM-ddTHH:mm:ss with a four-digit year (strftime's %Y gives "1" for year 1)."""
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
