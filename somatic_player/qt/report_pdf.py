"""The clinician report: a PDF summary of practice and self-tracking over a date range.

``write_report`` reads the history once (``Store.load_history``, in ``collect``), describes it
with ``history.analysis`` and paints A4 pages with Qt's own PDF writer (QPdfWriter and
QPainter): header, summary figures, four date charts, a body-map heat map, before/after maps,
the practice log and, only when asked, journal excerpts. The content is in ``report_content``
and ``report_figures``, the page layout in ``report_layout`` and the drawing in
``report_charts``. Pages are laid out before anything is painted, so every footer can say
"page n of N".

The PDF is rendered in memory, then written atomically: a temporary file in the target folder
(0600), fsynced and renamed over the target, so a failure never leaves part of a report.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from somatic_player import __version__
from somatic_player.history.analysis import session_changes
from somatic_player.history.demo import DEMO_STATE_KEY
from somatic_player.history.exports import ExportError, write_bytes_atomically
from somatic_player.history.store import Store
from somatic_player.i18n import translate
from somatic_player.qt.report_charts import Canvas
from somatic_player.qt.report_content import build_blocks
from somatic_player.qt.report_data import REPORT_TITLE, ReportData, report_title
from somatic_player.qt.report_layout import Block, page_body, paginate, paint_footer

__all__ = [
    "REPORT_TITLE",
    "Block",
    "ExportError",
    "Progress",
    "ReportData",
    "collect",
    "paginate",
    "render",
    "write_atomically",
    "write_report",
]

Progress = Callable[[int, int], None]
DPI = 300
_APP: QGuiApplication | None = None  # made here when the command line asks for a report


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
        raise ExportError(
            translate(
                "report_pdf", "the PDF report needs a Qt GUI application; this one has no fonts"
            )
        )
    if threading.current_thread() is not threading.main_thread():
        raise ExportError(
            translate("report_pdf", "the PDF report must first be started from the main thread")
        )
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
    title = report_title()
    writer.setTitle(f"{title}, {data.period}")
    writer.setCreator(f"Somatic Player {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(
            translate("report_pdf", "the PDF report could not be started (Qt PDF writer)")
        )
    try:
        c = Canvas(painter, writer)
        body = page_body(c, writer.width(), writer.height())
        blocks = build_blocks(c, data, body.width())
        pages = paginate(blocks, body.height())
        total = len(pages) + 2
        caption = f"{title} · {data.period}"
        if data.demo:
            caption += " · " + translate("report_pdf", "demo data")
        if progress is not None:
            progress(1, total)
        for n, placed in enumerate(pages, start=1):
            if n > 1:
                writer.newPage()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for block, y in placed:
                block.paint(QRectF(body.left(), body.top() + y, body.width(), block.height))
            paint_footer(c, body, caption, n, len(pages))
            if progress is not None:
                progress(n + 1, total)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), len(pages)


# -- the file ------------------------------------------------------------------------------------


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` appears at ``path`` (0600) whole or not at all; no temporary file is left."""
    write_bytes_atomically(path, data)
