"""Themes: the light, dark and high-contrast style sheets, their palettes, and larger text.

A theme is two things kept in step: ``ui/themes/<name>.qss`` styles the widgets by object name,
and :data:`COLORS` gives the same colours to the application palette, which paints whatever the
style sheet does not reach (pop-up lists, tooltips, the routine list's own delegate). Contrast of
every text colour on its background is computed in the tests: at least 4.5:1 (WCAG AA) for light
and dark, 7:1 (WCAG AAA) for high contrast.

Sizes in the style sheets are in points so they follow the desktop's scaling; the base is 12 pt
(16 px at 96 dpi) and every ``font-size`` is multiplied by the person's text scale.

The ``system_prefers_*`` helpers ask Qt what the desktop wants and return ``None`` when Qt cannot
tell (older Qt, or a platform that does not say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from somatic_player import resources
from somatic_player._logs import logger
from somatic_player.core.preferences import Theme, bounds, choices
from somatic_player.resources import ui_dir

BASE_FONT_PT = 12.0
THEMES: tuple[str, ...] = choices("theme")
# Style sheets name their images ``url(somatic-theme:<theme>-arrow-down.svg)``.
ICON_PREFIX = "somatic-theme"


@dataclass(frozen=True)
class ThemeColors:
    """The colours a theme is built from (``#rrggbb``); the .qss files use the same values."""

    window: str  # page background
    surface: str  # panels, fields, lists
    text: str
    muted_text: str  # hints and secondary lines; still readable on window and surface
    accent: str  # the default button
    accent_text: str
    focus: str  # focus ring
    border: str
    highlight: str  # selected item
    highlighted_text: str
    link: str
    disabled_text: str


# One row of colours per theme, made into ThemeColors below (every field is required there).
_COLOUR_ROWS: dict[str, dict[str, str]] = {
    "light": {
        "window": "#f5f3ee",
        "surface": "#ffffff",
        "text": "#2b2f2e",
        "muted_text": "#565d5a",
        "accent": "#3f6654",
        "accent_text": "#ffffff",
        "focus": "#2f6fb0",
        "border": "#818b86",
        "highlight": "#dce9e1",
        "highlighted_text": "#1f2a25",
        "link": "#2d5f86",
        "disabled_text": "#737976",
    },
    "dark": {
        "window": "#1b1f1e",
        "surface": "#252b29",
        "text": "#e7ebe9",
        "muted_text": "#aeb8b3",
        "accent": "#8cc7a9",
        "accent_text": "#10201a",
        "focus": "#7fb8f0",
        "border": "#75807b",
        "highlight": "#36524a",
        "highlighted_text": "#f4f7f5",
        "link": "#94c6f2",
        "disabled_text": "#8d9792",
    },
    "high-contrast": {
        "window": "#000000",
        "surface": "#000000",
        "text": "#ffffff",
        "muted_text": "#e8e8e8",
        "accent": "#ffe14d",
        "accent_text": "#000000",
        "focus": "#ffe14d",
        "border": "#ffffff",
        "highlight": "#ffe14d",
        "highlighted_text": "#000000",
        "link": "#8fd3ff",
        "disabled_text": "#bdbdbd",
    },
}
COLORS: dict[str, ThemeColors] = {name: ThemeColors(**row) for name, row in _COLOUR_ROWS.items()}

# Text that must be readable, and what it is drawn on. Tests check these and the .qss files.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "window"),
    ("text", "surface"),
    ("muted_text", "window"),
    ("muted_text", "surface"),
    ("accent_text", "accent"),
    ("highlighted_text", "highlight"),
    ("link", "surface"),
)
MIN_CONTRAST: dict[str, float] = {"light": 4.5, "dark": 4.5, "high-contrast": 7.0}


def theme_path(theme: str) -> Path:
    return ui_dir() / "themes" / f"{theme}.qss"


_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)pt")


