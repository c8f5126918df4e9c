"""Print what the build venv must hold: zoomdesk's runtime dependencies (read from pyproject.toml,
so there is one list) plus PyInstaller. Pins come from packaging/constraints.txt.

    python packaging/requirements.py > build/requirements-pkg.txt
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

BUILD_TOOLS = ["pyinstaller", "pyinstaller-hooks-contrib"]


def main() -> int:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    with pyproject.open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    sys.stdout.write("\n".join([*dependencies, *BUILD_TOOLS]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
