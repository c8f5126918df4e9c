"""The calendar under load: a week of 500 meetings across 20 hosts (issue 17's budget: a full
paint under 50 ms, scrolling without stalls), against the meeting table showing the same 500.

`python -m bench.calendar_bench [--repeats N] [--json]` runs in one offscreen process; `python -m
bench --only calendar` runs it as a section. Every figure is a median over the repeats; the
canvas and the table are painted alternately, each in a widget of the same size."""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

from bench.common import Figure, verdict

SECTION = "Calendar"
MEETINGS, HOSTS = 500, 20
SIZE = (1400, 800)  # the viewport: a maximised window's calendar


def week_of_meetings(monday: date, meetings: int = MEETINGS, hosts: int = HOSTS) -> list[Any]:
    """Deterministic: business hours, 30–90 minutes, a few series among them."""
    from zoomdesk.core.models import Meeting

    rng = random.Random(17)
    out = []
    for index in range(meetings):
        day = monday + timedelta(days=rng.randrange(7))
        start = datetime(day.year, day.month, day.day, rng.randrange(7, 19),
                         rng.choice((0, 15, 30, 45)), tzinfo=UTC)  # fmt: skip
        data = {
            "id": 10_000_000_000 + index,
            "topic": f"Meeting {index} about item {rng.randrange(1000)}",
            "type": 2,
            "host_id": f"host{index % hosts:02d}",
            "start_time": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "duration": rng.choice((30, 45, 60, 90)),
            "timezone": "UTC",
        }
        out.append(Meeting.from_json(data))
    return out


def _timed(action: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    action()
    return (time.perf_counter() - t0) * 1000


def measure(repeats: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QTableView

    from zoomdesk.ui.calendar.layout import ViewKind, build, view_days
    from zoomdesk.ui.calendar.page import CalendarPage
    from zoomdesk.ui.calendar.paint import host_colours
    from zoomdesk.ui.meeting_table import MeetingTableModel

    app = QApplication.instance() or QApplication([])
    monday = date(2027, 3, 1)
    meetings = week_of_meetings(monday)
    hosts = sorted({m.host_id for m in meetings})
    days = view_days(ViewKind.WEEK, monday)
    page = CalendarPage(UTC)
    page.resize(*SIZE)
    page.show()
    canvas = page.canvas
    canvas.set_colours(host_colours(hosts, page.palette()))
    canvas.host_names = {h: h for h in hosts}
    model = MeetingTableModel(local_zone=UTC)
    model.append(meetings)
    table = QTableView()
    table.setModel(model)
    table.resize(*SIZE)
    table.show()
    app.processEvents()

    names = [f"{what}_ms" for what in ("layout", "paint", "paint_lanes", "table_paint")]
    names += [
        f"{who}scroll_step_ms_{which}" for who in ("", "table_") for which in ("max", "median")
    ]
    samples: dict[str, list[float]] = {name: [] for name in names}
    image = QImage(SIZE[0], SIZE[1], QImage.Format.Format_ARGB32_Premultiplied)
    table_image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(repeats):
        layout: Any = None

        def lay(lanes: bool) -> None:
            nonlocal layout
            layout = build(meetings, days, UTC, hosts=hosts, side_by_side=lanes)

        samples["layout_ms"].append(_timed(lambda: lay(False)))
        page.show_layout(layout, monday, canvas.host_names)
        app.processEvents()
        # The first paint of a new layout: it also places the boxes and elides their texts.
        samples["paint_ms"].append(_timed(partial(canvas.render, image)))  # merged, colours
        lay(True)
        page.show_layout(layout, monday, canvas.host_names)
        app.processEvents()
        samples["paint_lanes_ms"].append(_timed(partial(canvas.render, image)))  # 140 lanes
        samples["table_paint_ms"].append(_timed(partial(table.render, table_image)))
        worst, middle = _scroll(app, page.scroll_area, canvas)
        samples["scroll_step_ms_max"].append(worst)
        samples["scroll_step_ms_median"].append(middle)
        worst, middle = _scroll(app, table, table.viewport())
        samples["table_scroll_step_ms_max"].append(worst)
        samples["table_scroll_step_ms_median"].append(middle)
    out = {k: statistics.median(v) for k, v in samples.items()}
    out["boxes"] = float(len(layout.boxes))
    out["conflicts"] = float(len(layout.conflicts))
    page.close()
    table.close()
    return out


def _scroll(app: Any, area: Any, painted: Any) -> tuple[float, float]:
    """(slowest, median) step of scrolling top to bottom, 40 px at a time, painted each step."""
    bar = area.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    steps = []
    while bar.value() < bar.maximum():
        t0 = time.perf_counter()
        bar.setValue(min(bar.value() + 40, bar.maximum()))
        (painted.viewport() if hasattr(painted, "viewport") else painted).repaint()
        app.processEvents()
        steps.append((time.perf_counter() - t0) * 1000)
    return max(steps), statistics.median(steps)


def calendar_figures(repeats: int) -> list[Figure]:
    m = measure(repeats)
    week = f"week, {MEETINGS} meetings × {HOSTS} hosts"
    table = "the meeting table, same 500 meetings, same size"
    extra = {"boxes": int(m["boxes"]), "overlapping_pairs": int(m["conflicts"])}
    return [
        Figure(SECTION, f"Layout ({week})", m["layout_ms"], "ms", None, "", "", "", extra),
        Figure(SECTION, f"Full paint, colours ({week})", m["paint_ms"], "ms",
               m["table_paint_ms"], table, "< 50 ms", verdict(m["paint_ms"] < 50)),
        Figure(SECTION, "Full paint, 140 host lanes side by side", m["paint_lanes_ms"], "ms",
               m["table_paint_ms"], table, "< 50 ms", verdict(m["paint_lanes_ms"] < 50)),
        Figure(SECTION, "Scroll step, slowest (40 px, painted)", m["scroll_step_ms_max"], "ms",
               m["table_scroll_step_ms_max"], table, "≤ 50 ms (no stall)", verdict(
                   m["scroll_step_ms_max"] <= 50)),
        Figure(SECTION, "Scroll step, median", m["scroll_step_ms_median"], "ms",
               m["table_scroll_step_ms_median"], table),
    ]  # fmt: skip


def calendar_in_child(repeats: int) -> list[Figure]:
    """As a section of `python -m bench`: in its own offscreen process, like the GUI section."""
    from bench.common import PYTHON, REPO, run_measured

    run = run_measured(
        [PYTHON, "-m", "bench.calendar_bench", "--repeats", str(max(repeats, 3)), "--json"],
        {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
    ).check()
    start = run.stdout.index("[")
    return [Figure(**{k: v for k, v in f.items() if k != "ratio"})
            for f in json.loads(run.stdout[start:])]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.calendar_bench")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = calendar_figures(args.repeats)
    if args.json:
        print(json.dumps([f.as_json() for f in figures], indent=2, ensure_ascii=False))
    else:
        for f in figures:
            base = (
                f"  (baseline {f.baseline:.1f} {f.unit}: {f.baseline_name})" if f.baseline else ""
            )
            print(f"{f.name}: {f.value:.1f} {f.unit} {f.verdict}{base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
