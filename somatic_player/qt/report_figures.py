"""The clinician report's figures: the four date charts and the body maps (a heat map, before
and after practice, and the regions rated highest), each derived from the history and added to
the report as blocks. The drawing itself is in ``report_charts``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF

from somatic_player.core.bodymap import describe, region
from somatic_player.history.analysis import (
    BeforeAfterMaps,
    before_after_maps,
    daily_series,
    practice_minutes_by_week,
    region_heatmap,
    rolling_mean,
    widespreadness,
)
from somatic_player.history.snapshot import UNANSWERED, History
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_figure import VIEWS
from somatic_player.qt.history_series import number, signed
from somatic_player.qt.report_charts import (
    MUTED,
    NAVY,
    ORANGE,
    RULE,
    SKY,
    Column,
    DateChart,
    Marker,
    Series,
    paint_body_maps,
    paint_scale_legend,
)
from somatic_player.qt.report_data import ReportData
from somatic_player.qt.report_layout import Sections

# -- charts --------------------------------------------------------------------------------------


LONG_PERIOD_DAYS = 400  # longer: weekly points and a 4-week line, or every dot is a smear
# A region's view, as the region table names it (translated where shown).
_VIEW_NAMES = {
    "front": QT_TRANSLATE_NOOP("report_figures", "front"),
    "back": QT_TRANSLATE_NOOP("report_figures", "back"),
}


def add_charts(s: Sections, data: ReportData) -> None:
    assert data.first is not None and data.last is not None
    first, last = data.first.toordinal(), data.last.toordinal()
    long = last - first + 1 > LONG_PERIOD_DAYS
    h = data.history
    s.heading(translate("report_figures", "Charts"))
    daily = daily_series(h)
    ketamine = [_day_of(data, k.at) for k in h.ketamine]
    events = (
        (Series(translate("report_figures", "ketamine-assisted session"), "events", ketamine),)
        if ketamine
        else ()
    )
    s.chart(
        DateChart(
            translate("report_figures", "Pain right now"),
            translate("report_figures", "pain (0-10)"),
            first,
            last,
            10,
            (*_daily_series(daily.days, daily.pain, "circle", long=long), *events),
            note=translate("report_figures", "all check-ins with an overall rating"),
        )
    )
    s.chart(_before_after_chart(data, first, last, long=long))
    s.chart(_minutes_chart(data, first, last))
    days, counts = _spread_by_day(h)
    top = max([*counts[~np.isnan(counts)].tolist(), 4.0]) * 1.15
    s.chart(
        DateChart(
            translate("report_figures", "Painful regions per body map"),
            translate("report_figures", "regions above 0"),
            first,
            last,
            top,
            _daily_series(days, counts, "square", long=long),
            note=translate("report_figures", "of the 74 body-map regions"),
        )
    )


def _daily_series(
    days: npt.NDArray[np.int64], values: npt.NDArray[np.float64], marker: Marker, *, long: bool
) -> tuple[Series, Series]:
    """Daily means as dots with their 7-day average as a line; over long periods, weekly means
    with a 4-week average (days are consecutive, NaN where nothing was rated)."""
    daily_mean = translate("report_figures", "daily mean")
    week_average = translate("report_figures", "7-day average")
    if not len(days):
        return Series(daily_mean, "points", []), Series(week_average, "line", [])
    centre = (days + 0.5).tolist()
    if not long:
        dots = Series(
            daily_mean, "points", centre, values.tolist(), SKY, marker, size_pt=_dot(centre)
        )
        line = rolling_mean(values, 7).tolist()
        return dots, Series(week_average, "line", centre, line, NAVY, width_pt=1.6)
    weeks, means = _bucket_means(centre, values.tolist(), "week")
    weekly_mean = translate("report_figures", "weekly mean")
    dots = Series(weekly_mean, "points", weeks, means, SKY, marker, size_pt=_dot(weeks))
    line = rolling_mean(values, 28).tolist()
    four_weeks = translate("report_figures", "4-week average")
    return dots, Series(four_weeks, "line", centre, line, NAVY, width_pt=1.4)


def _bucket_means(
    xs: list[float], ys: list[float], by: Literal["week", "month"]
) -> tuple[list[float], list[float]]:
    """Means of ``ys`` (NaN left out) per ISO week or calendar month, at the bucket's middle."""
    buckets: dict[int, list[float]] = {}
    for x, y in zip(xs, ys, strict=True):
        if y != y:
            continue
        day = date.fromordinal(int(x))
        key = day.toordinal() - day.weekday() if by == "week" else day.replace(day=1).toordinal()
        buckets.setdefault(key, []).append(y)
    middle = 3.5 if by == "week" else 15.0
    keys = sorted(buckets)
    return [k + middle for k in keys], [sum(buckets[k]) / len(buckets[k]) for k in keys]


def _dot(xs: list[float]) -> float:
    """Marker size: smaller when there are many, so the average line stays visible."""
    return 4.0 if len(xs) <= 60 else 3.0 if len(xs) <= 150 else 2.2


def _day_of(data: ReportData, moment: datetime) -> float:
    local = data.local(moment)
    return local.toordinal() + (local.hour * 60 + local.minute) / 1440


def _before_after_chart(data: ReportData, first: int, last: int, *, long: bool) -> DateChart:
    rated = [x for x in data.changes if x.pain_before is not None or x.pain_after is not None]
    xs: list[float] = [_day_of(data, x.started_at) for x in rated]
    before = [_nan(x.pain_before) for x in rated]
    after = [_nan(x.pain_after) for x in rated]
    note = translate("report_figures", "each session")
    if len(rated) > 80:  # hundreds of pairs are a smear: weekly or monthly means instead
        by: Literal["week", "month"] = "month" if long else "week"
        note = (
            translate("report_figures", "monthly means")
            if long
            else translate("report_figures", "weekly means")
        )
        paired = [(x, b, a) for x, b, a in zip(xs, before, after, strict=True) if b == b and a == a]
        xs, before = _bucket_means([p[0] for p in paired], [p[1] for p in paired], by)
        _, after = _bucket_means([p[0] for p in paired], [p[2] for p in paired], by)
    size = 4.2 if len(xs) <= 150 else 3.2
    return DateChart(
        translate("report_figures", "Pain before and after practice"),
        translate("report_figures", "pain (0-10)"),
        first,
        last,
        10,
        (
            Series("", "segments", xs, before, ys2=after, in_legend=False),
            Series(
                translate("report_figures", "before"),
                "points",
                xs,
                before,
                NAVY,
                "circle",
                size_pt=size,
            ),
            Series(
                translate("report_figures", "after"),
                "points",
                xs,
                after,
                ORANGE,
                "triangle",
                size_pt=size + 0.6,
            ),
        ),
        note=note,
    )


def _nan(value: int | None) -> float:
    return float("nan") if value is None else float(value)


def _minutes_chart(data: ReportData, first: int, last: int) -> DateChart:
    weekly = practice_minutes_by_week(data.history)
    xs = [w + 3.5 for w in weekly.week_starts.tolist()]
    ys = weekly.minutes.tolist()
    title, width = translate("report_figures", "Practice minutes per week"), 5.0
    if last - first > 730:  # years of weeks are hairlines: months instead
        title, width = translate("report_figures", "Practice minutes per month"), 24.0
        months: dict[int, float] = {}
        s = data.history.sessions
        for day, minutes in zip(s.day.tolist(), s.minutes.tolist(), strict=True):
            if minutes == minutes:
                d = date.fromordinal(day)
                start = date(d.year, d.month, 1).toordinal()
                months[start] = months.get(start, 0.0) + minutes
        xs = [m + 15 for m in sorted(months)]
        ys = [months[m] for m in sorted(months)]
    top = max([*ys, 30.0]) * 1.18
    minutes = translate("report_figures", "minutes")
    bars = Series(minutes, "bars", xs, ys, SKY, bar_days=width, bar_labels=len(xs) <= 20)
    return DateChart(
        title,
        minutes,
        first,
        last,
        top,
        (bars,),
        note=translate("report_figures", "stopped sessions included"),
    )


def _spread_by_day(h: History) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Every day from the first to the last answered body map, with that day's mean count of
    painful regions (NaN on days without a map)."""
    counts, _ = painful_region_counts(h)
    days = h.checkins.day[h.checkins.body != UNANSWERED]
    if not len(days):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    first = int(days.min())
    index = days - first
    n = int(index.max()) + 1
    sums = np.bincount(index, weights=counts, minlength=n)
    seen = np.bincount(index, minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean: npt.NDArray[np.float64] = np.where(seen > 0, sums / np.maximum(seen, 1), np.nan)
    return np.arange(first, first + n, dtype=np.int64), mean


def painful_region_counts(h: History) -> tuple[npt.NDArray[np.int64], int]:
    """Regions rated above 0 on each answered body map, and how many regions ever were."""
    spread = widespreadness(h)
    r = h.regions
    return spread.values, len(set(r.code[r.rating > 0].tolist()))


# -- body maps -----------------------------------------------------------------------------------


def add_maps(s: Sections, data: ReportData) -> None:
    c, h = s.c, data.history
    heat = region_heatmap(h, "mean")
    if heat.maps == 0:
        return
    s.heading(translate("report_figures", "Body map: mean rating per region"))
    mean_note = translate(
        "report_figures",
        "Mean over the %n answered body map(s) of the period (0-10; a region not rated on an "
        "answered map counts as 0). Sides are the person's own: on the front view the person's "
        "right is on the left of the page.",
        None,
        heat.maps,
    )
    s.paragraph(mean_note, size=8, ink=MUTED, keep=True)
    values = heat.rated
    s.add(
        c.pt(440),
        lambda r: paint_body_maps(c, r, values),
        space_pt=2,
        keep=True,
        min_height=c.pt(290),
    )
    rating = translate("report_figures", "Rating:")
    s.add(c.pt(14), lambda r: paint_scale_legend(c, r, caption=rating), space_pt=14)
    pair = before_after_maps(h)
    if pair.sessions:
        s.heading(translate("report_figures", "Body maps before and after practice"))
        pair_note = translate(
            "report_figures",
            "Mean per region over the %n session(s) whose before and after body maps were both "
            "answered.",
            None,
            pair.sessions,
        )
        s.paragraph(
            pair_note,
            size=8,
            ink=MUTED,
            keep=True,
        )

        sides = (
            (translate("report_figures", "Before practice"), pair.before),
            (translate("report_figures", "After practice"), pair.after),
        )

        def paint(rect: QRectF) -> None:
            half, row = rect.width() / 2, rect.height() / 2
            for n, (name, maps) in enumerate(sides):
                for m, view in enumerate(VIEWS):
                    cell = QRectF(rect.left() + n * half, rect.top() + m * row, half, row)
                    title = name if m == 0 else ""
                    cell.adjust(c.pt(6), 0 if m == 0 else c.pt(10), -c.pt(6), 0)
                    paint_body_maps(c, cell, maps.rated, views=(view,), title=title)
            c.painter.setPen(c.pen(RULE, 0.5))
            x = rect.center().x()
            c.painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

        s.add(c.pt(590), paint, space_pt=2, keep=True, min_height=c.pt(540))
        s.add(c.pt(14), lambda r: paint_scale_legend(c, r, caption=rating), space_pt=14)
    _region_table(s, h, heat.values, pair if pair.sessions else None)


def _region_table(
    s: Sections, h: History, mean: dict[int, float], pair: BeforeAfterMaps | None
) -> None:
    """The ten regions with the highest mean rating: how often rated, and before/after."""
    top = sorted((code for code in mean if mean[code] >= 0.05), key=lambda k: (-mean[k], k))[:10]
    if not top:
        return
    shares = _rated_share(h)
    s.paragraph(
        translate("report_figures", "Regions with the highest mean rating"),
        size=9.5,
        bold=True,
        keep=True,
        space_pt=2,
    )
    note = translate("report_figures", "Mean and share: over all answered body maps of the period.")
    if pair is not None:
        sessions = pair.sessions
        both = translate(
            "report_figures",
            "Before and after: over the %n session(s) with both maps answered.",
            None,
            sessions,
        )
        note += " " + both
    s.paragraph(note, size=7.5, ink=MUTED, keep=True, space_pt=3)
    columns = [
        Column(translate("report_figures", "Region"), 0.32),
        Column(translate("report_figures", "View"), 0.09),
        Column(translate("report_figures", "Mean"), 0.10, "right"),
        Column(translate("report_figures", "Rated above 0 on"), 0.18, "right"),
    ]
    if pair is not None:
        columns += [
            Column(translate("report_figures", "Before"), 0.10, "right"),
            Column(translate("report_figures", "After"), 0.09, "right"),
            Column(translate("report_figures", "Difference"), 0.12, "right"),
        ]
    share = translate("report_figures", "{percent}% of maps")
    rows = []
    for code in top:
        view = region(code).view
        row = [
            describe(code),
            translate("report_figures", _VIEW_NAMES[view]) if view in _VIEW_NAMES else view,
            number(mean[code], 1),
            share.format(percent=number(100 * shares.get(code, 0.0))),
        ]
        if pair is not None:
            before, after = pair.before.values[code], pair.after.values[code]
            row += [number(before, 1), number(after, 1), signed(after - before, 1)]
        rows.append(row)
    s.table(columns, rows, space_pt=14)


def _rated_share(h: History) -> dict[int, float]:
    maps = int((h.checkins.body != UNANSWERED).sum())
    r = h.regions
    codes = r.code[r.rating > 0].tolist()
    out: dict[int, float] = {}
    for code in codes:
        out[code] = out.get(code, 0.0) + 1.0
    return {code: n / maps for code, n in out.items()} if maps else {}
