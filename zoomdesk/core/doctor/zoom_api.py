"""What the doctor knows of Zoom's Meeting API: the paths and methods zoomdesk covers and the
top-level fields of a meeting create/update body. Facts from Zoom's OpenAPI file (version 2.0.0;
the file itself stays outside the package, see /work/shared/zoom-openapi/README.md), declared
once here and checked against that file by tests/debug/test_doctor_integration.py."""

from __future__ import annotations

import difflib
import re

PATHS: dict[str, tuple[str, ...]] = {
    "/users": ("GET",),
    "/users/{userId}": ("GET",),
    "/users/{userId}/meetings": ("GET", "POST"),
    "/meetings/{meetingId}": ("GET", "PATCH", "DELETE"),
    "/meetings/{meetingId}/invitation": ("GET",),
    "/meetings/{meetingId}/registrants": ("GET", "POST"),
    "/meetings/{meetingId}/registrants/{registrantId}": ("GET", "DELETE"),
    "/meetings/{meetingId}/registrants/status": ("PUT",),
    "/meetings/{meetingId}/registrants/questions": ("GET",),
    "/meetings/{meetingId}/batch_registrants": ("POST",),
    "/users/{userId}/settings": ("GET",),
    "/tracking_fields": ("GET",),
    "/users/{userId}/meeting_templates": ("GET",),
}
# Lists that page: only the first page (30 records by default, 300 at most) comes back unless
# the caller follows next_page_token.
PAGED = frozenset({"/users", "/users/{userId}/meetings", "/meetings/{meetingId}/registrants"})
CREATE, UPDATE = ("POST", "/users/{userId}/meetings"), ("PATCH", "/meetings/{meetingId}")
MEETING_FIELDS: dict[str, type | tuple[type, ...]] = {
    "agenda": str,
    "default_password": bool,
    "duration": int,
    "password": str,
    "pre_schedule": bool,
    "recurrence": dict,
    "schedule_for": str,
    "settings": dict,
    "start_time": str,
    "template_id": str,
    "timezone": str,
    "topic": str,
    "tracking_fields": list,
    "type": int,
}
_PARAM = re.compile(r"\{[^}]*\}")


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def template_of(path: str) -> str | None:
    """The known template a concrete path matches (`/v2/users/me/meetings` →
    `/users/{userId}/meetings`); a computed segment (`${id}`) matches any parameter."""
    path = re.sub(r"^/v2(?=/|$)", "", path.split("?")[0]) or "/"
    parts = _segments(path)
    for template in PATHS:
        want = _segments(template)
        if len(want) != len(parts):
            continue
        if all(w == p or (_PARAM.fullmatch(w) and p) for w, p in zip(want, parts, strict=True)):
            return template
    return None


def closest(path: str) -> str | None:
    """The known template a mistyped path is nearest to, if it is near (`/v2/user/me/meetings`).
    Zoom's API has many more paths than these; a path far from all of them is not called wrong."""
    path = re.sub(r"^/v2(?=/|$)", "", path.split("?")[0])
    shape = "/".join("{}" if re.search(r"\$\{|\d{5,}|@|^me$", s) else s for s in _segments(path))
    shapes = {"/".join("{}" if _PARAM.fullmatch(s) else s for s in _segments(t)): t for t in PATHS}
    match = difflib.get_close_matches(shape, list(shapes), n=1, cutoff=0.85)
    return shapes[match[0]] if match else None
