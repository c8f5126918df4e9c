"""Helpers for the benchmark suite: repeated timing of commands, medians, peak RSS."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

PYTHON = sys.executable


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    budget: str = ""
    verdict: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def time_command(argv: Sequence[str], repeats: int, env: dict[str, str] | None = None,
                 stdin: str | None = None) -> tuple[float, list[str]]:
    """Median wall time of a whole process, and the stdout of each run."""
    times, outputs = [], []
    full_env = {**os.environ, **(env or {})}
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = subprocess.run(argv, capture_output=True, text=True, env=full_env, input=stdin,
                                timeout=300)
        times.append(time.perf_counter() - t0)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr.strip()[-500:]}")
        outputs.append(result.stdout)
    return median(times), outputs


def children_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def interleaved(funcs: dict[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """Run candidates alternately so drift on a shared machine hits them equally."""
    samples: dict[str, list[float]] = {name: [] for name in funcs}
    for _ in range(repeats):
        for name, func in funcs.items():
            samples[name].append(func())
    return {name: median(values) for name, values in samples.items()}