def scale_font_sizes(qss: str, text_scale: float) -> str:
    """Multiply every ``font-size: Npt`` in a style sheet by ``text_scale``."""

    def scaled(match: re.Match[str]) -> str:
        return f"{match.group(1)}{float(match.group(2)) * text_scale:.1f}pt"

    return _FONT_SIZE.sub(scaled, qss)


_MIN_HEIGHT = re.compile(r"(min-height\s*:\s*)(\d+)px")


def fit_min_heights(qss: str, line_px: int) -> str:
    """Raise every ``min-height: Npx`` in a style sheet to at least one line of text.

    The theme's minimums keep buttons, lists and check boxes 44 px tall at normal text; a
    layout short of room shrinks a widget to its minimum, so at large text a minimum under one
    line let a dialog cut its buttons' words in half (the text is 38 px tall at 200%).
    """
    return _MIN_HEIGHT.sub(lambda m: f"{m.group(1)}{max(int(m.group(2)), line_px)}px", qss)


def load_stylesheet(theme: str, text_scale: float = 1.0, line_px: int = 0) -> str:
    """The theme's style sheet with fonts scaled and minimum heights at least ``line_px`` (one
    line of the app's text); ``""`` (and a warning) if it cannot be read."""
    path = theme_path(theme)
    try:
        qss = path.read_text(encoding="utf-8")
    except OSError as exc:
        logger(__name__).warning("theme %s not loaded: %s", path, exc)
        return ""
    return fit_min_heights(scale_font_sizes(qss, text_scale), line_px)


_ICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">'
    '<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="{stroke}" '
    'stroke-linecap="round" stroke-linejoin="round"/></svg>'
)
# Image name -> (polyline, the ThemeColors field it is drawn in, stroke width).
_ICONS = {
    "arrow-down": ("3.5,6 8,10.5 12.5,6", "text", 2.2),
    "arrow-up": ("3.5,10 8,5.5 12.5,10", "text", 2.2),
    "arrow-right": ("6,3.5 10.5,8 6,12.5", "text", 2.2),
    "check": ("3,8.5 6.5,12 13,4.5", "accent_text", 2.6),  # on the accent: a ticked box
}
_icon_folder: list[Path] = []  # made once per process


def install_theme_icons() -> Path | None:
    """Write the images every theme uses and register the ``somatic-theme:`` prefix.

    Qt style sheets draw no combo-box, spin-box or tree arrow and no check-box tick unless given
    an image, and each must be in the theme's own colour, so they are written (a few hundred
    bytes each, named ``<theme>-<image>.svg``) to the cache folder in the data folder, once.
    Returns the folder, or None if it could not be made.
    """
    if _icon_folder:
        return _icon_folder[0]
    try:
        folder = resources.cache_dir() / "theme"
        folder.mkdir(exist_ok=True, mode=0o700)
        for theme, colours in COLORS.items():
            for name, (points, colour, stroke) in _ICONS.items():
                svg = _ICON_SVG.format(
                    points=points, colour=getattr(colours, colour), stroke=stroke
                )
                path = folder / f"{theme}-{name}.svg"
                if not path.is_file() or path.read_text(encoding="utf-8") != svg:
                    resources.write_private(path, svg)
    except OSError as exc:
        logger(__name__).warning("theme images not written: %s", exc)
        return None
    QDir.addSearchPath(ICON_PREFIX, str(folder))
    _icon_folder.append(folder)
    return folder


def palette_for(theme: str) -> QPalette:
    """A palette with the theme's colours, disabled text included."""
    c = COLORS[theme]
    palette = QPalette()
    role = QPalette.ColorRole
    for which, colour in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.window),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.BrightText, c.text),
        (role.Highlight, c.highlight),
        (role.HighlightedText, c.highlighted_text),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted_text),
        (role.Link, c.link),
        (role.LinkVisited, c.link),
        (role.Accent, c.accent),
        (role.Mid, c.border),
        (role.Dark, c.border),
    ):
        palette.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, which, QColor(c.disabled_text))
    return palette


