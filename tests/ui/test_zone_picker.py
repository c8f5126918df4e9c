"""Time zones offered the way Zoom and Outlook offer them (issue 14, item 25): an offset and a
name in the user's language, the IANA ID underneath, found by typing "Eastern"; a fixed-offset
legacy zone like "EST" is warned about."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from zoomdesk.ui.zone_picker import ZONE_ROLE

from .meeting_form_kit import Kit, pick_zone, type_text


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def suggestions(picker: Any) -> list[str]:
    model = picker.completer().completionModel()
    return [model.index(row, 0).data(ZONE_ROLE) for row in range(model.rowCount())]


def test_typing_eastern_suggests_new_york_among_the_eastern_zones(kit, qtbot) -> None:
    picker = kit.open_form().fields.zone_picker
    type_text(qtbot, picker.lineEdit(), "Eastern")
    found = suggestions(picker)
    assert "America/New_York" in found
    assert "Europe/Berlin" not in found
    assert "US/Eastern" not in found  # legacy aliases are not offered twice


def test_a_zone_shows_as_offset_and_name_with_its_iana_id_underneath(kit, qtbot) -> None:
    form = kit.open_form()
    picker = form.fields.zone_picker
    pick_zone(qtbot, picker, "new york")
    assert picker.zone_id() == "America/New_York"
    assert picker.currentText().startswith("(GMT-05:00) ")
    assert "New York" in picker.currentText() or "Eastern" in picker.currentText()
    index = picker.model().index(picker.currentIndex(), 0)
    option = QStyleOptionViewItem()
    picker.itemDelegate().initStyleOption(option, index)
    assert option.text.split("\u2028") == [picker.currentText(), "America/New_York"]
    height = picker.itemDelegate().sizeHint(option, index).height()
    assert height >= 2 * option.fontMetrics.height()  # room for the second line
    assert form.fields.read_draft().timezone == "America/New_York"


def test_a_fixed_offset_legacy_zone_is_warned_about(kit, qtbot) -> None:
    form = kit.open_form()
    fields = form.fields
    type_text(qtbot, fields.topic_edit, "Legacy zone")
    fields.zone_picker.set_zone_id("EST")
    assert fields.zone_picker.zone_id() == "EST"
    assert "always GMT-05:00" in fields.zone_row.hint
    assert "ignores daylight saving" in fields.zone_row.hint
    assert form.save_button.isEnabled()  # allowed: Zoom takes it, the user was told
    fields.zone_picker.set_zone_id("America/New_York")
    assert "daylight saving" not in fields.zone_row.hint
