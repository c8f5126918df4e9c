"""Checks on create/update request bodies, producing Zoom's `errors: [{field, message}]` entries.

Limits come from Zoom's OpenAPI file (maxLength, enums, maximum) and the parameter descriptions
(repeat_interval maxima, the passcode alphabet). Field names are dotted like Zoom's own
(`settings.jbh_time`, `recurrence.end_times`). Messages are ours: Zoom's own wording for most of
these cases is not documented."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from zoomdesk.sandbox.timeutil import parse_zoom_time, zone

_PASSWORD = re.compile(r"^[A-Za-z0-9@\-_*]*$")
# Integers the spec leaves without a format are Java ints at Zoom: a 4,000-digit duration is
# refused there, not stored (the sandbox once stored it and then failed every list of that host).
INT32_MAX = 2**31 - 1
# Times the sandbox can place in any zone with a whole series after them: occurrence ids are
# epoch milliseconds, so nothing before 1970; Python's datetime ends with 9999 (a start in
# December 9999 could not even be converted to UTC) and the longest series the recurrence rules
# allow, or search, spans about 110 years. (Zoom's own bounds are undocumented.)
EARLIEST_YEAR, LATEST_YEAR = 1970, 9800
_WEEKLY_DAYS = re.compile(r"^[1-7](,[1-7])*$")
_MAX_INTERVAL = {1: 90, 2: 12, 3: 3}  # days, weeks, months

_SETTING_ENUMS: dict[str, tuple[Any, ...]] = {
    "jbh_time": (0, 5, 10),
    "approval_type": (0, 1, 2),
    "registration_type": (1, 2, 3),
    "audio": ("both", "telephony", "voip"),
    "auto_recording": ("local", "cloud", "none"),
    "encryption_type": ("enhanced_encryption", "e2ee"),
    "calendar_type": (1, 2),
}
_SETTING_BOOLS = frozenset(
    {
        "host_video",
        "participant_video",
        "join_before_host",
        "mute_upon_entry",
        "watermark",
        "use_pmi",
        "waiting_room",
        "close_registration",
        "email_notification",
        "alternative_hosts_email_notification",
        "alternative_host_update_polls",
        "meeting_authentication",
        "private_meeting",
        "focus_mode",
        "allow_multiple_devices",
        "show_share_button",
        "registrants_confirmation_email",
        "registrants_email_notification",
        "host_save_video_order",
        "cn_meeting",
        "in_meeting",
    }
)
_SETTING_STRINGS = frozenset(
    {
        "alternative_hosts",
        "authentication_option",
        "authentication_domains",
        "contact_name",
        "contact_email",
    }
)
# What PATCH ?occurrence_id= may change (the spec's occurrence_id parameter description).
OCCURRENCE_FIELDS = frozenset({"agenda", "start_time", "duration", "settings"})
OCCURRENCE_SETTINGS = frozenset(
    {
        "host_video",
        "participant_video",
        "join_before_host",
        "mute_upon_entry",
        "waiting_room",
        "watermark",
        "auto_recording",
    }
)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


def validate_meeting(body: Mapping[str, Any]) -> list[FieldError]:
    """Every problem in a create or update body (all fields are optional in both)."""
    errors: list[FieldError] = []
    _string(body, "topic", errors, max_length=200)
    _string(body, "agenda", errors, max_length=2000)
    _string(body, "schedule_for", errors)
    _string(body, "template_id", errors)
    _string(body, "timezone", errors, check=_zone_error)
    _string(body, "start_time", errors, check=_time_error)
    _string(body, "password", errors, max_length=10, check=_password_error)
    _enum(body, "type", (1, 2, 3, 8), errors)
    _integer(body, "duration", errors, low=0)
    _boolean(body, "default_password", errors)
    _boolean(body, "pre_schedule", errors)
    _tracking_fields(body.get("tracking_fields"), errors)
    if "settings" in body:
        _settings(body["settings"], errors)
    if "recurrence" in body:
        _recurrence(body["recurrence"], errors)
    return errors


def validate_occurrence_update(body: Mapping[str, Any]) -> list[FieldError]:
    """PATCH with occurrence_id: only a few fields may change for a single occurrence."""
    errors = [
        FieldError(name, "This field cannot be changed for a single occurrence.")
        for name in body
        if name not in OCCURRENCE_FIELDS
    ]
    settings = body.get("settings")
    if isinstance(settings, Mapping):
        errors += [
            FieldError(
                f"settings.{name}", "This setting cannot be changed for a single occurrence."
            )
            for name in settings
            if name not in OCCURRENCE_SETTINGS
        ]
    return errors + validate_meeting({k: v for k, v in body.items() if k in OCCURRENCE_FIELDS})


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _string(
    body: Mapping[str, Any],
    name: str,
    errors: list[FieldError],
    *,
    prefix: str = "",
    max_length: int | None = None,
    check: Callable[[str], str | None] | None = None,
) -> None:
    if name not in body:
        return
    value = body[name]
    field = prefix + name
    if not isinstance(value, str):
        errors.append(FieldError(field, "Must be a string."))
    elif max_length is not None and len(value) > max_length:
        errors.append(FieldError(field, f"Must be at most {max_length} characters."))
    elif check is not None and (problem := check(value)) is not None:
        errors.append(FieldError(field, problem))


def _integer(
    body: Mapping[str, Any],
    name: str,
    errors: list[FieldError],
    *,
    prefix: str = "",
    low: int | None = None,
    high: int | None = None,
) -> None:
    if name not in body:
        return
    value = body[name]
    field = prefix + name
    if not _is_int(value):
        errors.append(FieldError(field, "Must be an integer."))
    elif (low is not None and value < low) or value > (high := INT32_MAX if high is None else high):
        errors.append(FieldError(field, f"Must be between {low} and {high}."))


def _enum(
    body: Mapping[str, Any],
    name: str,
    allowed: tuple[Any, ...],
    errors: list[FieldError],
    *,
    prefix: str = "",
) -> None:
    if name not in body:
        return
    value = body[name]
    # bool is an int in Python but not in JSON (`true` is never a valid jbh_time), and 2.0 equals
    # 2 in Python but is not an integer to Zoom: the type must match as well as the value.
    if not any(type(value) is type(choice) and value == choice for choice in allowed):
        choices = ", ".join(str(choice) for choice in allowed)
        errors.append(FieldError(prefix + name, f"Must be one of: {choices}."))


def _boolean(
    body: Mapping[str, Any], name: str, errors: list[FieldError], *, prefix: str = ""
) -> None:
    if name in body and not isinstance(body[name], bool):
        errors.append(FieldError(prefix + name, "Must be true or false."))


def _zone_error(value: str) -> str | None:
    return None if zone(value) is not None else f"Unknown time zone: {value}."


def _time_error(value: str) -> str | None:
    parsed = parse_zoom_time(value)
    if parsed is None:
        return "Must be yyyy-MM-ddTHH:mm:ss (local time in timezone) or yyyy-MM-ddTHH:mm:ssZ (UTC)."
    return _year_error(parsed[0].year)


def _year_error(year: int) -> str | None:
    if EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    return f"Must be a date from {EARLIEST_YEAR} to {LATEST_YEAR}."


def _password_error(value: str) -> str | None:
    if _PASSWORD.match(value) is None:
        return "Only letters, digits and @ - _ * are allowed."
    return None


def _tracking_fields(value: object, errors: list[FieldError]) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        errors.append(FieldError("tracking_fields", "Must be a list."))
        return
    for index, item in enumerate(value):
        prefix = f"tracking_fields[{index}]."
        if not isinstance(item, Mapping) or not isinstance(item.get("field"), str):
            errors.append(FieldError(prefix + "field", "Must be a string."))
        elif "value" in item:
            _string(item, "value", errors, prefix=prefix)


def _settings(value: object, errors: list[FieldError]) -> None:
    if not isinstance(value, Mapping):
        errors.append(FieldError("settings", "Must be an object."))
        return
    prefix = "settings."
    for name, allowed in _SETTING_ENUMS.items():
        _enum(value, name, allowed, errors, prefix=prefix)
    for name in sorted(_SETTING_BOOLS & value.keys()):
        _boolean(value, name, errors, prefix=prefix)
    for name in sorted(_SETTING_STRINGS & value.keys()):
        _string(value, name, errors, prefix=prefix)
    countries = value.get("global_dial_in_countries")
    if countries is not None and not (
        isinstance(countries, list) and all(isinstance(c, str) for c in countries)
    ):
        errors.append(FieldError(prefix + "global_dial_in_countries", "Must be a list of codes."))


def _recurrence(value: object, errors: list[FieldError]) -> None:
    if not isinstance(value, Mapping):
        errors.append(FieldError("recurrence", "Must be an object."))
        return
    prefix = "recurrence."
    if "type" not in value:
        errors.append(FieldError(prefix + "type", "This field is required."))
    _enum(value, "type", (1, 2, 3), errors, prefix=prefix)
    kind = value.get("type")
    if kind in _MAX_INTERVAL and not isinstance(kind, bool):
        _integer(value, "repeat_interval", errors, prefix=prefix, low=1, high=_MAX_INTERVAL[kind])
    else:
        _integer(value, "repeat_interval", errors, prefix=prefix, low=1)
    _string(value, "weekly_days", errors, prefix=prefix, check=_weekly_days_error)
    if kind == 2 and "weekly_days" not in value:
        errors.append(FieldError(prefix + "weekly_days", "Required for a weekly recurrence."))
    _integer(value, "monthly_day", errors, prefix=prefix, low=1, high=31)
    _enum(value, "monthly_week", (-1, 1, 2, 3, 4), errors, prefix=prefix)
    _enum(value, "monthly_week_day", (1, 2, 3, 4, 5, 6, 7), errors, prefix=prefix)
    week, week_day = "monthly_week" in value, "monthly_week_day" in value
    if week != week_day:
        missing = "monthly_week_day" if week else "monthly_week"
        errors.append(
            FieldError(prefix + missing, "monthly_week and monthly_week_day go together.")
        )
    if week and "monthly_day" in value:
        errors.append(
            FieldError(prefix + "monthly_day", "Use monthly_day or monthly_week, not both.")
        )
    _integer(value, "end_times", errors, prefix=prefix, low=1, high=365)
    _string(value, "end_date_time", errors, prefix=prefix, check=_end_date_error)
    if "end_times" in value and "end_date_time" in value:
        errors.append(
            FieldError(prefix + "end_date_time", "Cannot be used together with end_times.")
        )


def _weekly_days_error(value: str) -> str | None:
    if _WEEKLY_DAYS.match(value) is None:
        return 'Must be days 1 (Sunday) to 7 (Saturday), comma-separated, like "2,4".'
    return None


def _end_date_error(value: str) -> str | None:
    parsed = parse_zoom_time(value)
    if parsed is None:
        return "Must be a UTC time like 2027-11-25T12:00:00Z."
    return _year_error(parsed[0].year)
