"""EditState without Qt: defaults that arrive after the form opened (the host's own) become the
unchanged state, so a create sends only what the user changed, and added checks join
validation."""

from __future__ import annotations

from datetime import UTC, datetime

from zoomdesk.core.drafts import MeetingDraft
from zoomdesk.core.edit_state import EditState
from zoomdesk.core.errors import FieldError


def test_rebased_defaults_are_not_sent_as_the_users_changes():
    state = EditState(editing=False, occurrence=False)
    opened = MeetingDraft(topic="T", settings={"waiting_room": False, "mute_upon_entry": False})
    state.load(opened, "host", show_all=False)
    state.update(opened.with_changes(settings={**opened.settings, "mute_upon_entry": True}), "host")
    edited, typed = state.edited_settings()
    assert edited == {"mute_upon_entry": True} and typed is None
    host = {"waiting_room": True, "mute_upon_entry": False}
    state.rebase(host, "2468")
    state.update(state.draft.with_changes(settings={**host, **edited}, password="2468"), "host")
    assert state.to_create(None).settings == {"mute_upon_entry": True}
    assert state.to_create(None).password == "2468"


def test_an_added_check_joins_the_problems():
    state = EditState(editing=False, occurrence=False)
    state.load(MeetingDraft(topic="T", start=datetime(2099, 1, 1, 9)), "host", show_all=True)
    state.checks.append(lambda s: [FieldError("password", "Digits only.")])
    problems = state.revalidate(datetime(2026, 1, 1, tzinfo=UTC))
    assert FieldError("password", "Digits only.") in problems
