"""The body-map figures: loading the SVG outlines, their regions, and where they sit on screen.

The figures are read from ``ui/bodymap/<outline>-<view>.svg`` (written by
``tools/make_bodymap.py``): each region is a path with ``id="r<code>"`` and a label point, so this
module only parses paths into QPainterPaths. It also holds the geometry the widget and its tests
share: how the views are fitted into a rectangle, where the R/L badges go, and which region the
arrow keys move to. Nothing here is a widget.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Literal

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

from somatic_player.core.bodymap import REGIONS, View
from somatic_player.resources import ui_dir

OUTLINES: tuple[str, ...] = ("neutral", "female", "male")
ViewMode = Literal["both", "front", "back"]
VIEW_MODES: tuple[str, ...] = ("both", "front", "back")
VIEWS: tuple[View, View] = ("front", "back")
VIEW_GAP = 36.0  # figure units between the two views; also used for arrow-key geometry
# Both views are shown side by side unless that makes them smaller than this share of one view.
_BOTH_MIN_SHARE = 0.72
# Where the R/L badges sit, in figure units (beside the head), and the side each view shows left.
_BADGE_X, _BADGE_Y = 30.0, 58.0
# The largest badge radius, in figure units, that keeps a badge inside its figure's box, off the
# head (which starts about 78 units in) and clear of the other view's badge (96 units away).
BADGE_ROOM = 26.0
_SCREEN_LEFT_SIDE: dict[View, str] = {"front": "R", "back": "L"}
_SVG = "{http://www.w3.org/2000/svg}"


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
                centre = path.boundingRect().center()
                label = QPointF(
                    float(element.attrib.get("data-label-x", centre.x())),
                    float(element.attrib.get("data-label-y", centre.y())),
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


# -- on screen -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placed:
    """One view of the figure on screen."""

    view: View
    transform: QTransform  # figure units -> widget pixels
    rect: QRectF  # the figure's box on screen


def place_views(
    figure: Figure, mode: ViewMode, single: View, area: QRectF
) -> tuple[list[Placed], float]:
    """Fit the views into ``area`` with the aspect kept, centred; returns them and the scale.

    ``mode`` "both" shows the two side by side while that keeps them large enough, else only
    ``single``; "front" or "back" shows that one.
    """
    avail_w, avail_h = max(1.0, area.width()), max(1.0, area.height())
    one = min(avail_w / figure.width, avail_h / figure.height)
    two = min(avail_w / (2 * figure.width + VIEW_GAP), avail_h / figure.height)
    views: tuple[View, ...]
    if mode == "both" and two >= _BOTH_MIN_SHARE * one:
        views, scale = VIEWS, two
    else:
        views, scale = (single if mode == "both" else mode,), one
    total_w = (len(views) * figure.width + (len(views) - 1) * VIEW_GAP) * scale
    left = area.left() + (avail_w - total_w) / 2
    top = area.top() + max(0.0, (avail_h - figure.height * scale) / 2)
    placed = []
    for n, view in enumerate(views):
        x = left + n * (figure.width + VIEW_GAP) * scale
        rect = QRectF(x, top, figure.width * scale, figure.height * scale)
        placed.append(Placed(view, QTransform(scale, 0, 0, scale, x, top), rect))
    return placed, scale


def badge_rects(
    figure: Figure, placed: Sequence[Placed], radius: float
) -> list[tuple[str, View, QRectF]]:
    """The R/L badges beside each shown head: (the person's side, view, rect in pixels)."""
    out = []
    for view in placed:
        left = _SCREEN_LEFT_SIDE[view.view]
        right = "L" if left == "R" else "R"
        for side, x in ((left, _BADGE_X), (right, figure.width - _BADGE_X)):
            centre = view.transform.map(QPointF(x, _BADGE_Y))
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            out.append((side, view.view, box))
    return out


def spread_labels(
    points: Sequence[QPointF],
    widths: Sequence[float],
    height: float,
    gap: float,
    largest: float,
    smallest: float,
) -> list[tuple[QPointF, float]]:
    """Where each region number goes and its size, so that neighbours do not run into each other.

    ``widths`` are the numbers' widths at size ``largest``. Two numbers side by side that collide
    (both halves of the neck, of the lower back) are first staggered, one a little up and one a
    little down; whatever still collides is made smaller, down to ``smallest``. Sizes are in the
    caller's unit (pixels for the widget, points for the PDF report).
    """
    spots = [QPointF(p) for p in points]
    moved = [False] * len(spots)

    def collides(i: int, j: int) -> bool:
        dx, dy = abs(spots[i].x() - spots[j].x()), abs(spots[i].y() - spots[j].y())
        return dy < height and dx < (widths[i] + widths[j]) / 2 + gap

    for i in range(len(spots)):
        for j in range(i + 1, len(spots)):
            if moved[i] or moved[j] or not collides(i, j):
                continue
            if abs(spots[i].y() - spots[j].y()) < 0.3 * height:
                upper, lower = (i, j) if spots[i].x() < spots[j].x() else (j, i)
                spots[upper].setY(spots[upper].y() - height * 0.55)
                spots[lower].setY(spots[lower].y() + height * 0.55)
                moved[i] = moved[j] = True
    sizes = [largest] * len(spots)
    for i in range(len(spots)):
        for j in range(i + 1, len(spots)):
            if not collides(i, j):
                continue
            dx = abs(spots[i].x() - spots[j].x())
            need = (widths[i] + widths[j]) / 2 + gap
            size = max(smallest, largest * max(0.0, dx - gap) / max(need - gap, 1e-9))
            sizes[i] = min(sizes[i], size)
            sizes[j] = min(sizes[j], size)
    return list(zip(spots, sizes, strict=True))
