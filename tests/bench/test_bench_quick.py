"""The benchmark suite's quick mode runs end to end and produces every figure, so the suite
cannot rot. It asserts that figures exist and make sense, never how fast anything is: timings on
a shared CI machine are not a test."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
QUICK_MEETINGS = 600


@pytest.fixture(scope="module")
def quick_run() -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=110,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def figures(run: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in run["figures"] if f["section"] == section}


def measured(figure: dict[str, Any]) -> bool:
    value = figure["value"]
    return isinstance(value, int | float) and math.isfinite(value) and value >= 0


def test_the_quick_suite_reports_every_section_with_the_machine_it_ran_on(
    quick_run: dict[str, Any],
) -> None:
    sections = {f["section"] for f in quick_run["figures"]}
    assert sections == {
        "Start-up",
        "CLI start",
        "Bulk listing",
        "Concurrency",
        "Bulk import",
        "GUI under load",
        "Calendar",
        "Installer",
    }
    assert quick_run["quick"] is True
    assert quick_run["machine"]["cpus"] >= 1
    assert quick_run["machine"]["python"]


def test_every_timed_figure_has_a_value_and_every_baseline_a_ratio(
    quick_run: dict[str, Any],
) -> None:
    for figure in quick_run["figures"]:
        if figure["section"] == "Installer":
            continue  # present only once the packaging build has run
        assert measured(figure), figure
        if figure["baseline"] is not None:
            assert figure["baseline"] > 0, figure
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"], 1e-2)
        if figure["budget"]:
            assert figure["verdict"] in ("met", "missed"), figure


def test_start_up_comes_from_a_successful_smoke_test_in_sandbox_mode(
    quick_run: dict[str, Any],
) -> None:
    start = figures(quick_run, "Start-up")
    shown = start["Main window shown (since launch)"]
    assert shown["extra"]["sandbox"] is True
    assert shown["extra"]["meetings"] >= 1
    assert 0 < shown["value"] <= start["Ready: token + first page shown"]["value"]
    assert start["Peak RSS"]["value"] > 0 and start["Peak RSS"]["baseline"] > 0
    deferred = start["Imported before the window is shown: httpx, keyring, sandbox…"]
    assert "httpx" in deferred["extra"]["checked"]


def test_the_cli_never_imports_qt_and_one_token_serves_concurrent_calls(
    quick_run: dict[str, Any],
) -> None:
    cli = figures(quick_run, "CLI start")
    assert cli["Qt modules imported by --help, token, users list"]["extra"]["modules"] == []
    concurrency = figures(quick_run, "Concurrency")
    assert concurrency["100 concurrent calls: token requests"]["value"] == 1


def test_listing_and_the_loaded_window_see_every_meeting(quick_run: dict[str, Any]) -> None:
    listing = figures(quick_run, "Bulk listing")
    single = listing[f"meetings list --json, {QUICK_MEETINGS:,} meetings"]
    assert single["extra"]["listed"] == single["extra"]["listed_by_baseline"] == QUICK_MEETINGS
    gui = figures(quick_run, "GUI under load")
    first = gui[f"Time to first rows ({QUICK_MEETINGS:,} meetings)"]
    assert 0 < first["extra"]["first_rows"] <= QUICK_MEETINGS
    search = gui["Search keystroke, slowest (filter + repaint)"]["extra"]
    assert search["rows_shown"][-1] == QUICK_MEETINGS  # the search erased again shows every row
    assert min(search["rows_shown"]) < QUICK_MEETINGS


def test_installer_sizes_are_read_from_dist_or_reported_as_not_built(
    quick_run: dict[str, Any],
) -> None:
    for figure in figures(quick_run, "Installer").values():
        assert measured(figure) or figure["verdict"] == "not built", figure


def test_bulk_import_sends_exactly_one_request_per_created_row(quick_run: dict[str, Any]) -> None:
    bulk = figures(quick_run, "Bulk import")
    per_row = next(f for name, f in bulk.items() if name.endswith("requests per row"))
    assert per_row["value"] == 1 and per_row["extra"]["meetings_per_row"] == 1
