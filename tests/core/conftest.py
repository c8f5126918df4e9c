"""Core tests run the async client on plain asyncio against the sandbox over loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import httpx
import pytest

from zoomdesk.core.client import ZoomClient
from zoomdesk.core.exchange import ExchangeLog
from zoomdesk.core.tokens import Credentials, TokenProvider
from zoomdesk.core.transport import Sender, make_http_client


class Harness:
    """A client wired to one sandbox, as the CLI and the app wire it."""

    def __init__(
        self,
        sandbox: Any,
        timeout: float = 5.0,
        secret: str | None = None,
        account_id: str = "sandbox-account",
    ) -> None:
        self.sandbox = sandbox
        self.log = ExchangeLog()
        self.http: httpx.AsyncClient = make_http_client(timeout)
        self.sender = Sender(self.http, self.log)
        self.credentials = Credentials(
            account_id, "sandbox-client-id", secret or "sandbox-client-secret", sandbox.url
        )
        self.tokens = TokenProvider(self.sender, self.credentials)
        self.sleeps: list[float] = []

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        self.client = ZoomClient(self.sender, self.tokens, sleep=sleep)

    async def aclose(self) -> None:
        await self.http.aclose()


def run(coro: Coroutine[Any, Any, Any]) -> Any:
    return asyncio.run(coro)


@pytest.fixture
def harness(sandbox: Any) -> Callable[..., Any]:
    """Returns a function that runs `body(h)` with a fresh Harness inside one event loop."""

    def go(body: Callable[[Harness], Coroutine[Any, Any, Any]], **options: Any) -> Any:
        async def main() -> Any:
            h = Harness(sandbox, **options)
            try:
                return await body(h)
            finally:
                await h.aclose()

        return asyncio.run(main())

    return go


@pytest.fixture
def zoom_env(sandbox: Any) -> dict[str, str]:
    """The environment a script sets to point the CLI at the sandbox."""
    return {
        "ZOOM_ACCOUNT_ID": "sandbox-account",
        "ZOOM_CLIENT_ID": "sandbox-client-id",
        "ZOOM_CLIENT_SECRET": "sandbox-client-secret",
        "ZOOMDESK_OAUTH_URL": sandbox.url,
    }


async def collect(pages: AsyncIterator[Any]) -> list[Any]:
    return [p async for p in pages]
