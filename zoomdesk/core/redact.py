"""Redaction of secrets in recorded exchanges. Applied when an exchange is recorded, so no copy of
a secret is ever kept in the log, the debug panel, `--trace` or exports."""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
from urllib.parse import unquote_plus

MASK = "••••••"


def fingerprint(secret: str) -> str:
    """A short, stable, non-reversible tag so two tokens can be told apart without showing them."""
    return hashlib.sha256(secret.encode()).hexdigest()[:8]


def mask_token(token: str) -> str:
    return f"{MASK} (sha256 {fingerprint(token)})"


def decode_basic(value: str) -> tuple[str, str] | None:
    """`Basic base64(id:secret)` -> (id, secret), or None if it is not well formed."""
    scheme, _, encoded = value.strip().partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    client_id, sep, secret = decoded.partition(":")
    return (client_id, secret) if sep else None


def redact_authorization(value: str) -> str:
    scheme = value.strip().partition(" ")[0].lower()
    if scheme == "basic":
        pair = decode_basic(value)
        if pair is None:
            return f"Basic {MASK} (not valid Base64 of client_id:client_secret)"
        return f"Basic [client_id={pair[0]}, client_secret={MASK}]"
    if scheme == "bearer":
        token = value.strip().partition(" ")[2].strip()
        return f"Bearer {mask_token(token)}" if token else "Bearer (empty)"
    return MASK


# A key names a secret when, lower-cased and stripped of everything but letters and digits
# (so `client_secret`, `clientSecret`, `CLIENT-SECRET` and a percent-encoded `client%5Fsecret`
# all read `clientsecret`), it ends with one of these. `password_required` and `next_page_token`
# do not, and stay readable.
_SECRET_ENDINGS = (
    "secret", "password", "passwd", "apikey", "privatekey", "accesstoken", "refreshtoken",
    "idtoken", "authtoken", "bearertoken", "sessiontoken",
)  # fmt: skip
_SECRET_NAMES = {"token", "zak", "jwt", "authorization", "proxyauthorization"}
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_COLON = re.compile(r"\s*:\s*")
_JSON_PIECE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_SCALAR = re.compile(r"[^,}\]\s]*")
_FORM_PAIR = re.compile(r"(?:^|(?<=[?&;\n]))([^=&#\s?;\"']+)=([^&#\s\"']*)")
_USERINFO = re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.-]*://)([^\s/?#@\"'<>]+)@")
# Every secret-like key contains one of these (raw, before normalising): the scan for keys
# looks only at keys that do, so a 200 KB list of meetings is redacted in a few milliseconds.
_HINT = r"(?:secret|passw|token|key|zak|jwt|auth|\\u|%)"
_HINTED = re.compile(_HINT, re.IGNORECASE)
_HINT_WORDS = ("secret", "passw", "token", "key", "zak", "jwt", "auth", "\\u", "%")
KEY_LIMIT = 256  # characters: no real key is longer
_KEY_REST = re.compile(r"[^=&#\s?;\"']{0,256}=")
_KEY_STRING = re.compile(r'"(?:[^"\\\n]|\\.){0,256}"')
_START_URL = re.compile(r'("start_url"\s*:\s*")([^"]*)(")')
_ZAK = re.compile(r"([?&]zak=)[^&\"\s]*")


@functools.lru_cache(maxsize=4096)  # the same few keys repeat in every body
def is_secret_key(name: str) -> bool:
    """Whether a JSON key, form field, query parameter or header name holds a secret."""
    for _ in range(3):  # undo (double) percent-encoding: client%255Fsecret
        decoded = unquote_plus(name)
        if decoded == name:
            break
        name = decoded
    norm = re.sub(r"[^a-z0-9]", "", name.lower())
    return norm in _SECRET_NAMES or norm.endswith(_SECRET_ENDINGS)


def _json_key(literal: str) -> str:
    try:
        key = json.loads(literal)  # undoes \u005f and friends
    except ValueError:
        return literal[1:-1]
    return key if isinstance(key, str) else literal


def _value_end(text: str, start: int) -> int:
    """End of the JSON value starting at `start` (a string, a scalar, or a nested array or
    object found by counting brackets outside strings: linear, never recursive)."""
    if start >= len(text):
        return start
    if text[start] == '"':
        string = _STRING.match(text, start)
        return string.end() if string else len(text)
    if text[start] not in "[{":
        scalar = _SCALAR.match(text, start)
        return scalar.end() if scalar else start
    depth = 0
    for piece in _JSON_PIECE.finditer(text, start):
        mark = piece.group()
        if mark in "[{":
            depth += 1
        elif mark in "]}":
            depth -= 1
            if depth == 0:
                return piece.end()
    return len(text)


