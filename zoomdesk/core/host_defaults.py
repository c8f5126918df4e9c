"""A host's own scheduling defaults and the account's passcode rules, from
`GET /users/{userId}/settings`: what a new meeting starts with, what a passcode must contain,
and a passcode that meets the rules. No Qt: the form, the CLI and bulk import share it.

Without the scope to read a user's settings (or when Zoom refuses), zoomdesk falls back to
Zoom's documented defaults (settings as the meeting schema declares them; a passcode required
for scheduled meetings, no further rule) and says so once, in `HostDefaults.note`.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, Protocol

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.errors import PermissionError_, ScopeError, ZoomDeskError
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Json

PASSCODE_MAX = schema.spec("password").max_length or 10
SPECIALS = "@-_*"  # the only special characters Zoom allows in a meeting passcode
GENERATED_LENGTH = 8  # when the rules ask for no more; long enough to resist guessing
# Look-alike characters are left out of generated passcodes so they can be read over the phone.
UPPER, LOWER = "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz"
LETTERS = UPPER + LOWER
DIGITS = "23456789"


@dataclass(frozen=True)
class PasscodeRules:
    """`schedule_meeting.meeting_password_requirement` plus whether a passcode is required."""

    required: bool = True  # require_password_for_scheduled_meetings (Zoom's default: on)
    length: int = 0  # minimum length; 0: none
    have_letter: bool = False
    have_number: bool = False
    have_special_character: bool = False
    have_upper_and_lower_characters: bool = False
    only_allow_numeric: bool = False
    consecutive_characters_length: int = 0  # 0 or 4–8: no run this long ("1234", "aaaa")

    @classmethod
    def from_settings(cls, settings: Json) -> PasscodeRules:
        schedule = settings.get("schedule_meeting") or {}
        rule = schedule.get("meeting_password_requirement") or {}
        return cls(
            required=bool(schedule.get("require_password_for_scheduled_meetings", True)),
            length=_int(rule.get("length")),
            have_letter=bool(rule.get("have_letter")),
            have_number=bool(rule.get("have_number")),
            have_special_character=bool(rule.get("have_special_character")),
            have_upper_and_lower_characters=bool(rule.get("have_upper_and_lower_characters")),
            only_allow_numeric=bool(rule.get("only_allow_numeric")),
            consecutive_characters_length=_int(rule.get("consecutive_characters_length")),
        )

    def describe(self) -> list[str]:
        """The rules in words, one per line (for `zoomdesk users settings`)."""
        out = [
            translate("HostDefaults", "A passcode is required.")
            if self.required
            else translate("HostDefaults", "A passcode is optional.")
        ]
        if self.length:
            text = translate("HostDefaults", "At least {count} characters.")
            out.append(text.format(count=self.length))
        if self.only_allow_numeric:
            out.append(translate("HostDefaults", "Digits only."))
        wanted = [
            (self.have_letter, _a_letter),
            (self.have_number, _a_digit),
            (self.have_special_character, _a_special),
            (self.have_upper_and_lower_characters, _both_cases),
        ]
        needs = [words() for on, words in wanted if on]
        if needs:
            text = translate("HostDefaults", "Must contain {things}.")
            out.append(text.format(things=", ".join(needs)))
        if self.consecutive_characters_length:
            text = translate(
                "HostDefaults", "No run of {count} consecutive characters (such as 1234 or aaaa)."
            )
            out.append(text.format(count=self.consecutive_characters_length))
        return out


ZOOM_DEFAULT_RULES = PasscodeRules()


# What a passcode must contain, as phrases a rule's sentence lists ("Must contain {things}.").
def _a_letter() -> str:
    return translate("HostDefaults", "a letter")


def _a_digit() -> str:
    return translate("HostDefaults", "a digit")


def _a_special() -> str:
    return translate("HostDefaults", "one of @ - _ *")


def _both_cases() -> str:
    return translate("HostDefaults", "upper and lower case letters")


def _all_of(things: list[str]) -> str:
    """`a and b and c`, each pair joined as the user's language does."""
    text = things[0]
    for thing in things[1:]:
        text = translate("HostDefaults", "{first} and {second}").format(first=text, second=thing)
    return text


def passcode_problems(passcode: str, rules: PasscodeRules) -> list[str]:
    """What `passcode` lacks under the account's rules, in words; [] when it meets them. An
    empty passcode is a problem only when the account requires one."""
    if not passcode:
        if not rules.required:
            return []
        return [translate("HostDefaults", "The account requires a passcode; it cannot be removed.")]
    out = []
    if rules.only_allow_numeric and not passcode.isdigit():
        out.append(translate("HostDefaults", "The account allows digits only."))
    if len(passcode) < rules.length:
        text = translate("HostDefaults", "The account requires at least {count} characters.")
        out.append(text.format(count=rules.length))
    wanted = [
        (rules.have_letter, any(c.isalpha() for c in passcode), _a_letter),
        (rules.have_number, any(c.isdigit() for c in passcode), _a_digit),
        (rules.have_special_character, any(c in SPECIALS for c in passcode), _a_special),
        (
            rules.have_upper_and_lower_characters,
            any(c.isupper() for c in passcode) and any(c.islower() for c in passcode),
            _both_cases,
        ),
    ]
    missing = [words() for on, present, words in wanted if on and not present]
    if missing:
        text = translate("HostDefaults", "The account requires {things}.")
        out.append(text.format(things=_all_of(missing)))
    run = rules.consecutive_characters_length
    if run and _longest_run(passcode) >= run:
        text = translate(
            "HostDefaults",
            "The account forbids {count} consecutive characters such as 1234 or aaaa.",
        )
        out.append(text.format(count=run))
    return out


