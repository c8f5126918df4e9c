"""Prove that an *installed* zoomdesk works: drive its binary the way staff and IT scripts do.

    python packaging/selfcheck.py BINARY [--expect-keyring NAME] [--report FILE]

BINARY is the installed program (Linux: <root>/opt/zoomdesk/zoomdesk, Windows: zoomdesk.com,
macOS: zoomdesk.app/Contents/MacOS/zoomdesk). Checks, each against the frozen app only:

  version    `--version` prints zoomdesk.__version__
  smoke      `--smoke-test` (Qt offscreen unless QT_QPA_PLATFORM is set) prints {"ok": true, …}
  cli        `--sandbox users list --json` answers from the in-process sandbox
  timezones  `--sandbox meetings create --timezone America/New_York` (zoneinfo data is reachable;
             an unknown zone is refused, so the lookup really happened)
  keyring    against `zoomdesk sandbox` on a loopback port: `profiles add --client-secret-stdin`
             stores the secret in the OS keyring, `token` reads it back to get a token, `profiles
             remove` deletes it. When this Python has `keyring` too, it reads the OS store directly
             to confirm the secret was really there and is really gone.

The caller provides the keyring (Linux: a private D-Bus session with gnome-keyring, see
packaging/build-linux). Settings go to a throw-away ZOOMDESK_HOME. Stdlib only; prints one JSON
object with the measurements and exits 1 on the first failed check.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

PROFILE = "packaging-selfcheck"
# The built-in sandbox's default credentials (zoomdesk/sandbox).
ACCOUNT_ID = "sandbox-account"
CLIENT_ID = "sandbox-client-id"
CLIENT_SECRET = "sandbox-client-secret"
KEYRING_SERVICE = "zoomdesk"


class CheckFailed(Exception):
    pass


class Runner:
    def __init__(self, binary: Path, env: dict[str, str]) -> None:
        self.binary = binary
        self.env = env

    def run(
        self, *args: str, stdin: str = "", timeout: float = 120, env: dict[str, str] | None = None
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [str(self.binary), *args],
                input=stdin,
                capture_output=True,
                text=True,
                timeout=timeout,
                env={**self.env, **(env or {})},
            )
        except subprocess.TimeoutExpired as error:
            command = " ".join(args)
            raise CheckFailed(f"`zoomdesk {command}` did not finish in {timeout} s") from error
        return done, time.perf_counter() - started

    def ok(self, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> str:
        done, _ = self.run(*args, stdin=stdin, env=env)
        if done.returncode != 0:
            raise CheckFailed(
                f"`zoomdesk {' '.join(args)}` exited {done.returncode}\n"
                f"stdout: {done.stdout.strip()}\nstderr: {done.stderr.strip()}"
            )
        return done.stdout


def last_json_line(text: str) -> Any:
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise CheckFailed(f"no JSON line in the output:\n{text}")


def check_version(app: Runner, expected: str) -> str:
    out = app.ok("--version").strip()
    if out != f"zoomdesk {expected}":
        raise CheckFailed(f"--version printed {out!r}, expected 'zoomdesk {expected}'")
    return out


def check_smoke(app: Runner, expect_keyring: str | None) -> dict[str, Any]:
    done, seconds = app.run("--smoke-test", timeout=120)
    if done.returncode != 0:
        raise CheckFailed(
            f"--smoke-test exited {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
        )
    result = last_json_line(done.stdout)
    if result.get("ok") is not True:
        raise CheckFailed(f"--smoke-test did not report ok: {result}")
    if expect_keyring and expect_keyring not in str(result.get("keyring", "")):
        used = result.get("keyring")
        raise CheckFailed(f"the smoke test used keyring {used!r}, not {expect_keyring}")
    return {**result, "process_s": round(seconds, 3)}


def check_cli(app: Runner) -> dict[str, Any]:
    users = json.loads(app.ok("--sandbox", "users", "list", "--json"))
    if not isinstance(users, list) or not users:
        raise CheckFailed(f"`--sandbox users list --json` gave no users: {users!r}")
    return {"users": len(users), "first_user": users[0].get("email") or users[0].get("id")}


def check_timezones(app: Runner, user: str) -> dict[str, Any]:
    meeting = json.loads(
        app.ok(
            "--sandbox", "meetings", "create", "--user", user, "--topic", "selfcheck",
            "--start", "2030-01-15T09:30", "--timezone", "America/New_York", "--json",
        )
    )  # fmt: skip
    if meeting.get("timezone") != "America/New_York":
        raise CheckFailed(f"the meeting came back with timezone {meeting.get('timezone')!r}")
    refused, _ = app.run(
        "--sandbox", "meetings", "create", "--user", user, "--topic", "selfcheck",
        "--start", "2030-01-15T09:30", "--timezone", "Nowhere/Atlantis",
    )  # fmt: skip
    if refused.returncode == 0:
        raise CheckFailed("an unknown time zone was accepted: zone lookups are not happening")
    return {"zone": meeting["timezone"], "start_time": meeting.get("start_time")}


def start_sandbox(app: Runner) -> tuple[subprocess.Popen[str], str]:
    box = subprocess.Popen(
        [str(app.binary), "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=app.env,
    )
    assert box.stdout is not None
    seen = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = box.stdout.readline()  # the sandbox prints its URLs first, then waits
        if not line:
            break
        seen.append(line)
        match = re.search(r"OAuth token URL:\s*(http://[^/\s]+)", line)
        if match:
            # Keep reading what it prints (request logs), or a full pipe would stall it.
            threading.Thread(target=box.stdout.read, daemon=True).start()
            return box, match.group(1)
    box.kill()
    raise CheckFailed("`zoomdesk sandbox --port 0` did not print its URL:\n" + "".join(seen))


def python_keyring() -> Any:
    """This Python's keyring, if it has one and it is a real store (for the independent check)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    if isinstance(keyring.get_keyring(), fail.Keyring | null.Keyring):
        return None
    return keyring


