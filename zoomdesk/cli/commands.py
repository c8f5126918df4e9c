"""The CLI's commands, as coroutines over the shared core services."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from zoomdesk.cli import conflicts_command, meeting_cmds, policy_command, scheduler_cmds
from zoomdesk.cli.output import (
    print_json,
    print_json_list,
    print_meeting,
    print_meetings,
    print_token,
    print_users,
    safe,
    token_summary,
)
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.errors import CredentialsError, ZoomDeskError
from zoomdesk.core.models import Meeting, User
from zoomdesk.core.policy import Policy
from zoomdesk.core.profiles import REGIONS, Profile
from zoomdesk.core.services import Services, sandbox_connection
from zoomdesk.core.settings_env import resolve_connection


async def execute(args: argparse.Namespace, services: Services, sandbox: Any) -> int:
    policy = policy_command.cli_policy()
    policy_command.check_sandbox(args, policy)
    if args.command == "policy":
        return policy_command.show(args, policy)
    if args.command == "profiles":
        return await _profiles(args, services, policy)
    client = await _client(args, services, sandbox, policy)
    if args.command == "token":
        token = await client.tokens.refresh()
        if args.json:
            print_json(token_summary(token))
        else:
            print_token(token, sys.stdout)
        return 0
    if args.command in ("registrants", "tracking-fields") or (
        args.command == "users" and args.action == "settings"
    ):
        return await scheduler_cmds.run(args, client)
    if args.command == "users":
        users = await client.list_users()
        if args.json:
            print_json_list([u.raw for u in users])
        else:
            print_users(users, sys.stdout)
        return 0
    return await _meetings(args, client, services, policy)


async def _client(
    args: argparse.Namespace, services: Services, sandbox: Any, policy: Policy
) -> ZoomClient:
    if sandbox is not None:
        return services.client_for(sandbox_connection(sandbox.url))
    connection = await resolve_connection(
        services.profiles, services.secrets, args.profile, presets=policy.profiles
    )
    if connection is None:
        raise CredentialsError(
            "No Zoom credentials. Add a profile (zoomdesk profiles add NAME --account-id A "
            "--client-id C --client-secret-stdin), set ZOOM_ACCOUNT_ID/ZOOM_CLIENT_ID/"
            "ZOOM_CLIENT_SECRET, or try the built-in sandbox with --sandbox."
        )
    return services.client_for(connection)


async def _meetings(
    args: argparse.Namespace, client: ZoomClient, services: Services, policy: Policy
) -> int:
    allowed_users = await policy_command.allowed_hosts_only(args, client, policy)
    if args.action in ("import", "export"):
        from zoomdesk.cli import bulk_commands

        return await bulk_commands.execute(args, client, policy, allowed_users)
    if args.action == "list":
        failed: list[tuple[User, ZoomDeskError]] = []
        if args.all_users:
            raw = await client.list_all_meetings_raw(
                args.type,
                users=allowed_users,
                on_error=lambda user, error: failed.append((user, error)),
            )
        else:
            raw = await client.list_meetings_raw(args.user, args.type)
        if args.json:
            print_json_list(raw)
        else:
            print_meetings((Meeting.from_json(m) for m in raw), sys.stdout)
        for user, error in failed:  # after the others' meetings, one line per host
            who = user.email or user.id
            sys.stderr.write(
                f"zoomdesk: meetings of {safe(who)} not listed: {safe(error.summary())}\n"
            )
        return 1 if failed else 0
    if args.action == "get":
        meeting = await client.get_meeting(args.id, args.occurrence_id)
        if args.json:
            print_json(meeting.raw)
        else:
            print_meeting(meeting, sys.stdout)
        return 0
    if args.action == "conflicts":
        return await conflicts_command.run(args, client)
    return await meeting_cmds.run(args, client, services, policy)


async def _profiles(args: argparse.Namespace, services: Services, policy: Policy) -> int:
    store = services.profiles
    if args.action == "list":
        content = store.load()
        default = content.default or next((p.name for p in policy.profiles), None)
        rows = policy_command.profile_rows(policy, content.profiles, default)
        if args.json:
            print_json(rows)
            return 0
        if not rows:
            sys.stdout.write("No profiles. Add one with: zoomdesk profiles add NAME …\n")
        for p in rows:
            mark = "*" if p["default"] else " "
            line = (
                f"{p['name']}  account {p['account_id']}  client {p['client_id']}  "
                f"{p['oauth_url']}{'  api ' + p['api_url'] if p['api_url'] else ''}"
                f"{'  (from policy)' if p['from_policy'] else ''}"
            )
            sys.stdout.write(f"{mark} {safe(line)}\n")
        return 0
    if args.action == "remove":
        services.caches.forget(args.name)  # its meetings go with it, whatever happens next
        if not store.remove(args.name) and policy.preset(args.name) is None:
            raise policy_command.no_such_profile(args.name)
        try:
            await services.secrets.delete(args.name)
        except CredentialsError as error:
            sys.stderr.write(f"zoomdesk: profile removed, but its secret was not: {error}\n")
        if policy.preset(args.name) is not None:
            sys.stdout.write(f"Removed the stored secret of {args.name} (set by the policy).\n")
            return 0
        sys.stdout.write(f"Removed profile {args.name}.\n")
        return 0
    preset = policy_command.check_profile_add(args, policy)
    _, oauth_url, api_url = REGIONS[args.region]
    profile = preset or Profile(
        args.name,
        args.account_id,
        args.client_id,
        (args.oauth_url or oauth_url).rstrip("/"),
        args.api_url or api_url,
    )
    secret = None
    if args.client_secret_stdin:
        secret = sys.stdin.readline().strip()
        if not secret:
            raise CredentialsError("No client secret on standard input.")
    elif sys.stdin.isatty():
        secret = getpass.getpass("Client secret (input hidden, Enter to skip): ").strip() or None
    if secret is not None:
        await services.secrets.set(profile.name, secret)  # before saving: no half profile
    if preset is None:  # a preset lives in the policy; only its secret is kept here
        store.put(profile, make_default=args.default)
    stored = (
        "secret stored in the system keyring"
        if secret
        else "no secret stored; set ZOOM_CLIENT_SECRET or re-add with --client-secret-stdin"
    )
    sys.stdout.write(f"Saved profile {profile.name} ({stored}).\n")
    return 0
