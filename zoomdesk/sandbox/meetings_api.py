"""The meeting endpoints: list a user's meetings, create, get, update (204) and delete (204),
with `occurrence_id` for single occurrences of a recurring series."""

from __future__ import annotations

from typing import Any

from zoomdesk.sandbox.calls import (
    Call,
    json_body,
    paginate,
    user_not_found,
    validation_failed,
)
from zoomdesk.sandbox.meetings import (
    INSTANT,
    LIST_TYPES,
    RECURRING_FIXED,
    apply_occurrence_update,
    apply_update,
    find_occurrence,
    in_list,
    list_item,
    render,
    sort_key,
)
from zoomdesk.sandbox.timeutil import iso_z, next_utc_midnight
from zoomdesk.sandbox.user_settings import passcode_problem, passcode_rule
from zoomdesk.sandbox.validation import (
    FieldError,
    validate_meeting,
    validate_occurrence_update,
)
from zoomdesk.sandbox.wire import Response, json_response, no_content, whole_number, zoom_error

_NEEDS_RECURRENCE = FieldError(
    "recurrence", "Required for a recurring meeting with a fixed time (type 8)."
)


def list_meetings(call: Call) -> Response:
    reference = call.segment("user")
    user = call.state.find_user(reference)
    if user is None:
        return user_not_found(reference)
    list_type = call.request.param("type") or "scheduled"
    if list_type not in LIST_TYPES:
        return validation_failed([FieldError("type", f"Must be one of: {', '.join(LIST_TYPES)}.")])
    now = call.now()
    meetings = call.state.meetings

    def ids() -> list[int]:
        mine = [
            m
            for m in meetings.values()
            if m["host_id"] == user["id"] and in_list(m, list_type, now)
        ]
        mine.sort(key=lambda m: sort_key(m, now))
        return [m["id"] for m in mine]

    page = paginate(call, f"meetings|{user['id']}|{list_type}", ids)
    if isinstance(page, Response):
        return page
    chosen, meta = page
    # A meeting deleted since the first page is left out rather than shown stale.
    entries = [
        list_item(meetings[i], base_url=call.base_url, now=now) for i in chosen if i in meetings
    ]
    return json_response(200, {**meta, "meetings": entries})


def create_meeting(call: Call) -> Response:
    reference = call.segment("user")
    user = call.state.find_user(reference)
    if user is None:
        return user_not_found(reference)
    body = json_body(call.request)
    if isinstance(body, Response):
        return body
    errors = validate_meeting(body)
    if body.get("type") == RECURRING_FIXED and not body.get("recurrence"):
        errors.append(_NEEDS_RECURRENCE)  # assumption: Zoom's reply here is undocumented
    if errors:
        return validation_failed(errors)
    refused = _foreign_alternative_host(call, body)
    if refused is not None:
        return refused
    host, assistant = user, None
    if body.get("schedule_for"):
        if body.get("type") == INSTANT:
            return zoom_error(
                400,
                3000,
                "Instant meetings do not support the schedule_for parameter; you cannot "
                "schedule an instant meeting for another user.",
            )
        scheduled_for = call.state.find_user(body["schedule_for"])
        if scheduled_for is None:
            return _bad_schedule_for()
        host, assistant = scheduled_for, user
    refused = _passcode_refused(call, host, body)
    if refused is not None:
        return refused
    refused = _daily_limit(call, host["id"])
    if refused is not None:
        return refused
    meeting = call.state.add_meeting(body, host, assistant=assistant)
    call.state.count_host_request(host["id"])
    # The create answer shows the whole series as scheduled, from its first occurrence.
    shown = render(
        meeting, base_url=call.base_url, now=call.now(), show_previous=True, pmi_as_int=True
    )
    if "start_time" in meeting:
        shown["start_time"] = meeting["start_time"]
    return json_response(201, shown)


def get_meeting(call: Call) -> Response:
    meeting = meeting_or_404(call)
    if isinstance(meeting, Response):
        return meeting
    occurrence_id = call.request.param("occurrence_id") or None
    if occurrence_id is not None and find_occurrence(meeting, occurrence_id) is None:
        return _invalid_occurrence()
    shown = render(
        meeting,
        base_url=call.base_url,
        now=call.now(),
        occurrence_id=occurrence_id,
        show_previous=call.request.param("show_previous_occurrences") == "true",
    )
    return json_response(200, shown)


