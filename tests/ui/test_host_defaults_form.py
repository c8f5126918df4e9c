"""The meeting form starts a new meeting from its host's own Zoom settings, checks the passcode
against the account's rules and generates one that meets them, over loopback to the sandbox
(whose users have different settings and passcode rules)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.meeting_form_kit import WAIT, Kit, settled, type_text
from zoomdesk.sandbox.state import DEFAULT_SCOPES
from zoomdesk.ui.host_defaults_view import NO_SCOPE_NOTE


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def user(kit: Kit, first_name: str) -> Any:
    return next(u for u in kit.users if u.first_name == first_name)


def choose_host(kit: Kit, form: Any, first_name: str) -> None:
    combo = form.fields.host_combo
    combo.setCurrentIndex(combo.findData(user(kit, first_name).id))
    kit.qtbot.waitUntil(lambda: settled(form), timeout=WAIT)


def test_a_new_meeting_starts_from_the_hosts_settings_and_sends_them_as_zoom_would(kit, qtbot):
    daiki = user(kit, "Daiki")
    form = kit.open_form(host_id=daiki.id)
    options = form.fields.options
    assert form.host_defaults.note.text() == "Defaults from Daiki Tanaka's Zoom settings"
    assert options.inputs["waiting_room"].isChecked()
    assert options.inputs["host_video"].isChecked()
    assert options.inputs["auto_recording"].currentData() == "cloud"
    assert not form.is_dirty()  # the host's defaults are the unchanged state
    type_text(qtbot, form.fields.topic_edit, "Host defaults")
    qtbot.mouseClick(options.inputs["mute_upon_entry"], Qt.MouseButton.LeftButton)
    kit.save(form)
    [body] = kit.bodies("POST", f"/v2/users/{daiki.id}/meetings")
    # Only what the user changed; Zoom applies the host's own defaults to the rest.
    assert body["settings"] == {"mute_upon_entry": True}
    assert body["password"] and not form.host_defaults.defaults.rules.only_allow_numeric


def test_changing_the_host_applies_the_new_hosts_defaults_but_keeps_what_the_user_set(kit, qtbot):
    form = kit.open_form(host_id=user(kit, "Daiki").id)
    options = form.fields.options
    qtbot.mouseClick(options.inputs["mute_upon_entry"], Qt.MouseButton.LeftButton)
    choose_host(kit, form, "Bruno")
    assert not options.inputs["waiting_room"].isChecked()  # Bruno keeps Zoom's default
    assert not options.inputs["host_video"].isChecked()
    assert options.inputs["mute_upon_entry"].isChecked()  # touched: kept
    assert "Bruno" in form.host_defaults.note.text()


def test_digits_only_rules_drive_the_passcode_check_and_the_generate_button(kit, qtbot):
    form = kit.open_form(host_id=user(kit, "Bruno").id)
    options = form.fields.options
    assert options.password().isdigit() and len(options.password()) >= 8
    type_text(qtbot, form.fields.topic_edit, "Digits only")
    type_text(qtbot, options.password_edit, "abc12345")
    assert form.fields.row_for("password").error == "The account allows digits only."
    assert not form.save_button.isEnabled()
    for _ in range(5):
        qtbot.mouseClick(options.generate_button, Qt.MouseButton.LeftButton)
        assert options.password().isdigit() and len(options.password()) >= 8
    assert not form.fields.row_for("password").error
    assert form.save_button.isEnabled()


def test_a_passcode_the_account_requires_cannot_be_removed(kit, qtbot):
    form = kit.open_form(host_id=user(kit, "Chiara").id)
    type_text(qtbot, form.fields.topic_edit, "Required passcode")
    type_text(qtbot, form.fields.options.password_edit, "")
    error = form.fields.row_for("password").error
    assert error == "The account requires a passcode; it cannot be removed."
    assert "passcode" in form.reason_label.text()


def test_without_the_scope_the_form_uses_zooms_defaults_and_says_why_once(sandbox, qtbot, qloop):
    sandbox.state.scopes = tuple(s for s in DEFAULT_SCOPES if "settings" not in s)
    kit = Kit(sandbox, qtbot)
    try:
        form = kit.open_form(host_id=user(kit, "Daiki").id)
        assert form.host_defaults.note.text() == NO_SCOPE_NOTE
        assert not form.fields.options.inputs["waiting_room"].isChecked()
        form.host_defaults.note.hide()
        choose_host(kit, form, "Bruno")
        assert form.host_defaults.note.isHidden()  # said once
        settings_reads = kit.requests("GET", f"/v2/users/{user(kit, 'Daiki').id}/settings")
        assert len(settings_reads) == 1
    finally:
        kit.close()


def test_host_settings_are_read_once_per_host_for_the_session(kit, qtbot):
    from zoomdesk.core.host_defaults import HostDefaultsCache

    cache = HostDefaultsCache(kit.client)
    daiki = user(kit, "Daiki")
    for _ in range(2):
        form = kit.open_form(host_id=daiki.id, host_defaults=cache)
        assert form.fields.options.inputs["waiting_room"].isChecked()
        form.done(0)
    assert len(kit.requests("GET", f"/v2/users/{daiki.id}/settings")) == 2  # main + auth option


def test_an_edit_keeps_a_passcode_older_than_the_rules_but_checks_a_new_one(kit, qtbot):
    bruno = user(kit, "Bruno")
    body = {"topic": "Old passcode", "type": 2, "start_time": "2030-01-07T09:00:00",
            "timezone": "Europe/Lisbon", "duration": 30, "password": "12345678"}  # fmt: skip
    meeting = kit.run(kit.client.create_meeting(bruno.id, body))
    kit.sandbox.state.meetings[meeting.id]["password"] = "abc-1234"  # set before the rule
    form = kit.open_form(meeting=meeting)
    options = form.fields.options
    assert options.password() == "abc-1234" and not form.fields.row_for("password").error
    type_text(qtbot, form.fields.agenda_edit, "Still saves")
    assert form.save_button.isEnabled()
    type_text(qtbot, options.password_edit, "abc-9999")
    assert form.fields.row_for("password").error == "The account allows digits only."
    qtbot.mouseClick(options.generate_button, Qt.MouseButton.LeftButton)
    assert options.password().isdigit()
    assert form.save_button.isEnabled()
