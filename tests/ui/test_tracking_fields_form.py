"""The account's tracking fields in the meeting form, round trip: form → create body → sandbox →
edit form → PATCH body. The sandbox's account has "Cost centre" (required, with values),
"Project code" (free text), "Meeting purpose" (values) and "Billing reference" (hidden)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.ui.meeting_form_kit import Kit, type_text
from zoomdesk.ui.tracking_rows import TrackingFieldsCache


@pytest.fixture
def kit(sandbox: Any, qloop: Any, qtbot: Any, memory_keyring: Any) -> Iterator[Kit]:
    kit = Kit(sandbox, qtbot)
    yield kit
    kit.close()


def test_the_form_offers_the_accounts_fields_with_their_values_and_marks_required_ones(kit):
    form = kit.open_form()
    rows = form.fields.tracking
    assert rows.isVisibleTo(form) and list(rows.combos) == [
        "Cost centre",
        "Project code",
        "Meeting purpose",
        "Billing reference",
    ]
    cost = rows.combos["Cost centre"]
    assert [cost.itemText(i) for i in range(cost.count())] == [
        "",
        "Operations",
        "Finance",
        "IT",
        "Sales",
    ]
    assert cost.isEditable()
    label = rows.form.labelForField(rows.row_for("tracking_fields.Cost centre"))
    assert label.text() == "Cost centre *"
    assert rows.row_for("Cost centre").hint.startswith("Required by the account")
    assert rows.missing_required == ["Cost centre"]
    assert rows.row_for("Billing reference").hint == "Not shown to participants."


def test_tracking_fields_go_from_the_form_to_zoom_and_back_and_an_edit_sends_them(kit, qtbot):
    form = kit.open_form()
    rows = form.fields.tracking
    type_text(qtbot, form.fields.topic_edit, "Tracked")
    rows.combos["Cost centre"].setCurrentText("Finance")
    type_text(qtbot, rows.combos["Project code"].lineEdit(), "P-42")
    assert rows.missing_required == []
    created = kit.save(form)
    [body] = kit.bodies("POST", f"/v2/users/{kit.host.id}/meetings")
    assert body["tracking_fields"] == [
        {"field": "Cost centre", "value": "Finance"},
        {"field": "Project code", "value": "P-42"},
    ]
    stored = kit.stored(created.id)["tracking_fields"]
    assert [(f["field"], f["value"]) for f in stored] == [
        ("Cost centre", "Finance"),
        ("Project code", "P-42"),
    ]

    edit = kit.open_form(meeting=created)
    rows = edit.fields.tracking
    assert rows.combos["Cost centre"].currentText() == "Finance"
    assert rows.combos["Project code"].currentText() == "P-42"
    assert not edit.is_dirty()
    rows.combos["Meeting purpose"].setCurrentText("Training")
    kit.save(edit)
    [patch] = kit.bodies("PATCH", f"/v2/meetings/{created.id}")
    assert patch == {
        "tracking_fields": [
            {"field": "Cost centre", "value": "Finance"},
            {"field": "Project code", "value": "P-42"},
            {"field": "Meeting purpose", "value": "Training"},
        ]
    }


def test_the_accounts_fields_are_read_once_per_session(kit):
    cache = TrackingFieldsCache(kit.client)
    for _ in range(3):
        form = kit.open_form(tracking=cache)
        assert form.fields.tracking.combos
        form.done(0)
    assert len(kit.requests("GET", "/v2/tracking_fields")) == 1
