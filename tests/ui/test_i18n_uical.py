"""The calendar, the bulk import wizard and the registrants view in other languages: every text
goes through the catalogues (pseudo-locale), German and Japanese fit at the default sizes, and
the calendar follows the locale (first day of the week, 12- or 24-hour clock, day order)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtWidgets import QWidget

from zoomdesk.core.i18n import dates
from zoomdesk.ui.bulk.import_wizard import ImportWizard
from zoomdesk.ui.calendar.labels import CalendarLabels
from zoomdesk.ui.calendar.layout import ViewKind
from zoomdesk.ui.registrants_model import ROW_ROLE

from .conftest import Desk
from .i18n_kit import LANGUAGES, clipped, untranslated
from .test_bulk_import_wizard import open_wizard
from .test_calendar_view import show_calendar

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "meetings-example.csv"
DEMO = "Product demo for APAC"  # the sandbox's meeting with registrants


def sandbox_data(desk: Desk) -> list[str]:
    """What the sandbox holds and the windows show as it is: topics, people, emails."""
    state = desk.app.sandbox.state
    users = [f"{u['first_name']} {u['last_name']}" for u in state.users]
    names = [part for u in state.users for part in (u["first_name"], u["last_name"])]
    return [*(m["topic"] for m in state.meetings.values()), *users, *names]


def calendar_in(desk: Desk, kind: ViewKind) -> Any:
    calendar = show_calendar(desk)
    calendar.page.set_kind(kind)
    calendar.page.view_changed.emit()
    calendar.go(0)
    return calendar


def registrants_of(desk: Desk, topic: str = DEMO) -> QWidget:
    desk.select(topic)
    desk.window.registrants_action.trigger()
    dialog = desk.app.actions.registrants_dialog
    assert dialog is not None
    desk.wait(lambda: not dialog.runner.pending() and dialog.model.rowCount() > 0)
    return dialog


def wizard_with_example(desk: Desk) -> ImportWizard:
    return open_wizard(desk, EXAMPLE)


def registrant_data(desk: Desk, dialog: Any) -> list[str]:
    """The people registered, and the host's own registration questions."""
    people = dialog.model.registrants
    fields = ("first_name", "last_name", "email", "org")
    meeting = desk.app.sandbox.state.meetings[dialog.meeting.id]
    own = (meeting.get("_questions") or {}).get("custom_questions", [])
    return [*(str(r.get(f, "")) for r in people for f in fields), *(q["title"] for q in own)]


