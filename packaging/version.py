"""Print zoomdesk's version in the spelling a packaging format wants.

The version is set in one place, `zoomdesk.__version__` (PEP 440). Every recipe asks this script:

    python packaging/version.py            0.1.0      PEP 440 as written (Inno AppVersion, names)
    python packaging/version.py deb        0.1.0      Debian: 1.0rc1 -> 1.0~rc1 (sorts before 1.0)
    python packaging/version.py numeric    0.1.0      three numbers: CFBundleShortVersionString
    python packaging/version.py numeric4   0.1.0.0    four numbers: Windows VersionInfoVersion

Stdlib only, so it runs with any Python >= 3.11 before the build venv exists.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Canonical PEP 440 public versions plus a local label; anything else is a typo to catch early.
PEP440 = re.compile(
    r"^(?P<release>\d+(?:\.\d+)*)"
    r"(?:(?P<pre_kind>a|b|rc)(?P<pre_num>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?"
    r"(?:\+(?P<local>[a-z0-9]+(?:\.[a-z0-9]+)*))?$"
)


def project_version() -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import zoomdesk

    return str(zoomdesk.__version__)


def spell(version: str, style: str) -> str:
    match = PEP440.match(version)
    if not match:
        raise ValueError(f"zoomdesk.__version__ {version!r} is not a canonical PEP 440 version")
    parts = match.groupdict()
    numbers = [int(n) for n in parts["release"].split(".")]
    if style == "pep440":
        return version
    if style == "deb":
        # "~" sorts before anything, so pre-releases and dev builds come before the release.
        # A dev build of a final release comes before its alphas too: "~~" sorts before "~a".
        text = parts["release"]
        if parts["pre_kind"]:
            text += f"~{parts['pre_kind']}{parts['pre_num']}"
        if parts["post"]:
            text += f"+post{parts['post']}"
        if parts["dev"]:
            lone = not (parts["pre_kind"] or parts["post"])
            text += f"{'~~' if lone else '~'}dev{parts['dev']}"
        if parts["local"]:
            text += f"+{parts['local']}"
        return text
    if style in ("numeric", "numeric4"):
        # Apple and Windows take plain numbers only; pre-release tags cannot be expressed.
        width = 3 if style == "numeric" else 4
        numbers = (numbers + [0] * width)[:width]
        return ".".join(str(n) for n in numbers)
    raise ValueError(f"unknown style {style!r} (pep440, deb, numeric, numeric4)")


def main(argv: list[str]) -> int:
    style = argv[0] if argv else "pep440"
    try:
        print(spell(project_version(), style))
    except ValueError as error:
        sys.stderr.write(f"version.py: {error}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
