"""Looks shared by the debug panel and the doctor: monospace text, palette-derived tints (so
light and dark themes both read well), severity icons, and small HTML helpers."""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from zoomdesk.core.doctor.findings import Severity

# Hues mixed into the palette's base colour at low strength: subtle in light and dark themes.
_RED, _AMBER, _GREEN = QColor(214, 48, 49), QColor(230, 150, 0), QColor(40, 160, 80)


def mono_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def error_tint(palette: QPalette | None = None) -> QColor:
    return blend(_palette(palette).color(QPalette.ColorRole.Base), _RED, 0.16)


def warning_tint(palette: QPalette | None = None) -> QColor:
    return blend(_palette(palette).color(QPalette.ColorRole.Base), _AMBER, 0.16)


def ok_tint(palette: QPalette | None = None) -> QColor:
    return blend(_palette(palette).color(QPalette.ColorRole.Base), _GREEN, 0.12)


def highlight_tint(palette: QPalette | None = None) -> QColor:
    """For the headers worth a look (tracking id, rate limits): from the selection colour."""
    pal = _palette(palette)
    return blend(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight), 0.2)


def severity_tint(severity: Severity | None, palette: QPalette | None = None) -> QColor:
    if severity is Severity.ERROR:
        return error_tint(palette)
    if severity is Severity.WARNING:
        return warning_tint(palette)
    if severity is Severity.INFO:
        return highlight_tint(palette)
    return ok_tint(palette)


def severity_icon(severity: Severity | None) -> QIcon:
    pixmap = {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        None: QStyle.StandardPixmap.SP_DialogApplyButton,
    }[severity]
    return QApplication.style().standardIcon(pixmap)


def severity_text(severity: Severity | None) -> str:
    """Words as well as colour and icon, so the state never rests on colour alone."""
    return {
        Severity.ERROR: "✗ Problem",
        Severity.WARNING: "! Warning",
        Severity.INFO: "i Note",
        None: "✓ OK",
    }[severity]


def rich(text: str) -> str:
    """Plain text with `code` spans, as HTML."""
    escaped = html.escape(text)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped).replace("\n", "<br>")
