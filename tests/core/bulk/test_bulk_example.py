"""The example file in resources/ (linked from docs/bulk.md) imports cleanly into the sandbox."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from tests.core.bulk.conftest import Bulk

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "examples" / "meetings-example.csv"


def test_the_example_file_imports_cleanly_into_the_sandbox(bulk: Bulk, tmp_path: Path):
    path = Path(shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name))

    job = bulk.load(path)
    assert job.plan.valid, [(p.row.line, p.row.problems) for p in job.plan.problems]
    results = bulk.run(path)

    assert Counter(r.status for r in results) == {"done": len(job.sheet.rows)}
    series = [m for m in bulk.sandbox.state.meetings.values() if m["topic"].startswith("Spring")]
    assert sorted(m["type"] for m in series) == [2, 8, 8]