def test_the_calendar_speaks_only_through_the_catalogues(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    data = sandbox_data(desk)
    for kind in (ViewKind.WEEK, ViewKind.MONTH):
        calendar = calendar_in(desk, kind)
        if kind is ViewKind.MONTH:  # the month's name is the locale's, not a text of ours
            data.append(calendar.page.canvas.labels.month(calendar.anchor))
        assert untranslated(calendar.dock, data) == [], kind


def test_the_import_wizard_speaks_only_through_the_catalogues(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    wizard = wizard_with_example(desk)
    model = wizard.preview
    cells = [str(model.index(r, c).data() or "") for r in range(3) for c in range(3, 30)]
    data = [*model.header, *cells, EXAMPLE.name]  # the file's own column names and cells
    assert untranslated(wizard, data) == []


def test_the_registrants_view_speaks_only_through_the_catalogues(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    dialog = registrants_of(desk)
    data = [*sandbox_data(desk), *registrant_data(desk, dialog)]
    assert untranslated(dialog, data) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_calendar_wizard_and_registrants_fit_in_every_language(
    code: str, ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language(code)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    for kind in (ViewKind.WEEK, ViewKind.MONTH):
        calendar = calendar_in(desk, kind)
        assert clipped(calendar.dock) == [], kind
    wizard = wizard_with_example(desk)
    assert clipped(wizard) == []
    wizard.close()
    dialog = registrants_of(desk)
    # The questions arrive after the dialog is laid out: measure once the layout has caught up.
    desk.wait(lambda: clipped(dialog) == [], timeout=3000)
    dialog.close()


def test_a_us_week_starts_on_sunday_with_12_hour_labels_a_german_one_on_monday_with_24(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    language = ui_language("en")  # Qt reads the system's locale once: "en" is US English
    assert language.locale.name() == "en_US"
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    calendar = calendar_in(desk, ViewKind.WEEK)
    days = calendar.page.canvas.layout_.days
    assert days[0].weekday() == 6 and len(days) == 7  # Sunday
    hours = [label.replace("\u202f", " ") for label in calendar.page.canvas.labels.hours]
    assert (hours[9], hours[13]) == ("9 AM", "1 PM")
    work_week = calendar_in(desk, ViewKind.WORK_WEEK).page.canvas.layout_.days
    assert [d.weekday() for d in work_week] == [0, 1, 2, 3, 4]  # still Monday to Friday
    month = calendar_in(desk, ViewKind.MONTH)
    assert month.page.weekday_header.names()[:2] == ["Sun", "Mon"]
    assert month.page.month.layout_.days[0].weekday() == 6
    desk.close()

    ui_language("de")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    calendar = calendar_in(desk, ViewKind.WEEK)
    assert calendar.page.canvas.layout_.days[0].weekday() == 0  # Monday
    assert calendar.page.canvas.labels.hours[9] == "09:00"
    assert calendar.page.canvas.labels.hours[13] == "13:00"
    month = calendar_in(desk, ViewKind.MONTH)
    assert month.page.weekday_header.names()[0] == "Mo"


@pytest.mark.parametrize(
    ("locale", "header", "period", "month"),
    [
        ("en_US", "Mon, Nov 30", "Nov 30 – Dec 6, 2026", "November 2026"),
        ("en_GB", "Mon, 30 Nov", "30 Nov – 6 Dec 2026", "November 2026"),
        ("de_DE", "Mo., 30. Nov.", "30. Nov. – 6. Dez. 2026", "November 2026"),
        ("ja_JP", "11月30日(月)", "11月30日 – 2026年12月6日", "2026年11月"),
        ("es_ES", "lun, 30 de nov", "30 de nov – 6 de dic de 2026", "noviembre de 2026"),
        ("ru_RU", "пн, 30 нояб.", "30 нояб. – 6 дек. 2026\u202fг.", "ноябрь 2026\u202fг."),
    ],
)
def test_day_headers_periods_and_months_are_written_the_locales_way(
    locale: str, header: str, period: str, month: str, qapp: Any
) -> None:
    labels = CalendarLabels(QLocale(locale))
    monday = date(2026, 11, 30)
    assert labels.day(monday) == header
    assert labels.period(monday, date(2026, 12, 6)) == period
    assert labels.month(monday) == month  # the month's own name: "ноябрь", not "ноября"


def test_a_period_across_new_year_names_both_years(qapp: Any) -> None:
    labels = CalendarLabels(QLocale("en_US"))
    assert labels.period(date(2026, 12, 28), date(2027, 1, 3)) == "Dec 28, 2026 – Jan 3, 2027"


def test_the_month_runs_right_to_left_in_a_right_to_left_language(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk], qapp: Any
) -> None:
    ui_language("")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as Arabic does; undone after
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    calendar = calendar_in(desk, ViewKind.MONTH)
    month = calendar.page.month
    assert month.layoutDirection() == Qt.LayoutDirection.RightToLeft
    width = month.width() / 7
    assert month.column_x(0, width) == pytest.approx(6 * width)  # the week's first day: right

    calendar = calendar_in(desk, ViewKind.WEEK)
    canvas = calendar.page.canvas
    canvas.resize(900, canvas.height())
    for _week in range(8):  # on to a week with meetings on two days
        if len({b.day for b in canvas.ordered()}) >= 2:
            break
        calendar.go(1)
    boxes = canvas.ordered()
    first, last = min(boxes, key=lambda b: b.day), max(boxes, key=lambda b: b.day)
    assert first.day < last.day
    assert canvas.box_rect(first).center().x() > canvas.box_rect(last).center().x()
    for box in (first, last):  # a click lands on the meeting drawn there
        assert canvas.box_at(canvas.box_rect(box).center()) is box
        assert canvas.cell_at(canvas.box_rect(box).center())[0] == box.day
    assert canvas.cell_at(QPointF(canvas.width() - 5, 100)) is None  # the hour labels


def test_registration_times_are_local_in_the_locales_words_and_sort_by_time(
    ui_language: Callable[..., Any], open_desk: Callable[..., Desk]
) -> None:
    ui_language("de")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    dialog: Any = registrants_of(desk)
    dialog.tabs.setCurrentIndex(3)  # everyone
    dialog.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    proxy = dialog.proxy
    assert proxy.headerData(4, Qt.Orientation.Horizontal) == "Registriert"
    shown = [proxy.index(row, 0).data(ROW_ROLE) for row in range(proxy.rowCount())]
    times = [r["create_time"] for r in shown]
    assert len(set(times)) > 1 and times == sorted(times, reverse=True)
    newest = datetime.fromisoformat(times[0].replace("Z", "+00:00")).astimezone()
    assert proxy.index(0, 4).data() == dates().datetime(newest)
    assert dates().months[newest.month - 1] in proxy.index(0, 4).data()  # German words
