"""Print drawing for the clinician report: a canvas measured in points, date charts, body-map
pictures and table rows, all painted with QPainter as vectors (crisp at any zoom).

Sizes are typographic points (1/72 inch) turned into device pixels by ``Canvas``, so the page
looks the same at any writer resolution. Series differ by marker shape, line width and dash as
well as by colour, so the charts read in a greyscale printout; the body maps use the app's
lightness-based rating scale (``bodymap_colours.rating_colour``) and always carry the number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from somatic_player.core.bodymap import View
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_colours import rating_colour, text_on
from somatic_player.qt.bodymap_figure import load_figure, spread_labels
from somatic_player.qt.bodymap_paint import paint_halo_text

TEXT = QColor("#111111")
MUTED = QColor("#4a4a4a")
RULE = QColor("#9a9a9a")
GRID = QColor("#e2e2e2")
SHADE = QColor("#f2f2f2")
NAVY = QColor("#1f3b73")  # dark: 7-day lines, "before" markers
ORANGE = QColor("#e08a2c")  # mid: "after" markers (a different lightness and shape)
SKY = QColor("#8eaedb")  # light: daily points, bars
PLUM = QColor("#5b3a78")

FONT_FAMILY = "DejaVu Sans"
Marker = Literal["circle", "square", "triangle", "diamond"]
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


class Canvas:
    """A QPainter on a paged device with sizes in points and fonts measured on that device."""

    def __init__(self, painter: QPainter, device: QPaintDevice) -> None:
        self.painter = painter
        self.device = device
        self.px = device.logicalDpiX() / 72.0  # device pixels per point

    def pt(self, points: float) -> float:
        return points * self.px

    def font(self, size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        font.setItalic(italic)
        # No "fi"/"fl" ligatures: text copied or extracted from the PDF keeps plain letters.
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def wrapped_height(self, text: str, font: QFont, width: float) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        *,
        ink: QColor = TEXT,
        align: Qt.AlignmentFlag = _LEFT,
        wrap: bool = False,
    ) -> None:
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        self.painter.setFont(font)
        self.painter.setPen(ink)
        self.painter.drawText(rect, flags, text)

    def elided(self, text: str, font: QFont, width: float) -> str:
        return self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)

    def pen(self, ink: QColor, width_pt: float, *, dash: bool = False) -> QPen:
        pen = QPen(ink, self.pt(width_pt))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dash:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen


# -- markers -------------------------------------------------------------------------------------


def paint_marker(
    c: Canvas, at: QPointF, marker: Marker, ink: QColor, size_pt: float, *, filled: bool = True
) -> None:
    r = c.pt(size_pt) / 2
    p = c.painter
    p.setPen(c.pen(ink.darker(160) if filled else ink, 0.5 if filled else 0.9))
    p.setBrush(ink if filled else QColor("#ffffff"))
    x, y = at.x(), at.y()
    if marker == "circle":
        p.drawEllipse(at, r, r)
    elif marker == "square":
        p.drawRect(QRectF(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8))
    else:
        corners = (
            [(0, -1.2), (1.1, 0.8), (-1.1, 0.8)]
            if marker == "triangle"
            else [(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)]
        )
        p.drawPolygon(QPolygonF([QPointF(x + dx * r, y + dy * r) for dx, dy in corners]))


# -- date charts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """One thing drawn on a date chart. ``xs`` are day ordinals (fractions are times of day).

    ``line`` joins points (a NaN breaks it); ``points`` marks each; ``bars`` stand ``bar_days``
    wide; ``segments`` join ``ys`` to ``ys2`` at each x (before/after pairs); ``events`` are
    dashed vertical rules.
    """

    label: str
    kind: Literal["line", "points", "bars", "segments", "events"]
    xs: Sequence[float]
    ys: Sequence[float] = ()
    ink: QColor = field(default_factory=lambda: QColor(NAVY))
    marker: Marker = "circle"
    filled: bool = True
    width_pt: float = 1.0
    size_pt: float = 3.2
    dash: bool = False
    ys2: Sequence[float] = ()
    bar_days: float = 5.0
    bar_labels: bool = False
    in_legend: bool = True


@dataclass(frozen=True)
class DateChart:
    """A chart over the days ``first``..``last`` (inclusive) with a 0..``y_max`` axis."""

    title: str
    y_label: str
    first: int
    last: int
    y_max: float
    series: tuple[Series, ...]
    note: str = ""
    empty: str = QT_TRANSLATE_NOOP("report_charts", "No data in this period.")

    @property
    def has_data(self) -> bool:
        return any(len(s.xs) for s in self.series if s.kind != "events")


def nice_step(y_max: float, ticks: int = 5) -> float:
    raw = max(y_max, 1e-9) / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0):
        if raw <= factor * power:
            return factor * power
    return 10.0 * power


def day_label(ordinal: int, *, with_year: bool = False) -> str:
    """``"9 Mar"`` or ``"9 Mar 2026"`` in the person's language."""
    pattern = (
        translate("report_charts", "d MMM yyyy", "Qt date format of a day tick: d day, MMM month")
        if with_year
        else translate("report_charts", "d MMM", "Qt date format of a day tick")
    )
    return _qdate_text(date.fromordinal(ordinal), pattern)


def month_label(ordinal: int, *, with_year: bool = False) -> str:
    """``"Mar"`` or ``"Mar 2026"`` in the person's language."""
    pattern = (
        translate("report_charts", "MMM yyyy", "Qt date format of a month tick: MMM month")
        if with_year
        else translate("report_charts", "MMM", "Qt date format of a month tick")
    )
    return _qdate_text(date.fromordinal(ordinal), pattern)


def _qdate_text(d: date, pattern: str) -> str:
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals in the person's locale (``2.5``, ``2,5``)."""
    return QLocale().toString(float(value), "f", decimals)


def date_ticks(first: int, last: int) -> list[tuple[int, str]]:
    """Tick days and labels for a range: days, Mondays, months or years by its length."""
    span = last - first + 1
    days = range(first, last + 2)
    if span <= 16:
        return [(d, day_label(d)) for d in days]
    if span <= 130:
        mondays = [d for d in days if date.fromordinal(d).weekday() == 0]
        return [(d, day_label(d)) for d in mondays[:: 1 if span <= 62 else 2]]
    starts = [d for d in days if date.fromordinal(d).day == 1]
    if span <= 800:
        out: list[tuple[int, str]] = []
        for d in starts:
            with_year = date.fromordinal(d).month == 1 or not out
            out.append((d, month_label(d, with_year=with_year)))
        return out
    return [(d, str(date.fromordinal(d).year)) for d in starts if date.fromordinal(d).month == 1]


def paint_date_chart(c: Canvas, rect: QRectF, chart: DateChart) -> None:
    p = c.painter
    title_font, small = c.font(9.5, bold=True), c.font(7.5)
    title_h = c.metrics(title_font).height()
    small_h = c.metrics(small).height()
    c.text(QRectF(rect.left(), rect.top(), rect.width(), title_h), chart.title, title_font)
    if chart.note:
        note_x = rect.left() + c.metrics(title_font).horizontalAdvance(chart.title) + c.pt(8)
        c.text(
            QRectF(note_x, rect.top(), rect.right() - note_x, title_h), chart.note, small, ink=MUTED
        )
    legend_top = rect.top() + title_h + c.pt(2)
    _paint_legend(c, QRectF(rect.left(), legend_top, rect.width(), small_h), chart.series)
    y_tick_w = c.metrics(small).horizontalAdvance(number(10.0, 1)) + c.pt(4)
    plot = QRectF(
        rect.left() + small_h + y_tick_w + c.pt(2),
        legend_top + small_h + c.pt(6),
        0,
        0,
    )
    plot.setRight(rect.right() - c.pt(4))
    plot.setBottom(rect.bottom() - small_h - c.pt(4))
    p.setPen(Qt.PenStyle.NoPen)
    if not chart.has_data:
        p.setBrush(SHADE)
        p.drawRect(plot)
        empty = translate("report_charts", chart.empty)  # the default is marked, not translated
        c.text(plot, empty, c.font(8.5), ink=MUTED, align=_CENTRE)
        return
    x0, x1 = chart.first, chart.last + 1

    def sx(day: float) -> float:
        return plot.left() + (day - x0) / max(x1 - x0, 1e-9) * plot.width()

    def sy(value: float) -> float:
        return plot.bottom() - value / chart.y_max * plot.height()

    step = nice_step(chart.y_max)
    value = 0.0
    while value <= chart.y_max + 1e-9:
        y = sy(value)
        p.setPen(c.pen(GRID if value > 0 else RULE, 0.5))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = QLocale().toString(value, "g", 6)  # as f"{value:g}", in the person's locale
        c.text(
            QRectF(plot.left() - y_tick_w - c.pt(2), y - small_h / 2, y_tick_w, small_h),
            label,
            small,
            ink=MUTED,
            align=_RIGHT,
        )
        value += step
    p.save()
    p.translate(rect.left(), plot.center().y())
    p.rotate(-90)
    c.text(
        QRectF(-plot.height() / 2, 0, plot.height(), small_h), chart.y_label, small, align=_CENTRE
    )
    p.restore()
    _paint_x_axis(c, plot, chart, sx, small)
    p.save()
    p.setClipRect(plot.adjusted(-c.pt(4), -c.pt(4), c.pt(4), 0))
    for series in chart.series:
        _paint_series(c, plot, series, sx, sy)
    p.restore()
    p.setPen(c.pen(RULE, 0.6))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.bottomLeft(), plot.topLeft())


Scale = Callable[[float], float]


def _paint_x_axis(c: Canvas, plot: QRectF, chart: DateChart, sx: Scale, font: QFont) -> None:
    metrics = c.metrics(font)
    ticks = [(d, label) for d, label in date_ticks(chart.first, chart.last)]
    ticks = [(d, label) for d, label in ticks if chart.first <= d <= chart.last + 1]
    widest = max((metrics.horizontalAdvance(label) for _, label in ticks), default=0.0)
    room = plot.width() / max(len(ticks), 1)
    keep = max(1, math.ceil((widest + c.pt(6)) / max(room, 1e-9)))
    p = c.painter
    for n, (day, label) in enumerate(ticks):
        x = sx(day)
        p.setPen(c.pen(RULE, 0.5))
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + c.pt(3)))
        if n % keep:
            continue
        width = metrics.horizontalAdvance(label) + c.pt(2)
        left = min(max(x - width / 2, plot.left() - c.pt(10)), plot.right() + c.pt(4) - width)
        c.text(
            QRectF(left, plot.bottom() + c.pt(3), width, metrics.height()),
            label,
            font,
            ink=MUTED,
            align=_CENTRE,
        )


def _paint_series(c: Canvas, plot: QRectF, s: Series, sx: Scale, sy: Scale) -> None:
    p = c.painter
    if s.kind == "events":
        p.setPen(c.pen(PLUM, 0.8, dash=True))
        for x in s.xs:
            p.drawLine(QPointF(sx(x), plot.top()), QPointF(sx(x), plot.bottom()))
        return
    if s.kind == "bars":
        half = (sx(s.bar_days) - sx(0)) / 2
        font = c.font(6.5)
        for x, y in zip(s.xs, s.ys, strict=True):
            top = sy(y)
            # A week cut by the period's edge is drawn cut too, never past the axis.
            left, right = max(sx(x) - half, plot.left()), min(sx(x) + half, plot.right())
            if right <= left:
                continue
            bar = QRectF(left, top, right - left, plot.bottom() - top)
            p.setPen(c.pen(NAVY, 0.5))
            p.setBrush(s.ink)
            p.drawRect(bar)
            if s.bar_labels and y > 0:
                h = c.metrics(font).height()
                box = QRectF(bar.left() - c.pt(10), top - h, bar.width() + c.pt(20), h)
                c.text(box, number(y), font, ink=MUTED, align=_CENTRE)
        return
    if s.kind == "segments":
        p.setPen(c.pen(RULE, 0.7))
        for x, a, b in zip(s.xs, s.ys, s.ys2, strict=True):
            if a == a and b == b:
                p.drawLine(QPointF(sx(x), sy(a)), QPointF(sx(x), sy(b)))
        return
    if s.kind == "line":
        path = QPainterPath()
        pen_down = False
        for x, y in zip(s.xs, s.ys, strict=True):
            if y != y:  # NaN: a gap
                pen_down = False
                continue
            point = QPointF(sx(x), sy(y))
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        p.setPen(c.pen(s.ink, s.width_pt, dash=s.dash))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        return
    for x, y in zip(s.xs, s.ys, strict=True):
        if y == y:
            paint_marker(c, QPointF(sx(x), sy(y)), s.marker, s.ink, s.size_pt, filled=s.filled)


