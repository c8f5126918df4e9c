"""The secret-leak audit: run whole journeys with known secret values, then search every file
written and all output for the client secret, the Base64 of id:secret, and every access token
the sandbox issued. It must find none."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from zoomdesk.sandbox import Sandbox

CLIENT_ID = "audit-client-id"
SECRET = "Leak-Audit-Secret-9f3k2Q"


@pytest.fixture
def audit_sandbox() -> Iterator[Sandbox]:
    box = Sandbox(account_id="audit-account", client_id=CLIENT_ID, client_secret=SECRET).start()
    yield box
    box.stop()


def forbidden(box: Sandbox) -> dict[str, str]:
    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    found = {"client secret": SECRET, "Base64 of id:secret": basic}
    for i, token in enumerate(box.state.tokens):
        found[f"access token #{i + 1}"] = str(token)
    return found


def written_files(*roots: Path) -> Iterator[Path]:
    for root in roots:
        if root.exists():
            yield from (p for p in root.rglob("*") if p.is_file())


def audit(box: Sandbox, outputs: list[str], roots: list[Path]) -> list[str]:
    """Every place a secret was found, as 'what in where'."""
    secrets = forbidden(box)
    assert len(secrets) > 2, "the journey should have issued access tokens"
    leaks = []
    for name, text in [(f"output #{i}", t) for i, t in enumerate(outputs)] + [
        (str(p), p.read_bytes().decode("utf-8", errors="replace")) for p in written_files(*roots)
    ]:
        leaks += [f"{what} in {name}" for what, value in secrets.items() if value in text]
    return leaks


def cli(*args: str, env: dict[str, str], stdin: str | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "zoomdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )
    return result.stdout + result.stderr


def test_cli_journeys_with_trace_har_and_debug_logs_leak_no_secret(
    audit_sandbox: Sandbox, zoomdesk_home: Path, tmp_path: Path
):
    exports = tmp_path / "exports"
    exports.mkdir()
    env = {
        **os.environ,
        "ZOOMDESK_DEBUG": "1",
        "ZOOMDESK_OAUTH_URL": audit_sandbox.url,
        "ZOOM_ACCOUNT_ID": "audit-account",
        "ZOOM_CLIENT_ID": CLIENT_ID,
        "ZOOM_CLIENT_SECRET": SECRET,
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir()
    owner = audit_sandbox.state.users[0]["email"]
    outputs = [
        cli("--trace", "--har", str(exports / "token.har"), "token", "--json", env=env),
        cli(
            "--trace",
            "--har",
            str(exports / "list.har"),
            "meetings",
            "list",
            "--all-users",
            env=env,
        ),
        cli(
            "--trace",
            "meetings",
            "create",
            "--user",
            owner,
            "--topic",
            "Audit",
            "--start",
            "2027-01-05T10:00",
            "--timezone",
            "Europe/Paris",
            "--json",
            env=env,
        ),
        cli("--trace", "token", env={**env, "ZOOM_CLIENT_SECRET": SECRET + "x"}),  # failure path
        cli(
            "profiles",
            "add",
            "audit",
            "--account-id",
            "audit-account",
            "--client-id",
            CLIENT_ID,
            "--client-secret-stdin",
            env=env,
            stdin=SECRET + "\n",
        ),
        cli("doctor", str(exports / "token.har"), env=env),
    ]
    audit_sandbox.state.expire_all_tokens()
    outputs.append(cli("--trace", "--har", str(exports / "refresh.har"), "users", "list", env=env))
    assert any("/oauth/token" in o for o in outputs)
    assert (zoomdesk_home / "log" / "zoomdesk.log").is_file()
    assert list(exports.glob("*.har"))
    assert audit(audit_sandbox, outputs, [zoomdesk_home, exports, tmp_path / "tmp"]) == []


def test_the_audit_would_catch_a_leak(audit_sandbox: Sandbox, tmp_path: Path):
    """The audit itself is tested: a file holding a token must be reported."""
    cli(
        "token",
        env={
            **os.environ,
            "ZOOMDESK_OAUTH_URL": audit_sandbox.url,
            "ZOOM_ACCOUNT_ID": "audit-account",
            "ZOOM_CLIENT_ID": CLIENT_ID,
            "ZOOM_CLIENT_SECRET": SECRET,
        },
    )
    token = next(iter(audit_sandbox.state.tokens))
    (tmp_path / "leaky.log").write_text(f"oops {token}")
    leaks: list[Any] = audit(audit_sandbox, [], [tmp_path])
    assert leaks and "access token" in leaks[0]
