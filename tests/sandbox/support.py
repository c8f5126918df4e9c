"""Helpers shared by the sandbox tests (fixtures live in conftest.py)."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime
from typing import Any

import httpx

from zoomdesk.sandbox import Sandbox

# A Wednesday afternoon in March 2027, four days before US daylight saving time starts.
START = datetime(2027, 3, 10, 15, 0, tzinfo=UTC).timestamp()
CLIENT = ("sandbox-client-id", "sandbox-client-secret")
GRANT = {"grant_type": "account_credentials", "account_id": "sandbox-account"}


# The sandbox speaks plain HTTP; sharing one TLS context spares each client loading CA certificates,
# which would otherwise dominate the run time of these tests.
_TLS = ssl.create_default_context()


def plain_client(**options: Any) -> httpx.Client:
    return httpx.Client(verify=_TLS, timeout=options.pop("timeout", 5), **options)


class Clock:
    """Stands in for time.time: the sandbox's "now" moves only when a test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fetch_token(sandbox: Sandbox) -> str:
    with plain_client() as client:
        response = client.post(f"{sandbox.url}/oauth/token", data=GRANT, auth=CLIENT)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def api_client(sandbox: Sandbox, token: str | None = None) -> httpx.Client:
    """An httpx client for the sandbox's /v2 API, with a fresh token unless one is given."""
    bearer = token or fetch_token(sandbox)
    return plain_client(base_url=sandbox.api_base, headers={"Authorization": f"Bearer {bearer}"})


def owner_of(sandbox: Sandbox) -> dict[str, object]:
    owner = sandbox.state.owner
    assert owner is not None
    return owner
