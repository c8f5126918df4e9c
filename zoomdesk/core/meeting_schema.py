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

# Translation: the table is built at import time, before any catalogue is installed, so its
# labels, help texts, rows, placeholders, notes and choice labels are only marked here with
# `translate_noop("MeetingSetting", …)` and stay English (the CLI, the generated docs and the
# policy templates read them). Whoever shows one calls `translate_marked("MeetingSetting",
# spec.label)` (same context for every schema text). Messages built when checking a value are
# translated on the spot with `translate("MeetingSetting", …)`.

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, Flag, auto
from typing import Any

from zoomdesk.core.errors import FieldError
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
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


_JAPANESE_MNEMONIC = re.compile(r"\s*\(&\w\)")


def without_mnemonic(text: str) -> str:
    """`&Topic` → `Topic`; Japanese writes the mnemonic apart: `トピック(&T)` → `トピック`."""
    return _JAPANESE_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def split_emails(text: str) -> list[str]:
    return [e.strip() for e in re.split(r"[;,]", text) if e.strip()]


def split_list(text: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;,\s]+", text) if v.strip()]


def _choices(*pairs: tuple[Any, str]) -> tuple[Choice, ...]:
    return tuple(Choice(value, label) for value, label in pairs)


FIELDS: tuple[Spec, ...] = (
    Spec("topic", Kind.TEXT, translate_noop("MeetingSetting", "&Topic"),
         translate_noop("MeetingSetting", "What the meeting is about."), "", max_length=200,
         applies=Applies.NOT_OCCURRENCE, section="meeting",
         placeholder=translate_noop("MeetingSetting", "What the meeting is about")),
    Spec("agenda", Kind.TEXT, translate_noop("MeetingSetting", "&Agenda"),
         translate_noop("MeetingSetting", "Shown in the invitation."), "", max_length=2000,
         section="meeting",
         placeholder=translate_noop("MeetingSetting", "Optional; shown in the invitation")),
    Spec("type", Kind.TYPE, translate_noop("MeetingSetting", "T&ype"),
         translate_noop("MeetingSetting", "One-time, or recurring with or without fixed times."),
         MeetingType.SCHEDULED, applies=Applies.NOT_OCCURRENCE, section="meeting",
         choices=_choices(
             (MeetingType.SCHEDULED, translate_noop("MeetingSetting", "One-time meeting")),
             (MeetingType.RECURRING_FIXED_TIME,
              translate_noop("MeetingSetting", "Recurring meeting, fixed times")),
             (MeetingType.RECURRING_NO_FIXED_TIME,
              translate_noop("MeetingSetting", "Recurring meeting, no fixed time")))),
    Spec("start_time", Kind.START, translate_noop("MeetingSetting", "&Starts"),
         translate_noop("MeetingSetting", "Wall-clock time in the meeting's time zone."),
         types=FIXED_TIME, section="when"),
    Spec("timezone", Kind.ZONE, translate_noop("MeetingSetting", "Time &zone"),
         translate_noop("MeetingSetting", "An IANA zone, e.g. Europe/Berlin."), "UTC",
         applies=Applies.NOT_OCCURRENCE, section="when"),
    Spec("duration", Kind.INTEGER, translate_noop("MeetingSetting", "D&uration"),
         translate_noop("MeetingSetting", "Minutes."), 60, minimum=1, maximum=24 * 60,
         types=FIXED_TIME, section="when"),
    Spec("recurrence", Kind.RECURRENCE, translate_noop("MeetingSetting", "Repeat"),
         translate_noop("MeetingSetting", "How a recurring meeting repeats."),
         applies=Applies.NOT_OCCURRENCE, types=RECURRING, section="repeat"),
    Spec("password", Kind.TEXT, translate_noop("MeetingSetting", "Pass&code"),
         translate_noop("MeetingSetting", "Letters, digits and @ - _ *"), "", max_length=10,
         pattern=PASSCODE_RE,
         pattern_message=translate_noop(
             "MeetingSetting", "Only letters, digits and @ - _ * are allowed."),
         applies=Applies.NOT_OCCURRENCE, section="security",
         placeholder=translate_noop("MeetingSetting", "No passcode")),
)  # fmt: skip

