"""Fast checks of the installer recipes in packaging/: one version everywhere, valid desktop
metadata, usable icons, the frozen entry point's environment fixes and the uninstaller's clean-up.
The full build is tested in test_build_linux.py (slow)."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import zoomdesk

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = REPO / "resources" / "linux"  # the menu entry and the AppStream template
APP_ID = "io.github.zoomdesk.ZoomDesk"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def load(name: str) -> ModuleType:
    """A packaging/ script as a module (by path: that folder is not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version = load("version")


def test_version_py_reports_the_version_set_in_zoomdesk() -> None:
    assert version.project_version() == zoomdesk.__version__
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "version.py")], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == zoomdesk.__version__


@pytest.mark.parametrize(
    ("pep440", "deb", "numeric", "numeric4"),
    [
        ("0.1.0", "0.1.0", "0.1.0", "0.1.0.0"),
        ("1.2", "1.2", "1.2.0", "1.2.0.0"),
        ("1.2.0rc1", "1.2.0~rc1", "1.2.0", "1.2.0.0"),
        ("1.2.0.dev3", "1.2.0~~dev3", "1.2.0", "1.2.0.0"),
        ("1.2.0rc1.dev3", "1.2.0~rc1~dev3", "1.2.0", "1.2.0.0"),
        ("1.2.0.post1", "1.2.0+post1", "1.2.0", "1.2.0.0"),
    ],
)
def test_each_platform_gets_the_version_in_its_own_spelling(
    pep440: str, deb: str, numeric: str, numeric4: str
) -> None:
    assert version.spell(pep440, "deb") == deb
    assert version.spell(pep440, "numeric") == numeric
    assert version.spell(pep440, "numeric4") == numeric4


def test_a_non_canonical_version_is_refused() -> None:
    with pytest.raises(ValueError):
        version.spell("1.0-beta", "deb")


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_debian_versions_sort_like_the_python_versions() -> None:
    ordered = [
        "1.0.dev1", "1.0a1.dev1", "1.0a1", "1.0b2", "1.0rc1", "1.0",
        "1.0.post1.dev1", "1.0.post1", "1.1",
    ]  # fmt: skip
    debs = [version.spell(v, "deb") for v in ordered]
    for older, newer in itertools.pairwise(debs):
        assert subprocess.run(["dpkg", "--compare-versions", older, "lt", newer]).returncode == 0


def test_no_recipe_writes_down_a_version_of_its_own() -> None:
    iss = (PACKAGING / "windows" / "zoomdesk.iss").read_text()
    assert "AppVersion={#AppVersion}" in iss
    assert not re.search(r"^\s*AppVersion=\d", iss, re.MULTILINE)
    assert "@VERSION@" in (LINUX / f"{APP_ID}.metainfo.xml.in").read_text()
    assert "version_py.project_version()" in (PACKAGING / "zoomdesk.spec").read_text()
    for script in ("build-linux", "windows/build-windows.ps1", "macos/build-macos"):
        assert "version.py" in (PACKAGING / script).read_text(), script


def test_the_gpo_script_looks_for_the_installers_app_id() -> None:
    iss = (PACKAGING / "windows" / "zoomdesk.iss").read_text()
    match = re.search(r"AppId=\{\{([0-9A-F-]{36})\}", iss)
    assert match is not None
    deploy = (PACKAGING / "windows" / "deploy-zoomdesk.cmd").read_text()
    assert f"{{{match.group(1)}}}_is1" in deploy


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_is_valid() -> None:
    desktop = LINUX / "zoomdesk.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    assert "Icon=zoomdesk" in desktop.read_text()


def test_the_menu_entry_is_named_as_the_app_tells_the_window_system() -> None:
    """Docks match windows to menu entries by this name (Wayland app id, X11 WM class)."""
    app_py = (REPO / "zoomdesk" / "ui" / "launch.py").read_text()
    match = re.search(r'setDesktopFileName\("([^"]+)"\)', app_py)
    assert match is not None
    assert (LINUX / f"{match.group(1)}.desktop").is_file()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_the_software_centre_metadata_is_valid(tmp_path: Path) -> None:
    template = (LINUX / f"{APP_ID}.metainfo.xml.in").read_text()
    metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    metainfo.write_text(template.replace("@VERSION@", "1.0").replace("@DATE@", "2026-01-01"))
    subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)


