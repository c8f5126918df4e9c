"""The GUI under load: `bench.gui_load` in its own process per run (its peak RSS is its own),
medians over the runs."""

from __future__ import annotations

import json
from typing import Any

from bench.common import PYTHON, REPO, Figure, median, run_measured, verdict

SECTION = "GUI under load"


def _load_once(meetings: int, sandbox: str, home: str) -> dict[str, Any]:
    run = run_measured(
        [PYTHON, "-m", "bench.gui_load", "--meetings", str(meetings), "--sandbox", sandbox],
        {"QT_QPA_PLATFORM": "offscreen", "ZOOMDESK_HOME": home, "PYTHONPATH": str(REPO)},
    ).check()
    line = next(x for x in reversed(run.stdout.splitlines()) if x.startswith("{"))
    result: dict[str, Any] = json.loads(line)
    result["process_rss_mb"] = run.rss_mb
    return result


def gui_load(repeats: int, meetings: int, home: str, bare_rss_mb: float | None) -> list[Figure]:
    """`bare_rss_mb`: the bare PySide6 window's peak RSS from the start-up section."""
    runs: dict[str, list[dict[str, Any]]] = {"in-process": [], "process": []}
    for _ in range(repeats):  # interleaved, like every other comparison
        for sandbox in runs:
            runs[sandbox].append(_load_once(meetings, sandbox, home))

    def med(sandbox: str, key: str) -> float:
        return median([r[key] for r in runs[sandbox]])

    inp, alone = "in-process", "process"
    rows = runs[inp][-1]["rows"]
    if rows != meetings:
        raise RuntimeError(f"the window listed {rows} meetings, not {meetings}")
    n = f"{meetings:,}"
    all_rows, fetch = med(inp, "all_rows_s"), med(inp, "plain_fetch_s")
    stall, stall_alone = med(inp, "max_stall_ms"), med(alone, "max_stall_ms")
    search_max, search_med = med(inp, "search_ms_max"), med(inp, "search_ms_median")
    rss, rss_alone = med(inp, "rss_peak_mb"), med(alone, "rss_peak_mb")
    extra = {
        "keystrokes": runs[inp][-1]["search_keystrokes"],
        "rows_shown": runs[inp][-1]["search_rows_shown"],
        "search_ms_median": round(search_med, 1),
    }
    return [
        Figure(SECTION, f"Time to first rows ({n} meetings)", med(inp, "first_rows_s"), "s",
               extra={"first_rows": runs[inp][-1]["first_rows"]}),
        Figure(SECTION, f"Time to all {n} rows", all_rows, "s", fetch,
               "plain httpx fetch of the same pages, same process"),
        Figure(SECTION, "Longest event-loop stall while loading", stall, "ms", None, "",
               "≤ 50 ms", verdict(stall <= 50),
               {"gc_longest_ms": med(inp, "load_gc_longest_ms"),
                "gc_full_collections": med(inp, "load_gc_full")}),
        Figure(SECTION, "  … with the sandbox in its own process", stall_alone, "ms", None,
               "", "≤ 50 ms", verdict(stall_alone <= 50),
               {"gc_longest_ms": med(alone, "load_gc_longest_ms")}),
        Figure(SECTION, "Search keystroke, slowest (filter + repaint)", search_max, "ms",
               med(inp, "search_plain_ms_median"), "plain Python scan of the search keys",
               "< 50 ms", verdict(search_max < 50), extra),
        Figure(SECTION, "Search keystroke, median", search_med, "ms",
               med(inp, "search_plain_ms_median"), "plain Python scan of the search keys",
               "< 50 ms", verdict(search_med < 50)),
        Figure(SECTION, "Scroll the whole table, page by page", med(inp, "scroll_s"), "s",
               med(inp, "scroll_plain_s"), "bare QTableView, same texts and size", "", "",
               {"steps": runs[inp][-1]["scroll_steps"],
                "slowest_step_ms": round(med(inp, "scroll_step_ms_max"), 1)}),
        Figure(SECTION, "Peak RSS (sandbox in the app, as in sandbox mode)", rss, "MB",
               bare_rss_mb, "bare PySide6 window", "< 150 MB", verdict(rss < 150),
               {"before_load_mb": med(inp, "rss_before_load_mb")}),
        Figure(SECTION, "  … with the sandbox in its own process", rss_alone, "MB",
               bare_rss_mb, "bare PySide6 window", "< 150 MB", verdict(rss_alone < 150),
               {"before_load_mb": med(alone, "rss_before_load_mb")}),
    ]  # fmt: skip
