"""Window sizes bounded by the screen the window is on (issue 16, item 9): at 150% on a
1920x1080 screen (1280x720 logical) a 1200 px tall form put its Save button off-screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SHARE = 0.92  # of the available area: room for the title bar and a little desktop around


def available_area(widget: QWidget) -> QRect:
    """The screen area windows may use (without taskbars and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def bounded(widget: QWidget, width: int, height: int) -> QSize:
    area = available_area(widget)
    return QSize(min(width, int(area.width() * SHARE)), min(height, int(area.height() * SHARE)))


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the wanted size, or to what the screen has room for; minimums shrink too."""
    size = bounded(widget, width, height)
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), size.width()), min(minimum.height(), size.height()))
    widget.resize(size)


def keep_on_screen(widget: QWidget) -> None:
    """A geometry restored from a larger screen is shrunk and moved back onto this one."""
    area = available_area(widget)
    size = bounded(widget, widget.width(), widget.height())
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)
