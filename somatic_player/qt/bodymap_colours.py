"""The body map's colours: the 0-10 fill scale, readable ink on it, and the map's theme colours.

Rated regions are filled from a sequential scale that changes mostly in lightness (pale yellow
to dark brown on light themes, the reverse on dark ones), so it reads the same with any
colour-vision difference; the widget always writes the number too, so colour is never the only
signal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from somatic_player.qt.theme import COLORS, contrast_ratio, mix, relative_luminance

# Sequential scales, 1..10 spread over the stops (ColorBrewer YlOrBr). Dark themes run dark to
# bright, so more pain always stands out more from the figure.
_LIGHT_STOPS = (
    "#fff7bc",
    "#fee391",
    "#fec44f",
    "#fe9929",
    "#ec7014",
    "#cc4c02",
    "#993404",
    "#662506",
)
_DARK_STOPS = (
    "#5b2c0c",
    "#7f3a08",
    "#a4480a",
    "#c95d12",
    "#e97b1d",
    "#f8a236",
    "#fcc861",
    "#feeaa0",
)
_ZERO_LIGHT, _ZERO_DARK = "#fffbe6", "#3a3a34"  # 0: the faintest tint, not the empty figure
_INK_DARK, _INK_LIGHT = "#111111", "#ffffff"


def rating_colour(value: float, *, dark: bool) -> QColor:
    """The fill for a 0-10 value (fractions allowed, for averages); 0 is the faintest tint."""
    stops = _DARK_STOPS if dark else _LIGHT_STOPS
    if value <= 0:
        return QColor(_ZERO_DARK if dark else _ZERO_LIGHT)
    position = (min(value, 10.0) - 1.0) / 9.0 * (len(stops) - 1)
    low = max(0, min(len(stops) - 2, math.floor(position)))
    return mix(QColor(stops[low + 1]), QColor(stops[low]), max(0.0, position - low))


def text_on(fill: QColor) -> QColor:
    """Near-black or white, whichever reads better on ``fill``."""
    on_dark = contrast_ratio(_INK_LIGHT, fill.name()) > contrast_ratio(_INK_DARK, fill.name())
    return QColor(_INK_LIGHT if on_dark else _INK_DARK)


@dataclass(frozen=True)
class MapColours:
    """What the map is painted with, taken from the palette and the theme."""

    base: QColor
    text: QColor
    muted: QColor
    edge: QColor
    outline: QColor
    hover: QColor
    selected: QColor
    focus: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> MapColours:
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        dark = relative_luminance(base.name()) < 0.25
        theme = _app_theme()
        # Qt gives PlaceholderText half alpha under a style sheet: take the theme's own colours.
        focus = QColor(COLORS[theme].focus) if theme else palette.color(role.Link)
        muted = QColor(COLORS[theme].muted_text) if theme else mix(text, base, 0.72)
        return cls(
            base=base,
            text=text,
            muted=muted,
            edge=mix(palette.color(role.Mid), base, 0.75),
            outline=mix(text, base, 0.8),
            hover=mix(palette.color(role.Highlight), base, 0.9 if dark else 0.75),
            selected=palette.color(role.Accent),
            focus=focus,
            dark=dark,
        )


def _app_theme() -> str | None:
    """The theme the application shows (``apply_theme`` records it), if any."""
    app = QApplication.instance()
    name = app.property("somaticTheme") if app is not None else None
    return name if isinstance(name, str) and name in COLORS else None
