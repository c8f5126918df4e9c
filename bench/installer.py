"""Installer sizes, read from what `packaging/build-linux` left in dist/ (the suite never builds
it: that takes minutes). The budgets are the packaging script's own."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from bench.common import REPO, Figure, verdict

SECTION = "Installer"
MB = 1_000_000  # as packaging/build-linux counts them


def installer(dist: Path = REPO / "dist") -> list[Figure]:
    debs = sorted(dist.glob("zoomdesk_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        return [
            Figure(SECTION, "Linux package (.deb)", None, "MB", verdict="not built"),
            Figure(SECTION, "Unpacked app", None, "MB", verdict="not built"),
        ]
    deb = debs[-1]
    report_file = dist / "zoomdesk-linux-report.json"
    report = json.loads(report_file.read_text()) if report_file.exists() else {}
    if report.get("deb") and Path(report["deb"]).name != deb.name:
        report = {}  # a report about another build
    budgets = report.get("budget_mb", {"deb": 45, "unpacked": 140})
    unpacked = report.get("unpacked_bytes") or _installed_size(deb)
    deb_mb = deb.stat().st_size / MB
    unpacked_mb = None if unpacked is None else unpacked / MB
    source = {"file": str(deb.relative_to(REPO) if deb.is_relative_to(REPO) else deb)}
    return [
        Figure(SECTION, "Linux package (.deb, xz)", deb_mb, "MB", None, "",
               f"≤ {budgets['deb']} MB (packaging)", verdict(deb_mb <= budgets["deb"]), source),
        Figure(SECTION, "Unpacked app (/opt/zoomdesk)", unpacked_mb, "MB", None, "",
               f"≤ {budgets['unpacked']} MB (packaging)",
               "" if unpacked_mb is None else verdict(unpacked_mb <= budgets["unpacked"])),
    ]  # fmt: skip


def _installed_size(deb: Path) -> int | None:
    """Installed-Size from the control file (KiB), when the build report is missing."""
    if shutil.which("dpkg-deb") is None:
        return None
    out = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True
    )
    return int(out.stdout) * 1024 if out.returncode == 0 and out.stdout.strip() else None