def apply_theme(app: QApplication, theme: Theme | str, text_scale: float = 1.0) -> None:
    """Give the whole application this theme at this text scale; safe to call again live.

    An unknown theme name falls back to ``light``, an out-of-range scale is clamped, and a
    missing style sheet leaves the palette and font applied: a theme problem never stops the app.
    Calling it again with the theme and scale already shown does nothing, so it can be connected
    straight to ``SettingsDialog.preferences_changed``.
    """
    if theme not in COLORS:
        logger(__name__).warning("unknown theme %r; using light", theme)
        theme = "light"
    lo, hi = bounds("text_scale")
    text_scale = min(max(text_scale, lo), hi)
    if (
        app.property("somaticTheme") == theme
        and app.property("somaticTextScale") == text_scale
        and app.styleSheet()
    ):
        return  # already showing: a volume moved in the settings dialog must not restyle all
    install_theme_icons()
    app.setPalette(palette_for(theme))
    font = QFont(app.font())
    font.setPointSizeF(BASE_FONT_PT * text_scale)
    app.setFont(font)
    app.setStyleSheet(load_stylesheet(theme, text_scale, QFontMetrics(font).height()))
    app.setProperty("somaticTheme", theme)
    app.setProperty("somaticTextScale", text_scale)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")

    def linear(channel: str) -> float:
        s = int(channel, 16) / 255.0
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(value[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` (0-1) of ``colour`` over ``background``, as one opaque colour."""
    keep = 1.0 - amount
    return QColor(
        round(colour.red() * amount + background.red() * keep),
        round(colour.green() * amount + background.green() * keep),
        round(colour.blue() * amount + background.blue() * keep),
    )


def colour_names() -> tuple[str, ...]:
    """The fields of :class:`ThemeColors`, for tests and tools."""
    return tuple(f.name for f in fields(ThemeColors))


def system_prefers_dark() -> bool | None:
    """True/False when the desktop says dark or light (Qt 6.5+), else None."""
    from PySide6.QtCore import Qt  # not at import: the Qt namespace's enums are slow to build

    hints = QGuiApplication.styleHints()
    if hints is None or not hasattr(hints, "colorScheme"):
        return None
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return None


def system_prefers_reduced_motion() -> bool | None:
    """True when the desktop asks for less motion (Qt 6.10+ accessibility hints), else False;
    None when this Qt cannot tell."""
    return _accessibility_preference("motionPreference", "MotionPreference", "ReducedMotion")


def system_prefers_high_contrast() -> bool | None:
    """True when the desktop asks for high contrast (Qt 6.10+), else False; None if unknown."""
    return _accessibility_preference("contrastPreference", "ContrastPreference", "HighContrast")


def reduced_motion_active(choice: bool | None) -> bool:
    """The person's choice, or the desktop's when they chose to follow it (off if unknown)."""
    if choice is not None:
        return choice
    return bool(system_prefers_reduced_motion())


def _accessibility_preference(getter: str, enum: str, wanted: str) -> bool | None:
    """Whether ``styleHints().accessibility().<getter>()`` is ``Qt.<enum>.<wanted>``; None
    where this Qt (before 6.10) has no such hint. Looked up by name for that reason."""
    from PySide6.QtCore import Qt

    wanted_value = getattr(getattr(Qt, enum, None), wanted, None)
    # Keep the style hints wrapper alive while the accessibility hints are used: PySide
    # invalidates the child wrapper when its parent's wrapper is collected.
    style_hints = QGuiApplication.styleHints()
    if wanted_value is None or style_hints is None or not hasattr(style_hints, "accessibility"):
        return None
    hints = style_hints.accessibility()
    if hints is None or not hasattr(hints, getter):
        return None
    return bool(getattr(hints, getter)() == wanted_value)
