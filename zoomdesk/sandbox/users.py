"""Zoom users as GET /users and GET /users/{userId} show them."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from zoomdesk.sandbox import ids
from zoomdesk.sandbox.timeutil import iso_z

ROLE_NAMES = {"0": "Owner", "1": "Admin", "2": "Member"}
USER_STATUSES = ("active", "inactive", "pending")
# Fields of the list entries (spec, GET /users); GET /users/{userId} shows everything.
_LIST_FIELDS = (
    "id",
    "first_name",
    "last_name",
    "display_name",
    "email",
    "type",
    "pmi",
    "timezone",
    "verified",
    "dept",
    "created_at",
    "user_created_at",
    "last_login_time",
    "last_client_version",
    "language",
    "status",
    "role_id",
)


def build_user(
    email: str,
    first_name: str,
    last_name: str,
    *,
    account_id: str,
    timezone: str,
    status: str,
    role_id: str,
    user_type: int,
    dept: str,
    now: float,
    rng: random.Random,
) -> dict[str, Any]:
    user_id = ids.user_id(rng)
    user: dict[str, Any] = {
        "id": user_id,
        "first_name": first_name,
        "last_name": last_name,
        "display_name": f"{first_name} {last_name}".strip(),
        "email": email,
        "type": user_type,
        "role_name": ROLE_NAMES.get(role_id, "Member"),
        "pmi": ids.personal_meeting_id(rng),
        "use_pmi": False,
        "timezone": timezone,
        "verified": 1,
        "dept": dept,
        "created_at": iso_z(now),
        "user_created_at": iso_z(now),
        "last_client_version": "6.3.0.44805(mac)",
        "language": "en-US",
        "phone_number": "",
        "status": status,
        "role_id": role_id,
        "account_id": account_id,
        "account_number": 1000000000 + sum(map(ord, account_id)) * 7919 % 10**9,
        "cluster": "us05",
        "jid": f"{user_id.lower()}@xmpp.zoom.us",
        "group_ids": [],
        "im_group_ids": [],
        "login_types": [100],
    }
    if status == "active":
        user["last_login_time"] = iso_z(now)
    return user


def render_user(user: Mapping[str, Any], base_url: str) -> dict[str, Any]:
    return {**user, "personal_meeting_url": f"{base_url}/j/{user['pmi']}"}


def list_entry(user: Mapping[str, Any]) -> dict[str, Any]:
    return {name: user[name] for name in _LIST_FIELDS if name in user}
