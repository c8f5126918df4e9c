"""Checks of an API call against what Zoom's Meeting API accepts: the path and method, and a
meeting create/update body's fields (unknown names, wrong types, passcode rules, the
`start_time`-with-Z-and-a-timezone trap, `type` against `recurrence`). Values the code computes
at run time (`${expr}`) are not judged."""

from __future__ import annotations

import difflib
import re
from typing import Any

from zoomdesk.core.doctor import zoom_api
from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.i18n import translate

E, W = Severity.ERROR, Severity.WARNING


def _computed(value: object) -> bool:
    return isinstance(value, str) and "${" in value


def lint_path(req: HttpRequest) -> list[Finding]:
    path, method = req.path, req.method.upper()
    if "/v2" not in path or "${" in method:
        return []
    template = zoom_api.template_of(path)
    if template is None:
        near = zoom_api.closest(path)
        if near is None:
            return []
        methods = " / ".join(zoom_api.PATHS[near])
        return [
            Finding(
                "api-unknown-path",
                E,
                translate(
                    "DoctorSchema", "Zoom has no {path}; the closest known path is {near}"
                ).format(path=path, near=f"/v2{near}"),
                translate(
                    "DoctorSchema",
                    "Zoom answers an unknown path with 404 (or 300 `Invalid api`). Paths are "
                    "case-sensitive and plural (`users`, `meetings`).",
                ),
                translate("DoctorSchema", "Use {call}.").format(call=f"{methods} /v2{near}"),
                (f"{method} {path}",),
            )
        ]
    allowed = zoom_api.PATHS[template]
    if method in allowed:
        return []
    why = translate(
        "DoctorSchema", "This path takes {methods}; Zoom answers {method} with 404 or 405."
    ).format(methods=", ".join(allowed), method=method)
    if template == "/meetings/{meetingId}":
        why += " " + translate(
            "DoctorSchema", "To change a meeting use PATCH (Zoom has no PUT for meetings)."
        )
    return [
        Finding(
            "api-wrong-method",
            E,
            translate("DoctorSchema", "{method} is not a method of {path}").format(
                method=method, path=f"/v2{template}"
            ),
            why,
            _use_one_of(allowed),
            (f"{method} {path}",),
        )
    ]


def _use_one_of(methods: list[str] | tuple[str, ...]) -> str:
    if len(methods) == 1:
        return translate("DoctorSchema", "Use {method}.").format(method=methods[0])
    return translate("DoctorSchema", "Use {methods} or {method}.").format(
        methods=", ".join(methods[:-1]), method=methods[-1]
    )


def _expected_type(kind: type | tuple[type, ...]) -> tuple[str, str]:
    """The title and the fix for a field of the wrong type, by the type Zoom expects."""
    if kind is str:
        return (
            translate("DoctorSchema", "`{name}` must be a string"),
            translate("DoctorSchema", "Send `{name}` as a string."),
        )
    if kind is int:
        return (
            translate("DoctorSchema", "`{name}` must be a whole number"),
            translate("DoctorSchema", "Send `{name}` as a whole number."),
        )
    if kind is bool:
        return (
            translate("DoctorSchema", "`{name}` must be true or false"),
            translate("DoctorSchema", "Send `{name}` as true or false."),
        )
    if kind is dict:
        return (
            translate("DoctorSchema", "`{name}` must be an object"),
            translate("DoctorSchema", "Send `{name}` as an object."),
        )
    return (
        translate("DoctorSchema", "`{name}` must be an array"),
        translate("DoctorSchema", "Send `{name}` as an array."),
    )


def lint_meeting_body(req: HttpRequest) -> list[Finding]:
    template = zoom_api.template_of(req.path)
    if (req.method.upper(), template) not in (zoom_api.CREATE, zoom_api.UPDATE):
        return []
    body = req.json_body()
    if not isinstance(body, dict):
        return []
    found = _unknown_fields(body)
    literal = {k: v for k, v in body.items() if not _computed(v)}
    found += _field_errors(literal, body)
    found += _time_rules(req, body)
    found += _recurrence_rules(body)
    return found


