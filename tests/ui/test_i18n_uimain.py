"""The main window in another language: under the pseudo-locale every text it shows (menus,
toolbar, list, status bar, banners, the welcome page, the change history, the About box) went
through the catalogues; in German and Japanese nothing is cut off at the default size."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from zoomdesk.core.calendar import format_meeting_id
from zoomdesk.core.meeting_update import MeetingUpdate
from zoomdesk.ui.banners import Banner
from zoomdesk.ui.meeting_list import loading_text

from .conftest import Desk
from .i18n_kit import LANGUAGES, clipped, untranslated
from .meeting_form_kit import type_text

Language = Callable[..., Any]


def sandbox_data(desk: Desk) -> list[str]:
    """What the sandbox holds and the window shows as it is: topics, people, their emails."""
    state = desk.app.sandbox.state
    data = [str(m.get("topic", "")) for m in state.meetings.values()]
    for user in state.users:
        name = f"{user.get('first_name', '')} {user.get('last_name', '')}".strip()
        data += [name, str(user.get("email", ""))]
    return data


def about_data() -> list[str]:
    """The About box's versions and folders are names, not words of ours."""
    import platform

    return ["PySide6", "Python", "Qt", platform.system(), platform.release(), platform.machine()]


def open_history(desk: Desk) -> Any:
    """View → Change history (found by its shortcut: its text is translated)."""
    desk.wait(lambda: desk.app.tools is not None)
    action = next(a for a in desk.window.view_menu.actions() if a.shortcut().toString() == "Ctrl+H")
    action.trigger()
    dialog = desk.app.tools.history_dialog
    desk.wait(lambda: dialog.loaded)
    return dialog


def change_a_meeting(desk: Desk) -> int:
    """One created and one changed meeting, so the history has rows to show."""
    client = desk.app.session.client
    owner = desk.app.sandbox.state.users[0]["id"]
    body = {
        "topic": "History check",
        "type": 2,
        "start_time": "2027-01-04T10:00:00",
        "timezone": "UTC",
        "duration": 30,
    }
    created = desk.run(client.create_meeting(owner, body))
    desk.run(client.update_meeting(created.id, MeetingUpdate(agenda="a"), topic="History check"))
    return int(created.id)


def show_about(desk: Desk) -> QMessageBox:
    desk.window.about_action.trigger()
    return next(w for w in desk.window.findChildren(QMessageBox) if w.isVisible())


def test_every_text_of_the_sandbox_window_goes_through_the_catalogues(
    ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.page.search_edit.setText("no such meeting")  # the placeholder text, too
    assert untranslated(desk.window, data=sandbox_data(desk)) == []


def test_the_change_history_and_the_about_box_go_through_the_catalogues(
    ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    meeting_id = change_a_meeting(desk)
    dialog = open_history(desk)
    assert dialog.model.rowCount() == 2
    data = [*sandbox_data(desk), "History check", format_meeting_id(meeting_id)]
    assert untranslated(dialog, data=data) == []
    dialog.close()
    about = show_about(desk)
    folders = [str(desk.app.paths.config), str(desk.app.paths.log)]
    assert untranslated(about, data=[*about_data(), *folders]) == []


def test_the_welcome_page_goes_through_the_catalogues(
    ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk()
    desk.wait(lambda: desk.window.current_page() == "welcome")
    # The rest of the window (menus, toolbar) is the sandbox test's.
    assert untranslated(desk.window.welcome_page) == []
    assert untranslated(desk.window.statusBar()) == []
    assert desk.window.profile_combo.currentText().startswith("[")  # "Not connected"


def test_the_status_bar_counts_and_times_in_the_users_locale(
    ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language("de")
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    status = desk.window.status
    status.finish_progress(1995)
    assert status.refreshed_label.text().startswith("1.995 Meetings")
    status.set_progress(1995, 2000)
    assert status.progress_label.text() == "Wird geladen… 1.995 von 2.000"


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_in_the_main_window_is_cut_off(
    language: str, ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(language)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    desk.window.status.finish_progress(1995)  # a long count: 1.995 Meetings · aktualisiert …
    QApplication.processEvents()  # the status bar lays out the new text
    assert clipped(desk.window) == []
    change_a_meeting(desk)
    dialog = open_history(desk)
    assert clipped(dialog) == []
    dialog.close()
    assert clipped(show_about(desk)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welcome_page_fits(
    language: str, ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(language)
    desk = open_desk()
    desk.wait(lambda: desk.window.current_page() == "welcome")
    assert clipped(desk.window) == []


def ask_to_quit_past_a_form(desk: Desk) -> QMessageBox:
    """A new meeting with a typed topic, then the window's ×: the box that asks first."""
    desk.window.new_action.trigger()
    desk.wait(lambda: desk.app.actions.form is not None and desk.app.actions.form.loaded)
    type_text(desk.qtbot, desk.app.actions.form.fields.topic_edit, "Half typed")
    desk.window.close()
    desk.wait(lambda: desk.app.actions.quit_box is not None)
    box: QMessageBox = desk.app.actions.quit_box
    desk.wait(box.isVisible)
    return box


def show_a_failure(desk: Desk) -> Banner:
    """What a failed load looks like: the message, "Retry" and "Details…"."""
    desk.app.on_task_failed(loading_text(), RuntimeError("an unexpected failure"))
    banner: Banner = desk.window.message_banner
    desk.wait(banner.isVisible)
    QApplication.processEvents()  # the banner lays out its buttons
    return banner


def test_the_quit_question_and_a_failure_banner_go_through_the_catalogues(
    ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    assert untranslated(show_a_failure(desk)) == []
    assert untranslated(ask_to_quit_past_a_form(desk)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_quit_question_and_a_failure_banner_fit(
    language: str, ui_language: Language, open_desk: Callable[..., Desk]
) -> None:
    ui_language(language)
    desk = open_desk(sandbox=True)
    desk.wait_loaded()
    assert clipped(show_a_failure(desk)) == []
    assert clipped(ask_to_quit_past_a_form(desk)) == []
