"""The meeting form's "Security" and "Options" sections, built from the meeting schema: one
input per setting (a check box, a choice, a text field), grouped in rows as the schema says.
Only the passcode has a widget of its own (Show, Generate).

Rules come from the schema too: a setting that `requires` another is sent and editable only
while that one has the value it needs (how early people may join, with join before host; the
registrants' settings, with registration); one `disabled_by` another is turned off while that
one is on and given back afterwards (Zoom turns join before host off while the waiting room is
on); a setting for other meeting types is off for this one; on one occurrence only the settings
Zoom lets an occurrence change stay editable. Each row that is off says why. Rarely used settings
(the schema's section "advanced") sit in a group that opens on demand."""

from __future__ import annotations

from functools import reduce
from typing import Any

from PySide6 import QtWidgets  # noqa: F401  (PySide6 before anything that may pull in qasync)
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.drafts import PASSCODE_MAX
from zoomdesk.core.host_defaults import ZOOM_DEFAULT_RULES, generate_passcode
from zoomdesk.core.i18n import translate, without_mnemonic
from zoomdesk.core.meeting_schema import Applies, Kind, Spec
from zoomdesk.core.models import MeetingType
from zoomdesk.ui.form_fields import (
    FieldRow,
    hbox,
    mid_sentence,
    setting_text,
)
from zoomdesk.ui.option_inputs import (
    connect_input,
    input_value,
    make_input,
    set_input_value,
)
from zoomdesk.ui.option_sources import POLICY_LOCKED, OutsideValues, policy_locked

__all__ = ["POLICY_LOCKED", "MeetingOptions", "form_section"]


