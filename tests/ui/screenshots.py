"""The screenshots in docs/, made from the real app by the `test_*_screenshots.py` modules only
when asked: `ZOOMDESK_SCREENSHOTS=docs QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest
tests/ui/test_language_screenshots.py -q` (any of them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from .conftest import Desk

FOLDER = os.environ.get("ZOOMDESK_SCREENSHOTS", "")
only_when_asked = pytest.mark.skipif(
    not FOLDER, reason="set ZOOMDESK_SCREENSHOTS=folder to make them"
)


def shoot(desk: Desk, widget: QWidget, name: str) -> None:
    """Saves `widget` as `screenshot-{name}.png` in the folder asked for."""
    desk.qtbot.wait(300)  # let the window system deliver the last paints
    assert widget.grab().save(str(Path(FOLDER) / f"screenshot-{name}.png"))
