"""Copy as cURL: a recorded exchange as a command that can be run again.

The log keeps no secrets, so the command refers to them by environment variable: the client
secret as `$ZOOM_CLIENT_SECRET`, an access token as `$ZOOM_TOKEN`. The client ID is not a secret
and stays literal. POSIX shell quoting (bash, zsh, Git Bash, WSL)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable

from zoomdesk.core.exchange import FORM, Exchange
from zoomdesk.core.redact import MASK

SECRET_VAR, TOKEN_VAR = "ZOOM_CLIENT_SECRET", "ZOOM_TOKEN"
ENV_NAMES = ("ZOOM_CLIENT_SECRET", "ZOOM_TOKEN", "ZOOM_CLIENT_ID", "ZOOM_ACCOUNT_ID")
_ENV_REF = re.compile(r"\$(?:" + "|".join(ENV_NAMES) + r")\b")
_SKIPPED = {"host", "content-length", "accept-encoding", "connection", "user-agent"}
_MASKED_TOKEN = re.compile(re.escape(MASK) + r"(?: \(sha256 [0-9a-f]+\))?")


def sh(text: str) -> str:
    """Quote for a POSIX shell; `$ZOOM_…` references stay live, everything else literal."""
    if not _ENV_REF.search(text):
        return shlex.quote(text)
    out, last = [], 0
    for match in _ENV_REF.finditer(text):
        out.append(re.sub(r'([\\"`$])', r"\\\1", text[last : match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(re.sub(r'([\\"`$])', r"\\\1", text[last:]))
    return '"' + "".join(out) + '"'


def _unmask(text: str, var: str) -> str:
    return _MASKED_TOKEN.sub("$" + var, text)


def _auth_args(exchange: Exchange) -> tuple[list[str], list[str]]:
    """(curl arguments, comments) for the recorded (redacted) Authorization header."""
    value = exchange.header("authorization", response=False)
    if value is None:
        return [], []
    basic = re.match(r"^Basic \[client_id=(.*), client_secret=.*\]$", value, re.S)
    if basic:
        return ["-u", sh(f"{basic.group(1)}:${SECRET_VAR}")], []
    if value.lower().startswith("bearer"):
        return ["-H", sh(f"Authorization: Bearer ${TOKEN_VAR}")], []
    return [], [f"# The Authorization header ({value}) was not reproduced."]


def exchange_to_curl(exchange: Exchange) -> str:
    outcome = f"{exchange.status} {exchange.reason}" if exchange.status else exchange.error
    stamp = f"{exchange.started_at:%Y-%m-%d %H:%M:%S} UTC"
    comments = [f"# {stamp} — {exchange.method} {exchange.path} → {outcome}"]
    head = "curl" + (f" -X {exchange.method}" if exchange.method != "GET" else "")
    url = exchange.url.replace("access_token=" + MASK, "access_token=$" + TOKEN_VAR)
    options: list[tuple[str, str]] = []
    auth, notes = _auth_args(exchange)
    if auth:
        options.append((auth[0], auth[1]))
    comments += notes
    body = exchange.request_body
    ctype = exchange.header("content-type", response=False)
    form = FORM in exchange.param_locations
    for name, value in exchange.request_headers:
        lower = name.lower()
        if lower in _SKIPPED or lower in ("authorization", "proxy-authorization"):
            continue
        if lower == "content-type" and form and body:
            continue  # `-d` sends this Content-Type itself
        options.append(("-H", sh(f"{name}: {value}")))
    if body and re.search(r"… \(\d+ more bytes\)$", body):
        comments.append("# The body was longer than the log keeps; it is cut off here.")
    if body and form:
        for pair in body.split("&"):
            var = TOKEN_VAR if pair.partition("=")[0] == "access_token" else SECRET_VAR
            options.append(("-d", sh(_unmask(pair, var))))
    elif body:
        if ctype is None:
            options.append(("-H", sh("Content-Type:")))  # or curl would add a form type
        options.append(("--data-raw", sh(body)))
    lines = [f"{head} {sh(_unmask(url, SECRET_VAR))}"] + [
        f"  {flag} {value}" for flag, value in options
    ]
    return "\n".join(comments) + "\n" + " \\\n".join(lines)


def exchanges_to_curl(exchanges: Iterable[Exchange]) -> str:
    return "\n\n".join(exchange_to_curl(ex) for ex in exchanges)
