"""Why Zoom refused a host-settings, invitation, registrant or tracking-field call: the codes
Zoom documents for those operations (meetings-v2.json responses; zoom-api.md §8), in words,
with the fix. `diagnosis.diagnose` puts these before the general API findings."""

from __future__ import annotations

from collections.abc import Sequence

from zoomdesk.core.doctor.findings import Finding, Severity
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.scopes import is_classic, need_for

SCOPE_CODES = (104, 4700, 4711)
E = Severity.ERROR

# (code, words in Zoom's message or "", finding code, title, explanation, fix)
_KNOWN: tuple[tuple[int, str, str, str, str, str], ...] = (
    (300, "registration", "registration-off",
     "This meeting does not take registrations",
     "Registrants exist only for meetings with registration (approval type 0 or 1).",
     "Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry."),
    (404, "registration", "registration-off",
     "This meeting does not take registrations",
     "Registrants can be added only to meetings with registration (approval type 0 or 1).",
     "Turn registration on (zoomdesk meetings update ID --set approval_type=0), then retry."),
    (3000, "registrant", "registrant-not-found",
     "Zoom does not know this registrant",
     "The registrant was removed, or the ID or email belongs to another meeting.",
     "List the registrants again (zoomdesk registrants list ID --status pending)."),
    (404, "registrant not found", "registrant-not-found",
     "Zoom does not know one of these registrants",
     "Nothing was changed: Zoom refuses the whole batch when one registrant is unknown.",
     "List the registrants again and retry with the ones that exist."),
    (303, "", "batch-one-time-only",
     "Zoom registers many at once only for one-time meetings",
     "batch_registrants works for scheduled meetings (type 2) only.",
     "Add the registrants one by one (zoomdesk registrants import does this for you)."),
    (3038, "", "meeting-over",
     "The meeting is over, so no one can register",
     "Zoom closes registration once a meeting has taken place.",
     "Schedule a new meeting, or register people for a future occurrence."),
    (3043, "", "meeting-full",
     "The meeting has reached its attendee capacity",
     "Zoom allows as many registrants as the host's plan allows participants.",
     "Remove registrants who will not come, or ask for a larger meeting capacity."),
)  # fmt: skip


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
        if granted is not None:
            add = need.classic if is_classic(granted) else need.granular
            which = f"add {add}"
        else:
            which = f"add {need.granular} (granular scopes) or {need.classic} (classic scopes)"
        return [
            Finding(
                "missing-scopes",
                E,
                f"The app lacks the scope to {need.operation}",
                f"To {need.operation}, {which}. Everything else keeps working without it"
                + (
                    "; zoomdesk falls back to its own text or Zoom's documented defaults."
                    if need.operation in ("read host settings", "get invitation")
                    else "."
                ),
                "In the Zoom App Marketplace ▸ Manage ▸ your app ▸ Scopes, add the scope, save, "
                "then get a new token.",
                (f"Zoom: {message}",),
            )
        ]
    for known, words, finding, title, why, fix in _KNOWN:
        if code == known and words in lower:
            return [Finding(finding, E, title, why, fix, (f"Zoom: {message}",))]
    return []
