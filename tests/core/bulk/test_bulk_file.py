"""The file and its cells: Excel's exports read as they are, every bad cell named with its
column in plain words, and nothing sent while any row is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.bulk.conftest import Bulk, write_csv
from zoomdesk.core.bulk.columns import HeaderError, check_header
from zoomdesk.core.bulk.csvfile import BadFile, read_sheet

AVERY = "avery.chen@example.com"


def test_an_excel_export_with_bom_semicolons_crlf_and_true_imports(bulk: Bulk, tmp_path: Path):
    path = tmp_path / "excel.csv"
    text = (
        "host;topic;start;duration;agenda;settings.waiting_room;settings.mute_upon_entry\r\n"
        f'{AVERY};Réunion d\'équipe;2027-03-01 09:00;30;"Budget; plan";TRUE;FALSE\r\n'
        f"{AVERY};Kick-off;2027-03-02T10:30;45;;;\r\n"
        ";;;;;;\r\n"
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    results = bulk.run(path)

    assert [r.status for r in results] == ["done", "done"]
    made = bulk.meetings_with("Réunion")
    assert len(made) == 1
    assert made[0]["agenda"] == "Budget; plan"
    assert made[0]["settings"]["waiting_room"] is True
    assert made[0]["settings"]["mute_upon_entry"] is False
    assert made[0]["start_time"].startswith("2027-03-01T")


def test_a_file_excel_saved_in_the_windows_code_page_is_still_read(tmp_path: Path):
    path = tmp_path / "cp1252.csv"
    path.write_bytes("host,topic\nx@example.com,Café\n".encode("cp1252"))
    sheet = read_sheet(path)
    assert sheet.rows[0][1]["topic"] == "Café"


def test_an_unknown_column_is_an_error_naming_the_closest_ones():
    with pytest.raises(HeaderError, match=r"'topik' \(did you mean topic\?\)"):
        check_header(["host", "topik"])
    with pytest.raises(HeaderError, match=r"did you mean settings\.waiting_room"):
        check_header(["host", "settings.waiting_rom"])
    with pytest.raises(HeaderError, match="'host' is missing"):
        check_header(["topic"])


def test_a_row_with_more_cells_than_the_header_is_a_bad_file(tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("host,topic\nx@example.com,a,b\n")
    with pytest.raises(BadFile, match="line 2 has 3 cells"):
        read_sheet(path)


BAD_CELLS: list[tuple[dict[str, str], str, str]] = [
    ({"host": ""}, "host", "Enter the host"),
    ({"host": "avery.chen@exmple.com"}, "host", "Did you mean avery.chen@example.com"),
    ({"topic": ""}, "topic", "Enter a topic"),
    ({"topic": "x" * 201}, "topic", "At most 200 characters"),
    ({"start": "tomorrow"}, "start", "is not a date and time like"),
    ({"start": "2027-02-30 10:00"}, "start", "not a real date"),
    ({"start": "2020-01-01 10:00"}, "start", "already passed"),
    ({"start": "2027-03-28 02:30", "timezone": "Europe/Berlin"}, "start", "does not exist"),
    ({"timezone": "Mars/Olympus"}, "timezone", "Unknown time zone"),
    ({"duration": "ninety"}, "duration", "not a whole number"),
    ({"duration": "0"}, "duration", "between 1 and 1440"),
    ({"password": "has space"}, "password", "Only letters, digits"),
    ({"password": "12345678901"}, "password", "At most 10 characters"),
    ({"agenda": "a" * 2001}, "agenda", "At most 2000"),
    ({"type": "webinar"}, "type", "not a meeting type"),
    ({"repeat": "hourly"}, "repeat", "use daily, weekly or monthly"),
    ({"repeat": "weekly"}, "on_days", "Choose at least one weekday"),
    ({"repeat": "weekly", "on_days": "Mon,Funday"}, "on_days", "not a weekday"),
    ({"repeat": "daily", "every": "120"}, "every", "between 1 and 90"),
    ({"repeat": "daily", "times": "many"}, "times", "not a whole number"),
    ({"repeat": "daily", "times": "400"}, "times", "1 to 365"),
    ({"repeat": "monthly", "month_day": "40"}, "month_day", "1 to 31"),
    ({"repeat": "monthly"}, "month_week", "Choose a day or a week"),
    ({"repeat": "daily", "until": "soon"}, "until", "not a date"),
    ({"repeat": "daily", "type": "one-time"}, "repeat", "does not repeat"),
    ({"settings.waiting_room": "maybe"}, "settings.waiting_room", "true or false"),
    ({"settings.auto_recording": "tape"}, "settings.auto_recording", "Must be one of"),
    ({"settings.jbh_time": "7"}, "settings.jbh_time", "Must be one of 0, 5, 10"),
    ({"settings.alternative_hosts": "bob"}, "settings.alternative_hosts", "Not an email"),
    ({"meeting_id": "12ab"}, "meeting_id", "not a meeting ID"),
]


@pytest.mark.parametrize(("cells", "column", "message"), BAD_CELLS)
def test_every_kind_of_bad_cell_is_named_by_its_column_and_nothing_is_sent(
    bulk: Bulk, tmp_path: Path, cells: dict[str, str], column: str, message: str
):
    good = {"host": AVERY, "topic": "Fine", "start": "2027-05-03 10:00", "duration": "30"}
    row = {"host": AVERY, "topic": "Checked", "start": "2027-05-04 10:00", "duration": "30"}
    row.update(cells)
    path = write_csv(tmp_path / "bad.csv", [good, row])
    posts_before = bulk.sandbox.count("POST", "/v2/users")

    job = bulk.load(path)

    bad = job.plan.problems
    assert [p.row.line for p in bad] == [3]
    found = {p.column: p.message for p in bad[0].row.problems}
    assert column in found, found
    assert message in found[column]
    assert not job.plan.valid
    assert bulk.sandbox.count("POST", "/v2/users") == posts_before


def test_the_same_meeting_twice_in_one_file_is_a_problem_not_a_duplicate(
    bulk: Bulk, tmp_path: Path
):
    row = {"host": AVERY, "topic": "Twice", "start": "2027-05-04 10:00"}
    job = bulk.load(write_csv(tmp_path / "twice.csv", [row, dict(row)]))
    (problem,) = job.plan.problems
    assert problem.row.line == 3
    assert "Same host, topic and start as line 2" in problem.row.problems[0].message


def test_tracking_columns_are_sent_as_tracking_fields(bulk: Bulk, tmp_path: Path):
    row = {"host": AVERY, "topic": "Tracked", "start": "2027-05-04 10:00",
           "tracking.Cost centre": "Sales"}  # fmt: skip
    assert [r.status for r in bulk.run(write_csv(tmp_path / "t.csv", [row]))] == ["done"]
    (made,) = bulk.meetings_with("Tracked")
    assert [(f["field"], f["value"]) for f in made["tracking_fields"]] == [("Cost centre", "Sales")]


def test_a_weekly_series_with_named_days_and_an_end_date_is_created(bulk: Bulk, tmp_path: Path):
    row = {"host": AVERY, "topic": "Term seminar", "start": "2027-01-11 14:00",
           "timezone": "Europe/London", "duration": "90", "repeat": "weekly",
           "on_days": "Mon Thu", "until": "2027-03-31"}  # fmt: skip
    assert [r.status for r in bulk.run(write_csv(tmp_path / "s.csv", [row]))] == ["done"]
    (made,) = bulk.meetings_with("Term seminar")
    assert made["type"] == 8
    recurrence: dict[str, Any] = made["recurrence"]
    assert recurrence["type"] == 2 and recurrence["weekly_days"] == "2,5"
    assert recurrence["end_date_time"].startswith("2027-03-31T")
