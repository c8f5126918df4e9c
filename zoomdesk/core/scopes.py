"""Which scopes each operation needs. Apps made since April 2024 have granular scopes; older ones
keep classic scopes. Either satisfies Zoom. Sources: Zoom's OpenAPI file (classic) and
https://developers.zoom.us/docs/internal-apps/oauth-scopes-overview/ (granular)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ScopeNeed:
    operation: str
    classic: str
    granular: str


NEEDS: dict[str, ScopeNeed] = {
    need.operation: need
    for need in (
        ScopeNeed("list users", "user:read:admin", "user:read:list_users:admin"),
        ScopeNeed("get user", "user:read:admin", "user:read:user:admin"),
        ScopeNeed("list meetings", "meeting:read:admin", "meeting:read:list_meetings:admin"),
        ScopeNeed("get meeting", "meeting:read:admin", "meeting:read:meeting:admin"),
        ScopeNeed("create meeting", "meeting:write:admin", "meeting:write:meeting:admin"),
        ScopeNeed("update meeting", "meeting:write:admin", "meeting:update:meeting:admin"),
        ScopeNeed("delete meeting", "meeting:write:admin", "meeting:delete:meeting:admin"),
    )
}

GRANULAR_SET = tuple(dict.fromkeys(n.granular for n in NEEDS.values()))
CLASSIC_SET = tuple(dict.fromkeys(n.classic for n in NEEDS.values()))


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


def missing_scopes(granted: Iterable[str]) -> dict[str, list[str]]:
    """Operation -> missing scopes, for every operation zoomdesk performs that is not covered."""
    have = list(granted)
    return {op: missing for op in NEEDS if (missing := missing_for(op, have))}


def describe_missing(granted: Iterable[str]) -> str:
    missing = missing_scopes(granted)
    if not missing:
        return "All scopes zoomdesk needs are granted."
    names = sorted({s for scopes in missing.values() for s in scopes})
    ops = ", ".join(missing)
    return f"Missing scopes: {' '.join(names)} (needed to {ops})."


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
    granular scope reads), "schedule" every operation. In the app's scheme (classic or not)."""
    if purpose not in PURPOSES:
        raise ValueError(f"purpose must be one of {', '.join(PURPOSES)}")
    needs = [n for n in NEEDS.values() if purpose == "schedule" or ":read:" in n.granular]
    return list(dict.fromkeys(n.classic if classic else n.granular for n in needs))
