"""Meeting registrants as Zoom keeps them: stored with their meeting (a private `_registrants`
list, so a state file keeps them and meeting responses never show them), rendered for the list,
get and add responses, and the registration questions.

Zoom's rules, from its OpenAPI file: only meetings whose `settings.approval_type` is 0 (approve
automatically) or 1 (manually) take registrants; at most 4,999 per meeting; the status endpoint
and batch registration take at most 30 registrants per call; batch registration is only for
scheduled (type 2) meetings, and `auto_approve` approves at once on a manual-approval meeting."""

from __future__ import annotations

import random
import secrets
from collections.abc import Mapping
from typing import Any

from zoomdesk.sandbox import ids
from zoomdesk.sandbox.timeutil import iso_z

STATUSES = ("pending", "approved", "denied")
ACTIONS = {"approve": "approved", "deny": "denied", "cancel": "denied"}
MAX_REGISTRANTS = 4_999  # "a maximum limit of 4,999 registrants per meeting" (spec)
MAX_PER_CALL = 30  # status updates and batch registration (spec; zoom-api.md §8)
# The registration form's standard questions (spec: questions[].field_name).
DEFAULT_QUESTIONS: list[dict[str, Any]] = [
    {"field_name": "last_name", "required": True},
    {"field_name": "org", "required": False},
    {"field_name": "job_title", "required": False},
]
# The optional fields a registrant may carry (spec: the add-registrant body).
OPTIONAL_FIELDS = (
    "last_name",
    "address",
    "city",
    "state",
    "zip",
    "country",
    "phone",
    "comments",
    "industry",
    "job_title",
    "org",
    "no_of_employees",
    "purchasing_time_frame",
    "role_in_purchase_process",
)


def has_registration(meeting: Mapping[str, Any]) -> bool:
    return meeting["settings"].get("approval_type") in (0, 1)


def registrants_of(meeting: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = meeting.setdefault("_registrants", [])
    return found


def find(meeting: dict[str, Any], reference: Mapping[str, Any]) -> dict[str, Any] | None:
    """A registrant by `id` or `email` (case-insensitive), as the status endpoint names them."""
    wanted_id, wanted_email = reference.get("id"), reference.get("email")
    for registrant in registrants_of(meeting):
        if wanted_id is not None and registrant["id"] == wanted_id:
            return registrant
        if isinstance(wanted_email, str) and registrant["email"].lower() == wanted_email.lower():
            return registrant
    return None


def register(
    meeting: dict[str, Any],
    fields: Mapping[str, Any],
    *,
    now: float,
    rng: random.Random,
    approve: bool = False,
) -> dict[str, Any]:
    """Adds a registrant from a validated body; registering an email twice gives back the first
    registration (an assumption: Zoom's answer to a repeat registration is undocumented)."""
    existing = find(meeting, {"email": fields["email"]})
    if existing is not None:
        return existing
    automatic = meeting["settings"].get("approval_type") == 0
    registrant: dict[str, Any] = {
        "id": ids.user_id(rng),
        "email": fields["email"],
        "first_name": fields["first_name"],
        "status": "approved" if automatic or approve else "pending",
        "create_time": iso_z(now),
        # A per-registrant join link, as Zoom's `/w/{id}?tk=…` links are.
        "_token": secrets.token_urlsafe(24),
    }
    for name in OPTIONAL_FIELDS:
        if name in fields:
            registrant[name] = fields[name]
    if isinstance(fields.get("custom_questions"), list):
        registrant["custom_questions"] = [dict(q) for q in fields["custom_questions"]]
    registrants_of(meeting).append(registrant)
    return registrant


def join_url(meeting: Mapping[str, Any], registrant: Mapping[str, Any], base_url: str) -> str:
    return f"{base_url}/w/{meeting['id']}?tk={registrant['_token']}"


def render(
    meeting: Mapping[str, Any], registrant: Mapping[str, Any], base_url: str
) -> dict[str, Any]:
    shown = {k: v for k, v in registrant.items() if not k.startswith("_")}
    shown.setdefault("custom_questions", [])
    shown["join_url"] = join_url(meeting, registrant, base_url)
    return shown


def questions(meeting: Mapping[str, Any]) -> dict[str, Any]:
    """GET …/registrants/questions: the meeting's own questions, or the standard form."""
    own = meeting.get("_questions") or {}
    return {
        "questions": [dict(q) for q in own.get("questions", DEFAULT_QUESTIONS)],
        "custom_questions": [dict(q) for q in own.get("custom_questions", [])],
    }
