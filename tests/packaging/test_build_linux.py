"""The Linux installer end to end: `packaging/build-linux` builds the frozen app and the .deb,
installs the .deb into a scratch root and checks the *installed* binary (smoke test, a CLI call
against the sandbox, time zones, a keyring round trip through gnome-keyring), then purges it.
These tests read what it reports and look inside the package. Slow (about a minute warm, a few
minutes on a fresh machine); CI runs them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.zoomdesk.ZoomDesk"
MB = 1_000_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
        reason="builds a .deb: Debian or Ubuntu only",
    ),
]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    dist = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [str(REPO / "packaging" / "build-linux")],
        env={**os.environ, "DIST_DIR": str(dist)},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, f"build-linux failed:\n{done.stderr[-6000:]}"
    report = json.loads((dist / "zoomdesk-linux-report.json").read_text())
    return {"dist": dist, "deb": Path(report["deb"]), "report": report}


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], check=True, capture_output=True, text=True).stdout


def installed_app(build: dict[str, Any]) -> dict[str, Any]:
    app: dict[str, Any] = build["report"]["installed_app"]
    assert app["ok"], app.get("error")
    return app


def test_the_installed_app_starts_and_shows_its_first_page(build: dict[str, Any]) -> None:
    smoke = installed_app(build)["smoke"]
    assert smoke["ok"] is True
    assert smoke["meetings"] is not None
    assert smoke["ready_s"] < 10


def test_the_installed_app_starts_on_an_x11_display(build: dict[str, Any]) -> None:
    smoke = installed_app(build)["smoke_xcb"]  # under Xvfb, through Qt's xcb platform plugin
    assert smoke["ok"] is True
    assert smoke["meetings"] is not None
    assert smoke["language"] == "de"  # started with LANG=de_DE.UTF-8: the catalogues shipped


def test_the_installed_command_line_works_against_the_sandbox(build: dict[str, Any]) -> None:
    app = installed_app(build)
    assert app["version"] == f"zoomdesk {build['report']['version']}"
    assert app["cli"]["users"] > 0


def test_the_installed_app_finds_the_time_zone_database(build: dict[str, Any]) -> None:
    zones = installed_app(build)["timezones"]
    assert zones["zone"] == "America/New_York"
    assert zones["start_time"] == "2030-01-15T14:30:00Z"  # 09:30 in New York in January


def test_the_installed_app_keeps_the_secret_in_a_real_secret_service(
    build: dict[str, Any],
) -> None:
    app = installed_app(build)
    # Found by the frozen app through keyring's package metadata, not forced by configuration.
    assert app["smoke"]["keyring"] == "keyring.backends.SecretService.Keyring"
    assert app["keyring"]["token_type"]  # the token call could only use the stored secret
    assert app["keyring"]["verified_in_os_store"] is True
    assert app["keyring"]["os_store"] == "keyring.backends.SecretService.Keyring"


def test_the_package_stays_within_its_size_budget(build: dict[str, Any]) -> None:
    report = build["report"]
    assert build["deb"].stat().st_size == report["deb_bytes"]
    assert report["deb_bytes"] < 45 * MB
    assert report["unpacked_bytes"] < 140 * MB


def test_the_package_installs_where_staff_and_it_expect_it(build: dict[str, Any]) -> None:
    listing = dpkg_deb("--contents", str(build["deb"]))
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    assert "/opt/zoomdesk/zoomdesk" in paths
    assert "/usr/bin/zoomdesk -> /opt/zoomdesk/zoomdesk" in listing
    assert "/usr/share/applications/zoomdesk.desktop" in paths
    assert f"/usr/share/metainfo/{APP_ID}.metainfo.xml" in paths
    assert "/usr/share/doc/zoomdesk/copyright" in paths
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/zoomdesk.png" in paths
    assert "/usr/share/icons/hicolor/scalable/apps/zoomdesk.svg" in paths
    # The window's icon, where zoomdesk/ui/icons.py looks in an installed app.
    for name in ("zoomdesk.svg", "zoomdesk-16.png", "zoomdesk-256.png"):
        assert f"/opt/zoomdesk/_internal/zoomdesk/resources/{name}" in paths
    files = {p for p in paths if not p.endswith("/")}
    allowed = ("/opt/zoomdesk/", "/usr/bin/zoomdesk", "/usr/share/")
    assert all(p.startswith(allowed) for p in files), sorted(files)


def test_the_package_declares_what_it_needs_and_has_no_scripts(build: dict[str, Any]) -> None:
    deb = str(build["deb"])
    field = dict(
        line.split(": ", 1)
        for line in dpkg_deb("--field", deb).splitlines()
        if ": " in line and not line.startswith(" ")
    )
    assert field["Package"] == "zoomdesk"
    assert field["Version"].startswith(build["report"]["version"])
    depends = field["Depends"]
    for package in ("libc6", "libxcb-cursor0", "libegl1", "libfontconfig1", "libdbus-1-3"):
        assert package in depends
    assert "ca-certificates" in depends and "tzdata" in depends
    assert "gnome-keyring" not in depends + field.get("Recommends", "")
    members = subprocess.run(["ar", "t", deb], check=True, capture_output=True, text=True).stdout
    assert "data.tar.xz" in members.split()
    info = dpkg_deb("--info", deb)  # lists the control members: control, md5sums
    for script in ("postinst", "prerm", "postrm", "preinst"):
        assert script not in info


def test_the_package_bundles_no_development_tools(build: dict[str, Any]) -> None:
    listing = dpkg_deb("--contents", str(build["deb"]))
    for unwanted in ("_pytest", "/pytest", "hypothesis", "/mypy", "pygments", "PyQt"):
        assert unwanted not in listing
    # Qt's own catalogues only for zoomdesk's languages (the standard buttons and menus).
    qt_catalogues = re.findall(r"PySide6/Qt/translations/(\S+\.qm)", listing)
    assert sorted(qt_catalogues) == [f"qtbase_{c}.qm" for c in ("de", "es", "fr", "ja", "pt_BR")]
    for code in ("de", "en", "es", "fr", "ja", "pt_BR"):
        assert f"zoomdesk/translations/zoomdesk_{code}.qm" in listing
    assert "libqgtk3" not in listing
