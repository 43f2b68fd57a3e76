"""Page layout for the clinician report: content as blocks measured on the PDF device, placed
on pages before anything is painted, and the page furniture (the body rect and the footer).

A block keeps together; headings and short tables keep with what follows; a table repeats its
column titles on a new page; pictures shrink (down to a minimum) to finish a page. Because all
pages are known before painting, every footer can say "page n of N".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont

from somatic_player.i18n import translate
from somatic_player.qt.report_charts import (
    MUTED,
    NAVY,
    RULE,
    TEXT,
    Canvas,
    Column,
    DateChart,
    paint_date_chart,
    paint_table_row,
)

MARGIN_PT = 46.0
FOOTER_PT = 22.0
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_SHORT_TABLE = 12  # rows: a table this short is kept on one page


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


# -- page furniture ------------------------------------------------------------------------------


def page_body(c: Canvas, width: float, height: float) -> QRectF:
    """Where blocks go on a page of ``width`` x ``height`` device pixels: inside the margins,
    above the footer."""
    margin = c.pt(MARGIN_PT)
    return QRectF(margin, margin, width - 2 * margin, height - 2 * margin - c.pt(FOOTER_PT))


def paint_footer(c: Canvas, body: QRectF, caption: str, page: int, pages: int) -> None:
    """A rule under ``body``, then ``caption`` on the left and "Page n of N" on the right."""
    font = c.font(7)
    height = c.metrics(font).height()
    top = body.bottom() + c.pt(FOOTER_PT) - height
    c.painter.setPen(c.pen(RULE, 0.5))
    c.painter.drawLine(QPointF(body.left(), top - c.pt(3)), QPointF(body.right(), top - c.pt(3)))
    line = QRectF(body.left(), top, body.width(), height)
    c.text(line, caption, font, ink=MUTED)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    numbered = translate("report_layout", "Page {page} of {pages}").format(page=page, pages=pages)
    c.text(line, numbered, font, ink=MUTED, align=right)


# -- blocks from content -------------------------------------------------------------------------


class Sections:
    """Turns the report's content into blocks, measured on the PDF device; ``width`` is the
    page body's."""

    def __init__(self, c: Canvas, width: float) -> None:
        self.c = c
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
            c.text(rect, text, font, ink=ink, align=TOP_LEFT, wrap=True)

        self.add(height, paint, space_pt=space_pt, keep=keep)

    def table(self, columns: list[Column], rows: list[list[str]], *, space_pt: float = 10) -> None:
        """Column titles, then one block per row; the titles repeat on a new page."""
        c = self.c
        row_h = c.pt(12.5)
        titles = [column.title for column in columns]
        header = Block(row_h, lambda r: paint_table_row(c, r, columns, titles, header=True))
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


def wrap_lines(c: Canvas, text: str, font: QFont, width: float) -> list[str]:
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