def _mask_json_value(value: str) -> str:
    if value.startswith('"') and value.endswith('"') and len(value) > 1:
        inner = value[1:-1]
        return value if inner.startswith(MASK) else f'"{mask_token(inner)}"'
    return f'"{MASK}"'


def _escaped(text: str, quote: int) -> bool:
    slashes = 0
    while quote - slashes > 0 and text[quote - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _key_around(text: str, position: int) -> re.Match[str] | None:
    """The JSON string around `position`, if it is a key (followed by `:`). In JSON only
    strings hold letters, so the nearest unescaped quote before a hint opens its string.
    Keys are short: looking at most KEY_LIMIT characters around keeps this linear however
    often a hint occurs inside a long value."""
    floor = max(0, position - KEY_LIMIT)
    start = text.rfind('"', floor, position)
    while start > floor and _escaped(text, start):
        start = text.rfind('"', floor, start)  # an escaped quote inside the string
    if start < 0 or _escaped(text, start):
        return None
    key = _KEY_STRING.match(text, start)
    if key is None or key.end() <= position or not _COLON.match(text, key.end()):
        return None
    return key


def _hint_positions(text: str) -> list[int]:
    """Where the hints occur. str.find on a lower-cased copy is many times faster than a
    case-insensitive regex (27 ms for a 174 KB list of meetings)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two
        return [m.start() for m in _HINTED.finditer(text)]
    found = []
    for word in _HINT_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


def _in_form_key(text: str, positions: list[int] | None = None) -> bool:
    """Whether a hint stands in a `name=` (a form field or query parameter)."""
    found = _hint_positions(text) if positions is None else positions
    return any(_KEY_REST.match(text, at) for at in found)


def _redact_json_keys(text: str, positions: list[int]) -> str:
    # Look only where a hint occurs (a list of 300 meetings has one: next_page_token), so
    # recording a large answer costs next to nothing.
    out: list[str] = []
    last = 0
    for position in positions:
        if position < last:
            continue  # inside a value already masked
        key = _key_around(text, position)
        if key is None or key.start() < last or not is_secret_key(_json_key(key.group())):
            continue
        colon = _COLON.match(text, key.end())
        assert colon is not None  # checked by _key_around
        start = colon.end()
        end = _value_end(text, start)
        if end == start:
            continue
        out += [text[last:start], _mask_json_value(text[start:end])]
        last = end
    return "".join(out) + text[last:] if out else text


def _redact_pairs(text: str) -> str:
    def mask(match: re.Match[str]) -> str:
        if not is_secret_key(match.group(1)) or match.group(2).startswith(MASK):
            return match.group()
        return f"{match.group(1)}={MASK}"

    return _FORM_PAIR.sub(mask, text)


def redact_userinfo(text: str) -> str:
    """`https://id:secret@host` → `https://id:••••••@host`; a lone userinfo (often a token)
    is masked whole. httpx and curl send userinfo as Basic credentials, so it is a secret."""

    def mask(match: re.Match[str]) -> str:
        user, sep, _ = match.group(2).partition(":")
        shown = f"{user}:{MASK}" if sep else MASK
        return f"{match.group(1)}{shown}@"

    return _USERINFO.sub(mask, text) if "@" in text else text


def redact_text(text: str) -> str:
    """Mask secrets in a JSON or form body, or any text: values of secret-like keys (in any
    case, spelling or encoding, whatever the value's type), URL userinfo, and the host key
    (zak) in `start_url`, which lets anyone start the meeting as its host. The substring checks
    keep large list responses (which carry none of these) cheap to record."""
    positions = _hint_positions(text)
    if positions:
        redacted = _redact_json_keys(text, positions)
        if redacted != text:
            text, positions = redacted, _hint_positions(redacted)
        if _in_form_key(text, positions):
            text = _redact_pairs(text)
    if '"start_url"' in text:
        text = _START_URL.sub(
            lambda m: m.group(1) + _ZAK.sub(r"\1" + MASK, m.group(2)) + m.group(3), text
        )
    return redact_userinfo(text)


def redact_url(url: str) -> str:
    """Userinfo and tokens sent as a query parameter (a mistake Zoom rejects) are masked."""
    url = redact_userinfo(url)
    if "?" not in url:
        return url
    url = _ZAK.sub(r"\1" + MASK, url)
    return _redact_pairs(url) if _in_form_key(url) else url


def redact_header(name: str, value: str) -> str:
    """The shown value of a header: credentials decoded and masked, secret-named ones masked."""
    if name.lower() in ("authorization", "proxy-authorization"):
        return redact_authorization(value)
    return MASK if is_secret_key(name) else value


def mask_values(text: str, secrets: set[str] | frozenset[str]) -> str:
    """Mask every occurrence of known secret values: the last net under a report built from
    pasted requests, whatever place (an evidence line, a URL, code) a value reached."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text
