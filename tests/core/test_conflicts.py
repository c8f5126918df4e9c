"""Double-booked hosts: overlapping meetings and occurrences of one host, nobody else's."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from zoomdesk.core.conflicts import conflicts_of, find_conflicts, host_conflicts
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.models import Meeting, MeetingType, Recurrence

WEEK = (datetime(2026, 11, 30, tzinfo=UTC), datetime(2026, 12, 7, tzinfo=UTC))


def meeting(mid: int, start: str, duration: int = 60, host: str = "ada", **extra: Any) -> Meeting:
    return Meeting.from_json(
        {
            "id": mid,
            "topic": f"M{mid}",
            "type": extra.pop("type", 2),
            "host_id": host,
            "start_time": start,
            "duration": duration,
            "timezone": "UTC",
            **extra,
        }
    )


def pairs(conflicts: list[Any]) -> list[tuple[int, int]]:
    return [(c.first.meeting.id, c.second.meeting.id) for c in conflicts]


def test_overlapping_meetings_of_one_host_are_a_conflict_and_back_to_back_ones_are_not():
    found = host_conflicts(
        [
            meeting(1, "2026-12-01T09:00:00Z"),
            meeting(2, "2026-12-01T09:30:00Z"),
            meeting(3, "2026-12-01T10:30:00Z"),  # starts as 2 ends: not an overlap
        ],
        *WEEK,
    )
    assert pairs(found) == [(1, 2)]
    [conflict] = found
    assert conflict.host_id == "ada" and conflict.severity == "warning"
    assert (conflict.start.hour, conflict.start.minute, conflict.end.hour) == (9, 30, 10)
    assert conflict.to_json()["second"]["start_time"] == "2026-12-01T09:30:00Z"


def test_other_hosts_and_alternative_hosts_are_not_conflicts():
    alternative = {"settings": {"alternative_hosts": "ada@example.com"}}
    found = host_conflicts(
        [
            meeting(1, "2026-12-01T09:00:00Z", host="ada"),
            meeting(2, "2026-12-01T09:00:00Z", host="bob", **alternative),
        ],
        *WEEK,
    )
    assert found == []


def test_an_occurrence_of_a_series_overlapping_a_meeting_names_the_occurrence():
    standup = meeting(
        10,
        "2026-11-30T09:00:00Z",
        30,
        type=8,
        recurrence={"type": 1, "end_times": 5},
    )
    found = host_conflicts([standup, meeting(2, "2026-12-02T09:15:00Z")], *WEEK)
    [conflict] = found
    assert conflict.first.meeting.id == 10
    assert conflict.first.occurrence_id == str(
        int(datetime(2026, 12, 2, 9, tzinfo=UTC).timestamp()) * 1000
    )
    assert "occurrence" in conflict.describe(2)


def test_with_concurrent_meetings_allowed_an_overlap_is_information():
    found = host_conflicts(
        [meeting(1, "2026-12-01T09:00:00Z"), meeting(2, "2026-12-01T09:00:00Z")],
        *WEEK,
        concurrent_allowed=True,
    )
    assert [c.severity for c in found] == ["info"]


def test_three_way_overlap_lists_each_pair_once():
    found = host_conflicts([meeting(i, "2026-12-01T09:00:00Z") for i in (1, 2, 3)], *WEEK)
    assert sorted(pairs(found)) == [(1, 2), (1, 3), (2, 3)]


def test_list_marks_name_one_partner_each_without_listing_every_pair():
    from zoomdesk.core.conflicts import first_overlaps
    from zoomdesk.core.occurrences import slots_in_range

    stacked = [meeting(i, "2026-12-01T09:00:00Z") for i in range(1, 201)]  # 19,900 pairs
    others = [meeting(500, "2026-12-02T09:00:00Z"), meeting(501, "2026-12-02T10:00:00Z")]
    marks = first_overlaps(slots_in_range([*stacked, *others], *WEEK))
    assert set(marks) == set(range(1, 201))  # back-to-back 500 and 501 are not marked
    assert all(mid in (c.first.meeting.id, c.second.meeting.id) for mid, c in marks.items())
    long_one = meeting(600, "2026-12-03T08:00:00Z", 240)
    inside = meeting(601, "2026-12-03T09:00:00Z", 30)
    after = meeting(602, "2026-12-03T11:00:00Z", 30)  # inside the long one, after the short
    assert set(first_overlaps(slots_in_range([long_one, inside, after], *WEEK))) == {600, 601, 602}


def test_conflicts_of_a_changed_meeting_ignore_its_own_old_copy_and_other_pairs():
    changed = meeting(1, "2026-12-01T09:00:00Z")
    others = [
        meeting(1, "2026-12-01T09:00:00Z"),  # its own copy in the list
        meeting(2, "2026-12-01T09:30:00Z"),
        meeting(3, "2026-12-03T09:00:00Z"),
        meeting(4, "2026-12-03T09:00:00Z"),  # 3 and 4 clash, but not with the changed one
    ]
    assert pairs(conflicts_of(changed, others)) == [(1, 2)]


def test_find_conflicts_reports_a_plans_overlaps_with_existing_meetings_and_within_the_plan():
    existing = [meeting(7, "2026-12-01T09:00:00Z", host="ada")]
    plan = [
        ("ada", MeetingDraft(topic="A", start=datetime(2026, 12, 1, 9, 30), timezone="UTC")),
        ("bob", MeetingDraft(topic="B", start=datetime(2026, 12, 2, 9, 0), timezone="UTC")),
        (
            "bob",
            MeetingDraft(
                topic="C",
                type=MeetingType.RECURRING_FIXED_TIME,
                start=datetime(2026, 11, 30, 9, 0),
                timezone="UTC",
                recurrence=Recurrence.from_json({"type": 1, "end_times": 3}),
            ),
        ),
    ]
    found = find_conflicts(existing, plan)
    assert [
        (c.host_id, c.first.draft_index, c.first.meeting.id, c.second.draft_index) for c in found
    ] == [("ada", None, 7, 0), ("bob", 1, 0, 2)]


# --- the command line (a subprocess against the sandbox over loopback) ------------------------


def test_the_cli_warns_on_an_overlap_it_creates_and_conflicts_lists_the_pair(zoom_env, sandbox):
    import json

    from tests.core.test_cli import zoomdesk

    owner = sandbox.state.users[0]["email"]

    def create(topic: str, start: str, duration: str = "60") -> Any:
        return zoomdesk(
            "meetings", "create", "--user", owner, "--topic", topic, "--start", start,
            "--timezone", "UTC", "--duration", duration, "--json", env=zoom_env,
        )  # fmt: skip

    first = create("Board", "2027-02-01T09:00")
    assert first.returncode == 0 and "warning" not in first.stderr
    clean = zoomdesk(
        "meetings", "conflicts", "--user", owner, "--from", "2027-02-01", "--to", "2027-02-07",
        env=zoom_env,
    )  # fmt: skip
    assert clean.returncode == 0, clean.stderr
    assert "No overlaps" in clean.stdout

    second = create("Budget", "2027-02-01T09:30")
    assert second.returncode == 0  # the exit code is unchanged by the warning
    board, budget = json.loads(first.stdout)["id"], json.loads(second.stdout)["id"]
    [warning] = second.stderr.strip().splitlines()
    assert warning.startswith("warning: overlaps “Board”") and str(board) in warning

    listed = zoomdesk(
        "meetings", "conflicts", "--user", owner, "--from", "2027-02-01", "--to", "2027-02-07",
        env=zoom_env,
    )  # fmt: skip
    assert listed.returncode == 1, listed.stderr
    [line] = listed.stdout.strip().splitlines()
    assert str(board) in line and str(budget) in line and "2027-02-01T09:30:00Z" in line

    as_json = zoomdesk(
        "meetings", "conflicts", "--all-users", "--from", "2027-02-01", "--to", "2027-02-01",
        "--json", env=zoom_env,
    )  # fmt: skip
    assert as_json.returncode == 1
    [pair] = json.loads(as_json.stdout)
    assert (pair["first"]["meeting_id"], pair["second"]["meeting_id"]) == (board, budget)
    assert pair["first"]["end_time"] == "2027-02-01T10:00:00Z"
    assert pair["host_email"] == owner

    allowed = zoomdesk(
        "meetings", "conflicts", "--user", owner, "--from", "2027-02-01",
        "--concurrent-meetings-allowed", env=zoom_env,
    )  # fmt: skip
    assert allowed.returncode == 0 and allowed.stdout.startswith("info")

    # Moving it away is an update that makes no overlap: no warning; back onto it: a warning.
    moved = zoomdesk("meetings", "update", str(budget), "--start", "2027-02-01T11:00",
                     "--timezone", "UTC", env=zoom_env)  # fmt: skip
    assert moved.returncode == 0 and "warning" not in moved.stderr
    agenda = zoomdesk("meetings", "update", str(budget), "--agenda", "x", env=zoom_env)
    assert agenda.returncode == 0 and agenda.stderr == ""
    earlier = zoomdesk("meetings", "update", str(budget), "--start", "2027-02-01T07:00",
                       "--timezone", "UTC", env=zoom_env)  # fmt: skip
    assert earlier.returncode == 0 and earlier.stderr == ""  # 07:00-08:00
    back = zoomdesk("meetings", "update", str(budget), "--duration", "150", env=zoom_env)
    assert back.returncode == 0 and back.stderr.startswith("warning: overlaps")


def test_conflicts_usage_errors_are_exit_2(zoom_env):
    from tests.core.test_cli import zoomdesk

    assert zoomdesk("meetings", "conflicts", env=zoom_env).returncode == 2
    bad = zoomdesk("meetings", "conflicts", "--user", "me", "--from", "soon", env=zoom_env)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_the_cli_finds_an_occurrence_of_a_listed_series_and_names_it(zoom_env, sandbox, harness):
    import json

    from tests.core.test_cli import zoomdesk

    owner = sandbox.state.users[0]

    async def make_series(h: Any) -> Any:
        draft = MeetingDraft(
            topic="Stand-up",
            type=MeetingType.RECURRING_FIXED_TIME,
            start=datetime(2027, 3, 1, 9, 0),
            timezone="UTC",
            duration=30,
            recurrence=Recurrence.from_json({"type": 1, "end_times": 5}),
        )
        return await h.client.create_meeting(owner["id"], draft.create_body())

    series = harness(make_series)
    third = series.occurrences[2]
    created = zoomdesk(
        "meetings", "create", "--user", owner["email"], "--topic", "Dentist", "--start",
        "2027-03-03T09:15", "--timezone", "UTC", "--duration", "30", env=zoom_env,
    )  # fmt: skip
    assert created.returncode == 0
    assert f"occurrence {third.occurrence_id}" in created.stderr
    listed = zoomdesk(
        "meetings", "conflicts", "--user", owner["id"], "--from", "2027-03-01", "--to",
        "2027-03-05", "--json", env=zoom_env,
    )  # fmt: skip
    assert listed.returncode == 1
    [pair] = json.loads(listed.stdout)
    assert pair["first"]["meeting_id"] == series.id
    assert pair["first"]["occurrence_id"] == third.occurrence_id
    assert pair["first"]["start_time"] == "2027-03-03T09:00:00Z"
    backwards = zoomdesk(
        "meetings", "conflicts", "--user", "me", "--from", "2027-03-05", "--to", "2027-03-01",
        env=zoom_env,
    )  # fmt: skip
    assert backwards.returncode == 2 and "before" in backwards.stderr
    assert "Traceback" not in backwards.stderr
