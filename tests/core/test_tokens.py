"""Access tokens: the request's shape, caching, sharing, refreshing, and token errors."""

from __future__ import annotations

import asyncio
import base64
import gc
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.core.conftest import Harness
from zoomdesk.core.errors import NetworkError, TokenError
from zoomdesk.core.scopes import describe_missing, missing_scopes
from zoomdesk.core.tokens import TokenProvider


def test_token_request_is_a_form_body_with_basic_auth_and_no_query_string(harness, sandbox):
    async def body(h: Harness) -> Any:
        return await h.tokens.get()

    token = harness(body)
    sent = [r for r in sandbox.requests if r.path == "/oauth/token"][-1]
    assert sent.method == "POST"
    assert not sent.query, "token parameters must never travel in the query string"
    headers = {k.lower(): v for k, v in sent.headers.items()}
    assert headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(sent.body.decode()) == {
        "grant_type": ["account_credentials"],
        "account_id": ["sandbox-account"],
    }
    scheme, _, encoded = headers["authorization"].partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == "sandbox-client-id:sandbox-client-secret"
    assert token.expires_in == 3600
    assert token.api_url == sandbox.url
    assert "meeting:write:meeting:admin" in token.scopes
    assert missing_scopes(token.scopes) == {}


def test_a_hundred_simultaneous_calls_make_exactly_one_token_request(harness, sandbox):
    async def body(h: Harness) -> Any:
        users = await asyncio.gather(*(h.client.list_users() for _ in range(100)))
        return users

    results = harness(body)
    assert len(results) == 100 and all(results)
    assert sandbox.count("POST", "/oauth/token") == 1


def test_the_cached_token_is_reused_and_refreshed_shortly_before_expiry(sandbox):
    now = [1000.0]

    async def main() -> tuple[str, str, str]:
        h = Harness(sandbox)
        h.tokens = TokenProvider(h.sender, h.credentials, clock=lambda: now[0])
        first = (await h.tokens.get()).value
        now[0] += 3000  # 10 minutes left: still fresh
        second = (await h.tokens.get()).value
        now[0] += 400  # 200 s left: inside the refresh margin
        third = (await h.tokens.get()).value
        await h.aclose()
        return first, second, third

    first, second, third = asyncio.run(main())
    assert first == second != third
    assert sandbox.count("POST", "/oauth/token") == 2


def test_wrong_secret_is_reported_as_invalid_client_with_an_explanation(harness):
    async def body(h: Harness) -> Any:
        await h.tokens.get()

    with pytest.raises(TokenError) as caught:
        harness(body, secret="not-the-secret")
    error = caught.value
    assert (error.status, error.error) == (400, "invalid_client")
    assert "client ID or client secret" in error.explanation
    assert "not-the-secret" not in error.summary()
    assert error.tracking_id


def test_wrong_account_id_is_a_token_error_naming_the_account_id(harness):
    async def body(h: Harness) -> Any:
        await h.tokens.get()

    with pytest.raises(TokenError) as caught:
        harness(body, account_id="someone-else")
    assert caught.value.status == 400
    assert "account ID" in caught.value.explanation


def test_token_endpoint_down_is_a_clear_token_error(harness, sandbox):
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(kind="token_endpoint_down", times=None))

    async def body(h: Harness) -> Any:
        await h.tokens.get()

    with pytest.raises(TokenError) as caught:
        harness(body)
    assert caught.value.status == 503
    assert "unavailable" in caught.value.explanation


def test_a_failed_token_request_is_not_cached(harness, sandbox):
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(kind="token_endpoint_down", times=1))

    async def body(h: Harness) -> Any:
        with pytest.raises(TokenError):
            await h.tokens.get()
        return await h.tokens.get()

    assert harness(body).value
    assert sandbox.count("POST", "/oauth/token") == 2


def test_connection_refused_is_a_network_error(sandbox):
    async def main() -> None:
        h = Harness(sandbox)
        sandbox.stop()
        try:
            await h.tokens.get()
        finally:
            await h.aclose()

    with pytest.raises(NetworkError) as caught:
        asyncio.run(main())
    assert caught.value.kind in ("connection refused", "connect")


def test_the_token_never_appears_in_the_exchange_log(harness):
    async def body(h: Harness) -> Any:
        token = await h.tokens.get()
        await h.client.list_users()
        return token, list(h.log)

    token, exchanges = harness(body)
    text = repr(exchanges)
    assert token.value not in text
    assert "sandbox-client-secret" not in text
    assert base64.b64encode(b"sandbox-client-id:sandbox-client-secret").decode() not in text
    token_exchange = exchanges[0]
    assert token_exchange.kind == "token"
    assert "authorization" in {k.lower() for k, _ in token_exchange.request_headers}
    assert "client_id=sandbox-client-id" in token_exchange.header("authorization", response=False)


def test_missing_scopes_are_named_in_the_apps_scope_scheme():
    classic = ["meeting:read:admin", "user:read:admin"]
    assert missing_scopes(classic) == {
        "create meeting": ["meeting:write:admin"],
        "update meeting": ["meeting:write:admin"],
        "delete meeting": ["meeting:write:admin"],
    }
    granular = ["meeting:read:meeting:admin", "user:read:list_users:admin"]
    text = describe_missing(granular)
    assert "meeting:write:meeting:admin" in text and "meeting:read:list_meetings:admin" in text


def test_a_token_request_whose_only_caller_was_cancelled_does_not_leave_its_failure_unread(
    sandbox,
):
    """The request is shielded from one caller's cancel (others may wait on it); when nobody
    is left to read its failure, asyncio would log "Task exception was never retrieved"."""
    unread: list[dict[str, Any]] = []

    async def main() -> None:
        asyncio.get_running_loop().set_exception_handler(lambda _loop, ctx: unread.append(ctx))
        h = Harness(sandbox)
        sandbox.stop()
        try:
            caller = asyncio.ensure_future(h.tokens.get())
            await asyncio.sleep(0)
            caller.cancel()
            inflight = h.tokens._inflight
            assert inflight is not None
            await asyncio.wait([inflight])  # the request fails: nothing listens
            del inflight
        finally:
            await h.aclose()
        h.tokens._inflight = None
        gc.collect()

    asyncio.run(main())
    assert unread == []
