"""The clickable body map: front and back figures with the 74 CHOIR regions, rated 0-10.

The figures are read from ``ui/bodymap/<outline>-<view>.svg`` (written by
``tools/make_bodymap.py``): each region is a path with ``id="r<code>"`` and a label point, so this
module only parses paths into QPainterPaths and paints them, scaled to the widget with the aspect
kept. Rated regions are filled from a sequential scale that changes mostly in lightness (pale
yellow to dark brown on light themes, the reverse on dark ones) and always carry their number, so
colour is never the only signal. The mouse and the keyboard do the same things: arrows walk to
the nearest region in that direction (crossing between front and back), number keys rate,
Delete clears, W marks the worst area.
"""

from __future__ import annotations

import math
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal, cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from somatic_player.core.bodymap import REGIONS, View, describe
from somatic_player.core.checkin import QUALITIES, BodyMapRatings, RegionRating
from somatic_player.qt.theme import COLORS
from somatic_player.resources import ui_dir

OUTLINES: tuple[str, ...] = ("neutral", "female", "male")
ViewMode = Literal["both", "front", "back"]
VIEW_MODES: tuple[str, ...] = ("both", "front", "back")
VIEWS: tuple[View, View] = ("front", "back")
VIEW_GAP = 36.0  # figure units between the two views; also used for arrow-key geometry
TEN_WINDOW_S = 1.0  # "1" then "0" within this long gives 10
_SVG = "{http://www.w3.org/2000/svg}"
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_ARROWS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}
# Where the R/L badges sit, in figure units (beside the head), and the side each view shows left.
_BADGE_X, _BADGE_Y = 30.0, 58.0
_SCREEN_LEFT_SIDE: dict[View, str] = {"front": "R", "back": "L"}
_SIDE_WORD = {"R": "right", "L": "left"}
_TITLES: dict[View, tuple[str, str]] = {
    "front": ("Front", "as if facing you"),
    "back": ("Back", "as if seen from behind"),
}

# Sequential scales, 1..10 spread over the stops (ColorBrewer YlOrBr; lightness does the work,
# so they read the same with any colour-vision difference). Dark themes run dark to bright.
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


# -- figures ---------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class RegionShape:
    """One region of a loaded figure, in figure units."""

    code: int
    view: View
    path: QPainterPath
    label: QPointF  # well inside the region: where its number goes


@dataclass(frozen=True, eq=False)
class Figure:
    """Both views of one outline."""

    outline: str
    width: float
    height: float
    regions: Mapping[int, RegionShape]
    silhouettes: Mapping[View, QPainterPath]

    def nav_point(self, code: int) -> tuple[float, float]:
        """The region's label point with the back view placed to the right of the front."""
        shape = self.regions[code]
        shift = self.width + VIEW_GAP if shape.view == "back" else 0.0
        return shape.label.x() + shift, shape.label.y()


def figure_file(outline: str, view: View) -> str:
    return str(ui_dir() / "bodymap" / f"{outline}-{view}.svg")


@cache
def load_figure(outline: str) -> Figure:
    """Parse both SVG files of an outline (once per process)."""
    if outline not in OUTLINES:
        raise ValueError(f"outline must be one of {', '.join(OUTLINES)}, got {outline!r}")
    regions: dict[int, RegionShape] = {}
    silhouettes: dict[View, QPainterPath] = {}
    width = height = 0.0
    for view in VIEWS:
        root = ET.parse(figure_file(outline, view)).getroot()
        _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
        for element in root.iter(f"{_SVG}path"):
            ident = element.attrib.get("id", "")
            path = parse_path(element.attrib["d"])
            if ident == "outline":
                silhouettes[view] = path
            elif ident.startswith("r") and ident[1:].isdigit():
                code = int(ident[1:])
                label = QPointF(
                    float(element.attrib.get("data-label-x", path.boundingRect().center().x())),
                    float(element.attrib.get("data-label-y", path.boundingRect().center().y())),
                )
                regions[code] = RegionShape(code, view, path, label)
    missing = sorted(set(REGIONS) - set(regions))
    if missing:
        raise ValueError(f"the {outline} body map lacks regions {missing}")
    return Figure(
        outline,
        width,
        height,
        MappingProxyType(dict(sorted(regions.items()))),
        MappingProxyType(silhouettes),
    )


