"""The profile dialog's rules, as plain data: what is wrong with each field, in the user's words,
before anything is stored or sent. The URL rules are the profile store's own (shared with the
CLI): https, or plain http to this computer only."""

from __future__ import annotations

from zoomdesk.core.i18n import translate
from zoomdesk.core.profiles import Profile, base_url_problem, profile_name_problem


def profile_problems(
    profile: Profile,
    *,
    existing: set[str],
    original: str | None,
    adding: bool,
    secret_typed: bool,
    for_save: bool,
) -> dict[str, str | None]:
    """Field name → problem (None when the field is fine). `for_save` adds the checks that only
    matter when storing: the name, and a secret for a new profile."""
    oauth_problem = (
        base_url_problem(profile.oauth_url)
        if profile.oauth_url
        else translate("ProfileDialog", "Enter a URL.")
    )
    problems: dict[str, str | None] = {
        "account_id": None
        if profile.account_id
        else translate("ProfileDialog", "Enter the account ID."),
        "client_id": None
        if profile.client_id
        else translate("ProfileDialog", "Enter the client ID."),
        "oauth_url": oauth_problem,
        "api_url": base_url_problem(profile.api_url) if profile.api_url else None,
    }
    if for_save:
        if problem := profile_name_problem(profile.name):
            problems["name"] = problem
        elif profile.name in existing and profile.name != original:
            problems["name"] = translate(
                "ProfileDialog", "A profile with this name exists already."
            )
        if adding and not secret_typed:
            problems["client_secret"] = translate("ProfileDialog", "Enter the client secret.")
    return problems