def test_icons_are_made_for_every_platform(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "zoomdesk.png"
        data = png.read_bytes()
        assert data.startswith(PNG_SIGNATURE)
        assert struct.unpack(">II", data[16:24]) == (size, size)  # IHDR width, height

    ico = (tmp_path / "zoomdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = set()
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        sizes.add(width or 256)
        assert ico[offset : offset + 8] == PNG_SIGNATURE and offset + length <= len(ico)
    assert sizes == {16, 24, 32, 48, 64, 128, 256}

    icns = (tmp_path / "zoomdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kinds.append(icns[position : position + 4])
        assert icns[position + 8 : position + 16] == PNG_SIGNATURE
        position += struct.unpack(">I", icns[position + 4 : position + 8])[0]
    assert b"ic10" in kinds and b"icp4" in kinds  # 1024 px and 16 px


def test_programs_started_by_the_frozen_app_get_the_users_library_path() -> None:
    """The bootloader prepends the bundle to LD_LIBRARY_PATH; a browser opened from the app must
    not load the bundle's libraries."""
    probe = (
        "import os, runpy, sys; sys.frozen = True; "
        f"runpy.run_path({str(PACKAGING / 'zoomdesk_entry.py')!r}, run_name='probe'); "
        "print(os.environ.get('LD_LIBRARY_PATH', '<unset>'), os.environ.get('QT_API'))"
    )

    def run(**env: str) -> str:
        base = {k: v for k, v in os.environ.items() if not k.startswith("LD_LIBRARY_PATH")}
        done = subprocess.run(
            [sys.executable, "-c", probe], env={**base, **env}, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    if not sys.platform.startswith("linux"):
        pytest.skip("LD_LIBRARY_PATH is a Linux matter")
    assert run(LD_LIBRARY_PATH="/bundle") == "<unset> pyside6"
    assert run(LD_LIBRARY_PATH="/bundle:/mine", LD_LIBRARY_PATH_ORIG="/mine") == "/mine pyside6"


def test_the_uninstallers_clean_up_removes_secrets_and_settings(
    memory_keyring: object, app_paths: object
) -> None:
    from zoomdesk.core.paths import AppPaths
    from zoomdesk.core.profiles import Profile, ProfileStore

    paths = AppPaths.default()
    store = ProfileStore(paths.profiles_file)
    for name in ("work", "test"):
        store.put(Profile(name, "account", "client"), make_default=False)
    import keyring

    keyring.set_password("zoomdesk", "work", "secret-1")
    keyring.set_password("zoomdesk", "test", "secret-2")
    keyring.set_password("another-app", "work", "not ours")
    paths.data.mkdir(parents=True, exist_ok=True)
    paths.log.mkdir(parents=True, exist_ok=True)

    entry = load("zoomdesk_entry")
    assert entry.remove_user_data() == 0

    assert keyring.get_password("zoomdesk", "work") is None
    assert keyring.get_password("zoomdesk", "test") is None
    assert keyring.get_password("another-app", "work") == "not ours"
    assert not paths.config.exists() and not paths.data.exists() and not paths.log.exists()


def test_the_pinned_build_versions_satisfy_pyproject() -> None:
    """packaging/constraints.txt pins what installers bundle; a pin outside pyproject's ranges
    would make every installer build fail (or bundle a version the app was not tested with)."""
    import tomllib

    # The PyPI package "packaging", not the repository's packaging/ folder (which has no
    # __init__.py, so a regular package of that name always wins the import).
    from packaging import requirements, utils

    pins = {}
    for line in (PACKAGING / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, pinned = line.split("==")
            pins[utils.canonicalize_name(name)] = pinned
    with (REPO / "pyproject.toml").open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    for text in dependencies:
        requirement = requirements.Requirement(text)
        name = utils.canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned in packaging/constraints.txt"
        if requirement.marker is None or requirement.marker.evaluate():
            assert requirement.specifier.contains(pins[name], prereleases=True), text
