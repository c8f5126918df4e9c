"""Icons: the application icon (resources/icons/zoomdesk.svg and its PNGs, which the build copies
into zoomdesk/resources/) and a small set of line icons for the actions.

The action icons are drawn from SVG at paint time in the palette's text colour, so they are
sharp at any scale factor and follow a switch between light and dark themes; Windows and macOS
have no icon theme to borrow from, and the QStyle fallbacks do not say "copy link"."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

_HERE = Path(__file__).resolve()
# Where the app icon is: the package's copy (a wheel, the frozen app; setup.py and the PyInstaller
# spec put it there), else the source assets of a checkout run in place or installed with -e.
ICON_FOLDERS = (_HERE.parents[1] / "resources", _HERE.parents[2] / "resources" / "icons")
SIZES = (16, 24, 32, 48, 64, 128, 256)

# 24x24 strokes, in the style of common open icon sets.
SHAPES = {
    "new": '<rect x="3" y="5" width="18" height="16" rx="2"/>'
    '<path d="M3 10h18M8 3v4M16 3v4M12 13v6M9 16h6"/>',
    "edit": '<path d="M4 20h4L18.5 9.5a2.1 2.1 0 0 0-4-4L4 16z"/><path d="M13.5 6.5l4 4"/>',
    "duplicate": '<rect x="8" y="8" width="12" height="12" rx="2"/>'
    '<path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"/>',
    "delete": '<path d="M4 7h16M10 11v6M14 11v6M5.5 7l1 12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2l1-12'
    'M9 7V4h6v3"/>',
    "link": '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/>'
    '<path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>',
    "invitation": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
    "calendar": '<rect x="3" y="5" width="18" height="16" rx="2"/>'
    '<path d="M3 10h18M8 3v4M16 3v4M12 12.5v6M9.5 16l2.5 2.5 2.5-2.5"/>',
    "refresh": '<path d="M20 11a8 8 0 0 0-14.8-3.5M4 4v4h4"/>'
    '<path d="M4 13a8 8 0 0 0 14.8 3.5M20 20v-4h-4"/>',
    "find": '<circle cx="11" cy="11" r="6"/><path d="M20 20l-4.5-4.5"/>',
    "quit": '<path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4M10 8l-4 4 4 4M6 12h10"/>',
    "about": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>',
    "lock": '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>',
}


def icon_folder() -> Path | None:
    """The first folder that holds the app icon (a leftover zoomdesk/resources/ holding only
    __pycache__ does not count)."""
    for folder in ICON_FOLDERS:
        if (folder / "zoomdesk.svg").is_file() or any(folder.glob("zoomdesk-*.png")):
            return folder
    return None


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    folder = icon_folder()
    if folder is None:
        return icon
    for size in SIZES:
        path = folder / f"zoomdesk-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    svg = folder / "zoomdesk.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


class LineIconEngine(QIconEngine):
    def __init__(self, shape: str) -> None:
        super().__init__()
        self.shape = shape

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        color = QGuiApplication.palette().color(group, QPalette.ColorRole.WindowText)
        svg = (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
            f'stroke="{color.name()}" stroke-width="1.8" stroke-linecap="round" '
            f'stroke-linejoin="round">{SHAPES[self.shape]}</svg>'
        )
        QSvgRenderer(QByteArray(svg.encode())).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.shape)


def icon(name: str) -> QIcon:
    return QIcon(LineIconEngine(name))
