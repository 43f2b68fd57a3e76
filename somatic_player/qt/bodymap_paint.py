"""Painting the body map: filled regions, numbers, worst-area marks, titles, badges and legend.

:func:`paint_map` draws one :class:`MapScene`, a snapshot of what the widget shows, so painting
holds no state of its own. Text sizes follow the person's font and grow with the figure within
limits; every rated region carries its number on a halo, so colour is never the only signal.

The texts around the figures are laid out first (:func:`map_texts`, which the widget and its
tests also read): each view's title in a column of its own over its figure, the legend on one
row or, where that is too narrow, its swatches on a row of their own with the end words under
them. A text that does not fit is made smaller, to a floor tied to the person's text size, and
elided only below that; the side badges shrink with the figure.
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
from somatic_player.qt.bodymap_figure import (
    BADGE_ROOM,
    VIEW_GAP,
    Figure,
    Placed,
    badge_rects,
    spread_labels,
)
from somatic_player.qt.theme import mix

MARGIN_PX = 10.0
SUBTITLE_LINES = 3  # the most lines a view's subtitle wraps onto
FIGURE_LINES = 12.0  # a usable figure is at least this many lines of text tall
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
# How small a text may get, as a share of the person's text size, before it is elided.
_SMALLEST_TITLE = 0.75
_SMALLEST_SUB = 0.6
_SMALLEST_LEGEND = 0.75
# A subtitle gets a second line rather than shrink below this share of its size on one.
_ONE_LINE_SHARE = 0.85


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
    sub_lines: int = 1  # lines the header leaves for each view's subtitle (up to 3)

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


def header_height(font: QFont, sub_lines: int = 1) -> float:
    """The room above the figures for a view's title and ``sub_lines`` lines of subtitle."""
    title, sub = title_fonts(font)
    return QFontMetricsF(title).height() + sub_lines * QFontMetricsF(sub).height() + 6.0


def footer_height(font: QFont, width: float | None = None) -> float:
    """The room under the figures for the legend, at this width (one row where it fits)."""
    if width is None:
        return QFontMetricsF(font).height() * 1.9
    return legend_layout(font, QSizeF(width, 0.0)).rect.height()


def badge_radius(font: QFont, scale: float) -> float:
    """An R/L badge's radius: follows the text size within limits, and shrinks with the figure
    so that badges stay off the head and clear of the other view (BADGE_ROOM)."""
    text_px = QFontInfo(font).pixelSize()
    return min(max(0.7 * text_px, min(1.4 * text_px, 12.0 * scale)), BADGE_ROOM * scale)


# -- where the texts go ----------------------------------------------------------------------------


@dataclass(frozen=True)
class TextBox:
    """One painted text: what it says (elided only when nothing else fits), its font, and the
    box its letters take, in widget pixels. ``wrap``: drawn word-wrapped inside ``rect``."""

    role: str  # "title", "subtitle", "low", "high" or "no-pain"
    text: str
    font: QFont
    rect: QRectF
    wrap: bool = False


@dataclass(frozen=True)
class Legend:
    """The footer: the 0-10 swatches and the words at its ends (or the "no pain" answer)."""

    rect: QRectF  # the whole footer
    swatches: tuple[QRectF, ...]
    texts: tuple[TextBox, ...]


def _resized(font: QFont, px: float) -> QFont:
    out = QFont(font)
    out.setPixelSize(max(1, math.floor(px)))
    return out


def _pixel_size(font: QFont) -> float:
    return float(font.pixelSize()) if font.pixelSize() > 0 else float(QFontInfo(font).pixelSize())


def _at_most(font: QFont, px: float) -> QFont:
    """``font`` no larger than ``px`` pixels."""
    return _resized(font, px) if px < _pixel_size(font) else font


