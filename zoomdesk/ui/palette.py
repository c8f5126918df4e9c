"""Colours derived from the system palette, so light and dark themes both read well.

Every colour the app draws text or a focus indicator with comes from here, checked against the
background it is drawn on with WCAG 2.1's contrast ratio (issue 16): 4.5:1 for text, 3:1 for
focus indicators and the parts of controls (success criteria 1.4.3 and 1.4.11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


TEXT_CONTRAST = 4.5
UI_CONTRAST = 3.0


def luminance(colour: QColor) -> float:
    """WCAG 2.1's relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def opaque(colour: QColor, ground: QColor) -> QColor:
    """A translucent colour as it shows on `ground` (Fusion's placeholder is 50% black)."""
    solid = QColor(colour)
    solid.setAlphaF(1.0)
    return blend(ground, solid, colour.alphaF())


def contrast(one: QColor, other: QColor) -> float:
    one = opaque(one, other)
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def with_contrast(colour: QColor, *backgrounds: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """`colour`, made darker (on light backgrounds) or lighter (on dark ones) in small steps
    until it reaches `minimum` against every background; its hue is kept."""
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    colour = opaque(colour, backgrounds[0])
    hue, saturation, lightness, alpha = (
        colour.hslHueF(),
        colour.hslSaturationF(),
        colour.lightnessF(),
        colour.alphaF(),
    )
    for _ in range(100):
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
        if all(contrast(candidate, b) >= minimum for b in backgrounds):
            return candidate
        if lightness in (0.0, 1.0):
            break
        lightness = min(1.0, lightness + 0.01) if dark_ground else max(0.0, lightness - 0.01)
    return QColor(Qt.GlobalColor.white if dark_ground else Qt.GlobalColor.black)


def text_grounds(palette: QPalette) -> tuple[QColor, QColor]:
    """Labels sit on the window colour, text in fields on the base colour."""
    role = QPalette.ColorRole
    return palette.color(role.Window), palette.color(role.Base)


def readable_placeholders(palette: QPalette) -> QPalette:
    """Placeholder text paler than real text in every state. Qt's default disabled placeholder
    is the *active* one (black on Fusion), so a form disabled while it saves showed its
    placeholders darker than the values typed next to them."""
    fixed = QPalette(palette)
    group, role = QPalette.ColorGroup.Disabled, QPalette.ColorRole
    text, base = palette.color(group, role.Text), palette.color(group, role.Base)
    fixed.setColor(group, role.PlaceholderText, blend(text, base, 0.45))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        placeholder = palette.color(group, role.PlaceholderText)
        fixed.setColor(
            group, role.PlaceholderText, with_contrast(placeholder, *text_grounds(palette))
        )
    return fixed


def error_color(palette: QPalette) -> QColor:
    """A red for text that reads on the window colour (dark red on light, light on dark)."""
    red = QColor.fromHslF(0.0, 0.7, 0.72 if is_dark(palette) else 0.4)
    return with_contrast(red, *text_grounds(palette))


def muted_color(palette: QPalette) -> QColor:
    """Hints, counters, "Can't save": paler than the text, still readable."""
    return with_contrast(palette.color(QPalette.ColorRole.PlaceholderText), *text_grounds(palette))


def mask_color(palette: QPalette) -> QColor:
    """The bar over a secret: a control part (3:1 on the field), never the text colour itself
    (a white bar in a dark theme)."""
    base = palette.color(QPalette.ColorRole.Base)
    grey = blend(base, palette.color(QPalette.ColorRole.Text), 0.5)
    return with_contrast(grey, base, minimum=UI_CONTRAST)


def focus_color(palette: QPalette, *, selected: bool = False) -> QColor:
    """The ring around the current cell: 3:1 on the row it is drawn in."""
    role = QPalette.ColorRole
    if selected:
        ring, ground = palette.color(role.HighlightedText), palette.color(role.Highlight)
    else:
        ring, ground = palette.color(role.Highlight), palette.color(role.Base)
    return with_contrast(ring, ground, minimum=UI_CONTRAST)


def tint_for(kind: str, palette: QPalette) -> QColor:
    """A banner's tint: the highlight colour for information and the sandbox, a red or amber
    whose lightness follows the window colour."""
    if kind == "error":
        return QColor.fromHslF(0.0, 0.65, 0.6 if is_dark(palette) else 0.45)
    if kind == "warning":
        return QColor.fromHslF(0.11, 0.8, 0.55 if is_dark(palette) else 0.45)
    return palette.color(QPalette.ColorRole.Highlight)
