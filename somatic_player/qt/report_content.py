"""The clinician report's words and tables, as blocks: the title and disclaimer, the summary
figures, pain before and after by kind of practice, the practice log and, only when asked,
journal excerpts. The charts and body maps come from ``report_figures``.

The words describe and never judge (no "improved", "better", "worse") and claim no treatment.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF

from somatic_player import __version__
from somatic_player.history.analysis import Measure, SessionChange
from somatic_player.history.snapshot import MOMENTS, OUTCOMES
from somatic_player.i18n import translate
from somatic_player.qt.history_series import (
    kind_label,
    noticeable_text,
    number,
    sessions_text,
    signed,
    time_text,
)
from somatic_player.qt.report_charts import MUTED, RULE, SHADE, Canvas, Column
from somatic_player.qt.report_data import ReportData, long_date, report_title, short_date
from somatic_player.qt.report_figures import add_charts, add_maps, painful_region_counts
from somatic_player.qt.report_layout import TOP_LEFT, Block, Sections, wrap_lines

JOURNAL_EXCERPT_CHARS = 2000


def build_blocks(c: Canvas, data: ReportData, width: float) -> list[Block]:
    """The whole report as blocks in reading order, measured for a page body ``width`` wide."""
    s = Sections(c, width)
    _title(s, data)
    if data.is_empty:
        if data.first is None or data.last is None:
            text = translate(
                "report_content",
                "There is no data yet: no practice sessions, check-ins or weekly checks have "
                "been recorded.",
            )
        else:
            text = translate(
                "report_content",
                "There is no data in this period: no practice sessions, check-ins or weekly "
                "checks were recorded from {first} to {last}.",
            ).format(first=long_date(data.first), last=long_date(data.last))
        s.paragraph(text, size=10)
        return s.blocks
    _summary(s, data)
    _by_kind(s, data)
    add_charts(s, data)
    add_maps(s, data)
    _practice_log(s, data)
    if data.include_journal:
        _journal(s, data)
    return s.blocks


def _title(s: Sections, data: ReportData) -> None:
    c = s.c
    s.paragraph(report_title(), size=17, bold=True, space_pt=2)
    period = translate("report_content", "Period: {period}").format(period=data.period)
    s.paragraph(period, size=10.5, space_pt=2)
    when = data.generated
    generated = translate(
        "report_content", "Generated {date} at {time} by Somatic Player {version}"
    ).format(date=long_date(when.date()), time=time_text(when), version=__version__)
    s.paragraph(generated, size=8, ink=MUTED, space_pt=8)
    lines = [
        (
            translate(
                "report_content",
                "All figures are self-reported by the person using the app. Somatic Player is an "
                "app for relaxation, stress management and self-tracking; it is not a medical "
                "device.",
            ),
            c.font(8.5),
        )
    ]
    if data.demo:
        demo = translate(
            "report_content",
            "Demo data: this history was made up by the app for demonstration; it describes no "
            "real person.",
        )
        lines.append((demo, c.font(8.5, bold=True)))
    pad, width = c.pt(6), s.width - 2 * c.pt(6)
    heights = [c.wrapped_height(text, font, width) for text, font in lines]

    def paint(rect: QRectF) -> None:
        c.painter.setPen(c.pen(RULE, 0.6))
        c.painter.setBrush(SHADE)
        c.painter.drawRect(rect)
        y = rect.top() + pad
        for (text, font), h in zip(lines, heights, strict=True):
            c.text(QRectF(rect.left() + pad, y, width, h), text, font, align=TOP_LEFT, wrap=True)
            y += h + pad / 2

    s.add(sum(heights) + pad * (len(lines) - 1) / 2 + 2 * pad, paint, space_pt=14)


def _summary(s: Sections, data: ReportData) -> None:
    c = s.c
    rows = summary_rows(data)
    label_font, value_font = c.font(8.5, bold=True), c.font(8.5)
    label_w = s.width * 0.31
    gap = c.pt(3.5)
    # A label wraps within its column (longer in some languages); a row is as tall as its
    # taller side.
    label_room = label_w - c.pt(6)
    heights = [
        max(
            c.wrapped_height(label, label_font, label_room),
            c.wrapped_height(v, value_font, s.width - label_w),
        )
        for label, v in rows
    ]
    s.heading(translate("report_content", "Summary"))

    def paint(rect: QRectF) -> None:
        y = rect.top()
        for (label, value), h in zip(rows, heights, strict=True):
            label_rect = QRectF(rect.left(), y, label_room, h)
            c.text(label_rect, label, label_font, align=TOP_LEFT, wrap=True)
            value_rect = QRectF(rect.left() + label_w, y, rect.width() - label_w, h)
            c.text(value_rect, value, value_font, align=TOP_LEFT, wrap=True)
            y += h + gap

    s.add(sum(heights) + gap * len(rows), paint, space_pt=4)
    h = data.history
    measures: tuple[Measure, ...] = ("pain", "tension")
    for measure in measures:
        sentence = noticeable_text(h, measure)
        if sentence:
            s.paragraph(
                translate(
                    "report_content",
                    "Noticeable change (7-day averages at least 2 points and 30% apart): "
                    "{sentence}",
                ).format(sentence=sentence),
                size=8.5,
                space_pt=4,
            )
    s.blocks[-1].space_after = c.pt(12)


def _outcome_words(outcome: str, n: int) -> str:
    """``"3 completed"``, ``"1 stopped early"``, ``"2 not ended"``."""
    if outcome == "completed":
        text = translate("report_content", "%n completed", None, n)
    elif outcome == "stopped":
        text = translate("report_content", "%n stopped early", None, n)
    else:
        text = translate("report_content", "%n not ended", None, n)
    return text


def summary_rows(data: ReportData) -> list[tuple[str, str]]:
    """The summary figures as (label, value) lines."""
    h = data.history
    s, c = h.sessions, h.checkins
    outcome = [OUTCOMES[o] for o in s.outcome.tolist()]
    parts = [_outcome_words(o, outcome.count(o)) for o in _OUTCOMES if outcome.count(o)]
    sessions = f"{len(s)}" + (f" ({', '.join(parts)})" if parts else "")
    rows = [(translate("report_content", "Practice sessions"), sessions)]
    ended = s.minutes[~np.isnan(s.minutes)]
    total = float(ended.sum()) if len(ended) else 0.0
    minutes = translate("report_content", "{total} minutes ({hours} h {minutes} min)").format(
        total=number(total), hours=int(total // 60), minutes=int(total % 60)
    )
    if len(ended):
        minutes += translate("report_content", "; {average} minutes per session on average").format(
            average=number(total / len(ended))
        )
    rows.append((translate("report_content", "Time practised"), minutes))
    skipped = int(c.skipped.sum())
    answered = len(c) - skipped
    moments = [MOMENTS[m] for m in c.moment[~c.skipped].tolist()]
    checkins = translate(
        "report_content",
        "{answered} ({before} before practice, {after} after, {alone} on their own)",
    ).format(
        answered=answered,
        before=moments.count("before"),
        after=moments.count("after"),
        alone=moments.count("standalone"),
    )
    if skipped:
        checkins += translate("report_content", "; {skipped} skipped").format(skipped=skipped)
    rows.append((translate("report_content", "Check-ins"), checkins))
    pain = c.pain[~np.isnan(c.pain)]
    if len(pain):
        over = translate("report_content", "%n check-in(s)", None, len(pain))
        rows.append(
            (
                translate("report_content", "Pain right now (0-10)"),
                translate(
                    "report_content", "mean {mean}, from {low} to {high}, over {checkins}"
                ).format(
                    mean=number(pain.mean(), 1),
                    low=number(pain.min()),
                    high=number(pain.max()),
                    checkins=over,
                ),
            )
        )
    paired = [x for x in data.changes if x.pain_before is not None and x.pain_after is not None]
    if paired:
        before = sum(x.pain_before or 0 for x in paired) / len(paired)
        after = sum(x.pain_after or 0 for x in paired) / len(paired)
        rows.append(
            (
                translate("report_content", "Pain before and after practice"),
                translate(
                    "report_content",
                    "mean {before} before and {after} after ({sessions} rated both times)",
                ).format(
                    before=number(before, 1),
                    after=number(after, 1),
                    sessions=sessions_text(len(paired)),
                ),
            )
        )
    counts, distinct = painful_region_counts(h)
    if len(counts):
        answered = len(counts)
        maps = translate("report_content", "%n body map(s)", None, answered)
        regions = translate("report_content", "%n different region(s)", None, distinct)
        rows.append(
            (
                translate("report_content", "Painful regions (of 74)"),
                translate(
                    "report_content",
                    "{mean} per body map on average, from {low} to {high}, over {maps}; "
                    "{regions} rated above 0 in the period",
                ).format(
                    mean=number(counts.mean(), 1),
                    low=counts.min(),
                    high=counts.max(),
                    maps=maps,
                    regions=regions,
                ),
            )
        )
    peg3 = translate("report_content", "Latest PEG-3 (0-10)")
    if h.peg3:
        latest = h.peg3[-1]
        weekly = len(h.peg3)
        checks = translate("report_content", "%n weekly check(s)", None, weekly)
        rows.append(
            (
                peg3,
                translate(
                    "report_content",
                    "{score} on {date} (pain {pain}, enjoyment {enjoyment}, activity "
                    "{activity}); {checks} in the period",
                ).format(
                    score=number(latest.score, 1),
                    date=long_date(data.local(latest.taken_at).date()),
                    pain=latest.pain,
                    enjoyment=latest.enjoyment,
                    activity=latest.activity,
                    checks=checks,
                ),
            )
        )
    else:
        rows.append((peg3, translate("report_content", "none in this period")))
    if h.ketamine:
        days = ", ".join(long_date(data.local(k.at).date()) for k in h.ketamine)
        rows.append(
            (
                translate("report_content", "Ketamine-assisted sessions"),
                translate("report_content", "{count} logged: {days}").format(
                    count=len(h.ketamine), days=days
                ),
            )
        )
    return rows


_OUTCOMES = ("completed", "stopped", "running")


def _by_kind(s: Sections, data: ReportData) -> None:
    groups: dict[str, list[SessionChange]] = {}
    for x in data.changes:
        if x.pain_before is not None and x.pain_after is not None:
            groups.setdefault(x.kind or "", []).append(x)
    if not groups:
        return
    s.heading(translate("report_content", "Pain before and after practice, by kind of practice"))
    columns = [
        Column(translate("report_content", "Kind of practice"), 0.34),
        Column(translate("report_content", "Sessions"), 0.14, "right"),
        Column(translate("report_content", "Mean before"), 0.16, "right"),
        Column(translate("report_content", "Mean after"), 0.16, "right"),
        Column(translate("report_content", "Mean difference"), 0.20, "right"),
    ]
    points = translate("report_content", "{points} points")
    rows = []
    for kind, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        before = sum(x.pain_before or 0 for x in items) / len(items)
        after = sum(x.pain_after or 0 for x in items) / len(items)
        label = kind_label(kind) if kind else translate("report_content", "Not recorded")
        rows.append(
            [
                label,
                str(len(items)),
                number(before, 1),
                number(after, 1),
                points.format(points=signed(after - before, 1)),
            ]
        )
    s.table(columns, rows, space_pt=14)


# -- practice log and journal --------------------------------------------------------------------


def _ended(outcome: str) -> str:
    if outcome == "completed":
        return translate("report_content", "completed")
    if outcome == "stopped":
        return translate("report_content", "stopped early")
    return translate("report_content", "not ended")


def _practice_log(s: Sections, data: ReportData) -> None:
    if not data.changes:
        return
    s.heading(translate("report_content", "Practice log"))
    columns = [
        Column(translate("report_content", "Date and time"), 0.18),
        Column(translate("report_content", "Routine"), 0.31),
        Column(translate("report_content", "Minutes"), 0.09, "right"),
        Column(translate("report_content", "Ended"), 0.16),
        Column(translate("report_content", "Pain"), 0.13, "centre"),
        Column(translate("report_content", "Tension"), 0.13, "centre"),
    ]
    s.paragraph(
        translate(
            "report_content",
            "Pain and tension are the overall 0-10 ratings of the check-ins before → after the "
            "session (– where not given).",
        ),
        size=7.5,
        ink=MUTED,
        keep=True,
        space_pt=3,
    )
    rows = []
    for x in data.changes:
        when = data.local(x.started_at)
        minutes = number(x.minutes) if x.minutes is not None else "–"
        rows.append(
            [
                f"{short_date(when.date())} {time_text(when)}",
                x.title or x.routine_id,
                minutes,
                _ended(x.outcome),
                _pair(x.pain_before, x.pain_after),
                _pair(x.tension_before, x.tension_after),
            ]
        )
    s.table(columns, rows, space_pt=14)


def _pair(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return "–"
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def _journal(s: Sections, data: ReportData) -> None:
    c = s.c
    s.heading(translate("report_content", "Journal excerpts (included at the person's request)"))
    if not data.journal:
        s.paragraph(
            translate("report_content", "No journal entries in this period."), size=8.5, ink=MUTED
        )
        return
    s.paragraph(
        translate(
            "report_content",
            "These are private notes. They appear here only because the person chose to include "
            "them. Entries longer than {limit} characters are shortened.",
        ).format(limit=JOURNAL_EXCERPT_CHARS),
        size=8,
        ink=MUTED,
        keep=True,
    )
    font = c.font(8.5)
    for entry in data.journal:
        when = data.local(entry.written_at)
        s.paragraph(
            f"{long_date(when.date())}, {time_text(when)} · {entry.prompt}",
            size=8.5,
            bold=True,
            keep=True,
            space_pt=2,
        )
        text = entry.text.strip()
        if len(text) > JOURNAL_EXCERPT_CHARS:
            text = text[:JOURNAL_EXCERPT_CHARS].rsplit(" ", 1)[0] + " […]"
        lines = wrap_lines(c, text, font, s.width - c.pt(10))
        for n, line in enumerate(lines):

            def paint(rect: QRectF, line: str = line) -> None:
                c.text(rect.adjusted(c.pt(10), 0, 0, 0), line, font)

            last = n == len(lines) - 1
            s.add(c.metrics(font).lineSpacing(), paint, space_pt=10 if last else 0)