def fit_text(text: str, font: QFont, width: float, smallest_px: float) -> tuple[str, QFont]:
    """``text`` in ``font`` made smaller, down to ``smallest_px``, until it is at most ``width``
    wide; elided only if even that is too wide."""
    px = _pixel_size(font)
    advance = QFontMetricsF(font).horizontalAdvance(text)
    if advance <= width:
        return text, font
    fitted = font
    while px > smallest_px:
        px = max(smallest_px, min(px - 1, px * width / advance))
        fitted = _resized(font, px)
        if QFontMetricsF(fitted).horizontalAdvance(text) <= width:
            return text, fitted
    return QFontMetricsF(fitted).elidedText(text, Qt.TextElideMode.ElideRight, width), fitted


def _wrapped(text: str, font: QFont, width: float) -> QRectF:
    """The box ``text`` takes word-wrapped at ``width``, top-left at 0, 0."""
    flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text)


def _fits_wrapped(text: str, font: QFont, width: float, lines: int) -> bool:
    metrics = QFontMetricsF(font)
    longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0)
    box = _wrapped(text, font, width)
    return longest_word <= width and box.height() <= lines * metrics.lineSpacing() + 0.5


def _columns(scene_placed: Sequence[Placed], width: float) -> list[tuple[float, float]]:
    """Each shown view's text column: (centre x, width). Centred on its own figure, at most the
    figure plus half the gap on either side (so two columns never overlap), inside the margins."""
    out = []
    for placed in scene_placed:
        centre = placed.rect.center().x()
        room = min(centre - MARGIN_PX, width - MARGIN_PX - centre)
        if len(scene_placed) > 1:
            half_gap = VIEW_GAP * placed.transform.m11() / 2
            room = min(room, placed.rect.width() / 2 + half_gap)
        out.append((centre, max(1.0, 2 * room)))
    return out


def subtitle_lines(font: QFont, placed: Sequence[Placed], width: float) -> int:
    """The lines the subtitles need: 1 where each fits on one at nearly its full size, else as
    many as wrapping them at a readable size takes (at most SUBTITLE_LINES)."""
    _, sub_font = title_fonts(font)
    smallest = _SMALLEST_SUB * QFontInfo(font).pixelSize()
    need = 1
    for (_, column), view in zip(_columns(placed, width), placed, strict=True):
        sub = translate("bodymap_paint", _TITLES[view.view][1])
        text, fitted = fit_text(sub, sub_font, column, smallest)
        if text == sub and _pixel_size(fitted) >= _ONE_LINE_SHARE * _pixel_size(sub_font):
            continue
        lines = 2
        while lines < SUBTITLE_LINES and not _fits_wrapped(
            sub, _resized(sub_font, smallest), column, lines
        ):
            lines += 1
        need = max(need, lines)
    return need


def title_boxes(
    font: QFont, placed: Sequence[Placed], width: float, sub_lines: int = 1
) -> list[TextBox]:
    """Each shown view's title and subtitle, centred over its figure inside its column; both
    titles at one size, both subtitles at one size (the largest at which each fits). A title
    too long even at the smallest size is elided; subtitles are then left out."""
    title_font, sub_font = title_fonts(font)
    text_px = QFontInfo(font).pixelSize()
    title_h = QFontMetricsF(title_font).height()
    sub_h = QFontMetricsF(sub_font).height()
    columns = _columns(placed, width)
    words = [[translate("bodymap_paint", text) for text in _TITLES[p.view]] for p in placed]
    title_px = min(
        (_pixel_size(fit_text(t, title_font, c, _SMALLEST_TITLE * text_px)[1]))
        for (t, _), (_, c) in zip(words, columns, strict=True)
    )
    title_font = (
        _resized(title_font, title_px) if title_px < _pixel_size(title_font) else title_font
    )
    sub_px = min(
        _subtitle_px(sub, sub_font, c, sub_lines, _SMALLEST_SUB * text_px)
        for (_, sub), (_, c) in zip(words, columns, strict=True)
    )
    sub_font = _at_most(sub_font, sub_px)
    sub_metrics = QFontMetricsF(sub_font)
    # Both subtitles or neither (one alone would read as if it belonged to both views).
    with_subs = all(
        sub_metrics.horizontalAdvance(sub) <= column
        or (sub_lines > 1 and _fits_wrapped(sub, sub_font, column, sub_lines))
        for (_, sub), (_, column) in zip(words, columns, strict=True)
    )
    out = []
    for (title, sub), (centre, column), view in zip(words, columns, placed, strict=True):
        top = view.rect.top() - title_h - sub_lines * sub_h - 6.0
        title = QFontMetricsF(title_font).elidedText(title, Qt.TextElideMode.ElideRight, column)
        advance = QFontMetricsF(title_font).horizontalAdvance(title)
        box = QRectF(centre - advance / 2, top, advance, title_h)
        out.append(TextBox("title", title, title_font, box))
        top += title_h
        if not with_subs:
            continue  # the map is smaller than its usable size: a cut hint helps no one
        if sub_metrics.horizontalAdvance(sub) <= column:
            advance = sub_metrics.horizontalAdvance(sub)
            box = QRectF(centre - advance / 2, top, advance, sub_metrics.height())
            out.append(TextBox("subtitle", sub, sub_font, box))
        else:
            box = _wrapped(sub, sub_font, column)
            box.moveTo(centre - box.width() / 2, top)
            out.append(TextBox("subtitle", sub, sub_font, box, wrap=True))
    return out


