"""One declared description of a Zoom meeting: every field and setting zoomdesk edits, once.

Each entry names the field as Zoom's API does (`topic`, `settings.waiting_room`), its type,
limits and choices, Zoom's default, a label and help text, and where it applies: on create, on
a series update, on one occurrence (`PATCH ?occurrence_id=` changes only a few things), and to
which meeting types. Everything else is derived from this table: draft validation and the create
body (`drafts.py`), the PATCH diff (`meeting_update.py`), the form's option rows
(`ui/meeting_options.py`), the CLI's `--set KEY=VALUE` and the settings table in the docs.

Adding a Zoom setting is one `Spec` here (plus, where its widget is special, one widget).
What an entry can say, and the checks and parsing every entry shares, is the `Spec` type in
`meeting_spec.py`.
Limits come from Zoom's Meeting API OpenAPI file (meetingCreate / meetingUpdate) and its docs.
"""

# Translation: the table is built at import time, before any catalogue is installed, so its
# labels, help texts, rows, placeholders, notes and choice labels are only marked here with
# `translate_noop("MeetingSetting", …)` and stay English (the CLI, the generated docs and the
# policy templates read them). Whoever shows one calls `translate_marked("MeetingSetting",
# spec.label)` (same context for every schema text). Messages built when checking a value
# (`meeting_spec.py`) are translated on the spot with `translate("MeetingSetting", …)`.

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from zoomdesk.core.i18n import translate, translate_noop
from zoomdesk.core.meeting_spec import (
    ALL_TYPES,
    COUNTRY_RE,
    EMAIL_RE,
    FIXED_TIME,
    OPTIONAL_EMAIL_RE,
    PASSCODE_RE,
    RECURRING,
    Applies,
    Choice,
    Kind,
    Spec,
    split_emails,
    split_list,
)
from zoomdesk.core.models import MeetingType

# The types of an entry live in meeting_spec.py; they are named here too, so callers import
# everything about the schema from this one place.
__all__ = [
    "ALL_TYPES",
    "COUNTRY_RE",
    "EMAIL_RE",
    "FIELDS",
    "FIXED_TIME",
    "OPTIONAL_EMAIL_RE",
    "PASSCODE_RE",
    "RECURRING",
    "SETTINGS",
    "Applies",
    "Choice",
    "Kind",
    "Spec",
    "closest_keys",
    "either",
    "setting",
    "settings_in",
    "spec",
    "split_emails",
    "split_list",
    "unknown_setting",
]


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
