"""The import wizard's screenshots in docs/, made from the real app against its sandbox. Skipped
unless ZOOMDESK_SCREENSHOTS names a folder; docs/bulk.md says how they were made:

    ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1700x1000x24" \\
        .venv/bin/python -m pytest tests/ui/test_bulk_screenshots.py -q
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from zoomdesk.sandbox.faults import Fault
from zoomdesk.ui.bulk.import_wizard import PLAN, RESULTS

from .conftest import Desk
from .screenshots import only_when_asked, shoot
from .test_bulk_import_wizard import click, open_wizard

pytestmark = only_when_asked
EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "meetings-example.csv"


def test_screenshots_of_every_step(sandbox_desk: Desk, tmp_path: Path) -> None:
    desk = sandbox_desk
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",45,", ",forty-five,")  # a duration that is not a number
    lines[6] = lines[6].replace("chiara.rossi@", "chiara.rosi@", 1)  # a mistyped host
    path = tmp_path / "spring-term.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    wizard = open_wizard(desk, path)
    wizard.resize(1000, 520)
    wizard.preview_table.setCurrentIndex(wizard.preview.index(5, 3))
    shoot(desk, wizard, "import-preview")

    for row in range(wizard.preview.rowCount()):
        if wizard.preview.rows[row].step == "invalid":
            index = wizard.preview.index(row, 0)
            wizard.preview.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    click(desk, wizard.next_button)
    desk.wait(lambda: wizard.stack.currentIndex() == PLAN)
    shoot(desk, wizard, "import-plan")

    desk.app.sandbox.faults.add(
        Fault("delay", path=r"/meetings$", method="POST", times=None, seconds=0.6)
    )
    wizard.concurrency = 2
    click(desk, wizard.next_button)
    desk.wait(lambda: wizard.progress_bar.value() >= 2)
    shoot(desk, wizard, "import-progress")
    desk.app.sandbox.faults.clear()
    desk.wait(lambda: wizard.stack.currentIndex() == RESULTS)
    shoot(desk, wizard, "import-results")
