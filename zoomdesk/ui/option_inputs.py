"""The inputs a meeting setting is edited with, by its kind in the meeting schema: a check box,
a choice, a number, a text field; how each is read, set and watched."""

from __future__ import annotations

from typing import Any

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before anything that may pull in qasync)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.meeting_schema import Kind, Spec
from zoomdesk.ui.form_fields import choice_box, select_data, setting_text


def make_input(spec: Spec) -> QWidget:
    """The widget a setting of this kind is edited with."""
    widget: QWidget
    title = spec.shown_title
    if spec.host_choices:  # filled when the host's settings are read (`set_host_choices`)
        widget = QComboBox()
        widget.setEditable(True)  # an ID the host's list does not show can still be typed
        widget.addItem(setting_text(spec.placeholder), "")
        widget.setAccessibleName(title)
        editor = widget.lineEdit()
        if editor is not None:  # its editor is a control of its own
            editor.setAccessibleName(title)
    elif spec.kind is Kind.BOOL:
        widget = QCheckBox(setting_text(spec.label))
    elif spec.kind is Kind.CHOICE:
        choices = [(c.value, setting_text(c.label)) for c in spec.choices]
        widget = choice_box(choices, title)
    elif spec.kind is Kind.INTEGER:
        widget = QSpinBox()
        widget.setRange(spec.minimum or 0, spec.maximum or 2**31 - 1)
        widget.setAccessibleName(title)
    else:
        widget = QLineEdit()
        widget.setPlaceholderText(setting_text(spec.placeholder))
        widget.setAccessibleName(title)
    widget.setToolTip(setting_text(spec.help))
    return widget


def input_value(spec: Spec, widget: QWidget) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox) and widget.isEditable():  # a listed name means its ID
        text = widget.currentText().strip()
        index = widget.findText(text, Qt.MatchFlag.MatchFixedString)
        return widget.itemData(index) if index >= 0 else text
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return widget.value()
    assert isinstance(widget, QLineEdit)
    text = widget.text()
    if spec.kind is Kind.LIST:  # empty: not sent, so Zoom keeps the account's own list
        return schema.split_list(text) or None
    return ";".join(schema.split_emails(text)) if spec.kind is Kind.EMAILS else text


def set_input_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox) and widget.isEditable():
        index = widget.findData(value or "")
        if index >= 0:
            widget.setCurrentIndex(index)
        else:
            widget.setEditText(str(value))
    elif isinstance(widget, QComboBox):
        select_data(widget, value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QLineEdit) and isinstance(value, list):
        widget.setText(", ".join(str(v) for v in value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))


def connect_input(widget: QWidget, slot: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.editTextChanged.connect(slot)  # also follows a choice from the list
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(slot)
