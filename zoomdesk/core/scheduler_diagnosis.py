"""Why Zoom refused a host-settings, invitation, registrant or tracking-field call: the codes
Zoom documents for those operations (meetings-v2.json responses; zoom-api.md §8), in words,
with the fix. `diagnosis.diagnose` puts these before the general API findings."""

from __future__ import annotations

from collections.abc import Sequence

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.scopes import is_classic, need_for, operation_text

SCOPE_CODES = (104, 4700, 4711)
E = Severity.ERROR

# (code, words in Zoom's message or "", finding code, title, explanation, fix)
_KNOWN: tuple[tuple[int, str, str, str, str, str], ...] = (
    (
        300,
        "registration",
        "registration-off",
        translate_noop("SchedulerDiagnosis", "This meeting does not take registrations"),
        translate_noop(
            "SchedulerDiagnosis",
            "Registrants exist only for meetings with registration (approval type 0 or 1).",
        ),
        translate_noop(
            "SchedulerDiagnosis",
            "Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.",
        ),
    ),
    (
        404,
        "registration",
        "registration-off",
        translate_noop("SchedulerDiagnosis", "This meeting does not take registrations"),
        translate_noop(
            "SchedulerDiagnosis",
            "Registrants can be added only to meetings with registration (approval type 0 or 1).",
        ),
        translate_noop(
            "SchedulerDiagnosis",
            "Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry.",
        ),
    ),
    (
        3000,
        "registrant",
        "registrant-not-found",
        translate_noop("SchedulerDiagnosis", "Zoom does not know this registrant"),
        translate_noop(
            "SchedulerDiagnosis",
            "The registrant was removed, or the ID or email belongs to another meeting.",
        ),
        translate_noop(
            "SchedulerDiagnosis",
            "List the registrants again (zoomdesk registrants list ID --status pending).",
        ),
    ),
    (
        404,
        "registrant not found",
        "registrant-not-found",
        translate_noop("SchedulerDiagnosis", "Zoom does not know one of these registrants"),
        translate_noop(
            "SchedulerDiagnosis",
            "Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.",
        ),
        translate_noop(
            "SchedulerDiagnosis", "List the registrants again and retry with the ones that exist."
        ),
    ),
    (
        303,
        "",
        "batch-one-time-only",
        translate_noop(
            "SchedulerDiagnosis", "Zoom registers many at once only for one-time meetings"
        ),
        translate_noop(
            "SchedulerDiagnosis", "batch_registrants works for scheduled meetings (type 2) only."
        ),
        translate_noop(
            "SchedulerDiagnosis",
            "Add the registrants one by one (zoomdesk registrants import does this for you).",
        ),
    ),
    (
        3038,
        "",
        "meeting-over",
        translate_noop("SchedulerDiagnosis", "The meeting is over, so no one can register"),
        translate_noop(
            "SchedulerDiagnosis", "Zoom closes registration once a meeting has taken place."
        ),
        translate_noop(
            "SchedulerDiagnosis",
            "Schedule a new meeting, or register people for a future occurrence.",
        ),
    ),
    (
        3043,
        "",
        "meeting-full",
        translate_noop("SchedulerDiagnosis", "The meeting has reached its attendee capacity"),
        translate_noop(
            "SchedulerDiagnosis",
            "Zoom allows as many registrants as the host's plan allows participants.",
        ),
        translate_noop(
            "SchedulerDiagnosis",
            "Remove registrants who will not come, or ask for a larger meeting capacity.",
        ),
    ),
)


def scheduler_findings(exchange: Exchange, granted: Sequence[str] | None) -> list[Finding]:
    """Findings for a refused issue-11 operation; [] for anything else."""
    need = need_for(exchange.method, exchange.path)
    if need is None or not need.optional or exchange.status is None or exchange.status < 400:
        return []
    body = exchange.response_json()
    code = body.get("code") if isinstance(body, dict) else None
    message = str(body.get("message") or "") if isinstance(body, dict) else ""
    lower = message.lower()
    if code in SCOPE_CODES or "does not contain scope" in lower:
        operation = operation_text(need.operation)
        if granted is not None:
            add = need.classic if is_classic(granted) else need.granular
            which = translate("SchedulerDiagnosis", "To {operation}, add {scope}.").format(
                operation=operation, scope=add
            )
        else:
            which = translate(
                "SchedulerDiagnosis",
                "To {operation}, add {granular} (granular scopes) or {classic} (classic scopes).",
            ).format(operation=operation, granular=need.granular, classic=need.classic)
        if need.operation in ("read host settings", "get invitation"):
            rest = translate(
                "SchedulerDiagnosis",
                "Everything else keeps working without it; zoomdesk falls back to its own text "
                "or Zoom's documented defaults.",
            )
        else:
            rest = translate("SchedulerDiagnosis", "Everything else keeps working without it.")
        return [
            Finding(
                "missing-scopes",
                E,
                translate("SchedulerDiagnosis", "The app lacks the scope to {operation}").format(
                    operation=operation
                ),
                f"{which} {rest}",
                translate(
                    "SchedulerDiagnosis",
                    "In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, "
                    "save, then get a new token.",
                ),
                (f"Zoom: {message}",),
            )
        ]
    for known, words, finding, title, why, fix in _KNOWN:
        if code == known and words in lower:
            return [
                Finding(
                    finding,
                    E,
                    translate_marked("SchedulerDiagnosis", title),
                    translate_marked("SchedulerDiagnosis", why),
                    translate_marked("SchedulerDiagnosis", fix),
                    (f"Zoom: {message}",),
                )
            ]
    return []
