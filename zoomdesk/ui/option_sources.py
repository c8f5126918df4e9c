"""Values the meeting form's options take from outside the user's hands: settings the
organisation's IT policy locks (issue 19), and choices a host's own Zoom settings offer (issue
11, e.g. its authentication options). A mixin of `MeetingOptions`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.i18n import translate_marked, translate_noop
from zoomdesk.ui import icons
from zoomdesk.ui.form_fields import setting_text
from zoomdesk.ui.option_inputs import input_value, set_input_value

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

POLICY_LOCKED = translate_noop("MeetingOptions", "Set by your organisation.")


def policy_locked() -> str:
    return translate_marked("MeetingOptions", POLICY_LOCKED)


class OutsideValues:
    if TYPE_CHECKING:
        inputs: dict[str, QWidget]
        policy_locks: dict[str, Any]
        _loading: bool
        changed: SignalInstance

        def _sync(self) -> None: ...

    def set_policy_locks(self, locks: dict[str, Any]) -> None:
        """Settings the organisation's IT policy sets (name → value): shown with that value,
        not editable, and saved with it (issue 19)."""
        self.policy_locks = {k: v for k, v in locks.items() if k in self.inputs}
        for name in self.policy_locks:  # a lock on the input itself, where Qt has a place for it
            widget = self.inputs[name]
            if isinstance(widget, QCheckBox):
                widget.setIcon(icons.icon("lock"))
            elif isinstance(widget, QLineEdit):
                widget.addAction(icons.icon("lock"), QLineEdit.ActionPosition.TrailingPosition)
            widget.setToolTip(policy_locked())
        self.enforce_policy(announce=False)

    def enforce_policy(self, *, announce: bool = True) -> None:
        """Put the locked values in. After a meeting loads (the form calls this), as edits, so
        saving brings the meeting in line; a new meeting gets them from the service."""
        edited = False
        self._loading = True
        try:
            for name, value in self.policy_locks.items():
                spec = schema.setting(name)
                widget = self.inputs[name]
                if spec is not None and input_value(spec, widget) != value:
                    set_input_value(widget, value)
                    edited = True
        finally:
            self._loading = False
        self._sync()
        if edited and announce:
            self.changed.emit()

    def set_host_choices(self, source: str, choices: list[tuple[str, str]]) -> None:
        """The host's own choices (value, name) for the settings that take them; the value
        shown stays (an edited meeting's option, or what the user typed)."""
        for spec in schema.SETTINGS:
            widget = self.inputs[spec.name]
            if spec.host_choices != source or not isinstance(widget, QComboBox):
                continue
            self._loading = True  # the same value, shown by name: not an edit
            try:
                value = input_value(spec, widget)
                widget.clear()
                widget.addItem(setting_text(spec.placeholder), "")
                for data, name in choices:
                    widget.addItem(name, data)
                set_input_value(widget, value)
            finally:
                self._loading = False
