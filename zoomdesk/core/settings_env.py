"""Which credentials and base URLs a run uses: environment variables override the profile."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.i18n import translate
from zoomdesk.core.profiles import Profile, ProfileInvalid, ProfileStore, base_url_problem
from zoomdesk.core.secrets import SecretStore
from zoomdesk.core.tokens import DEFAULT_OAUTH_URL, Credentials


@dataclass(frozen=True)
class Connection:
    credentials: Credentials
    api_url: str | None
    profile: str | None  # None when it came from the environment alone
    source: str  # "environment", "profile NAME", "profile NAME + environment"


def env_overrides(env: Mapping[str, str]) -> dict[str, str]:
    keys = {
        "ZOOM_ACCOUNT_ID": "account_id",
        "ZOOM_CLIENT_ID": "client_id",
        "ZOOM_CLIENT_SECRET": "client_secret",
        "ZOOMDESK_OAUTH_URL": "oauth_url",
        "ZOOMDESK_API_URL": "api_url",
    }
    return {field: env[var] for var, field in keys.items() if env.get(var)}


def source_of(profile: Profile | None) -> str:
    return f"profile {profile.name!r}" if profile else "the environment"


async def resolve_connection(
    store: ProfileStore,
    secrets: SecretStore,
    profile_name: str | None = None,
    env: Mapping[str, str] | None = None,
    presets: Sequence[Profile] = (),
) -> Connection | None:
    """None when there is nothing configured at all (the app then offers the sandbox).
    `presets` are the IT policy's profiles: they win over a stored profile of the same name,
    and the first is the default when the user has chosen none."""
    over = env_overrides(os.environ if env is None else env)
    content = store.load()
    profiles = {**content.profiles, **{p.name: p for p in presets}}
    name = profile_name or content.default or next((p.name for p in presets), None)
    profile: Profile | None = profiles.get(name) if name else None
    if profile_name and profile is None:
        unknown = translate("Profiles", "No profile named {name}; see `zoomdesk profiles list`.")
        raise CredentialsError(unknown.format(name=repr(profile_name)))
    if profile is None and not over:
        return None
    secret = over.get("client_secret")
    if secret is None and profile is not None:
        secret = await secrets.get(profile.name)
    account_id = over.get("account_id") or (profile.account_id if profile else "")
    client_id = over.get("client_id") or (profile.client_id if profile else "")
    missing = [
        label
        for label, value in (
            (translate("Profiles", "account ID (ZOOM_ACCOUNT_ID)"), account_id),
            (translate("Profiles", "client ID (ZOOM_CLIENT_ID)"), client_id),
            (translate("Profiles", "client secret (ZOOM_CLIENT_SECRET or the keyring)"), secret),
        )
        if not value
    ]
    if missing:
        if profile:
            incomplete = translate(
                "Profiles", "Incomplete credentials in profile {name}: missing {fields}."
            )
        else:
            incomplete = translate(
                "Profiles", "Incomplete credentials in the environment: missing {fields}."
            )
        fields = ", ".join(missing)
        name = repr(profile.name) if profile else ""
        raise CredentialsError(incomplete.format(name=name, fields=fields))
    assert secret is not None
    oauth_url = over.get("oauth_url") or (profile.oauth_url if profile else DEFAULT_OAUTH_URL)
    api_url = over.get("api_url") or (profile.api_url if profile else None)
    # Checked here, where every run gets its URLs, so an old profile file or a variable can
    # never send the secret over plain http to another computer.
    for key, variable, url in (
        ("oauth_url", "ZOOMDESK_OAUTH_URL", oauth_url),
        ("api_url", "ZOOMDESK_API_URL", api_url),
    ):
        if url and (problem := base_url_problem(url)):
            if key in over or profile is None:
                raise ProfileInvalid(key, f"{variable}: {problem}")
            if key == "oauth_url":
                where = translate("Profiles", "the oauth url of profile {name}: {problem}")
            else:
                where = translate("Profiles", "the api url of profile {name}: {problem}")
            raise ProfileInvalid(key, where.format(name=repr(profile.name), problem=problem))
    if profile is None:
        source = "environment"
    else:
        source = f"profile {profile.name}" + (" + environment" if over else "")
    return Connection(
        Credentials(account_id, client_id, secret, oauth_url),
        api_url,
        profile.name if profile else None,
        source,
    )