def form_section(title: str, rows: list[tuple[str, FieldRow, QWidget]]) -> QGroupBox:
    """A titled group of label/field rows; each label is the buddy of its input (mnemonics)."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for text, row, buddy in rows:
        label = QLabel(text)
        label.setBuddy(buddy)
        form.addRow(label, row)
    return box


class MeetingOptions(OutsideValues, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.occurrence_mode = False
        self.meeting_type = MeetingType.SCHEDULED
        self.host_locks: dict[str, str] = {}  # setting name → why the host's account locks it
        self.passcode_rules = ZOOM_DEFAULT_RULES  # the host's, once known (host_defaults_view)
        self.policy_locks: dict[str, Any] = {}  # setting name → the IT policy's value
        self.inputs: dict[str, QWidget] = {}  # setting name → its input
        self._rows: dict[str, FieldRow] = {}  # schema key → the row showing its messages
        self._given_back: dict[str, Any] = {}  # values a `disabled_by` setting took away
        self._hints: dict[FieldRow, str] = {}  # a row's own hint, shown while nothing is off

        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        passcode = schema.spec("password")
        self.password_edit.setAccessibleName(passcode.shown_title)
        self.password_edit.setPlaceholderText(setting_text(passcode.placeholder))
        self.show_password = QToolButton()
        self.show_password.setText(translate("MeetingOptions", "Show"))
        self.show_password.setCheckable(True)
        self.show_password.setAccessibleName(translate("MeetingOptions", "Show passcode"))
        self.show_password.toggled.connect(self._on_show_password)
        self.generate_button = QPushButton(translate("MeetingOptions", "Ge&nerate"))
        self.generate_button.setAutoDefault(False)
        self.generate_button.setAccessibleName(
            translate("MeetingOptions", "Generate a random passcode")
        )
        self.generate_button.clicked.connect(self.on_generate_clicked)
        self.password_row = FieldRow(
            self.password_edit,
            extras=[self.show_password, self.generate_button],
            limit=PASSCODE_MAX,
        )
        self.password_row.set_hint(setting_text(passcode.help))
        self._rows["password"] = self.password_row
        self.password_edit.textChanged.connect(self._on_edited)

        passcode_row = (setting_text(passcode.label), self.password_row, self.password_edit)
        self.security_box = form_section(
            translate("MeetingOptions", "Security"), [passcode_row, *self._build("security")]
        )
        self.options_box = form_section(
            translate("MeetingOptions", "Options"), self._build("options")
        )
        self.advanced_box = form_section(
            translate("MeetingOptions", "Advanced"), self._build("advanced")
        )
        self.advanced_toggle = QToolButton()
        # Every letter is taken above: no mnemonic.
        self.advanced_toggle.setText(translate("MeetingOptions", "Advanced settings"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAccessibleName(
            translate("MeetingOptions", "Show advanced settings")
        )
        self.advanced_toggle.toggled.connect(self.on_advanced_toggled)
        self.advanced_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.security_box)
        layout.addWidget(self.options_box)
        layout.addWidget(self.advanced_toggle)
        layout.addWidget(self.advanced_box)
        self._sync()

    def _build(self, section: str) -> list[tuple[str, FieldRow, QWidget]]:
        """One row per schema row: consecutive settings with the same `row` share it."""
        out: list[tuple[str, FieldRow, QWidget]] = []
        specs = list(schema.settings_in(section))
        # A form of some forty inputs cannot give each its own Alt+letter: the rarely used
        # advanced ones go without (Tab reaches them), so the common ones stay unique.
        plain = section == "advanced"
        index = 0
        while index < len(specs):
            group = [specs[index]]
            while (
                group[0].row
                and index + len(group) < len(specs)
                and specs[index + len(group)].row == group[0].row
            ):
                group.append(specs[index + len(group)])
            index += len(group)
            widgets = []
            for spec in group:
                widget = make_input(spec)
                if plain and isinstance(widget, QCheckBox):
                    widget.setText(spec.shown_title)
                connect_input(widget, self._on_edited)
                self.inputs[spec.name] = widget
                widgets.append(widget)
            if len(widgets) == 1 and isinstance(widgets[0], QLineEdit):
                row = FieldRow(widgets[0])
                self._hints[row] = setting_text(group[0].help)
                row.set_hint(self._hints[row])
            elif len(widgets) > 2:  # a row of long check boxes would not fit the form
                row = FieldRow(_vbox(widgets), target=widgets[0])
            else:
                row = FieldRow(hbox(*_with_labels(group, widgets)), target=widgets[0])
            for spec in group:
                self._rows[spec.key] = row
            label = setting_text(group[0].row)
            label = without_mnemonic(label) if plain else label
            out.append((label, row, widgets[0]))
        return out

    def sections(self) -> tuple[QGroupBox, ...]:
        return self.security_box, self.options_box, self.advanced_box

    # --- values --------------------------------------------------------------------------

    def password(self) -> str:
        return self.password_edit.text()

    def settings(self) -> dict[str, Any]:
        out = {}
        for spec in schema.SETTINGS:
            if not self._required_holds(spec):
                continue
            value = input_value(spec, self.inputs[spec.name])
            if value is not None:
                out[spec.name] = value
        return out

    def load(self, password: str, settings: dict[str, Any]) -> None:
        """Show Zoom's values; a missing setting shows Zoom's documented default."""
        self._loading = True
        try:
            self.password_edit.setText(password)
            self._given_back.clear()
            for spec in schema.SETTINGS:
                value = settings.get(spec.name, spec.default)
                if spec.disabled_by and settings.get(spec.disabled_by):
                    self._given_back[spec.name] = value
                    value = False
                set_input_value(self.inputs[spec.name], value)
        finally:
            self._loading = False
        self._sync()

    def set_occurrence_mode(self) -> None:
        """One occurrence: only what Zoom lets an occurrence change stays editable."""
        self.occurrence_mode = True
        for widget in (self.password_edit, self.show_password, self.generate_button):
            widget.setEnabled(False)
        self._sync()

    def set_meeting_type(self, kind: MeetingType) -> None:
        """Settings for other meeting types are off (and say so) while this type is chosen."""
        if kind is not self.meeting_type:
            self.meeting_type = kind
            self._sync()

    def set_host_locks(self, locks: dict[str, str]) -> None:
        """Settings the host's account locks (name → why); they stay as loaded."""
        self.host_locks = dict(locks)
        self._sync()

    # --- messages ------------------------------------------------------------------------

    def row_for(self, field: str) -> FieldRow | None:
        return self._rows.get(field)

    def rows(self) -> list[FieldRow]:
        return list(dict.fromkeys(self._rows.values()))

    # --- reactions -----------------------------------------------------------------------

    def on_generate_clicked(self) -> None:
        self.password_edit.setText(generate_passcode(self.passcode_rules))
        self.show_password.setChecked(True)  # asked for one: show it, or it can't be shared
        self.password_edit.setFocus()

    def on_advanced_toggled(self, shown: bool) -> None:
        self.advanced_box.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_toggle.setArrowType(arrow)
        hide = translate("MeetingOptions", "Hide advanced settings")
        show = translate("MeetingOptions", "Show advanced settings")
        self.advanced_toggle.setAccessibleName(hide if shown else show)

    def _on_show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_edit.setEchoMode(mode)
        hide, show = translate("MeetingOptions", "Hide"), translate("MeetingOptions", "Show")
        self.show_password.setText(hide if shown else show)
        hide = translate("MeetingOptions", "Hide passcode")
        show = translate("MeetingOptions", "Show passcode")
        self.show_password.setAccessibleName(hide if shown else show)

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._loading = True  # the values set here are consequences, not new edits
        try:
            for spec in schema.SETTINGS:  # what a setting just switched on turns off
                if not spec.disabled_by:
                    continue
                on = self._checked(spec.disabled_by)
                if on and spec.name not in self._given_back:
                    self._given_back[spec.name] = input_value(spec, self.inputs[spec.name])
                    set_input_value(self.inputs[spec.name], False)
                elif not on and spec.name in self._given_back:
                    set_input_value(self.inputs[spec.name], self._given_back.pop(spec.name))
        finally:
            self._loading = False
        self._sync()
        self.changed.emit()

    def _checked(self, name: str) -> bool:
        widget = self.inputs[name]
        return isinstance(widget, QCheckBox) and widget.isChecked()

    def _required_holds(self, spec: Spec) -> bool:
        if not spec.requires:
            return True
        value = input_value(spec, self.inputs[spec.requires])
        return bool(value in spec.requires_value) and self.inputs[spec.requires].isEnabled()

    def why_disabled(self, spec: Spec) -> str:
        """Why this setting cannot be edited now, in the user's words ("" when it can)."""
        if self.occurrence_mode and not spec.applies_to(Applies.OCCURRENCE):
            return translate(
                "MeetingOptions", "Set for the whole series; edit the series to change it."
            )
        if self.meeting_type not in spec.types:
            types = schema.spec("type").choices
            kinds = [setting_text(c.label) for c in types if c.value in spec.types]
            return translate("MeetingOptions", "Only for: {types}.").format(types=", ".join(kinds))
        if spec.name in self.policy_locks:
            return policy_locked()
        if spec.name in self.host_locks:
            return self.host_locks[spec.name]
        if spec.disabled_by and self._checked(spec.disabled_by):
            return setting_text(spec.disabled_note)
        if not self._required_holds(spec):
            needed = schema.spec(f"settings.{spec.requires}")
            title = needed.shown_title
            if needed.kind is Kind.BOOL:
                return translate("MeetingOptions", "Turn on “{setting}” first.").format(
                    setting=title
                )
            wanted = spec.requires_value
            allowed = [setting_text(c.label) for c in needed.choices if c.value in wanted]
            either = translate("MeetingOptions", "{first} or {second}")
            choices = reduce(lambda a, b: either.format(first=a, second=b), allowed)
            return translate("MeetingOptions", "Only with {setting}: {choices}.").format(
                setting=mid_sentence(title), choices=choices
            )
        return ""

    def _sync(self) -> None:
        reasons: dict[FieldRow, list[str]] = {}
        for spec in schema.SETTINGS:  # in order: a setting another requires comes first
            reason = self.why_disabled(spec)
            self.inputs[spec.name].setEnabled(not reason)
            row = self._rows[spec.key]
            found = reasons.setdefault(row, [])
            if reason and reason not in found:
                found.append(reason)
        for row, found in reasons.items():
            row.set_hint(" ".join(found) if found else self._hints.get(row, ""))
        self.password_row.set_count(len(self.password_edit.text()))


def _vbox(widgets: list[QWidget]) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _with_labels(specs: list[Spec], widgets: list[QWidget]) -> list[QWidget]:
    """A combo that follows another input on its row gets a visible buddy label: screen readers
    name a combo by its current value and say its purpose from the label."""
    out: list[QWidget] = []
    for spec, widget in zip(specs, widgets, strict=True):
        if out and isinstance(widget, QComboBox):
            label = QLabel(
                translate("MeetingOptions", "{setting}:").format(setting=spec.shown_title)
            )
            label.setBuddy(widget)
            out.append(label)
        out.append(widget)
    return out