def _subtitle_px(sub: str, font: QFont, column: float, lines: int, smallest: float) -> float:
    """The largest size at which ``sub`` fits the column on one line, or on ``lines`` lines
    word-wrapped (at a larger size than one line would need); ``smallest`` at the least."""
    one_line = _pixel_size(fit_text(sub, font, column, smallest)[1])
    if lines < 2 or one_line >= _pixel_size(font):
        return one_line
    px = _pixel_size(font)
    while px > one_line and not _fits_wrapped(sub, _resized(font, px), column, lines):
        px -= 1
    return max(px, one_line)


def legend_layout(font: QFont, size: QSizeF, *, no_pain: bool = False) -> Legend:
    """The footer at the bottom of a map of ``size``: the 0-10 scale with its end words on one
    row where they fit beside comfortable swatches; else the swatches on a row of their own
    and the words under its two ends, or each word on a row of its own where even that is too
    narrow. ``no_pain`` shows that answer in the scale's place."""
    width = size.width()
    line = QFontMetricsF(font).height()
    smallest = _SMALLEST_LEGEND * QFontInfo(font).pixelSize()
    inner = max(1.0, width - 2 * MARGIN_PX)
    low = translate("bodymap_paint", _LEGEND_LOW)
    high = translate("bodymap_paint", _LEGEND_HIGH)
    low_w, high_w = (QFontMetricsF(font).horizontalAdvance(text) for text in (low, high))
    largest = max(6.0, min(26.0, line * 1.1))
    room = (inner - low_w - high_w - 16) / 11
    rows = 1 if room >= min(largest, max(6.0, 0.5 * line)) else 2
    if rows == 2 and low_w + high_w + 12 > inner:
        rows = 3
    swatch = min(largest, room) if rows == 1 else max(4.0, min(largest, inner / 11))
    height = line * 1.9 if rows == 1 else 0.9 * line + swatch * 0.7 + 6.0 + (rows - 1) * line
    footer = QRectF(0.0, size.height() - MARGIN_PX - height, width, height)
    if no_pain:
        answer = translate("bodymap_paint", "No pain anywhere")
        text, fitted = fit_text(answer, font, inner, smallest)
        advance = QFontMetricsF(fitted).horizontalAdvance(text)
        box = QRectF((width - advance) / 2, footer.center().y() - line / 2, advance, line)
        return Legend(footer, (), (TextBox("no-pain", text, fitted, box),))
    if rows == 1:
        top = footer.top() + (height - line) / 2
        x = (width - (11 * swatch + low_w + high_w + 16)) / 2
        swatch_top = top + (line - swatch * 0.7) / 2
        swatches = tuple(
            QRectF(x + low_w + 8 + n * swatch, swatch_top, swatch, swatch * 0.7) for n in range(11)
        )
        texts = (
            TextBox("low", low, font, QRectF(x, top, low_w, line)),
            TextBox("high", high, font, QRectF(x + low_w + 16 + 11 * swatch, top, high_w, line)),
        )
        return Legend(footer, swatches, texts)
    x = (width - 11 * swatch) / 2
    swatch_top = footer.top() + 0.45 * line
    swatches = tuple(QRectF(x + n * swatch, swatch_top, swatch, swatch * 0.7) for n in range(11))
    top = swatch_top + swatch * 0.7 + 6.0
    if rows == 2:
        # Under the two ends of the scale, or spread to the margins where they need it.
        if low_w + high_w + 12 <= 11 * swatch:
            left, right = x, x + 11 * swatch
        else:
            left, right = MARGIN_PX, MARGIN_PX + inner
        texts = (
            TextBox("low", low, font, QRectF(left, top, low_w, line)),
            TextBox("high", high, font, QRectF(right - high_w, top, high_w, line)),
        )
        return Legend(footer, swatches, texts)
    # One word a row, the low one at the left, the high one at the right; one size for both.
    px = min(_pixel_size(fit_text(text, font, inner, smallest)[1]) for text in (low, high))
    fitted = _at_most(font, px)
    metrics = QFontMetricsF(fitted)
    low, high = (metrics.elidedText(t, Qt.TextElideMode.ElideRight, inner) for t in (low, high))
    low_w, high_w = metrics.horizontalAdvance(low), metrics.horizontalAdvance(high)
    texts = (
        TextBox("low", low, fitted, QRectF(MARGIN_PX, top, low_w, line)),
        TextBox("high", high, fitted, QRectF(MARGIN_PX + inner - high_w, top + line, high_w, line)),
    )
    return Legend(footer, swatches, texts)


