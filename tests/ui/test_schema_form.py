"""The form's option rows are built from the meeting schema: every setting has a row and an
input, shows Zoom's value, and sends what the user set; the schema's rules drive the widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from tests.core.test_meeting_schema import meeting_type_for, other_value, prerequisites
from tests.ui.meeting_form_kit import Kit, type_text
from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.meeting_schema import Applies
from zoomdesk.core.models import MeetingType
from zoomdesk.ui.form_fields import select_data
from zoomdesk.ui.meeting_options import MeetingOptions, set_input_value


@pytest.fixture
def kit(qtbot: Any, qloop: Any, sandbox: Any) -> Any:
    k = Kit(sandbox, qtbot)
    yield k
    k.close()


@pytest.mark.parametrize("spec", [pytest.param(s, id=s.name) for s in schema.SETTINGS])
def test_every_setting_has_a_row_shows_zooms_value_and_sends_the_users(spec, kit, qtbot):
    value = other_value(spec)
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, f"Setting {spec.name}")
    options = form.fields.options
    assert form.fields.row_for(spec.key) is not None
    select_data(form.fields.type_combo, int(meeting_type_for(spec)))
    for name, needed in prerequisites(spec).items():
        set_input_value(options.inputs[name], needed)
    assert options.inputs[spec.name].isEnabled(), options.why_disabled(spec)
    set_input_value(options.inputs[spec.name], value)
    assert form.current_draft().settings[spec.name] == value
    assert form.save_button.isEnabled(), form.reason_label.text()
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    meeting = saved.args[0]
    assert kit.stored(meeting.id)["settings"][spec.name] == value

    shown = MeetingOptions()
    qtbot.addWidget(shown)
    shown.load("", {**prerequisites(spec), spec.name: value})
    assert shown.settings()[spec.name] == value


def test_a_setting_zoom_did_not_send_shows_zooms_default(qtbot: Any):
    options = MeetingOptions()
    qtbot.addWidget(options)
    options.load("", {})
    sent = options.settings()
    for spec in schema.SETTINGS:
        if not spec.requires:
            assert sent.get(spec.name) == spec.default, spec.name


def test_one_occurrence_leaves_editable_only_what_zoom_lets_it_change(qtbot: Any):
    options = MeetingOptions()
    qtbot.addWidget(options)
    options.load("", {"join_before_host": True})
    options.set_occurrence_mode()
    for spec in schema.SETTINGS:
        assert options.inputs[spec.name].isEnabled() == spec.applies_to(Applies.OCCURRENCE), (
            spec.name
        )
    assert not options.password_edit.isEnabled()


def test_a_setting_disabled_by_another_is_given_back_when_that_one_goes_off(qtbot: Any):
    options = MeetingOptions()
    qtbot.addWidget(options)
    options.load("", {"join_before_host": True, "jbh_time": 5})
    options.show()
    qtbot.waitExposed(options)
    waiting, jbh = options.inputs["waiting_room"], options.inputs["join_before_host"]
    assert isinstance(waiting, QCheckBox) and isinstance(jbh, QCheckBox)
    qtbot.mouseClick(waiting, Qt.MouseButton.LeftButton)
    assert not jbh.isChecked() and not jbh.isEnabled()
    assert "jbh_time" not in options.settings()  # sent only with join before host
    assert "waiting room" in options.row_for("settings.join_before_host").hint
    qtbot.mouseClick(waiting, Qt.MouseButton.LeftButton)
    assert jbh.isChecked() and options.settings()["jbh_time"] == 5


def test_rarely_used_settings_sit_in_an_advanced_group_that_opens_on_demand(qtbot: Any):
    options = MeetingOptions()
    qtbot.addWidget(options)
    options.show()
    qtbot.waitExposed(options)
    advanced = [s for s in schema.SETTINGS if s.section == "advanced"]
    assert {"use_pmi", "encryption_type", "global_dial_in_countries"} <= {s.name for s in advanced}
    assert not options.advanced_box.isVisible()
    qtbot.mouseClick(options.advanced_toggle, Qt.MouseButton.LeftButton)
    assert options.advanced_box.isVisible()
    assert all(options.advanced_box.isAncestorOf(options.inputs[s.name]) for s in advanced)


def test_each_setting_that_is_off_says_why(qtbot: Any):
    options = MeetingOptions()
    qtbot.addWidget(options)
    options.load("", {"approval_type": 2, "meeting_authentication": False})
    options.set_meeting_type(MeetingType.RECURRING_FIXED_TIME)
    use_pmi = options.row_for("settings.use_pmi")
    assert not options.inputs["use_pmi"].isEnabled()
    assert "One-time meeting" in use_pmi.hint  # the types it is for
    assert not options.inputs["contact_email"].isEnabled()
    assert "registration" in options.row_for("settings.contact_email").hint.lower()
    assert "Only signed-in users" in options.row_for("settings.authentication_option").hint

    set_input_value(options.inputs["approval_type"], 0)
    set_input_value(options.inputs["meeting_authentication"], True)
    assert options.inputs["contact_email"].isEnabled()
    assert options.inputs["authentication_option"].isEnabled()
    assert options.settings()["registration_type"] == 1  # sent once registration is on

    options.set_host_locks({"waiting_room": "The account requires a waiting room."})
    assert not options.inputs["waiting_room"].isEnabled()
    assert options.row_for("settings.waiting_room").hint == "The account requires a waiting room."

    options.set_occurrence_mode()
    assert "whole series" in options.row_for("settings.encryption_type").hint


def test_dial_in_countries_left_empty_are_not_sent_so_zoom_keeps_the_accounts(qtbot: Any):
    options = MeetingOptions()
    qtbot.addWidget(options)
    options.load("", {"global_dial_in_countries": ["US", "DE"]})
    assert options.settings()["global_dial_in_countries"] == ["US", "DE"]
    set_input_value(options.inputs["global_dial_in_countries"], "")
    assert "global_dial_in_countries" not in options.settings()


def test_a_new_meeting_sends_only_the_settings_the_user_changed(kit, qtbot):
    """The rest are left to Zoom, which applies the host's and the account's own defaults."""
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Only what I chose")
    qtbot.mouseClick(form.fields.options.inputs["mute_upon_entry"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    body = kit.bodies("POST", "/v2/users/")[-1]
    assert body["settings"] == {"mute_upon_entry": True}


def test_every_alt_letter_of_the_meeting_form_reaches_one_field(kit, qtbot):
    from tests.ui.a11y_kit import mnemonics

    form = kit.open_form()
    form.fields.options.advanced_toggle.setChecked(True)  # the rarely used ones shown too
    qtbot.waitUntil(form.fields.options.advanced_box.isVisible)
    shared = {key: texts for key, texts in mnemonics(form).items() if len(texts) > 1}
    assert shared == {}
