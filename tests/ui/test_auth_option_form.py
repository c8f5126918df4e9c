"""The meeting form offers the host's own authentication options by name (read from the host's
Zoom settings), preselects the host's default for a new meeting, sends the chosen option's ID,
and shows it by name again when the meeting is reopened; over loopback to the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.meeting_form_kit import WAIT, Kit, settled, type_text
from zoomdesk.ui.meeting_options import input_value

OTHER_OPTION = "signIn_Zm9yX3RoaXNfYWNjb3VudA"  # the sandbox's "Sign in to Zoom with this account"


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def user(kit: Kit, first_name: str) -> Any:
    return next(u for u in kit.users if u.first_name == first_name)


def auth_settings(kit: Kit, first_name: str) -> dict[str, Any]:
    return kit.sandbox.state.user_settings[user(kit, first_name).id]["meeting_authentication"]


def option_input(form: Any) -> Any:
    return form.fields.options.inputs["authentication_option"]


def test_a_new_meeting_offers_the_hosts_options_by_name_with_the_default_chosen(kit):
    form = kit.open_form(host_id=user(kit, "Chiara").id)  # authentication on by default
    combo = option_input(form)
    names = [combo.itemText(i) for i in range(combo.count())]
    listed = [o["name"] for o in auth_settings(kit, "Chiara")["authentication_options"]]
    assert names == ["The host's default option", *listed]
    assert combo.isEditable() and combo.isEnabled()
    assert combo.currentText() == "Sign in to Zoom"
    assert combo.currentData() == "signIn_D8cJuqWVQ623CI4Q8yQK0Q"
    assert not form.is_dirty()  # the host's default is the unchanged state


def test_the_chosen_option_goes_to_zoom_by_id_and_comes_back_by_name(kit, qtbot):
    chiara = user(kit, "Chiara")
    form = kit.open_form(host_id=chiara.id)
    type_text(qtbot, form.fields.topic_edit, "Signed-in only")
    combo = option_input(form)
    combo.setCurrentIndex(combo.findData(OTHER_OPTION))
    meeting = kit.save(form)
    [body] = kit.bodies("POST", f"/v2/users/{chiara.id}/meetings")
    assert body["settings"]["authentication_option"] == OTHER_OPTION
    assert kit.stored(meeting.id)["settings"]["authentication_option"] == OTHER_OPTION
    reopened = kit.open_form(meeting=kit.run(kit.client.get_meeting(meeting.id)))
    combo = option_input(reopened)
    assert combo.currentText() == "Sign in to Zoom with this account"
    assert not reopened.is_dirty()


def test_an_id_the_list_does_not_show_can_be_typed(kit, qtbot):
    form = kit.open_form(host_id=user(kit, "Chiara").id)
    combo = option_input(form)
    type_text(qtbot, combo.lineEdit(), "signIn_hiddenOption0000000")
    assert form.fields.options.settings()["authentication_option"] == "signIn_hiddenOption0000000"
    assert form.is_dirty()


def test_the_option_row_says_to_turn_authentication_on_first(kit, qtbot):
    form = kit.open_form(host_id=user(kit, "Daiki").id)  # authentication off by default
    options = form.fields.options
    assert not option_input(form).isEnabled()
    assert options.row_for("settings.authentication_option").hint.startswith("Turn on")
    qtbot.mouseClick(options.inputs["meeting_authentication"], Qt.MouseButton.LeftButton)
    assert option_input(form).isEnabled()
    assert input_value(schema_spec(), option_input(form)) == "signIn_D8cJuqWVQ623CI4Q8yQK0Q"


def test_a_host_without_options_gets_a_disabled_row_that_says_why(kit, qtbot):
    auth_settings(kit, "Chiara")["authentication_options"] = []
    form = kit.open_form(host_id=user(kit, "Chiara").id)
    qtbot.waitUntil(lambda: settled(form), timeout=WAIT)
    combo = option_input(form)
    assert not combo.isEnabled() and combo.count() == 1
    hint = form.fields.options.row_for("settings.authentication_option").hint
    assert "no authentication profiles" in hint


def schema_spec() -> Any:
    from zoomdesk.core import meeting_schema

    return meeting_schema.spec("settings.authentication_option")


def test_without_a_default_option_the_hosts_default_option_is_shown(kit):
    for option in auth_settings(kit, "Chiara")["authentication_options"]:
        option["default_option"] = False
    form = kit.open_form(host_id=user(kit, "Chiara").id)
    combo = option_input(form)
    assert combo.count() == 4
    assert (combo.currentText(), combo.currentData()) == ("The host's default option", "")
