"""Colours derived from the system palette, so light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    def mix(a: float, b: float) -> float:
        return a + (b - a) * amount

    return QColor.fromRgbF(
        mix(base.redF(), tint.redF()),
        mix(base.greenF(), tint.greenF()),
        mix(base.blueF(), tint.blueF()),
    )


def readable_placeholders(palette: QPalette) -> QPalette:
    """Placeholder text paler than real text in every state. Qt's default disabled placeholder
    is the *active* one (black on Fusion), so a form disabled while it saves showed its
    placeholders darker than the values typed next to them."""
    fixed = QPalette(palette)
    group, role = QPalette.ColorGroup.Disabled, QPalette.ColorRole
    text, base = palette.color(group, role.Text), palette.color(group, role.Base)
    fixed.setColor(group, role.PlaceholderText, blend(text, base, 0.45))
    return fixed


def error_color(palette: QPalette) -> QColor:
    """A red for text that reads on the window colour (dark red on light, light on dark)."""
    return QColor.fromHslF(0.0, 0.7, 0.72 if is_dark(palette) else 0.4)


def muted_color(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def tint_for(kind: str, palette: QPalette) -> QColor:
    """A banner's tint: the highlight colour for information and the sandbox, a red or amber
    whose lightness follows the window colour."""
    if kind == "error":
        return QColor.fromHslF(0.0, 0.65, 0.6 if is_dark(palette) else 0.45)
    if kind == "warning":
        return QColor.fromHslF(0.11, 0.8, 0.55 if is_dark(palette) else 0.45)
    return palette.color(QPalette.ColorRole.Highlight)
