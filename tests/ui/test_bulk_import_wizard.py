"""File → Import meetings… and File → Export… in the running app, against its sandbox: the
preview marks each bad cell, a row can be left out, the plan comes before anything is sent,
Stop sends nothing more, and the results lead back to the list."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from zoomdesk.sandbox.faults import Fault
from zoomdesk.ui.bulk.import_wizard import PLAN, PREVIEW, PROGRESS, RESULTS, ImportWizard

from .conftest import Desk

AVERY = "avery.chen@example.com"


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def rows(count: int, prefix: str = "Workshop") -> list[dict[str, str]]:
    return [
        {"host": AVERY, "topic": f"{prefix} {n}", "start": f"2030-02-{n + 1:02d} 10:00",
         "timezone": "Europe/Berlin", "duration": "45"}
        for n in range(count)
    ]  # fmt: skip


def open_wizard(desk: Desk, path: Path) -> ImportWizard:
    desk.window.activateWindow()
    desk.app.bulk.import_action.trigger()
    wizard = desk.app.bulk.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.path_edit.setText(str(path))
    desk.qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    desk.wait(lambda: wizard.stack.currentIndex() == PREVIEW)
    return wizard


def click(desk: Desk, button: QPushButton) -> None:
    desk.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_bad_cell_is_marked_in_the_preview_and_the_row_can_be_left_out(
    sandbox_desk: Desk, tmp_path: Path
) -> None:
    desk = sandbox_desk
    data = rows(3)
    data[1]["duration"] = "ninety"
    wizard = open_wizard(desk, write(tmp_path / "term.csv", data))
    model = wizard.preview
    column = 3 + list(data[0]).index("duration")

    bad = model.index(1, column)
    assert bad.data() == "ninety"
    assert "'ninety' is not a whole number" in bad.data(Qt.ItemDataRole.ToolTipRole)
    assert bad.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Rows with problems: 1" in wizard.preview_label.text()
    assert "Line 3, duration: 'ninety' is not a whole number" in wizard.problems_label.text()
    assert not wizard.next_button.isEnabled()
    assert desk.app.sandbox.count("POST", "/v2/users/") == 0

    model.setData(model.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert wizard.next_button.isEnabled()
    click(desk, wizard.next_button)
    desk.wait(lambda: wizard.stack.currentIndex() == PLAN)
    assert "2 to create" in wizard.plan_text.toPlainText()
    assert desk.app.sandbox.count("POST", "/v2/users/") == 0  # the plan sends nothing

    click(desk, wizard.next_button)
    desk.wait(lambda: wizard.stack.currentIndex() == RESULTS)
    assert wizard.results_label.text().startswith("2 done")
    assert "Line 3: left out" in wizard.results_text.toPlainText()
    made = [m["topic"] for m in desk.app.sandbox.state.meetings.values()]
    assert "Workshop 0" in made and "Workshop 2" in made and "Workshop 1" not in made

    click(desk, wizard.show_in_list_button)
    desk.wait(lambda: not wizard.isVisible())
    desk.wait(lambda: "Workshop 2" in desk.topics())
    session = desk.app.session
    assert session is not None
    assert desk.page.host_id() == next(u.id for u in session.users if u.email == AVERY)


def test_a_file_fixed_in_the_spreadsheet_is_read_again_with_reload(
    sandbox_desk: Desk, tmp_path: Path
) -> None:
    desk = sandbox_desk
    data = rows(2, "Seminar")
    data[0]["host"] = "avery.chen@exmple.com"
    path = write(tmp_path / "fix.csv", data)
    wizard = open_wizard(desk, path)
    assert "Did you mean avery.chen@example.com" in wizard.preview.first_problem(0)

    data[0]["host"] = AVERY
    write(path, data)
    click(desk, wizard.reload_button)
    desk.wait(lambda: wizard.preview.problem_count() == 0)
    assert wizard.next_button.isEnabled()


def test_stop_sends_nothing_more_and_a_second_import_finishes_the_rest(
    sandbox_desk: Desk, tmp_path: Path
) -> None:
    desk = sandbox_desk
    path = write(tmp_path / "stop.csv", rows(20, "Tutorial"))
    desk.app.sandbox.faults.add(
        Fault("delay", path=r"/meetings$", method="POST", times=None, seconds=0.1)
    )
    wizard = open_wizard(desk, path)
    click(desk, wizard.next_button)
    desk.wait(lambda: wizard.stack.currentIndex() == PLAN)
    click(desk, wizard.next_button)
    desk.wait(lambda: wizard.stack.currentIndex() == PROGRESS)
    desk.wait(lambda: wizard.progress_bar.value() >= 3)
    click(desk, wizard.stop_button)
    desk.wait(lambda: wizard.stack.currentIndex() == RESULTS)

    sent = desk.app.sandbox.count("POST", "/v2/users/")
    assert 3 <= sent < 20
    assert "not sent" in wizard.results_label.text()
    wizard.close()
    desk.app.sandbox.faults.clear()

    again = open_wizard(desk, path)
    assert f"{sent} already done" in again.plan_text.toPlainText()
    click(desk, again.next_button)
    desk.wait(lambda: again.stack.currentIndex() == PLAN)
    click(desk, again.next_button)
    desk.wait(lambda: again.stack.currentIndex() == RESULTS)
    topics = [m["topic"] for m in desk.app.sandbox.state.meetings.values()]
    assert sorted(t for t in topics if t.startswith("Tutorial")) == sorted(
        f"Tutorial {n}" for n in range(20)
    )


def test_export_writes_the_list_in_the_import_format(sandbox_desk: Desk, tmp_path: Path) -> None:
    desk = sandbox_desk
    target = tmp_path / "list.csv"
    desk.window.activateWindow()
    desk.app.bulk.export_action.trigger()
    dialog = desk.app.bulk.save_dialog
    assert dialog is not None
    dialog.selectFile(str(target))
    dialog.accept()
    desk.wait((tmp_path / "list.results.csv").exists)  # written after the file itself
    with open(target, encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert {r["topic"] for r in exported} == set(desk.topics())
