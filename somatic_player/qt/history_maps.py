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

from somatic_player.history.analysis import (
    BeforeAfterMaps,
    PracticeSummary,
    RegionValues,
    before_after_maps,
    region_heatmap,
    what_seems_to_help,
)
from somatic_player.history.snapshot import UNANSWERED, History
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.history_filters import combo
from somatic_player.qt.history_series import (
    kind_label,
    number,
    sessions_text,
    signed,
    when_text,
)
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
    body.setToolTip(
        translate("history_maps", "{map}. Point at an area to read its name and value.").format(
            map=name
        )
    )
    return body


def sides_combo() -> QComboBox:
    return combo(
        "Sidesshown",
        translate("history_maps", "Sides shown"),
        translate("history_maps", "Show the front and back of the figure, or one side larger"),
        [
            (translate("history_maps", "Front and back"), "both"),
            (translate("history_maps", "Front"), "front"),
            (translate("history_maps", "Back"), "back"),
        ],
    )


def area_name(code: int) -> str:
    """``"Right upper arm (111)"``, in the interface language."""
    from somatic_player.qt.bodymap_list import area_label, capital

    return capital(area_label(code))


def signed_points(points: float) -> str:
    """``"−0.8"`` / ``"+0.3"`` / ``"0.0"``: a difference, with a real minus sign."""
    if round(points, 1) == 0:
        return number(0.0, 1)
    return signed(points, 1).replace("-", "−")


def change_words(points: float | None) -> str:
    """``"on average 1.2 points lower after"``: a description, never a verdict."""
    if points is None:
        return translate("history_maps", "not rated")
    size = abs(points)
    if size < 0.05:
        return translate("history_maps", "on average about the same after")
    one = round(size, 1) == 1.0
    if points < 0:
        text = (
            translate("history_maps", "on average {points} point lower after")
            if one
            else translate("history_maps", "on average {points} points lower after")
        )
    else:
        text = (
            translate("history_maps", "on average {points} point higher after")
            if one
            else translate("history_maps", "on average {points} points higher after")
        )
    return text.format(points=number(size, 1))


def help_sentence(s: PracticeSummary) -> str:
    """``"Easy pace breathing: on average your pain rating was 0.8 points lower after practice
    than before (42 sessions)."`` (``PracticeSummary.sentence``, in the person's language)."""
    size = abs(s.mean_points)
    if size < 0.05:
        text = translate(
            "history_maps",
            "{practice}: on average your pain rating was about the same after practice as "
            "before ({sessions}).",
        )
    elif s.mean_points < 0:
        text = translate(
            "history_maps",
            "{practice}: on average your pain rating was {points} points lower after practice "
            "than before ({sessions}).",
        )
    else:
        text = translate(
            "history_maps",
            "{practice}: on average your pain rating was {points} points higher after practice "
            "than before ({sessions}).",
        )
    return text.format(
        practice=practice_label(s), points=number(size, 1), sessions=sessions_text(s.sessions)
    )


def practice_label(s: PracticeSummary) -> str:
    """The routine's title, or the kind of practice in the person's language."""
    return kind_label(s.key) if s.group == "kind" else s.label


class MapSection(QFrame):
    """A titled section: choosers, "Show as table", a caption, and a page of maps that
    swaps with a table of the same numbers or an empty message.

    Signals: none.
    """

    def __init__(
        self, title: str, subject: str, choosers: list[QComboBox], page: QWidget, empty: str
    ) -> None:
        """``title``, ``subject`` (for the table switch: "Show {subject} as a table") and
        ``empty`` are already translated."""
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
                subject = f"{self.subject[0].upper()}{self.subject[1:]}"
                name = translate("history_maps", "{subject}, table").format(subject=subject)
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
        self.map = read_only_map(translate("history_maps", "Body map of the period"))
        self.mode_combo = combo(
            "Bodymapshows",
            translate("history_maps", "Body map shows"),
            translate(
                "history_maps",
                "Show the average rating of each area over the period, or the most recent body map",
            ),
            [
                (translate("history_maps", "Average over the period"), "mean"),
                (translate("history_maps", "Most recent body map"), "latest"),
            ],
        )
        self.view_combo = sides_combo()
        super().__init__(
            translate("history_maps", "Where it hurt in this period"),
            translate("history_maps", "the body map"),
            [self.mode_combo, self.view_combo],
            self.map,
            translate("history_maps", "No body maps in this period."),
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
            caption = translate(
                "history_maps", "The most recent body map in this period, {when}."
            ).format(when=when_text(when))
            if not rated:
                caption += " " + translate("history_maps", "It had no areas rated above 0.")
        else:
            maps = self.values.maps
            caption = translate(
                "history_maps",
                "Average rating of each area over %n body map(s) (an area not rated in a map "
                "counts as 0).",
                None,
                maps,
            )
        rows = [
            [area_name(code), number(value, 1)]
            for code, value in sorted(rated.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        header = (
            translate("history_maps", "Average rating")
            if self.mode == "mean"
            else translate("history_maps", "Rating")
        )
        self.show_rows(caption, [translate("history_maps", "Area"), header], rows)


class BeforeAfterPanel(MapSection):
    """Two maps side by side: mean of the before maps, mean of the after maps, same sessions.

    Signals: none.
    """

    def __init__(self) -> None:
        before_name = translate("history_maps", "Average body map before practice")
        after_name = translate("history_maps", "Average body map after practice")
        self.before_map = read_only_map(before_name)
        self.after_map = read_only_map(after_name)
        self.before_map.setAccessibleName(before_name)
        self.after_map.setAccessibleName(after_name)
        pair = QWidget()
        grid = QGridLayout(pair)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(24)
        for column, (text, body) in enumerate(
            (
                (translate("history_maps", "Before practice"), self.before_map),
                (translate("history_maps", "After practice"), self.after_map),
            )
        ):
            grid.addWidget(
                heading(text, "historySubtitle"), 0, column, Qt.AlignmentFlag.AlignHCenter
            )
            grid.addWidget(body, 1, column)
        grid.setRowStretch(1, 1)
        self.view_combo = sides_combo()
        super().__init__(
            translate("history_maps", "Before and after practice"),
            translate("history_maps", "the before and after maps"),
            [self.view_combo],
            pair,
            translate(
                "history_maps",
                "No sessions with a body map both before and after in this period.",
            ),
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
        caption = translate(
            "history_maps",
            "Average rating of each area in the body maps before and after practice, over the "
            "%n session(s) in this period with a map at both times.",
            None,
            n,
        )
        self.show_rows(
            caption,
            [
                translate("history_maps", "Area"),
                translate("history_maps", "Before"),
                translate("history_maps", "After"),
                translate("history_maps", "After minus before"),
            ],
            [
                [
                    area_name(code),
                    number(before[code], 1),
                    number(after[code], 1),
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

    HEADERS = (
        QT_TRANSLATE_NOOP("history_maps", "Practice"),
        QT_TRANSLATE_NOOP("history_maps", "Sessions"),
        QT_TRANSLATE_NOOP("history_maps", "Pain rating"),
        QT_TRANSLATE_NOOP("history_maps", "Tension rating"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyHelp")
        self.summaries: list[PracticeSummary] = []
        self.intro = muted_label(
            "helpIntro",
            translate(
                "history_maps",
                "How your ratings changed from the check-in before a session to the check-in "
                "after it, on average, for sessions with both. This describes your own records; "
                "many things in a day play a part.",
            ),
        )
        self.empty = muted_label(
            "chartEmpty",
            translate(
                "history_maps",
                "No sessions with a pain rating both before and after in this period.",
            ),
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 16)
        column.addWidget(heading(translate("history_maps", "What seems to help")))
        column.addWidget(self.intro)
        column.addWidget(self.empty)
        self.tables: dict[str, QTableWidget] = {}
        self._parts: list[QWidget] = []
        groups = (
            (
                "routine",
                translate("history_maps", "By routine"),
                translate("history_maps", "What seems to help, by routine"),
                translate("history_maps", "Average change by routine"),
            ),
            (
                "kind",
                translate("history_maps", "By kind of practice"),
                translate("history_maps", "What seems to help, by kind of practice"),
                translate("history_maps", "Average change by kind of practice"),
            ),
        )
        for group, title, name, tip in groups:
            label = heading(title, "historySubtitle")
            table = QTableWidget()
            table.setObjectName("historyTable")
            table.setAccessibleName(name)
            table.setToolTip(tip)
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
            table.setHorizontalHeaderLabels(
                [translate("history_maps", header) for header in self.HEADERS]
            )
            table.setRowCount(len(chosen))
            for r, s in enumerate(chosen):
                for c, text in enumerate(self.row(s)):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setToolTip(help_sentence(s))
                    table.setItem(r, c, item)
            header = table.horizontalHeader()
            for c in range(len(self.HEADERS)):
                mode = QHeaderView.ResizeMode
                header.setSectionResizeMode(c, mode.ResizeToContents if c == 1 else mode.Stretch)
        self.restyle()

    @staticmethod
    def row(s: PracticeSummary) -> list[str]:
        return [
            practice_label(s),
            sessions_text(s.sessions),
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
