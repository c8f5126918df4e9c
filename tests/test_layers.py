"""The one-way rule: the core, the CLI and the sandbox never import Qt. Every module of those
packages is imported in a fresh interpreter where PySide6 and qasync cannot be imported."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import zoomdesk

PACKAGES = ("zoomdesk.core", "zoomdesk.cli", "zoomdesk.sandbox")
BLOCKER = """
import importlib.abc, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "qasync", "shiboken6"):
            raise ImportError(f"{name} is blocked: this layer must not import Qt")
        return None
sys.meta_path.insert(0, NoQt())
"""


def modules() -> list[str]:
    root = Path(zoomdesk.__file__).parent.parent
    found = []
    for package in PACKAGES:
        folder = root / package.replace(".", "/")
        found.append(package)
        found += [m.name for m in pkgutil.walk_packages([str(folder)], prefix=f"{package}.")]
    return sorted(found)


def test_core_cli_and_sandbox_import_without_qt():
    names = modules()
    assert len(names) > 40 and "zoomdesk.core.meeting_schema" in names
    script = BLOCKER + "".join(f"import {name}\n" for name in names)
    script += "assert not any(m.split('.')[0] == 'PySide6' for m in sys.modules)\n"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_blocker_really_blocks():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER + "import zoomdesk.ui.main_window\n"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "blocked" in result.stderr
