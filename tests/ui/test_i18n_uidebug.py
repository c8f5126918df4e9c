"""Issue 13 for the token debug panel, the request doctor and the profile dialog: under the
pseudo-locale every text they show went through the catalogues, and in German and Japanese
every label, button and group title fits at the size they open with.

Opened the way a user does: `zoomdesk --sandbox`, View → HTTP exchanges, an exchange selected,
the panel's "Request doctor…" (which pastes that exchange as cURL), Profile → Add profile…."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.conftest import Desk
from tests.ui.i18n_kit import clipped, untranslated
from tests.ui.test_keyboard import open_debug_panel
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.services import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from zoomdesk.ui.debug import DebugPanel, DoctorWindow
from zoomdesk.ui.debug.doctor_input import PLACEHOLDER_CODE
from zoomdesk.ui.debug.exchange_model import EXCHANGE_ROLE
from zoomdesk.ui.profile_dialog import ProfileDialog


def open_screens(desk: Desk) -> tuple[DebugPanel, DoctorWindow, ProfileDialog]:
    desk.wait_loaded()
    panel = open_debug_panel(desk)
    assert isinstance(panel, DebugPanel)
    desk.wait(lambda: {e.kind for e in panel.shown_exchanges()} == {"token", "api"})
    api_row = next(
        row
        for row in range(panel.proxy.rowCount())
        if panel.proxy.index(row, 0).data(EXCHANGE_ROLE).kind == "api"
    )
    panel.table.selectRow(api_row)  # fills the Request, Response and Diagnosis tabs
    desk.qtbot.mouseClick(panel.doctor_button, Qt.MouseButton.LeftButton)
    doctor = desk.app.tools.doctor_window
    assert isinstance(doctor, DoctorWindow)
    desk.wait(doctor.isVisible)
    desk.window.add_profile_action.trigger()
    dialog = desk.app.profiles.dialog
    assert isinstance(dialog, ProfileDialog)
    desk.wait(dialog.isVisible)
    return panel, doctor, dialog


def exchange_data(exchange: Exchange) -> Iterator[str]:
    """What the sandbox sent and answered, as the Request and Response tabs list it: HTTP's
    words (methods, header names, reason phrases, query parameters), not ours."""
    yield from (exchange.method, exchange.path, exchange.url, exchange.reason)
    yield exchange.url.replace("&", "")  # as the kit compares it: accelerators' & removed
    for name, value in parse_qsl(urlsplit(exchange.url).query):
        yield from (name, value)
    for name, value in [*exchange.request_headers, *exchange.response_headers]:
        yield from (name, value)
    for name, value in exchange.request_form():
        yield from (name, value)


def test_the_debug_panel_the_doctor_and_the_profile_dialog_show_no_untranslated_text(
    open_desk: Callable[..., Desk], ui_language: Callable[..., Any]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    panel, doctor, dialog = open_screens(desk)
    # The diagnosis texts come from core and are rendered in QTextBrowsers, which the kit
    # does not read: what is checked here is the screens' own labels, buttons, headers,
    # tooltips and accessible names, with the exchanges' HTTP data left aside.
    data = [text for ex in panel.shown_exchanges() for text in exchange_data(ex)]
    assert untranslated(panel, data) == []
    assert untranslated(doctor, [*data, *PLACEHOLDER_CODE.values()]) == []
    # The keyring banner is ui/banners.py's (another group's strings): its own buttons are
    # checked with that group's screens, the banner's name here.
    banner = {item for w in dialog.keyring_banner.findChildren(QWidget) for item in untranslated(w)}
    assert [item for item in untranslated(dialog) if item not in banner] == []
    assert dialog.keyring_banner.accessibleName().startswith("[")
    desk.qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert untranslated(panel.summary_label) == []  # the count, then what was just done


def test_the_reveal_and_replay_questions_are_translated_and_the_secret_is_still_shown_whole(
    open_desk: Callable[..., Desk], ui_language: Callable[..., Any]
) -> None:
    ui_language(pseudo=True)
    desk = open_desk(sandbox=True)
    panel, doctor, _dialog = open_screens(desk)
    status = panel.token_status
    status.reveal_secret_action.trigger()
    box = [b for b in status.findChildren(QMessageBox) if b.isVisible()][-1]
    assert untranslated(box) == []
    box.button(QMessageBox.StandardButton.Yes).click()
    [window] = status.reveal_windows
    assert window.field.text() == SANDBOX_CLIENT_SECRET  # what is revealed is not translated
    assert untranslated(window, [SANDBOX_CLIENT_SECRET]) == []
    desk.qtbot.mouseClick(doctor.replay_view.zoom_button, Qt.MouseButton.LeftButton)
    question = doctor.confirm_box
    assert question is not None and question.isVisible()
    assert untranslated(question, [SANDBOX_CLIENT_ID]) == []
    question.button(QMessageBox.StandardButton.Cancel).click()


def settled() -> None:
    """Texts set just now (the doctor's check of the pasted request, a tab brought forward)
    have their layouts redone by posted events before the next paint: what the user sees."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)


def assert_everything_fits(
    desk: Desk, panel: DebugPanel, doctor: DoctorWindow, dialog: ProfileDialog
) -> None:
    for screen, tabs in ((panel, panel.detail), (doctor, doctor.tabs), (dialog, None)):
        desk.wait(screen.isVisible)
        for index in range(tabs.count()) if tabs is not None else [None]:
            if tabs is not None and index is not None:
                tabs.setCurrentIndex(index)  # each tab's page, as the user brings it forward
            settled()
            assert clipped(screen) == [], (type(screen).__name__, index)


def test_in_german_the_panel_docked_the_doctor_and_the_profile_dialog_show_every_label_in_full(
    open_desk: Callable[..., Desk], ui_language: Callable[..., Any]
) -> None:
    ui_language("de")
    desk = open_desk(sandbox=True)
    panel, doctor, dialog = open_screens(desk)
    assert doctor.import_button.text() == "HAR &importieren…"  # the catalogue is in use
    assert_everything_fits(desk, panel, doctor, dialog)


@pytest.mark.parametrize("language", ["fr", "es", "pt_BR"])
def test_in_the_other_languages_the_panel_the_doctor_and_the_profile_dialog_fit(
    open_desk: Callable[..., Desk], ui_language: Callable[..., Any], language: str
) -> None:
    ui_language(language)
    desk = open_desk(sandbox=True)
    panel, doctor, dialog = open_screens(desk)
    assert_everything_fits(desk, panel, doctor, dialog)


def test_in_us_english_the_token_expires_at_a_twelve_hour_time(
    open_desk: Callable[..., Desk], ui_language: Callable[..., Any]
) -> None:
    ui_language("en")
    desk = open_desk(sandbox=True)
    panel, _doctor, _dialog = open_screens(desk)
    state = panel.token_status.state_label
    desk.wait(lambda: "Valid" in state.text())
    assert re.search(r"expires in \d+:\d\d \(at \d{1,2}:\d\d\W(AM|PM)\)$", state.text())


def test_in_japanese_the_panel_docked_the_doctor_and_the_profile_dialog_show_every_label_in_full(
    open_desk: Callable[..., Desk], ui_language: Callable[..., Any]
) -> None:
    ui_language("ja")
    desk = open_desk(sandbox=True)
    panel, doctor, dialog = open_screens(desk)
    assert doctor.import_button.text() == "HAR をインポート(&I)…"
    assert dialog.errors["name"].accessibleName() == "名前の問題"  # no "(&N)" read aloud
    assert_everything_fits(desk, panel, doctor, dialog)
