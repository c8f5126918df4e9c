"""GET /users and GET /users/{userId}."""

from __future__ import annotations

from zoomdesk.sandbox.calls import Call, paginate, user_not_found, validation_failed
from zoomdesk.sandbox.users import USER_STATUSES, list_entry, render_user
from zoomdesk.sandbox.validation import FieldError
from zoomdesk.sandbox.wire import Response, json_response


def list_users(call: Call) -> Response:
    status = call.request.param("status") or "active"
    if status not in USER_STATUSES:
        return validation_failed([FieldError("status", "Must be active, inactive or pending.")])
    role_id = call.request.param("role_id")
    users = call.state.users

    def ids() -> list[str]:
        return [
            u["id"]
            for u in users
            if u["status"] == status and (role_id is None or u["role_id"] == role_id)
        ]

    page = paginate(call, f"users|{status}|{role_id}", ids)
    if isinstance(page, Response):
        return page
    chosen, meta = page
    by_id = {u["id"]: u for u in users}
    entries = [list_entry(by_id[i]) for i in chosen if i in by_id]
    return json_response(200, {**meta, "users": entries})


def get_user(call: Call) -> Response:
    reference = call.segment("user")
    user = call.state.find_user(reference)
    if user is None:
        return user_not_found(reference)
    return json_response(200, render_user(user, call.base_url))
