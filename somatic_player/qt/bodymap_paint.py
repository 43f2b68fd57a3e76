"""Painting the body map: filled regions, numbers, worst-area marks, titles, badges and legend.

:func:`paint_map` draws one :class:`MapScene`, a snapshot of what the widget shows, so painting
holds no state of its own. Text sizes follow the person's font and grow with the figure within
limits; every rated region carries its number on a halo, so colour is never the only signal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from somatic_player.core.bodymap import View
from somatic_player.core.checkin import BodyMapRatings
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_colours import MapColours, rating_colour, text_on
from somatic_player.qt.bodymap_figure import VIEW_GAP, Figure, Placed, badge_rects, spread_labels
from somatic_player.qt.theme import mix

MARGIN_PX = 10.0
_TITLES: dict[View, tuple[str, str]] = {
    "front": (
        QT_TRANSLATE_NOOP("bodymap_paint", "Front"),
        QT_TRANSLATE_NOOP("bodymap_paint", "as if facing you"),
    ),
    "back": (
        QT_TRANSLATE_NOOP("bodymap_paint", "Back"),
        QT_TRANSLATE_NOOP("bodymap_paint", "as if seen from behind"),
    ),
}
_LEGEND_LOW = QT_TRANSLATE_NOOP("bodymap_paint", "0 none")
_LEGEND_HIGH = QT_TRANSLATE_NOOP("bodymap_paint", "10 worst")


def side_letter(side: str) -> str:
    """The letter on a side badge: the person's own right ("R") or left ("L")."""
    if side == "R":
        return translate("bodymap_paint", "R", "badge by the head: the person's right side")
    return translate("bodymap_paint", "L", "badge by the head: the person's left side")


@dataclass(frozen=True)
class MapScene:
    """What one paint of the map shows."""

    figure: Figure
    placed: Sequence[Placed]
    scale: float  # figure units -> pixels
    ratings: BodyMapRatings
    values: Mapping[int, float] | None  # read-only averages, shown instead of the ratings
    highlighted: frozenset[int]  # shaded as "attention here" (the player), no numbers
    hovered: int | None
    selected: int | None
    focused: bool
    font: QFont
    size: QSizeF
    colours: MapColours

    def value_of(self, code: int) -> float | None:
        if self.values is not None:
            return self.values.get(code)
        rated = self.ratings.regions.get(code)
        return None if rated is None else float(rated.rating)


# -- sizes the widget lays out with ----------------------------------------------------------------


def title_fonts(font: QFont) -> tuple[QFont, QFont]:
    """The view title's font and its subtitle's."""
    title = QFont(font)
    title.setPointSizeF(title.pointSizeF() * 1.1)
    title.setWeight(QFont.Weight.DemiBold)
    sub = QFont(font)
    sub.setPointSizeF(sub.pointSizeF() * 0.85)
    return title, sub


def header_height(font: QFont) -> float:
    title, sub = title_fonts(font)
    return QFontMetricsF(title).height() + QFontMetricsF(sub).height() + 6.0


def footer_height(font: QFont) -> float:
    return QFontMetricsF(font).height() * 1.9


def badge_radius(font: QFont, scale: float) -> float:
    text_px = QFontInfo(font).pixelSize()
    return max(0.7 * text_px, min(1.4 * text_px, 12.0 * scale))


# -- painting --------------------------------------------------------------------------------------


