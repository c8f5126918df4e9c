"""The calendar benchmark runs and measures what it says: a week of 500 meetings of 20 hosts,
laid out and painted in both host modes, and the table with the same meetings."""

from __future__ import annotations

from datetime import date

from bench.calendar_bench import HOSTS, MEETINGS, calendar_figures, week_of_meetings


def test_the_bench_week_has_500_meetings_of_20_hosts_in_one_week() -> None:
    meetings = week_of_meetings(date(2027, 3, 1))
    assert len(meetings) == MEETINGS
    assert len({m.host_id for m in meetings}) == HOSTS
    days = {m.start_time.date() for m in meetings if m.start_time}
    assert min(days) >= date(2027, 3, 1) and max(days) <= date(2027, 3, 7)


def test_the_calendar_figures_have_values_and_the_table_as_baseline(qapp) -> None:  # type: ignore[no-untyped-def]
    figures = calendar_figures(1)
    names = [f.name.split(" (")[0] for f in figures]
    assert names[:3] == ["Layout", "Full paint, colours", "Full paint, 140 host lanes side by side"]
    assert all(f.value is not None and f.value > 0 for f in figures)
    assert figures[0].extra["boxes"] >= MEETINGS
    assert all("table" in f.baseline_name for f in figures[1:])
