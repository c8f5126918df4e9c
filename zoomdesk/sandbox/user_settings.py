"""Each user's Zoom settings: the scheduling defaults a new meeting starts from, the passcode rules
(`meeting_password_requirement`) and the meeting authentication options, stored per user and shown
as GET /users/{userId}/settings shows them (with `?option=` for its other shapes).

Field names and shapes are those of Zoom's OpenAPI schema for that operation. A user's settings
are one stored dict; the passcode rule appears in both `schedule_meeting` and `meeting_security`,
as on Zoom."""

from __future__ import annotations

import copy
import random
import string
from collections.abc import Mapping
from typing import Any

OPTIONS = ("meeting_authentication", "recording_authentication", "meeting_security")
PASSCODE_SPECIALS = (
    "@-_*"  # the characters Zoom allows in a meeting passcode besides letters/digits
)
MAX_PASSCODE = 10
# Zoom generates six characters when no rule asks for more (an assumption from real meetings).
GENERATED_LENGTH = 6


def default_settings(*, account_domain: str = "example.com") -> dict[str, Any]:
    """A new user's settings: Zoom's defaults for the fields the sandbox emulates, a passcode
    required for scheduled meetings and no further passcode rule."""
    return {
        "schedule_meeting": {
            "host_video": False,
            "participants_video": False,
            "join_before_host": False,
            "audio_type": "both",
            "require_password_for_scheduled_meetings": True,
            "require_password_for_instant_meetings": True,
            "require_password_for_pmi_meetings": "jbh_only",
            "embed_password_in_join_link": True,
            "pstn_password_protected": True,
            "use_pmi_for_scheduled_meetings": False,
            "use_pmi_for_instant_meetings": False,
            "meeting_password_requirement": password_rule(),
        },
        "in_meeting": {
            "waiting_room": False,
            "co_host": True,
            "chat": True,
            "breakout_room": False,
            "polling": True,
            "screen_sharing": True,
            "entry_exit_chime": "none",
            "allow_host_to_enable_focus_mode": False,
        },
        "email_notification": {
            "alternative_host_reminder": True,
            "cancel_meeting_reminder": True,
            "jbh_reminder": True,
            "schedule_for_reminder": True,
        },
        "recording": {"auto_recording": "none", "local_recording": True, "cloud_recording": True},
        "telephony": {"third_party_audio": False, "show_international_numbers_link": True},
        "feature": {"meeting_capacity": 100, "large_meeting": False, "webinar": False},
        "meeting_authentication": {
            "meeting_authentication": False,
            "allow_authentication_exception": False,
            "authentication_options": [
                # IDs shaped like Zoom's ("signIn_" + 22 characters, spec example).
                {
                    "id": "signIn_D8cJuqWVQ623CI4Q8yQK0Q",
                    "name": "Sign in to Zoom",
                    "type": "enforce_login",
                    "default_option": True,
                    "visible": True,
                },
                {
                    "id": "signIn_Zm9yX3RoaXNfYWNjb3VudA",
                    "name": "Sign in to Zoom with this account",
                    "type": "enforce_login_with_same_account",
                    "default_option": False,
                    "visible": True,
                },
                {
                    "id": "signIn_c2FuZGJveC1kb21haW5zMQ",
                    "name": f"Sign in with an @{account_domain} address",
                    "type": "enforce_login_with_domains",
                    "domains": account_domain,
                    "default_option": False,
                    "visible": True,
                },
            ],
        },
        "meeting_security": {
            "waiting_room": False,
            "meeting_password": True,
            "phone_password": True,
            "pmi_password": True,
            "require_password_for_scheduled_meeting": True,
            "embed_password_in_join_link": True,
            "encryption_type": "enhanced_encryption",
            "end_to_end_encrypted_meetings": False,
            "only_authenticated_can_join_from_webclient": False,
        },
    }


def password_rule(
    *,
    length: int = 0,
    have_letter: bool = False,
    have_number: bool = False,
    have_special_character: bool = False,
    have_upper_and_lower_characters: bool = False,
    only_allow_numeric: bool = False,
    consecutive_characters_length: int = 0,
) -> dict[str, Any]:
    """A `meeting_password_requirement` object (length 0: no minimum length set)."""
    return {
        "length": length,
        "have_letter": have_letter,
        "have_number": have_number,
        "have_special_character": have_special_character,
        "have_upper_and_lower_characters": have_upper_and_lower_characters,
        "only_allow_numeric": only_allow_numeric,
        "consecutive_characters_length": consecutive_characters_length,
        "weak_enhance_detection": False,
    }


