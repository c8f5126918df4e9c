"""Which scopes each operation needs. Apps made since April 2024 have granular scopes; older ones
keep classic scopes. Either satisfies Zoom. Sources: Zoom's OpenAPI file (classic) and
https://developers.zoom.us/docs/internal-apps/oauth-scopes-overview/ (granular)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from zoomdesk.core.i18n import translate, translate_marked, translate_noop


@dataclass(frozen=True)
class ScopeNeed:
    operation: str
    classic: str
    granular: str
    method: str = ""
    path: str = ""  # a regular expression for the path after /v2
    optional: bool = False  # needed only when that feature is used; the rest works without

    def matches(self, method: str, path: str) -> bool:
        tail = path.split("/v2", 1)[-1] if "/v2" in path else path
        tail = tail.split("?", 1)[0]
        return method.upper() == self.method and re.fullmatch(self.path + "/?", tail) is not None


_M = r"/meetings/[^/]+"
NEEDS: dict[str, ScopeNeed] = {
    need.operation: need
    for need in (
        ScopeNeed(
            translate_noop("Scopes", "list users"),
            "user:read:admin",
            "user:read:list_users:admin",
            "GET",
            "/users",
        ),
        ScopeNeed(
            translate_noop("Scopes", "get user"),
            "user:read:admin",
            "user:read:user:admin",
            "GET",
            "/users/[^/]+",
        ),
        ScopeNeed(
            translate_noop("Scopes", "list meetings"),
            "meeting:read:admin",
            "meeting:read:list_meetings:admin",
            "GET",
            "/users/[^/]+/meetings",
        ),
        ScopeNeed(
            translate_noop("Scopes", "get meeting"),
            "meeting:read:admin",
            "meeting:read:meeting:admin",
            "GET",
            _M,
        ),
        ScopeNeed(
            translate_noop("Scopes", "create meeting"),
            "meeting:write:admin",
            "meeting:write:meeting:admin",
            "POST",
            "/users/[^/]+/meetings",
        ),
        ScopeNeed(
            translate_noop("Scopes", "update meeting"),
            "meeting:write:admin",
            "meeting:update:meeting:admin",
            "PATCH",
            _M,
        ),
        ScopeNeed(
            translate_noop("Scopes", "delete meeting"),
            "meeting:write:admin",
            "meeting:delete:meeting:admin",
            "DELETE",
            _M,
        ),
        # Issue 11: used only by the features that need them (host defaults fall back to
        # Zoom's, the invitation to zoomdesk's own text), so a token without them still works.
        ScopeNeed(
            translate_noop("Scopes", "read host settings"),
            "user:read:admin",
            "user:read:settings:admin",
            "GET",
            "/users/[^/]+/settings",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "get invitation"),
            "meeting:read:admin",
            "meeting:read:invitation:admin",
            "GET",
            _M + "/invitation",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "list registrants"),
            "meeting:read:admin",
            "meeting:read:list_registrants:admin",
            "GET",
            _M + "/registrants",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "add registrant"),
            "meeting:write:admin",
            "meeting:write:registrant:admin",
            "POST",
            _M + "/registrants",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "approve or deny registrants"),
            "meeting:write:admin",
            "meeting:update:registrant_status:admin",
            "PUT",
            _M + "/registrants/status",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "read registration questions"),
            "meeting:read:admin",
            "meeting:read:list_registration_questions:admin",
            "GET",
            _M + "/registrants/questions",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "remove registrant"),
            "meeting:write:admin",
            "meeting:delete:registrant:admin",
            "DELETE",
            _M + "/registrants/[^/]+",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "register many"),
            "meeting:write:admin",
            "meeting:write:batch_registrants:admin",
            "POST",
            _M + "/batch_registrants",
            optional=True,
        ),
        ScopeNeed(
            translate_noop("Scopes", "list tracking fields"),
            "tracking_fields:read:admin",
            "tracking_field:read:list_tracking_fields:admin",
            "GET",
            "/tracking_fields",
            optional=True,
        ),
    )
}

GRANULAR_SET = tuple(dict.fromkeys(n.granular for n in NEEDS.values()))
CLASSIC_SET = tuple(dict.fromkeys(n.classic for n in NEEDS.values()))


def need_for(method: str, path: str) -> ScopeNeed | None:
    """The operation a request performs (the most specific path wins: they are listed so)."""
    found = [n for n in NEEDS.values() if n.method and n.matches(method, path)]
    return max(found, key=lambda n: len(n.path), default=None)


def is_classic(granted: Iterable[str]) -> bool:
    """A token with any classic scope belongs to a classic-scope app (moodle-mod_zoom's check)."""
    return any(scope in CLASSIC_SET for scope in granted)


def missing_for(operation: str, granted: Iterable[str]) -> list[str]:
    """The scope to add for `operation`, in the scheme the app uses; [] when it is covered."""
    have = set(granted)
    need = NEEDS[operation]
    if need.classic in have or need.granular in have:
        return []
    return [need.classic if is_classic(have) else need.granular]


def missing_scopes(granted: Iterable[str], *, optional: bool = False) -> dict[str, list[str]]:
    """Operation -> missing scopes, for every operation zoomdesk needs that is not covered;
    with `optional`, instead those of the features that work only when their scope is there."""
    have = list(granted)
    return {
        op: missing
        for op, need in NEEDS.items()
        if need.optional == optional and (missing := missing_for(op, have))
    }


def describe_missing(granted: Iterable[str]) -> str:
    have = list(granted)
    missing = missing_scopes(have)
    if not missing:
        text = translate("Scopes", "All scopes zoomdesk needs are granted.")
    else:
        names = sorted({s for scopes in missing.values() for s in scopes})
        text = translate("Scopes", "Missing scopes: {scopes} (needed to {operations}).").format(
            scopes=" ".join(names), operations=", ".join(operation_text(op) for op in missing)
        )
    extra = missing_scopes(have, optional=True)
    if extra:
        per_op = "; ".join(f"{operation_text(op)}: {' '.join(s)}" for op, s in extra.items())
        text += " " + translate("Scopes", "Optional, needed only when used — {list}.").format(
            list=per_op
        )
    return text


def operation_text(operation: str) -> str:
    """An operation of `NEEDS` ("list users") in the user's language, for sentences."""
    return translate_marked("Scopes", operation)


# --- least privilege (issue 19): read from NEEDS, so new operations are counted here too ------

PURPOSES = ("browse", "schedule")  # read-only browsing; scheduling (create, change, delete)


def used_scopes() -> frozenset[str]:
    """Every scope, classic or granular, that some operation of zoomdesk needs."""
    return frozenset(s for need in NEEDS.values() for s in (need.classic, need.granular))


def unused_scopes(granted: Iterable[str]) -> list[str]:
    """Granted scopes zoomdesk never uses: power a stolen secret would carry for nothing."""
    used = used_scopes()
    return sorted(dict.fromkeys(s for s in granted if s not in used))


def minimal_scopes(purpose: str, *, classic: bool = False) -> list[str]:
    """The fewest scopes for `purpose`: "browse" needs only the read operations (those whose
    granular scope reads), "schedule" every operation; optional features (registrants, tracking
    fields, Zoom's invitation text, host settings) add theirs only when used. In the app's
    scheme (classic or not)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {', '.join(PURPOSES)}")
    needs = [
        n
        for n in NEEDS.values()
        if not n.optional and (purpose == "schedule" or ":read:" in n.granular)
    ]
    return list(dict.fromkeys(n.classic if classic else n.granular for n in needs))
