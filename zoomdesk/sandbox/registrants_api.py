"""The registrant endpoints: list (by status, paged), add, get, delete, update status (approve,
deny, cancel; at most 30 per call), batch registration and the registration questions.

Error codes and messages are those Zoom's OpenAPI file lists for each operation, which differ from
one operation to the next (a meeting without registration is a 300 for the list and the status
update, a 404 for add and batch registration, a 400 with code 404 for delete); where it lists none
the choice is marked as an assumption."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from zoomdesk.sandbox import registrants
from zoomdesk.sandbox.calls import Call, json_body, paginate, validation_failed
from zoomdesk.sandbox.meetings import RECURRING_FIXED, SCHEDULED, is_over, series_start
from zoomdesk.sandbox.meetings_api import meeting_or_404
from zoomdesk.sandbox.timeutil import iso_z
from zoomdesk.sandbox.validation import FieldError
from zoomdesk.sandbox.wire import Response, json_response, no_content, zoom_error

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NAME_LIMITS = {"first_name": 64, "last_name": 64}


def list_registrants(call: Call) -> Response:
    meeting = _registration_meeting(call, _not_required)
    if isinstance(meeting, Response):
        return meeting
    status = call.request.param("status") or "approved"
    if status not in registrants.STATUSES:
        choices = ", ".join(registrants.STATUSES)
        return validation_failed([FieldError("status", f"Must be one of: {choices}.")])
    stored = registrants.registrants_of(meeting)

    def ids() -> list[str]:
        return [r["id"] for r in stored if r["status"] == status]

    page = paginate(call, f"registrants|{meeting['id']}|{status}", ids)
    if isinstance(page, Response):
        return page
    chosen, meta = page
    by_id = {r["id"]: r for r in stored}
    shown = [registrants.render(meeting, by_id[i], call.base_url) for i in chosen if i in by_id]
    return json_response(200, {**meta, "registrants": shown})


def add_registrant(call: Call) -> Response:
    meeting = _registration_meeting(call, _not_enabled_404)
    if isinstance(meeting, Response):
        return meeting
    body = json_body(call.request)
    if isinstance(body, Response):
        return body
    errors = _registrant_errors(body, "")
    if errors:
        return validation_failed(errors)
    if _full(meeting, [body]):
        return _capacity()
    registrant = registrants.register(meeting, body, now=call.now(), rng=call.state.random)
    call.state.mutated()
    answer: dict[str, Any] = {
        "id": meeting["id"],
        "registrant_id": registrant["id"],
        "topic": meeting["topic"],
        "join_url": registrants.join_url(meeting, registrant, call.base_url),
    }
    start = series_start(meeting, call.now())
    if start is not None:
        answer["start_time"] = iso_z(start)
    if meeting["type"] == RECURRING_FIXED:
        answer["occurrences"] = [
            {k: v for k, v in o.items() if not k.startswith("_")}
            for o in meeting.get("occurrences", [])
            if o["status"] != "deleted"
        ]
    return json_response(201, answer)


def get_registrant(call: Call) -> Response:
    meeting = _registration_meeting(call, _not_required)
    if isinstance(meeting, Response):
        return meeting
    registrant = registrants.find(meeting, {"id": call.segment("registrant")})
    if registrant is None:
        return zoom_error(404, 404, "Registrant not found.")  # assumption: code undocumented
    return json_response(200, registrants.render(meeting, registrant, call.base_url))


def delete_registrant(call: Call) -> Response:
    meeting = _registration_meeting(call, _not_enabled_400)
    if isinstance(meeting, Response):
        return meeting
    registrant_id = call.segment("registrant")
    registrant = registrants.find(meeting, {"id": registrant_id})
    if registrant is None:
        # The spec lists "Registrant {0} was not found." among the 400s; the code is a guess.
        return zoom_error(400, 3000, f"Registrant {registrant_id} was not found.")
    registrants.registrants_of(meeting).remove(registrant)
    call.state.mutated()
    return no_content()


def update_status(call: Call) -> Response:
    meeting = _registration_meeting(call, _not_required)
    if isinstance(meeting, Response):
        return meeting
    body = json_body(call.request)
    if isinstance(body, Response):
        return body
    action, listed = body.get("action"), body.get("registrants")
    errors = []
    if not isinstance(action, str) or action not in registrants.ACTIONS:
        errors.append(FieldError("action", "Must be one of: approve, cancel, deny."))
    errors += _list_errors(listed, "registrants")
    if errors:
        return validation_failed(errors)
    assert isinstance(listed, list) and isinstance(action, str)
    found = []
    for item in listed:
        registrant = registrants.find(meeting, item)
        if registrant is None:
            # Assumption: the spec's 404 reads "Meeting or registrant not found."; naming the
            # registrant is ours. Nothing changes when one is unknown.
            named = item.get("id") or item.get("email")
            return zoom_error(404, 404, f"Meeting or registrant not found: {named}.")
        found.append(registrant)
    for registrant in found:
        registrant["status"] = registrants.ACTIONS[action]
    call.state.mutated()
    return no_content()


def batch_register(call: Call) -> Response:
    meeting = meeting_or_404(call)
    if isinstance(meeting, Response):
        return meeting
    if meeting["type"] != SCHEDULED:
        return zoom_error(
            400,
            303,
            "This API can only be used for scheduled meeting(meeting type: 2). Batch "
            "registration is not supported for other meeting types.",
        )
    if not registrants.has_registration(meeting):
        return _not_enabled_404(meeting)
    if is_over(meeting, call.now()):
        return zoom_error(
            400,
            3038,
            "Meeting is over, you can not register now. If you have any questions, please "
            "contact the Meeting host.",
        )
    body = json_body(call.request)
    if isinstance(body, Response):
        return body
    listed = body.get("registrants")
    errors = _list_errors(listed, "registrants")
    if "auto_approve" in body and not isinstance(body["auto_approve"], bool):
        errors.append(FieldError("auto_approve", "Must be true or false."))
    if isinstance(listed, list) and not errors:
        for index, item in enumerate(listed):
            errors += _registrant_errors(item, f"registrants[{index}].")
    if errors:
        return validation_failed(errors)
    assert isinstance(listed, list)
    if _full(meeting, listed):
        return _capacity()
    approve = body.get("auto_approve") is True
    added = [
        registrants.register(meeting, item, now=call.now(), rng=call.state.random, approve=approve)
        for item in listed
    ]
    call.state.mutated()
    shown = [
        {
            "email": r["email"],
            "registrant_id": r["id"],
            "join_url": registrants.join_url(meeting, r, call.base_url),
        }
        for r in added
    ]
    return json_response(200, {"registrants": shown})


def list_questions(call: Call) -> Response:
    meeting = _registration_meeting(call, _not_required)  # assumption: as for the list
    if isinstance(meeting, Response):
        return meeting
    return json_response(200, registrants.questions(meeting))


# ---- shared checks ---------------------------------------------------------------------------


def _registration_meeting(call: Call, refusal: Any) -> dict[str, Any] | Response:
    meeting = meeting_or_404(call)
    if isinstance(meeting, Response):
        return meeting
    if not registrants.has_registration(meeting):
        answer: Response = refusal(meeting)
        return answer
    return meeting


def _not_required(meeting: Mapping[str, Any]) -> Response:
    return zoom_error(
        400, 300, f"This meeting has not set registration as required: {meeting['id']}."
    )


def _not_enabled_404(meeting: Mapping[str, Any]) -> Response:
    return zoom_error(
        404, 404, f"Registration has not been enabled for this meeting: {meeting['id']}."
    )


def _not_enabled_400(meeting: Mapping[str, Any]) -> Response:
    return zoom_error(
        400, 404, f"Registration has not been enabled for this meeting: {meeting['id']}."
    )


def _capacity() -> Response:
    return zoom_error(400, 3043, "Meeting has reached maximum attendee capacity.")


def _full(meeting: dict[str, Any], adding: list[Any]) -> bool:
    known = {r["email"].lower() for r in registrants.registrants_of(meeting)}
    new = {str(item.get("email", "")).lower() for item in adding} - known
    return len(known) + len(new) > registrants.MAX_REGISTRANTS


def _list_errors(listed: object, field: str) -> list[FieldError]:
    """The 30-per-call rule of the status and batch endpoints (spec: `maximum: 30` on the list;
    Zoom's wording for more is undocumented, so the message is ours)."""
    if not isinstance(listed, list) or not listed:
        return [FieldError(field, "Must be a list of at least one registrant.")]
    if len(listed) > registrants.MAX_PER_CALL:
        return [FieldError(field, f"At most {registrants.MAX_PER_CALL} registrants per request.")]
    if not all(isinstance(item, dict) for item in listed):
        return [FieldError(field, "Each registrant must be an object.")]
    return []


def _registrant_errors(body: object, prefix: str) -> list[FieldError]:
    if not isinstance(body, dict):
        return [FieldError(prefix.rstrip(".") or "body", "Must be an object.")]
    errors = []
    email = body.get("email")
    if not isinstance(email, str) or len(email) > 128 or _EMAIL.match(email) is None:
        errors.append(FieldError(prefix + "email", "Must be an email address."))
    for name, limit in _NAME_LIMITS.items():
        value = body.get(name)
        if name == "first_name" and (not isinstance(value, str) or not value.strip()):
            errors.append(FieldError(prefix + name, "This field is required."))
        elif value is not None and (not isinstance(value, str) or len(value) > limit):
            errors.append(FieldError(prefix + name, f"Must be at most {limit} characters."))
    questions = body.get("custom_questions")
    if questions is not None and not (
        isinstance(questions, list) and all(_is_answer(q) for q in questions)
    ):
        message = "Each answer needs a title and a value of at most 128 characters."
        errors.append(FieldError(prefix + "custom_questions", message))
    for name in registrants.OPTIONAL_FIELDS:
        if name in body and name not in _NAME_LIMITS and not isinstance(body[name], str):
            errors.append(FieldError(prefix + name, "Must be a string."))
    return errors


def _is_answer(question: object) -> bool:
    if not isinstance(question, dict):
        return False
    title, value = question.get("title", ""), question.get("value", "")
    return isinstance(title, str) and isinstance(value, str) and len(value) <= 128
