"""How one field or setting of a Zoom meeting is described: the `Spec` type, its `Kind` and
where it `Applies`, its `Choice`s, the value patterns and meeting-type sets entries use, and the
checks and parsing every entry shares (`Spec.problems`, `Spec.parse`).

The entries themselves, one per field and setting, are the table in `meeting_schema.py`, which
re-exports these names: callers import from `zoomdesk.core.meeting_schema`.
"""

# Translation: the labels, help texts and messages an entry carries are marked in the table
# (`meeting_schema.py`) and shown with `translate_marked("MeetingSetting", …)`; the messages built
# here when checking a value are translated on the spot with `translate("MeetingSetting", …)`.

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum, Flag, auto
from typing import Any

from zoomdesk.core.errors import FieldError
from zoomdesk.core.i18n import translate, translate_marked, without_mnemonic
from zoomdesk.core.models import MeetingType


class Applies(Flag):
    CREATE = auto()
    SERIES = auto()  # PATCH /meetings/{id}
    OCCURRENCE = auto()  # PATCH /meetings/{id}?occurrence_id=
    NOT_OCCURRENCE = CREATE | SERIES
    ALWAYS = CREATE | SERIES | OCCURRENCE


class Kind(Enum):
    BOOL = "boolean"
    INTEGER = "integer"
    TEXT = "text"
    CHOICE = "choice"
    EMAILS = "email list"
    LIST = "list of text"  # a JSON array of strings (`global_dial_in_countries`)
    # Top-level fields whose widgets and rules are their own (the form builds them by hand):
    TYPE = "meeting type"
    START = "date and time"
    ZONE = "time zone"
    RECURRENCE = "recurrence"


@dataclass(frozen=True)
class Choice:
    value: Any
    label: str


EMAIL_RE = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
PASSCODE_RE = re.compile(r"^[A-Za-z0-9@\-_*]*$")
OPTIONAL_EMAIL_RE = re.compile(r"^$|^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")  # ISO 3166 alpha-2, as Zoom lists dial-in countries
FIXED_TIME = frozenset({MeetingType.SCHEDULED, MeetingType.RECURRING_FIXED_TIME})
RECURRING = frozenset({MeetingType.RECURRING_NO_FIXED_TIME, MeetingType.RECURRING_FIXED_TIME})
ALL_TYPES = FIXED_TIME | RECURRING


@dataclass(frozen=True)
class Spec:
    """One field or setting of a meeting, as Zoom's API names it."""

    name: str
    kind: Kind
    label: str  # the form's text for it; `&` marks the keyboard mnemonic
    help: str = ""
    default: Any = None  # Zoom's documented default, shown for a setting Zoom did not send
    setting: bool = False  # lives under `settings` in Zoom's JSON
    choices: tuple[Choice, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    pattern: re.Pattern[str] | None = None
    pattern_message: str = ""
    applies: Applies = Applies.ALWAYS
    types: frozenset[MeetingType] = ALL_TYPES
    section: str = "options"  # where the form shows it: meeting, when, repeat, security, options
    row: str = ""  # the form row's label; settings with the same row share it
    placeholder: str = ""
    requires: str = ""  # a setting that must have one of `requires_value` for this one to be sent
    requires_value: tuple[Any, ...] = (True,)
    disabled_by: str = ""  # a boolean setting that, while on, turns this one off (Zoom does)
    disabled_note: str = ""
    # Choices that are the host's own, read from its Zoom settings when the form knows the host
    # ("authentication": `GET /users/{id}/settings?option=meeting_authentication`); the value
    # stays text, since an ID the host's list does not show (a hidden option) is still valid.
    host_choices: str = ""

    @property
    def key(self) -> str:
        """The name in `FieldError.field`, the CLI's `--set` and the docs: `settings.x` or `x`."""
        return f"settings.{self.name}" if self.setting else self.name

    @property
    def title(self) -> str:
        return self.label.replace("&", "")

    @property
    def shown_title(self) -> str:
        """The label in the user's language without its mnemonic, for messages and lists."""
        return without_mnemonic(translate_marked("MeetingSetting", self.label))

    def enabled_by(self, settings: dict[str, Any]) -> bool:
        """Whether what this setting `requires` holds in `settings` (always, when nothing)."""
        return not self.requires or settings.get(self.requires) in self.requires_value

    def applies_to(self, where: Applies, kind: MeetingType | None = None) -> bool:
        return bool(self.applies & where) and (kind is None or kind in self.types)

    def problems(self, value: Any) -> list[FieldError]:
        """What Zoom would refuse about `value` for this field (None: not given)."""
        if value is None:
            return []
        message = self._problem(value)
        return [FieldError(self.key, message)] if message else []

    def _problem(self, value: Any) -> str:
        if self.kind is Kind.BOOL:
            if isinstance(value, bool):
                return ""
            return translate("MeetingSetting", "Must be true or false.")
        if self.kind in (Kind.CHOICE, Kind.TYPE):
            allowed = [c.value for c in self.choices]
            if any(type(value) is type(a) and value == a for a in allowed):
                return ""
            return translate("MeetingSetting", "Must be one of {values}.").format(
                values=", ".join(str(a) for a in allowed)
            )
        if self.kind is Kind.INTEGER:
            if not isinstance(value, int) or isinstance(value, bool):
                return translate("MeetingSetting", "Must be a whole number.")
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                return translate("MeetingSetting", "Must be between {low} and {high}.").format(
                    low=low, high=high
                )
            return ""
        if self.kind is Kind.LIST:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return translate("MeetingSetting", 'Must be a list of text, e.g. ["US", "DE"].')
            bad = [v for v in value if self.pattern is not None and not self.pattern.match(v)]
            if not bad:
                return ""
            return translate("MeetingSetting", "{value}: {problem}").format(
                value=repr(bad[0]), problem=translate_marked("MeetingSetting", self.pattern_message)
            )
        if not isinstance(value, str):
            return translate("MeetingSetting", "Must be text.")
        if self.max_length is not None and len(value) > self.max_length:
            return translate("MeetingSetting", "At most {limit} characters ({length}).").format(
                limit=self.max_length, length=len(value)
            )
        if self.pattern is not None and not self.pattern.match(value):
            return translate_marked("MeetingSetting", self.pattern_message)
        if self.kind is Kind.EMAILS:
            bad = [e for e in split_emails(value) if not EMAIL_RE.match(e)]
            if bad:
                return translate("MeetingSetting", "Not an email address: {address}").format(
                    address=bad[0]
                )
        return ""

    def parse(self, text: str) -> Any:
        """A value typed on the command line: JSON (`true`, `5`, `"x"`), else a plain string.
        Raises ValueError with a sentence when it is not a value of this field."""
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        if self.kind in (Kind.TEXT, Kind.EMAILS) and not isinstance(value, str):
            value = text
        if self.kind is Kind.LIST and not isinstance(value, list):
            value = split_list(text)  # `US,DE` as well as `["US", "DE"]`
        if message := self._problem(value):
            raise ValueError(message)
        return value


def split_emails(text: str) -> list[str]:
    return [e.strip() for e in re.split(r"[;,]", text) if e.strip()]


def split_list(text: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;,\s]+", text) if v.strip()]
