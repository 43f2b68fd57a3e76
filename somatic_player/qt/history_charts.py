"""One calm chart of the history view: a pyqtgraph plot, the same numbers as a table, exact values.

A ``ChartPanel`` shows a ``ChartData``: one time axis (epoch seconds) and a few series aligned with
it (NaN where a series has no value). Series differ by marker shape and line, not by colour alone,
and a text legend names each shape. Pointing at the plot, or focusing it and using the arrow keys,
shows the nearest point's date and exact values beside it and in a line under the chart. "Show as
table" swaps the plot for a table of the same rows, for screen readers and for copying.

Screen readers meet a chart (role Chart) named by its title, whose description says what it
shows: the dates it spans, how many entries, the series, the latest values and where the same
numbers are as a table; the arrow keys then read one point at a time.

Plot items are made once per series and then only given new data (``setData``), so a filter
change costs a few milliseconds. Mouse pan and zoom are off: the period comes from the filters,
and the wheel scrolls the page as everywhere else. Colours and fonts come from the theme and the
application font, and follow them when they change.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt import accessible
from somatic_player.qt.history_series import ChartData, Series
from somatic_player.qt.history_widgets import (
    CalendarAxis,
    HeaderRow,
    SeriesTableModel,
    heading,
    mix,
    muted_label,
    nice_step,
    table_view,
    theme_colours,
    toggle_button,
)

# What the legend shows for each style: shapes, so colour is never the only difference.
_GLYPHS: dict[str, tuple[str, str]] = {
    "line": ("━━", QT_TRANSLATE_NOOP("history_charts", "line")),
    "points": ("●", QT_TRANSLATE_NOOP("history_charts", "dots")),
    "line_points": ("─●─", QT_TRANSLATE_NOOP("history_charts", "dots joined by a line")),
    "hollow": ("○", QT_TRANSLATE_NOOP("history_charts", "hollow circles")),
    "squares": ("■", QT_TRANSLATE_NOOP("history_charts", "filled squares")),
    "bars": ("▮", QT_TRANSLATE_NOOP("history_charts", "bars")),
}
HINT = QT_TRANSLATE_NOOP(
    "history_charts",
    "Point at the chart, or select it and use the arrow keys, to read exact values.",
)
MANY_POINTS = 400  # beyond this, markers shrink so years of data stay readable
# Beyond this many markers, nearby ones are merged into their mean before drawing: thousands of
# markers cost ~10 ms per thousand to lay out and overlap anyway (the table and the hover
# readout keep every exact value).
MAX_MARKERS = 1200


def hint() -> str:
    return translate("history_charts", HINT)


def shape_words(series: Series) -> str:
    """How the series is drawn, in words (``"dots joined by a line"``)."""
    return translate("history_charts", _GLYPHS[series.style][1])


class ChartPlot(pg.PlotWidget):  # type: ignore[misc]
    """The plot, which tells screen readers it is a chart (see ``qt/accessible.py``)."""

    def accessible_interface(self) -> QAccessibleInterface:
        return accessible.RoleInterface(self, QAccessible.Role.Chart)


def _data_item() -> pg.PlotDataItem:
    item = pg.PlotDataItem()
    item.setDynamicRangeLimit(None)  # the y range is fixed: no re-processing when it is set
    return item


class ChartPanel(QFrame):
    """A titled chart with its legend, a table alternative, an empty message and a readout.

    Signals: none (the panel only displays).
    """

    def __init__(
        self, title: str, subject: str, tz: tzinfo | None = None, parent: QWidget | None = None
    ) -> None:
        accessible.install()  # before Qt can ask for the plot's interface
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.subject = subject
        self.data: ChartData | None = None
        self._rows = np.zeros(0, dtype=np.int64)
        self._items: list[pg.PlotDataItem | pg.BarGraphItem] = []
        self._cursor: int | None = None  # position in self._rows
        self._summary = ""  # what the chart shows, in words (the plot's description)

        self.title = heading(title)
        self.table_button = toggle_button(subject)
        self.legend = muted_label("chartLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.plot = ChartPlot(axisItems={"bottom": CalendarAxis(tz)}, enableMenu=False)
        self.plot.setObjectName("historyPlot")
        self.plot.setAccessibleName(title)
        self.plot.setToolTip(hint())
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.model = SeriesTableModel(self)
        self.table: QTableView | None = None  # made when first asked for
        self.empty = muted_label("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        self.note = muted_label("noticeableNote")
        self.note.hide()
        self.readout = muted_label("chartReadout", hint())
        self.readout.setAccessibleName(
            translate("history_charts", "{subject}: value at the pointer").format(subject=subject)
        )

        self.header = HeaderRow(self.title, [self.table_button])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 16)
        column.addWidget(self.header)
        column.addWidget(self.legend)
        column.addWidget(self.stack, 1)
        column.addWidget(self.note)
        column.addWidget(self.readout)
        self.table_button.toggled.connect(self._on_table_button_toggled)

        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.getViewBox().setDefaultPadding(0.02)
        self._marker = pg.ScatterPlotItem(size=18, symbol="o")
        self._hover = pg.TextItem(anchor=(0, 1))
        for extra in (self._marker, self._hover):
            extra.setZValue(10)
            extra.hide()
            item.addItem(extra, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.plot.installEventFilter(self)
        self.plot.viewport().installEventFilter(self)
        self.restyle()

    # -- data -----------------------------------------------------------------------------------

    def set_data(self, data: ChartData | None, empty_text: str) -> None:
        """Show ``data``, or ``empty_text`` instead of empty axes when there is nothing."""
        rows = data.rows() if data is not None else np.zeros(0, dtype=np.int64)
        self.data = data if len(rows) else None
        self._rows = rows
        self._cursor = None
        self._marker.hide()
        self._hover.hide()
        self.model.set_chart(self.data)
        self.empty.setText(empty_text)
        self.readout.setText(hint())
        if self.data is None:
            for old in self._items:
                old.hide()
        else:
            self._draw(self.data)
            self.legend.setText(self._legend_html(self.data))
            shapes = translate("history_charts", "{shape}: {series}")
            self.legend.setAccessibleName(
                translate("history_charts", "Legend: {items}").format(
                    items="; ".join(
                        shapes.format(shape=shape_words(s), series=s.label)
                        for s in self.data.series
                    )
                )
            )
        self._summary = self.summary()
        self._describe_plot(self._summary)
        self._show_page()

    def _describe_plot(self, text: str) -> None:
        if text != self.plot.accessibleDescription():  # each change is sent to screen readers
            self.plot.setAccessibleDescription(text)

    def summary(self) -> str:
        """What the chart shows, for screen readers: its dates, how many entries, the series,
        the latest values, where the same numbers are as a table, and how to read points."""
        data = self.data
        if data is None:
            return self.empty.text()
        first, last = int(self._rows[0]), int(self._rows[-1])
        if first == last:
            span = data.x_text(first)
        else:
            span = translate("history_charts", "{first} to {last}").format(
                first=data.x_text(first), last=data.x_text(last)
            )
        shown = translate("history_charts", "{series} ({shape})")
        parts = [
            translate("history_charts", "{span}: %n entry(ies).", None, len(self._rows)).format(
                span=span
            ),
            translate("history_charts", "Shows {series}.").format(
                series=", ".join(
                    shown.format(series=s.label, shape=shape_words(s)) for s in data.series
                )
            ),
            translate("history_charts", "Latest: {values}.").format(values=data.describe(last)),
            translate(
                "history_charts",
                "The same numbers are in a table: use the “{button}” button above the chart.",
            ).format(button=self.table_button.text()),
            hint(),
        ]
        return " ".join(parts)

    def _show_page(self) -> None:
        """The plot, its table (made on first use) or the empty message; an empty section
        shrinks to its message."""
        has, as_table = self.data is not None, self.table_button.isChecked()
        self.table_button.setEnabled(has)
        self.legend.setVisible(has and not as_table)
        self.readout.setVisible(has and not as_table)
        line = QFontMetrics(QApplication.font()).height()
        # A fixed height: the page scrolls, and no re-layout cascades through the plots.
        self.stack.setFixedHeight(max(280, 13 * line) if has else 3 * line)
        if not has:
            self.stack.setCurrentWidget(self.empty)
        elif as_table:
            if self.table is None:
                subject = self.subject[:1].upper() + self.subject[1:]
                name = translate("history_charts", "{subject}, table").format(subject=subject)
                self.table = table_view(name, self.model)
                self.stack.addWidget(self.table)
                QWidget.setTabOrder(self.plot, self.table)
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.plot)

    def focus_chain(self) -> list[QWidget]:
        """The focusable parts in reading order: controls, the switch, plot, table."""
        parts = [*self.header.controls, self.plot, self.table]
        return [w for w in parts if w is not None]

    def set_note(self, text: str | None) -> None:
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def items(self) -> list[pg.PlotDataItem | pg.BarGraphItem]:
        """The plot items in use, one per series in order (tests compare their data)."""
        return self._items[: len(self.data.series)] if self.data is not None else []

    def _draw(self, data: ChartData) -> None:
        self._set_ranges(data)  # first: a range change makes pyqtgraph re-process data
        plot = self.plot.getPlotItem()
        while len(self._items) < len(data.series):
            self._items.append(_data_item())
        for n, series in enumerate(data.series):
            item = self._items[n]
            wanted = pg.BarGraphItem if series.style == "bars" else pg.PlotDataItem
            if not isinstance(item, wanted):  # a style never changes in practice; be safe
                plot.removeItem(item)
                item = self._items[n] = (
                    pg.BarGraphItem(x=[], height=[], width=1)
                    if series.style == "bars"
                    else _data_item()
                )
            if item.scene() is None:
                plot.addItem(item)
            self._set_item(item, data, series)
            item.show()
        for extra in self._items[len(data.series) :]:
            extra.hide()

    def _set_item(
        self, item: pg.PlotDataItem | pg.BarGraphItem, data: ChartData, series: Series
    ) -> None:
        c = theme_colours()
        colour = QColor(getattr(c, series.colour))
        keep = np.isfinite(series.y)
        x, y = data.x[keep], series.y[keep]
        if isinstance(item, pg.BarGraphItem):
            # An opaque mix, not a translucent brush: blending 500 bars costs ten times more.
            fill = mix(colour, QColor(c.surface), 0.55)
            item.setOpts(
                x=x, height=y, width=data.bar_width_s, brush=fill, pen=pg.mkPen(colour, width=1.5)
            )
            return
        many = len(x) > MANY_POINTS
        style = series.style
        pen = None
        if style == "line":
            pen = pg.mkPen(colour, width=3.5)
        elif style == "line_points":
            pen = pg.mkPen(colour, width=1.5)
        symbol: str | None = {"points": "o", "line_points": "o", "hollow": "o", "squares": "s"}.get(
            style
        )
        size = (5 if many else 8) if style in ("points", "line_points") else (7 if many else 11)
        hollow = style == "hollow"
        if pen is None and len(x) > MAX_MARKERS:
            x, y = thin_markers(x, y, MAX_MARKERS)
        # Break lines across gaps of more than 8 days instead of drawing across them.
        connect: Any = "all"
        if pen is not None and len(x) > 1:
            connect = np.append(np.diff(x) <= 8 * 86_400.0, False).astype(np.int32)
        if style == "line":
            # Wide antialiased lines cost per segment: at most one point per 2 pixels (of at
            # least 600: a chart drawn before its first layout does not know its width yet).
            width_px = max(600.0, self.plot.getPlotItem().getViewBox().width())
            item.setDownsampling(ds=max(1, int(np.ceil(len(x) / (width_px / 2)))), method="mean")
            item.setClipToView(True)
        item.setData(
            x,
            y,
            pen=pen,
            connect=connect,
            symbol=symbol,
            symbolSize=size,
            symbolBrush=QColor(c.surface) if hollow else colour,
            symbolPen=pg.mkPen(colour, width=2) if hollow else None,
            antialias=True,
            skipFiniteCheck=True,
        )

    def _set_ranges(self, data: ChartData) -> None:
        view = self.plot.getPlotItem().getViewBox()
        xs = data.x[self._rows]
        lo, hi = data.x_range if data.x_range is not None else (float(xs[0]), float(xs[-1]))
        if hi - lo < 86_400.0:
            lo, hi = lo - 43_200.0, hi + 43_200.0
        if data.y_range is not None:
            y_lo, y_hi = data.y_range
        else:
            top = max(float(np.nanmax(s.y)) for s in data.series if np.isfinite(s.y).any())
            y_lo, y_hi = 0.0, max(5.0, top * 1.05)
            y_hi = float(np.ceil(y_hi / nice_step(y_hi)) * nice_step(y_hi))  # end on a tick
        step = nice_step(y_hi - y_lo)
        ticks = np.arange(y_lo, y_hi + step / 2, step)
        locale = QLocale()  # 2.5 or 2,5, as the person writes numbers
        ticks_text = [(v, locale.toString(float(v), "g", 6)) for v in ticks]
        self.plot.getPlotItem().getAxis("left").setTicks([ticks_text])
        view.setRange(xRange=(lo, hi), yRange=(y_lo, y_hi), padding=0.03)
        self.plot.getPlotItem().setLabel("left", data.y_title, **self._label_style())

    def _legend_html(self, data: ChartData) -> str:
        c = theme_colours()
        parts = [
            f'<span style="color:{getattr(c, s.colour)}">{_GLYPHS[s.style][0]}</span>'
            f"&nbsp;{s.label}"
            for s in data.series
        ]
        return "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)

    # -- exact values ---------------------------------------------------------------------------

    def show_point(self, row: int, *, tell: bool = True) -> str:
        """Mark row ``row`` of the drawn points (an index into ``data.rows()``) and show its
        exact values beside it and under the chart; returns the text. ``tell``: a screen reader
        hears it too (the chart's description becomes the point's values)."""
        data = self.data
        if data is None or not len(self._rows):
            return ""
        row = max(0, min(len(self._rows) - 1, row))
        self._cursor = row
        i = int(self._rows[row])
        text = data.describe(i)
        x = float(data.x[i])
        ys = [float(s.y[i]) for s in data.series if np.isfinite(s.y[i])]
        y = max(ys) if ys else 0.0
        self._marker.setData([x], [y])
        self._marker.show()
        view = self.plot.getPlotItem().getViewBox()
        (x_lo, x_hi), (y_lo, y_hi) = view.viewRange()
        # Slide the label along so it stays inside the plot: left of points near the right
        # edge, right of points near the left edge; above low points, below high ones.
        across = min(1.0, max(0.0, (x - x_lo) / max(x_hi - x_lo, 1.0)))
        low = y < (y_lo + y_hi) / 2
        self._hover.setAnchor((across, 1.15 if low else -0.15))
        self._hover.setText(text.replace(": ", ":\n", 1))  # the date on its own line
        self._hover.setPos(x, y)
        self._hover.show()
        # The label undoes the view's scaling itself, but only when painted or shown; after a
        # range change its stale transform can put it off screen, where it is never painted.
        self._hover.updateTransform(force=True)
        self.readout.setText(text)
        self._describe_plot(text if tell else self._summary)
        return text

    def hide_point(self) -> None:
        self._marker.hide()
        self._hover.hide()
        self._describe_plot(self._summary)

    def nearest_row(self, x: float) -> int:
        """The drawn point nearest in time to ``x`` (epoch seconds)."""
        assert self.data is not None
        xs = self.data.x[self._rows]
        k = int(np.searchsorted(xs, x))
        if k <= 0:
            return 0
        if k >= len(xs):
            return len(xs) - 1
        return k if xs[k] - x < x - xs[k - 1] else k - 1

    def _on_scene_mouse_moved(self, pos: QPointF) -> None:
        if self.data is None:
            return
        item = self.plot.getPlotItem()
        if not item.getViewBox().sceneBoundingRect().contains(pos):
            self.hide_point()
            return
        x = item.getViewBox().mapSceneToView(pos).x()
        self.show_point(self.nearest_row(x))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and watched is self.plot.viewport():
            # Not for the plot (no zoom): the page scrolls, as it does everywhere else.
            page = self.parentWidget()
            while page is not None and not isinstance(page, QAbstractScrollArea):
                page = page.parentWidget()
            if page is not None:
                QApplication.sendEvent(page.verticalScrollBar(), event)
            return True
        if (kind == QEvent.Type.Leave and watched is self.plot.viewport()) or (
            watched is self.plot and kind == QEvent.Type.FocusOut
        ):
            self.hide_point()
        elif watched is self.plot and kind == QEvent.Type.FocusIn and self.data is not None:
            # Shown, but the screen reader first hears what the whole chart is (its summary).
            start = self._cursor if self._cursor is not None else len(self._rows) - 1
            self.show_point(start, tell=False)
        elif watched is self.plot and kind == QEvent.Type.KeyPress and self.data is not None:
            assert isinstance(event, QKeyEvent)
            step = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_PageUp: -10,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_Home: -len(self._rows),
                Qt.Key.Key_End: len(self._rows),
            }.get(Qt.Key(event.key()))
            if step is not None:
                start = self._cursor if self._cursor is not None else len(self._rows) - 1
                self.show_point(start + step)
                return True
        return super().eventFilter(watched, event)

    def _on_table_button_toggled(self, _on: bool) -> None:
        self.hide_point()
        self._show_page()

    # -- look -----------------------------------------------------------------------------------

    def _label_style(self) -> dict[str, str]:
        font = QApplication.font()
        return {"color": theme_colours().text, "font-size": f"{font.pointSizeF():.1f}pt"}

    def restyle(self) -> None:
        """Take the theme's colours and the application's text size (again)."""
        c = theme_colours()
        font = QFont(QApplication.font())
        self.plot.setBackground(QColor(c.surface))
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(c.border, width=1))
            axis.setTextPen(pg.mkPen(c.text))
            axis.setStyle(tickFont=font, tickLength=6, tickTextOffset=6)
        # Room for the dates at this text size: pyqtgraph keeps the height it started with and
        # skips labels that do not fit (with large text it showed none).
        item.getAxis("bottom").setHeight(QFontMetrics(font).height() + 16)
        self._marker.setPen(pg.mkPen(c.focus, width=3))
        self._marker.setBrush(None)
        self._hover.setColor(QColor(c.text))
        self._hover.fill = pg.mkBrush(c.surface)
        self._hover.border = pg.mkPen(c.border)
        self._hover.setFont(font)
        if self.data is not None:
            self.set_data(self.data, self.empty.text())
        else:
            self._show_page()


def thin_markers(
    x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], most: int
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """At most ``most`` markers: the points are grouped into equal stretches of x and each
    stretch that has points becomes one marker at the mean of its points."""
    edges = np.linspace(float(x[0]), float(x[-1]), most + 1)
    index = np.clip(np.searchsorted(edges, x, side="right") - 1, 0, most - 1)
    counts = np.bincount(index, minlength=most)
    used = counts > 0
    mean_x = np.bincount(index, weights=x, minlength=most)[used] / counts[used]
    mean_y = np.bincount(index, weights=y, minlength=most)[used] / counts[used]
    return mean_x, mean_y
