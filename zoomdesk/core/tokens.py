"""Access tokens for a Server-to-Server OAuth app (grant type `account_credentials`).

The request is sent the way Zoom documents it for S2S apps: `POST /oauth/token` with HTTP Basic
auth and `grant_type` + `account_id` in an `application/x-www-form-urlencoded` body. Never the
query string (https://devforum.zoom.us/t/124925) and never JSON (https://devforum.zoom.us/t/79648).
"""

from __future__ import annotations

import asyncio
import base64
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from zoomdesk.core.errors import BadResponseError, TokenError
from zoomdesk.core.i18n import translate
from zoomdesk.core.transport import Sender
from zoomdesk.core.zoom_json import json_object, text

DEFAULT_OAUTH_URL = "https://zoom.us"


@dataclass(frozen=True)
class Credentials:
    account_id: str
    client_id: str
    client_secret: str = field(repr=False)
    oauth_url: str = DEFAULT_OAUTH_URL

    def cache_key(self) -> tuple[str, str, str, int]:
        return (self.oauth_url, self.account_id, self.client_id, hash(self.client_secret))


@dataclass(frozen=True)
class AccessToken:
    value: str = field(repr=False)
    token_type: str
    expires_in: int
    scopes: tuple[str, ...]
    api_url: str | None
    issued_at: datetime
    expires_at_monotonic: float

    def seconds_left(self, now: float | None = None) -> float:
        return self.expires_at_monotonic - (time.monotonic() if now is None else now)


def build_token_request(client: httpx.AsyncClient, credentials: Credentials) -> httpx.Request:
    return client.build_request(
        "POST",
        credentials.oauth_url.rstrip("/") + "/oauth/token",
        data={"grant_type": "account_credentials", "account_id": credentials.account_id},
        headers={"Authorization": basic_auth(credentials.client_id, credentials.client_secret)},
    )


def basic_auth(client_id: str, client_secret: str) -> str:
    pair = f"{client_id}:{client_secret}".encode()
    return "Basic " + base64.b64encode(pair).decode("ascii")


def parse_token_response(response: httpx.Response, started: float) -> AccessToken:
    tracking_id = response.headers.get("x-zm-trackingid")
    data = json_object(response.content)
    if response.status_code != 200:
        if data is None:
            raise TokenError(response.status_code, None, response.reason_phrase, tracking_id)
        error, reason = text(data.get("error")), text(data.get("reason"))
        raise TokenError(response.status_code, error, reason, tracking_id)
    if data is None:
        raise BadResponseError(
            200,
            translate("Tokens", "the token endpoint did not return JSON"),
            tracking_id=tracking_id,
        )
    value, expires_in = data.get("access_token"), data.get("expires_in")
    if (
        not isinstance(value, str)
        or not isinstance(expires_in, int | float)
        or isinstance(expires_in, bool)
        or not math.isfinite(expires_in)  # Python's json reads `Infinity` and `1e999`
    ):
        raise BadResponseError(
            200,
            translate("Tokens", "the token response lacks access_token or expires_in"),
            tracking_id=tracking_id,
        )
    scope = data.get("scope")
    api_url = data.get("api_url")
    return AccessToken(
        value=value,
        token_type=str(data.get("token_type", "bearer")),
        expires_in=int(expires_in),
        scopes=tuple(scope.split()) if isinstance(scope, str) else (),
        api_url=api_url.rstrip("/") if isinstance(api_url, str) and api_url else None,
        issued_at=datetime.now(UTC),
        # Expiry counts from when we *sent* the request, so a slow answer cannot make us late.
        expires_at_monotonic=started + float(expires_in),
    )


def _read_failure(future: asyncio.Future[AccessToken]) -> None:
    if not future.cancelled():
        future.exception()


class TokenProvider:
    """One cached token for one set of credentials, in memory only.

    Concurrent callers share one in-flight request: Zoom does not document a cap on live tokens,
    but a token-fetch race was suspected in https://devforum.zoom.us/t/94662, and the marketplace
    review penalises needless refreshes.
    """

    def __init__(
        self,
        sender: Sender,
        credentials: Credentials,
        *,
        refresh_margin: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sender = sender
        self.credentials = credentials
        self._margin = refresh_margin
        self._clock = clock
        self._token: AccessToken | None = None
        self._inflight: asyncio.Future[AccessToken] | None = None
        self.requests_made = 0
        self.listeners: list[Callable[[AccessToken | None], None]] = []

    @property
    def current(self) -> AccessToken | None:
        return self._token

    def _fresh(self, token: AccessToken | None) -> bool:
        if token is None:
            return False
        margin = min(self._margin, token.expires_in / 10)
        return token.seconds_left(self._clock()) > margin

    async def get(self) -> AccessToken:
        if self._fresh(self._token):
            assert self._token is not None
            return self._token
        if self._inflight is None or self._inflight.done():
            self._inflight = asyncio.ensure_future(self._fetch())
            # Every caller may have been cancelled (a closed form): the failure is then read
            # here, or asyncio logs "Task exception was never retrieved" (CPython issue 88831).
            self._inflight.add_done_callback(_read_failure)
        inflight = self._inflight
        try:
            # shield: one caller being cancelled must not cancel the request the others wait on
            return await asyncio.shield(inflight)
        finally:
            if inflight.done() and self._inflight is inflight:
                self._inflight = None

    async def _fetch(self) -> AccessToken:
        request = build_token_request(self._sender.client, self.credentials)
        started = self._clock()
        self.requests_made += 1
        response = await self._sender.send(request, "token")
        token = parse_token_response(response, started)
        self._token = token
        self._notify(token)
        return token

    async def refresh(self) -> AccessToken:
        self.invalidate()
        return await self.get()

    def invalidate(self, token: AccessToken | None = None) -> None:
        """Drop the cached token (only if it is still `token`, when given)."""
        if token is None or self._token is token:
            self._token = None
            self._notify(None)

    def _notify(self, token: AccessToken | None) -> None:
        for listener in list(self.listeners):
            listener(token)


class TokenProviders:
    """One provider per set of credentials for the life of the app."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender
        self._providers: dict[tuple[str, str, str, int], TokenProvider] = {}

    def for_credentials(self, credentials: Credentials) -> TokenProvider:
        key = credentials.cache_key()
        if key not in self._providers:
            self._providers[key] = TokenProvider(self._sender, credentials)
        return self._providers[key]