def _backend_name(keyring: Any) -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def check_keyring(app: Runner) -> dict[str, Any]:
    box, url = start_sandbox(app)
    try:
        env = {"ZOOMDESK_OAUTH_URL": url}
        app.ok(
            "profiles", "add", PROFILE, "--account-id", ACCOUNT_ID, "--client-id", CLIENT_ID,
            "--client-secret-stdin", "--default", stdin=CLIENT_SECRET + "\n",
        )  # fmt: skip
        names = [p["name"] for p in json.loads(app.ok("profiles", "list", "--json"))]
        if PROFILE not in names:
            raise CheckFailed(f"`profiles list` does not show {PROFILE}: {names}")
        # The token call needs the client secret: it can only come from the keyring.
        token = json.loads(app.ok("--profile", PROFILE, "token", "--json", env=env))
        if not token.get("token_type"):
            raise CheckFailed(f"`token --json` gave no token: {token}")
        outside = python_keyring()
        if outside is not None and outside.get_password(KEYRING_SERVICE, PROFILE) != CLIENT_SECRET:
            raise CheckFailed("the secret is not in the OS keyring under service 'zoomdesk'")
        app.ok("profiles", "remove", PROFILE)
        if outside is not None and outside.get_password(KEYRING_SERVICE, PROFILE) is not None:
            raise CheckFailed("`profiles remove` left the secret in the OS keyring")
        return {
            "token_type": token["token_type"],
            "scopes": len(token.get("scopes") or []),
            "verified_in_os_store": outside is not None,
            "os_store": _backend_name(outside) if outside else None,
        }
    finally:
        box.terminate()
        try:
            box.wait(10)
        except subprocess.TimeoutExpired:
            box.kill()


def expected_version() -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import zoomdesk

    return str(zoomdesk.__version__)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary", type=Path)
    parser.add_argument("--expect-keyring", metavar="NAME", help="e.g. SecretService")
    parser.add_argument("--report", type=Path, help="also write the JSON result here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="zoomdesk-selfcheck-") as home:
        env = dict(os.environ)
        for name in list(env):
            # Credentials, endpoints and a forced keyring backend would all bypass what we test.
            if name.startswith(("ZOOM_", "ZOOMDESK_")) or name == "PYTHON_KEYRING_BACKEND":
                del env[name]
        env["ZOOMDESK_HOME"] = home
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = Runner(args.binary.resolve(), env)
        result: dict[str, Any] = {"binary": str(args.binary)}
        try:
            result["version"] = check_version(app, expected_version())
            result["cli"] = check_cli(app)
            result["timezones"] = check_timezones(app, result["cli"]["first_user"])
            result["keyring"] = check_keyring(app)
            result["smoke"] = check_smoke(app, args.expect_keyring)
            result["ok"] = True
        except CheckFailed as error:
            result["ok"] = False
            result["error"] = str(error)
    text = json.dumps(result, indent=2)
    print(text)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