def render(settings: Mapping[str, Any], option: str | None) -> dict[str, Any]:
    """The body of GET /users/{userId}/settings for `option` (None: the main settings object)."""
    shown = copy.deepcopy(dict(settings))
    rule = shown["schedule_meeting"]["meeting_password_requirement"]
    if option == "meeting_authentication":
        result: dict[str, Any] = shown["meeting_authentication"]
        return result
    if option == "recording_authentication":
        return {"recording_authentication": False, "authentication_options": []}
    if option == "meeting_security":
        return {
            "meeting_security": {**shown["meeting_security"], "meeting_password_requirement": rule}
        }
    main = ("schedule_meeting", "in_meeting", "email_notification", "recording", "telephony")
    return {name: shown[name] for name in (*main, "feature")}


def meeting_defaults(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The meeting settings a create body leaves out, taken from the host's own settings."""
    schedule, in_meeting = settings["schedule_meeting"], settings["in_meeting"]
    defaults: dict[str, Any] = {
        "host_video": schedule["host_video"],
        "participant_video": schedule["participants_video"],
        "join_before_host": schedule["join_before_host"],
        "audio": schedule["audio_type"] if schedule["audio_type"] != "thirdParty" else "both",
        "waiting_room": in_meeting["waiting_room"],
        "auto_recording": settings["recording"]["auto_recording"],
        "meeting_authentication": settings["meeting_authentication"]["meeting_authentication"],
    }
    return defaults


def passcode_rule(settings: Mapping[str, Any]) -> dict[str, Any]:
    rule: dict[str, Any] = settings["schedule_meeting"]["meeting_password_requirement"]
    return rule


def passcode_problem(password: str, rule: Mapping[str, Any]) -> str | None:
    """What `password` lacks under the host's passcode rule, in words, or None."""
    if not password:
        return None  # an empty passcode is "no passcode", handled by the caller
    if rule.get("only_allow_numeric") and not password.isdigit():
        return "The account allows only numeric passcodes."
    length = int(rule.get("length") or 0)
    if len(password) < length:
        return f"The account requires at least {length} characters."
    needs = [
        ("have_letter", any(c.isalpha() for c in password), "a letter"),
        ("have_number", any(c.isdigit() for c in password), "a number"),
        (
            "have_special_character",
            any(c in PASSCODE_SPECIALS for c in password),
            "a special character (@ - _ *)",
        ),
        (
            "have_upper_and_lower_characters",
            any(c.isupper() for c in password) and any(c.islower() for c in password),
            "both upper and lower case letters",
        ),
    ]
    missing = [words for key, present, words in needs if rule.get(key) and not present]
    if missing:
        return f"The account requires {' and '.join(missing)}."
    run = int(rule.get("consecutive_characters_length") or 0)
    if run and _longest_run(password) >= run:
        return f"The account allows fewer than {run} consecutive identical characters."
    return None


def generate_passcode(rule: Mapping[str, Any], rng: random.Random) -> str:
    """A passcode that meets `rule`, as Zoom generates one when a create body gives none."""
    size = min(max(int(rule.get("length") or 0), GENERATED_LENGTH), MAX_PASSCODE)
    if rule.get("only_allow_numeric"):
        return "".join(rng.choices(string.digits, k=size))
    required = [string.ascii_letters, string.digits]
    if rule.get("have_special_character"):
        required.append(PASSCODE_SPECIALS)
    if rule.get("have_upper_and_lower_characters"):
        required += [string.ascii_uppercase, string.ascii_lowercase]
    alphabet = string.ascii_letters + string.digits
    while True:
        chosen = [rng.choice(pool) for pool in required]
        chosen += rng.choices(alphabet, k=size - len(chosen))
        rng.shuffle(chosen)
        candidate = "".join(chosen)
        if passcode_problem(candidate, rule) is None:
            return candidate


def _longest_run(text: str) -> int:
    longest = current = 0
    previous = ""
    for char in text:
        current = current + 1 if char == previous else 1
        longest, previous = max(longest, current), char
    return longest
