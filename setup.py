"""The one build step pyproject.toml cannot declare: the app icon lives in resources/icons/ (the
source assets, see resources/README.md) and the package needs a copy in zoomdesk/resources/, which
git does not track. Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ICONS = Path(__file__).resolve().parent / "resources" / "icons"
PACKAGE_FOLDER = Path("zoomdesk", "resources")


class BuildPyWithResources(build_py):
    """Copies the icon's SVG and PNGs into the built package (wheel, `pip install .`).

    An editable install builds nothing into the source tree: zoomdesk/ui/icons.py reads
    resources/icons/ in place there, so an edited icon shows without reinstalling."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / PACKAGE_FOLDER
        self.mkpath(str(target))
        for source in icon_files():
            self.copy_file(str(source), str(target / source.name))


def icon_files() -> list[Path]:
    files = sorted([*ICONS.glob("zoomdesk.svg"), *ICONS.glob("zoomdesk-*.png")])
    if not files:
        raise SystemExit(f"setup.py: no app icon in {ICONS}")
    return files


setup(cmdclass={"build_py": BuildPyWithResources})
