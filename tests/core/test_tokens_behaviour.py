"""Access tokens as a caller sees them: when a cached token is reused or refreshed, what a token
answer becomes, how a refusal reads, and how concurrent and cancelled callers share one request.
Token requests go over loopback to the sandbox; the clock is the provider's own injected clock."""

from __future__ import annotations

import asyncio
import base64
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.core.conftest import Harness
from zoomdesk.core.client import ZoomClient
from zoomdesk.core.errors import TokenError
from zoomdesk.core.tokens import (
    AccessToken,
    Credentials,
    TokenProvider,
    TokenProviders,
    basic_auth,
    build_token_request,
    parse_token_response,
)


def fault(sandbox: Any, **kw: Any) -> None:
    from zoomdesk.sandbox.faults import Fault

    sandbox.faults.add(Fault(**kw))


def token_requests(sandbox: Any) -> int:
    return int(sandbox.count("POST", "/oauth/token"))


def values_at(sandbox: Any, lifetime: int, *seconds_left: float) -> list[str]:
    """The token value a caller gets when a token of `lifetime` seconds (issued at t=1000) has
    each of `seconds_left` left, asked in that order."""
    sandbox.state.token_ttl = lifetime
    now = [1000.0]

    async def main() -> list[str]:
        h = Harness(sandbox)
        tokens = TokenProvider(h.sender, h.credentials, clock=lambda: now[0])
        try:
            seen = [(await tokens.get()).value]
            for left in seconds_left:
                now[0] = 1000.0 + lifetime - left
                seen.append((await tokens.get()).value)
            return seen
        finally:
            await h.aclose()

    return asyncio.run(main())


def test_a_token_with_just_over_five_minutes_left_is_reused(sandbox):
    first, later = values_at(sandbox, 3600, 301.0)
    assert first == later
    assert token_requests(sandbox) == 1


def test_a_token_with_five_minutes_left_is_refreshed(sandbox):
    first, later = values_at(sandbox, 3600, 300.0)
    assert first != later
    assert token_requests(sandbox) == 2


def test_a_short_lived_token_is_refreshed_when_a_tenth_of_its_life_is_left(sandbox):
    # 1000 s of life: the margin is 100 s, not five minutes (the token would never be fresh).
    first, reused, refreshed = values_at(sandbox, 1000, 101.0, 100.0)
    assert first == reused != refreshed
    assert token_requests(sandbox) == 2


def test_a_caller_that_gives_up_does_not_cost_the_others_a_second_request(harness, sandbox):
    fault(sandbox, kind="delay", seconds=0.3, path="^/oauth/token$")

    async def body(h: Harness) -> Any:
        impatient = asyncio.ensure_future(h.tokens.get())
        await asyncio.sleep(0.05)  # its request is on the wire
        impatient.cancel()
        with pytest.raises(asyncio.CancelledError):
            await impatient
        return await asyncio.gather(h.tokens.get(), h.tokens.get())

    first, second = harness(body)
    assert first is second and first.value
    assert token_requests(sandbox) == 1


def test_after_a_refusal_the_next_caller_asks_again(harness, sandbox):
    fault(sandbox, kind="status", status=500, path="^/oauth/token$")

    async def body(h: Harness) -> Any:
        with pytest.raises(TokenError):
            await h.tokens.get()
        return await h.tokens.get()

    assert harness(body).value
    assert token_requests(sandbox) == 2


def test_refresh_always_asks_zoom_for_a_new_token(harness, sandbox):
    async def body(h: Harness) -> Any:
        first = await h.tokens.get()
        second = await h.tokens.refresh()
        return first, second, h.tokens.current

    first, second, current = harness(body)
    assert first.value != second.value and current is second
    assert token_requests(sandbox) == 2


def test_the_provider_counts_the_token_requests_it_made(harness, sandbox):
    async def body(h: Harness) -> list[int]:
        counts = [h.tokens.requests_made]
        await h.tokens.get()
        await h.tokens.get()
        counts.append(h.tokens.requests_made)
        await h.tokens.refresh()
        counts.append(h.tokens.requests_made)
        return counts

    assert harness(body) == [0, 1, 2]
    assert token_requests(sandbox) == 2


def test_invalidating_a_stale_token_keeps_the_newer_one(harness, sandbox):
    async def body(h: Harness) -> Any:
        old = await h.tokens.get()
        new = await h.tokens.refresh()
        h.tokens.invalidate(old)  # a late 401 for a request sent with the old token
        kept = h.tokens.current
        h.tokens.invalidate(new)
        return new, kept, h.tokens.current

    new, kept, after = harness(body)
    assert kept is new and after is None


