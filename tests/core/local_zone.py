"""A fixture that moves the machine's zone for one test, so a time that silently depends on it
shows: Pacific/Auckland is UTC+13 in November, so its local date is a day ahead of UTC's."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest


@pytest.fixture
def auckland(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
