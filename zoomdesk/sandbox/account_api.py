"""GET /users/{userId}/settings (with `?option=`) and GET /tracking_fields."""

from __future__ import annotations

from zoomdesk.sandbox import user_settings
from zoomdesk.sandbox.calls import Call, user_not_found, validation_failed
from zoomdesk.sandbox.validation import FieldError
from zoomdesk.sandbox.wire import Response, json_response


def get_settings(call: Call) -> Response:
    reference = call.segment("user")
    user = call.state.find_user(reference)
    if user is None:
        return user_not_found(reference)
    option = call.request.param("option") or None
    if option is not None and option not in user_settings.OPTIONS:
        # Assumption: Zoom's answer to an unknown option is undocumented.
        choices = ", ".join(user_settings.OPTIONS)
        return validation_failed([FieldError("option", f"Must be one of: {choices}.")])
    return json_response(200, user_settings.render(call.state.settings_of(user), option))


def list_tracking_fields(call: Call) -> Response:
    fields = call.state.tracking_fields
    return json_response(200, {"total_records": len(fields), "tracking_fields": fields})
