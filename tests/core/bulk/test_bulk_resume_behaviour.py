"""Resuming a bulk import from what its results file says, against the sandbox over loopback:
a row left `sending` is looked for before anything is created, a meeting another row already
owns is never taken for it, a hand-damaged `sent_at` still finds it, and rows that send nothing
say why. Written for the mutants of bulk/run.py's resume logic the first mutation run left."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.core.bulk.conftest import Bulk, write_csv
from zoomdesk.core.bulk.results import SENDING, ResultsWriter, RowResult, results_path
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.history import Change
from zoomdesk.core.models import MeetingType, Recurrence, RecurrenceType

HOST = "avery.chen@example.com"


def row(topic: str, start: str, **kw: str) -> dict[str, str]:
    return {"host": HOST, "topic": topic, "start": start, "timezone": "Europe/Berlin",
            "duration": "45", "type": "", "repeat": "", "times": "", **kw}  # fmt: skip


def series_row(topic: str, start: str) -> dict[str, str]:
    return row(topic, start, type="recurring", repeat="daily", times="3")


def left_sending(bulk: Bulk, path: Path, sent_at: dict[int, str], done: dict[int, str]) -> None:
    """The results file a killed run leaves: `sending` lines, and `done` ones with their IDs."""
    plan = bulk.load(path).plan
    writer = ResultsWriter(results_path(path))
    for planned in plan.rows:
        line, key = planned.row.line, planned.row.key
        if line in sent_at:
            writer.write(RowResult(line, key, "create", SENDING, sent_at=sent_at[line]))
        if line in done:
            result = RowResult(line, key, "create", "done", done[line],
                               fingerprint=planned.row.fingerprint)  # fmt: skip
            writer.write(result)
    writer.close()


def make(bulk: Bulk, draft: MeetingDraft) -> int:
    async def body(h, service):  # type: ignore[no-untyped-def]
        return (await service.create(HOST, draft)).id

    made: int = bulk.go(body)
    return made


def test_a_row_left_sending_with_a_damaged_time_is_found_not_created_again(
    bulk: Bulk, tmp_path: Path
):
    start = datetime(2027, 3, 2, 9, 0)
    made = make(bulk, MeetingDraft("Found", start=start, timezone="Europe/Berlin", duration=45))
    path = write_csv(tmp_path / "t.csv", [row("Found", "2027-03-02 09:00")])
    left_sending(bulk, path, {2: "not a time"}, {})
    posts = bulk.sandbox.count("POST", "/v2/users/")

    (result,) = bulk.run(path)

    assert (result.status, result.meeting_id, result.error) == ("done", str(made), "")
    assert result.join_url
    assert bulk.sandbox.count("POST", "/v2/users/") == posts


def test_a_row_sent_long_after_its_meeting_was_made_does_not_take_that_meeting(
    bulk: Bulk, tmp_path: Path
):
    start = datetime(2027, 3, 2, 9, 0)
    older = make(bulk, MeetingDraft("Again", start=start, timezone="Europe/Berlin", duration=45))
    path = write_csv(tmp_path / "t.csv", [row("Again", "2027-03-02 09:00")])
    later = (datetime.now(UTC) + timedelta(minutes=10)).isoformat(timespec="seconds")
    left_sending(bulk, path, {2: later}, {})

    (result,) = bulk.run(path)

    assert result.status == "done" and result.meeting_id != str(older)
    assert len(bulk.meetings_with("Again")) == 2


def test_a_meeting_another_row_owns_is_not_taken_for_a_row_left_sending(bulk: Bulk, tmp_path: Path):
    daily = Recurrence(RecurrenceType.DAILY, end_times=3)
    first = MeetingDraft("Series", MeetingType.RECURRING_FIXED_TIME, datetime(2027, 3, 2, 9),
                         "Europe/Berlin", 45, recurrence=daily)  # fmt: skip
    owned = make(bulk, first)
    rows = [series_row("Series", "2027-03-02 09:00"), series_row("Series", "2027-03-09 09:00")]
    path = write_csv(tmp_path / "t.csv", rows)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    left_sending(bulk, path, {3: now}, {2: str(owned)})
    posts = bulk.sandbox.count("POST", "/v2/users/")

    results = {r.line: r for r in bulk.run(path)}

    assert results[2].meeting_id == str(owned) and results[2].action == "none"
    assert results[3].status == "done" and results[3].meeting_id not in ("", str(owned))
    assert bulk.sandbox.count("POST", "/v2/users/") == posts + 1


def test_rows_that_send_nothing_say_why(bulk: Bulk, tmp_path: Path):
    rows = [row("Done", "2027-03-02 09:00"), row("Bad", "2027-03-02 09:00", duration="0")]
    path = write_csv(tmp_path / "t.csv", rows)
    first = {r.line: r for r in bulk.run(path)}
    assert first[3].status == "invalid"
    assert first[3].error == "duration: Must be between 1 and 1440."

    again = {r.line: r for r in bulk.run(path)}
    assert (again[2].status, again[2].action, again[2].error) == ("done", "none", "")
    assert again[2].meeting_id == first[2].meeting_id
    assert Counter(r.status for r in again.values()) == {"done": 1, "invalid": 1}


def test_two_rows_left_sending_never_both_take_the_one_meeting_that_exists(
    bulk: Bulk, tmp_path: Path
):
    daily = Recurrence(RecurrenceType.DAILY, end_times=3)
    only = make(bulk, MeetingDraft("Twin", MeetingType.RECURRING_FIXED_TIME,
                                   datetime(2027, 3, 2, 9), "Europe/Berlin", 45,
                                   recurrence=daily))  # fmt: skip
    rows = [series_row("Twin", "2027-03-02 09:00"), series_row("Twin", "2027-03-09 09:00")]
    path = write_csv(tmp_path / "t.csv", rows)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    left_sending(bulk, path, {2: now, 3: now}, {})

    results = bulk.run(path, concurrency=1)

    ids = [r.meeting_id for r in results]
    assert str(only) in ids and len(set(ids)) == 2
    assert len(bulk.meetings_with("Twin")) == 2


def test_a_row_past_the_hosts_limit_waits_with_the_reset_time_and_keeps_its_new_line(
    bulk: Bulk, tmp_path: Path
):
    first = write_csv(
        tmp_path / "t.csv",
        [row("Kept", "2027-03-02 09:00"), row("New", "2027-03-03 09:00", duration="0")],
    )
    done = next(r for r in bulk.run(first) if r.line == 2)
    # The done row moves down a line, the invalid one is fixed and moved above it, and the
    # host has used the day's requests: the fixed row waits for the reset (it is no longer
    # invalid), the done one is still done, on its new line.
    for n in range(100):
        bulk.history.record(Change(datetime.now(UTC), "created", n, None, "x", (), "ok",
                                   host=HOST))  # fmt: skip
    rows = [row("New", "2027-03-03 09:00"), row("Kept", "2027-03-02 09:00"),
            row("Bad", "2027-03-04 09:00", duration="0", timezone="Mars/Olympus")]  # fmt: skip
    write_csv(first, rows)

    results = {r.line: r for r in bulk.run(first)}

    reset = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    reset += timedelta(days=1)
    assert results[2].status == "waiting"
    assert results[2].error == (
        "waits for the host's daily limit (the plan): run the import again after "
        f"{reset:%Y-%m-%d} 00:00 UTC"
    )
    assert (results[3].status, results[3].meeting_id) == ("done", done.meeting_id)
    assert (results[3].line, results[3].error) == (3, "")
    assert results[4].status == "invalid"
    assert results[4].error == (
        "timezone: Unknown time zone 'Mars/Olympus'; use an IANA name like Europe/Berlin.; "
        "duration: Must be between 1 and 1440."
    )


def test_a_created_row_edited_since_says_how_to_change_its_meeting(bulk: Bulk, tmp_path: Path):
    path = write_csv(tmp_path / "t.csv", [row("Edited", "2027-03-02 09:00")])
    made = bulk.run(path)[0]
    write_csv(path, [row("Edited", "2027-03-02 09:00", duration="90")])

    (again,) = bulk.run(path)

    assert again.error == (
        f"created before as meeting {made.meeting_id}; this row has changed since: to change "
        "the meeting, put its ID in meeting_id"
    )
