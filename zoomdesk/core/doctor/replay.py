"""Send the user's request and the corrected one, side by side, to the sandbox or to Zoom.

The user's own credentials are swapped for the target's (the sandbox's, or a stored profile's)
wherever they travelled, so the replay tests the *shape* of the request: a secret pasted into
the doctor is never sent anywhere. A malformed Authorization header is sent as it was, since
its shape is the point."""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import httpx

from zoomdesk.core.doctor.request import HttpRequest
from zoomdesk.core.exchange import Exchange
from zoomdesk.core.tokens import Credentials, TokenProvider, basic_auth
from zoomdesk.core.transport import Sender

DEFAULT_API = "https://api.zoom.us/v2"
_DROPPED = ("host", "content-length")


@dataclass(frozen=True)
class Target:
    label: str  # "the sandbox", "Zoom (profile work)"
    credentials: Credentials
    api_url: str | None = None  # API base with /v2; None: from the token's api_url


@dataclass(frozen=True)
class Replay:
    target: str
    original: Exchange
    corrected: Exchange
    log: tuple[Exchange, ...]  # everything sent, including a token fetched for API calls


class _Swap:
    def __init__(self, target: Target, token: str | None) -> None:
        c = target.credentials
        self.values = {
            "account_id": c.account_id,
            "client_id": c.client_id,
            "client_secret": c.client_secret,
        }
        if token is not None:
            self.values["access_token"] = token
        self.basic = basic_auth(c.client_id, c.client_secret)
        self.token = token

    def pairs(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, self.values.get(k, v)) for k, v in pairs]

    def body(self, req: HttpRequest) -> str:
        if req.form:
            return urlencode(self.pairs(req.form))
        data = req.json_body()
        if isinstance(data, dict):
            return json.dumps({k: self.values.get(k, v) for k, v in data.items()})
        return req.body

    def authorization(self, req: HttpRequest) -> str | None:
        auth = req.auth
        if auth.scheme == "basic" and (auth.well_formed or auth.redacted):
            return self.basic
        if auth.scheme == "bearer" and auth.well_formed and self.token:
            return f"Bearer {self.token}"
        return req.header("authorization")


def _request(http: httpx.AsyncClient, req: HttpRequest, base: str, swap: _Swap) -> httpx.Request:
    split = urlsplit(req.url)
    url = base.rstrip("/") + split.path
    query = swap.pairs(req.query)
    if query:
        url += "?" + urlencode(query)
    headers = [
        (k, v)
        for k, v in req.headers
        if k.lower() not in _DROPPED and k.lower() not in ("authorization",)
    ]
    authorization = swap.authorization(req)
    if authorization is not None:
        headers.append(("Authorization", authorization))
    return http.build_request(
        req.method, url, headers=headers, content=swap.body(req).encode("utf-8")
    )


async def replay(
    original: HttpRequest, fixed: HttpRequest, target: Target, sender: Sender
) -> Replay:
    """Send both through `sender` (so they are in its exchange log like every other request).
    Raises ZoomDeskError when an API replay cannot get a token from the target."""
    http = sender.client
    token: str | None = None
    base = target.credentials.oauth_url
    kind = "token"
    seen: list[Exchange] = []
    stop = sender.log.subscribe(seen.append)
    try:
        if not original.is_token_request:
            kind = "api"
            access = await TokenProvider(sender, target.credentials).get()
            token = access.value
            api = target.api_url or (f"{access.api_url}/v2" if access.api_url else DEFAULT_API)
            base = api[: -len("/v2")] if api.rstrip("/").endswith("/v2") else api
        swap = _Swap(target, token)
        first = await sender.exchange(_request(http, original, base, swap), kind)
        second = await sender.exchange(_request(http, fixed, base, swap), kind)
    finally:
        stop()
    host = urlsplit(base).netloc
    return Replay(target.label, first, second, tuple(e for e in seen if host in e.url))
