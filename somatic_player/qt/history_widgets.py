"""Small shared parts of the history page: the calendar time axis, headings and captions, the
"Show as table" switch, the table alternatives and their models, the theme's colours and the
page's style sheet.

The tables exist for screen readers and for copying numbers: read-only, Tab leaves them, arrows
move inside, and their columns fit the text at the person's text size. ``SeriesTableModel``
formats a cell only when it is shown, so a table of ten years costs nothing until scrolled.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import translate
from somatic_player.qt.history_series import ChartData
from somatic_player.qt.theme import COLORS, ThemeColors

_UNIT_DAYS = {"day": 1.0, "month": 30.44, "year": 365.25}
_STEPS = (
    ("day", 1), ("day", 2), ("day", 7), ("day", 14), ("month", 1), ("month", 2), ("month", 3),
    ("month", 6), ("year", 1), ("year", 2), ("year", 5), ("year", 10), ("year", 25),
)  # fmt: skip


class CalendarAxis(pg.DateAxisItem):  # type: ignore[misc]
    """Time axis with one row of calendar ticks (days, Mondays, months or years; as many as
    fit the width at the current text size) at local midnight, never two rows overlapping."""

    def __init__(self, tz: tzinfo | None = None) -> None:
        super().__init__(orientation="bottom")
        self.tz = tz
        self._unit = "day"

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if not maxVal > minVal or size <= 0:
            return []
        font = self.style["tickFont"] or QApplication.font()
        widest = _tick_text(date(2026, 9, 30), "day", year=True)
        label_px = QFontMetrics(font).horizontalAdvance(widest) * 1.3
        fits = max(2.0, size / label_px)
        span = (maxVal - minVal) / 86_400.0
        unit, step = next(
            ((u, n) for u, n in _STEPS if span / (n * _UNIT_DAYS[u]) <= fits), _STEPS[-1]
        )
        self._unit = unit
        # No tick within half a label of either end: its label would not fit and pyqtgraph
        # would drop it, and the first label is the one that carries the year.
        margin = (maxVal - minVal) * (label_px / 2.6) / size
        ticks = self._ticks(unit, step, minVal + margin, maxVal - margin)
        return [(step * _UNIT_DAYS[unit] * 86_400.0, ticks)]

    def _ticks(self, unit: str, step: int, lo: float, hi: float) -> list[float]:
        first = datetime.fromtimestamp(lo, self.tz).date()
        if unit == "day":
            day = first + timedelta(days=(7 - first.weekday()) % 7 if step >= 7 else 0)
        elif unit == "month":
            month = (first.year * 12 + first.month - 1 + step - 1) // step * step
            day = date(month // 12, month % 12 + 1, 1)
        else:
            day = date(max(1, (first.year + step - 1) // step * step), 1, 1)
        out: list[float] = []
        while len(out) < 200:
            moment = datetime.combine(day, time(), tzinfo=self.tz)
            at = moment if self.tz is not None else moment.replace(tzinfo=None).astimezone()
            value = at.timestamp()
            if value > hi:
                break
            if value >= lo:
                out.append(value)
            if unit == "day":
                day += timedelta(days=step)
            elif unit == "month":
                month = day.year * 12 + day.month - 1 + step
                day = date(month // 12, month % 12 + 1, 1)
            else:
                day = date(day.year + step, 1, 1)
        return out

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for n, value in enumerate(values):
            d = datetime.fromtimestamp(value, self.tz).date()
            year = n == 0 or (self._unit == "month" and d.month == 1)
            out.append(_tick_text(d, self._unit, year=year))
        return out


def _tick_text(d: date, unit: str, *, year: bool) -> str:
    """A tick label in the person's language: ``2026``, ``Mar 2026``/``Mar``, ``9 Mar 2026``/
    ``9 Mar``."""
    if unit == "year":
        return str(d.year)
    if unit == "month":
        pattern = (
            translate("history_widgets", "MMM yyyy", "Qt date format of a month tick: MMM month")
            if year
            else translate("history_widgets", "MMM", "Qt date format of a month tick")
        )
    elif year:
        pattern = translate(
            "history_widgets", "d MMM yyyy", "Qt date format of a day tick: d day, MMM month"
        )
    else:
        pattern = translate("history_widgets", "d MMM", "Qt date format of a day tick")
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)


class HeaderRow(QWidget):
    """A section's title with its controls beside it, or on a line of their own below it when
    the width (or a large text size) leaves no room beside it: never a sideways scroll."""

    def __init__(self, title: QLabel, controls: list[QWidget]) -> None:
        super().__init__()
        self.title = title
        self.controls = controls
        self._top = QHBoxLayout()
        self._below = QHBoxLayout()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._top)
        column.addLayout(self._below)
        self._top.addWidget(title, 1)
        self._below.addStretch(1)
        self._beside: bool | None = None
        self._place(beside=True)

    def add_control(self, widget: QWidget) -> None:
        """Another control, before the last one (the "Show as table" switch)."""
        self.controls.insert(len(self.controls) - 1, widget)
        self._beside = None
        self._place(beside=self._fits(self.width()))

    def _fits(self, width: int) -> bool:
        spacing = max(0, self._top.spacing())
        needed = self.title.sizeHint().width() + spacing * len(self.controls)
        return width <= 0 or width >= needed + sum(w.sizeHint().width() for w in self.controls)

    def _place(self, *, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        for widget in self.controls:
            self._top.removeWidget(widget)
            self._below.removeWidget(widget)
        target = self._top if beside else self._below
        for n, widget in enumerate(self.controls):
            target.insertWidget(target.count() if beside else n, widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(beside=self._fits(event.size().width()))


def nice_step(span: float, ticks: int = 5) -> float:
    """1, 2 or 5 times a power of ten, giving about ``ticks`` ticks over ``span``."""
    raw = max(span, 1e-9) / ticks
    power = 10.0 ** np.floor(np.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``a`` over ``b``."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * keep,
        a.greenF() * amount + b.greenF() * keep,
        a.blueF() * amount + b.blueF() * keep,
    )


def theme_colours() -> ThemeColors:
    """The application's theme colours (light when no theme has been applied)."""
    app = QApplication.instance()
    name = app.property("somaticTheme") if app is not None else None
    return COLORS[name] if isinstance(name, str) and name in COLORS else COLORS["light"]


