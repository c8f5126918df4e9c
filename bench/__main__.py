"""`python -m bench [--json] [--quick] [--only SECTION…] [--markdown]`: every benchmark, a table
(or JSON) of medians next to baselines measured in the same run, with ratios and budgets."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from bench.common import Figure, TempHome
from bench.report import machine, markdown, table

SECTIONS = ("startup", "cli", "listing", "concurrency", "bulk", "gui", "calendar", "installer")


@dataclass(frozen=True)
class Sizes:
    repeats: int
    meetings: int  # bulk listing and the GUI under load
    users: int  # --all-users
    per_user: int
    warm_up: bool
    bulk_rows: int = 1000  # meetings import: creates over 20 hosts


FULL = Sizes(repeats=5, meetings=10_000, users=50, per_user=200, warm_up=True)
QUICK = Sizes(repeats=1, meetings=600, users=5, per_user=40, warm_up=False, bulk_rows=40)
BULK_REPEATS = 3  # each full round is ~25 s (1,000 creates four ways)
GUI_REPEATS = {True: 1, False: 3}  # each GUI run loads, searches and scrolls: ~10 s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--quick", action="store_true", help="one run each, small data")
    parser.add_argument("--markdown", action="store_true", help="the table as Markdown")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--repeats", type=int, help="runs per figure (default 5; quick 1)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    repeats = args.repeats or sizes.repeats
    wanted = args.only or SECTIONS
    started = time.perf_counter()
    info = machine()
    figures: list[Figure] = []

    with TempHome() as home:
        os.environ["ZOOMDESK_HOME"] = home  # the suite's children never see the user's files
        use_bytecode_cache(home)
        steps: dict[str, Callable[[], list[Figure]]] = {}
        from bench import bulk_import, calendar_bench, cli_bench, gui_bench, installer, startup

        steps["startup"] = lambda: startup.startup(repeats, home, warm_up=sizes.warm_up)
        steps["cli"] = lambda: cli_bench.cli_start(repeats, warm_up=sizes.warm_up)
        steps["listing"] = lambda: cli_bench.bulk_listing(
            repeats, sizes.meetings, sizes.users, sizes.per_user, warm_up=sizes.warm_up
        )
        steps["concurrency"] = lambda: cli_bench.concurrency(repeats)
        steps["bulk"] = lambda: bulk_import.bulk_import(
            args.repeats or min(repeats, BULK_REPEATS), sizes.bulk_rows, warm_up=sizes.warm_up
        )
        steps["gui"] = lambda: gui_bench.gui_load(
            args.repeats or GUI_REPEATS[args.quick], sizes.meetings, home, _bare_rss(figures)
        )
        steps["calendar"] = lambda: calendar_bench.calendar_in_child(repeats)
        steps["installer"] = installer.installer
        timings: dict[str, float] = {}
        for name in SECTIONS:
            if name not in wanted:
                continue
            t0 = time.perf_counter()
            _progress(f"bench: {name}…")
            figures.extend(steps[name]())
            timings[name] = round(time.perf_counter() - t0, 1)

    info["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        out = {
            "machine": info,
            "quick": args.quick,
            "repeats": repeats,
            "meetings": sizes.meetings,
            "seconds": {**timings, "total": round(time.perf_counter() - started, 1)},
            "figures": [f.as_json() for f in figures],
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(_machine_line(info, repeats, args.quick))
        print(markdown(figures) if args.markdown else table(figures))
    return 0


def use_bytecode_cache(home: str) -> None:
    """Children start as users' installs do, from compiled bytecode. A development shell may
    set PYTHONDONTWRITEBYTECODE, which makes every start compile zoomdesk's modules again
    (about 70 ms here); a private cache keeps the working tree clean and is filled by the
    warm-up round."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(home, "pycache")


def _bare_rss(figures: list[Figure]) -> float | None:
    """The bare PySide6 window's RSS, when the start-up section ran: the GUI's RSS baseline."""
    return next((f.baseline for f in figures if f.name == "Peak RSS"), None)


def _machine_line(info: dict[str, object], repeats: int, quick: bool) -> str:
    return (
        f"{info['cpus']} × {info['cpu']}, {info['ram_gb']} GB RAM, Python {info['python']}, "
        f"Qt {info['qt']} (PySide6 {info['pyside6']}); medians of {repeats} run(s)"
        f"{' (quick)' if quick else ''}; load average {info['load_average']} → "
        f"{info['load_average_after']}\n"
    )


def _progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