_TOKEN = re.compile(r"[MmLlHhVvCcQqZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "Z": 0}


def parse_path(d: str) -> QPainterPath:
    """An SVG path's ``d`` (M, L, H, V, C, Q, Z, absolute or relative) as a QPainterPath."""
    path = QPainterPath()
    tokens = _TOKEN.findall(d)
    x = y = start_x = start_y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
        upper = command.upper()
        if upper == "Z":
            path.closeSubpath()
            x, y = start_x, start_y
            continue
        if not command:
            raise ValueError(f"path data must start with a command: {d[:40]!r}")
        n = _ARITY[upper]
        args = [float(t) for t in tokens[i : i + n]]
        if len(args) < n:
            raise ValueError(f"path data ends inside a {command} command: {d[-40:]!r}")
        i += n
        rel = command.islower()
        if upper in "MLCQ":
            pts = [
                (args[k] + (x if rel else 0.0), args[k + 1] + (y if rel else 0.0))
                for k in range(0, n, 2)
            ]
            if upper == "M":
                path.moveTo(*pts[0])
                start_x, start_y = pts[0]
                command = "l" if rel else "L"  # further pairs are line-tos
            elif upper == "L":
                path.lineTo(*pts[0])
            elif upper == "C":
                path.cubicTo(QPointF(*pts[0]), QPointF(*pts[1]), QPointF(*pts[2]))
            else:
                path.quadTo(QPointF(*pts[0]), QPointF(*pts[1]))
            x, y = pts[-1]
        elif upper == "H":
            x = args[0] + (x if rel else 0.0)
            path.lineTo(x, y)
        else:
            y = args[0] + (y if rel else 0.0)
            path.lineTo(x, y)
    return path


def neighbour(figure: Figure, code: int, dx: float, dy: float) -> int | None:
    """The nearest region from ``code`` in direction (dx, dy), front and back side by side.

    Regions within about 60 degrees of the direction are preferred; if there are none, anything
    on that side will do, so every region stays reachable.
    """
    px, py = figure.nav_point(code)
    in_cone: tuple[float, int] | None = None
    on_side: tuple[float, int] | None = None
    for other in figure.regions:
        if other == code:
            continue
        x, y = figure.nav_point(other)
        along = (x - px) * dx + (y - py) * dy
        if along <= 1.0:
            continue
        across = abs((x - px) * dy - (y - py) * dx)
        score = along + 2.5 * across
        if across <= 1.8 * along and (in_cone is None or score < in_cone[0]):
            in_cone = (score, other)
        if on_side is None or score < on_side[0]:
            on_side = (score, other)
    best = in_cone or on_side
    return best[1] if best else None


# -- colours ---------------------------------------------------------------------------------------


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of a over b, opaque."""
    keep = 1.0 - amount
    return QColor(
        round(a.red() * amount + b.red() * keep),
        round(a.green() * amount + b.green() * keep),
        round(a.blue() * amount + b.blue() * keep),
    )


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def rating_colour(value: float, *, dark: bool) -> QColor:
    """The fill for a 0-10 value (fractions allowed, for averages); 0 is the faintest tint."""
    stops = _DARK_STOPS if dark else _LIGHT_STOPS
    if value <= 0:
        return QColor("#3a3a34") if dark else QColor("#fffbe6")
    position = (min(value, 10.0) - 1.0) / 9.0 * (len(stops) - 1)
    low = max(0, min(len(stops) - 2, math.floor(position)))
    return _mix(QColor(stops[low + 1]), QColor(stops[low]), max(0.0, position - low))


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    black, white = QColor("#111111"), QColor("#ffffff")
    return black if contrast(black, fill) >= contrast(white, fill) else white


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
        dark = luminance(base) < 0.25
        theme = _app_theme()
        # Qt gives PlaceholderText half alpha under a style sheet: take the theme's own colours.
        focus = QColor(COLORS[theme].focus) if theme else palette.color(role.Link)
        muted = QColor(COLORS[theme].muted_text) if theme else _mix(text, base, 0.72)
        return cls(
            base=base,
            text=text,
            muted=muted,
            edge=_mix(palette.color(role.Mid), base, 0.75),
            outline=_mix(text, base, 0.8),
            hover=_mix(palette.color(role.Highlight), base, 0.9 if dark else 0.75),
            selected=palette.color(role.Accent),
            focus=focus,
            dark=dark,
        )


def theme_colour(name: str) -> str:
    """A colour of the application's theme (``ThemeColors`` field), light's if none is set."""
    return str(getattr(COLORS[_app_theme() or "light"], name))


def _app_theme() -> str | None:
    app = QApplication.instance()
    name = app.property("somaticTheme") if app is not None else None
    return name if isinstance(name, str) and name in COLORS else None


# -- keys ------------------------------------------------------------------------------------------


class TenKey:
    """Number keys for a 0-10 scale: "1" then "0" within a second gives 10.

    The "1" counts at once (so the person sees it); a "0" that follows it on the same target in
    time turns it into 10. ``clock`` is swappable for tests.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._one: tuple[int, float] | None = None  # (target, when "1" was pressed)

    def press(self, digit: int, target: int) -> int:
        """The rating that pressing ``digit`` gives ``target``."""
        now = self.clock()
        one, self._one = self._one, None
        if digit == 0 and one is not None and one[0] == target and now - one[1] <= TEN_WINDOW_S:
            return 10
        if digit == 1:
            self._one = (target, now)
        return digit

    def reset(self) -> None:
        self._one = None


# -- the widget ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    view: View
    transform: QTransform  # figure units -> widget pixels
    rect: QRectF  # the figure's box on screen


class BodyMapWidget(QWidget):
    """Front and back figures; click or use the keyboard to choose a region and rate it.

    ``set_ratings`` shows ratings without emitting; the person's own changes emit
    ``ratingsChanged``. In read-only mode (history heat maps) nothing can be selected or
    changed; ``set_values`` shows averages with one decimal.

    Signals:
        ratingsChanged(object): the new BodyMapRatings after the person changed a region.
        selectionChanged(int): the selected region's code, or 0 for none.
        viewChanged(str): "both", "front" or "back", when keyboard navigation flipped a
            single view to the other side.
    """

    ratingsChanged = Signal(object)
    selectionChanged = Signal(int)
    viewChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, outline: str = "neutral") -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._figure = load_figure(outline)
        self._ratings = BodyMapRatings()
        self._values: dict[int, float] | None = None
        self._selected: int | None = None
        self._hovered: int | None = None
        self._read_only = False
        self._mode: ViewMode = "both"
        self._single: View = "front"  # the view shown when only one fits or is chosen
        self._placed: list[_Placed] = []
        self._scale = 1.0
        self.ten_key = TenKey()
        self._update_accessible_text()

    # -- public API --------------------------------------------------------------------------------

    def ratings(self) -> BodyMapRatings:
        return self._ratings

    def set_ratings(self, ratings: BodyMapRatings) -> None:
        """Show these ratings (no signal: this is not the person's change)."""
        self._ratings = ratings
        self._update_accessible_text()
        self.update()

    def selected(self) -> int | None:
        return self._selected

    def select(self, code: int | None) -> None:
        """Select a region (None or 0 for none); emits selectionChanged when it changes."""
        code = code or None
        if code is not None and code not in REGIONS:
            raise ValueError(f"{code} is not a body-map region")
        if self._read_only or code == self._selected:
            return
        self._selected = code
        self.ten_key.reset()
        if code is not None:
            self._show_view_of(code)
        self._update_accessible_text()
        self.update()
        self.selectionChanged.emit(code or 0)

    def outline(self) -> str:
        return self._figure.outline

    def set_outline(self, outline: str) -> None:
        """Switch to the neutral, female or male figure; ratings and selection stay."""
        self._figure = load_figure(outline)
        self._relayout()

    def view(self) -> ViewMode:
        return self._mode

    def set_view(self, mode: ViewMode | str) -> None:
        """Show both views side by side, or only the front or the back."""
        if mode not in VIEW_MODES:
            raise ValueError(f"view must be both, front or back, got {mode!r}")
        self._mode = cast(ViewMode, mode)
        if mode != "both":
            self._single = cast(View, mode)
        self._relayout()

    def shown_views(self) -> tuple[View, ...]:
        return tuple(p.view for p in self._placed)

    def is_read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: no selection, no focus, no changes; hovering still explains regions."""
        self._read_only = read_only
        if read_only:
            self._selected = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self._update_accessible_text()
        self.update()

    def values(self) -> dict[int, float] | None:
        return None if self._values is None else dict(self._values)

    def set_values(self, values: Mapping[int, float] | None) -> None:
        """Show a value per region (e.g. 7-day averages), drawn with one decimal; None shows
        the ratings again."""
        if values is not None:
            unknown = sorted(set(values) - set(REGIONS))
            if unknown:
                raise ValueError(f"not body-map regions: {unknown}")
        self._values = None if values is None else dict(values)
        self._update_accessible_text()
        self.update()

    # -- geometry (also what the tests click) ------------------------------------------------------

    def region_path(self, code: int) -> QPainterPath:
        """The region's outline in widget pixels (empty if its view is not shown)."""
        shape = self._figure.regions[code]
        for placed in self._placed:
            if placed.view == shape.view:
                return placed.transform.map(shape.path)
        return QPainterPath()

    def region_centre(self, code: int) -> QPointF | None:
        """A point well inside the region, in widget pixels; None if its view is hidden."""
        shape = self._figure.regions[code]
        for placed in self._placed:
            if placed.view == shape.view:
                return placed.transform.map(shape.label)
        return None

    def region_at(self, pos: QPointF) -> int | None:
        for placed in self._placed:
            if not placed.rect.contains(pos):
                continue
            local = placed.transform.inverted()[0].map(pos)
            for shape in self._figure.regions.values():
                if shape.view == placed.view and shape.path.contains(local):
                    return shape.code
        return None

    def badge_rects(self) -> list[tuple[str, View, QRectF]]:
        """The R/L badges on screen: (side, view, rect)."""
        out = []
        radius = self._badge_radius()
        for placed in self._placed:
            left = _SCREEN_LEFT_SIDE[placed.view]
            right = "L" if left == "R" else "R"
            for side, x in ((left, _BADGE_X), (right, self._figure.width - _BADGE_X)):
                centre = placed.transform.map(QPointF(x, _BADGE_Y))
                out.append(
                    (
                        side,
                        placed.view,
                        QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                    )
                )
        return out

    def tooltip_text(self, code: int) -> str:
        name = describe(code)
        name = name[0].upper() + name[1:]
        view = f"{self._figure.regions[code].view} view"
        if self._values is not None:
            value = self._values.get(code)
            shown = "no value" if value is None else f"average {value:.1f} of 10"
            return f"{name}, {view}: {shown}"
        return f"{name}, {view}: {self._rating_words(code)}"

    # -- editing by keyboard (the editor's panel uses set_ratings) --------------------------------

    def _change(self, ratings: BodyMapRatings) -> None:
        if ratings == self._ratings:
            return
        self._ratings = ratings
        self._update_accessible_text()
        self.update()
        self.ratingsChanged.emit(ratings)

    def _rate_selected(self, rating: int) -> None:
        code = self._selected
        if code is None:
            return
        old = self._ratings.regions.get(code)
        qualities, worst = (old.qualities, old.worst) if old else (frozenset(), False)
        self._change(self._ratings.with_rating(RegionRating(code, rating, qualities, worst)))

    def _toggle_worst_selected(self) -> None:
        code = self._selected
        old = self._ratings.regions.get(code) if code is not None else None
        if old is None:
            return  # rate the area first; the accessible text says so
        self._change(
            self._ratings.with_rating(
                RegionRating(old.code, old.rating, old.qualities, not old.worst)
            )
        )

    # -- events ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._read_only or mods not in (Qt.KeyboardModifier.NoModifier,):
            super().keyPressEvent(event)
            return
        if key in _ARROWS:
            self._step(*_ARROWS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            codes = list(self._figure.regions)
            self.select(codes[0] if key == Qt.Key.Key_Home else codes[-1])
        elif key in _DIGITS and self._selected is not None:
            self._rate_selected(self.ten_key.press(_DIGITS[Qt.Key(key)], self._selected))
            return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected is not None:
            self._change(self._ratings.without(self._selected))
        elif key == Qt.Key.Key_W and self._selected is not None:
            self._toggle_worst_selected()
        else:
            super().keyPressEvent(event)
            return
        self.ten_key.reset()

    def _step(self, dx: float, dy: float) -> None:
        if self._selected is None:
            self.select(next(iter(self._figure.regions)))
            return
        target = neighbour(self._figure, self._selected, dx, dy)
        if target is not None:
            self.select(target)

    def _show_view_of(self, code: int) -> None:
        """Bring the region's view on screen if only the other one is shown."""
        view = self._figure.regions[code].view
        self._single = view
        if not self._placed or view in self.shown_views():
            return
        if self._mode != "both":
            self._mode = view
            self.viewChanged.emit(view)
        self._relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._read_only:
            code = self.region_at(event.position())
            if code is not None:
                self.select(code)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        code = self.region_at(event.position())
        if code != self._hovered:
            self._hovered = code
            self.update()
            if QToolTip.isVisible():
                self._show_tooltip(event.position(), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            self._show_tooltip(QPointF(help_event.pos()), help_event.globalPos())
            return True
        return super().event(event)

    def _show_tooltip(self, pos: QPointF, global_pos: QPoint) -> None:
        text, rect = self.tooltip_at(pos)
        if text:
            QToolTip.showText(global_pos, text, self, rect)
        else:
            QToolTip.hideText()

    def tooltip_at(self, pos: QPointF) -> tuple[str, QRect]:
        """What the tooltip says at ``pos`` (widget pixels) and the rect it stays valid in."""
        for side, view, rect in self.badge_rects():
            if rect.contains(pos):
                return f"The person's {_SIDE_WORD[side]} side ({view} view)", rect.toRect()
        code = self.region_at(pos)
        if code is None:
            return "", QRect()
        return self.tooltip_text(code), self.region_path(code).boundingRect().toRect()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.ten_key.reset()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(620, 660)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 320)

    # -- layout ------------------------------------------------------------------------------------

    def _title_fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setPointSizeF(title.pointSizeF() * 1.1)
        title.setWeight(QFont.Weight.DemiBold)
        sub = QFont(self.font())
        sub.setPointSizeF(sub.pointSizeF() * 0.85)
        return title, sub

    def _header_height(self) -> float:
        title, sub = self._title_fonts()
        return QFontMetricsF(title).height() + QFontMetricsF(sub).height() + 6.0

    def _footer_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.9

    def _relayout(self) -> None:
        fig = self._figure
        margin = 10.0
        top = margin + self._header_height()
        avail_w = max(1.0, self.width() - 2 * margin)
        avail_h = max(1.0, self.height() - top - margin - self._footer_height())
        single = min(avail_w / fig.width, avail_h / fig.height)
        both = min(avail_w / (2 * fig.width + VIEW_GAP), avail_h / fig.height)
        views: tuple[View, ...]
        if self._mode == "both" and both >= 0.72 * single:
            views, scale = VIEWS, both
        else:
            view = self._single if self._mode == "both" else self._mode
            views, scale = (view,), single
        total_w = (len(views) * fig.width + (len(views) - 1) * VIEW_GAP) * scale
        left = margin + (avail_w - total_w) / 2
        top += max(0.0, (avail_h - fig.height * scale) / 2)
        self._placed = []
        for n, view in enumerate(views):
            x = left + n * (fig.width + VIEW_GAP) * scale
            transform = QTransform(scale, 0, 0, scale, x, top)
            rect = QRectF(x, top, fig.width * scale, fig.height * scale)
            self._placed.append(_Placed(view, transform, rect))
        self._scale = scale
        self.update()

    def _badge_radius(self) -> float:
        text_px = QFontInfo(self.font()).pixelSize()
        return max(0.7 * text_px, min(1.4 * text_px, 12.0 * self._scale))

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._placed:
            self._relayout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = MapColours.from_palette(self.palette())
        for placed in self._placed:
            self._paint_view(painter, placed, colours)
        for placed in self._placed:
            self._paint_marks(painter, placed, colours)
            self._paint_titles(painter, placed, colours)
        self._paint_footer(painter, colours)
        if self.hasFocus():
            pen = QPen(colours.focus, 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 10, 10)
        painter.end()

    def _value_of(self, code: int) -> float | None:
        if self._values is not None:
            return self._values.get(code)
        rated = self._ratings.regions.get(code)
        return None if rated is None else float(rated.rating)

    def _paint_view(self, painter: QPainter, placed: _Placed, colours: MapColours) -> None:
        edge = QPen(colours.edge, 1.0)
        edge.setCosmetic(True)
        painter.save()
        painter.setTransform(placed.transform)
        painter.setPen(edge)
        for shape in self._figure.regions.values():
            if shape.view != placed.view:
                continue
            value = self._value_of(shape.code)
            if value is not None:
                fill = rating_colour(value, dark=colours.dark)
            elif shape.code == self._hovered:
                fill = colours.hover
            else:
                fill = colours.base
            painter.setBrush(fill)
            painter.drawPath(shape.path)
        outline = QPen(colours.outline, max(1.5, 1.2 * self._scale))
        outline.setCosmetic(True)
        outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        silhouette = self._figure.silhouettes.get(placed.view)
        if silhouette is not None:
            painter.drawPath(silhouette)
        painter.restore()

    def _paint_marks(self, painter: QPainter, placed: _Placed, colours: MapColours) -> None:
        """Worst-area hatching, numbers, hover and selection outlines (in pixels, on top)."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        # Follows the person's text size, grows with the figure, and stays within reason.
        text_px = QFontInfo(self.font()).pixelSize()
        font.setPixelSize(round(max(0.85 * text_px, min(1.6 * text_px, 12.5 * self._scale))))
        worst = self._ratings.worst if self._values is None else None
        for shape in self._figure.regions.values():
            if shape.view != placed.view:
                continue
            value = self._value_of(shape.code)
            path = placed.transform.map(shape.path)
            centre = placed.transform.map(shape.label)
            if shape.code == worst and value is not None:
                self._paint_hatch(painter, path, text_on(rating_colour(value, dark=colours.dark)))
            if value is not None:
                fill = rating_colour(value, dark=colours.dark)
                text = f"{value:.1f}" if self._values is not None else str(round(value))
                self._paint_number(painter, centre, text, font, text_on(fill), fill)
                if shape.code == worst:
                    self._paint_star(painter, centre, font, text, colours)
        hovered = self._hovered
        if hovered is not None and self._figure.regions[hovered].view == placed.view:
            pen = QPen(colours.text, 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(placed.transform.map(self._figure.regions[hovered].path))
        selected = self._selected
        if selected is not None and self._figure.regions[selected].view == placed.view:
            path = placed.transform.map(self._figure.regions[selected].path)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(
                QPen(colours.base, 7.0, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
            )
            painter.drawPath(path)
            painter.setPen(
                QPen(colours.selected, 4.0, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
            )
            painter.drawPath(path)
            if self.hasFocus():
                ring = QPen(colours.focus, 2.0, Qt.PenStyle.DashLine)
                painter.setPen(ring)
                painter.drawRoundedRect(path.boundingRect().adjusted(-6, -6, 6, 6), 6, 6)

    def _paint_hatch(self, painter: QPainter, path: QPainterPath, colour: QColor) -> None:
        painter.save()
        painter.setClipPath(path)
        hatch = QColor(colour)
        hatch.setAlphaF(0.35)
        painter.setPen(QPen(hatch, 1.5))
        box = path.boundingRect()
        step = 7.0
        x = box.left() - box.height()
        while x < box.right():
            painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()))
            x += step
        painter.restore()

    def _paint_number(
        self, painter: QPainter, centre: QPointF, text: str, font: QFont, ink: QColor, halo: QColor
    ) -> None:
        box = QFontMetricsF(font).tightBoundingRect(text)
        glyphs = QPainterPath()
        glyphs.addText(
            QPointF(centre.x() - box.width() / 2 - box.left(), centre.y() + box.height() / 2),
            font,
            text,
        )
        painter.setPen(QPen(halo, 3.0, j=Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(glyphs)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPath(glyphs)

    def _paint_star(
        self, painter: QPainter, centre: QPointF, font: QFont, text: str, colours: MapColours
    ) -> None:
        metrics = QFontMetricsF(font)
        radius = metrics.height() * 0.5
        cx = centre.x() + metrics.horizontalAdvance(text) / 2 + radius + 3.0
        cy = centre.y() - metrics.height() * 0.2
        star = QPolygonF()
        for k in range(10):
            r = radius if k % 2 == 0 else radius * 0.5
            angle = -math.pi / 2 + k * math.pi / 5
            star.append(QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle)))
        painter.setPen(QPen(colours.base, 1.0, j=Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(colours.text)
        painter.drawPolygon(star)

    def _paint_titles(self, painter: QPainter, placed: _Placed, colours: MapColours) -> None:
        title_font, sub_font = self._title_fonts()
        title, sub = _TITLES[placed.view]
        title_h = QFontMetricsF(title_font).height()
        sub_h = QFontMetricsF(sub_font).height()
        top = placed.rect.top() - title_h - sub_h - 6.0
        width = placed.rect.width() + VIEW_GAP * self._scale
        x = placed.rect.center().x() - width / 2
        painter.setPen(colours.text)
        painter.setFont(title_font)
        painter.drawText(QRectF(x, top, width, title_h), Qt.AlignmentFlag.AlignCenter, title)
        painter.setPen(colours.muted)
        painter.setFont(sub_font)
        painter.drawText(QRectF(x, top + title_h, width, sub_h), Qt.AlignmentFlag.AlignCenter, sub)
        badge_font = QFont(self.font())
        badge_font.setWeight(QFont.Weight.Bold)
        badge_font.setPixelSize(round(self._badge_radius() * 1.15))
        painter.setFont(badge_font)
        for side, view, rect in self.badge_rects():
            if view != placed.view:
                continue
            painter.setPen(QPen(colours.text, 2.0))
            painter.setBrush(colours.base)
            painter.drawEllipse(rect)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, side)

    def _paint_footer(self, painter: QPainter, colours: MapColours) -> None:
        """A legend of the scale, or the "no pain anywhere" answer."""
        height = self._footer_height()
        line = QFontMetricsF(self.font()).height()
        top = self.height() - 10.0 - height + (height - line) / 2
        painter.setFont(self.font())
        if self._ratings.no_pain and self._values is None:
            painter.setPen(colours.text)
            painter.drawText(
                QRectF(0, top, self.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                "No pain anywhere",
            )
            return
        swatch = max(12.0, min(26.0, line * 1.1))
        low, high = "0 none", "10 worst"
        metrics = QFontMetricsF(self.font())
        total = 11 * swatch + metrics.horizontalAdvance(low) + metrics.horizontalAdvance(high) + 16
        x = (self.width() - total) / 2
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(x, top, metrics.horizontalAdvance(low) + 2, line),
            Qt.AlignmentFlag.AlignVCenter,
            low,
        )
        x += metrics.horizontalAdvance(low) + 8
        edge = QPen(colours.edge, 1.0)
        for n in range(11):
            painter.setPen(edge)
            painter.setBrush(rating_colour(n, dark=colours.dark))
            painter.drawRect(
                QRectF(x + n * swatch, top + (line - swatch * 0.7) / 2, swatch, swatch * 0.7)
            )
        x += 11 * swatch + 8
        painter.setPen(colours.muted)
        painter.drawText(
            QRectF(x, top, metrics.horizontalAdvance(high) + 2, line),
            Qt.AlignmentFlag.AlignVCenter,
            high,
        )

    # -- words -------------------------------------------------------------------------------------

    def _rating_words(self, code: int) -> str:
        rated = self._ratings.regions.get(code)
        if rated is None:
            return "not rated"
        words = f"{rated.rating} of 10"
        if rated.qualities:
            words += ", " + ", ".join(q for q in QUALITIES if q in rated.qualities)
        if rated.worst:
            words += ", worst area"
        return words

    def _update_accessible_text(self) -> None:
        count = len(self._ratings.regions)
        if self._read_only:
            shown = self._values if self._values is not None else self._ratings.painful
            self.setAccessibleName("Body map (read only)")
            if shown:
                top = max(shown, key=lambda c: shown[c])
                self.setAccessibleDescription(
                    f"{len(shown)} areas with values; highest {describe(top)}: {shown[top]:.1f}"
                )
            else:
                self.setAccessibleDescription("No areas have values")
            return
        if self._selected is None:
            self.setAccessibleName("Body map, no area selected")
        else:
            view = self._figure.regions[self._selected].view
            self.setAccessibleName(
                f"Body map, {describe(self._selected)}, {view} view: "
                f"{self._rating_words(self._selected)}"
            )
        summary = "No pain anywhere. " if self._ratings.no_pain else f"{count} areas rated. "
        self.setAccessibleDescription(
            summary + "Arrow keys move between areas; 0 to 9 rate the area, 1 then 0 for 10; "
            "Delete clears it; W marks the worst area (rate it first)."
        )
