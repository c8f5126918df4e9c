"""The desktop half of two core fixes: a create whose 201 came back cut off is an unknown outcome
(Save stays off, "Check now" finds the meeting), and the profile dialog refuses the names and URLs
the profile store refuses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from .conftest import Desk
from .meeting_form_kit import Kit, type_text
from .test_meeting_form_failures import check_now, fault
from .test_profiles import fill, open_dialog


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def test_a_create_whose_answer_is_cut_off_keeps_save_off_and_finds_the_meeting(kit, qtbot):
    kit.sandbox.faults.add(fault("truncated_json"))
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Cut off on the way back")
    kit.save_and_wait_for_banner(form)

    assert form.banner.title.text() == "The meeting may or may not have been created"
    assert not form.save_button.isEnabled()  # a second Save would make a duplicate
    assert check_now(kit, form) == "It was created — open it"
    topics = [m["topic"] for m in kit.sandbox.state.meetings.values()]
    assert topics.count("Cut off on the way back") == 1


@pytest.mark.parametrize(
    ("field", "name", "url", "says"),
    [
        ("oauth_url", "Work", "file:///etc/passwd", "not an http(s) URL"),
        ("oauth_url", "Work", "notaurl", "not an http(s) URL"),
        ("oauth_url", "Work", "http://zoom.example.com", "plain http"),
        ("name", "Team/A", None, "cannot contain /"),
    ],
)
def test_the_profile_dialog_refuses_what_the_store_refuses(
    open_desk: Callable[..., Desk], sandbox: Any, field, name, url, says
) -> None:
    desk = open_desk()
    dialog = open_dialog(desk)
    fill(desk, dialog, sandbox, name=name, oauth_url=url)
    desk.qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert says in dialog.error(field)
    assert dialog.isVisible() and sandbox.count("POST", "/oauth/token") == 0