def page_style_sheet() -> str:
    """One style sheet for the whole history page, by object name: heading sizes (the theme's
    sheet gives every widget the body size, so ``setFont`` alone would be overridden), muted
    captions, the plots' frame and focus ring, and the tabs. Colours from the theme."""
    c = theme_colours()
    pt = QApplication.font().pointSizeF()
    muted = ", ".join(f"QLabel#{name}" for name in MUTED_LABELS)
    return (
        f"QLabel#historyTitle {{ font-size: {1.4 * pt:.1f}pt; font-weight: 600; }}"
        f" QLabel#historySectionTitle {{ font-size: {1.15 * pt:.1f}pt; font-weight: 600; }}"
        f" QLabel#historySubtitle {{ font-size: {pt:.1f}pt; font-weight: 600; }}"
        f" {muted} {{ color: {c.muted_text}; }}"
        f" QLabel#noticeableNote {{ color: {c.text}; font-weight: 600; }}"
        f" QLabel#historyEmpty {{ font-size: {1.15 * pt:.1f}pt; }}"
        f" QGraphicsView#historyPlot {{ border: 1px solid {c.border}; border-radius: 8px; }}"
        f" QGraphicsView#historyPlot:focus {{ border: 3px solid {c.focus}; }}"
        f" QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 10px; top: -1px; }}"
        f" QTabBar::tab {{ background: {c.window}; color: {c.text}; padding: 8px 18px;"
        f" margin-right: 6px; border: 1px solid {c.border}; border-bottom: none;"
        " border-top-left-radius: 10px; border-top-right-radius: 10px; }"
        f" QTabBar::tab:selected {{ background: {c.surface}; font-weight: 600;"
        f" border-top: 4px solid {c.accent}; }}"
        f" QTabBar::tab:hover:!selected {{ background: {c.highlight};"
        f" color: {c.highlighted_text}; }}"
        f" QTabBar::tab:selected:focus {{ border: 3px solid {c.focus}; border-bottom: none; }}"
    )


