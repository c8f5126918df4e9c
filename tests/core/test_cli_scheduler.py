"""The CLI's contract for everything Zoom's own scheduler does (issue 11, section 6), run as a
script runs it: a subprocess against the sandbox over loopback. Exit 0 on success, 1 with one
line when Zoom refuses, 2 naming the reason (and nothing sent) for bad input."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar

from tests.core.test_cli import assert_clean_failure, zoomdesk
from zoomdesk.sandbox.state import DEFAULT_SCOPES


def day(days: int = 7) -> str:
    return f"{datetime.now() + timedelta(days=days):%Y-%m-%d}"


def stored(sandbox: Any, result: Any) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = sandbox.state.meetings[json.loads(result.stdout)["id"]]
    return found


def meeting_id(sandbox: Any, topic: str) -> str:
    return str(next(m["id"] for m in sandbox.state.meetings.values() if m["topic"] == topic))


def nothing_sent_by(sandbox: Any, run: Any) -> str:
    before = len(sandbox.requests)
    err = assert_clean_failure(run(), status=2)
    assert len(sandbox.requests) == before, "nothing was sent"
    return err


# --- meetings create / update / delete -------------------------------------------------------


def test_create_makes_a_weekly_series_with_settings_and_tracking_fields(zoom_env, sandbox):
    result = zoomdesk(
        "meetings", "create", "--user", "me", "--topic", "Team sync", "--repeat", "weekly",
        "--on-days", "mon,wed", "--times", "6", "--start", f"{day()}T10:00",
        "--timezone", "Europe/Berlin", "--set", "focus_mode=true",
        "--set", "global_dial_in_countries=US,DE", "--tracking-field", "Cost centre=IT",
        "--json", env=zoom_env,
    )  # fmt: skip
    meeting = stored(sandbox, result)
    assert json.loads(result.stdout)["recurrence"]["weekly_days"] == "2,4"  # Zoom's object
    assert meeting["type"] == 8
    assert meeting["recurrence"] == {"type": 2, "repeat_interval": 1, "weekly_days": "2,4",
                                     "end_times": 6}  # fmt: skip
    assert meeting["settings"]["focus_mode"] is True
    assert meeting["settings"]["global_dial_in_countries"] == ["US", "DE"]
    assert [(f["field"], f["value"]) for f in meeting["tracking_fields"]] == [("Cost centre", "IT")]


def test_create_monthly_by_week_and_no_fixed_time(zoom_env, sandbox):
    monthly = zoomdesk(
        "meetings", "create", "--user", "me", "--topic", "Board", "--repeat", "monthly",
        "--month-week", "last", "--month-weekday", "fri", "--until", day(120),
        "--start", f"{day()}T17:00", "--timezone", "Europe/Rome", "--json", env=zoom_env,
    )  # fmt: skip
    rec = stored(sandbox, monthly)["recurrence"]
    assert (rec["monthly_week"], rec["monthly_week_day"]) == (-1, 6)
    assert rec["end_date_time"].endswith("Z")
    anytime = zoomdesk(
        "meetings", "create", "--user", "me", "--topic", "Office hours", "--type",
        "no-fixed-time", "--json", env=zoom_env,
    )  # fmt: skip
    assert stored(sandbox, anytime)["type"] == 3


def test_a_body_file_is_the_start_and_flags_override_it(zoom_env, sandbox, tmp_path: Path):
    body = tmp_path / "body.json"
    body.write_text(json.dumps({
        "topic": "From a file", "type": 2, "start_time": f"{day()}T09:30:00",
        "timezone": "Asia/Tokyo", "duration": 45, "settings": {"mute_upon_entry": True},
        "tracking_fields": [{"field": "Project code", "value": "P-1"}],
    }))  # fmt: skip
    result = zoomdesk(
        "meetings", "create", "--user", "me", "--body", str(body), "--duration", "30",
        "--json", env=zoom_env,
    )  # fmt: skip
    meeting = stored(sandbox, result)
    assert meeting["topic"] == "From a file" and meeting["duration"] == 30
    assert meeting["timezone"] == "Asia/Tokyo" and meeting["settings"]["mute_upon_entry"] is True
    assert meeting["tracking_fields"][0]["value"] == "P-1"
    other_host = tmp_path / "other.json"
    other_host.write_text(json.dumps({"topic": "x", "schedule_for": "bruno.silva@example.com"}))
    err = nothing_sent_by(sandbox, lambda: zoomdesk(
        "meetings", "create", "--user", "me", "--body", str(other_host), env=zoom_env))  # fmt: skip
    assert "schedule_for" in err and "--user" in err


def test_invalid_combinations_exit_2_naming_the_reason_and_send_nothing(zoom_env, sandbox):
    def create(*extra: str) -> Any:
        return lambda: zoomdesk("meetings", "create", "--user", "me", "--topic", "Bad", *extra,
                                env=zoom_env)  # fmt: skip

    weekly = nothing_sent_by(sandbox, create("--repeat", "weekly", "--times", "3"))
    assert "weekday" in weekly and "--on-days" in weekly
    series_only = nothing_sent_by(sandbox, create("--set", "registration_type=2"))
    assert "Only for: Recurring meeting, fixed times" in series_only
    both = nothing_sent_by(sandbox, create("--repeat", "daily", "--times", "3", "--until", day()))
    assert "--until" in both and "--times" in both
    unknown = nothing_sent_by(sandbox, create("--set", "focusmode=true"))
    assert "focus_mode" in unknown
    half = nothing_sent_by(sandbox, create("--repeat", "monthly", "--month-week", "2"))
    assert "--month-weekday" in half
    country = nothing_sent_by(sandbox, create("--set", 'global_dial_in_countries=["usa"]'))
    assert "two capital letters" in country


def test_a_passcode_breaking_the_hosts_rules_exits_2_before_the_create(zoom_env, sandbox):
    result = zoomdesk(
        "meetings", "create", "--user", "bruno.silva@example.com", "--topic", "Digits",
        "--password", "abc12345", env=zoom_env,
    )  # fmt: skip
    err = assert_clean_failure(result, status=2)
    assert "digits only" in err
    assert not [r for r in sandbox.requests if r.method == "POST" and "/meetings" in r.path]
    via_set = zoomdesk(
        "meetings", "create", "--user", "bruno.silva@example.com", "--topic", "Digits",
        "--set", "passcode=12ab", env=zoom_env,
    )  # fmt: skip
    assert "digits only" in assert_clean_failure(via_set, status=2)
    fine = zoomdesk(
        "meetings", "create", "--user", "bruno.silva@example.com", "--topic", "Digits",
        "--password", "73915028", "--json", env=zoom_env,
    )  # fmt: skip
    assert stored(sandbox, fine)["password"] == "73915028"


def test_an_unknown_tracking_field_exits_2_naming_the_closest(zoom_env, sandbox):
    result = zoomdesk(
        "meetings", "create", "--user", "me", "--topic", "x", "--tracking-field",
        "Cost center=IT", env=zoom_env,
    )  # fmt: skip
    err = assert_clean_failure(result, status=2)
    assert "'Cost centre'" in err


def test_update_json_prints_the_meeting_after_the_update(zoom_env, sandbox):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    result = zoomdesk(
        "meetings", "update", target, "--topic", "Renamed", "--set", "private_meeting=true",
        "--json", env=zoom_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["topic"] == "Renamed" and shown["settings"]["private_meeting"] is True


def test_update_turns_a_meeting_into_a_series_with_its_start(zoom_env, sandbox):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    result = zoomdesk(
        "meetings", "update", target, "--repeat", "daily", "--times", "3", "--json", env=zoom_env
    )
    assert result.returncode == 0, result.stderr
    (patch,) = [r for r in sandbox.requests if r.method == "PATCH"]
    body = json.loads(patch.body)
    assert body["recurrence"] == {"type": 1, "repeat_interval": 1, "end_times": 3}
    assert body["start_time"] and body["timezone"]  # Zoom takes a recurrence only with them
    assert json.loads(result.stdout)["type"] == 8


def test_the_host_cannot_be_changed_and_a_passcode_the_account_needs_cannot_go(zoom_env, sandbox):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    bruno = "bruno.silva@example.com"
    err = nothing_sent_by(
        sandbox, lambda: zoomdesk("meetings", "update", target, "--user", bruno, env=zoom_env)
    )
    assert "host cannot change" in err
    removed = zoomdesk("meetings", "update", target, "--password", "", env=zoom_env)
    assert "cannot be removed" in assert_clean_failure(removed, status=2)
    assert not [r for r in sandbox.requests if r.method == "PATCH"]


def test_delete_notify_asks_zoom_to_email_everyone(zoom_env, sandbox):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    result = zoomdesk("meetings", "delete", target, "--notify", env=zoom_env)
    assert result.returncode == 0, result.stderr
    (delete,) = [r for r in sandbox.requests if r.method == "DELETE"]
    assert delete.query == {"schedule_for_reminder": "true", "cancel_meeting_reminder": "true"}


# --- invitation and calendar -----------------------------------------------------------------


def test_invitation_prints_zooms_text_or_zoomdesks_without_the_scope(zoom_env, sandbox):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    zooms = zoomdesk("meetings", "invitation", target, env=zoom_env)
    assert zooms.returncode == 0 and "One tap mobile" in zooms.stdout
    sandbox.state.scopes = tuple(s for s in DEFAULT_SCOPES if "invitation" not in s)
    own = zoomdesk("meetings", "invitation", target, env=zoom_env)
    assert own.returncode == 0, own.stderr
    assert "Meeting ID:" in own.stdout and "One tap mobile" not in own.stdout
    assert "meeting:read:invitation:admin" in own.stderr


def test_ics_sequence_counts_the_changes_zoomdesk_made(zoom_env, sandbox, tmp_path: Path):
    target = meeting_id(sandbox, "Weekly team sync")
    first = zoomdesk("meetings", "ics", target, env=zoom_env)
    assert first.returncode == 0, first.stderr
    (event,) = Calendar.from_ical(first.stdout).walk("VEVENT")
    assert event["SEQUENCE"] == 0 and "RRULE" in event
    for agenda in ("One", "Two"):
        assert (
            zoomdesk("meetings", "update", target, "--agenda", agenda, env=zoom_env).returncode == 0
        )
    out = tmp_path / "sync.ics"
    wrote = zoomdesk("meetings", "ics", target, "--output", str(out), env=zoom_env)
    assert wrote.returncode == 0, wrote.stderr
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert event["SEQUENCE"] == 2 and str(event["UID"]) == f"zoom-meeting-{target}@zoomdesk"
    assert out.read_bytes().count(b"\r\n") == out.read_bytes().count(b"\n")


# --- users settings, tracking fields, registrants --------------------------------------------


def test_users_settings_shows_the_hosts_defaults_and_passcode_rules(zoom_env, sandbox):
    text = zoomdesk("users", "settings", "chiara.rossi@example.com", env=zoom_env)
    assert text.returncode == 0, text.stderr
    assert "At least 10 characters." in text.stdout and "signIn_" in text.stdout
    raw = zoomdesk("users", "settings", "daiki.tanaka@example.com", "--json", env=zoom_env)
    assert json.loads(raw.stdout)["in_meeting"]["waiting_room"] is True


def test_tracking_fields_list_prints_zooms_objects(zoom_env, sandbox):
    result = zoomdesk("tracking-fields", "list", "--json", env=zoom_env)
    fields = json.loads(result.stdout)
    assert fields[0]["field"] == "Cost centre" and fields[0]["required"] is True
    text = zoomdesk("tracking-fields", "list", env=zoom_env).stdout
    assert "Cost centre" in text and "required" in text


def test_registrants_are_listed_approved_in_batches_denied_added_and_removed(zoom_env, sandbox):
    target = meeting_id(sandbox, "Product demo for APAC")
    listed = zoomdesk("registrants", "list", target, "--status", "pending", "--json", env=zoom_env)
    pending = [r["email"] for r in json.loads(listed.stdout)]
    assert len(pending) == 34
    approve = [arg for email in pending[:31] for arg in ("--email", email)]
    result = zoomdesk("registrants", "approve", target, *approve, env=zoom_env)
    assert result.returncode == 0 and "in 2 requests" in result.stdout
    denied = zoomdesk("registrants", "deny", target, "--email", pending[31], env=zoom_env)
    assert denied.returncode == 0, denied.stderr
    added = zoomdesk(
        "registrants", "add", target, "--email", "walk.in@example.org", "--first-name", "Walk",
        "--json", env=zoom_env,
    )  # fmt: skip
    assert json.loads(added.stdout)["registrant_id"]
    removed = zoomdesk("registrants", "remove", target, "--email", "walk.in@example.org",
                       env=zoom_env)  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    summary = zoomdesk("registrants", "list", target, env=zoom_env).stdout
    assert summary.strip().endswith("45 registrants: 2 pending, 39 approved, 4 denied.")
    missing = zoomdesk("registrants", "remove", target, "--email", "nobody@example.org",
                       env=zoom_env)  # fmt: skip
    assert "nobody@example.org" in assert_clean_failure(missing)


def test_registrants_import_a_csv_and_refuse_a_bad_one_before_sending(
    zoom_env, sandbox, tmp_path: Path
):
    target = meeting_id(sandbox, "Product demo for APAC")  # one-time: batch_registrants
    good = tmp_path / "people.csv"
    good.write_text("email,first_name,last_name,org\n" + "".join(
        f"p{n}@import.example.org,P,{n},Example\n" for n in range(40)))  # fmt: skip
    result = zoomdesk("registrants", "import", target, str(good), env=zoom_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Registered 40 of 40 in 2 requests."
    bad = tmp_path / "bad.csv"
    bad.write_text("email,first_name\nnot-an-email,Ann\n")
    err = nothing_sent_by(sandbox, lambda: zoomdesk(
        "registrants", "import", target, str(bad), env=zoom_env))  # fmt: skip
    assert "line 2" in err


def test_a_meeting_without_registration_is_refused_with_one_line(zoom_env, sandbox):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    result = zoomdesk("registrants", "list", target, env=zoom_env)
    assert "registration" in assert_clean_failure(result).lower()


def test_token_names_optional_scopes_per_operation_and_still_succeeds(zoom_env, sandbox):
    sandbox.state.scopes = tuple(s for s in DEFAULT_SCOPES if "registrant" not in s)
    result = zoomdesk("token", env=zoom_env)
    assert result.returncode == 0, result.stderr
    assert "All scopes zoomdesk needs are granted." in result.stdout
    assert "list registrants: meeting:read:list_registrants:admin" in result.stdout


def test_update_takes_a_json_body_of_only_what_changes(zoom_env, sandbox, tmp_path: Path):
    target = meeting_id(sandbox, "Quarterly review with Finance")
    body = tmp_path / "patch.json"
    body.write_text(json.dumps({"agenda": "From a patch", "settings": {"watermark": True}}))
    result = zoomdesk("meetings", "update", target, "--body", str(body), env=zoom_env)
    assert result.returncode == 0, result.stderr
    (patch,) = [r for r in sandbox.requests if r.method == "PATCH"]
    assert json.loads(patch.body) == {"agenda": "From a patch", "settings": {"watermark": True}}
