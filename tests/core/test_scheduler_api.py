"""Host settings, passcode rules, invitations, registrants and tracking fields through the client,
over loopback against the sandbox: what each call sends, Zoom's limits (30 per status change or
batch, paging), and what happens without the scope for it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from tests.core.conftest import Harness
from zoomdesk.core import scheduler_api
from zoomdesk.core.diagnosis import diagnose
from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.errors import DraftInvalid, ZoomDeskError
from zoomdesk.core.host_defaults import (
    ZOOM_DEFAULT_RULES,
    HostDefaultsCache,
    PasscodeRules,
    generate_passcode,
    passcode_problems,
)
from zoomdesk.core.meeting_service import MeetingService
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.core.models import MeetingType
from zoomdesk.core.registrant_import import import_registrants, read_registrants
from zoomdesk.core.scopes import describe_missing, missing_scopes, need_for
from zoomdesk.sandbox import user_settings as sandbox_rules
from zoomdesk.sandbox.faults import Fault
from zoomdesk.sandbox.state import DEFAULT_SCOPES


def user(sandbox: Any, first: str) -> str:
    return next(str(u["id"]) for u in sandbox.state.users if u["first_name"] == first)


def meeting_id(sandbox: Any, topic: str) -> int:
    return next(m["id"] for m in sandbox.state.meetings.values() if m["topic"] == topic)


def without(sandbox: Any, *scopes: str) -> None:
    sandbox.state.scopes = tuple(s for s in DEFAULT_SCOPES if s not in scopes)


def sent(sandbox: Any, method: str, tail: str) -> list[Any]:
    return [r for r in sandbox.requests if r.method == method and r.path.endswith(tail)]


# --- host defaults and passcode rules ----------------------------------------------------------


def test_a_hosts_defaults_come_from_their_own_zoom_settings_once_per_session(harness, sandbox):
    async def body(h: Harness) -> Any:
        cache = HostDefaultsCache(h.client)
        first = await cache.get(user(sandbox, "Daiki"), "Daiki Tanaka")
        again = await cache.get(user(sandbox, "Daiki"), "Daiki Tanaka")
        return first, again

    first, again = harness(body)
    assert again is first
    assert len(sent(sandbox, "GET", "/settings")) == 2  # settings + authentication, once
    assert first.note == "Defaults from Daiki Tanaka's Zoom settings"
    assert first.settings["waiting_room"] is True and first.settings["host_video"] is True
    assert first.settings["auto_recording"] == "cloud"
    assert first.settings["join_before_host"] is False
    assert first.rules == PasscodeRules(length=8, have_letter=True, have_number=True)
    assert not passcode_problems(first.new_passcode(), first.rules)


def test_without_the_settings_scope_zooms_documented_defaults_are_used_and_said(harness, sandbox):
    without(sandbox, "user:read:settings:admin")

    async def body(h: Harness) -> Any:
        return await HostDefaultsCache(h.client).get(user(sandbox, "Chiara"))

    found = harness(body)
    assert not found.from_host and found.rules == ZOOM_DEFAULT_RULES
    assert found.note.startswith("Zoom's documented defaults")
    assert "user:read:settings:admin" in found.note
    assert found.draft_settings()["waiting_room"] is False  # the schema's (Zoom's) default


def test_a_host_whose_settings_failed_to_load_is_asked_again_next_time(harness, sandbox):
    # Three failures: the client retries a GET's 503 twice before giving up.
    sandbox.faults.add(Fault(kind="status", status=503, path="/settings$", times=3))

    async def body(h: Harness) -> Any:
        cache = HostDefaultsCache(h.client)
        first = await cache.get(user(sandbox, "Bruno"))
        return first, await cache.get(user(sandbox, "Bruno"))

    first, second = harness(body)
    assert not first.from_host and "could not be read" in first.note
    assert second.from_host and second.rules.only_allow_numeric


@pytest.mark.parametrize("first", ["Avery", "Bruno", "Chiara", "Daiki"])
def test_generated_passcodes_meet_each_seeded_hosts_rules_as_zoom_checks_them(sandbox, first):
    stored = sandbox.state.user_settings[user(sandbox, first)]
    rules = PasscodeRules.from_settings(stored)
    zoom_rule = sandbox_rules.passcode_rule(stored)
    for _ in range(200):
        code = generate_passcode(rules)
        assert passcode_problems(code, rules) == [], code
        assert sandbox_rules.passcode_problem(code, zoom_rule) is None, code


def test_a_passcode_breaking_the_rules_is_refused_in_words():
    chiara = PasscodeRules(length=10, have_letter=True, have_number=True,
                           have_special_character=True, have_upper_and_lower_characters=True,
                           consecutive_characters_length=4)  # fmt: skip
    assert passcode_problems("", chiara) == [
        "The account requires a passcode; it cannot be removed."
    ]
    assert passcode_problems("abc", chiara) == [
        "The account requires at least 10 characters.",
        "The account requires a digit and one of @ - _ * and upper and lower case letters.",
    ]
    assert "consecutive" in passcode_problems("Ab1234_xyzQ", chiara)[0]
    assert passcode_problems("12345678", PasscodeRules(only_allow_numeric=True)) == []
    assert passcode_problems("12ab", PasscodeRules(only_allow_numeric=True)) == [
        "The account allows digits only."
    ]


def test_a_draft_and_an_update_breaking_the_rules_are_refused_before_anything_is_sent(
    harness, sandbox
):
    bruno = PasscodeRules(length=8, only_allow_numeric=True)
    start = datetime.now() + timedelta(days=2)
    draft = MeetingDraft(topic="Rules", start=start, timezone="Europe/Lisbon", password="abc12")
    assert [p.field for p in draft.problems(bruno)] == ["password", "password"]
    assert draft.problems() == []  # without the rules: only Zoom's own limits
    assert MeetingUpdate(password="").problems(rules=bruno)[0].message.endswith("removed.")
    before = len(sandbox.requests)

    async def body(h: Harness) -> None:
        await MeetingService(h.client).create(user(sandbox, "Bruno"), draft, rules=bruno)

    with pytest.raises(DraftInvalid, match="digits only"):
        harness(body)
    assert len(sandbox.requests) == before


# --- invitation, tracking fields, delete with notice -----------------------------------------


def test_the_invitation_is_zooms_own_text_with_dial_in_numbers(harness, sandbox):
    found = meeting_id(sandbox, "Quarterly review with Finance")

    async def body(h: Harness) -> str:
        return await h.client.get_invitation(found)

    text = harness(body)
    assert "One tap mobile" in text and "+1 555 010 0100" in text


def test_tracking_fields_are_listed_and_sent_on_create_and_update(harness, sandbox):
    start = datetime.now() + timedelta(days=3)
    draft = MeetingDraft(topic="Tracked", start=start, timezone="UTC",
                         tracking_fields=(("Cost centre", "Finance"),))  # fmt: skip

    async def body(h: Harness) -> Any:
        fields = await h.client.list_tracking_fields()
        service = MeetingService(h.client)
        created = await service.create("me", draft)
        baseline = await service.load(created.id)
        edited = baseline.draft.with_changes(
            tracking_fields=(("Cost centre", "IT"), ("Project code", "P-7"))
        )
        saved = await service.save(baseline, MeetingUpdate.diff(baseline.draft, edited))
        return fields, created, saved

    fields, created, saved = harness(body)
    assert [f["field"] for f in fields][:2] == ["Cost centre", "Project code"]
    assert fields[0]["required"] is True and "Finance" in fields[0]["recommended_values"]
    assert [(f["field"], f["value"]) for f in created.raw["tracking_fields"]] == [
        ("Cost centre", "Finance")
    ]
    assert MeetingDraft.from_meeting(saved).tracking_fields == (
        ("Cost centre", "IT"),
        ("Project code", "P-7"),
    )


def test_a_delete_with_notice_asks_zoom_to_email_host_and_registrants(harness, sandbox):
    found = meeting_id(sandbox, "Quarterly review with Finance")

    async def body(h: Harness) -> None:
        await h.client.delete_meeting(found, notify=True)

    harness(body)
    (deleted,) = sent(sandbox, "DELETE", f"/meetings/{found}")
    assert deleted.query == {"schedule_for_reminder": "true", "cancel_meeting_reminder": "true"}


# --- registrants -----------------------------------------------------------------------------


def test_registrants_page_through_next_page_token(harness, sandbox, monkeypatch):
    monkeypatch.setattr(scheduler_api, "REGISTRANT_PAGE", 10)
    found = meeting_id(sandbox, "Product demo for APAC")

    async def body(h: Harness) -> Any:
        return await h.client.list_registrants(found, "pending")

    pending = harness(body)
    assert len(pending) == 34 and len({r["id"] for r in pending}) == 34
    pages = sent(sandbox, "GET", "/registrants")
    assert len(pages) == 4 and all(p.query["page_size"] == "10" for p in pages)


def test_approving_many_registrants_goes_in_batches_of_30(harness, sandbox):
    found = meeting_id(sandbox, "Product demo for APAC")

    async def body(h: Harness) -> Any:
        pending = await h.client.list_registrants(found, "pending")
        calls = await h.client.set_registrant_status(
            found, "approve", [{"email": r["email"]} for r in pending]
        )
        return calls, await h.client.all_registrants(found)

    calls, everyone = harness(body)
    puts = sent(sandbox, "PUT", "/registrants/status")
    assert calls == 2 and [len(json.loads(p.body)["registrants"]) for p in puts] == [30, 4]
    assert sum(r["status"] == "approved" for r in everyone) == 34 + 8
    assert sum(r["status"] == "pending" for r in everyone) == 0


def test_one_registrant_is_added_shown_with_the_questions_and_removed(harness, sandbox):
    found = meeting_id(sandbox, "Product demo for APAC")

    async def body(h: Harness) -> Any:
        added = await h.client.add_registrant(
            found, {"email": "new.person@example.org", "first_name": "New"}
        )
        questions = await h.client.registration_questions(found)
        pending = await h.client.list_registrants(found, "pending")
        await h.client.delete_registrant(found, added["registrant_id"])
        after = await h.client.all_registrants(found)
        return added, questions, pending, after

    added, questions, pending, after = harness(body)
    assert added["join_url"] and "new.person@example.org" in [r["email"] for r in pending]
    assert [q["title"] for q in questions["custom_questions"]][1] == "How did you hear about us?"
    assert "new.person@example.org" not in [r["email"] for r in after]


def test_an_import_uses_batches_of_30_for_a_one_time_meeting_and_one_by_one_otherwise(
    harness, sandbox
):
    rows = "\n".join(f"guest{n}@import.example.org,Guest,{n}" for n in range(65))
    people = read_registrants("email,first_name,last_name\n" + rows)
    start = datetime.now() + timedelta(days=5)
    one_time = MeetingDraft(topic="Imported", start=start, timezone="UTC",
                            settings={"approval_type": 0})  # fmt: skip

    async def body(h: Harness) -> Any:
        created = await MeetingService(h.client).create("me", one_time)
        batch = await import_registrants(h.client, created.id, created.type, people)
        series = meeting_id(sandbox, "Monthly board briefing")  # recurring, with registration
        single = await import_registrants(
            h.client, series, MeetingType.RECURRING_FIXED_TIME, people[:3]
        )
        return batch, single

    batch, single = harness(body)
    assert batch.requests == 3 and len(batch.registered) == 65 and not batch.failed
    batches = sent(sandbox, "POST", "/batch_registrants")
    assert [len(json.loads(r.body)["registrants"]) for r in batches] == [30, 30, 5]
    assert single.requests == 3 and len(single.registered) == 3


def test_a_csv_with_bad_rows_is_refused_naming_each_line():
    with pytest.raises(DraftInvalid) as refused:
        read_registrants("email,first_name,shoe_size\nnot-an-email,Ann,40\nb@example.org,,41\n")
    text = str(refused.value)
    assert "shoe_size" in text
    with pytest.raises(DraftInvalid) as refused:
        read_registrants("email,first_name\nnot-an-email,Ann\nb@example.org,\nb@example.org,B\n")
    text = str(refused.value)
    assert "line 2" in text and "line 3: first_name is empty" in text and "twice" in text


# --- scopes and diagnoses --------------------------------------------------------------------


def test_scopes_of_the_new_operations_are_optional_and_named_per_operation():
    granular = list(DEFAULT_SCOPES)
    assert missing_scopes(granular) == {}
    assert missing_scopes([s for s in granular if "registrant" not in s]) == {}
    lacking = [s for s in granular if s != "meeting:update:registrant_status:admin"]
    assert missing_scopes(lacking, optional=True) == {
        "approve or deny registrants": ["meeting:update:registrant_status:admin"]
    }
    assert "approve or deny registrants: meeting:update:registrant_status:admin" in (
        describe_missing(lacking)
    )
    need = need_for("PUT", "/v2/meetings/123/registrants/status")
    assert need is not None and need.classic == "meeting:write:admin"


def test_a_refused_registrant_call_is_diagnosed_in_words(harness, sandbox):
    no_registration = meeting_id(sandbox, "Quarterly review with Finance")

    async def body(h: Harness) -> Any:
        with pytest.raises(ZoomDeskError):
            await h.client.list_registrants(no_registration)
        return list(h.log)[-1]

    found = diagnose(harness(body))
    assert found.findings[0].code == "registration-off"
    assert "approval_type=0" in found.findings[0].fix


def test_a_missing_scope_for_the_invitation_names_the_operation(harness, sandbox):
    without(sandbox, "meeting:read:invitation:admin")
    found = meeting_id(sandbox, "Quarterly review with Finance")

    async def body(h: Harness) -> Any:
        with pytest.raises(ZoomDeskError):
            await h.client.get_invitation(found)
        return list(h.log)[-1]

    finding = diagnose(harness(body), granted_scopes=sandbox.state.scopes).findings[0]
    assert finding.code == "missing-scopes"
    assert (
        "get invitation" in finding.title and "meeting:read:invitation:admin" in finding.explanation
    )
