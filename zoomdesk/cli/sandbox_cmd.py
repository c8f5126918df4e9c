"""`zoomdesk sandbox`: the built-in Zoom emulation over HTTP, for curl and other Zoom clients."""

from __future__ import annotations

import argparse
import ipaddress
import sys
import threading
from pathlib import Path
from typing import Any


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _usage_error(message: str) -> int:
    sys.stderr.write(f"zoomdesk sandbox: {message}\n")
    return 2


def run_sandbox(args: argparse.Namespace) -> int:
    from zoomdesk.sandbox import Sandbox, SandboxStateError

    # socket.bind raises OverflowError (not OSError) for ports outside 0-65535.
    if not 0 <= args.port <= 65535:
        return _usage_error(
            f"--port must be from 0 to 65535 (0 picks a free port), not {args.port}"
        )
    for name in ("seed_users", "seed_meetings"):
        if getattr(args, name) < 0:
            return _usage_error(f"--{name.replace('_', '-')} must not be negative")
    options: dict[str, Any] = {}
    for name in ("account_id", "client_id", "client_secret"):
        if getattr(args, name):
            options[name] = getattr(args, name)
    if args.state_file:
        options["state_file"] = Path(args.state_file)
    try:
        box = Sandbox(host=args.host, port=args.port, **options)
    except SandboxStateError as error:
        return _usage_error(f"--state-file: {error}")
    try:
        box.start()
    except OSError as error:
        sys.stderr.write(f"zoomdesk: cannot listen on {args.host}:{args.port}: {error}\n")
        return 1
    if args.seed_users and args.seed_meetings:
        box.state.seed_bulk(args.seed_users, args.seed_meetings)
    out = sys.stdout
    out.write("Zoom sandbox — an emulation for testing and demos, NOT real Zoom.\n")
    if not _is_loopback(args.host):
        out.write(f"WARNING: listening on {args.host}, reachable from other machines.\n")
    out.write(f"  OAuth token URL: {box.url}/oauth/token\n")
    out.write(f"  API base URL:    {box.api_base}\n")
    out.write(f"  account_id:      {options.get('account_id', 'sandbox-account')}\n")
    out.write(f"  client_id:       {options.get('client_id', 'sandbox-client-id')}\n")
    out.write(f"  client_secret:   {options.get('client_secret', 'sandbox-client-secret')}\n")
    out.write(f"Use it from the CLI: ZOOMDESK_OAUTH_URL={box.url} zoomdesk …  (Ctrl+C stops)\n")
    out.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        box.stop()
    return 0
