"""Identifiers shaped like Zoom's: 11-digit meeting ids (above 2**32, so 32-bit bugs show), base64
meeting UUIDs, 22-character user ids, passcodes, and JWT-looking opaque tokens.

Seeded data uses a seeded `random.Random`, so the demo account looks the same every run; anything
a client could use to authenticate (access tokens, start-URL zak tokens) always comes from
`secrets`."""

from __future__ import annotations

import base64
import json
import random
import secrets
import string
from collections.abc import Container
from typing import Any

_ALPHANUMERIC = string.ascii_letters + string.digits


def meeting_id(rng: random.Random, taken: Container[int]) -> int:
    while True:
        candidate = rng.randrange(10**10, 10**11)  # 11 digits, all above 2**32
        if candidate not in taken:
            return candidate


def meeting_uuid(rng: random.Random) -> str:
    """Zoom's meeting UUIDs are base64 of 16 bytes (ending `==`, sometimes containing `/`, which
    is why Zoom asks for double URL-encoding)."""
    return base64.b64encode(rng.getrandbits(128).to_bytes(16, "big")).decode()


def user_id(rng: random.Random) -> str:
    return base64.urlsafe_b64encode(rng.getrandbits(128).to_bytes(16, "big")).decode().rstrip("=")


def personal_meeting_id(rng: random.Random) -> int:
    return rng.randrange(10**9, 10**10)


def passcode(rng: random.Random) -> str:
    return "".join(rng.choices(_ALPHANUMERIC, k=6))


def numeric_passcode(password: str, rng: random.Random) -> str:
    """The phone/H.323 variant: Zoom keeps an all-digit passcode and derives digits otherwise."""
    if password.isdigit() or not password:
        return password
    return f"{rng.randrange(10**6):06d}"


def encrypted_passcode(rng: random.Random) -> str:
    raw = rng.getrandbits(192).to_bytes(24, "big")
    return base64.urlsafe_b64encode(raw).decode().rstrip("=") + ".1"


def jwt_like(payload: dict[str, Any]) -> str:
    """Three base64url parts like a JWT. The signature is random: clients must treat Zoom's tokens
    as opaque, and nothing here can be verified or forged offline."""
    header = {"alg": "HS512", "v": "2.0", "kid": secrets.token_hex(8)}
    parts = [_b64(json.dumps(header).encode()), _b64(json.dumps(payload).encode())]
    parts.append(_b64(secrets.token_bytes(64)))
    return ".".join(parts)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")
