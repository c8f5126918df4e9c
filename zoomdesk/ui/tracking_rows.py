"""The account's tracking fields in the meeting form: one row per field the account declares
(`GET /tracking_fields`, read once per session), its recommended values offered in an editable
combo box, required ones marked and checked. What the rows hold is the draft's
`tracking_fields`, sent on create and update (Zoom replaces the whole list on update)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from zoomdesk.core.errors import FieldError, ZoomDeskError
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Json
from zoomdesk.core.scheduler_api import SchedulerApi
from zoomdesk.ui.form_fields import FieldRow

if TYPE_CHECKING:
    from zoomdesk.ui.meeting_form import MeetingFormDialog

log = logging.getLogger("zoomdesk.ui")

PREFIX = "tracking_fields"  # a FieldError about one field: "tracking_fields.Cost centre"


@dataclass(frozen=True)
class TrackingField:
    name: str
    required: bool = False
    visible: bool = True
    values: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Json) -> TrackingField:
        return cls(
            str(data.get("field", "")),
            bool(data.get("required")),
            bool(data.get("visible", True)),
            tuple(str(v) for v in data.get("recommended_values") or ()),
        )


class TrackingFieldsCache:
    """The account's tracking fields, read once per session (every form shows them)."""

    def __init__(self, client: SchedulerApi) -> None:
        self._client = client
        self._found: tuple[TrackingField, ...] | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> tuple[TrackingField, ...]:
        async with self._lock:
            if self._found is None:
                listed = await self._client.list_tracking_fields()
                self._found = tuple(TrackingField.from_json(f) for f in listed if f.get("field"))
            return self._found


def required_problems(
    fields: tuple[TrackingField, ...], pairs: tuple[tuple[str, str], ...]
) -> list[FieldError]:
    given = {name for name, value in pairs if value.strip()}
    return [
        FieldError(
            f"{PREFIX}.{f.name}",
            translate("TrackingRows", "{field} is required by the account.").format(field=f.name),
        )
        for f in fields
        if f.required and f.name not in given
    ]


class TrackingRows(QGroupBox):
    """Hidden until the account's fields are known (an account without any shows nothing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("TrackingRows", "Tracking fields"), parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: tuple[TrackingField, ...] = ()
        self.combos: dict[str, QComboBox] = {}
        self._rows: dict[str, FieldRow] = {}
        self._pairs: tuple[tuple[str, str], ...] = ()  # as loaded, until rows exist
        self._loading = False
        self.missing_required: list[str] = []
        self.setVisible(False)

    def set_fields(self, fields: tuple[TrackingField, ...]) -> None:
        """The account's fields, plus any the meeting carries that the account no longer has."""
        known = {f.name for f in fields}
        extra = tuple(TrackingField(name) for name, _ in self._pairs if name not in known)
        self.fields = fields + extra
        pairs = self.values()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self._rows.clear()
        for field in self.fields:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(["", *field.values])
            combo.setAccessibleName(field.name)
            if (editor := combo.lineEdit()) is not None:  # a control of its own
                editor.setAccessibleName(field.name)
            combo.setToolTip(
                translate("TrackingRows", "Recommended values; you may type another.")
                if field.values
                else translate("TrackingRows", "Type a value for this field.")
            )
            combo.currentTextChanged.connect(self._on_edited)
            row = FieldRow(combo)
            label = QLabel(f"{field.name} *" if field.required else field.name)
            if field.required:
                label.setToolTip(translate("TrackingRows", "Required by the account"))
            label.setBuddy(combo)
            self.form.addRow(label, row)
            self.combos[field.name] = combo
            self._rows[field.name] = row
        self.setVisible(bool(self.fields))
        self.load(pairs)

    def load(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self._pairs = pairs
        given = dict(pairs)
        self._loading = True
        try:
            for name, combo in self.combos.items():
                combo.setCurrentText(given.get(name, ""))
        finally:
            self._loading = False
        self._show_required()

    def values(self) -> tuple[tuple[str, str], ...]:
        """The loaded fields in their order first (so an unchanged meeting diffs equal), then
        the others that have a value."""
        if not self.combos:
            return self._pairs
        typed = {name: combo.currentText().strip() for name, combo in self.combos.items()}
        order = [name for name, _ in self._pairs if name in typed]
        order += [name for name in typed if name not in order]
        return tuple((name, typed[name]) for name in order if typed[name])

    def problems(self) -> list[FieldError]:
        return required_problems(self.fields, self.values())

    def row_for(self, field: str) -> FieldRow | None:
        return self._rows.get(field.removeprefix(PREFIX).lstrip("."))

    def rows(self) -> list[FieldRow]:
        return list(self._rows.values())

    def _on_edited(self, *_args: object) -> None:
        self._show_required()
        if not self._loading:
            self.changed.emit()

    def _show_required(self) -> None:
        """Zoom's API takes a meeting without a required field (its web portal does not), so a
        missing one is flagged in its row rather than blocking Save."""
        missing = {p.field.removeprefix(PREFIX + ".") for p in self.problems()}
        self.missing_required = sorted(missing)
        for field in self.fields:
            row = self._rows.get(field.name)
            if row is None:
                continue
            hint = "" if field.visible else translate("TrackingRows", "Not shown to participants.")
            if field.name in missing:
                required = translate(
                    "TrackingRows", "Required by the account: Zoom's web portal asks for it."
                )
                hint = f"{required} {hint}"
            row.set_hint(hint.strip())


def attach(form: MeetingFormDialog, cache: TrackingFieldsCache | None) -> None:
    """Read the account's fields (from the session's cache, usually) through the form's runner."""
    rows = form.fields.tracking
    cache = cache or TrackingFieldsCache(form.service.client)

    async def load() -> None:
        try:
            fields = await cache.get()
        except ZoomDeskError as error:  # no scope, or Zoom refused: the form works without them
            log.warning("Reading the account's tracking fields failed: %s", error.summary())
            return
        rows.set_fields(fields)
        form.on_checks_changed()

    form.runner.start(load(), "Reading the account's tracking fields", key="tracking")