def map_texts(scene: MapScene) -> list[TextBox]:
    """Every text the map paints around the figures: titles, subtitles, legend words."""
    boxes = title_boxes(scene.font, scene.placed, scene.size.width(), scene.sub_lines)
    if not scene.highlighted:
        legend = legend_layout(
            scene.font, scene.size, no_pain=scene.ratings.no_pain and scene.values is None
        )
        boxes += legend.texts
    return boxes


# -- painting --------------------------------------------------------------------------------------


def paint_map(painter: QPainter, scene: MapScene) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for placed in scene.placed:
        _paint_view(painter, scene, placed)
    for placed in scene.placed:
        _paint_marks(painter, scene, placed)
        _paint_badges(painter, scene, placed)
    if not scene.highlighted:
        _paint_footer(painter, scene)
    _paint_texts(painter, scene)
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


def _paint_badges(painter: QPainter, scene: MapScene, placed: Placed) -> None:
    """The view's R/L badges beside the head."""
    colours = scene.colours
    radius = badge_radius(scene.font, scene.scale)
    badge_font = QFont(scene.font)
    badge_font.setWeight(QFont.Weight.Bold)
    badge_font.setPixelSize(max(1, round(radius * 1.15)))
    painter.setFont(badge_font)
    for side, view, rect in badge_rects(scene.figure, scene.placed, radius):
        if view != placed.view:
            continue
        painter.setPen(QPen(colours.text, 2.0))
        painter.setBrush(colours.base)
        painter.drawEllipse(rect)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, side_letter(side))


def _paint_texts(painter: QPainter, scene: MapScene) -> None:
    colours = scene.colours
    inks = {"title": colours.text, "no-pain": colours.text}
    for box in map_texts(scene):
        painter.setPen(inks.get(box.role, colours.muted))
        painter.setFont(box.font)
        flags = int(Qt.AlignmentFlag.AlignCenter)
        if box.wrap:
            flags |= int(Qt.TextFlag.TextWordWrap)
        # A pixel of slack either side: the box is the text's own width, drawn unclipped.
        painter.drawText(box.rect.adjusted(-1, 0, 1, 0), flags, box.text)


def _paint_footer(painter: QPainter, scene: MapScene) -> None:
    """The legend's swatches (its words are painted with the other texts); none when the
    answer is "no pain anywhere"."""
    if scene.ratings.no_pain and scene.values is None:
        return
    painter.setPen(QPen(scene.colours.edge, 1.0))
    for n, rect in enumerate(legend_layout(scene.font, scene.size).swatches):
        painter.setBrush(rating_colour(n, dark=scene.colours.dark))
        painter.drawRect(rect)
