"""The clinician report: a PDF summary of practice and self-tracking over a date range.

``write_report`` reads the history once (``Store.load_history``), describes it with
``history.analysis`` and paints A4 pages with Qt's own PDF writer (QPdfWriter and QPainter; the
drawing is in ``report_charts``): header, summary figures, four date charts, a body-map heat map,
before/after maps, the practice log and, only when asked, journal excerpts. Pages are laid out
before anything is painted (blocks that keep together, tables that repeat their header), so
every footer can say "page n of N".

The PDF is rendered in memory, then written atomically: a temporary file in the target folder
(0600), fsynced and renamed over the target, so a failure never leaves part of a report. The
words describe and never judge (no "improved", "better", "worse") and claim no treatment.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from somatic_player import __version__
from somatic_player.core.bodymap import describe, region
from somatic_player.history.analysis import (
    KIND_LABELS,
    BeforeAfterMaps,
    Measure,
    SessionChange,
    before_after_maps,
    daily_series,
    noticeable_change,
    practice_minutes_by_week,
    region_heatmap,
    session_changes,
    widespreadness,
)
from somatic_player.history.demo import DEMO_STATE_KEY
from somatic_player.history.exports import ExportError
from somatic_player.history.records import JournalEntry
from somatic_player.history.snapshot import MOMENTS, OUTCOMES, UNANSWERED, History
from somatic_player.history.store import Store
from somatic_player.qt.bodymap_figure import VIEWS
from somatic_player.qt.report_charts import (
    MUTED,
    NAVY,
    ORANGE,
    RULE,
    SHADE,
    SKY,
    TEXT,
    Canvas,
    Column,
    DateChart,
    Marker,
    Series,
    paint_body_maps,
    paint_date_chart,
    paint_scale_legend,
    paint_table_row,
)

__all__ = ["REPORT_TITLE", "ExportError", "Progress", "ReportData", "write_report"]

Progress = Callable[[int, int], None]
REPORT_TITLE = "Practice and self-tracking summary"
DPI = 300
MARGIN_PT = 46.0
FOOTER_PT = 22.0
_APP: QGuiApplication | None = None  # made here when the command line asks for a report
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_SHORT_TABLE = 12  # rows: a table this short is kept on one page


@dataclass(frozen=True)
class ReportData:
    """What the report shows: the history cut to the period, and how to name the period."""

    history: History
    first: date | None  # the period's first and last day (included), local
    last: date | None
    generated: datetime
    changes: list[SessionChange]
    journal: list[JournalEntry]
    include_journal: bool
    demo: bool
    tz: tzinfo | None = None

    @property
    def is_empty(self) -> bool:
        h = self.history
        return not (len(h.checkins) or len(h.sessions) or h.peg3 or self.journal)

    @property
    def period(self) -> str:
        if self.first is None or self.last is None:
            return "all dates"
        days = (self.last - self.first).days + 1
        plural = "s" if days != 1 else ""
        return f"{long_date(self.first)} to {long_date(self.last)} ({days} day{plural})"

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def write_report(
    store: Store,
    path: Path,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    include_journal: bool = False,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> int:
    """Write the clinician report for [``since``, ``until``) to ``path``; returns its pages.

    ``tz`` is the time zone of calendar days (None: the computer's). Journal entries appear only
    with ``include_journal``. Raises ExportError if the file cannot be written (nothing is left
    behind then). Needs a Qt GUI application for fonts: makes an offscreen one if there is none.
    """
    ensure_gui_application()
    data = collect(store, since=since, until=until, include_journal=include_journal, tz=tz, now=now)
    pdf, pages = render(data, progress=progress)
    write_atomically(Path(path), pdf)
    if progress is not None:
        progress(pages + 2, pages + 2)
    return pages


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication. The app has one; the command line gets an offscreen one
    (unless QT_QPA_PLATFORM says otherwise), so a report never needs or opens a display."""
    global _APP
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return
    if app is not None:
        raise ExportError("the PDF report needs a Qt GUI application; this one has no fonts")
    if threading.current_thread() is not threading.main_thread():
        raise ExportError("the PDF report must first be started from the main thread")
    argv = ["somatic-player"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    _APP = QGuiApplication(argv)


def collect(
    store: Store,
    *,
    since: datetime | None,
    until: datetime | None,
    include_journal: bool,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> ReportData:
    """Read everything the report needs in one go (the caller's thread owns the store)."""
    history = store.load_history(since=since, until=until, tz=tz)
    journal = store.journal_entries(since=since, until=until) if include_journal else []
    days = [*history.checkins.day.tolist(), *history.sessions.day.tolist()]
    days += [p.taken_at.astimezone(tz).toordinal() for p in history.peg3]
    days += [j.written_at.astimezone(tz).toordinal() for j in journal]
    first = since.astimezone(tz).date() if since is not None else None
    last = (until - timedelta(microseconds=1)).astimezone(tz).date() if until is not None else None
    if first is None and days:
        first = date.fromordinal(min(days))
    if last is None and days:
        last = date.fromordinal(max(days))
    if first is not None and last is None:
        last = max(first, (now or datetime.now(tz)).astimezone(tz).date())
    if last is not None and first is None:
        first = last
    return ReportData(
        history=history,
        first=first,
        last=last,
        generated=(now or datetime.now(tz)).astimezone(tz),
        changes=session_changes(history),
        journal=journal,
        include_journal=include_journal,
        demo=store.get_state(DEMO_STATE_KEY) is not None,
        tz=tz,
    )


# -- layout --------------------------------------------------------------------------------------


@dataclass
class Block:
    """A piece of a page: its height in device pixels and how to paint it into a rect.

    ``keep_with_next`` moves it to the next page with the block after it (headings, short
    tables); ``header`` is painted first when the block starts a page (a table's column titles);
    a block with a ``min_height`` (pictures) shrinks down to it to finish a page.
    """

    height: float
    paint: Callable[[QRectF], None]
    space_after: float = 0.0
    keep_with_next: bool = False
    header: Block | None = None
    min_height: float = 0.0

    @property
    def least(self) -> float:
        return self.min_height or self.height


def paginate(blocks: list[Block], page_height: float) -> list[list[tuple[Block, float]]]:
    """Place blocks top to bottom; a block that does not fit starts a new page, and so does a
    run of ``keep_with_next`` blocks that would not fit together with the block after it."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = 0.0
    for i, block in enumerate(blocks):
        rest, j = 0.0, i
        while blocks[j].keep_with_next and j + 1 < len(blocks):
            rest += blocks[j].space_after + blocks[j + 1].least
            j += 1
        if y > 0 and y + block.least + rest > page_height:
            pages.append([])
            y = 0.0
            if block.header is not None:
                pages[-1].append((block.header, 0.0))
                y = block.header.height
        if block.min_height:
            room = page_height - y - rest - 1.0  # a pixel to spare: no float rounding over
            block.height = max(block.min_height, min(block.height, room))
        pages[-1].append((block, y))
        y += block.height + block.space_after
    return pages


def render(data: ReportData, *, progress: Progress | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes (A4, 300 dpi, vector drawing with embedded fonts) and its
    number of pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(f"{REPORT_TITLE}, {data.period}")
    writer.setCreator(f"Somatic Player {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("the PDF report could not be started (Qt PDF writer)")
    try:
        c = Canvas(painter, writer)
        margin = c.pt(MARGIN_PT)
        body = QRectF(
            margin,
            margin,
            writer.width() - 2 * margin,
            writer.height() - 2 * margin - c.pt(FOOTER_PT),
        )
        blocks = build_blocks(c, data, body.width())
        pages = paginate(blocks, body.height())
        total = len(pages) + 2
        if progress is not None:
            progress(1, total)
        for n, placed in enumerate(pages, start=1):
            if n > 1:
                writer.newPage()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for block, y in placed:
                block.paint(QRectF(body.left(), body.top() + y, body.width(), block.height))
            _paint_footer(c, body, n, len(pages), data)
            if progress is not None:
                progress(n + 1, total)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), len(pages)


def _paint_footer(c: Canvas, body: QRectF, page: int, pages: int, data: ReportData) -> None:
    font = c.font(7)
    height = c.metrics(font).height()
    top = body.bottom() + c.pt(FOOTER_PT) - height
    c.painter.setPen(c.pen(RULE, 0.5))
    c.painter.drawLine(QPointF(body.left(), top - c.pt(3)), QPointF(body.right(), top - c.pt(3)))
    line = QRectF(body.left(), top, body.width(), height)
    demo = " · demo data" if data.demo else ""
    c.text(line, f"{REPORT_TITLE} · {data.period}{demo}", font, ink=MUTED)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    c.text(line, f"Page {page} of {pages}", font, ink=MUTED, align=right)


# -- the file ------------------------------------------------------------------------------------


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` appears at ``path`` (0600) whole or not at all; no temporary file is left."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        folder_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


# -- sections ------------------------------------------------------------------------------------


class _Sections:
    """Turns the report's content into blocks, measured on the PDF device."""

    def __init__(self, c: Canvas, data: ReportData, width: float) -> None:
        self.c = c
        self.data = data
        self.width = width
        self.blocks: list[Block] = []

    def add(
        self,
        height: float,
        paint: Callable[[QRectF], None],
        *,
        space_pt: float = 8.0,
        keep: bool = False,
        header: Block | None = None,
        min_height: float = 0.0,
    ) -> Block:
        block = Block(height, paint, self.c.pt(space_pt), keep, header, min_height)
        self.blocks.append(block)
        return block

    def heading(self, text: str) -> None:
        c = self.c
        font = c.font(11.5, bold=True)
        height = c.metrics(font).height() + c.pt(4)

        def paint(rect: QRectF) -> None:
            c.text(
                QRectF(rect.left(), rect.top(), rect.width(), rect.height() - c.pt(4)), text, font
            )
            c.painter.setPen(c.pen(NAVY, 0.8))
            c.painter.drawLine(rect.bottomLeft(), QPointF(rect.left() + c.pt(36), rect.bottom()))

        self.add(height, paint, space_pt=6, keep=True)

    def paragraph(
        self,
        text: str,
        *,
        size: float = 8.5,
        ink: QColor = TEXT,
        bold: bool = False,
        italic: bool = False,
        space_pt: float = 6.0,
        keep: bool = False,
    ) -> None:
        c = self.c
        font = c.font(size, bold=bold, italic=italic)
        height = c.wrapped_height(text, font, self.width) + c.pt(1)

        def paint(rect: QRectF) -> None:
            c.text(rect, text, font, ink=ink, align=_TOP_LEFT, wrap=True)

        self.add(height, paint, space_pt=space_pt, keep=keep)

    def table(self, columns: list[Column], rows: list[list[str]], *, space_pt: float = 10) -> None:
        """Column titles, then one block per row; the titles repeat on a new page."""
        c = self.c
        row_h = c.pt(12.5)
        header = Block(
            row_h, lambda r: paint_table_row(c, r, columns, _titles(columns), header=True)
        )
        self.blocks.append(Block(row_h, header.paint, keep_with_next=True))
        for n, cells in enumerate(rows):
            shaded = n % 2 == 1

            def paint(rect: QRectF, cells: list[str] = cells, shaded: bool = shaded) -> None:
                paint_table_row(c, rect, columns, cells, shaded=shaded)

            last = n == len(rows) - 1
            block = self.add(row_h, paint, space_pt=space_pt if last else 0, header=header)
            block.keep_with_next = len(rows) <= _SHORT_TABLE and not last

    def chart(self, chart: DateChart, height_pt: float = 160) -> None:
        c = self.c
        self.add(c.pt(height_pt), lambda r: paint_date_chart(c, r, chart), space_pt=14)


def build_blocks(c: Canvas, data: ReportData, width: float) -> list[Block]:
    s = _Sections(c, data, width)
    _title(s)
    if data.is_empty:
        if data.first is None or data.last is None:
            text = "There is no data yet: no practice sessions, check-ins or weekly checks "
            text += "have been recorded."
        else:
            text = "There is no data in this period: no practice sessions, check-ins or weekly "
            text += f"checks were recorded from {long_date(data.first)} to {long_date(data.last)}."
        s.paragraph(text, size=10)
        return s.blocks
    _summary(s)
    _by_kind(s)
    _charts(s)
    _maps(s)
    _practice_log(s)
    if data.include_journal:
        _journal(s)
    return s.blocks


def _titles(columns: list[Column]) -> list[str]:
    return [column.title for column in columns]


def _title(s: _Sections) -> None:
    data, c = s.data, s.c
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
            c.text(QRectF(rect.left() + pad, y, width, h), text, font, align=_TOP_LEFT, wrap=True)
            y += h + pad / 2

    s.add(sum(heights) + pad * (len(lines) - 1) / 2 + 2 * pad, paint, space_pt=14)


def _summary(s: _Sections) -> None:
    data, c = s.data, s.c
    rows = summary_rows(data)
    label_font, value_font = c.font(8.5, bold=True), c.font(8.5)
    label_w = s.width * 0.31
    gap = c.pt(3.5)
    heights = [c.wrapped_height(v, value_font, s.width - label_w) for _, v in rows]
    s.heading("Summary")

    def paint(rect: QRectF) -> None:
        y = rect.top()
        for (label, value), h in zip(rows, heights, strict=True):
            c.text(QRectF(rect.left(), y, label_w, h), label, label_font, align=_TOP_LEFT)
            value_rect = QRectF(rect.left() + label_w, y, rect.width() - label_w, h)
            c.text(value_rect, value, value_font, align=_TOP_LEFT, wrap=True)
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


def painful_region_counts(h: History) -> tuple[npt.NDArray[np.int64], int]:
    """Regions rated above 0 on each answered body map, and how many regions ever were."""
    spread = widespreadness(h)
    r = h.regions
    return spread.values, len(set(r.code[r.rating > 0].tolist()))


def _by_kind(s: _Sections) -> None:
    groups: dict[str, list[SessionChange]] = {}
    for x in s.data.changes:
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


# -- charts --------------------------------------------------------------------------------------


LONG_PERIOD_DAYS = 400  # longer: weekly points and a 4-week line, or every dot is a smear


def _charts(s: _Sections) -> None:
    data = s.data
    assert data.first is not None and data.last is not None
    first, last = data.first.toordinal(), data.last.toordinal()
    long = last - first + 1 > LONG_PERIOD_DAYS
    h = data.history
    s.heading("Charts")
    daily = daily_series(h)
    ketamine = [_day_of(data, k.at) for k in h.ketamine]
    events = (Series("ketamine-assisted session", "events", ketamine),) if ketamine else ()
    s.chart(
        DateChart(
            "Pain right now",
            "pain (0-10)",
            first,
            last,
            10,
            (*_daily_series(daily.days, daily.pain, "circle", long=long), *events),
            note="all check-ins with an overall rating",
        )
    )
    s.chart(_before_after_chart(data, first, last, long=long))
    s.chart(_minutes_chart(data, first, last))
    days, counts = _spread_by_day(h)
    top = max([*counts[~np.isnan(counts)].tolist(), 4.0]) * 1.15
    s.chart(
        DateChart(
            "Painful regions per body map",
            "regions above 0",
            first,
            last,
            top,
            _daily_series(days, counts, "square", long=long),
            note="of the 74 body-map regions",
        )
    )


def _daily_series(
    days: npt.NDArray[np.int64], values: npt.NDArray[np.float64], marker: Marker, *, long: bool
) -> tuple[Series, Series]:
    """Daily means as dots with their 7-day average as a line; over long periods, weekly means
    with a 4-week average (days are consecutive, NaN where nothing was rated)."""
    if not len(days):
        return Series("daily mean", "points", []), Series("7-day average", "line", [])
    centre = (days + 0.5).tolist()
    if not long:
        dots = Series(
            "daily mean", "points", centre, values.tolist(), SKY, marker, size_pt=_dot(centre)
        )
        line = rolling_mean(values, 7).tolist()
        return dots, Series("7-day average", "line", centre, line, NAVY, width_pt=1.6)
    weeks, means = _bucket_means(centre, values.tolist(), "week")
    dots = Series("weekly mean", "points", weeks, means, SKY, marker, size_pt=_dot(weeks))
    line = rolling_mean(values, 28).tolist()
    return dots, Series("4-week average", "line", centre, line, NAVY, width_pt=1.4)


def rolling_mean(daily: npt.NDArray[np.float64], window: int) -> npt.NDArray[np.float64]:
    """The mean of the days with a value among the ``window`` days ending each day."""
    has = ~np.isnan(daily)
    sums = np.concatenate([[0.0], np.cumsum(np.where(has, daily, 0.0))])
    counts = np.concatenate([[0], np.cumsum(has)])
    end = np.arange(1, len(daily) + 1)
    start = np.maximum(end - window, 0)
    n = counts[end] - counts[start]
    with np.errstate(invalid="ignore", divide="ignore"):
        out: npt.NDArray[np.float64] = np.where(
            n > 0, (sums[end] - sums[start]) / np.maximum(n, 1), np.nan
        )
    return out


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
    note = "each session"
    if len(rated) > 80:  # hundreds of pairs are a smear: weekly or monthly means instead
        by: Literal["week", "month"] = "month" if long else "week"
        note = f"{by}ly means"
        paired = [(x, b, a) for x, b, a in zip(xs, before, after, strict=True) if b == b and a == a]
        xs, before = _bucket_means([p[0] for p in paired], [p[1] for p in paired], by)
        _, after = _bucket_means([p[0] for p in paired], [p[2] for p in paired], by)
    size = 4.2 if len(xs) <= 150 else 3.2
    return DateChart(
        "Pain before and after practice",
        "pain (0-10)",
        first,
        last,
        10,
        (
            Series("", "segments", xs, before, ys2=after, in_legend=False),
            Series("before", "points", xs, before, NAVY, "circle", size_pt=size),
            Series("after", "points", xs, after, ORANGE, "triangle", size_pt=size + 0.6),
        ),
        note=note,
    )


def _nan(value: int | None) -> float:
    return float("nan") if value is None else float(value)


def _minutes_chart(data: ReportData, first: int, last: int) -> DateChart:
    weekly = practice_minutes_by_week(data.history)
    xs = [w + 3.5 for w in weekly.week_starts.tolist()]
    ys = weekly.minutes.tolist()
    title, width = "Practice minutes per week", 5.0
    if last - first > 730:  # years of weeks are hairlines: months instead
        title, width = "Practice minutes per month", 24.0
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
    bars = Series("minutes", "bars", xs, ys, SKY, bar_days=width, bar_labels=len(xs) <= 20)
    return DateChart(title, "minutes", first, last, top, (bars,), note="stopped sessions included")


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


# -- body maps -----------------------------------------------------------------------------------


def _maps(s: _Sections) -> None:
    c, h = s.c, s.data.history
    heat = region_heatmap(h, "mean")
    if heat.maps == 0:
        return
    s.heading("Body map: mean rating per region")
    s.paragraph(
        f"Mean over the {heat.maps} answered body maps of the period (0-10; a region not rated "
        "on an answered map counts as 0). Sides are the person's own: on the front view the "
        "person's right is on the left of the page.",
        size=8,
        ink=MUTED,
        keep=True,
    )
    values = heat.rated
    s.add(
        c.pt(440),
        lambda r: paint_body_maps(c, r, values),
        space_pt=2,
        keep=True,
        min_height=c.pt(290),
    )
    s.add(c.pt(14), lambda r: paint_scale_legend(c, r, caption="Rating:"), space_pt=14)
    pair = before_after_maps(h)
    if pair.sessions:
        s.heading("Body maps before and after practice")
        s.paragraph(
            f"Mean per region over the {pair.sessions} sessions whose before and after body maps "
            "were both answered.",
            size=8,
            ink=MUTED,
            keep=True,
        )

        def paint(rect: QRectF) -> None:
            half, row = rect.width() / 2, rect.height() / 2
            for n, (name, maps) in enumerate((("Before", pair.before), ("After", pair.after))):
                for m, view in enumerate(VIEWS):
                    cell = QRectF(rect.left() + n * half, rect.top() + m * row, half, row)
                    title = f"{name} practice" if m == 0 else ""
                    cell.adjust(c.pt(6), 0 if m == 0 else c.pt(10), -c.pt(6), 0)
                    paint_body_maps(c, cell, maps.rated, views=(view,), title=title)
            c.painter.setPen(c.pen(RULE, 0.5))
            x = rect.center().x()
            c.painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

        s.add(c.pt(590), paint, space_pt=2, keep=True, min_height=c.pt(540))
        s.add(c.pt(14), lambda r: paint_scale_legend(c, r, caption="Rating:"), space_pt=14)
    _region_table(s, heat.values, pair if pair.sessions else None)


def _region_table(s: _Sections, mean: dict[int, float], pair: BeforeAfterMaps | None) -> None:
    """The ten regions with the highest mean rating: how often rated, and before/after."""
    top = sorted((code for code in mean if mean[code] >= 0.05), key=lambda k: (-mean[k], k))[:10]
    if not top:
        return
    shares = _rated_share(s.data.history)
    s.paragraph("Regions with the highest mean rating", size=9.5, bold=True, keep=True, space_pt=2)
    note = "Mean and share: over all answered body maps of the period."
    if pair is not None:
        note += f" Before and after: over the {pair.sessions} sessions with both maps answered."
    s.paragraph(note, size=7.5, ink=MUTED, keep=True, space_pt=3)
    columns = [
        Column("Region", 0.32),
        Column("View", 0.09),
        Column("Mean", 0.10, "right"),
        Column("Rated above 0 on", 0.18, "right"),
    ]
    if pair is not None:
        columns += [
            Column("Before", 0.10, "right"),
            Column("After", 0.09, "right"),
            Column("Difference", 0.12, "right"),
        ]
    rows = []
    for code in top:
        row = [
            describe(code),
            region(code).view,
            f"{mean[code]:.1f}",
            f"{100 * shares.get(code, 0.0):.0f}% of maps",
        ]
        if pair is not None:
            before, after = pair.before.values[code], pair.after.values[code]
            row += [f"{before:.1f}", f"{after:.1f}", f"{after - before:+.1f}"]
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


# -- practice log and journal --------------------------------------------------------------------


def _practice_log(s: _Sections) -> None:
    data = s.data
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


def _journal(s: _Sections) -> None:
    data, c = s.data, s.c
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
        lines = _wrap(c, text, font, s.width - c.pt(10))
        for n, line in enumerate(lines):

            def paint(rect: QRectF, line: str = line) -> None:
                c.text(rect.adjusted(c.pt(10), 0, 0, 0), line, font)

            last = n == len(lines) - 1
            s.add(c.metrics(font).lineSpacing(), paint, space_pt=10 if last else 0)


JOURNAL_EXCERPT_CHARS = 2000


def _wrap(c: Canvas, text: str, font: QFont, width: float) -> list[str]:
    """Lines of ``text`` that fit ``width`` (words kept whole unless one is wider)."""
    metrics = c.metrics(font)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
            while metrics.horizontalAdvance(line) > width and len(line) > 1:
                cut = len(line)
                while cut > 1 and metrics.horizontalAdvance(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines
