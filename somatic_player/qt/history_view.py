"""The history page: pain, body maps and practice over a chosen period, described, never judged.

Filters (period and kind of practice) cut one ``History`` snapshot in memory; the database is
read once when the page is shown (or on ``refresh``). Four tabs: "Pain over time", "Body map",
"Practice" and "What seems to help". A tab's charts are built the first time it is shown and
redrawn only while it is visible (others are marked stale and redrawn when shown), so opening the
page and changing a filter cost a few tens of milliseconds even with ten years of check-ins.

Every chart has a table of the same numbers, exact values on hover or arrow keys, and an empty
message instead of empty axes. The "noticeable change" note appears only when
``analysis.noticeable_change`` gives one (CONTENT.md: at least 2 points and 30%).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from somatic_player.history import analysis
from somatic_player.history.snapshot import History
from somatic_player.history.store import Store
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt import history_series as series
from somatic_player.qt.history_charts import ChartPanel
from somatic_player.qt.history_filters import FilterBar, combo
from somatic_player.qt.history_maps import BeforeAfterPanel, HeatmapPanel, HelpPanel, area_name
from somatic_player.qt.history_widgets import heading, muted_label, page_style_sheet

# The tabs by their English names (``show_tab`` takes these), translated where shown.
TABS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("history_view", "Pain over time"),
    QT_TRANSLATE_NOOP("history_view", "Body map"),
    QT_TRANSLATE_NOOP("history_view", "Practice"),
    QT_TRANSLATE_NOOP("history_view", "What seems to help"),
)
NO_HISTORY = QT_TRANSLATE_NOOP(
    "history_view",
    "No check-ins yet. Your history appears here after your first practice or check-in.",
)
HistorySource = Store | Callable[[], History]
Section = ChartPanel | HeatmapPanel | BeforeAfterPanel | HelpPanel


class HistoryView(QWidget):
    """The history page of the main window.

    ``source`` is the Store (read with ``load_history``) or a function returning a History;
    ``now`` (default: the store's clock, else the computer's) decides what "last 7 days" means.
    The page reads the source again whenever it is shown, and on ``refresh()``.

    Signals:
        closed(): the person asked to go back to the library ("Back to library" or Escape).
    """

    closed = Signal()

    def __init__(
        self,
        source: HistorySource,
        *,
        now: Callable[[], datetime] | None = None,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._is_demo: Callable[[], bool] = lambda: False
        if isinstance(source, Store):
            store = source
            self._load: Callable[[], History] = lambda: store.load_history(tz=tz)
            self._now = now or store.now
            self._is_demo = lambda: store.get_state("demo_data") is not None
        else:
            self._load = source
            self._now = now or (lambda: datetime.now(UTC))
        self._tz = tz
        self._full: History | None = None
        self._just_loaded = False
        self._shown: History | None = None
        self._shown_range: tuple[float, float] = (0.0, 0.0)  # epoch seconds on the time axis
        self._built: set[int] = set()
        self._stale: set[int] = set()
        self._day_x = series.DayPositions(tz)
        self._style_key: tuple[object, float] | None = None
        self.charts: dict[str, ChartPanel] = {}
        self.heatmap: HeatmapPanel | None = None
        self.before_after: BeforeAfterPanel | None = None
        self.help_panel: HelpPanel | None = None
        self.region_combo = combo(
            "Area",
            translate("history_view", "Area"),
            translate("history_view", "Choose the body area whose ratings to show"),
            [],
        )
        self.practice_summary = muted_label("practiceSummary")

        self.back_button = QPushButton(translate("history_view", "Back to library"))
        self.back_button.setObjectName("historyBackButton")
        self.back_button.setAccessibleName(translate("history_view", "Back to library"))
        self.back_button.setToolTip(translate("history_view", "Go back to the routines (Esc)"))
        self.back_button.clicked.connect(self.closed)
        self.title = heading(translate("history_view", "Your history"), "historyTitle")
        self.filters = FilterBar(self._today, tz)
        self.period_combo, self.kind_combo = self.filters.period_combo, self.filters.kind_combo
        self.from_edit, self.to_edit = self.filters.from_edit, self.filters.to_edit
        self.demo_note = QLabel(
            translate(
                "history_view",
                "Demo data: this history was made up by the app for demonstration; "
                "it describes no real person.",
            )
        )
        self.demo_note.setObjectName("historyDemoNote")
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        self.summary = muted_label("historySummary")
        self.summary.setAccessibleName(translate("history_view", "What is shown"))
        self.empty = muted_label("historyEmpty", translate("history_view", NO_HISTORY))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")
        self.tabs.setAccessibleName(translate("history_view", "History sections"))
        self.tabs.tabBar().setAccessibleName(translate("history_view", "History sections"))
        self.tabs.tabBar().setToolTip(
            translate("history_view", "Pain over time, body map, practice, what seems to help")
        )
        self._pages = [self._add_page(name) for name in TABS]
        self._layout()
        self.filters.changed.connect(self._apply_filters)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.region_combo.currentIndexChanged.connect(lambda _i: self._update_region_chart())
        self._restyle_timer = QTimer(self)
        self._restyle_timer.setSingleShot(True)
        self._restyle_timer.timeout.connect(self.restyle)
        self.restyle()

    def _add_page(self, name: str) -> QVBoxLayout:
        scroll = QScrollArea()
        scroll.setObjectName("historyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the sections inside take focus
        if name in TABS[:2]:  # always longer than the window: no re-layout when it appears
            scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        inner = QWidget()
        inner.setObjectName("historyPage")
        column = QVBoxLayout(inner)
        column.setContentsMargins(16, 8, 16, 16)
        scroll.setWidget(inner)
        self.tabs.addTab(scroll, translate("history_view", name))
        return column

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(16)
        header.addWidget(self.title, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.demo_note)
        column.addWidget(self.filters)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        outer.addLayout(header)
        outer.addWidget(self.stack, 1)

    # -- public API -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again and redraw the visible tab (the others when shown)."""
        self._full = self._load()
        self._just_loaded = not self.isVisible()
        self.demo_note.setVisible(self._is_demo())
        self._day_x.clear()
        self.filters.fill(self._full)
        has_any = len(self._full.checkins) > 0 or len(self._full.sessions) > 0
        self.stack.setCurrentIndex(1 if has_any else 0)
        if has_any:
            self._apply_filters()

    def history(self) -> History | None:
        """What the charts show now: the snapshot cut to the filters (None before loading)."""
        return self._shown

    def period(self) -> tuple[datetime | None, datetime | None]:
        """The chosen period as ``since`` (included) and ``until`` (excluded); None is open."""
        return self.filters.period()

    def set_period(self, key: str) -> None:
        """One of the PERIODS keys: "7", "30", "90", "365", "all" or "custom"."""
        self.filters.set_period(key)

    def set_custom_period(self, first: date, last: date) -> None:
        """Show the days from ``first`` to ``last``, both included."""
        self.filters.set_custom_period(first, last)

    def set_kind(self, kind: str | None) -> None:
        """Only sessions of this kind (and their check-ins); None for all."""
        self.filters.set_kind(kind)

    def show_tab(self, name: str) -> None:
        """One of TABS (the English names)."""
        self.tabs.setCurrentIndex(TABS.index(name))

    # -- filters --------------------------------------------------------------------------------

    def _today(self) -> date:
        moment = self._now()
        return moment.astimezone(self._tz).date() if self._tz else moment.astimezone().date()

    def _apply_filters(self) -> None:
        if self._full is None:
            return
        since, until = self.period()
        kind = self.filters.kind()
        self._shown = self._full.select(since=since, until=until, kind=kind)
        end = (until or self._now()).timestamp()
        start = since.timestamp() if since else series.first_record_s(self._full, end)
        self._shown_range = (start, end)
        self.filters.shown_days = (
            datetime.fromtimestamp(start, self._tz).date(),
            datetime.fromtimestamp(end - 1, self._tz).date(),
        )
        self.summary.setText(series.summary_text(self._shown, self._shown_range, kind))
        self._stale = set(range(len(TABS)))
        self._update_tab(self.tabs.currentIndex())

    # -- tabs -----------------------------------------------------------------------------------

    def _on_tabs_current_changed(self, index: int) -> None:
        self._update_tab(index)

    def _update_tab(self, index: int) -> None:
        if self._shown is None or index < 0:
            return
        if index not in self._built:
            (self._build_pain, self._build_body, self._build_practice, self._build_help)[index]()
            self._built.add(index)
            self._chain_focus()
        if index in self._stale:
            self._stale.discard(index)
            (self._draw_pain, self._draw_body, self._draw_practice, self._draw_help)[index]()

    def _chain_focus(self) -> None:
        """Tab goes from the tab bar through the sections in reading order (sections built
        later would otherwise come last, after the back button)."""
        chain: list[QWidget] = [self.tabs.tabBar()]
        for panel in self._sections():
            chain += panel.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _sections(self) -> list[Section]:
        """The built sections in page order."""
        out: list[Section] = []
        for key in ("pain", "sessions", "tension", "peg3"):
            out += [self.charts[key]] if key in self.charts else []
        out += [p for p in (self.heatmap, self.before_after) if p is not None]
        for key in ("regions", "region", "minutes"):
            out += [self.charts[key]] if key in self.charts else []
        return out + ([self.help_panel] if self.help_panel is not None else [])

    def _add(self, tab: int, widget: QWidget) -> None:
        self._pages[tab].addWidget(widget)
        widget.show()  # now, not at the next turn of the event loop as a layout would

    def _add_chart(self, tab: int, key: str, title: str, subject: str) -> ChartPanel:
        panel = ChartPanel(title, subject, self._tz)
        panel.setObjectName(f"{key}Chart")
        self.charts[key] = panel
        self._add(tab, panel)
        return panel

    def _build_pain(self) -> None:
        self._add_chart(
            0,
            "pain",
            translate("history_view", "Pain each day"),
            translate("history_view", "daily pain"),
        )
        self._add_chart(
            0,
            "sessions",
            translate("history_view", "Pain before and after each session"),
            translate("history_view", "session pain"),
        )
        self._add_chart(
            0,
            "tension",
            translate("history_view", "Tension or stress each day"),
            translate("history_view", "daily tension"),
        )
        self._add_chart(
            0,
            "peg3",
            translate("history_view", "Weekly PEG-3 score"),
            translate("history_view", "weekly PEG-3 scores"),
        )
        self._pages[0].addStretch(1)

    def _draw_pain(self) -> None:
        h, xr, day_x = self._shown, self._shown_range, self._day_x
        assert h is not None
        daily = analysis.daily_series(h)
        pain = self.charts["pain"]
        pain.set_data(
            series.daily_chart(daily, "pain", day_x, xr),
            translate("history_view", "No pain ratings in this period."),
        )
        pain.set_note(series.noticeable_text(h, "pain"))
        self.charts["sessions"].set_data(
            series.sessions_chart(h, xr),
            translate("history_view", "No sessions with a pain rating in this period."),
        )
        self.charts["tension"].set_data(
            series.daily_chart(daily, "tension", day_x, xr),
            translate("history_view", "No tension ratings in this period."),
        )
        self.charts["peg3"].set_data(
            series.peg3_chart(h, xr),
            translate("history_view", "No weekly PEG-3 answers in this period."),
        )

    def _build_body(self) -> None:
        self.heatmap = HeatmapPanel()
        self.before_after = BeforeAfterPanel()
        self._add(1, self.heatmap)
        self._add(1, self.before_after)
        self._add_chart(
            1,
            "regions",
            translate("history_view", "Number of painful areas"),
            translate("history_view", "number of painful areas"),
        )
        trend = self._add_chart(
            1,
            "region",
            translate("history_view", "One area over time"),
            translate("history_view", "ratings of one area"),
        )
        trend.header.add_control(self.region_combo)
        self._pages[1].addStretch(1)

    def _draw_body(self) -> None:
        h = self._shown
        assert h is not None and self.heatmap is not None and self.before_after is not None
        self.heatmap.set_history(h)
        self.before_after.set_history(h)
        self.charts["regions"].set_data(
            series.count_chart(h, self._shown_range),
            translate("history_view", "No body maps in this period."),
        )
        wanted = self.region_combo.currentData()
        codes = series.rated_codes(h)
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        for code in sorted(codes):
            self.region_combo.addItem(area_name(code), code)
        if codes:
            keep = wanted if wanted in codes else max(codes, key=lambda c: (codes[c], -c))
            self.region_combo.setCurrentIndex(self.region_combo.findData(keep))
        self.region_combo.setEnabled(bool(codes))
        self.region_combo.blockSignals(False)
        self._update_region_chart()

    def _update_region_chart(self) -> None:
        panel, h = self.charts.get("region"), self._shown
        if panel is None or h is None:
            return
        code = self.region_combo.currentData()
        data = series.region_chart(h, int(code), self._shown_range) if code else None
        panel.set_data(data, translate("history_view", "No area was rated above 0 in this period."))

    def _build_practice(self) -> None:
        self._add(2, self.practice_summary)
        self._add_chart(
            2,
            "minutes",
            translate("history_view", "Minutes of practice each week"),
            translate("history_view", "minutes per week"),
        )
        self._pages[2].addStretch(1)

    def _draw_practice(self) -> None:
        h = self._shown
        assert h is not None
        self.practice_summary.setText(series.practice_text(h))
        self.charts["minutes"].set_data(
            series.minutes_chart(h, self._day_x, self._shown_range),
            translate("history_view", "No finished sessions in this period."),
        )

    def _build_help(self) -> None:
        self.help_panel = HelpPanel()
        self._add(3, self.help_panel)
        self._pages[3].addStretch(1)

    def _draw_help(self) -> None:
        assert self.help_panel is not None and self._shown is not None
        self.help_panel.set_history(self._shown)

    # -- Qt events ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape that no child used (an open list or calendar closes itself first) goes back.
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown as a page again, not a window restored
            if self._just_loaded:  # refreshed right before being shown: no second read
                self._just_loaded = False
            else:
                self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._restyle_timer.start(0)
        super().changeEvent(event)

    def restyle(self) -> None:
        """Follow a change of theme or text size (nothing to do if neither changed)."""
        app = QApplication.instance()
        key = (app.property("somaticTheme") if app else None, QApplication.font().pointSizeF())
        if key == self._style_key:
            return
        self._style_key = key
        self.setStyleSheet(page_style_sheet())
        for panel in self._sections():
            panel.restyle()
