"""Meetings as Zoom stores and shows them: building one from a create body, applying updates,
rendering it for GET/list/create responses, and which list `type` each meeting belongs to.

A stored meeting is the dict Zoom would return from GET, plus a few private `_`-prefixed keys
(per-occurrence overrides, the PMI). URLs are not stored: they are rendered against the address the
sandbox is reached at, so a state file keeps working when the port changes."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from zoomdesk.sandbox import ids, tracking, user_settings
from zoomdesk.sandbox.recurrence import occurrences
from zoomdesk.sandbox.timeutil import from_iso_z, iso_z, to_utc, utc_datetime, zone

INSTANT, SCHEDULED, RECURRING_NO_TIME, RECURRING_FIXED = 1, 2, 3, 8
LIST_TYPES = ("scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings")
DEFAULT_DURATION = 60  # assumption: Zoom's default when a create body omits duration
# Zoom keeps a one-time meeting 30 days past its date and a no-fixed-time one for 365 days
# (https://support.zoom.us/hc/en-us/articles/201362373-Meeting-ID, "unexpired meetings").
_EXPIRES_AFTER = {SCHEDULED: timedelta(days=30), RECURRING_FIXED: timedelta(days=30)}
_NO_FIXED_TIME_EXPIRES_AFTER = timedelta(days=365)


def default_settings(meeting_type: int) -> dict[str, Any]:
    """Zoom's values for settings a create body leaves out (spec defaults where it has them)."""
    settings: dict[str, Any] = {
        "host_video": False,
        "participant_video": False,
        "cn_meeting": False,
        "in_meeting": False,
        "join_before_host": False,
        "jbh_time": 0,
        "mute_upon_entry": False,
        "watermark": False,
        "use_pmi": False,
        "approval_type": 2,
        "audio": "both",
        "auto_recording": "none",
        "enforce_login": False,
        "enforce_login_domains": "",
        "alternative_hosts": "",
        "alternative_host_update_polls": False,
        "close_registration": False,
        "show_share_button": False,
        "allow_multiple_devices": False,
        "registrants_confirmation_email": True,
        "waiting_room": False,
        "registrants_email_notification": True,
        "meeting_authentication": False,
        "encryption_type": "enhanced_encryption",
        "approved_or_denied_countries_or_regions": {"enable": False},
        "breakout_room": {"enable": False},
        "alternative_hosts_email_notification": True,
        "focus_mode": False,
        "private_meeting": False,
        "email_notification": True,
        "host_save_video_order": False,
        "global_dial_in_countries": ["US"],
        "global_dial_in_numbers": [
            # 555-01xx numbers are reserved for fiction: nobody can be dialled by mistake.
            {"country_name": "US", "number": "+1 555 010 0100", "type": "toll", "country": "US"}
        ],
    }
    if meeting_type == RECURRING_FIXED:
        settings["registration_type"] = 1
    return settings


