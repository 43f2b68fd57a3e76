"""The body-map side of the history view: a heat map of the period, before/after maps, and
"what seems to help".

The maps are read-only ``BodyMapWidget``s given one value per area (``set_values``), which draws
each with one decimal, so the numbers never depend on reading a colour. Each map section also
has a table of the same numbers (made the first time it is asked for). "What seems to help"
lists the average before-to-after change per routine and per practice kind in plain words, with
how many sessions it rests on, and no verdict.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.bodymap import describe
from somatic_player.history.analysis import (
    BeforeAfterMaps,
    PracticeSummary,
    RegionValues,
    before_after_maps,
    region_heatmap,
    what_seems_to_help,
)
from somatic_player.history.snapshot import UNANSWERED, History
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.history_filters import combo
from somatic_player.qt.history_series import when_text
from somatic_player.qt.history_widgets import (
    HeaderRow,
    TextTableModel,
    heading,
    muted_label,
    table_view,
    toggle_button,
)

HeatmapMode = Literal["mean", "latest"]


def read_only_map(name: str) -> BodyMapWidget:
    body = BodyMapWidget()
    body.set_read_only(True)
    body.setToolTip(f"{name}. Point at an area to read its name and value.")
    return body


def sides_combo() -> QComboBox:
    return combo(
        "Sides shown",
        "Show the front and back of the figure, or one side larger",
        [("Front and back", "both"), ("Front", "front"), ("Back", "back")],
    )


def area_name(code: int) -> str:
    name = describe(code)
    return name[0].upper() + name[1:]


def signed_points(points: float) -> str:
    """``"−0.8"`` / ``"+0.3"`` / ``"0.0"``: a difference, with a real minus sign."""
    if round(points, 1) == 0:
        return "0.0"
    return f"{points:+.1f}".replace("-", "−")


def change_words(points: float | None) -> str:
    """``"on average 1.2 points lower after"``: a description, never a verdict."""
    if points is None:
        return "not rated"
    size = abs(points)
    if size < 0.05:
        return "on average about the same after"
    unit = "point" if round(size, 1) == 1.0 else "points"
    return f"on average {size:.1f} {unit} {'lower' if points < 0 else 'higher'} after"


class MapSection(QFrame):
    """A titled section: choosers, "Show as table", a caption, and a page of maps that
    swaps with a table of the same numbers or an empty message.

    Signals: none.
    """

    def __init__(
        self, title: str, subject: str, choosers: list[QComboBox], page: QWidget, empty: str
    ) -> None:
        super().__init__()
        self.subject = subject
        self.title = heading(title)
        self.choosers = choosers
        self.page = page
        self.table_button = toggle_button(subject)
        self.model = TextTableModel(self)
        self.table: QTableView | None = None  # made when first asked for
        self.empty = muted_label("chartEmpty", empty)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = muted_label("mapCaption")
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 16)
        column.addWidget(HeaderRow(self.title, [*choosers, self.table_button]))
        column.addWidget(self.caption)
        column.addWidget(self.stack, 1)
        self.table_button.toggled.connect(lambda _on: self._show_page())
        self.restyle()

    def focus_chain(self) -> list[QWidget]:
        return [w for w in (*self.choosers, self.table_button, self.table) if w is not None]

    def show_rows(self, caption: str, headers: list[str], rows: list[list[str]]) -> None:
        self.caption.setText(caption)
        self.model.set_rows(headers, rows)
        self._show_page()

    def _show_page(self) -> None:
        shown = bool(self.caption.text())
        self.table_button.setEnabled(shown)
        for chooser in self.choosers:
            chooser.setEnabled(shown)
        line = QFontMetrics(QApplication.font()).height()
        # Fixed, from the text size: the page scrolls, and a settled height spares re-layouts.
        self.stack.setFixedHeight(min(860, max(500, 22 * line)) if shown else 3 * line)
        if not shown:
            self.stack.setCurrentWidget(self.empty)
        elif self.table_button.isChecked():
            if self.table is None:
                name = f"{self.subject[0].upper()}{self.subject[1:]}, table"
                self.table = table_view(name, self.model)
                self.stack.addWidget(self.table)
                QWidget.setTabOrder(self.table_button, self.table)
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.page)

    def restyle(self) -> None:
        self._show_page()


class HeatmapPanel(MapSection):
    """The average (or most recent) rating per area over the chosen period.

    Signals: none.
    """

    def __init__(self) -> None:
        self.map = read_only_map("Body map of the period")
        self.mode_combo = combo(
            "Body map shows",
            "Show the average rating of each area over the period, or the most recent body map",
            [("Average over the period", "mean"), ("Most recent body map", "latest")],
        )
        self.view_combo = sides_combo()
        super().__init__(
            "Where it hurt in this period",
            "the body map",
            [self.mode_combo, self.view_combo],
            self.map,
            "No body maps in this period.",
        )
        self.setObjectName("historyHeatmap")
        self.values: RegionValues | None = None
        self._history: History | None = None
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.view_combo.currentIndexChanged.connect(
            lambda _i: self.map.set_view(str(self.view_combo.currentData()))
        )

    @property
    def mode(self) -> HeatmapMode:
        return "latest" if self.mode_combo.currentData() == "latest" else "mean"

    def set_history(self, h: History) -> None:
        self._history = h
        self._show()

    def _show(self) -> None:
        h = self._history
        if h is None:
            return
        answered = np.flatnonzero(h.checkins.body != UNANSWERED)
        self.values = region_heatmap(h, self.mode) if len(answered) else None
        if self.values is None:
            self.map.set_values({})
            self.show_rows("", [], [])
            return
        rated = self.values.rated
        self.map.set_values(rated)
        if self.mode == "latest":
            when = datetime.fromtimestamp(int(h.checkins.time_ms[answered[-1]]) / 1000, h.tz)
            caption = f"The most recent body map in this period, {when_text(when)}."
            if not rated:
                caption += " It had no areas rated above 0."
        else:
            maps = self.values.maps
            caption = (
                f"Average rating of each area over {maps} body map{'s' if maps != 1 else ''} "
                "(an area not rated in a map counts as 0)."
            )
        rows = [
            [area_name(code), f"{value:.1f}"]
            for code, value in sorted(rated.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        header = "Average rating" if self.mode == "mean" else "Rating"
        self.show_rows(caption, ["Area", header], rows)


class BeforeAfterPanel(MapSection):
    """Two maps side by side: mean of the before maps, mean of the after maps, same sessions.

    Signals: none.
    """

    def __init__(self) -> None:
        self.before_map = read_only_map("Average body map before practice")
        self.after_map = read_only_map("Average body map after practice")
        self.before_map.setAccessibleName("Average body map before practice")
        self.after_map.setAccessibleName("Average body map after practice")
        pair = QWidget()
        grid = QGridLayout(pair)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(24)
        for column, (text, body) in enumerate(
            (("Before practice", self.before_map), ("After practice", self.after_map))
        ):
            grid.addWidget(
                heading(text, "historySubtitle"), 0, column, Qt.AlignmentFlag.AlignHCenter
            )
            grid.addWidget(body, 1, column)
        grid.setRowStretch(1, 1)
        self.view_combo = sides_combo()
        super().__init__(
            "Before and after practice",
            "the before and after maps",
            [self.view_combo],
            pair,
            "No sessions with a body map both before and after in this period.",
        )
        self.setObjectName("historyBeforeAfter")
        self.maps: BeforeAfterMaps | None = None
        self.view_combo.currentIndexChanged.connect(self._on_view_combo_changed)

    def set_history(self, h: History) -> None:
        maps = before_after_maps(h)
        self.maps = maps if maps.sessions else None
        if self.maps is None:
            self.show_rows("", [], [])
            return
        before, after = self.maps.before.values, self.maps.after.values
        self.before_map.set_values(self.maps.before.rated)
        self.after_map.set_values(self.maps.after.rated)
        n = self.maps.sessions
        shown = sorted(
            (code for code in before if before[code] > 0 or after[code] > 0),
            key=lambda code: (-max(before[code], after[code]), code),
        )
        self.show_rows(
            f"Average rating of each area in the body maps before and after practice, over the "
            f"{n} session{'s' if n != 1 else ''} in this period with a map at both times.",
            ["Area", "Before", "After", "After minus before"],
            [
                [
                    area_name(code),
                    f"{before[code]:.1f}",
                    f"{after[code]:.1f}",
                    signed_points(after[code] - before[code]),
                ]
                for code in shown
            ],
        )

    def _on_view_combo_changed(self, _index: int) -> None:
        for body in (self.before_map, self.after_map):
            body.set_view(str(self.view_combo.currentData()))


class HelpPanel(QFrame):
    """ "What seems to help": average before-to-after change per routine and per kind.

    Signals: none.
    """

    HEADERS = ("Practice", "Sessions", "Pain rating", "Tension rating")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyHelp")
        self.summaries: list[PracticeSummary] = []
        self.intro = muted_label(
            "helpIntro",
            "How your ratings changed from the check-in before a session to the check-in after "
            "it, on average, for sessions with both. This describes your own records; many "
            "things in a day play a part.",
        )
        self.empty = muted_label(
            "chartEmpty", "No sessions with a pain rating both before and after in this period."
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 16)
        column.addWidget(heading("What seems to help"))
        column.addWidget(self.intro)
        column.addWidget(self.empty)
        self.tables: dict[str, QTableWidget] = {}
        self._parts: list[QWidget] = []
        for group, title in (("routine", "By routine"), ("kind", "By kind of practice")):
            label = heading(title, "historySubtitle")
            table = QTableWidget()
            table.setObjectName("historyTable")
            table.setAccessibleName(f"What seems to help, {title.lower()}")
            table.setToolTip(f"Average change {title.lower()}")
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setAlternatingRowColors(True)
            table.setTabKeyNavigation(False)
            table.setWordWrap(True)
            table.verticalHeader().setVisible(False)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Wrapped words, not a sideways scroll: rows grow when the columns narrow.
            table.horizontalHeader().sectionResized.connect(lambda *_a, t=table: self._fit(t))
            column.addSpacing(12)
            column.addWidget(label)
            column.addWidget(table)
            self.tables[group] = table
            self._parts += [label, table]
        column.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        return list(self.tables.values())

    def set_history(self, h: History) -> None:
        self.summaries = what_seems_to_help(h)
        self.empty.setVisible(not self.summaries)
        for widget in self._parts:
            widget.setVisible(bool(self.summaries))
        for group, table in self.tables.items():
            chosen = [s for s in self.summaries if s.group == group]
            table.clear()
            table.setColumnCount(len(self.HEADERS))
            table.setHorizontalHeaderLabels(list(self.HEADERS))
            table.setRowCount(len(chosen))
            for r, s in enumerate(chosen):
                for c, text in enumerate(self.row(s)):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setToolTip(s.sentence)
                    table.setItem(r, c, item)
            header = table.horizontalHeader()
            for c in range(len(self.HEADERS)):
                mode = QHeaderView.ResizeMode
                header.setSectionResizeMode(c, mode.ResizeToContents if c == 1 else mode.Stretch)
        self.restyle()

    @staticmethod
    def row(s: PracticeSummary) -> list[str]:
        return [
            s.label,
            f"{s.sessions} session{'s' if s.sessions != 1 else ''}",
            change_words(s.mean_points),
            change_words(s.mean_tension_points),
        ]

    def rows(self, group: str) -> list[list[str]]:
        table = self.tables[group]
        return [
            [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def restyle(self) -> None:
        for table in self.tables.values():
            self._fit(table)

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """Every row visible: these tables are short, and the page scrolls."""
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