def test_listeners_hear_each_new_token_and_each_invalidation(harness):
    async def body(h: Harness) -> Any:
        heard: list[AccessToken | None] = []
        h.tokens.listeners.append(heard.append)
        token = await h.tokens.get()
        h.tokens.invalidate()
        return token, heard

    token, heard = harness(body)
    assert heard == [token, None]


def test_zooms_reason_for_refusing_the_credentials_is_shown(harness):
    async def body(h: Harness) -> Any:
        await h.tokens.get()

    with pytest.raises(TokenError) as caught:
        harness(body, secret="wrong")
    summary = caught.value.summary()
    assert "HTTP 400 (invalid_client, Invalid client_id or client_secret)" in summary
    assert caught.value.reason == "Invalid client_id or client_secret"
    assert f"[tracking id {caught.value.tracking_id}]" in summary


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("invalid_client", "client ID or client secret"),
        ("unsupported_grant_type", "Server-to-Server OAuth app"),
        ("invalid_request", "account ID"),
        ("invalid_grant", "account_credentials"),
    ],
)
def test_each_token_error_code_is_explained(harness, sandbox, error, words):
    fault(sandbox, kind="status", status=400, path="^/oauth/token$", body={"error": error})

    async def body(h: Harness) -> Any:
        await h.tokens.get()

    with pytest.raises(TokenError) as caught:
        harness(body)
    assert words in caught.value.explanation
    assert caught.value.summary().endswith(f"[tracking id {caught.value.tracking_id}]")
    assert caught.value.explanation in caught.value.summary()


@pytest.mark.parametrize(
    ("status", "words"),
    [(500, "unavailable"), (503, "unavailable"), (499, "did not issue"), (401, "did not issue")],
)
def test_a_refusal_without_an_error_code_is_explained_by_its_status(status, words):
    error = parse_error(status, b'{"reason": "x"}')
    assert words in error.explanation
    assert "x" in error.summary() and f"HTTP {status}" in error.summary()


def test_a_refusal_without_any_detail_says_so():
    error = parse_error(400, b"{}")
    assert "HTTP 400 (no details)" in error.summary()
    assert "tracking id" not in error.summary()


def test_a_refusal_that_is_not_json_shows_the_http_reason_and_tracking_id():
    response = httpx.Response(502, content=b"<html>Bad</html>", headers={"x-zm-trackingid": "t-1"})
    with pytest.raises(TokenError) as caught:
        parse_token_response(response, 0.0)
    assert (caught.value.error, caught.value.reason) == (None, "Bad Gateway")
    assert caught.value.summary() == (
        "Getting a Zoom access token failed: HTTP 502 (Bad Gateway). Zoom's sign-in service is "
        "unavailable. Try again in a few minutes. [tracking id t-1]"
    )


def parse_error(status: int, content: bytes) -> TokenError:
    with pytest.raises(TokenError) as caught:
        parse_token_response(httpx.Response(status, content=content), 0.0)
    return caught.value


def test_a_token_answer_becomes_a_token_that_expires_from_when_it_was_asked_for():
    before = datetime.now(UTC)
    content = (
        b'{"access_token": "eyJ.a.b", "token_type": "Bearer", "expires_in": 3599.0,'
        b' "scope": "user:read:admin  meeting:read:admin", "api_url": "https://api-us.zoom.us/"}'
    )
    token = parse_token_response(httpx.Response(200, content=content), 500.0)
    assert token.value == "eyJ.a.b" and token.token_type == "Bearer"
    assert token.expires_in == 3599 and isinstance(token.expires_in, int)
    assert token.scopes == ("user:read:admin", "meeting:read:admin")
    assert token.api_url == "https://api-us.zoom.us"
    assert token.seconds_left(now=500.0) == 3599.0
    assert token.seconds_left(now=4099.0) == 0.0
    fresh = parse_token_response(httpx.Response(200, content=content), time.monotonic())
    assert 3598.0 < fresh.seconds_left() <= 3599.0  # without a clock: the monotonic clock
    assert before <= token.issued_at <= datetime.now(UTC) + timedelta(seconds=1)
    assert token.issued_at.utcoffset() == timedelta(0)
    assert "eyJ.a.b" not in repr(token)


@pytest.mark.parametrize("api_url", [None, "", 7])
def test_a_token_without_a_regional_api_url_uses_the_global_api(harness, api_url):
    answer: dict[str, Any] = {"access_token": "eyJ.a.b", "expires_in": 3600}
    if api_url is not None:
        answer["api_url"] = api_url
    token = parse_token_response(httpx.Response(200, json=answer), 0.0)
    assert token.api_url is None
    assert token.token_type == "bearer" and token.scopes == ()

    async def base(h: Harness) -> str:
        return ZoomClient(h.sender, h.tokens).api_base(token)

    assert harness(base) == "https://api.zoom.us/v2"


