"""The machine the suite ran on, and the table it prints."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from bench.common import Figure


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")), ""
            )
    except OSError:
        cpu = platform.processor()
    ram_gb = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = next(int(ln.split()[1]) for ln in info if ln.startswith("MemTotal:"))
            ram_gb = round(kib / 1024 / 1024, 1)
    except (OSError, StopIteration):
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu or "unknown",
        "ram_gb": ram_gb,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "qt": _qt_version(),
        "httpx": _version("httpx"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _qt_version() -> str | None:
    # QtCore only (no widgets, no display): the suite's own process stays light.
    try:
        from PySide6 import QtCore

        return str(QtCore.qVersion())
    except ImportError:
        return None


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.1f} MB"
    if not unit:
        return f"{value:g}"
    return f"{value:g} {unit}"


def table(figures: Sequence[Figure]) -> str:
    header = ("Figure", "Value", "Baseline", "Ratio", "Budget", "Verdict")
    rows: list[tuple[str, ...] | str] = []
    section = None
    for f in figures:
        if f.section != section:
            section = f.section
            rows.append(section)
        base = ""
        if f.baseline is not None:
            base = f"{_number(f.baseline, f.unit)} ({f.baseline_name})"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else ""
        rows.append((f.name, _number(f.value, f.unit), base, ratio, f.budget, f.verdict))
    widths = [len(h) for h in header]
    for row in rows:
        if isinstance(row, tuple):
            widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    lines = [_line(header, widths), "  ".join("-" * w for w in widths)]
    for row in rows:
        lines.append(f"[{row}]" if isinstance(row, str) else _line(row, widths))
    return "\n".join(lines)


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def markdown(figures: Sequence[Figure]) -> str:
    """The same table for docs/performance.md."""
    lines = [
        "| Figure | Value | Baseline | Ratio | Budget | Verdict |",
        "| --- | ---: | --- | ---: | --- | --- |",
    ]
    section = None
    for f in figures:
        if f.section != section:
            section = f.section
            lines.append(f"| **{section}** | | | | | |")
        base = f"{_number(f.baseline, f.unit)} ({f.baseline_name})" if f.baseline else ""
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else ""
        name = f.name.replace("  … ", "… ")
        lines.append(
            f"| {name} | {_number(f.value, f.unit)} | {base} | {ratio} | {f.budget} | {f.verdict} |"
        )
    return "\n".join(lines)
