"""Dates and times as each locale writes them, and core's translation hook, without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest

from zoomdesk.core import i18n
from zoomdesk.core.calendar import format_duration, format_start
from zoomdesk.core.locale_format import ENGLISH, DateTimeFormat, medium_date_pattern
from zoomdesk.core.models import Meeting, Recurrence, RecurrenceType

EVENING = datetime(2026, 11, 30, 21, 5, 7)
MORNING = datetime(2026, 12, 1, 0, 30)


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    i18n.reset()


def test_the_english_default_is_the_cli_format_scripts_read() -> None:
    assert ENGLISH.datetime(EVENING) == "Mon 30 Nov 2026 21:05"
    assert ENGLISH.date(date(2027, 1, 3)) == "Sun 3 Jan 2027"
    assert ENGLISH.time(time(7, 4)) == "07:04"


def test_a_us_pattern_gives_twelve_hour_times_and_month_first_dates() -> None:
    us = DateTimeFormat(medium_date_pattern("dddd, MMMM d, yyyy"), "h:mm AP", am="AM", pm="PM")
    assert us.twelve_hour
    assert us.datetime(EVENING) == "Mon, Nov 30, 2026 9:05 PM"
    assert us.time(MORNING) == "12:30 AM"
    assert us.time(time(12, 0)) == "12:00 PM"
    assert not ENGLISH.twelve_hour


def test_lower_case_and_locale_case_am_pm_markers() -> None:
    lower = DateTimeFormat("d/M/yy", "h:mm ap", am="AM", pm="PM")
    assert lower.time(EVENING) == "9:05 pm"
    own = DateTimeFormat("d/M/yy", "h:mm Ap", am="a. m.", pm="p. m.")
    assert own.time(MORNING) == "12:30 a. m."
    assert lower.date(EVENING) == "30/11/26"


def test_quoted_text_in_a_pattern_is_kept_as_written() -> None:
    spanish = DateTimeFormat(
        medium_date_pattern("dddd, d 'de' MMMM 'de' yyyy"),
        "H:mm",
        months=(
            "ene",
            "feb",
            "mar",
            "abr",
            "may",
            "jun",
            "jul",
            "ago",
            "sept",
            "oct",
            "nov",
            "dic",
        ),
        days=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    )
    assert spanish.datetime(EVENING) == "lun, 30 de nov de 2026 21:05"
    assert DateTimeFormat("d 'o''clock' ''", "HH:mm:ss").date(EVENING) == "30 o'clock '"
    assert DateTimeFormat("dd.MM.yy", "HH:mm:ss").time(EVENING) == "21:05:07"


def test_a_weekday_written_straight_after_the_date_goes_in_brackets() -> None:
    japanese = DateTimeFormat(
        medium_date_pattern("yyyy年M月d日dddd"), "H:mm", days=tuple("月火水木金土日")
    )
    assert japanese.datetime(EVENING) == "2026年11月30日(月) 21:05"
    assert medium_date_pattern("dddd d MMMM yyyy") == "ddd d MMM yyyy"


def test_weekday_names_follow_pythons_numbering() -> None:
    assert [ENGLISH.weekday(n) for n in (0, 6, 7)] == ["Mon", "Sun", "Mon"]


def test_without_a_catalogue_plurals_and_placeholders_read_as_english() -> None:
    assert i18n.translate("X", "%n meeting(s) moved", 1) == "1 meeting moved"
    assert i18n.translate("X", "%n meeting(s) moved", 0) == "0 meetings moved"
    assert i18n.translate("X", "{count} left") == "{count} left"
    assert i18n.translate_noop("X", "Waiting room") == "Waiting room"
    assert i18n.translate_marked("X", "Waiting room") == "Waiting room"


def test_an_installed_translator_and_format_reach_core_text() -> None:
    seen: list[tuple[str, str, int]] = []

    def german(context: str, text: str, n: int = -1) -> str:
        seen.append((context, text, n))
        return {"{hours} h {minutes} min": "{hours} Std. {minutes} Min."}.get(text, text)

    i18n.install(german, DateTimeFormat("dd.MM.yyyy", "HH:mm"))
    assert format_duration(90) == "1 Std. 30 Min."
    assert ("Duration", "{hours} h {minutes} min", -1) in seen
    meeting = Meeting.from_json(
        {"id": 1, "topic": "t", "type": 2, "start_time": "2026-11-30T08:00:00Z",
         "duration": 30, "timezone": "Europe/Berlin"}
    )  # fmt: skip
    assert format_start(meeting, UTC) == "30.11.2026 08:00 (09:00 Europe/Berlin)"
    i18n.reset()
    assert format_duration(90) == "1 h 30 min"


def test_a_recurrence_reads_in_whole_translatable_sentences() -> None:
    weekly = Recurrence(RecurrenceType.WEEKLY, 2, weekly_days=(2, 4), end_times=5)
    assert weekly.describe() == "Every 2 weeks on Mon, Wed, 5 times"
    monthly = Recurrence(
        RecurrenceType.MONTHLY, 1, monthly_week=-1, monthly_week_day=6,
        end_date_time=datetime(2026, 12, 18, tzinfo=UTC),
    )  # fmt: skip
    assert monthly.describe() == "Every month on the last Fri, until Fri 18 Dec 2026"
    assert Recurrence(RecurrenceType.DAILY, 1, end_times=1).describe() == "Every day, 1 time"