def paint_map(painter: QPainter, scene: MapScene) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for placed in scene.placed:
        _paint_view(painter, scene, placed)
    for placed in scene.placed:
        _paint_marks(painter, scene, placed)
        _paint_titles(painter, scene, placed)
    if not scene.highlighted:
        _paint_footer(painter, scene)
    if scene.focused:
        painter.setPen(QPen(scene.colours.focus, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(QPointF(0, 0), scene.size).adjusted(1, 1, -1, -1)
        painter.drawRoundedRect(box, 10, 10)


def _paint_view(painter: QPainter, scene: MapScene, placed: Placed) -> None:
    colours = scene.colours
    edge = QPen(colours.edge, 1.0)
    edge.setCosmetic(True)
    painter.save()
    painter.setTransform(placed.transform)
    painter.setPen(edge)
    for shape in scene.figure.regions.values():
        if shape.view != placed.view:
            continue
        value = scene.value_of(shape.code)
        if shape.code in scene.highlighted:
            fill = mix(colours.focus, colours.base, 0.45)
        elif value is not None:
            fill = rating_colour(value, dark=colours.dark)
        elif shape.code == scene.hovered:
            fill = colours.hover
        else:
            fill = colours.base
        painter.setBrush(fill)
        painter.drawPath(shape.path)
    outline = QPen(colours.outline, max(1.5, 1.2 * scene.scale))
    outline.setCosmetic(True)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    silhouette = scene.figure.silhouettes.get(placed.view)
    if silhouette is not None:
        painter.drawPath(silhouette)
    painter.restore()


def _paint_marks(painter: QPainter, scene: MapScene, placed: Placed) -> None:
    """Worst-area hatching, numbers, hover and selection outlines (in pixels, on top)."""
    colours, regions = scene.colours, scene.figure.regions
    font = QFont(scene.font)
    font.setWeight(QFont.Weight.Bold)
    # Follows the person's text size, grows with the figure, and stays within reason.
    text_px = QFontInfo(scene.font).pixelSize()
    font.setPixelSize(round(max(0.85 * text_px, min(1.6 * text_px, 12.5 * scene.scale))))
    worst = scene.ratings.worst if scene.values is None else None
    shown = [
        (shape, value)
        for shape in regions.values()
        if shape.view == placed.view and (value := scene.value_of(shape.code)) is not None
    ]
    texts = [
        value_text(value) if scene.values is not None else str(round(value)) for _, value in shown
    ]
    metrics = QFontMetricsF(font)
    spots = spread_labels(
        [placed.transform.map(shape.label) for shape, _ in shown],
        [metrics.horizontalAdvance(text) for text in texts],
        metrics.capHeight() * 1.6,
        3.0,
        float(font.pixelSize()),
        9.0,
    )
    for (shape, value), text, (centre, size) in zip(shown, texts, spots, strict=True):
        fill = rating_colour(value, dark=colours.dark)
        if shape.code == worst:
            _paint_hatch(painter, placed.transform.map(shape.path), text_on(fill))
        fitted = QFont(font)
        fitted.setPixelSize(max(1, round(size)))
        paint_halo_text(painter, centre, text, fitted, text_on(fill), fill)
        if shape.code == worst:
            _paint_star(painter, centre, font, text, colours)
    hovered = scene.hovered
    if hovered is not None and regions[hovered].view == placed.view:
        painter.setPen(QPen(colours.text, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(placed.transform.map(regions[hovered].path))
    selected = scene.selected
    if selected is not None and regions[selected].view == placed.view:
        path = placed.transform.map(regions[selected].path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for colour, width in ((colours.base, 7.0), (colours.selected, 4.0)):
            painter.setPen(
                QPen(colour, width, c=Qt.PenCapStyle.RoundCap, j=Qt.PenJoinStyle.RoundJoin)
            )
            painter.drawPath(path)
        if scene.focused:
            painter.setPen(QPen(colours.focus, 2.0, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(path.boundingRect().adjusted(-6, -6, 6, 6), 6, 6)


def value_text(value: float) -> str:
    """A heatmap value: whole numbers as they are ("4"), others to one decimal ("4.3", or
    "4,3" where the person writes a decimal comma)."""
    if abs(value - round(value)) < 0.05:
        return str(round(value))
    return QLocale().toString(float(value), "f", 1)


def _paint_hatch(painter: QPainter, path: QPainterPath, colour: QColor) -> None:
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


def paint_halo_text(
    painter: QPainter,
    centre: QPointF,
    text: str,
    font: QFont,
    ink: QColor,
    halo: QColor,
    *,
    halo_width: float = 3.0,
) -> None:
    """``text`` in ``ink`` with a ``halo_width`` outline of ``halo`` (a region's fill), centred
    on ``centre``; drawn as a path, so the halo can be stroked. The body map and the PDF
    report's maps both number their regions this way."""
    box = QFontMetricsF(font).tightBoundingRect(text)
    glyphs = QPainterPath()
    glyphs.addText(
        QPointF(centre.x() - box.width() / 2 - box.left(), centre.y() + box.height() / 2),
        font,
        text,
    )
    painter.setPen(QPen(halo, halo_width, j=Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(glyphs)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPath(glyphs)


def _paint_star(
    painter: QPainter, centre: QPointF, font: QFont, text: str, colours: MapColours
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


def _paint_titles(painter: QPainter, scene: MapScene, placed: Placed) -> None:
    colours = scene.colours
    title_font, sub_font = title_fonts(scene.font)
    title, sub = (translate("bodymap_paint", text) for text in _TITLES[placed.view])
    title_h = QFontMetricsF(title_font).height()
    sub_h = QFontMetricsF(sub_font).height()
    top = placed.rect.top() - title_h - sub_h - 6.0
    width = placed.rect.width() + VIEW_GAP * scene.scale
    x = placed.rect.center().x() - width / 2
    centred = Qt.AlignmentFlag.AlignCenter
    painter.setPen(colours.text)
    painter.setFont(title_font)
    painter.drawText(QRectF(x, top, width, title_h), centred, title)
    painter.setPen(colours.muted)
    painter.setFont(sub_font)
    if QFontMetricsF(sub_font).horizontalAdvance(sub) <= width:  # left out where it would clip
        painter.drawText(QRectF(x, top + title_h, width, sub_h), centred, sub)
    radius = badge_radius(scene.font, scene.scale)
    badge_font = QFont(scene.font)
    badge_font.setWeight(QFont.Weight.Bold)
    badge_font.setPixelSize(round(radius * 1.15))
    painter.setFont(badge_font)
    for side, view, rect in badge_rects(scene.figure, scene.placed, radius):
        if view != placed.view:
            continue
        painter.setPen(QPen(colours.text, 2.0))
        painter.setBrush(colours.base)
        painter.drawEllipse(rect)
        painter.drawText(rect, centred, side_letter(side))


def _paint_footer(painter: QPainter, scene: MapScene) -> None:
    """A legend of the scale, or the "no pain anywhere" answer."""
    colours, width = scene.colours, scene.size.width()
    metrics = QFontMetricsF(scene.font)
    height, line = footer_height(scene.font), metrics.height()
    top = scene.size.height() - MARGIN_PX - height + (height - line) / 2
    painter.setFont(scene.font)
    if scene.ratings.no_pain and scene.values is None:
        painter.setPen(colours.text)
        painter.drawText(
            QRectF(0, top, width, line),
            Qt.AlignmentFlag.AlignCenter,
            translate("bodymap_paint", "No pain anywhere"),
        )
        return
    low, high = translate("bodymap_paint", _LEGEND_LOW), translate("bodymap_paint", _LEGEND_HIGH)
    low_w = metrics.horizontalAdvance(low)
    high_w = metrics.horizontalAdvance(high)
    # Narrow maps get narrower swatches rather than a legend cut off at both ends.
    room = (width - low_w - high_w - 16 - 2 * MARGIN_PX) / 11
    swatch = max(6.0, min(26.0, line * 1.1, room))
    x = (width - (11 * swatch + low_w + high_w + 16)) / 2
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.setPen(colours.muted)
    painter.drawText(QRectF(x, top, low_w + 2, line), middle, low)
    x += low_w + 8
    edge = QPen(colours.edge, 1.0)
    for n in range(11):
        painter.setPen(edge)
        painter.setBrush(rating_colour(n, dark=colours.dark))
        painter.drawRect(
            QRectF(x + n * swatch, top + (line - swatch * 0.7) / 2, swatch, swatch * 0.7)
        )
    x += 11 * swatch + 8
    painter.setPen(colours.muted)
    painter.drawText(QRectF(x, top, high_w + 2, line), middle, high)
