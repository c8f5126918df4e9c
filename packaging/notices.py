"""Write the third-party notices for what an installer bundles: every Python distribution in the
build venv (name, version, licence, and the licence texts it ships), Qt and Python itself.

    build/venv-pkg/bin/python packaging/notices.py OUT_FILE

Qt and PySide6 are LGPL-3.0: the bundle keeps them as separate shared libraries (one-folder build),
so they can be replaced, and their licence travels with the installer. Run it with the build venv's
Python: that venv holds exactly the bundled packages plus the build tools skipped below.
"""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from pathlib import Path

BUILD_ONLY = {
    "pip", "setuptools", "wheel", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph",
    "packaging", "macholib", "pefile",
}  # fmt: skip
LICENCE_FILE_STEMS = ("license", "licence", "copying", "notice", "authors")


def licence_of(dist: importlib.metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    return text.splitlines()[0] if text else "see the licence text below"


def licence_texts(dist: importlib.metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or []:
        name = Path(str(file)).name.lower()
        in_metadata = ".dist-info" in str(file)
        if in_metadata and name.startswith(LICENCE_FILE_STEMS):
            path = Path(str(dist.locate_file(file)))
            try:
                texts.append((str(file), path.read_text("utf-8", errors="replace").strip()))
            except OSError:
                continue
    return texts


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: notices.py OUT_FILE\n")
        return 2
    dists = sorted(
        (d for d in importlib.metadata.distributions() if d.metadata["Name"]),
        key=lambda d: d.metadata["Name"].lower(),
    )
    bundled = [d for d in dists if d.metadata["Name"].lower() not in BUILD_ONLY]
    out = [
        "zoomdesk - third-party software notices",
        "",
        "This package contains the following third-party software, each under its own licence.",
        "",
        f"Python {platform.python_version()}  -  PSF-2.0 (https://docs.python.org/3/license.html)",
        "Qt 6 (inside PySide6-Essentials)  -  LGPL-3.0-only (https://www.qt.io/licensing/); "
        "source: https://download.qt.io/official_releases/qt/",
    ]
    out += [f"{d.metadata['Name']} {d.version}  -  {licence_of(d)}" for d in bundled]
    for dist in bundled:
        for name, text in licence_texts(dist):
            out += ["", "=" * 78, f"{dist.metadata['Name']} {dist.version}: {name}", "=" * 78, text]
    Path(argv[0]).write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
