"""The results file a re-run resumes from, with real files: what a crash or a hand edit can leave
in it and what a re-run then believes, one writer at a time, and a compact file afterwards.
Written for the mutants of bulk/results.py the first mutation run left alive."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from zoomdesk.core.bulk.results import (
    DONE,
    HEADER,
    SENDING,
    ImportBusy,
    ResultsWriter,
    RowResult,
    read_results,
    results_path,
)

A = RowResult(2, "create:ana|Lesson|2027-01-05T09:00", "create", DONE, "81234567890")
B = RowResult(3, "meeting:81234567891", "update", DONE, "81234567891", fingerprint="f1")


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_the_results_file_sits_beside_the_input():
    assert results_path(Path("/data/term.csv")) == Path("/data/term.results.csv")


def test_a_missing_results_file_is_an_empty_record(tmp_path: Path):
    assert read_results(tmp_path / "never.results.csv") == {}


def test_the_last_line_for_a_row_is_its_last_word(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    writer = ResultsWriter(path)
    writer.write(A.with_(status=SENDING, meeting_id=""))
    writer.write(B, sync=False)
    assert read_results(path) == {A.key: A.with_(status=SENDING, meeting_id=""), B.key: B}
    writer.write(A)
    assert read_results(path)[A.key] == A
    writer.close()
    assert read_results(path) == {A.key: A, B.key: B}


def test_a_finished_run_leaves_one_line_per_row_in_the_spreadsheets_order(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    writer = ResultsWriter(path)
    writer.write(B)
    writer.write(A.with_(status=SENDING))
    writer.write(A)
    writer.close()
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert [r["line"] for r in rows] == ["2", "3"]
    assert lines(path)[0] == ",".join(HEADER)
    assert [p.name for p in tmp_path.iterdir()] == ["t.results.csv"]  # no lock, no temp file
    writer.write(A.with_(status="failed"))  # after close: ignored, not a crash
    assert read_results(path)[A.key] == A


def test_a_rerun_starts_from_a_compact_copy_of_what_it_read(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    first = ResultsWriter(path)
    for status in (SENDING, "unknown", DONE):
        first.write(A.with_(status=status))
    first.close()
    again = ResultsWriter(path)
    assert again.previous == {A.key: A}
    assert len(lines(path)) == 2
    again.close()


def test_a_writer_given_what_was_read_earlier_keeps_it(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    writer = ResultsWriter(path, previous={B.key: B})
    assert writer.previous == {B.key: B}
    writer.close()
    assert read_results(path) == {B.key: B}


def test_a_line_cut_short_or_edited_by_hand_is_ignored_and_the_one_before_stands(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    writer = ResultsWriter(path)
    writer.write(A.with_(status=SENDING))
    writer.close()
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("2,create:ana|Lesson|2027-01-05T09:00,create,done,8123\n")  # cut by a kill
        handle.write("x,create:ana|Lesson|2027-01-05T09:00,create,done,1,,,,,,,\n")  # no number
        handle.write("4,create:ana|Lesson|2027-01-05T09:00,create,done,1,,,,,,,,extra\n")
        handle.write(",,create,done,1,,,,,,,\n")  # no key
        handle.write(",meeting:5,update,done,5,,,,,,,\n")  # no line number: 0
    assert read_results(path) == {
        A.key: A.with_(status=SENDING),
        "meeting:5": RowResult(0, "meeting:5", "update", DONE, "5"),
    }


def test_a_results_file_saved_by_excel_with_a_bom_is_read(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    rows = [",".join(HEADER), "2,meeting:7,update,done,7,,,,,,,"]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    assert read_results(path) == {"meeting:7": RowResult(2, "meeting:7", "update", DONE, "7")}


def test_a_second_import_of_the_same_file_is_refused_while_the_first_writes(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    first = ResultsWriter(path)
    with pytest.raises(ImportBusy) as busy:
        ResultsWriter(path)
    assert busy.value.summary() == (
        "Another import is writing t.results.csv right now; wait for it to finish "
        "(two at once could create the same meeting twice)."
    )
    assert str(busy.value) == busy.value.summary()
    first.close()
    ResultsWriter(path).close()  # the lock went with the first writer


def test_lines_written_together_share_one_sync(tmp_path: Path):
    writer = ResultsWriter(tmp_path / "t.results.csv")
    writer.write(A, sync=False)
    writer.write(B, sync=False)
    assert writer.syncs == 0
    writer.write(A.with_(status=SENDING))
    assert writer.syncs == 1
    writer.write(B.with_(status=SENDING))
    assert writer.syncs == 2
    writer.close()  # nothing new to sync
    assert writer.syncs == 2
    idle = ResultsWriter(tmp_path / "idle.results.csv")
    idle.close()
    assert idle.syncs == 0


def test_the_first_sending_line_is_synced_at_once(tmp_path: Path):
    writer = ResultsWriter(tmp_path / "t.results.csv")
    writer.write(A.with_(status=SENDING))
    assert writer.syncs == 1
    writer.close()


def test_an_error_with_line_breaks_reads_back_as_written(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    writer = ResultsWriter(path)
    broken = A.with_(status="failed", error="Zoom said:\r\nno.\rreally\nno")
    writer.write(broken)
    assert read_results(path)[A.key] == broken
    writer.close()
    assert read_results(path)[A.key] == broken


def test_a_lock_file_removed_by_hand_does_not_break_the_end_of_a_run(tmp_path: Path):
    path = tmp_path / "t.results.csv"
    writer = ResultsWriter(path)
    (tmp_path / "t.results.csv.lock").unlink()
    writer.write(A)
    writer.close()
    assert read_results(path) == {A.key: A}
