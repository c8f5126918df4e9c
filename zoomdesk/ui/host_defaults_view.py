"""The host's own defaults and the account's passcode rules in the meeting form.

When a new meeting's form opens, and whenever its host changes, the host's settings are read
(once per host per session: `HostDefaultsCache`) through the form's runner and become the new
meeting's unchanged state: every setting the user has not touched takes the host's value, and a
create still sends only what the user changed (`EditState.rebase`, `to_create`). The passcode
rules drive the passcode's validation and the Generate button in every mode; settings the host's
account turns off are disabled with the reason (`MeetingOptions.set_host_locks`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout

from zoomdesk.core.edit_state import EditState
from zoomdesk.core.errors import FieldError
from zoomdesk.core.host_defaults import HostDefaults, HostDefaultsCache, passcode_problems
from zoomdesk.core.i18n import translate, translate_marked, translate_noop

if TYPE_CHECKING:
    from zoomdesk.ui.meeting_form import MeetingFormDialog

NO_SCOPE_NOTE = translate_noop(
    "HostDefaultsView", "Zoom's standard defaults: zoomdesk may not read this host's settings"
)


def host_locks(defaults: HostDefaults) -> dict[str, str]:
    """Meeting settings the host's account turns off, with why (from Zoom's settings object)."""
    if not defaults.from_host:
        return {}
    out: dict[str, str] = {}
    if not defaults.authentication:
        why = translate("HostDefaultsView", "The host's account has no authentication profiles.")
        out.update(authentication_option=why, authentication_domains=why)
    return out


class HostDefaultsView(QObject):
    """Attached to a form (`MeetingFormDialog`): reads the host's defaults as the host changes."""

    def __init__(self, form: MeetingFormDialog, cache: HostDefaultsCache | None) -> None:
        super().__init__(form)
        self.form = form
        self.cache = cache or HostDefaultsCache(form.service.client)  # the session's, usually
        self.defaults: HostDefaults | None = None
        self.applied_host = ""  # the host whose defaults the new meeting's settings are
        self.note = QLabel()
        self.note.setObjectName("host_defaults_note")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(translate("HostDefaultsView", "Where the defaults come from"))
        self.note.hide()
        layout = form.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(form.scroll_area), self.note)
        form.state.checks.append(self._passcode_check)
        form.fields.host_combo.currentIndexChanged.connect(self._on_host_changed)
        self._said_no_scope = False
        self._names: dict[str, str] = {}  # host ID → the name the note gives it

    @property
    def new_meeting(self) -> bool:
        return self.form.mode() == "create"

    def start(self) -> None:
        """Read the current host's defaults (the form is open, or its host changed)."""
        host = self.form.fields.host_id()
        if not host or self.form.occurrence_id:
            return
        user = next((u for u in self.form.users if u.id == host), None)
        name = f"{user.first_name} {user.last_name}".strip() if user else ""
        name = name or self.form.fields.host_combo.currentText()
        self._names[host] = name
        self.form.runner.start(self._load(host, name), "Reading the host's settings", key="host")

    async def _load(self, host: str, name: str) -> None:
        defaults = await self.cache.get(host, name)
        if self.form.fields.host_id() != host:
            return  # the host changed again meanwhile; its own read follows
        self.show(defaults)

    def show(self, defaults: HostDefaults) -> None:
        self.defaults = defaults
        options = self.form.fields.options
        options.passcode_rules = defaults.rules
        choices = [(o.id, o.name) for o in defaults.authentication]
        options.set_host_choices("authentication", choices)
        options.set_host_locks(host_locks(defaults))
        self._show_note(defaults)
        # Not while saving (the fields are off then): the create already took its values.
        if self.new_meeting and self.form.state.loaded and self.form.fields.isEnabled():
            self._apply(defaults)
        self.form.on_checks_changed()

    def _show_note(self, defaults: HostDefaults) -> None:
        if defaults.from_host:
            # Core's note is English (the CLI's); the window says it in the user's language.
            name = self._names.get(defaults.host) or defaults.host
            note = translate("HostDefaultsView", "Defaults from {name}'s Zoom settings")
            self.note.setText(note.format(name=name))
            self.note.setToolTip("\n".join(defaults.rules.describe()))
            self.note.show()
        elif not self._said_no_scope:  # said once; other hosts' reads fail the same way
            self._said_no_scope = True
            self.note.setText(translate_marked("HostDefaultsView", NO_SCOPE_NOTE))
            self.note.setToolTip(defaults.note)
            self.note.show()

    def _apply(self, defaults: HostDefaults) -> None:
        """The host's values become the unchanged state; what the user changed stays."""
        state, fields = self.form.state, self.form.fields
        edited, typed = state.edited_settings()
        settings = defaults.draft_settings()
        chosen = next((o.id for o in defaults.authentication if o.default), "")
        settings["authentication_option"] = chosen  # the host's default, preselected by name
        password = state.baseline.password if state.baseline else ""
        if not defaults.rules.required or passcode_problems(password, defaults.rules):
            password = defaults.new_passcode()
        fields.options.load(password, settings)
        base = fields.read_draft()
        state.rebase(base.settings, base.password)
        fields.options.load(typed if typed is not None else password, {**settings, **edited})
        state.update(fields.read_draft(), fields.host_id())
        self.applied_host = defaults.host

    def _on_host_changed(self, *_args: object) -> None:
        if self.form.state.loaded and not self.form.editing:
            self.start()

    def _passcode_check(self, state: EditState) -> list[FieldError]:
        """The rules apply to a new passcode; an edit whose passcode is unchanged keeps it."""
        if self.defaults is None or self.form.occurrence_id:
            return []
        draft = state.draft
        if state.editing and state.baseline and draft.password == state.baseline.password:
            return []
        problems = passcode_problems(draft.password, self.defaults.rules)
        return [FieldError("password", message) for message in problems]
