"""The clinician report's words and tables, as blocks: the title and disclaimer, the summary
figures, pain before and after by kind of practice, the practice log and, only when asked,
journal excerpts. The charts and body maps come from ``report_figures``.

The words describe and never judge (no "improved", "better", "worse") and claim no treatment.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF

from somatic_player import __version__
from somatic_player.history.analysis import KIND_LABELS, Measure, SessionChange, noticeable_change
from somatic_player.history.snapshot import MOMENTS, OUTCOMES
from somatic_player.qt.report_charts import MUTED, RULE, SHADE, Canvas, Column
from somatic_player.qt.report_data import REPORT_TITLE, ReportData, long_date
from somatic_player.qt.report_figures import add_charts, add_maps, painful_region_counts
from somatic_player.qt.report_layout import TOP_LEFT, Block, Sections, wrap_lines

JOURNAL_EXCERPT_CHARS = 2000


def build_blocks(c: Canvas, data: ReportData, width: float) -> list[Block]:
    """The whole report as blocks in reading order, measured for a page body ``width`` wide."""
    s = Sections(c, width)
    _title(s, data)
    if data.is_empty:
        if data.first is None or data.last is None:
            text = "There is no data yet: no practice sessions, check-ins or weekly checks "
            text += "have been recorded."
        else:
            text = "There is no data in this period: no practice sessions, check-ins or weekly "
            text += f"checks were recorded from {long_date(data.first)} to {long_date(data.last)}."
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
    s.paragraph(REPORT_TITLE, size=17, bold=True, space_pt=2)
    s.paragraph(f"Period: {data.period}", size=10.5, space_pt=2)
    when = data.generated
    s.paragraph(
        f"Generated {long_date(when.date())} at {when:%H:%M} by Somatic Player {__version__}",
        size=8,
        ink=MUTED,
        space_pt=8,
    )
    lines = [
        (
            "All figures are self-reported by the person using the app. Somatic Player is an app "
            "for relaxation, stress management and self-tracking; it is not a medical device.",
            c.font(8.5),
        )
    ]
    if data.demo:
        demo = "Demo data: this history was made up by the app for demonstration; it describes "
        lines.append((demo + "no real person.", c.font(8.5, bold=True)))
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
    heights = [c.wrapped_height(v, value_font, s.width - label_w) for _, v in rows]
    s.heading("Summary")

    def paint(rect: QRectF) -> None:
        y = rect.top()
        for (label, value), h in zip(rows, heights, strict=True):
            c.text(QRectF(rect.left(), y, label_w, h), label, label_font, align=TOP_LEFT)
            value_rect = QRectF(rect.left() + label_w, y, rect.width() - label_w, h)
            c.text(value_rect, value, value_font, align=TOP_LEFT, wrap=True)
            y += h + gap

    s.add(sum(heights) + gap * len(rows), paint, space_pt=4)
    h = data.history
    measures: tuple[Measure, ...] = ("pain", "tension")
    for measure in measures:
        sentence = noticeable_change(h, measure)
        if sentence:
            s.paragraph(
                f"Noticeable change (7-day averages at least 2 points and 30% apart): {sentence}",
                size=8.5,
                space_pt=4,
            )
    s.blocks[-1].space_after = c.pt(12)


def summary_rows(data: ReportData) -> list[tuple[str, str]]:
    """The summary figures as (label, value) lines."""
    h = data.history
    s, c = h.sessions, h.checkins
    outcome = [OUTCOMES[o] for o in s.outcome.tolist()]
    parts = [f"{outcome.count(o)} {w}" for o, w in _OUTCOME_WORDS if outcome.count(o)]
    rows = [("Practice sessions", f"{len(s)}" + (f" ({', '.join(parts)})" if parts else ""))]
    ended = s.minutes[~np.isnan(s.minutes)]
    total = float(ended.sum()) if len(ended) else 0.0
    minutes = f"{total:.0f} minutes ({int(total // 60)} h {int(total % 60)} min)"
    if len(ended):
        minutes += f"; {total / len(ended):.0f} minutes per session on average"
    rows.append(("Time practised", minutes))
    skipped = int(c.skipped.sum())
    answered = len(c) - skipped
    moments = [MOMENTS[m] for m in c.moment[~c.skipped].tolist()]
    checkins = f"{answered} ({moments.count('before')} before practice, "
    checkins += f"{moments.count('after')} after, {moments.count('standalone')} on their own)"
    if skipped:
        checkins += f"; {skipped} skipped"
    rows.append(("Check-ins", checkins))
    pain = c.pain[~np.isnan(c.pain)]
    if len(pain):
        rows.append(
            (
                "Pain right now (0-10)",
                f"mean {pain.mean():.1f}, from {pain.min():.0f} to {pain.max():.0f}, "
                f"over {_n(len(pain), 'check-in')}",
            )
        )
    paired = [x for x in data.changes if x.pain_before is not None and x.pain_after is not None]
    if paired:
        before = sum(x.pain_before or 0 for x in paired) / len(paired)
        after = sum(x.pain_after or 0 for x in paired) / len(paired)
        rows.append(
            (
                "Pain before and after practice",
                f"mean {before:.1f} before and {after:.1f} after "
                f"({_n(len(paired), 'session')} rated both times)",
            )
        )
    counts, distinct = painful_region_counts(h)
    if len(counts):
        rows.append(
            (
                "Painful regions (of 74)",
                f"{counts.mean():.1f} per body map on average, from {counts.min()} to "
                f"{counts.max()}, over {_n(len(counts), 'body map')}; "
                f"{_n(distinct, 'different region')} rated above 0 in the period",
            )
        )
    if h.peg3:
        latest = h.peg3[-1]
        rows.append(
            (
                "Latest PEG-3 (0-10)",
                f"{latest.score:.1f} on {long_date(data.local(latest.taken_at).date())} "
                f"(pain {latest.pain}, enjoyment {latest.enjoyment}, activity "
                f"{latest.activity}); {_n(len(h.peg3), 'weekly check')} in the period",
            )
        )
    else:
        rows.append(("Latest PEG-3 (0-10)", "none in this period"))
    if h.ketamine:
        days = ", ".join(long_date(data.local(k.at).date()) for k in h.ketamine)
        rows.append(("Ketamine-assisted sessions", f"{len(h.ketamine)} logged: {days}"))
    return rows


_OUTCOME_WORDS = (
    ("completed", "completed"),
    ("stopped", "stopped early"),
    ("running", "not ended"),
)


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _by_kind(s: Sections, data: ReportData) -> None:
    groups: dict[str, list[SessionChange]] = {}
    for x in data.changes:
        if x.pain_before is not None and x.pain_after is not None:
            groups.setdefault(x.kind or "", []).append(x)
    if not groups:
        return
    s.heading("Pain before and after practice, by kind of practice")
    columns = [
        Column("Kind of practice", 0.34),
        Column("Sessions", 0.14, "right"),
        Column("Mean before", 0.16, "right"),
        Column("Mean after", 0.16, "right"),
        Column("Mean difference", 0.20, "right"),
    ]
    rows = []
    for kind, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        before = sum(x.pain_before or 0 for x in items) / len(items)
        after = sum(x.pain_after or 0 for x in items) / len(items)
        label = KIND_LABELS.get(kind, kind.replace("-", " ").capitalize() or "Not recorded")
        rows.append(
            [
                label,
                str(len(items)),
                f"{before:.1f}",
                f"{after:.1f}",
                f"{after - before:+.1f} points",
            ]
        )
    s.table(columns, rows, space_pt=14)


# -- practice log and journal --------------------------------------------------------------------


def _practice_log(s: Sections, data: ReportData) -> None:
    if not data.changes:
        return
    s.heading("Practice log")
    columns = [
        Column("Date and time", 0.18),
        Column("Routine", 0.31),
        Column("Minutes", 0.09, "right"),
        Column("Ended", 0.16),
        Column("Pain", 0.13, "centre"),
        Column("Tension", 0.13, "centre"),
    ]
    s.paragraph(
        "Pain and tension are the overall 0-10 ratings of the check-ins before → after the "
        "session (– where not given).",
        size=7.5,
        ink=MUTED,
        keep=True,
        space_pt=3,
    )
    rows = []
    for x in data.changes:
        when = data.local(x.started_at)
        minutes = f"{x.minutes:.0f}" if x.minutes is not None else "–"
        ended = {"completed": "completed", "stopped": "stopped early"}.get(x.outcome, "not ended")
        rows.append(
            [
                f"{when.day} {when:%b %Y %H:%M}",
                x.title or x.routine_id,
                minutes,
                ended,
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
    s.heading("Journal excerpts (included at the person's request)")
    if not data.journal:
        s.paragraph("No journal entries in this period.", size=8.5, ink=MUTED)
        return
    s.paragraph(
        "These are private notes. They appear here only because the person chose to include "
        f"them. Entries longer than {JOURNAL_EXCERPT_CHARS} characters are shortened.",
        size=8,
        ink=MUTED,
        keep=True,
    )
    font = c.font(8.5)
    for entry in data.journal:
        when = data.local(entry.written_at)
        s.paragraph(
            f"{long_date(when.date())}, {when:%H:%M} · {entry.prompt}",
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
