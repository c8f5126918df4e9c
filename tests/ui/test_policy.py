"""The IT policy in the desktop app (issue 19): a real policy file through ZOOMDESK_POLICY_FILE,
read at start; what it forbids is hidden or off with the reason, its preset profiles are in
the Profile menu, its locked settings are fixed in the form and in what is sent to Zoom."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox

from zoomdesk.core.errors import NetworkError
from zoomdesk.sandbox import Sandbox
from zoomdesk.ui.meeting_options import POLICY_LOCKED
from zoomdesk.ui.profile_menu import SANDBOX_ITEM

from .conftest import Desk
from .test_meeting_actions import wait_form


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """Write the policy IT deploys; the app reads it at start."""

    def write(text: str) -> Path:
        path = tmp_path / "policy.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("ZOOMDESK_POLICY_FILE", str(path))
        return path

    return write


def combo_items(desk: Desk) -> list[str]:
    combo = desk.window.profile_combo
    return [combo.itemText(i) for i in range(combo.count())]


def menu_items(desk: Desk) -> list[str]:
    desk.window.profile_menu.aboutToShow.emit()
    return [a.text() for a in desk.window.profile_menu.actions() if a.text()]


def test_a_policy_without_the_sandbox_hides_it_everywhere_and_refuses_the_flag(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    policy("allow_sandbox = false\n")
    desk = open_desk(sandbox=True)
    desk.wait(lambda: desk.window.current_page() == "welcome")
    assert "sandbox is turned off by your organisation's policy" in desk.banner_text()
    assert not desk.window.welcome_page.sandbox_button.isVisibleTo(desk.window)
    assert SANDBOX_ITEM not in combo_items(desk)
    assert SANDBOX_ITEM not in menu_items(desk)
    assert desk.app.sandbox is None, "never started"


def test_a_policy_without_user_profiles_turns_adding_one_off_with_the_reason(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    policy("allow_user_profiles = false\n")
    desk = open_desk()
    desk.wait(lambda: desk.window.current_page() == "welcome")
    add = desk.window.add_profile_action
    assert not add.isEnabled()
    assert "ask IT" in add.toolTip()
    connect = desk.window.welcome_page.connect_button
    assert not connect.isEnabled() and "ask IT" in connect.toolTip()
    desk.app.profiles.open_dialog(None)  # e.g. from a banner's "Add profile…"
    assert desk.app.profiles.dialog is None
    assert "Adding profiles is turned off" in desk.banner_text()


def test_preset_profiles_are_offered_and_connect_with_the_users_secret(
    open_desk: Callable[..., Desk],
    policy: Callable[[str], Path],
    sandbox: Sandbox,
    memory_keyring: Any,
) -> None:
    policy(
        "allow_user_profiles = false\n"
        "[[profiles]]\n"
        'name = "Acme"\n'
        'account_id = "sandbox-account"\n'
        'client_id = "sandbox-client-id"\n'
        f'oauth_url = "{sandbox.url}"\n'
    )
    memory_keyring.set_password("zoomdesk", "Acme", "sandbox-client-secret")
    desk = open_desk()
    desk.wait_loaded()
    assert desk.app.session is not None and desk.app.session.profile == "Acme"
    assert desk.topics()
    assert "Acme" in combo_items(desk)
    assert "Acme" in menu_items(desk)
    assert not desk.window.remove_profile_action.isEnabled(), "IT's profile stays"


def test_a_preset_profile_without_a_secret_asks_for_it(
    open_desk: Callable[..., Desk],
    policy: Callable[[str], Path],
    sandbox: Sandbox,
    memory_keyring: Any,
) -> None:
    policy(
        "[[profiles]]\n"
        'name = "Acme"\n'
        'account_id = "sandbox-account"\n'
        'client_id = "sandbox-client-id"\n'
        f'oauth_url = "{sandbox.url}"\n'
    )
    desk = open_desk()
    desk.wait(lambda: desk.banner_text() != "")
    assert desk.window.message_banner.action_button("Enter secret…") is not None
    desk.window.message_banner.action_button("Enter secret…").click()
    dialog = desk.app.profiles.dialog
    assert dialog is not None
    assert dialog.account_edit.text() == "sandbox-account"


def test_a_broken_policy_file_says_ask_it_and_keeps_the_restrictive_defaults(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    path = policy("allow_sandbox = nope\n")
    desk = open_desk()
    desk.wait(lambda: desk.window.current_page() == "welcome")
    banner = desk.window.policy_banner
    assert banner is not None and banner.isVisibleTo(desk.window)
    assert "policy is unreadable, ask IT" in banner.text()
    assert str(path) in banner.text() + banner.details
    assert not desk.window.welcome_page.sandbox_button.isVisibleTo(desk.window)
    assert not desk.window.add_profile_action.isEnabled()


def test_locked_settings_are_fixed_in_the_form_and_sent_to_zoom(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    policy("[locked_settings]\nwaiting_room = true\nmute_upon_entry = true\n")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.new_action.trigger()
    form = wait_form(desk)
    options = form.fields.options
    for name in ("waiting_room", "mute_upon_entry"):
        box = options.inputs[name]
        assert isinstance(box, QCheckBox)
        assert box.isChecked() and not box.isEnabled()
        assert options.why_disabled(next(s for s in options_specs() if s.name == name)) == (
            POLICY_LOCKED
        )
    row = options.row_for("settings.waiting_room")
    assert row is not None and POLICY_LOCKED in row.hint
    assert not form.is_dirty(), "a fresh form with locks asks nothing on close"

    form.fields.topic_edit.setText("Board meeting")
    with desk.qtbot.waitSignal(form.saved, timeout=15_000) as saved:
        form.save_button.click()
    meeting = saved.args[0]
    created = desk.run(desk.app.session.client.get_meeting(meeting.id))
    assert created.settings["waiting_room"] is True
    assert created.settings["mute_upon_entry"] is True


def options_specs() -> Any:
    from zoomdesk.core import meeting_schema

    return meeting_schema.SETTINGS


def test_editing_a_meeting_brings_a_locked_setting_in_line(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    policy("[locked_settings]\nmute_upon_entry = true\n")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.select(desk.topics()[0])
    desk.window.edit_action.trigger()
    form = wait_form(desk)
    box = form.fields.options.inputs["mute_upon_entry"]
    assert box.isChecked() and not box.isEnabled()


def test_the_policys_time_zone_is_the_default_for_new_meetings(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    policy('default_timezone = "Pacific/Auckland"\n')
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.new_action.trigger()
    form = wait_form(desk)
    assert form.fields.zone_picker.zone_id() == "Pacific/Auckland"


def test_allowed_hosts_limit_the_host_selector_and_the_list(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path]
) -> None:
    policy('allowed_hosts = ["avery.chen@example.com"]\n')
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    combo = desk.page.host_combo
    hosts = [combo.itemText(i) for i in range(combo.count())]
    assert any("avery.chen@example.com" in h for h in hosts)
    assert not any("bruno.silva@example.com" in h for h in hosts)
    users = desk.app.session.users
    assert [u.email for u in users] == ["avery.chen@example.com"]
    for meeting in desk.app.window.model.meetings():
        assert meeting.host_id == users[0].id


def test_unreachable_is_not_a_policy_matter() -> None:
    """A guard for the offline check the policy tests rely on being separate."""
    from zoomdesk.ui.offline import unreachable

    assert unreachable(NetworkError("connection refused", "refused"))


def test_offline_a_cache_from_before_the_policy_shows_only_the_allowed_hosts(
    open_desk: Callable[..., Desk], policy: Callable[[str], Path], memory_keyring: Any
) -> None:
    from .test_offline import add_work_profile, first_visit

    box = Sandbox().start()
    try:
        add_work_profile(box, memory_keyring)
        first, _topics = first_visit(open_desk)
        first.close()
        policy('allowed_hosts = ["avery.chen@example.com"]\n')
        box.stop()
        desk = open_desk(profile="Work")
        desk.wait(lambda: desk.app.meetings.offline.active)
        hosts = {desk.page.proxy.index(r, 3).data() for r in range(desk.page.proxy.rowCount())}
        assert hosts == {"Avery Chen"}
    finally:
        box.stop()
