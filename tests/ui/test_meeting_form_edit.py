"""The meeting form, editing: a whole meeting (PATCH carries only what changed), one occurrence
of a series (only what Zoom allows), and duplicating a meeting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from zoomdesk.core.models import Meeting

from .meeting_form_kit import Kit, body_json, in_days, type_text, type_time


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def patches(kit: Kit) -> list[Any]:
    return kit.requests("PATCH", "/v2/meetings/")


def test_an_edit_starts_from_zoom_and_sends_only_what_changed(kit, qtbot):
    meeting = kit.create(settings={"mute_upon_entry": False, "host_video": True})
    form = kit.open_form(meeting=meeting)
    fields = form.fields
    assert fields.topic_edit.text() == "Weekly sync"
    assert fields.agenda_edit.toPlainText() == "Plans"
    assert fields.zone_picker.zone_id() == "Europe/Berlin"
    assert fields.time_edit.time().toPython() == time(9, 0)
    assert fields.options.inputs["host_video"].isChecked()
    assert not form.save_button.isEnabled()
    assert form.reason_label.text() == "No changes to save."

    type_text(qtbot, fields.topic_edit, "Weekly sync (moved)")
    qtbot.mouseClick(fields.options.inputs["mute_upon_entry"], Qt.MouseButton.LeftButton)
    assert form.save_button.isEnabled()
    result = kit.save(form)

    assert result.id == meeting.id and result.topic == "Weekly sync (moved)"
    (patch,) = patches(kit)
    assert patch.path == f"/v2/meetings/{meeting.id}"
    assert kit_body(patch) == {
        "topic": "Weekly sync (moved)",
        "settings": {"mute_upon_entry": True},
    }
    stored = kit.stored(meeting.id)
    assert stored["topic"] == "Weekly sync (moved)"
    assert stored["settings"]["mute_upon_entry"] is True


def test_undoing_a_change_disables_save_again(kit, qtbot):
    form = kit.open_form(meeting=kit.create())
    type_text(qtbot, form.fields.topic_edit, "Something else")
    assert form.save_button.isEnabled() and form.is_dirty()
    type_text(qtbot, form.fields.topic_edit, "Weekly sync")
    assert not form.save_button.isEnabled() and not form.is_dirty()
    assert form.save_button.toolTip() == "No changes to save."


def test_moving_the_start_sends_the_new_wall_time_with_its_zone(kit, qtbot):
    meeting = kit.create()
    form = kit.open_form(meeting=meeting)
    type_time(qtbot, form.fields.time_edit, time(14, 15))
    kit.save(form)
    (patch,) = patches(kit)
    day = in_days(20)
    assert kit_body(patch) == {
        "start_time": f"{day:%Y-%m-%d}T14:15:00",
        "timezone": "Europe/Berlin",
    }
    expected = datetime.combine(day, time(14, 15), ZoneInfo("Europe/Berlin")).astimezone(UTC)
    assert kit.stored(meeting.id)["start_time"] == expected.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_clearing_the_agenda_sends_an_empty_agenda(kit, qtbot):
    form = kit.open_form(meeting=kit.create())
    type_text(qtbot, form.fields.agenda_edit, "")
    kit.save(form)
    assert kit_body(patches(kit)[0]) == {"agenda": ""}


def test_the_host_is_shown_but_cannot_be_changed(kit):
    form = kit.open_form(meeting=kit.create())
    host = form.fields.host_combo
    assert not host.isEnabled()
    assert kit.host.email in host.currentText()
    assert "can't be changed" in form.fields.host_row.hint


def test_editing_one_occurrence_offers_only_what_zoom_allows(kit, qtbot):
    series = kit.create(
        topic="Team lunch",
        type=8,
        recurrence={"type": 2, "repeat_interval": 1, "weekly_days": "3", "end_times": 4},
    )
    full: Meeting = kit.run(kit.client.get_meeting(series.id))
    second = full.occurrences[1]
    form = kit.open_form(meeting=series, occurrence_id=second.occurrence_id)
    fields = form.fields
    local = second.start_time.astimezone(ZoneInfo("Europe/Berlin"))
    assert form.note.isVisible()
    assert form.note.title.text().startswith(
        f"Editing the occurrence on {local:%a} {local.day} {local:%b}"
    )
    assert "whole series" in form.note.body.text()
    assert fields.date_edit.date().toPython() == local.date()
    for locked in (
        fields.topic_edit,
        fields.host_combo,
        fields.type_combo,
        fields.zone_picker,
        fields.options.password_edit,
        fields.options.inputs["alternative_hosts"],
        fields.options.inputs["approval_type"],
        fields.options.inputs["jbh_time"],
    ):
        assert not locked.isEnabled(), locked.accessibleName()
    assert not fields.repeat_box.isVisible()
    for open_ in (fields.agenda_edit, fields.date_edit, fields.time_edit, fields.duration_spin):
        assert open_.isEnabled()
    assert fields.options.inputs["mute_upon_entry"].isEnabled()

    type_time(qtbot, fields.time_edit, time(12, 30))
    type_text(qtbot, fields.agenda_edit, "Pizza this time")
    qtbot.mouseClick(fields.options.inputs["mute_upon_entry"], Qt.MouseButton.LeftButton)
    assert form.save_button.text() == "Save this occurrence"
    assert kit.save(form).id == series.id

    (patch,) = patches(kit)
    assert "occurrence_id" in patch.query and second.occurrence_id in str(patch.query)
    body = kit_body(patch)
    assert set(body) <= {"agenda", "start_time", "duration", "settings"}
    moved = datetime.combine(local.date(), time(12, 30), ZoneInfo("Europe/Berlin"))
    assert body["start_time"] == moved.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert body["agenda"] == "Pizza this time"
    assert body["settings"] == {"mute_upon_entry": True}
    after: Meeting = kit.run(kit.client.get_meeting(series.id))
    starts = {o.occurrence_id: o.start_time for o in after.occurrences}
    assert starts[second.occurrence_id] == moved.astimezone(UTC)
    assert after.topic == "Team lunch"


def test_a_series_edit_of_the_pattern_sends_start_and_recurrence_together(kit, qtbot):
    series = kit.create(
        type=8,
        recurrence={"type": 2, "repeat_interval": 1, "weekly_days": "2", "end_times": 5},
    )
    form = kit.open_form(meeting=series)
    editor = form.fields.recurrence_editor
    assert form.fields.repeat_box.isVisible()
    assert editor.weekday_boxes[2].isChecked() and editor.end_times_spin.value() == 5
    qtbot.mouseClick(editor.weekday_boxes[6], Qt.MouseButton.LeftButton)  # add Friday
    kit.save(form)
    body = kit_body(patches(kit)[0])
    assert body["recurrence"]["weekly_days"] == "2,6"
    assert "start_time" in body and body["timezone"] == "Europe/Berlin"
    assert "topic" not in body


def test_duplicate_creates_a_new_meeting_prefilled_from_the_original(kit, qtbot):
    original = kit.create(password="abc123", settings={"waiting_room": True})
    form = kit.open_form(meeting=original, duplicate=True)
    fields = form.fields
    assert form.windowTitle().startswith("Duplicate")
    assert fields.topic_edit.text() == "Weekly sync" and fields.host_combo.isEnabled()
    assert fields.options.inputs["waiting_room"].isChecked()
    assert fields.options.password() not in ("", "abc123")  # a copy gets its own passcode
    assert form.save_button.text() == "Create meeting" and form.save_button.isEnabled()

    copy = kit.save(form)

    assert isinstance(copy, Meeting) and copy.id != original.id
    assert kit.sandbox.count("PATCH", "/v2/meetings") == 0
    assert kit.stored(copy.id)["settings"]["waiting_room"] is True


def test_a_meeting_deleted_meanwhile_says_so_when_the_edit_loads(kit):
    meeting = kit.create()
    kit.run(kit.client.delete_meeting(meeting.id))
    dialog = kit.open_form(meeting=meeting, wait=False)
    kit.qtbot.waitUntil(dialog.banner.isVisible, timeout=10_000)
    assert dialog.banner.title.text() == "This meeting no longer exists"
    assert not dialog.save_button.isEnabled()
    assert "couldn't be loaded" in dialog.reason_label.text()
    assert dialog.banner.action("Try again") is not None


def kit_body(request: Any) -> dict[str, Any]:
    return body_json(request.body)
