"""The calendar's dates and hours the way the user's locale writes them: day headers
(`Mon, Nov 30` / `Mo., 30. Nov.` / `11月30日(月)`), hour labels (`9 AM` / `09:00`), the month
(`November 2026` / `2026年11月`) and the shown period (`Nov 30 – Dec 6, 2026`).

Qt has no "skeleton" API (a date without its year), so the patterns are cut out of the locale's
own long date and short time patterns once, when the calendar is built; formatting is then
`QLocale.toString` with a fixed pattern (C++), a few per paint, never per meeting."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QTime

from zoomdesk.core.i18n import translate
from zoomdesk.core.locale_format import medium_date_pattern

# A quoted literal, a run of one pattern letter, or a run of other characters.
_TOKEN = re.compile(r"'[^']*'|([A-Za-z])\1*|[^A-Za-z']+")


def _split(pattern: str) -> list[list[str]]:
    """[field, suffix] pairs with the separators between them as [separator] entries. Letters
    written straight after a field (`年`, `日`, `일`) are its suffix: they go with it."""
    parts: list[list[str]] = []
    for match in _TOKEN.finditer(pattern):
        text = match.group()
        if match.group(1):
            parts.append([text, ""])
            continue
        if parts and len(parts[-1]) == 2 and not text.startswith("'"):
            suffix = re.match(r"[^\W\d_]*", text)
            attached = suffix.group() if suffix else ""
            parts[-1][1] += attached
            text = text[len(attached) :]
        if text and parts and len(parts[-1]) == 1:
            parts[-1][0] += text  # one separator, however it was written (` 'de' `)
        elif text:
            parts.append([text])
    return parts


def drop(pattern: str, letter: str, *, before: bool = False) -> str:
    """`pattern` without its `letter` fields (`y`, `d`…) and the separator that went with them:
    after a leading field, before a trailing one, after (or `before`) one in the middle."""
    parts = _split(pattern)
    while True:
        at = next((i for i, p in enumerate(parts) if len(p) == 2 and p[0][0] == letter), None)
        if at is None:
            break
        fields = [i for i, p in enumerate(parts) if len(p) == 2]
        first, last = at == fields[0], at == fields[-1]
        gone = {at}
        if at + 1 < len(parts) and len(parts[at + 1]) == 1 and (first or not before or last):
            gone.add(at + 1)
        if at > 0 and len(parts[at - 1]) == 1 and not first and (last or before):
            gone.add(at - 1)
        parts = [p for i, p in enumerate(parts) if i not in gone]
    return "".join("".join(p) for p in parts).strip()


class CalendarLabels:
    """The patterns of one locale, cut once; the texts are formatted when asked for."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        long_date = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        no_year = drop(long_date, "y")
        self.day_pattern = medium_date_pattern(no_year)  # Mon, Nov 30
        self.short_day_pattern = medium_date_pattern(drop(no_year, "M"))  # Mon 30
        self.day_month_pattern = medium_date_pattern(_dayless(no_year))  # Nov 30
        self.full_pattern = medium_date_pattern(_dayless(long_date))  # Nov 30, 2026
        month_year = drop(drop(long_date, "d"), "d")  # the weekday, then the day
        self.month_pattern = month_year if "M" in month_year else "MMMM yyyy"
        time_format = self.locale.timeFormat(QLocale.FormatType.ShortFormat)
        unquoted = re.sub(r"'[^']*'", "", time_format)
        self.twelve_hour = bool(re.search("[Aa]", unquoted))
        # 12-hour clocks label the hours without minutes (`9 AM`); 24-hour ones as `09:00`.
        self.hour_pattern = (
            drop(drop(time_format, "s", before=True), "m", before=True)
            if self.twelve_hour
            else time_format
        )
        self.hours = [self.locale.toString(QTime(h, 0), self.hour_pattern) for h in range(24)]

    def day(self, day: date) -> str:
        return self.locale.toString(_qdate(day), self.day_pattern)

    def short_day(self, day: date) -> str:
        """A narrow column's header: the weekday and the day of the month."""
        return self.locale.toString(_qdate(day), self.short_day_pattern)

    def weekday(self, day: date) -> str:
        return self.locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.ShortFormat)

    def month(self, day: date) -> str:
        """`November 2026`: the month's own name (not the form used inside a date)."""
        name = self.locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
        quoted = "'" + name.replace("'", "''") + "'"
        return self.locale.toString(_qdate(day), re.sub("M{3,4}", quoted, self.month_pattern))

    def long_date(self, day: date) -> str:
        return self.locale.toString(_qdate(day), QLocale.FormatType.LongFormat)

    def period(self, first: date, last: date) -> str:
        """`Nov 30 – Dec 6, 2026`; the first day names its year only when the years differ."""
        start_pattern = self.full_pattern if first.year != last.year else self.day_month_pattern
        return translate("CalendarControls", "{start} – {end}").format(
            start=self.locale.toString(_qdate(first), start_pattern),
            end=self.locale.toString(_qdate(last), self.full_pattern),
        )


def _dayless(pattern: str) -> str:
    """Without the weekday (`dddd`/`ddd`), keeping the day of the month."""
    parts = _split(pattern)
    names = [p[0] for p in parts if len(p) == 2 and p[0].startswith("ddd")]
    if not names:
        return pattern
    marker = "Q"  # not a pattern letter of dates: stands in for the weekday while it is cut
    for name in names:
        pattern = pattern.replace(name, marker)
    return drop(pattern, marker)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
