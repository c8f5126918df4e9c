"""Dates and times the way the user's locale writes them, fast and without Qt.

The desktop app reads the locale's patterns and names from `QLocale` once (`ui/i18n.py`) and
installs a `DateTimeFormat` with `zoomdesk.core.i18n.install`; the CLI keeps `ENGLISH`, which
scripts parse. Patterns are Qt's (`ddd d MMM yyyy`, `h:mm AP`); they are compiled once into a
list of small functions, so formatting a row costs a few microseconds: no strftime (it follows
LC_TIME and, under PySide6's import hook, imports `time` on every call) and no QDateTime
conversion per row (docs/performance.md)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

Part = Callable[[datetime], str]
_TOKEN = re.compile(
    r"'(?:[^']|'')*'|d{1,4}|M{1,4}|y{4}|y{2}|[hH]{1,2}|m{1,2}|s{1,2}|AP|ap|Ap|aP|[Aa]"
)

ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
ENGLISH_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # Python's weekday() order


@dataclass(frozen=True)
class DateTimeFormat:
    """A locale's medium date (`Mon, Nov 30, 2026`) and short time (`9:30 AM`).

    `days` and `long_days` start on Monday; `first_weekday` is 0 for Monday … 6 for Sunday."""

    date_pattern: str
    time_pattern: str
    months: Sequence[str] = ENGLISH_MONTHS
    days: Sequence[str] = ENGLISH_DAYS
    am: str = "AM"
    pm: str = "PM"
    long_days: Sequence[str] = (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    )  # fmt: skip
    first_weekday: int = 0
    _date: list[Part] = field(init=False, repr=False, compare=False)
    _time: list[Part] = field(init=False, repr=False, compare=False)
    # A list of 10,000 meetings has a few hundred distinct days and minutes: each is written once.
    _dates: dict[date, str] = field(init=False, repr=False, compare=False, default_factory=dict)
    _times: dict[int, str] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_date", self._compile(self.date_pattern))
        object.__setattr__(self, "_time", self._compile(self.time_pattern))

    @property
    def twelve_hour(self) -> bool:
        return bool(re.search("[Aa]", re.sub(r"'[^']*'", "", self.time_pattern)))

    def date(self, value: date | datetime) -> str:
        when = value if isinstance(value, datetime) else datetime.combine(value, time())
        return "".join(part(when) for part in self._date)

    def time(self, value: datetime | time) -> str:
        when = value if isinstance(value, datetime) else datetime.combine(date(2000, 1, 1), value)
        return "".join(part(when) for part in self._time)

    def datetime(self, value: datetime) -> str:
        day = value.date()
        written = self._dates.get(day)
        if written is None:
            written = self._remember(self._dates, day, self.date(day))
        minute = value.hour * 60 + value.minute
        clock = self._times.get(minute) if value.second == 0 else None
        if clock is None:
            clock = self.time(value)
            if value.second == 0:
                self._remember(self._times, minute, clock)
        return f"{written} {clock}"

    @staticmethod
    def _remember(cache: dict[Any, str], key: Any, text: str) -> str:
        if len(cache) > 20_000:
            cache.clear()
        cache[key] = text
        return text

    def weekday(self, python_weekday: int) -> str:
        """The short name of a day, 0 = Monday (Python's numbering)."""
        return self.days[python_weekday % 7]

    def _compile(self, pattern: str) -> list[Part]:
        parts: list[Part] = []
        at = 0
        for match in _TOKEN.finditer(pattern):
            if match.start() > at:
                parts.append(_literal(pattern[at : match.start()]))
            parts.append(self._part(match.group()))
            at = match.end()
        if at < len(pattern):
            parts.append(_literal(pattern[at:]))
        return parts

    def _part(self, token: str) -> Part:
        if token.startswith("'"):
            return _literal("'" if token == "''" else token[1:-1].replace("''", "'"))
        simple: dict[str, Part] = {
            "d": lambda v: str(v.day),
            "dd": lambda v: f"{v.day:02d}",
            "ddd": lambda v: self.days[v.weekday()],
            "dddd": lambda v: self.long_days[v.weekday()],
            "M": lambda v: str(v.month),
            "MM": lambda v: f"{v.month:02d}",
            "MMM": lambda v: self.months[v.month - 1],
            "MMMM": lambda v: self.months[v.month - 1],
            "yy": lambda v: f"{v.year % 100:02d}",
            "yyyy": lambda v: str(v.year),
            "H": lambda v: str(v.hour),
            "HH": lambda v: f"{v.hour:02d}",
            "m": lambda v: str(v.minute),
            "mm": lambda v: f"{v.minute:02d}",
            "s": lambda v: str(v.second),
            "ss": lambda v: f"{v.second:02d}",
        }
        if token in simple:
            return simple[token]
        if token in ("h", "hh"):
            width = len(token)
            twelve = self.twelve_hour
            return lambda v: f"{(v.hour % 12 or 12) if twelve else v.hour:0{width}d}"
        am, pm = self.am, self.pm
        if token in ("AP", "A"):
            am, pm = am.upper(), pm.upper()
        elif token in ("ap", "a"):
            am, pm = am.lower(), pm.lower()
        return lambda v: am if v.hour < 12 else pm


def _literal(text: str) -> Part:
    return lambda _v: text


def medium_date_pattern(long_pattern: str) -> str:
    """A locale's long date pattern with short names: `dddd, MMMM d, yyyy` → `ddd, MMM d, yyyy`.
    A weekday written straight after other text (`yyyy年M月d日dddd`) goes in brackets."""
    pattern = re.sub(r"(?<=[^\s,'])dddd", "(ddd)", long_pattern)
    return pattern.replace("dddd", "ddd").replace("MMMM", "MMM")


ENGLISH = DateTimeFormat("ddd d MMM yyyy", "HH:mm")