def _unknown_fields(body: dict[str, Any]) -> list[Finding]:
    found = []
    for name in body:
        if name in zoom_api.MEETING_FIELDS:
            continue
        near = difflib.get_close_matches(name, list(zoom_api.MEETING_FIELDS), n=1, cutoff=0.6)
        if near:
            title = translate(
                "DoctorSchema", "Zoom has no meeting field `{name}`; did you mean `{near}`?"
            )
            fix = translate("DoctorSchema", "Use `{near}`.")
        else:
            title = translate("DoctorSchema", "Zoom has no meeting field `{name}`")
            fix = translate(
                "DoctorSchema", "Remove it, or check the field in Zoom's API reference."
            )
        found.append(
            Finding(
                "api-unknown-field",
                W,
                title.format(name=name, near=near[0] if near else ""),
                translate(
                    "DoctorSchema",
                    "Zoom ignores fields it does not know, so this value is silently lost.",
                ),
                fix.format(near=near[0] if near else ""),
                (f"{name}: {body[name]!r}"[:120],),
            )
        )
    return found


def _field_errors(literal: dict[str, Any], body: dict[str, Any]) -> list[Finding]:
    from zoomdesk.sandbox.validation import validate_meeting  # Zoom's rules, declared once

    found = []
    flagged: set[str] = set()
    for name, kind in zoom_api.MEETING_FIELDS.items():
        value = literal.get(name)
        if value is None or (
            isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        ):
            continue
        title, fix = _expected_type(kind)
        flagged.add(name)
        found.append(
            Finding(
                "api-field-type",
                Severity.ERROR,
                title.format(name=name),
                translate(
                    "DoctorSchema",
                    "It is {value}; Zoom answers 300 (validation failed) for a wrong type.",
                ).format(value=repr(value)),
                fix.format(name=name),
            )
        )
    checked = {
        k: v for k, v in literal.items() if k in zoom_api.MEETING_FIELDS and k not in flagged
    }
    for error in validate_meeting(checked):
        found.append(
            Finding(
                "api-field-invalid",
                E,
                f"`{error.field}`: {error.message}",
                translate(
                    "DoctorSchema",
                    "Zoom answers 300 (validation failed) and creates or changes nothing.",
                ),
                translate("DoctorSchema", "Correct the value."),
            )
        )
    return found


def _time_rules(req: HttpRequest, body: dict[str, Any]) -> list[Finding]:
    start, zone = body.get("start_time"), body.get("timezone")
    if not isinstance(start, str) or zone is None:
        return []
    utc = start.endswith("Z") or (
        _computed(start)
        and re.search(
            r"toISOString|isoformat\(\)\}?Z|%SZ|'Z'|\"Z\"|ToUniversalTime|\"o\"|\"u\"", start
        )
    )
    if not utc:
        return []
    return [
        Finding(
            "api-start-time-z-with-timezone",
            W,
            translate("DoctorSchema", "`start_time` ends in Z (UTC) and a `timezone` is also sent"),
            translate(
                "DoctorSchema",
                "With a Z, Zoom reads the time as UTC and uses `timezone` only for display: a "
                "10:00 meant in the meeting's zone starts at 10:00 UTC instead. The classic cause "
                "is a naive local time formatted with a Z (`toISOString()`, `strftime('…Z')`).",
            ),
            translate(
                "DoctorSchema",
                "Either send the local time without Z (`2026-03-01T10:00:00`) with `timezone`, "
                "or convert to UTC yourself and keep the Z.",
            ),
            (f"start_time: {start}"[:120], f"timezone: {zone}"),
        )
    ]


def _recurrence_rules(body: dict[str, Any]) -> list[Finding]:
    kind, recurrence = body.get("type"), body.get("recurrence")
    if kind == 8 and recurrence is None:
        return [
            Finding(
                "api-recurring-without-recurrence",
                E,
                translate(
                    "DoctorSchema",
                    "`type` is 8 (recurring, fixed time) but there is no `recurrence`",
                ),
                translate(
                    "DoctorSchema",
                    "Zoom needs the pattern (`recurrence.type`, `repeat_interval`, an end) for a "
                    "recurring meeting with a fixed time; without it the call fails with 300.",
                ),
                translate(
                    "DoctorSchema", "Add `recurrence`, or use type 3 (recurring, no fixed time)."
                ),
            )
        ]
    if recurrence is not None and kind in (1, 2):
        return [
            Finding(
                "api-recurrence-ignored",
                W,
                translate(
                    "DoctorSchema",
                    "`recurrence` is sent with `type` {type}, which is not recurring",
                ).format(type=kind),
                translate(
                    "DoctorSchema",
                    "Zoom ignores `recurrence` unless `type` is 8 (or 3): the meeting is created "
                    "once, not as a series.",
                ),
                translate("DoctorSchema", "Send `type: 8` with the recurrence."),
            )
        ]
    return []