def test_a_token_with_a_regional_api_url_sends_calls_there(harness):
    token = parse_token_response(
        httpx.Response(200, json={"access_token": "t", "expires_in": 1, "api_url": "https://x/"}),
        0.0,
    )

    async def bases(h: Harness) -> tuple[str, str]:
        regional = ZoomClient(h.sender, h.tokens).api_base(token)
        chosen = ZoomClient(h.sender, h.tokens, api_url="http://proxy/v2/").api_base(token)
        return regional, chosen

    assert harness(bases) == ("https://x/v2", "http://proxy/v2")
    # only trailing slashes go; the address is kept as Zoom sent it
    odd = parse_token_response(
        httpx.Response(200, json={"access_token": "t", "expires_in": 1, "api_url": "http://X//"}),
        0.0,
    )
    assert odd.api_url == "http://X"


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"", "the token endpoint did not return JSON"),
        (b"[]", "the token endpoint did not return JSON"),
        (b'"token"', "the token endpoint did not return JSON"),
        (b'{"expires_in": 3600}', "the token response lacks access_token or expires_in"),
        (
            b'{"access_token": 5, "expires_in": 1}',
            "the token response lacks access_token or expires_in",
        ),
    ],
)
def test_a_200_that_is_not_a_token_is_a_bad_response(content, detail):
    from zoomdesk.core.errors import BadResponseError

    response = httpx.Response(200, content=content, headers={"x-zm-trackingid": "trk-1"})
    with pytest.raises(BadResponseError) as caught:
        parse_token_response(response, 0.0)
    assert caught.value.status == 200 and caught.value.tracking_id == "trk-1"
    assert caught.value.summary() == f"Unexpected response (HTTP 200): {detail} [tracking id trk-1]"


@pytest.mark.parametrize("suffix", ["", "/", "//"])
def test_the_token_request_goes_to_the_oauth_url_with_or_without_a_trailing_slash(sandbox, suffix):
    async def main() -> list[str]:
        h = Harness(sandbox)
        creds = Credentials(
            "sandbox-account", "sandbox-client-id", "sandbox-client-secret", sandbox.url + suffix
        )
        try:
            await TokenProvider(h.sender, creds).get()
            return [exchange.url for exchange in h.log]
        finally:
            await h.aclose()

    assert asyncio.run(main()) == [sandbox.url + "/oauth/token"]


def test_basic_auth_is_the_base64_of_id_colon_secret():
    header = basic_auth("id-ü", "s:e:c")
    scheme, encoded = header.split(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == "id-ü:s:e:c"


def test_credentials_never_show_their_secret():
    creds = Credentials("acct", "cid", "very-secret")
    assert "very-secret" not in repr(creds)
    assert creds.oauth_url == "https://zoom.us"


def test_one_provider_per_set_of_credentials(harness):
    async def body(h: Harness) -> Any:
        providers = TokenProviders(h.sender)
        a = Credentials("acct", "cid", "secret-1", "http://x")
        same = Credentials("acct", "cid", "secret-1", "http://x")
        other_secret = Credentials("acct", "cid", "secret-2", "http://x")
        other_account = Credentials("acct-2", "cid", "secret-1", "http://x")
        first = providers.for_credentials(a)
        return (
            first,
            providers.for_credentials(same),
            providers.for_credentials(other_secret),
            providers.for_credentials(other_account),
        )

    first, same, other_secret, other_account = harness(body)
    assert first is same
    assert other_secret is not first and other_account is not first
    assert other_secret.credentials.client_secret == "secret-2"


def test_a_provider_from_the_registry_gets_tokens(harness, sandbox):
    async def body(h: Harness) -> AccessToken:
        return await TokenProviders(h.sender).for_credentials(h.credentials).get()

    assert harness(body).value
    assert token_requests(sandbox) == 1


@pytest.mark.parametrize(
    ("oauth_url", "sent_to"),
    [
        ("https://gateway.example/zoomX/", "https://gateway.example/zoomX/oauth/token"),
        ("https://gateway.example/zoom", "https://gateway.example/zoom/oauth/token"),
    ],
)
def test_an_oauth_url_behind_a_path_prefix_keeps_its_prefix(oauth_url, sent_to):
    async def url() -> str:
        async with httpx.AsyncClient() as http:
            creds = Credentials("acct", "cid", "secret", oauth_url)
            return str(build_token_request(http, creds).url)

    assert asyncio.run(url()) == sent_to
