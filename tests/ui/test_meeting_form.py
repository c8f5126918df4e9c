"""The meeting form, creating meetings: real widgets typed into with the keyboard, saving to the
sandbox over loopback HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from zoomdesk.core.meeting_schema import PASSCODE_RE as PASSWORD_RE
from zoomdesk.core.models import Meeting, MeetingType

from .meeting_form_kit import Kit, in_days, pick_zone, type_date, type_text, type_time


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_a_one_time_meeting_is_sent_as_local_time_in_its_zone_and_stored_in_utc(kit, qtbot):
    form = kit.open_form()
    fields = form.fields
    day = in_days(40)
    type_text(qtbot, fields.topic_edit, "Budget review")
    type_text(qtbot, fields.agenda_edit, "Numbers for Q3")
    type_date(qtbot, fields.date_edit, day)
    type_time(qtbot, fields.time_edit, time(9, 30))
    pick_zone(qtbot, fields.zone_picker, "new york")
    fields.duration_spin.setFocus()
    fields.duration_spin.selectAll()
    qtbot.keyClicks(fields.duration_spin, "45")

    assert fields.zone_picker.zone_id() == "America/New_York"
    assert "UTC" in fields.zone_row.hint  # the form shows what that is in UTC
    meeting = kit.save(form)

    assert isinstance(meeting, Meeting)
    assert not form.isVisible()
    expected = datetime.combine(day, time(9, 30), ZoneInfo("America/New_York")).astimezone(UTC)
    stored = kit.stored(meeting.id)
    assert stored["start_time"] == expected.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert stored["topic"] == "Budget review" and stored["duration"] == 45
    assert stored["host_id"] == kit.host.id
    (body,) = kit.bodies("POST", f"/v2/users/{kit.host.id}/meetings")
    assert body["start_time"] == f"{day:%Y-%m-%d}T09:30:00"  # wall time, no Z
    assert body["timezone"] == "America/New_York"
    assert body["agenda"] == "Numbers for Q3" and body["type"] == 2


def test_a_meeting_can_be_scheduled_for_another_user(kit, qtbot):
    other = kit.users[1]
    form = kit.open_form(host_id=other.id)
    assert form.fields.host_id() == other.id
    type_text(qtbot, form.fields.topic_edit, "For someone else")
    meeting = kit.save(form)
    assert kit.stored(meeting.id)["host_id"] == other.id
    assert kit.requests("POST", f"/v2/users/{other.id}/meetings")


def test_a_weekly_series_on_monday_and_wednesday_ending_after_ten_times(kit, qtbot):
    form = kit.open_form()
    fields = form.fields
    type_text(qtbot, fields.topic_edit, "Stand-up")
    choose(fields.type_combo, "Recurring meeting, fixed times")
    editor = fields.recurrence_editor
    assert fields.repeat_box.isVisible()
    choose(editor.repeat_combo, "Weekly")
    for number, box in editor.weekday_boxes.items():
        if box.isChecked() != (number in (2, 4)):  # Zoom: 1 = Sunday, 2 = Monday, 4 = Wednesday
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.end_after_radio, Qt.MouseButton.LeftButton)
    editor.end_times_spin.setFocus()
    editor.end_times_spin.selectAll()
    qtbot.keyClicks(editor.end_times_spin, "10")
    assert editor.summary.text() == "Every week on Mon, Wed, 10 times"

    meeting = kit.save(form)

    (body,) = kit.bodies("POST", "/v2/users/")
    assert body["type"] == 8
    assert body["recurrence"] == {
        "type": 2,
        "repeat_interval": 1,
        "weekly_days": "2,4",
        "end_times": 10,
    }
    stored = kit.stored(meeting.id)
    assert len([o for o in stored["occurrences"] if o["status"] != "deleted"]) == 10


def test_a_monthly_series_on_the_last_friday_until_a_date(kit, qtbot):
    form = kit.open_form()
    fields = form.fields
    type_text(qtbot, fields.topic_edit, "Month end")
    choose(fields.type_combo, "Recurring meeting, fixed times")
    editor = fields.recurrence_editor
    choose(editor.repeat_combo, "Monthly")
    qtbot.mouseClick(editor.by_week_radio, Qt.MouseButton.LeftButton)
    choose(editor.monthly_week_combo, "Last")
    editor.monthly_weekday_combo.setCurrentIndex(editor.monthly_weekday_combo.findData(6))
    qtbot.mouseClick(editor.end_on_radio, Qt.MouseButton.LeftButton)
    last_day = in_days(200)
    type_date(qtbot, editor.end_date_edit, last_day)
    assert "on the last Fri" in editor.summary.text()

    meeting = kit.save(form)

    (body,) = kit.bodies("POST", "/v2/users/")
    rec = body["recurrence"]
    assert (rec["type"], rec["monthly_week"], rec["monthly_week_day"]) == (3, -1, 6)
    assert "end_times" not in rec and "monthly_day" not in rec
    zone = ZoneInfo(fields.zone_picker.zone_id())
    end = datetime.fromisoformat(rec["end_date_time"].replace("Z", "+00:00")).astimezone(zone)
    assert (end.date(), end.time()) == (last_day, time(23, 59))  # the whole last day counts
    assert kit.stored(meeting.id)["recurrence"]["monthly_week"] == -1


def test_problems_show_next_to_their_fields_and_save_says_why_it_is_disabled(kit, qtbot):
    form = kit.open_form()
    fields = form.fields
    options = fields.options
    assert not form.save_button.isEnabled()
    assert form.reason_label.text() == "Can't save: enter a topic"
    assert fields.topic_row.error == ""  # nothing shouts at an untouched field

    type_text(qtbot, fields.topic_edit, "x" * 201)
    type_text(qtbot, options.password_edit, "far too long!")
    type_text(qtbot, options.inputs["alternative_hosts"], "ann@example.com; not-an-email")

    assert fields.topic_row.counter.text() == "201/200"
    assert fields.topic_row.error.startswith("At most 200 characters")
    assert fields.topic_row.message.isVisible()
    assert "Error: At most 200" in fields.topic_edit.accessibleDescription()
    assert options.password_row.error
    assert "not-an-email" in options.row_for("settings.alternative_hosts").error
    reason = form.reason_label.text()
    assert reason.startswith("Can't save: topic: at most 200 characters")
    assert "passcode: at most 10 characters" in reason
    assert form.save_button.toolTip() == reason
    assert not form.save_button.isEnabled()

    type_text(qtbot, fields.topic_edit, "Fine now")
    type_text(qtbot, options.password_edit, "ok-123")
    type_text(qtbot, options.inputs["alternative_hosts"], "")
    assert fields.topic_row.error == options.password_row.error == ""
    assert form.save_button.isEnabled() and form.reason_label.text() == ""


def test_the_agenda_counts_characters_up_to_2000(kit, qtbot):
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Agenda check")
    form.fields.agenda_edit.setPlainText("y" * 2001)
    assert form.fields.agenda_row.counter.text() == "2001/2000"
    assert form.fields.agenda_row.error and not form.save_button.isEnabled()


def test_a_start_in_the_past_is_refused_before_sending(kit, qtbot):
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Too late")
    type_date(qtbot, form.fields.date_edit, in_days(-2))
    assert "already passed" in form.fields.start_row.error
    assert not form.save_button.isEnabled()


def test_join_before_host_minutes_follow_the_checkbox_and_the_waiting_room(kit, qtbot):
    form = kit.open_form()
    options = form.fields.options
    assert not options.inputs["jbh_time"].isEnabled()
    qtbot.mouseClick(options.inputs["join_before_host"], Qt.MouseButton.LeftButton)
    assert options.inputs["jbh_time"].isEnabled()
    assert options.settings()["join_before_host"] is True

    qtbot.mouseClick(options.inputs["waiting_room"], Qt.MouseButton.LeftButton)
    assert (
        not options.inputs["join_before_host"].isEnabled()
        and not options.inputs["jbh_time"].isEnabled()
    )
    assert not options.inputs["join_before_host"].isChecked()
    assert "waiting room" in options.row_for("settings.join_before_host").hint
    assert options.settings()["join_before_host"] is False

    qtbot.mouseClick(options.inputs["waiting_room"], Qt.MouseButton.LeftButton)
    assert (
        options.inputs["join_before_host"].isChecked() and options.inputs["jbh_time"].isEnabled()
    )  # given back


def test_generate_makes_a_valid_passcode_and_shows_it(kit, qtbot):
    form = kit.open_form()
    options = form.fields.options
    assert options.password_edit.echoMode() == options.password_edit.EchoMode.Password
    qtbot.mouseClick(options.generate_button, Qt.MouseButton.LeftButton)
    code = options.password_edit.text()
    assert 1 <= len(code) <= 10 and PASSWORD_RE.match(code)
    assert any(c.isdigit() for c in code) and any(c.isalpha() for c in code)
    assert options.password_edit.echoMode() == options.password_edit.EchoMode.Normal
    qtbot.mouseClick(options.generate_button, Qt.MouseButton.LeftButton)
    assert options.password_edit.text() != code


def test_a_recurring_meeting_without_fixed_time_hides_date_time_and_repeat(kit, qtbot):
    form = kit.open_form()
    fields = form.fields
    type_text(qtbot, fields.topic_edit, "Whenever")
    choose(fields.type_combo, "Recurring meeting, no fixed time")
    assert not fields.start_row.isVisible() and not fields.repeat_box.isVisible()
    assert fields.no_time_note.isVisible()
    kit.save(form)
    (body,) = kit.bodies("POST", "/v2/users/")
    assert body["type"] == 3 and "start_time" not in body and "recurrence" not in body


def test_double_click_enter_and_ctrl_s_during_a_save_send_one_request(kit, qtbot):
    kit.sandbox.faults.add(kit_fault("delay", seconds=0.5))
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Only once")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseDClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(form.fields.topic_edit, Qt.Key.Key_Return)
        qtbot.keyClick(form.fields.topic_edit, Qt.Key.Key_Return)
        qtbot.keySequence(form, QKeySequence(QKeySequence.StandardKey.Save))
        assert not form.save_button.isEnabled() and form.reason_label.text() == "Saving…"
    assert kit.sandbox.count("POST", "/v2/users") == 1


def test_ctrl_s_saves(kit, qtbot):
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Keyboard person")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.keySequence(form.fields.topic_edit, QKeySequence(QKeySequence.StandardKey.Save))
    assert kit.sandbox.count("POST", "/v2/users") == 1


def test_every_input_has_an_accessible_name_and_labels_have_buddies(kit):
    form = kit.open_form()
    fields = form.fields
    inputs = [
        fields.topic_edit,
        fields.agenda_edit,
        fields.host_combo,
        fields.type_combo,
        fields.date_edit,
        fields.time_edit,
        fields.zone_picker,
        fields.duration_spin,
        fields.recurrence_editor.repeat_combo,
        fields.recurrence_editor.interval_spin,
        fields.recurrence_editor.end_times_spin,
        fields.recurrence_editor.end_date_edit,
        fields.recurrence_editor.monthly_day_spin,
        fields.options.password_edit,
        fields.options.inputs["jbh_time"],
        fields.options.inputs["auto_recording"],
        fields.options.inputs["audio"],
        fields.options.inputs["approval_type"],
        fields.options.inputs["alternative_hosts"],
        *fields.recurrence_editor.weekday_boxes.values(),
    ]
    assert all(w.accessibleName() for w in inputs)
    labels = [lbl for lbl in form.findChildren(QLabel) if "&" in lbl.text()]
    assert len(labels) >= 10 and all(lbl.buddy() is not None for lbl in labels)


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_form(kit, qtbot):
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Half typed")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = prompt(form, qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.fields.topic_edit.text() == "Half typed"

    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    box = prompt(form, qtbot)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert kit.sandbox.count("POST", "/v2/users") == 0


def test_save_in_the_close_prompt_creates_the_meeting(kit, qtbot):
    form = kit.open_form()
    type_text(qtbot, form.fields.topic_edit, "Keep me")
    form.close()
    box = prompt(form, qtbot)
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not form.isVisible()


def test_closing_an_untouched_form_does_not_ask(kit, qtbot):
    form = kit.open_form()
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and form._close_prompt.box is None


def prompt(form: Any, qtbot: Any) -> QMessageBox:
    qtbot.waitUntil(
        lambda: form._close_prompt.box is not None and form._close_prompt.box.isVisible()
    )
    box: QMessageBox = form._close_prompt.box
    return box


def kit_fault(kind: str, **options: Any) -> Any:
    from zoomdesk.sandbox import Fault

    return Fault(kind=kind, method="POST", path=r"^/v2/users/[^/]+/meetings$", **options)


def test_the_kind_combo_lists_the_three_kinds(kit):
    form = kit.open_form()
    combo = form.fields.type_combo
    kinds = [MeetingType(combo.itemData(i)) for i in range(combo.count())]
    assert kinds == [
        MeetingType.SCHEDULED,
        MeetingType.RECURRING_FIXED_TIME,
        MeetingType.RECURRING_NO_FIXED_TIME,
    ]


def test_the_time_zone_picker_finds_zones_by_city_and_flags_unknown_ones(kit, qtbot):
    form = kit.open_form()
    fields = form.fields
    type_text(qtbot, fields.topic_edit, "Zones")
    pick_zone(qtbot, fields.zone_picker, "los ang")
    assert fields.zone_picker.zone_id() == "America/Los_Angeles"
    assert form.save_button.isEnabled()
    type_text(qtbot, fields.zone_picker.lineEdit(), "Mars/Olympus")  # nothing to suggest
    assert not fields.zone_picker.completer().popup().isVisible()
    assert fields.zone_row.error == "Unknown time zone: Mars/Olympus"
    assert not form.save_button.isEnabled()


def test_tab_goes_through_the_form_top_to_bottom_then_to_the_buttons(kit, qtbot):
    form = kit.open_form()
    fields, options = form.fields, form.fields.options
    form.fields.topic_edit.setFocus()
    order = []
    for _ in range(60):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [
        fields.topic_edit,
        fields.agenda_edit,
        fields.host_combo,
        fields.type_combo,
        fields.date_edit,
        fields.time_edit,
        fields.zone_picker,
        fields.duration_spin,
        options.password_edit,
        options.generate_button,
        options.inputs["waiting_room"],
        options.inputs["approval_type"],
        options.inputs["host_video"],
        options.inputs["join_before_host"],
        options.inputs["mute_upon_entry"],
        options.inputs["auto_recording"],
        options.inputs["audio"],
        options.inputs["alternative_hosts"],
        options.inputs["email_notification"],
        form.cancel_button,
    ]

    def first(widget: Any) -> int:
        hits = [i for i, w in enumerate(order) if w is widget or w.parent() is widget]
        assert hits, f"{widget.accessibleName() or widget} never got focus"
        return hits[0]

    positions = [first(w) for w in expected]
    assert positions == sorted(positions)
