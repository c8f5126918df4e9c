"""Redaction of secrets in recorded exchanges. Applied when an exchange is recorded, so no copy of
a secret is ever kept in the log, the debug panel, `--trace` or exports."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re

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


_SECRET_FIELD = re.compile(
    r'("(?:access_token|client_secret|refresh_token)"\s*:\s*")([^"]*)(")', re.IGNORECASE
)
_START_URL = re.compile(r'("start_url"\s*:\s*")([^"]*)(")')
_FORM_SECRET = re.compile(r"((?:^|[?&])(?:access_token|client_secret)=)([^&#]*)", re.IGNORECASE)
_ZAK = re.compile(r"([?&]zak=)[^&\"\s]*")


def redact_text(text: str) -> str:
    """Mask token-like values in a JSON or form body. `start_url` carries a host key (zak)
    that lets anyone start the meeting as its host, so it is masked too. The substring checks
    keep large list responses (which carry none of these) cheap to record."""
    lowered = text.lower()
    if "access_token" in lowered or "client_secret" in lowered or "refresh_token" in lowered:
        text = _SECRET_FIELD.sub(lambda m: m.group(1) + mask_token(m.group(2)) + m.group(3), text)
        text = _FORM_SECRET.sub(lambda m: m.group(1) + MASK, text)
    if '"start_url"' in text:
        text = _START_URL.sub(
            lambda m: m.group(1) + _ZAK.sub(r"\1" + MASK, m.group(2)) + m.group(3), text
        )
    return text


def redact_url(url: str) -> str:
    """Tokens sent as a query parameter (a mistake Zoom rejects) must not be logged either."""
    if "?" not in url:
        return url
    return _FORM_SECRET.sub(lambda m: m.group(1) + MASK, _ZAK.sub(r"\1" + MASK, url))
