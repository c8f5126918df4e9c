"""One declared description of a Zoom meeting: every field and setting zoomdesk edits, once.

Each entry names the field as Zoom's API does (`topic`, `settings.waiting_room`), its type,
limits and choices, Zoom's default, a label and help text, and where it applies: on create, on
a series update, on one occurrence (`PATCH ?occurrence_id=` changes only a few things), and to
which meeting types. Everything else is derived from this table: draft validation and the create
body (`drafts.py`), the PATCH diff (`meeting_update.py`), the form's option rows
(`ui/meeting_options.py`), the CLI's `--set KEY=VALUE` and the settings table in the docs.

Adding a Zoom setting is one `Spec` here (plus, where its widget is special, one widget).
Limits come from Zoom's Meeting API OpenAPI file (meetingCreate / meetingUpdate) and its docs.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, Flag, auto
from typing import Any

from zoomdesk.core.errors import FieldError
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
            return "" if isinstance(value, bool) else "Must be true or false."
        if self.kind in (Kind.CHOICE, Kind.TYPE):
            allowed = [c.value for c in self.choices]
            ok = any(type(value) is type(a) and value == a for a in allowed)
            return "" if ok else f"Must be one of {', '.join(str(a) for a in allowed)}."
        if self.kind is Kind.INTEGER:
            if not isinstance(value, int) or isinstance(value, bool):
                return "Must be a whole number."
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                return f"Must be between {low} and {high}."
            return ""
        if self.kind is Kind.LIST:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return 'Must be a list of text, e.g. ["US", "DE"].'
            bad = [v for v in value if self.pattern is not None and not self.pattern.match(v)]
            return f"{bad[0]!r}: {self.pattern_message}" if bad else ""
        if not isinstance(value, str):
            return "Must be text."
        if self.max_length is not None and len(value) > self.max_length:
            return f"At most {self.max_length} characters ({len(value)})."
        if self.pattern is not None and not self.pattern.match(value):
            return self.pattern_message
        if self.kind is Kind.EMAILS:
            bad = [e for e in split_emails(value) if not EMAIL_RE.match(e)]
            return f"Not an email address: {bad[0]}" if bad else ""
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


def _choices(*pairs: tuple[Any, str]) -> tuple[Choice, ...]:
    return tuple(Choice(value, label) for value, label in pairs)


FIELDS: tuple[Spec, ...] = (
    Spec("topic", Kind.TEXT, "&Topic", "What the meeting is about.", "", max_length=200,
         applies=Applies.NOT_OCCURRENCE, section="meeting",
         placeholder="What the meeting is about"),
    Spec("agenda", Kind.TEXT, "&Agenda", "Shown in the invitation.", "", max_length=2000,
         section="meeting", placeholder="Optional; shown in the invitation"),
    Spec("type", Kind.TYPE, "T&ype", "One-time, or recurring with or without fixed times.",
         MeetingType.SCHEDULED, applies=Applies.NOT_OCCURRENCE, section="meeting",
         choices=_choices((MeetingType.SCHEDULED, "One-time meeting"),
                          (MeetingType.RECURRING_FIXED_TIME, "Recurring meeting, fixed times"),
                          (MeetingType.RECURRING_NO_FIXED_TIME,
                           "Recurring meeting, no fixed time"))),
    Spec("start_time", Kind.START, "&Starts", "Wall-clock time in the meeting's time zone.",
         types=FIXED_TIME, section="when"),
    Spec("timezone", Kind.ZONE, "Time &zone", "An IANA zone, e.g. Europe/Berlin.", "UTC",
         applies=Applies.NOT_OCCURRENCE, section="when"),
    Spec("duration", Kind.INTEGER, "D&uration", "Minutes.", 60, minimum=1, maximum=24 * 60,
         types=FIXED_TIME, section="when"),
    Spec("recurrence", Kind.RECURRENCE, "Repeat", "How a recurring meeting repeats.",
         applies=Applies.NOT_OCCURRENCE, types=RECURRING, section="repeat"),
    Spec("password", Kind.TEXT, "Pass&code", "Letters, digits and @ - _ *", "", max_length=10,
         pattern=PASSCODE_RE, pattern_message="Only letters, digits and @ - _ * are allowed.",
         applies=Applies.NOT_OCCURRENCE, section="security", placeholder="No passcode"),
)  # fmt: skip

# Zoom applies these "only to meetings with registration enabled" (meetingCreate settings).
_WITH_REGISTRATION: dict[str, Any] = {"requires": "approval_type", "requires_value": (0, 1)}

SETTINGS: tuple[Spec, ...] = (
    Spec("waiting_room", Kind.BOOL, "Admit people from a &waiting room",
         "Participants wait until the host admits them.", False, True,
         section="security", row="Waiting room"),
    Spec("approval_type", Kind.CHOICE, "Registration", "Whether participants register first.",
         2, True, _choices((2, "No registration"), (0, "Registration, approved automatically"),
                           (1, "Registration, approved by the host")),
         applies=Applies.NOT_OCCURRENCE, section="security", row="Re&gistration"),
    Spec("registration_type", Kind.CHOICE, "Registration for the series",
         "For a recurring meeting with fixed times: what one registration covers.", 1, True,
         _choices((1, "Register once, attend any occurrence"),
                  (2, "Register for each occurrence"),
                  (3, "Register once, choose the occurrences")),
         applies=Applies.NOT_OCCURRENCE, types=frozenset({MeetingType.RECURRING_FIXED_TIME}),
         section="security", row="Re&gistration", **_WITH_REGISTRATION),
    Spec("meeting_authentication", Kind.BOOL, "Only signed-in use&rs may join",
         "Participants must sign in to Zoom (the host's authentication profiles).", False, True,
         applies=Applies.NOT_OCCURRENCE, section="security", row="Authentication"),
    Spec("authentication_option", Kind.TEXT, "Authentication option",
         "One of the host's authentication options, by ID (zoomdesk users settings USER).",
         "", True, applies=Applies.NOT_OCCURRENCE, section="security",
         row="Aut&hentication option", placeholder="The host's default option",
         requires="meeting_authentication", host_choices="authentication"),
    Spec("authentication_domains", Kind.TEXT, "Authenticated domains",
         "Only users whose email address is in one of these domains may join; separate with ,",
         "", True, applies=Applies.NOT_OCCURRENCE, section="security",
         row="Authenticated domains", placeholder="example.com, *.example.org",
         requires="meeting_authentication"),
    Spec("host_video", Kind.BOOL, "Host &video on", "Start with the host's video on.", False,
         True, row="Video"),
    Spec("participant_video", Kind.BOOL, "&Participants' video on",
         "Start with participants' video on.", False, True, row="Video"),
    Spec("join_before_host", Kind.BOOL, "Let people &join before the host",
         "Participants may join before the host arrives.", False, True, row="Joining",
         disabled_by="waiting_room",
         disabled_note="Not available while the waiting room is on (Zoom turns it off)."),
    Spec("jbh_time", Kind.CHOICE, "How early people may join",
         "How long before the start people may join.", 0, True,
         _choices((0, "Any time before the start"), (5, "Up to 5 min before"),
                  (10, "Up to 10 min before")),
         applies=Applies.NOT_OCCURRENCE, row="Joining", requires="join_before_host"),
    Spec("mute_upon_entry", Kind.BOOL, "&Mute participants when they join",
         "Participants join muted.", False, True),
    Spec("auto_recording", Kind.CHOICE, "Automatic recording", "Record automatically.",
         "none", True,
         _choices(("none", "Don't record"), ("local", "On this computer"),
                  ("cloud", "In the cloud")), row="Recor&ding"),
    Spec("audio", Kind.CHOICE, "Audio", "How participants may join the audio.", "both", True,
         _choices(("both", "Telephone and computer audio"), ("telephony", "Telephone only"),
                  ("voip", "Computer audio only")),
         applies=Applies.NOT_OCCURRENCE, row="Aud&io"),
    Spec("watermark", Kind.BOOL, "Add a watermar&k to shared screens",
         "Shared content shows part of each viewer's email address.", False, True),
    Spec("alternative_hosts", Kind.EMAILS, "Alternative hosts",
         "Email addresses of licensed users, separated by ;", "", True,
         applies=Applies.NOT_OCCURRENCE, row="A&lternative hosts",
         placeholder="ann@example.com; bob@example.com"),
    Spec("email_notification", Kind.BOOL, "&Email alternative hosts and schedulers about it",
         "Zoom emails the alternative hosts when the meeting is scheduled.", True, True,
         applies=Applies.NOT_OCCURRENCE),
    # Rarely used: the form shows them under "Advanced".
    Spec("alternative_hosts_email_notification", Kind.BOOL,
         "Email the alternative &hosts themselves",
         "Zoom's switch for the alternative hosts alone; the one under Options covers "
         "schedulers too.", True, True, applies=Applies.NOT_OCCURRENCE, section="advanced"),
    Spec("use_pmi", Kind.BOOL, "Use the host's &Personal Meeting ID",
         "The meeting uses the host's PMI instead of a new meeting ID.", False, True,
         applies=Applies.NOT_OCCURRENCE,
         types=frozenset({MeetingType.SCHEDULED, MeetingType.RECURRING_NO_FIXED_TIME}),
         section="advanced"),
    Spec("encryption_type", Kind.CHOICE, "Encryption",
         "End-to-end encryption turns off cloud recording and phone dial-in.",
         "enhanced_encryption", True,
         _choices(("enhanced_encryption", "Enhanced encryption"),
                  ("e2ee", "End-to-end encryption")),
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="&Encryption"),
    Spec("focus_mode", Kind.BOOL, "Start in &focus mode",
         "Participants see only the host's and their own video.", False, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="In the meeting"),
    Spec("private_meeting", Kind.BOOL, "Private meetin&g",
         "The topic is hidden from others' calendars.", False, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="In the meeting"),
    Spec("global_dial_in_countries", Kind.LIST, "Dial-in countries",
         "Country codes whose dial-in numbers the invitation lists, e.g. US, DE.", None, True,
         pattern=COUNTRY_RE, pattern_message="Country codes are two capital letters, e.g. DE.",
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Dial-in &countries",
         placeholder="The account's countries"),
    Spec("allow_multiple_devices", Kind.BOOL, "Let registrants join from several &devices",
         "A registrant's link works on more than one device at a time.", False, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Registrants",
         **_WITH_REGISTRATION),
    Spec("registrants_confirmation_email", Kind.BOOL, "Send registrants a &confirmation",
         "Zoom emails each registrant a confirmation.", True, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Registrants",
         **_WITH_REGISTRATION),
    Spec("registrants_email_notification", Kind.BOOL, "Email registrants about appro&val",
         "Zoom emails registrants when they are approved, denied or cancelled.", True, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Registrants",
         **_WITH_REGISTRATION),
    Spec("close_registration", Kind.BOOL, "Close registration after the meeting's da&te",
         "No one can register once the meeting has taken place.", False, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Registrants",
         **_WITH_REGISTRATION),
    Spec("contact_name", Kind.TEXT, "Contact name",
         "Shown to registrants on the registration page.", "", True,
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Contact na&me",
         placeholder="Jill Chill", **_WITH_REGISTRATION),
    Spec("contact_email", Kind.TEXT, "Contact email",
         "Shown to registrants on the registration page.", "", True,
         pattern=OPTIONAL_EMAIL_RE, pattern_message="Not an email address.",
         applies=Applies.NOT_OCCURRENCE, section="advanced", row="Contact emai&l",
         placeholder="jill.chill@example.com", **_WITH_REGISTRATION),
)  # fmt: skip

_BY_KEY = {spec.key: spec for spec in (*FIELDS, *SETTINGS)}
_SETTING_BY_NAME = {spec.name: spec for spec in SETTINGS}


def spec(key: str) -> Spec:
    """The entry for `topic` or `settings.waiting_room`; KeyError when there is none."""
    return _BY_KEY[key]


def setting(name: str) -> Spec | None:
    return _SETTING_BY_NAME.get(name)


def settings_in(section: str) -> Iterator[Spec]:
    return (s for s in SETTINGS if s.section == section)


def closest_keys(key: str, count: int = 3) -> list[str]:
    """For "did you mean": the known names nearest to an unknown one."""
    name = key.removeprefix("settings.")
    known = [s.name for s in SETTINGS]
    return difflib.get_close_matches(name, known, n=count, cutoff=0.5)


def unknown_setting(key: str) -> str:
    """The message for a setting name zoomdesk does not know, with the nearest known ones."""
    near = closest_keys(key)
    hint = f" Did you mean {' or '.join(near)}?" if near else ""
    return f"zoomdesk does not know the setting {key.removeprefix('settings.')!r}.{hint}"
