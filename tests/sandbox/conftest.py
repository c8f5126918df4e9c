"""Fixtures for the sandbox's own tests: a sandbox on a loopback port driven by a clock the test
controls, an access token, and an httpx client for its API. Everything goes over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import httpx
import pytest

from zoomdesk.sandbox import Sandbox

from .support import Clock, api_client, fetch_token, plain_client


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sandbox(clock: Clock) -> Iterator[Sandbox]:
    box = Sandbox(clock=clock).start()
    yield box
    box.stop()


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with plain_client() as client:
        yield client


@pytest.fixture
def token(sandbox: Sandbox) -> str:
    return fetch_token(sandbox)


@pytest.fixture
def api(sandbox: Sandbox, token: str) -> Iterator[httpx.Client]:
    with api_client(sandbox, token) as client:
        yield client


@pytest.fixture
def openapi() -> ModuleType:
    """The OpenAPI checker; skips the test when Zoom's spec file is not available."""
    from tests import openapi_check

    openapi_check.load_spec()
    return openapi_check
