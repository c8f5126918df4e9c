"""Make every icon the installers need from the app icon in resources/icons/.

    python packaging/make_icons.py OUT_DIR

writes
    OUT_DIR/hicolor/<N>x<N>/apps/zoomdesk.png   N = 16 … 512   (Linux icon theme)
    OUT_DIR/hicolor/scalable/apps/zoomdesk.svg                (when there is an SVG)
    OUT_DIR/zoomdesk.png                         256 px        (AppImage)
    OUT_DIR/zoomdesk.ico                         16 … 256 px   (Windows exe, installer, shortcuts)
    OUT_DIR/zoomdesk.icns                        16 … 1024 px  (macOS bundle)

A hand-drawn `zoomdesk-<N>.png` next to the SVG wins at its size (small sizes are usually
pixel-tuned); other sizes are rendered from `zoomdesk.svg` with Qt (offscreen, no display needed),
or scaled down from the largest PNG when there is no SVG. The .ico and .icns writers are a few
lines each (PNG-compressed entries, readable since Windows Vista and OS X 10.7), so no Pillow and
no macOS-only `iconutil`.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import sys
from pathlib import Path

# The icon name in the theme, as zoomdesk.desktop's Icon= says.
ICON_NAME = "zoomdesk"
REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "resources" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, and their pixel size.
ICNS_TYPES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic11": 32,  # 16@2x
    b"icp6": 64,
    b"ic12": 64,  # 32@2x
    b"ic07": 128,
    b"ic08": 256,
    b"ic13": 256,  # 128@2x
    b"ic09": 512,
    b"ic14": 512,  # 256@2x
    b"ic10": 1024,  # 512@2x
}


def find_sources() -> tuple[Path | None, dict[int, Path]]:
    svg = SOURCE / "zoomdesk.svg"
    pngs = {}
    for png in SOURCE.glob("zoomdesk-*.png"):
        match = re.fullmatch(r"zoomdesk-(\d+)\.png", png.name)
        if match:
            pngs[int(match.group(1))] = png
    if svg.is_file() or pngs:
        return (svg if svg.is_file() else None), pngs
    raise SystemExit(
        "make_icons: no app icon found. Expected resources/icons/zoomdesk.svg or "
        "resources/icons/zoomdesk-<size>.png."
    )


class Renderer:
    def __init__(self, svg: Path | None, pngs: dict[int, Path]) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication, QImage

        self._app = QGuiApplication.instance() or QGuiApplication(["make_icons"])
        self.pngs = pngs
        self.svg = None
        if svg is not None:
            from PySide6.QtSvg import QSvgRenderer

            self.svg = QSvgRenderer(str(svg))
            if not self.svg.isValid():
                raise SystemExit(f"make_icons: {svg} is not a valid SVG")
        self.largest = QImage(str(pngs[max(pngs)])) if pngs else None

    def png(self, size: int) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
        from PySide6.QtGui import QImage, QPainter

        if size in self.pngs:
            return self.pngs[size].read_bytes()
        if self.svg is not None:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self.svg.render(painter, QRectF(0, 0, size, size))
            painter.end()
        else:
            assert self.largest is not None
            image = self.largest.scaled(
                size,
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"make_icons: cannot encode the {size} px icon")
        return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size, the PNG data; 256 is written as 0 in the byte fields."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        byte = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", byte, byte, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: make_icons.py OUT_DIR\n")
        return 2
    out = Path(argv[0])
    svg, pngs = find_sources()
    renderer = Renderer(svg, pngs)
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = renderer.png(size)
        return cache[size]

    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png(size))
    if svg is not None:
        scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
    (out / "zoomdesk.png").write_bytes(png(256))
    (out / "zoomdesk.ico").write_bytes(ico({size: png(size) for size in ICO_SIZES}))
    (out / "zoomdesk.icns").write_bytes(icns({kind: png(n) for kind, n in ICNS_TYPES.items()}))
    source = svg or pngs[max(pngs)]
    print(f"make_icons: {out} from {source.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