def update_meeting(call: Call) -> Response:
    meeting = meeting_or_404(call)
    if isinstance(meeting, Response):
        return meeting
    body = json_body(call.request)
    if isinstance(body, Response):
        return body
    if meeting.get("status") == "started":
        return zoom_error(
            400, 3000, "You cannot update or delete meetings that have started using this method."
        )
    occurrence_id = call.request.param("occurrence_id") or None
    if occurrence_id is not None:
        occurrence = find_occurrence(meeting, occurrence_id)
        if occurrence is None:
            return _invalid_occurrence()
        errors = validate_occurrence_update(body)
        if errors:
            return validation_failed(errors)
        refused = _daily_limit(call, meeting["host_id"])
        if refused is not None:
            return refused
        apply_occurrence_update(meeting, occurrence, body)
    else:
        errors = validate_meeting(body)
        new_type = body.get("type", meeting["type"])
        if new_type == RECURRING_FIXED and not (
            body.get("recurrence") or meeting.get("recurrence")
        ):
            errors.append(_NEEDS_RECURRENCE)
        if errors:
            return validation_failed(errors)
        refused = _foreign_alternative_host(call, body)
        if refused is not None:
            return refused
        new_host = None
        if body.get("schedule_for"):
            new_host = call.state.find_user(body["schedule_for"])
            if new_host is None:
                return _bad_schedule_for()
        host = new_host or call.state.find_user(meeting["host_id"])
        refused = _passcode_refused(call, host, body) if host is not None else None
        if refused is not None:
            return refused
        refused = _daily_limit(call, meeting["host_id"])
        if refused is not None:
            return refused
        apply_update(
            meeting,
            body,
            now=call.now(),
            rng=call.state.random,
            host=new_host,
            tracking_definitions=call.state.tracking_fields,
        )
    call.state.count_host_request(meeting["host_id"])
    call.state.mutated()
    return no_content()


def delete_meeting(call: Call) -> Response:
    meeting = meeting_or_404(call)
    if isinstance(meeting, Response):
        return meeting
    # Whether Zoom emails the host and alternative hosts (schedule_for_reminder) and the
    # registrants (cancel_meeting_reminder) about the cancellation: the sandbox sends no email,
    # but holds the values to Zoom's boolean type (the request log shows what was asked).
    wrong = [
        FieldError(name, "Must be true or false.")
        for name in ("schedule_for_reminder", "cancel_meeting_reminder")
        if call.request.param(name) not in (None, "true", "false")
    ]
    if wrong:
        return validation_failed(wrong)
    occurrence_id = call.request.param("occurrence_id") or None
    if occurrence_id is not None:
        occurrence = find_occurrence(meeting, occurrence_id)
        if occurrence is None:
            return _invalid_occurrence()
        # Kept with status "deleted" so the id stays known; responses leave it out.
        occurrence["status"] = "deleted"
        call.state.mutated()
        return no_content()
    if meeting.get("status") == "started":
        return zoom_error(
            400, 3002, "Sorry, you cannot delete this meeting since it is in progress."
        )
    # Deletes do not count against the 100-a-day create/update limit: Zoom's headers show them
    # counted only in the general Light quota (devforum 59670; unverified).
    call.state.delete_meeting(meeting["id"])
    return no_content()


def meeting_or_404(call: Call) -> dict[str, Any] | Response:
    raw = call.segment("meeting")
    # Meeting ids are int64; anything else is "not found" (an assumption: Zoom's reply to a
    # non-numeric id is undocumented).
    number = whole_number(raw)
    meeting = call.state.meetings.get(number) if number is not None else None
    if meeting is None:
        return zoom_error(404, 3001, f"Meeting {raw} is not found or has expired.")
    return meeting


def _passcode_refused(call: Call, host: dict[str, Any], body: dict[str, Any]) -> Response | None:
    """A passcode that breaks the host's passcode rules (meeting_password_requirement in the
    host's settings) is refused naming the field, as Zoom's web portal does; the API's own
    wording is undocumented, so the message is ours."""
    if not isinstance(body.get("password"), str):
        return None
    rule = passcode_rule(call.state.settings_of(host))
    problem = passcode_problem(body["password"], rule)
    return validation_failed([FieldError("password", problem)]) if problem else None


def _foreign_alternative_host(call: Call, body: dict[str, Any]) -> Response | None:
    """Alternative hosts must be users of the host's account (Zoom KB0082130). Zoom answers 400
    with code 1114 and names one offender, "Unable to assign '<email>' as an alternative host"
    (the code and the start of the message as clients handle them in public code; the rest of
    Zoom's wording is not documented; one name per error: devforum 53371)."""
    settings = body.get("settings")
    listed = settings.get("alternative_hosts") if isinstance(settings, dict) else None
    if not isinstance(listed, str):
        return None
    # Zoom documents ";" as the separator; "," is seen in clients that work, so both split.
    for entry in (part.strip() for part in listed.replace(",", ";").split(";")):
        if entry and call.state.find_user(entry) is None:
            return zoom_error(400, 1114, f"Unable to assign '{entry}' as an alternative host.")
    return None


def _invalid_occurrence() -> Response:
    return zoom_error(400, 3000, "Invalid occurrence_id.")


def _bad_schedule_for() -> Response:
    return zoom_error(
        400,
        300,
        "The value that you entered for the schedule_for field is invalid. Enter a valid value "
        "and try again.",
    )


def _daily_limit(call: Call, host_id: str) -> Response | None:
    """Zoom's 100 create/update requests per host user and UTC day (spec, meetingCreate), with
    the body seen in practice (devforum 18928). Only accepted requests are counted."""
    limit = call.state.daily_limit
    if call.state.host_requests_today(host_id) < limit:
        return None
    return zoom_error(
        429,
        429,
        f"You have exceeded the daily rate limit ({limit}) of Meeting Create/Update API requests "
        "permitted for this particular user. You may resume these requests at GMT 00:00:00.",
        {
            "X-RateLimit-Category": "Light",
            "X-RateLimit-Type": "Daily-limit",
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": "0",
            "Retry-After": iso_z(next_utc_midnight(call.now())),
        },
    )
