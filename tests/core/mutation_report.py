"""The score table `./dev.sh mutate` prints, read from mutmut's results in mutants/.

Score = (killed + timed out) / (mutants run - equivalent). Equivalent mutants (a change no user
and no caller can observe) are listed, with the reason, in mutation_equivalents.txt beside this
file; a listed mutant that no longer exists or is now killed is reported, so the list stays true.
Not a test module: pytest does not collect it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EQUIVALENTS = Path(__file__).with_name("mutation_equivalents.txt")
KILLED = {1, 3}
TIMEOUT = {-24, 24, 152, 255, 36}
TARGET = 0.90


def equivalents() -> dict[str, str]:
    listed: dict[str, str] = {}
    for line in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
        name, _, why = line.partition("#")
        if name.strip():
            listed[name.strip()] = why.strip()
    return listed


def main(modules: list[str]) -> int:
    listed = equivalents()
    failing = 0
    print(f"{'module':<10} {'run':>5} {'killed':>7} {'survived':>9} {'equiv':>6} {'score':>7}")
    for module in modules:
        meta = ROOT / "mutants" / "zoomdesk" / "core" / f"{module}.py.meta"  # bulk/plan too
        if not meta.exists():
            print(f"{module:<10} no results (was it run?)")
            failing += 1
            continue
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        ran = {name: code for name, code in codes.items() if code is not None}
        counts = Counter(
            "killed" if code in KILLED | TIMEOUT else "equivalent" if name in listed else "survived"
            for name, code in ran.items()
        )
        scored = len(ran) - counts["equivalent"]
        score = (counts["killed"] / scored) if scored else 1.0
        failing += score < TARGET
        print(
            f"{module:<10} {len(ran):>5} {counts['killed']:>7} {counts['survived']:>9}"
            f" {counts['equivalent']:>6} {score:>7.1%}"
        )
        for name, code in sorted(ran.items()):
            if code not in KILLED | TIMEOUT and name not in listed:
                print(f"    survived: {name}")
            if code in KILLED | TIMEOUT and name in listed:
                print(f"    listed as equivalent but killed: {name}")
        prefix = f"zoomdesk.core.{module.replace('/', '.')}."
        for name in sorted(n for n in listed if n.startswith(prefix) and n not in codes):
            print(f"    listed as equivalent but no longer exists: {name}")
    if failing:
        print("See a mutant's change with `.venv/bin/mutmut show NAME`.")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main([m.removesuffix(".py") for m in sys.argv[1:]]))
