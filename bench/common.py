"""Helpers for the benchmark suite: figures, medians, and child processes timed with their own
peak RSS."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

PYTHON = sys.executable
REPO = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def zoomdesk_command() -> list[str]:
    """The `zoomdesk` console script next to this interpreter (what users type), or
    `python -m zoomdesk` when it is not installed as a script."""
    script = Path(PYTHON).parent / "zoomdesk"
    return [str(script)] if script.exists() else [PYTHON, "-m", "zoomdesk"]


@dataclass
class Figure:
    """One row of the table: a median, the baseline measured in the same run, the budget."""

    section: str
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    budget: str = ""
    verdict: str = ""  # "met", "missed", or "" when there is no budget
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def as_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline,
            "baseline_name": self.baseline_name,
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "budget": self.budget,
            "verdict": self.verdict,
            "extra": self.extra,
        }


def verdict(ok: bool) -> str:
    return "met" if ok else "missed"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def medians(samples: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Per key, the median over repeated runs that each produced a dict of figures."""
    keys = samples[0].keys()
    return {key: median([s[key] for s in samples]) for key in keys}


@dataclass
class Run:
    """One child process: wall time, its own peak RSS, its output."""

    argv: list[str]
    wall_s: float
    rss_mb: float
    returncode: int
    stdout: str
    stderr: str

    def check(self) -> Run:
        if self.returncode != 0:
            raise RuntimeError(
                f"{' '.join(self.argv)} exited {self.returncode}: {self.stderr.strip()[-800:]}"
            )
        return self


def run_measured(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    *,
    stdin: str | None = None,
    timeout: float = 300.0,
) -> Run:
    """Run `argv` to completion. The peak RSS is this child's alone: `os.wait4` reports the
    rusage of the one process it reaps (RUSAGE_CHILDREN would be the maximum over every child
    this suite ever ran)."""
    full_env = {**os.environ, **(env or {})}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=full_env,
            text=True,
        )
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            if stdin is not None and proc.stdin is not None:
                proc.stdin.write(stdin)
                proc.stdin.close()
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
        finally:
            killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            list(argv), wall, usage.ru_maxrss / 1024, proc.returncode, out.read(), err.read()
        )


def interleaved(
    funcs: Mapping[str, Callable[[], T]], repeats: int, *, warm_up: bool = True
) -> dict[str, list[T]]:
    """Every sample of each candidate, run alternately so drift on a shared machine hits them
    equally. A warm-up round first (disk cache, .pyc files) is not counted."""
    if warm_up:
        for func in funcs.values():
            func()
    samples: dict[str, list[T]] = {name: [] for name in funcs}
    for _ in range(repeats):
        for name, func in funcs.items():
            samples[name].append(func())
    return samples


class TempHome:
    """A throwaway ZOOMDESK_HOME, so no benchmark reads or writes the user's profiles."""

    def __enter__(self) -> str:
        self.path = tempfile.mkdtemp(prefix="zoomdesk-bench-")
        return self.path

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