def generate_passcode(rules: PasscodeRules = ZOOM_DEFAULT_RULES) -> str:
    """A random passcode that meets `rules` (at least one letter and one digit unless the
    account wants digits only: some accounts require both)."""
    size = min(max(rules.length, GENERATED_LENGTH), PASSCODE_MAX)
    if rules.only_allow_numeric:
        pools = [DIGITS]
        alphabet = DIGITS
    else:
        pools = [LETTERS, DIGITS]
        if rules.have_special_character:
            pools.append(SPECIALS)
        if rules.have_upper_and_lower_characters:
            pools += [UPPER, LOWER]
        alphabet = LETTERS + DIGITS
    strict = replace(rules, required=False)
    while True:
        chosen = [secrets.choice(pool) for pool in pools]
        chosen += [secrets.choice(alphabet) for _ in range(size - len(chosen))]
        secrets.SystemRandom().shuffle(chosen)
        code = "".join(chosen)
        if not passcode_problems(code, strict):
            return code


def _longest_run(text: str) -> int:
    """The longest run of identical or ascending/descending consecutive characters."""
    longest = 1
    for step in (0, 1, -1):
        current = 1
        for before, after in pairwise(text):
            current = current + 1 if ord(after) - ord(before) == step else 1
            longest = max(longest, current)
    return longest if text else 0


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclass(frozen=True)
class AuthenticationOption:
    id: str
    name: str
    type: str
    default: bool = False
    domains: str = ""


@dataclass(frozen=True)
class HostDefaults:
    """What a new meeting of this host starts with, and where that came from."""

    host: str
    settings: Json  # meeting settings by their schema names
    rules: PasscodeRules = ZOOM_DEFAULT_RULES
    authentication: tuple[AuthenticationOption, ...] = ()
    from_host: bool = False  # False: Zoom's documented defaults (no scope, or Zoom refused)
    note: str = ""  # "Defaults from Avery Chen's Zoom settings", or why they are Zoom's
    raw: Json = field(default_factory=dict)  # Zoom's settings object as returned

    def draft_settings(self) -> Json:
        """A new meeting's settings: the schema's defaults, overridden by the host's own."""
        out: Json = {s.name: s.default for s in schema.SETTINGS if s.default is not None}
        out.update(self.settings)
        return out

    def new_passcode(self) -> str:
        """A passcode for a new meeting: one that meets the rules, or none when not required."""
        return generate_passcode(self.rules) if self.rules.required else ""


def defaults_from_settings(host: str, name: str, settings: Json, auth: Json) -> HostDefaults:
    """HostDefaults from Zoom's `GET /users/{id}/settings` and its `?option=meeting_authentication`
    answer (an empty dict when that one was not read)."""
    schedule = settings.get("schedule_meeting") or {}
    in_meeting = settings.get("in_meeting") or {}
    recording = settings.get("recording") or {}
    mapped: Json = {
        "host_video": schedule.get("host_video"),
        "participant_video": schedule.get("participants_video"),
        "join_before_host": schedule.get("join_before_host"),
        "waiting_room": in_meeting.get("waiting_room"),
        "auto_recording": recording.get("auto_recording"),
        # "thirdParty" audio has no meeting-level value; Zoom's default stands.
        "audio": schedule.get("audio_type") if schedule.get("audio_type") != "thirdParty" else None,
        "meeting_authentication": auth.get("meeting_authentication"),
    }
    if mapped["waiting_room"]:
        mapped["join_before_host"] = False  # Zoom turns it off with the waiting room
    chosen = {
        k: v
        for k, v in mapped.items()
        if v is not None and (spec := schema.setting(k)) is not None and not spec.problems(v)
    }
    options = tuple(
        AuthenticationOption(
            str(o.get("id", "")),
            str(o.get("name", "")),
            str(o.get("type", "")),
            bool(o.get("default_option")),
            str(o.get("domains") or ""),
        )
        for o in auth.get("authentication_options") or ()
        if isinstance(o, dict) and o.get("visible", True)
    )
    return HostDefaults(
        host,
        chosen,
        PasscodeRules.from_settings(settings),
        options,
        from_host=True,
        note=translate("HostDefaults", "Defaults from {name}'s Zoom settings").format(
            name=name or host
        ),
        raw=settings,
    )


def zoom_defaults(host: str, reason: str) -> HostDefaults:
    note = translate("HostDefaults", "Zoom's documented defaults ({reason})")
    return HostDefaults(host, {}, note=note.format(reason=reason))


class SettingsSource(Protocol):
    async def get_user_settings(self, user: str, option: str | None = None) -> Json: ...


class HostDefaultsCache:
    """Host defaults read once per host per session (the form opens many meetings)."""

    def __init__(self, client: SettingsSource) -> None:
        self._client = client
        self._found: dict[str, HostDefaults] = {}
        self._lock = asyncio.Lock()

    async def get(self, host: str, name: str = "") -> HostDefaults:
        async with self._lock:  # two forms opening at once: one request
            if host in self._found:
                return self._found[host]
            try:
                settings = await self._client.get_user_settings(host)
            except (ScopeError, PermissionError_) as error:  # for the session: say it once
                found = zoom_defaults(host, error.summary())
            except ZoomDeskError as error:  # a network hiccup: not remembered, tried again
                reason = translate("HostDefaults", "the host's settings could not be read: {why}")
                return zoom_defaults(host, reason.format(why=error.summary()))
            else:
                try:
                    auth = await self._client.get_user_settings(host, "meeting_authentication")
                except ZoomDeskError:
                    auth = {}  # the main settings are enough for defaults and passcode rules
                found = defaults_from_settings(host, name, settings, auth)
            self._found[host] = found
            return found
