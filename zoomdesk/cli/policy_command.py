"""The IT policy on the command line: `zoomdesk policy show` and the checks every command makes.

Refusals are `PolicyRefused` (exit 2, one line naming the policy): asking for something the
organisation forbids is a usage error, found before anything is sent to Zoom."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from zoomdesk.cli.output import print_json, safe
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.errors import CredentialsError
from zoomdesk.core.models import Json, User
from zoomdesk.core.policy import Policy, refused
from zoomdesk.core.policy_sources import load_policy
from zoomdesk.core.profiles import Profile


def cli_policy() -> Policy:
    """The policy for this run, with its problem said once on stderr (never silently)."""
    policy = load_policy()
    if policy.problem:
        sys.stderr.write(
            f"zoomdesk: policy unreadable, ask IT: {safe(policy.problem)} (running without user "
            "profiles or the sandbox until it is fixed)\n"
        )
    return policy


def show(args: argparse.Namespace, policy: Policy) -> int:
    data = policy.to_json()
    if args.json:
        print_json(data)
        return 0
    out = sys.stdout
    if policy.source is None:
        out.write("No IT policy: zoomdesk's defaults apply.\n")
    else:
        out.write(f"Policy from {safe(policy.source)}\n")
    if policy.problem:
        out.write(f"Unreadable, ask IT: {safe(policy.problem)}\n")
    for key, entry in data["values"].items():
        out.write(f"{key}: {safe(_plain(key, entry['value']))}  [{safe(entry['from'])}]\n")
    return 0


def _plain(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if key == "allowed_hosts":
        return ", ".join(value) or "(all)"
    if key == "profiles":
        return ", ".join(p["name"] for p in value) or "(none)"
    if key == "locked_settings":
        return ", ".join(f"{k}={_plain('', v)}" for k, v in value.items()) or "(none)"
    return "(system)" if value is None else str(value)


def check_sandbox(args: argparse.Namespace, policy: Policy) -> None:
    if getattr(args, "sandbox", False) and not policy.allow_sandbox:
        raise refused("--sandbox", f"The sandbox is turned off by {policy.name}.")


# --- hosts ---------------------------------------------------------------------------------


async def allowed_hosts_only(args: argparse.Namespace, client: ZoomClient, policy: Policy) -> Any:
    """Checks the host a meetings command names, before anything changes. Returns the users
    `--all-users` may list (None: every user, as without a policy)."""
    if not policy.allowed_hosts:
        return None
    if getattr(args, "all_users", False):
        users = [u for u in await client.list_users() if policy.host_allowed(u.email)]
        return users
    if getattr(args, "user", None):
        policy.check_host(await _email_of(args.user, client))
    elif args.action in ("update", "delete", "get"):
        meeting = await client.get_meeting(args.id, args.occurrence_id)
        policy.check_host(meeting.host_email or await _email_of(meeting.host_id, client))
    return None


async def _email_of(user: str, client: ZoomClient) -> str:
    """An email as given; an ID (or `me`) is looked up, because the policy names emails."""
    if "@" in user:
        return user
    found: User = await client.get_user(user)
    return found.email


# --- meeting settings ----------------------------------------------------------------------


def checked_settings(settings: Json, policy: Policy, *, create: bool) -> Json:
    """`--set` values against the locked settings: a different value is refused; a new
    meeting also gets every locked value it did not name."""
    if create:
        return policy.with_locks(settings)
    if problems := policy.lock_problems(settings):
        raise refused(problems[0].field, problems[0].message)
    return settings


# --- profiles ------------------------------------------------------------------------------


def profile_rows(policy: Policy, stored: dict[str, Profile], default: str | None) -> list[Json]:
    """`profiles list --json`: the policy's presets (marked) first, then the user's own."""
    rows: list[Json] = [
        {**vars(p), "default": p.name == default, "from_policy": policy.where("profiles")}
        for p in policy.profiles
    ]
    rows += [
        {**vars(p), "default": p.name == default, "from_policy": None}
        for p in stored.values()
        if policy.preset(p.name) is None
    ]
    return rows


def check_profile_add(args: argparse.Namespace, policy: Policy) -> Profile | None:
    """Returns the preset when NAME is one (then only its secret is stored: IT seeds the
    keyring from a login script); refuses a user-made profile the policy forbids."""
    preset = policy.preset(args.name)
    if preset is not None:
        for flag, given, wanted in (
            ("--account-id", args.account_id, preset.account_id),
            ("--client-id", args.client_id, preset.client_id),
        ):
            if given is not None and given != wanted:
                raise refused(
                    flag,
                    f"Profile {args.name} is set by {policy.name}; its {flag[2:]} is {wanted}.",
                )
        return preset
    if not policy.allow_user_profiles:
        raise refused(
            "profiles add",
            f"Adding profiles is turned off by {policy.name}; use one of its profiles "
            f"({', '.join(p.name for p in policy.profiles) or 'none set'}).",
        )
    if args.account_id is None or args.client_id is None:
        raise refused("profiles add", "Give --account-id and --client-id for a new profile.")
    return None


def no_such_profile(name: str) -> CredentialsError:
    return CredentialsError(f"No profile named {name!r}.")
