"""A bulk import sends thousands of requests through one client: the per-request cost of the
shared HTTP client matters. httpcore asks `import sniffio` on every request; when sniffio is
not installed the miss must be remembered, not searched for again on sys.path each time."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

import pytest

from tests.core.conftest import Harness


class Watch:
    """A meta-path finder that only counts how often a module is searched for."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.searches = 0

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == self.name:
            self.searches += 1
        return None


@pytest.mark.skipif(
    importlib.util.find_spec("sniffio") is not None, reason="sniffio is installed here"
)
def test_many_requests_do_not_search_for_a_missing_sniffio_each_time(harness: Any) -> None:
    watch = Watch("sniffio")
    sys.modules.pop("sniffio", None)  # as in a fresh process
    sys.meta_path.insert(0, watch)
    try:

        async def body(h: Harness) -> None:
            for _ in range(20):
                await h.client.list_users()

        harness(body)
    finally:
        sys.meta_path.remove(watch)
    assert watch.searches <= 1