# Zoom applies these "only to meetings with registration enabled" (meetingCreate settings).
_WITH_REGISTRATION: dict[str, Any] = {"requires": "approval_type", "requires_value": (0, 1)}

SETTINGS: tuple[Spec, ...] = (
    Spec("waiting_room", Kind.BOOL,
         translate_noop("MeetingSetting", "Admit people from a &waiting room"),
         translate_noop("MeetingSetting", "Participants wait until the host admits them."),
         False, True, section="security",
         row=translate_noop("MeetingSetting", "Waiting room")),
    Spec("approval_type", Kind.CHOICE, translate_noop("MeetingSetting", "Registration"),
         translate_noop("MeetingSetting", "Whether participants register first."), 2, True,
         _choices((2, translate_noop("MeetingSetting", "No registration")),
                  (0, translate_noop("MeetingSetting", "Registration, approved automatically")),
                  (1, translate_noop("MeetingSetting", "Registration, approved by the host"))),
         applies=Applies.NOT_OCCURRENCE, section="security",
         row=translate_noop("MeetingSetting", "Re&gistration")),
    Spec("registration_type", Kind.CHOICE,
         translate_noop("MeetingSetting", "Registration for the series"),
         translate_noop("MeetingSetting",
                        "For a recurring meeting with fixed times: what one registration covers."),
         1, True,
         _choices((1, translate_noop("MeetingSetting", "Register once, attend any occurrence")),
                  (2, translate_noop("MeetingSetting", "Register for each occurrence")),
                  (3, translate_noop("MeetingSetting", "Register once, choose the occurrences"))),
         applies=Applies.NOT_OCCURRENCE, types=frozenset({MeetingType.RECURRING_FIXED_TIME}),
         section="security", row=translate_noop("MeetingSetting", "Re&gistration"),
         **_WITH_REGISTRATION),
    Spec("meeting_authentication", Kind.BOOL,
         translate_noop("MeetingSetting", "Only signed-in use&rs may join"),
         translate_noop("MeetingSetting", "Participants must sign in to Zoom (the host's "
                        "authentication profiles)."), False, True,
         applies=Applies.NOT_OCCURRENCE, section="security",
         row=translate_noop("MeetingSetting", "Authentication")),
    Spec("authentication_option", Kind.TEXT,
         translate_noop("MeetingSetting", "Authentication option"),
         translate_noop("MeetingSetting", "One of the host's authentication options, by ID "
                        "(zoomdesk users settings USER)."),
         "", True, applies=Applies.NOT_OCCURRENCE, section="security",
         row=translate_noop("MeetingSetting", "Aut&hentication option"),
         placeholder=translate_noop("MeetingSetting", "The host's default option"),
         requires="meeting_authentication", host_choices="authentication"),
    Spec("authentication_domains", Kind.TEXT,
         translate_noop("MeetingSetting", "Authenticated domains"),
         translate_noop("MeetingSetting", "Only users whose email address is in one of these "
                        "domains may join; separate with ,"),
         "", True, applies=Applies.NOT_OCCURRENCE, section="security",
         row=translate_noop("MeetingSetting", "Authenticated domains"),
         placeholder=translate_noop("MeetingSetting", "example.com, *.example.org"),
         requires="meeting_authentication"),
    Spec("host_video", Kind.BOOL, translate_noop("MeetingSetting", "Host &video on"),
         translate_noop("MeetingSetting", "Start with the host's video on."), False,
         True, row=translate_noop("MeetingSetting", "Video")),
    Spec("participant_video", Kind.BOOL,
         translate_noop("MeetingSetting", "&Participants' video on"),
         translate_noop("MeetingSetting", "Start with participants' video on."), False, True,
         row=translate_noop("MeetingSetting", "Video")),
    Spec("join_before_host", Kind.BOOL,
         translate_noop("MeetingSetting", "Let people &join before the host"),
         translate_noop("MeetingSetting", "Participants may join before the host arrives."),
         False, True, row=translate_noop("MeetingSetting", "Joining"),
         disabled_by="waiting_room",
         disabled_note=translate_noop("MeetingSetting", "Not available while the waiting room "
                                      "is on (Zoom turns it off).")),
    Spec("jbh_time", Kind.CHOICE, translate_noop("MeetingSetting", "How early people may join"),
         translate_noop("MeetingSetting", "How long before the start people may join."), 0, True,
         _choices((0, translate_noop("MeetingSetting", "Any time before the start")),
                  (5, translate_noop("MeetingSetting", "Up to 5 min before")),
                  (10, translate_noop("MeetingSetting", "Up to 10 min before"))),
         applies=Applies.NOT_OCCURRENCE, row=translate_noop("MeetingSetting", "Joining"),
         requires="join_before_host"),
    Spec("mute_upon_entry", Kind.BOOL,
         translate_noop("MeetingSetting", "&Mute participants when they join"),
         translate_noop("MeetingSetting", "Participants join muted."), False, True),
    Spec("auto_recording", Kind.CHOICE, translate_noop("MeetingSetting", "Automatic recording"),
         translate_noop("MeetingSetting", "Record automatically."), "none", True,
         _choices(("none", translate_noop("MeetingSetting", "Don't record")),
                  ("local", translate_noop("MeetingSetting", "On this computer")),
                  ("cloud", translate_noop("MeetingSetting", "In the cloud"))),
         row=translate_noop("MeetingSetting", "Recor&ding")),
    Spec("audio", Kind.CHOICE, translate_noop("MeetingSetting", "Audio"),
         translate_noop("MeetingSetting", "How participants may join the audio."), "both", True,
         _choices(("both", translate_noop("MeetingSetting", "Telephone and computer audio")),
                  ("telephony", translate_noop("MeetingSetting", "Telephone only")),
                  ("voip", translate_noop("MeetingSetting", "Computer audio only"))),
         applies=Applies.NOT_OCCURRENCE, row=translate_noop("MeetingSetting", "Aud&io")),
    Spec("watermark", Kind.BOOL,
         translate_noop("MeetingSetting", "Add a watermar&k to shared screens"),
         translate_noop("MeetingSetting",
                        "Shared content shows part of each viewer's email address."),
         False, True),
    Spec("alternative_hosts", Kind.EMAILS, translate_noop("MeetingSetting", "Alternative hosts"),
         translate_noop("MeetingSetting", "Email addresses of licensed users, separated by ;"),
         "", True, applies=Applies.NOT_OCCURRENCE,
         row=translate_noop("MeetingSetting", "A&lternative hosts"),
         placeholder=translate_noop("MeetingSetting", "ann@example.com; bob@example.com")),
    Spec("email_notification", Kind.BOOL,
         translate_noop("MeetingSetting", "&Email alternative hosts and schedulers about it"),
         translate_noop("MeetingSetting",
                        "Zoom emails the alternative hosts when the meeting is scheduled."),
         True, True, applies=Applies.NOT_OCCURRENCE),
    # Rarely used: the form shows them under "Advanced".
    Spec("alternative_hosts_email_notification", Kind.BOOL,
         translate_noop("MeetingSetting", "Email the alternative &hosts themselves"),
         translate_noop("MeetingSetting", "Zoom's switch for the alternative hosts alone; the "
                        "one under Options covers schedulers too."),
         True, True, applies=Applies.NOT_OCCURRENCE, section="advanced"),
    Spec("use_pmi", Kind.BOOL,
         translate_noop("MeetingSetting", "Use the host's &Personal Meeting ID"),
         translate_noop("MeetingSetting",
                        "The meeting uses the host's PMI instead of a new meeting ID."),
         False, True, applies=Applies.NOT_OCCURRENCE,
         types=frozenset({MeetingType.SCHEDULED, MeetingType.RECURRING_NO_FIXED_TIME}),
         section="advanced"),
    Spec("encryption_type", Kind.CHOICE, translate_noop("MeetingSetting", "Encryption"),
         translate_noop("MeetingSetting",
                        "End-to-end encryption turns off cloud recording and phone dial-in."),
         "enhanced_encryption", True,
         _choices(("enhanced_encryption",
                   translate_noop("MeetingSetting", "Enhanced encryption")),
                  ("e2ee", translate_noop("MeetingSetting", "End-to-end encryption"))),
         applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "&Encryption")),
    Spec("focus_mode", Kind.BOOL, translate_noop("MeetingSetting", "Start in &focus mode"),
         translate_noop("MeetingSetting",
                        "Participants see only the host's and their own video."), False, True,
         applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "In the meeting")),
    Spec("private_meeting", Kind.BOOL, translate_noop("MeetingSetting", "Private meetin&g"),
         translate_noop("MeetingSetting", "The topic is hidden from others' calendars."),
         False, True, applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "In the meeting")),
    Spec("global_dial_in_countries", Kind.LIST,
         translate_noop("MeetingSetting", "Dial-in countries"),
         translate_noop("MeetingSetting", "Country codes whose dial-in numbers the invitation "
                        "lists, e.g. US, DE."), None, True,
         pattern=COUNTRY_RE,
         pattern_message=translate_noop("MeetingSetting",
                                        "Country codes are two capital letters, e.g. DE."),
         applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Dial-in &countries"),
         placeholder=translate_noop("MeetingSetting", "The account's countries")),
    Spec("allow_multiple_devices", Kind.BOOL,
         translate_noop("MeetingSetting", "Let registrants join from several &devices"),
         translate_noop("MeetingSetting",
                        "A registrant's link works on more than one device at a time."),
         False, True, applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Registrants"), **_WITH_REGISTRATION),
    Spec("registrants_confirmation_email", Kind.BOOL,
         translate_noop("MeetingSetting", "Send registrants a &confirmation"),
         translate_noop("MeetingSetting", "Zoom emails each registrant a confirmation."),
         True, True, applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Registrants"), **_WITH_REGISTRATION),
    Spec("registrants_email_notification", Kind.BOOL,
         translate_noop("MeetingSetting", "Email registrants about appro&val"),
         translate_noop("MeetingSetting",
                        "Zoom emails registrants when they are approved, denied or cancelled."),
         True, True, applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Registrants"), **_WITH_REGISTRATION),
    Spec("close_registration", Kind.BOOL,
         translate_noop("MeetingSetting", "Close registration after the meeting's da&te"),
         translate_noop("MeetingSetting",
                        "No one can register once the meeting has taken place."),
         False, True, applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Registrants"), **_WITH_REGISTRATION),
    Spec("contact_name", Kind.TEXT, translate_noop("MeetingSetting", "Contact name"),
         translate_noop("MeetingSetting", "Shown to registrants on the registration page."),
         "", True, applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Contact na&me"),
         placeholder=translate_noop("MeetingSetting", "Jill Chill"), **_WITH_REGISTRATION),
    Spec("contact_email", Kind.TEXT, translate_noop("MeetingSetting", "Contact email"),
         translate_noop("MeetingSetting", "Shown to registrants on the registration page."),
         "", True, pattern=OPTIONAL_EMAIL_RE,
         pattern_message=translate_noop("MeetingSetting", "Not an email address."),
         applies=Applies.NOT_OCCURRENCE, section="advanced",
         row=translate_noop("MeetingSetting", "Contact emai&l"),
         placeholder=translate_noop("MeetingSetting", "jill.chill@example.com"),
         **_WITH_REGISTRATION),
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
    name = repr(key.removeprefix("settings."))
    if not near:
        return translate("MeetingSetting", "zoomdesk does not know the setting {name}.").format(
            name=name
        )
    return translate(
        "MeetingSetting", "zoomdesk does not know the setting {name}. Did you mean {names}?"
    ).format(name=name, names=either(near))


def either(names: list[str]) -> str:
    """`a or b or c`, in the user's language (each pair joined as the language does)."""
    text = names[0]
    for name in names[1:]:
        text = translate("MeetingSetting", "{first} or {second}").format(first=text, second=name)
    return text
