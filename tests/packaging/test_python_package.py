"""The Python package gets its assets from resources/ at build time: a wheel carries the app icon,
an editable install (what ./dev.sh makes) reads it from the checkout, and git keeps each asset once.
The install tests build with pip (build isolation fetches setuptools from the package index), so
they are slow tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ICON_FILES = {"zoomdesk.svg", *(f"zoomdesk-{n}.png" for n in (16, 24, 32, 48, 64, 128, 256))}
# Run inside the installed environment, from a folder outside the checkout.
PROBE = """
import json, zoomdesk
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from zoomdesk.ui.icons import app_icon
print(json.dumps({"package": zoomdesk.__file__,
                  "sizes": sorted(size.width() for size in app_icon().availableSizes())}))
"""


def tracked_files(*options: str) -> list[str]:
    if not (REPO / ".git").exists():
        pytest.skip("needs a git checkout")
    done = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", *options], capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def clean_copy(target: Path) -> Path:
    """The checkout without ignored files, as a fresh clone has it: setuptools reuses build/lib,
    so a wheel built in place could carry files an earlier build left there."""
    for name in tracked_files("--cached", "--others", "--exclude-standard"):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def test_every_source_asset_is_kept_once_in_resources() -> None:
    files = tracked_files()
    assert not [f for f in files if f.startswith("zoomdesk/resources/")]
    assets = [
        f
        for f in files
        if Path(f).name in ICON_FILES or f.endswith((".desktop", ".metainfo.xml.in"))
    ]
    assert sorted(assets) == sorted(
        [
            *(f"resources/icons/{name}" for name in ICON_FILES),
            "resources/linux/zoomdesk.desktop",
            "resources/linux/io.github.zoomdesk.ZoomDesk.metainfo.xml.in",
        ]
    )


@pytest.fixture
def venv(tmp_path: Path) -> Path:
    """A bare venv that sees this interpreter's packages (PySide6 …) but not its zoomdesk: a path
    line in a .pth file adds the folder without running the .pth files inside it (such as an
    editable install of another checkout). Install with --ignore-installed: pip sees that folder's
    zoomdesk metadata too."""
    root = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    python = root / "bin" / "python"
    if not python.exists():
        python = root / "Scripts" / "python.exe"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return python


def pip(python: Path, *args: str, cwd: Path = REPO) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check",
         "-q", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-4000:]


def probe(python: Path, cwd: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [str(python), "-c", PROBE],
        cwd=cwd,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.slow
def test_a_wheel_carries_the_app_icon_and_the_installed_app_finds_it(
    venv: Path, tmp_path: Path
) -> None:
    wheels = tmp_path / "wheels"
    source = clean_copy(tmp_path / "checkout")
    pip(venv, "wheel", "--no-deps", "--wheel-dir", str(wheels), ".", cwd=source)
    (wheel,) = wheels.glob("zoomdesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.removeprefix("zoomdesk/resources/") for n in names if "/resources/" in n} == (
        ICON_FILES
    )
    assert not [n for n in names if n.endswith(".desktop") or "render_pngs" in n]
    assert "zoomdesk/translations/zoomdesk_de.qm" in names  # package data

    pip(venv, "install", "--no-deps", "--ignore-installed", str(wheel))
    found = probe(venv, tmp_path)
    assert Path(str(found["package"])).is_relative_to(venv.parent.parent)
    assert found["sizes"] == [16, 24, 32, 48, 64, 128, 256]


@pytest.mark.slow
def test_an_editable_install_reads_the_icon_from_the_checkout(venv: Path, tmp_path: Path) -> None:
    pip(venv, "install", "--no-deps", "--ignore-installed", "--editable", ".")
    found = probe(venv, tmp_path)
    assert found["package"] == str(REPO / "zoomdesk" / "__init__.py")
    assert found["sizes"] == [16, 24, 32, 48, 64, 128, 256]
    # Nothing was copied into the checkout, so an edited icon shows without reinstalling.
    assert not (REPO / "zoomdesk" / "resources").exists()
