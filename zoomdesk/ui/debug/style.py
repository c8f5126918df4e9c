"""Looks shared by the debug panel and the doctor: monospace text, palette-derived tints (so
light and dark themes both read well), severity icons, and small HTML helpers."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from functools import lru_cache

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from zoomdesk.core.doctor.findings import Severity
from zoomdesk.core.i18n import dates, translate_marked, translate_noop

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
    return translate_marked("DebugSeverity", _SEVERITY_WORDS[severity])


_SEVERITY_WORDS = {
    Severity.ERROR: translate_noop("DebugSeverity", "✗ Problem"),
    Severity.WARNING: translate_noop("DebugSeverity", "! Warning"),
    Severity.INFO: translate_noop("DebugSeverity", "i Note"),
    None: translate_noop("DebugSeverity", "✓ OK"),
}


def rich(text: str) -> str:
    """Plain text with `code` spans, as HTML."""
    escaped = html.escape(text)
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped).replace("\n", "<br>")


# --- times of exchanges: to the second, the way the user's locale writes a clock --------------


@lru_cache(maxsize=8)
def _seconds_pattern(locale_name: str, milliseconds: bool) -> str:
    """The locale's long time format without its time zone (`h:mm:ss AP`, `H時mm分ss秒`): the
    short one drops the seconds, which matter when exchanges are a second apart."""
    pattern = QLocale(locale_name).timeFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"\s*\(?t+\)?\s*", " ", pattern).strip()
    return pattern.replace("ss", "ss.zzz", 1) if milliseconds else pattern


def clock(moment: datetime, *, milliseconds: bool = False) -> str:
    """`moment` in local time as a clock reading with seconds (`9:41:05 AM`, `09:41:05`)."""
    local = moment.astimezone()
    time = QTime(local.hour, local.minute, local.second, local.microsecond // 1000)
    locale = QLocale()
    return locale.toString(time, _seconds_pattern(locale.name(), milliseconds))


def utc_clock(moment: datetime) -> str:
    """`moment` as a UTC clock reading with seconds, in the user's locale's way."""
    utc = moment.astimezone(UTC) if moment.tzinfo is not None else moment  # naive: UTC
    time = QTime(utc.hour, utc.minute, utc.second)
    locale = QLocale()
    return locale.toString(time, _seconds_pattern(locale.name(), False))


def date_and_clock(moment: datetime, *, milliseconds: bool = False) -> str:
    """The local date (the locale's medium date) and the clock with seconds."""
    return f"{dates().date(moment.astimezone())} {clock(moment, milliseconds=milliseconds)}"