def build_meeting(
    body: Mapping[str, Any],
    *,
    host: Mapping[str, Any],
    meeting_id: int,
    now: float,
    rng: random.Random,
    assistant: Mapping[str, Any] | None = None,
    host_settings: Mapping[str, Any] | None = None,
    tracking_definitions: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    """A new meeting from a validated create body; what the body leaves out comes from the host's
    own settings (`host_settings`, as GET /users/{userId}/settings shows them)."""
    host_settings = host_settings or user_settings.default_settings()
    meeting_type = int(body.get("type", SCHEDULED))
    timezone = str(body.get("timezone") or host.get("timezone") or "UTC")
    meeting: dict[str, Any] = {
        "uuid": ids.meeting_uuid(rng),
        "id": meeting_id,
        "host_id": host["id"],
        "host_email": host["email"],
        "topic": body.get("topic", f"{host['first_name']} {host['last_name']}'s Zoom Meeting"),
        "type": meeting_type,
        "status": "waiting",
        "duration": int(body.get("duration", DEFAULT_DURATION)),
        "timezone": timezone,
        "agenda": body.get("agenda", ""),
        "created_at": iso_z(now),
        "settings": {
            **default_settings(meeting_type),
            **user_settings.meeting_defaults(host_settings),
        },
        "pre_schedule": bool(body.get("pre_schedule", False)),
    }
    if assistant is not None and assistant["id"] != host["id"]:
        meeting["assistant_id"] = assistant["id"]
    # No passcode given: accounts require one by default, so Zoom generates one that meets the
    # host's passcode rules.
    rule = user_settings.passcode_rule(host_settings)
    password = (
        body["password"] if "password" in body else user_settings.generate_passcode(rule, rng)
    )
    _set_password(meeting, password, rng)
    _merge_settings(meeting, body.get("settings") or {})
    if meeting["settings"].get("use_pmi"):
        meeting["_pmi"] = host.get("pmi")
    if body.get("tracking_fields"):
        meeting["tracking_fields"] = tracking.stored(body["tracking_fields"], tracking_definitions)
    start = utc_datetime(now)
    if body.get("start_time") and meeting_type in (SCHEDULED, RECURRING_FIXED):
        start = to_utc(body["start_time"], timezone)
    _set_schedule(meeting, meeting_type, start.replace(microsecond=0), body.get("recurrence"))
    return meeting


def apply_update(
    meeting: dict[str, Any],
    body: Mapping[str, Any],
    *,
    now: float,
    rng: random.Random,
    host: Mapping[str, Any] | None = None,
    tracking_definitions: Sequence[Mapping[str, Any]] = (),
) -> None:
    """PATCH semantics: only what the body names changes; settings merge key by key."""
    for name in ("topic", "agenda", "pre_schedule"):
        if name in body:
            meeting[name] = body[name]
    if host is not None:
        meeting["host_id"], meeting["host_email"] = host["id"], host["email"]
    if "password" in body:
        _set_password(meeting, body["password"], rng)
    if "tracking_fields" in body:
        fields = body["tracking_fields"] or []
        meeting["tracking_fields"] = tracking.stored(fields, tracking_definitions)
    if "settings" in body:
        _merge_settings(meeting, body["settings"])
    if "duration" in body:
        meeting["duration"] = body["duration"]
        for occurrence in meeting.get("occurrences", []):
            if not occurrence.get("_own_duration"):
                occurrence["duration"] = body["duration"]
    old_timezone = meeting["timezone"]
    if "timezone" in body:
        meeting["timezone"] = body["timezone"]
    new_type = int(body.get("type", meeting["type"]))
    start = _current_start(meeting, now)
    recurrence = meeting.get("recurrence")
    changed = new_type != meeting["type"] or meeting["timezone"] != old_timezone
    requested = to_utc(body["start_time"], meeting["timezone"]) if "start_time" in body else None
    # A recurring series only changes with a future start_time: "If the value is omitted or a
    # date in the past, the API ignores this value and will not update any recurring meetings"
    # (spec, meetingUpdate). Real clients trip over this; the sandbox keeps the trap.
    stays_recurring = meeting["type"] == new_type == RECURRING_FIXED
    if stays_recurring and (requested is None or requested.timestamp() < now):
        requested = None
    elif "recurrence" in body:
        changed |= body["recurrence"] != recurrence
        recurrence = body["recurrence"]
    if requested is not None:
        changed |= requested != start
        start = requested
    if changed:
        meeting["type"] = new_type
        _set_schedule(meeting, new_type, start, recurrence)


def find_occurrence(meeting: Mapping[str, Any], occurrence_id: str) -> dict[str, Any] | None:
    for occurrence in meeting.get("occurrences", []):
        if occurrence["occurrence_id"] == occurrence_id and occurrence["status"] != "deleted":
            result: dict[str, Any] = occurrence
            return result
    return None


def apply_occurrence_update(
    meeting: Mapping[str, Any], occurrence: dict[str, Any], body: Mapping[str, Any]
) -> None:
    """One occurrence's own agenda, time, duration or settings; the occurrence keeps its id."""
    if "start_time" in body:
        occurrence["start_time"] = iso_z(to_utc(body["start_time"], meeting["timezone"]))
    if "duration" in body:
        occurrence["duration"] = body["duration"]
        occurrence["_own_duration"] = True
    if "agenda" in body:
        occurrence["_agenda"] = body["agenda"]
    if "settings" in body:
        occurrence["_settings"] = {**occurrence.get("_settings", {}), **body["settings"]}


def render(
    meeting: Mapping[str, Any],
    *,
    base_url: str,
    now: float,
    occurrence_id: str | None = None,
    show_previous: bool = False,
    pmi_as_int: bool = False,
) -> dict[str, Any]:
    """The GET /meetings/{id} body (and, with pmi_as_int, the create 201 body: the spec types
    `pmi` as int64 there and as a string in GET and list responses)."""
    out = {k: v for k, v in meeting.items() if not k.startswith("_")}
    out["settings"] = dict(meeting["settings"])
    out["start_url"] = f"{base_url}/s/{meeting['id']}?zak={_zak(meeting)}"
    out["join_url"] = join_url(meeting, base_url)
    if meeting["settings"].get("approval_type") in (0, 1):
        out["registration_url"] = f"{base_url}/meeting/register/{meeting['id']}"
    if meeting.get("_pmi") is not None:
        out["pmi"] = int(meeting["_pmi"]) if pmi_as_int else str(meeting["_pmi"])
    if meeting["type"] == RECURRING_FIXED:
        shown = [
            o
            for o in meeting.get("occurrences", [])
            if o["status"] != "deleted" and (show_previous or _end(o) > now)
        ]
        out["occurrences"] = [{k: v for k, v in o.items() if not k.startswith("_")} for o in shown]
        start = series_start(meeting, now)
        if start is not None:
            out["start_time"] = iso_z(start)
    if occurrence_id is not None:
        occurrence = find_occurrence(meeting, occurrence_id)
        if occurrence is not None:
            out["start_time"] = occurrence["start_time"]
            out["duration"] = occurrence["duration"]
            out["agenda"] = occurrence.get("_agenda", out["agenda"])
            out["settings"].update(occurrence.get("_settings", {}))
    return out


def list_item(meeting: Mapping[str, Any], *, base_url: str, now: float) -> dict[str, Any]:
    """One entry of GET /users/{userId}/meetings: a summary, the series not its occurrences."""
    item: dict[str, Any] = {
        "uuid": meeting["uuid"],
        "id": meeting["id"],
        "host_id": meeting["host_id"],
        "topic": meeting["topic"],
        "type": meeting["type"],
        "duration": meeting["duration"],
        "timezone": meeting["timezone"],
        "created_at": meeting["created_at"],
        "join_url": join_url(meeting, base_url),
    }
    start = series_start(meeting, now)
    if start is not None:
        item["start_time"] = iso_z(start)
    if meeting.get("agenda"):
        item["agenda"] = meeting["agenda"]
    if meeting.get("_pmi") is not None:
        item["pmi"] = str(meeting["_pmi"])
    return item


def join_url(meeting: Mapping[str, Any], base_url: str) -> str:
    url = f"{base_url}/j/{meeting['id']}"
    return f"{url}?pwd={meeting['encrypted_password']}" if meeting.get("password") else url


def series_start(meeting: Mapping[str, Any], now: float) -> datetime | None:
    """A fixed-time series shows its next occurrence (or its last, once all are over)."""
    if meeting["type"] != RECURRING_FIXED:
        value = meeting.get("start_time")
        return from_iso_z(value) if value else None
    live = [o for o in meeting.get("occurrences", []) if o["status"] != "deleted"]
    upcoming = [o for o in live if _end(o) > now]
    chosen = upcoming[0] if upcoming else (live[-1] if live else None)
    if chosen is not None:
        return from_iso_z(chosen["start_time"])
    value = meeting.get("start_time")
    return from_iso_z(value) if value else None


def in_list(meeting: Mapping[str, Any], list_type: str, now: float) -> bool:
    """Whether GET /users/{userId}/meetings?type=… shows this meeting. Instant meetings and expired
    ones never appear; `live` means started; `upcoming` includes live meetings and the always-open
    no-fixed-time ones; `previous_meetings` holds those whose (last) time is over."""
    meeting_type = meeting["type"]
    if meeting_type == INSTANT or _expired(meeting, now):
        return False
    live = meeting.get("status") == "started"
    if list_type == "scheduled":
        return True
    if list_type == "live":
        return live
    last_end = _last_end(meeting)
    if list_type in ("upcoming", "upcoming_meetings"):
        return live or meeting_type == RECURRING_NO_TIME or _next_end(meeting, now) is not None
    return (
        not live
        and meeting_type != RECURRING_NO_TIME
        and last_end is not None
        and (last_end <= now)
    )


def is_over(meeting: Mapping[str, Any], now: float) -> bool:
    """Whether the meeting (its last occurrence) has ended and it is not running."""
    last_end = _last_end(meeting)
    return meeting.get("status") != "started" and last_end is not None and last_end <= now


def sort_key(meeting: Mapping[str, Any], now: float) -> tuple[float, int]:
    start = series_start(meeting, now)
    moment = start if start is not None else from_iso_z(meeting["created_at"])
    return moment.timestamp(), int(meeting["id"])


def _set_password(meeting: dict[str, Any], password: str, rng: random.Random) -> None:
    meeting["password"] = password
    meeting["h323_password"] = ids.numeric_passcode(password, rng)
    meeting["pstn_password"] = meeting["h323_password"]
    meeting["encrypted_password"] = ids.encrypted_passcode(rng) if password else ""


def _merge_settings(meeting: dict[str, Any], changes: Mapping[str, Any]) -> None:
    settings = meeting["settings"]
    settings.update(changes)
    # "If this value is true, this disables the join_before_host setting" (spec, waiting_room).
    if settings.get("waiting_room"):
        settings["join_before_host"] = False


def _set_schedule(
    meeting: dict[str, Any], meeting_type: int, start: datetime, recurrence: Any
) -> None:
    meeting.pop("occurrences", None)
    meeting.pop("recurrence", None)
    registration_type = meeting["settings"].pop("registration_type", None)
    if meeting_type == RECURRING_NO_TIME:
        meeting.pop("start_time", None)
        if recurrence:  # kept for information; a no-fixed-time meeting has no occurrences
            meeting["recurrence"] = dict(recurrence)
        return
    meeting["start_time"] = iso_z(start)
    if meeting_type == RECURRING_FIXED and recurrence:
        meeting["recurrence"] = dict(recurrence)
        # The body's own choice, else Zoom's default (only a fixed-time series has one).
        meeting["settings"]["registration_type"] = registration_type or 1
        tz = zone(meeting["timezone"]) or zone("UTC")
        assert tz is not None
        meeting["occurrences"] = occurrences(start, tz, recurrence, meeting["duration"])
        if meeting["occurrences"]:
            meeting["start_time"] = meeting["occurrences"][0]["start_time"]


def _current_start(meeting: Mapping[str, Any], now: float) -> datetime:
    value = meeting.get("start_time")
    if meeting["type"] == RECURRING_FIXED and meeting.get("occurrences"):
        value = meeting["occurrences"][0]["start_time"]  # the series' anchor, not the next one
    return from_iso_z(value) if value else utc_datetime(now).replace(microsecond=0)


def _end(occurrence: Mapping[str, Any]) -> float:
    start = from_iso_z(occurrence["start_time"]).timestamp()
    return start + 60 * int(occurrence.get("duration", 0))


def _next_end(meeting: Mapping[str, Any], now: float) -> float | None:
    if meeting["type"] == RECURRING_FIXED:
        ends = [_end(o) for o in meeting.get("occurrences", []) if o["status"] != "deleted"]
        return next((end for end in ends if end > now), None)
    if not meeting.get("start_time"):
        return None
    end = _end(meeting)
    return end if end > now else None


def _last_end(meeting: Mapping[str, Any]) -> float | None:
    if meeting["type"] == RECURRING_FIXED:
        ends = [_end(o) for o in meeting.get("occurrences", []) if o["status"] != "deleted"]
        return ends[-1] if ends else None
    return _end(meeting) if meeting.get("start_time") else None


def _expired(meeting: Mapping[str, Any], now: float) -> bool:
    if meeting.get("status") == "started":
        return False
    if meeting["type"] == RECURRING_NO_TIME:
        created = from_iso_z(meeting["created_at"]).timestamp()
        return created + _NO_FIXED_TIME_EXPIRES_AFTER.total_seconds() < now
    last_end = _last_end(meeting)
    keep = _EXPIRES_AFTER.get(meeting["type"], timedelta(days=30)).total_seconds()
    return last_end is not None and last_end + keep < now


def _zak(meeting: Mapping[str, Any]) -> str:
    # A fresh host key on every read: Zoom's start_url expires after two hours, so clients must
    # re-read it rather than cache it (spec, meetingCreate description).
    return ids.jwt_like({"mid": str(meeting["id"]), "typ": "zak", "aud": "clients"})