MUTED_LABELS = (
    "chartLegend",
    "chartReadout",
    "chartEmpty",
    "mapCaption",
    "historySummary",
    "practiceSummary",
    "helpIntro",
)


class SeriesTableModel(QAbstractTableModel):
    """The rows of a ChartData as a read-only table, formatted only when a cell is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: ChartData | None = None
        self._rows = np.zeros(0, dtype=np.int64)

    def set_chart(self, data: ChartData | None) -> None:
        self.beginResetModel()
        self._data = data
        self._rows = data.rows() if data is not None else np.zeros(0, dtype=np.int64)
        self.endResetModel()

    def headers(self) -> list[str]:
        if self._data is None:
            return []
        d = self._data
        return [d.x_title, *(title for title, _ in d.extra), *(s.label for s in d.series)]

    def cell(self, row: int, column: int) -> str:
        assert self._data is not None
        d, i = self._data, int(self._rows[row])
        if column == 0:
            return d.x_text(i)
        if column <= len(d.extra):
            return d.extra[column - 1][1](i)
        return d.series[column - 1 - len(d.extra)].text(i)

    def row_texts(self) -> list[list[str]]:
        return [
            [self.cell(r, c) for c in range(self.columnCount())] for r in range(len(self._rows))
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return None


class TextTableModel(QAbstractTableModel):
    """A small read-only table of ready-made text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def table_view(name: str, model: QAbstractTableModel) -> QTableView:
    """A quiet, read-only, keyboard-friendly table (Tab leaves it; arrows move inside) whose
    columns fit their text (measured on the first rows, not all of ten years)."""
    view = QTableView()
    view.setModel(model)
    view.setObjectName("historyTable")
    view.setAccessibleName(name)
    view.setToolTip(
        translate("history_widgets", "{name}: the same numbers as the chart").format(name=name)
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(lambda: fit_columns(view))
    fit_columns(view)
    return view


def fit_columns(view: QTableView, sample: int = 60) -> None:
    view.ensurePolished()
    model, metrics = view.model(), view.fontMetrics()
    header = view.horizontalHeader()
    bold = QFont(view.font())
    bold.setWeight(QFont.Weight.DemiBold)
    header_metrics = QFontMetrics(bold)
    display = Qt.ItemDataRole.DisplayRole
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal, display) or "")
        width = header_metrics.horizontalAdvance(title)
        for row in range(min(sample, model.rowCount())):
            text = str(model.data(model.index(row, column), display) or "")
            width = max(width, metrics.horizontalAdvance(text))
        header.resizeSection(column, width + 2 * metrics.averageCharWidth() + 8)


def toggle_button(subject: str) -> QPushButton:
    """The "Show as table" / "Show as chart" switch of a section."""
    as_table = translate("history_widgets", "Show as table")
    as_chart = translate("history_widgets", "Show as chart")
    button = QPushButton(as_table)
    button.setObjectName("showTableButton")
    button.setCheckable(True)
    button.setAccessibleName(
        translate("history_widgets", "Show {subject} as a table").format(subject=subject)
    )
    button.setToolTip(
        translate(
            "history_widgets",
            "Show {subject} as a table of the same numbers, or as a picture again",
        ).format(subject=subject)
    )
    button.toggled.connect(lambda on: button.setText(as_chart if on else as_table))
    return button


def heading(text: str, name: str = "historySectionTitle") -> QLabel:
    """A heading; its size comes from ``page_style_sheet`` by object name."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def muted_label(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
