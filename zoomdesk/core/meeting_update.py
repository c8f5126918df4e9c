"""A typed partial update of a meeting: what `PATCH /meetings/{id}` sends.

"Not given" and "cleared" are different values: `UNSET` leaves a field alone, `""` clears an
agenda or passcode (httpx's `USE_CLIENT_DEFAULT` sentinel is the model). The form builds one
from its baseline and the current draft (`MeetingUpdate.diff`), the CLI from its flags; both
check it (`problems`) and the client renders it (`body`) for a series or for one occurrence.

Zoom's rules for the body, in one place:
- a `start_time` travels with its `timezone`, or Zoom reads it in the account's zone;
- a recurring series' `recurrence` edit is ignored unless `start_time` travels with it, and
  vice versa (meetingUpdate docs);
- one occurrence takes only `agenda`, `start_time`, `duration` and a few settings, and no
  `timezone`: its start goes as UTC (`Z`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Final
from zoneinfo import ZoneInfo

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.drafts import MeetingDraft, recurrence_problems, tracking_json
from zoomdesk.core.errors import FieldError
from zoomdesk.core.host_defaults import PasscodeRules, passcode_problems
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.meeting_schema import Applies
from zoomdesk.core.models import Json, MeetingType, Recurrence
from zoomdesk.core.wallclock import year_message, zoom_local_time


class Unset(Enum):
    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

ONCE_ONLY = translate_noop(
    "MeetingUpdate", "Cannot be changed for one occurrence; edit the whole series."
)  # shown with translate_marked("MeetingUpdate", ONCE_ONLY)


@dataclass(frozen=True)
class MeetingUpdate:
    """Only what changes. `start` is aware: its zone is the meeting's (new) time zone."""

    topic: str | Unset = UNSET
    type: MeetingType | Unset = UNSET
    start: datetime | Unset = UNSET
    duration: int | Unset = UNSET
    agenda: str | Unset = UNSET
    password: str | Unset = UNSET
    recurrence: Recurrence | Unset = UNSET
    tracking_fields: tuple[tuple[str, str], ...] | Unset = UNSET  # Zoom replaces the whole list
    settings: Json = field(default_factory=dict)  # only the settings given

    def given(self) -> list[str]:
        """Schema keys of what this update changes (`start_time`, `settings.audio`)."""
        out = [
            "start_time" if f.name == "start" else f.name
            for f in fields(self)
            if f.name != "settings" and getattr(self, f.name) is not UNSET
        ]
        return out + [f"settings.{name}" for name in self.settings]

    def __bool__(self) -> bool:
        return bool(self.given())

    def problems(
        self, *, occurrence: bool = False, rules: PasscodeRules | None = None
    ) -> list[FieldError]:
        """What Zoom would refuse, checked with the schema's rules before anything is sent;
        with the host's passcode `rules`, a new passcode that breaks them (or removes one the
        account requires)."""
        out: list[FieldError] = []
        if isinstance(self.topic, str) and not self.topic.strip():
            out.append(FieldError("topic", translate("MeetingUpdate", "Enter a topic.")))
        for key in self.given():
            if key == "tracking_fields":
                if occurrence:
                    out.append(FieldError(key, translate_marked("MeetingUpdate", ONCE_ONLY)))
                continue
            if key.startswith("settings."):
                spec = schema.setting(key.removeprefix("settings."))
                if spec is None:
                    out.append(FieldError(key, schema.unknown_setting(key)))
                    continue
            else:
                spec = schema.spec(key)
            if occurrence and not spec.applies_to(Applies.OCCURRENCE):
                out.append(FieldError(key, translate_marked("MeetingUpdate", ONCE_ONLY)))
            elif spec.kind in (schema.Kind.TEXT, schema.Kind.INTEGER) or spec.setting:
                value = self.settings[spec.name] if spec.setting else getattr(self, key)
                out.extend(spec.problems(value))
        if (
            isinstance(self.password, str)
            and rules is not None
            and not any(p.field == "password" for p in out)
        ):
            out += [FieldError("password", m) for m in passcode_problems(self.password, rules)]
        if isinstance(self.recurrence, Recurrence) and not occurrence:
            out.extend(recurrence_problems(self.recurrence))
        if isinstance(self.start, datetime):
            if not isinstance(self.start.tzinfo, ZoneInfo):
                message = translate("MeetingUpdate", "A new start needs its time zone.")
                out.append(FieldError("start_time", message))
            elif problem := year_message(self.start):
                out.append(FieldError("start_time", problem))
        return out

    def body(self, *, occurrence: bool = False) -> Json:
        """The PATCH body, for the series or for one occurrence."""
        out: Json = {}
        for name in ("topic", "agenda", "password", "duration"):
            value = getattr(self, name)
            if value is not UNSET:
                out[name] = value
        if self.type is not UNSET:
            out["type"] = int(self.type)
        if isinstance(self.start, datetime):
            if occurrence:
                out["start_time"] = zoom_local_time(self.start.astimezone(UTC)) + "Z"
            else:
                out["start_time"] = zoom_local_time(self.start)
                out["timezone"] = getattr(self.start.tzinfo, "key", "UTC")
        if isinstance(self.recurrence, Recurrence) and not occurrence:
            out["recurrence"] = self.recurrence.to_json()
        if isinstance(self.tracking_fields, tuple) and not occurrence:
            out["tracking_fields"] = tracking_json(self.tracking_fields)
        if self.settings:
            out["settings"] = dict(self.settings)
        return out

    @classmethod
    def diff(
        cls, baseline: MeetingDraft, draft: MeetingDraft, *, occurrence: bool = False
    ) -> MeetingUpdate:
        """What turns `baseline` into `draft`, with the fields Zoom wants to travel together."""
        changed: dict[str, Any] = {}
        for spec in schema.FIELDS:
            if not spec.applies_to(Applies.OCCURRENCE if occurrence else Applies.SERIES):
                continue
            if spec.key == "timezone" or draft.type not in spec.types:
                continue  # a zone travels inside `start`
            old, new = baseline.value(spec.key), draft.value(spec.key)
            if old != new and new is not None:
                changed["start" if spec.key == "start_time" else spec.key] = new
        zone_moved = draft.timezone != baseline.timezone and not occurrence
        if draft.has_fixed_time and ("start" in changed or zone_moved):
            changed["start"] = draft.start_aware()
        series_moved = "start" in changed or "recurrence" in changed
        if not occurrence and draft.type is MeetingType.RECURRING_FIXED_TIME and series_moved:
            changed["start"] = draft.start_aware()
            changed["recurrence"] = draft.recurrence
        if changed.get("start", UNSET) is None:
            del changed["start"]
        # A draft without tracking fields has not edited them (a form without those rows):
        # sending [] would clear the meeting's.
        edited = draft.tracking_fields and draft.tracking_fields != baseline.tracking_fields
        if edited and not occurrence:
            changed["tracking_fields"] = draft.tracking_fields
        where = Applies.OCCURRENCE if occurrence else Applies.SERIES
        settings = {
            name: value
            for name, value in draft.settings.items()
            if baseline.settings.get(name) != value
            and ((known := schema.setting(name)) is None or known.applies_to(where))
        }
        return cls(settings=settings, **changed)
