"""Render zoomdesk.svg to the PNG sizes installers and window managers ask for.

Run after editing the SVG: `python resources/icons/render_pngs.py` (it overwrites every PNG here).
The PNGs are committed, so building the package needs no SVG renderer; the build copies them into
zoomdesk/resources/ (setup.py) and packaging/make_icons.py derives the installers' icons."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, renderer: QSvgRenderer) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(HERE / "zoomdesk.svg"))
    if not renderer.isValid():
        sys.stderr.write("zoomdesk.svg is not a valid SVG\n")
        return 1
    for size in SIZES:
        target = HERE / f"zoomdesk-{size}.png"
        if not render(size, renderer).save(str(target)):
            sys.stderr.write(f"cannot write {target}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
