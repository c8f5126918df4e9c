"""`./dev.sh test` on a fresh machine installs every tool a test would otherwise skip for: a skip
there is a missing install step, not a pass."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The Debian package that provides each tool a test checks for with shutil.which().
PROVIDER = {
    "curl": "curl",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "dpkg": "dpkg",  # essential on Debian and Ubuntu
    "dpkg-deb": "dpkg",
}


def skipped_for_tools() -> set[str]:
    tools = set()
    for test in (REPO / "tests").rglob("*.py"):
        text = test.read_text(encoding="utf-8")
        for match in re.finditer(r'shutil\.which\("([^"]+)"\)\s+is None', text):
            tools.add(match.group(1))
    return tools


def test_dev_sh_installs_every_tool_a_test_skips_without():
    script = (REPO / "dev.sh").read_text(encoding="utf-8")
    debs = set(re.search(r'TEST_DEBS="([^"]*)"', script, re.DOTALL).group(1).split())  # type: ignore[union-attr]
    tools = skipped_for_tools()
    assert tools, "the scan found no skip conditions; has the pattern changed?"
    unknown = tools - set(PROVIDER)
    assert not unknown, f"add the package providing {unknown} to PROVIDER and to dev.sh"
    missing = {PROVIDER[t] for t in tools} - debs - {"dpkg"}
    assert not missing, f"dev.sh's TEST_DEBS lacks {missing}"