def _paint_legend(c: Canvas, rect: QRectF, series: Sequence[Series]) -> None:
    font = c.font(7.5)
    metrics = c.metrics(font)
    sample = c.pt(16)
    x = rect.left()
    mid = rect.center().y()
    p = c.painter
    for s in series:
        if not s.in_legend or not s.label:
            continue
        if s.kind in ("line", "events"):
            ink = PLUM if s.kind == "events" else s.ink
            width = 0.8 if s.kind == "events" else s.width_pt
            p.setPen(c.pen(ink, width, dash=s.dash or s.kind == "events"))
            p.drawLine(QPointF(x, mid), QPointF(x + sample, mid))
        elif s.kind == "bars":
            p.setPen(c.pen(NAVY, 0.5))
            p.setBrush(s.ink)
            p.drawRect(QRectF(x + sample * 0.2, mid - c.pt(3), sample * 0.6, c.pt(6)))
        elif s.kind == "points":
            paint_marker(
                c, QPointF(x + sample / 2, mid), s.marker, s.ink, s.size_pt, filled=s.filled
            )
        else:
            p.setPen(c.pen(RULE, 0.7))
            p.drawLine(
                QPointF(x + sample / 2, mid - c.pt(4)), QPointF(x + sample / 2, mid + c.pt(4))
            )
        x += sample + c.pt(3)
        width = metrics.horizontalAdvance(s.label) + c.pt(2)
        c.text(QRectF(x, rect.top(), width, rect.height()), s.label, font, ink=MUTED)
        x += width + c.pt(12)


# -- body maps -----------------------------------------------------------------------------------

# Translated where painted.
_VIEW_TITLES: dict[View, str] = {
    "front": QT_TRANSLATE_NOOP("report_charts", "Front (facing you)"),
    "back": QT_TRANSLATE_NOOP("report_charts", "Back (seen from behind)"),
}
_SIDES: dict[View, tuple[str, str]] = {"front": ("right", "left"), "back": ("left", "right")}
_GAP_UNITS = 34.0  # figure units between the front and the back


def paint_body_maps(
    c: Canvas,
    rect: QRectF,
    values: Mapping[int, float],
    *,
    views: Sequence[View] = ("front", "back"),
    title: str = "",
    decimals: int = 1,
) -> None:
    """The views side by side in ``rect`` with a value (> 0) in each region as a number;
    ``title`` (optional) above, then a line of view titles; the figures fill the rest."""
    figure = load_figure("neutral")
    title_font, view_font = c.font(9, bold=True), c.font(7.5)
    top = rect.top()
    if title:
        h = c.metrics(title_font).height()
        c.text(QRectF(rect.left(), top, rect.width(), h), title, title_font, align=_CENTRE)
        top += h + c.pt(2)
    view_h = c.metrics(view_font).height()
    area = QRectF(rect.left(), top + view_h + c.pt(3), rect.width(), 0)
    area.setBottom(rect.bottom())
    units = len(views) * figure.width + (len(views) - 1) * _GAP_UNITS
    scale = min(area.width() / units, area.height() / figure.height)
    left = area.left() + (area.width() - units * scale) / 2
    p = c.painter
    for n, view in enumerate(views):
        x = left + n * (figure.width + _GAP_UNITS) * scale
        box = QRectF(x, area.top(), figure.width * scale, figure.height * scale)
        label_box = QRectF(box.left() - c.pt(10), top, box.width() + c.pt(20), view_h)
        view_title = translate("report_charts", _VIEW_TITLES[view])
        c.text(label_box, view_title, view_font, ink=MUTED, align=_CENTRE)
        transform = QTransform(scale, 0, 0, scale, x, area.top())
        p.save()
        p.setTransform(transform, combine=True)
        # Cosmetic pens: widths in device pixels, untouched by the figure's scale.
        edge = c.pen(QColor("#a7aca9"), 0.4)
        edge.setCosmetic(True)
        for shape in figure.regions.values():
            if shape.view != view:
                continue
            value = values.get(shape.code, 0.0)
            p.setPen(edge)
            p.setBrush(rating_colour(value, dark=False) if value >= 0.05 else QColor("#ffffff"))
            p.drawPath(shape.path)
        silhouette = figure.silhouettes.get(view)
        if silhouette is not None:
            outline = c.pen(QColor("#3b403e"), 0.9)
            outline.setCosmetic(True)
            p.setPen(outline)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(silhouette)
        p.restore()
        _paint_side_badges(c, box, scale, view)
        labels = [
            (transform.map(shape.label), number(values[shape.code], decimals), values[shape.code])
            for shape in figure.regions.values()
            if shape.view == view and values.get(shape.code, 0.0) >= 0.05
        ]
        largest = max(4.8, min(7.5, 13.0 * scale / c.px))
        placed = fit_labels(c, [(at, text) for at, text, _ in labels], largest)
        for (_, text, value), (at, size) in zip(labels, placed, strict=True):
            fill = rating_colour(value, dark=False)
            _paint_number(c, at, text, size, text_on(fill), fill)


def fit_labels(
    c: Canvas, labels: Sequence[tuple[QPointF, str]], largest_pt: float, smallest_pt: float = 4.2
) -> list[tuple[QPointF, float]]:
    """Where each number goes and its point size (see ``bodymap_figure.spread_labels``)."""
    metrics = c.metrics(c.font(largest_pt, bold=True))
    widths = [metrics.horizontalAdvance(text) for _, text in labels]
    return spread_labels(
        [at for at, _ in labels],
        widths,
        metrics.capHeight() * 1.5,
        c.pt(2.2),
        largest_pt,
        smallest_pt,
    )


def _paint_side_badges(c: Canvas, box: QRectF, scale: float, view: View) -> None:
    font = c.font(7, bold=True)
    radius = c.pt(5.5)
    p = c.painter
    for side, fx in zip(_SIDES[view], (0.11, 0.89), strict=True):
        centre = QPointF(box.left() + fx * box.width(), box.top() + 58 * scale)
        p.setPen(c.pen(TEXT, 0.7))
        p.setBrush(QColor("#ffffff"))
        p.drawEllipse(centre, radius, radius)
        rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        c.text(rect, _side_letter(side), font, align=_CENTRE)


def _side_letter(side: str) -> str:
    """The one-letter badge of the person's own right or left side."""
    if side == "right":
        return translate("report_charts", "R", "the person's right side, a body-map badge")
    return translate("report_charts", "L", "the person's left side, a body-map badge")


def _paint_number(
    c: Canvas, centre: QPointF, text: str, size_pt: float, ink: QColor, halo: QColor
) -> None:
    """A bold number with a halo of the region's fill, centred on ``centre``. The font is sized
    in device pixels because the number is drawn as a path, and a path has no device."""
    font = c.font(size_pt, bold=True)
    font.setPixelSize(max(1, round(c.pt(size_pt))))
    paint_halo_text(c.painter, centre, text, font, ink, halo, halo_width=c.pt(1.6))


def paint_scale_legend(c: Canvas, rect: QRectF, *, caption: str = "") -> None:
    """``caption  0 none [11 swatches] 10 worst`` centred in ``rect``."""
    font = c.font(7.5)
    metrics = c.metrics(font)
    swatch = c.pt(14)
    low = translate("report_charts", "0 none", "the lowest rating on the colour scale")
    high = translate("report_charts", "10 worst imaginable", "the highest rating on the scale")
    parts = [caption + "  " if caption else "", low]
    widths = [metrics.horizontalAdvance(t) for t in parts]
    total = sum(widths) + c.pt(6) + 11 * swatch + c.pt(6) + metrics.horizontalAdvance(high)
    x = rect.left() + (rect.width() - total) / 2
    for text, width in zip(parts, widths, strict=True):
        c.text(QRectF(x, rect.top(), width + c.pt(1), rect.height()), text, font, ink=MUTED)
        x += width
    x += c.pt(6)
    p = c.painter
    for n in range(11):
        p.setPen(c.pen(RULE, 0.4))
        p.setBrush(rating_colour(n, dark=False) if n else QColor("#ffffff"))
        p.drawRect(QRectF(x + n * swatch, rect.center().y() - c.pt(4), swatch, c.pt(8)))
    x += 11 * swatch + c.pt(6)
    c.text(QRectF(x, rect.top(), rect.right() - x, rect.height()), high, font, ink=MUTED)


# -- tables --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # of the table's width
    align: Literal["left", "right", "centre"] = "left"


def paint_table_row(
    c: Canvas,
    rect: QRectF,
    columns: Sequence[Column],
    cells: Sequence[str],
    *,
    header: bool = False,
    shaded: bool = False,
) -> None:
    p = c.painter
    if shaded:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SHADE)
        p.drawRect(rect)
    font = c.font(7.5, bold=header)
    pad = c.pt(4)
    x = rect.left()
    aligns = {"left": _LEFT, "right": _RIGHT, "centre": _CENTRE}
    for column, cell in zip(columns, cells, strict=True):
        width = column.share * rect.width()
        inner = QRectF(x + pad, rect.top(), width - 2 * pad, rect.height())
        text = c.elided(cell, font, inner.width())
        c.text(inner, text, font, ink=TEXT if not header else MUTED, align=aligns[column.align])
        x += width
    if header:
        p.setPen(c.pen(RULE, 0.6))
        p.drawLine(rect.bottomLeft(), rect.bottomRight())
