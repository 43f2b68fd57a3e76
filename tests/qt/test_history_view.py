"""The history page: charts, maps and tables show exactly what ``history.analysis`` computes,
filters change them, the "noticeable change" note follows the rule, nothing is judged, and every
control can be reached and named."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history import analysis
from somatic_player.history.demo import fill_demo
from somatic_player.history.records import Moment
from somatic_player.history.snapshot import History
from somatic_player.history.store import Store
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.history_charts import ChartPanel
from somatic_player.qt.history_maps import area_name, change_words
from somatic_player.qt.history_series import session_pain
from somatic_player.qt.history_view import NO_HISTORY, HistoryView
from somatic_player.qt.theme import COLORS, apply_theme

NOW = datetime(2026, 3, 15, 20, 0, tzinfo=UTC)
VERDICTS = re.compile(r"\b(better|worse|improv\w*|great|well done|good|bad|success\w*)\b", re.I)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "history.sqlite3", clock=Clock(NOW)) as store:
        fill_demo(store, days=60, end=NOW, tz=UTC)
        yield store


def _view(qtbot: QtBot, store: Store) -> HistoryView:
    view = HistoryView(store, tz=UTC)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def _shown(view: HistoryView) -> History:
    h = view.history()
    assert h is not None
    return h


def _finite(values: np.ndarray) -> np.ndarray:
    finite: np.ndarray = values[np.isfinite(values)]
    return finite


def _ys(panel: ChartPanel) -> list[np.ndarray]:
    """What each plot item was given (before any thinning for drawing)."""
    out = []
    for item in panel.items():
        if hasattr(item, "getOriginalDataset"):
            out.append(np.asarray(item.getOriginalDataset()[1]))
        else:  # bars
            out.append(np.asarray(item.opts["height"]))
    return out


# -- charts show the analysis numbers -----------------------------------------------------------


def test_pain_tab_charts_hold_the_analysis_series(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    view.set_period("all")
    h = _shown(view)
    daily = analysis.daily_series(h)
    pain_daily, pain_7d = _ys(view.charts["pain"])
    np.testing.assert_allclose(pain_daily, _finite(daily.pain))
    np.testing.assert_allclose(pain_7d, _finite(daily.pain_7d))
    tension_daily, tension_7d = _ys(view.charts["tension"])
    np.testing.assert_allclose(tension_daily, _finite(daily.tension))
    np.testing.assert_allclose(tension_7d, _finite(daily.tension_7d))

    changes = analysis.session_changes(h)
    before, after = _ys(view.charts["sessions"])
    assert before.tolist() == [c.pain_before for c in changes if c.pain_before is not None]
    assert after.tolist() == [c.pain_after for c in changes if c.pain_after is not None]
    assert len(before) > 40  # about one session a day for 60 days

    _, scores = analysis.peg3_scores(h)
    (peg,) = _ys(view.charts["peg3"])
    assert peg.tolist() == scores and len(scores) >= 8


def test_body_and_practice_charts_hold_the_analysis_series(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    view.set_period("all")
    view.show_tab("Body map")
    h = _shown(view)
    (counts,) = _ys(view.charts["regions"])
    assert counts.tolist() == analysis.widespreadness(h).values.tolist()
    code = view.region_combo.currentData()
    rated = {int(c) for c in h.regions.code[h.regions.rating > 0]}
    assert view.region_combo.count() == len(rated)
    assert [view.region_combo.itemData(i) for i in range(view.region_combo.count())] == sorted(
        rated
    )
    (trend,) = _ys(view.charts["region"])
    assert trend.tolist() == analysis.region_trend(h, code).values.tolist()
    other = next(c for c in sorted(rated) if c != code)
    view.region_combo.setCurrentIndex(view.region_combo.findData(other))
    (trend,) = _ys(view.charts["region"])
    assert trend.tolist() == analysis.region_trend(h, other).values.tolist()

    view.show_tab("Practice")
    weekly = analysis.practice_minutes_by_week(h)
    (bars,) = _ys(view.charts["minutes"])
    np.testing.assert_allclose(bars, weekly.minutes)
    assert f"{len(h.sessions)} sessions" in view.practice_summary.text()


def test_session_pain_agrees_with_session_changes_in_any_cut(demo_store: Store) -> None:
    full = demo_store.load_history(tz=UTC)
    # A cut that starts mid-day leaves check-ins of sessions that started before it.
    for h in (full, full.select(since=NOW - timedelta(days=20, hours=5)), full.select(kind="pmr")):
        before, after = session_pain(h)
        changes = analysis.session_changes(h)
        assert [None if b != b else int(b) for b in before] == [c.pain_before for c in changes]
        assert [None if a != a else int(a) for a in after] == [c.pain_after for c in changes]


def test_session_pain_takes_the_latest_rated_check_in(tmp_path: Path) -> None:
    clock = Clock(NOW - timedelta(hours=2))
    with Store.open(tmp_path / "again.sqlite3", clock=clock) as store:
        sid = store.start_session(
            "easy-pace", routine_title="Easy pace breathing", kind="breathing"
        )
        steps: tuple[tuple[int, Moment, int], ...] = (
            (1, "before", 5),
            (2, "before", 7),
            (30, "after", 4),
        )
        for minutes, moment, pain in steps:
            clock.at += timedelta(minutes=minutes)
            store.add_checkin(moment, pain, 3, session_id=sid)
        clock.at += timedelta(minutes=1)
        store.add_checkin("after", skipped=True, session_id=sid)  # a skipped one does not count
        h = store.load_history(tz=UTC)
    before, after = session_pain(h)
    (change,) = analysis.session_changes(h)
    assert (before.tolist(), after.tolist()) == ([7.0], [4.0])
    assert (change.pain_before, change.pain_after) == (7, 4)


# -- filters ------------------------------------------------------------------------------------


def test_period_filter_changes_every_chart_of_the_visible_tab(
    qtbot: QtBot, demo_store: Store
) -> None:
    view = _view(qtbot, demo_store)
    assert view.period_combo.currentText() == "Last 30 days"
    view.set_period("all")
    all_points = len(view.charts["pain"].items()[0].getOriginalDataset()[0])
    all_sessions = len(view.charts["sessions"].items()[0].getOriginalDataset()[0])
    view.set_period("7")
    since, until = view.period()
    assert since == datetime(2026, 3, 9, tzinfo=UTC) and until is None
    for key in ("pain", "sessions", "tension"):
        data = view.charts[key].data
        assert data is not None
        assert all(x >= since.timestamp() for x in data.x), key
    peg3 = view.charts["peg3"]  # the last PEG-3 was a week ago: said, not drawn empty
    assert peg3.data is None and peg3.stack.currentWidget() is peg3.empty
    assert peg3.empty.text() == "No weekly PEG-3 answers in this period."
    days_rated = int(np.isfinite(analysis.daily_series(_shown(view)).pain).sum())
    assert len(view.charts["pain"].items()[0].getOriginalDataset()[0]) == days_rated
    assert 5 <= days_rated <= 7 < all_points
    assert len(view.charts["sessions"].items()[0].getOriginalDataset()[0]) < all_sessions
    assert view.summary.text().startswith("Mon 9 Mar 2026 to Sun 15 Mar 2026:")

    # Other tabs were marked stale and follow when shown.
    view.show_tab("Practice")
    weekly = analysis.practice_minutes_by_week(_shown(view))
    assert len(_ys(view.charts["minutes"])[0]) == len(weekly.minutes) <= 2


def test_custom_dates_show_only_those_days(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    assert view.from_edit.isHidden()
    view.set_period("custom")  # starts from the 30 days shown until then
    assert view.from_edit.date().toPython() == date(2026, 2, 14)
    assert view.to_edit.date().toPython() == date(2026, 3, 15)
    assert view.charts["pain"].data is not None
    view.set_custom_period(date(2026, 2, 1), date(2026, 2, 10))
    assert view.period_combo.currentData() == "custom"
    assert view.from_edit.isVisible() and view.to_edit.isVisible()
    h = _shown(view)
    days = analysis.daily_series(h).dates()
    assert days[0] == date(2026, 2, 1) and days[-1] == date(2026, 2, 10)
    assert len(_ys(view.charts["pain"])[0]) == 10
    # Typing a date in the field applies it too.
    view.to_edit.setDate(view.to_edit.date().addDays(-5))
    assert analysis.daily_series(_shown(view)).dates()[-1] == date(2026, 2, 5)
    # A period with nothing in it says so instead of drawing empty axes.
    view.set_custom_period(date(2025, 1, 1), date(2025, 1, 31))
    for panel in view.charts.values():
        assert panel.stack.currentWidget() is panel.empty
        assert panel.empty.text() and not panel.plot.isVisible()


def test_kind_filter_shows_only_that_practice(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    kinds = [view.kind_combo.itemData(i) for i in range(view.kind_combo.count())]
    assert kinds == ["", "breathing", "pmr", "movement"]  # only kinds in the history
    assert view.kind_combo.itemText(2) == "Muscle relaxation"
    view.set_period("all")
    view.set_kind("pmr")
    h = _shown(view)
    assert set(h.sessions.kind) == {"pmr"}
    pmr = [
        c
        for c in analysis.session_changes(demo_store.load_history(tz=UTC))
        if c.kind == "pmr" and c.pain_before is not None
    ]
    assert len(_ys(view.charts["sessions"])[0]) == len(pmr)
    assert "stand-alone check-ins are left out" in view.summary.text()
    view.set_kind(None)
    assert "left out" not in view.summary.text()
    with pytest.raises(ValueError, match="body-scan"):
        view.set_kind("body-scan")


# -- the noticeable-change note -----------------------------------------------------------------


def _steady_store(tmp_path: Path, first_week: int, second_week: int) -> Store:
    clock = Clock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    store = Store.open(tmp_path / f"steady-{first_week}-{second_week}.sqlite3", clock=clock)
    for day in range(14):
        clock.at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(days=day)
        pain = first_week if day < 7 else second_week
        store.add_checkin("standalone", pain, 4, body=BodyMapRatings.of([RegionRating(218, pain)]))
    return store


@pytest.mark.parametrize(("first", "second", "shown"), [(7, 4, True), (6, 5, False), (5, 3, True)])
def test_noticeable_change_note_only_when_the_rule_says_so(
    qtbot: QtBot, tmp_path: Path, first: int, second: int, shown: bool
) -> None:
    with _steady_store(tmp_path, first, second) as store:
        view = _view(qtbot, store)
        view.set_period("all")
        note = view.charts["pain"].note
        expected = analysis.noticeable_change(_shown(view), "pain")
        assert (expected is not None) == shown
        assert note.isVisible() == shown
        if shown:
            assert note.text() == expected
            assert f"from {first:.1f} to {second:.1f}" in note.text()
            assert not VERDICTS.search(note.text())
        else:
            assert note.text() == ""


# -- maps ---------------------------------------------------------------------------------------


def test_heatmap_and_before_after_maps_equal_the_analysis(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    view.set_period("90")
    view.show_tab("Body map")
    h = _shown(view)
    heat = view.heatmap
    assert heat is not None and view.before_after is not None
    assert heat.map.is_read_only()
    assert heat.map.values() == analysis.region_heatmap(h, "mean").rated
    assert "over" in heat.caption.text() and "body maps" in heat.caption.text()
    heat.mode_combo.setCurrentIndex(heat.mode_combo.findData("latest"))
    assert heat.map.values() == analysis.region_heatmap(h, "latest").rated
    assert "most recent" in heat.caption.text()
    heat.view_combo.setCurrentIndex(heat.view_combo.findData("back"))  # one side, larger
    assert heat.map.view() == "back"

    pair = analysis.before_after_maps(h)
    assert view.before_after.before_map.values() == pair.before.rated
    assert view.before_after.after_map.values() == pair.after.rated
    assert f"{pair.sessions} sessions" in view.before_after.caption.text()
    view.before_after.view_combo.setCurrentIndex(2)
    assert view.before_after.before_map.view() == "back" == view.before_after.after_map.view()

    # A shorter period gives other values: the maps follow the filter.
    view.set_period("7")
    assert heat.map.values() == analysis.region_heatmap(_shown(view), "latest").rated
    heat.mode_combo.setCurrentIndex(0)
    assert heat.map.values() == analysis.region_heatmap(_shown(view), "mean").rated


# -- tables: the same numbers for screen readers ------------------------------------------------


def test_each_chart_has_a_table_of_the_same_numbers(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    panel = view.charts["pain"]
    assert panel.table is None  # made only when asked for
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert panel.table is not None and panel.stack.currentWidget() is panel.table
    assert panel.table_button.text() == "Show as chart"
    daily = analysis.daily_series(_shown(view))
    rows = panel.model.row_texts()
    assert panel.model.headers() == ["Date", "Check-ins", "Average of the day", "7-day average"]
    assert len(rows) == int(np.sum(np.isfinite(daily.pain) | np.isfinite(daily.pain_7d)))
    by_day = {row[0]: row for row in rows}
    for i, day in enumerate(daily.dates()):
        row = by_day[f"{day:%a} {day.day} {day:%b %Y}"]
        assert row[2] == ("none" if np.isnan(daily.pain[i]) else f"{daily.pain[i]:.1f}")
        assert row[3] == f"{daily.pain_7d[i]:.1f}"
    qtbot.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert panel.stack.currentWidget() is panel.plot

    sessions = view.charts["sessions"]
    sessions.table_button.click()
    table_rows = sessions.model.row_texts()
    drawn = _ys(sessions)
    assert [float(r[3]) for r in table_rows if r[3] != "none"] == drawn[0].tolist()
    assert [float(r[4]) for r in table_rows if r[4] != "none"] == drawn[1].tolist()

    view.show_tab("Body map")
    heat = view.heatmap
    assert heat is not None
    heat.table_button.click()
    values = heat.map.values() or {}
    assert {row[0]: float(row[1]) for row in heat.model.rows} == {
        name: round(v, 1) for name, v in _named(values).items()
    }


def _named(values: dict[int, float]) -> dict[str, float]:
    return {area_name(code): value for code, value in values.items()}


def test_what_seems_to_help_is_worded_from_the_analysis(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    view.set_period("all")
    view.show_tab("What seems to help")
    panel = view.help_panel
    assert panel is not None
    summaries = analysis.what_seems_to_help(_shown(view))
    for group in ("routine", "kind"):
        expected = [
            [
                s.label,
                f"{s.sessions} sessions",
                change_words(s.mean_points),
                change_words(s.mean_tension_points),
            ]
            for s in summaries
            if s.group == group
        ]
        assert panel.rows(group) == expected and expected
    routine_rows = panel.rows("routine")
    assert routine_rows[0][2].startswith("on average ") and "lower after" in routine_rows[0][2]
    text = " ".join(" ".join(row) for g in ("routine", "kind") for row in panel.rows(g))
    assert not VERDICTS.search(text + panel.intro.text())
    assert change_words(-1.23) == "on average 1.2 points lower after"
    assert change_words(0.02) == "on average about the same after"
    assert change_words(1.0) == "on average 1.0 point higher after"


# -- exact values on hover and by keyboard ------------------------------------------------------


def test_hover_shows_the_exact_values_of_the_nearest_point(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    panel = view.charts["pain"]
    data = panel.data
    assert data is not None
    daily = analysis.daily_series(_shown(view))
    i = int(np.flatnonzero(np.isfinite(daily.pain))[10])
    box = panel.plot.getPlotItem().getViewBox()
    at = panel.plot.mapFromScene(box.mapViewToScene(QPointF(data.x[i], daily.pain[i])))
    qtbot.mouseMove(panel.plot.viewport(), at)
    day = daily.dates()[i]
    text = panel.readout.text()
    assert text.startswith(f"{day:%a} {day.day} {day:%b %Y}: ")
    assert f"pain {daily.pain[i]:.1f}" in text and f"7-day average {daily.pain_7d[i]:.1f}" in text
    assert panel._hover.isVisible() and panel._hover.toPlainText() == text.replace(": ", ":\n", 1)
    # ... drawn beside the point, inside the plotting area (not off screen).
    assert box.sceneBoundingRect().contains(panel._hover.sceneBoundingRect())
    # A little to the right of a point still reads that point (the nearest one); the scene's
    # signal is given the position directly, free of the test's pointer rounding.
    for dx in (0.4, 0.6):
        at_scene = box.mapViewToScene(QPointF(data.x[i] + dx * 86_400, daily.pain[i]))
        panel.plot.scene().sigMouseMoved.emit(at_scene)
        shown = daily.dates()[i if dx < 0.5 else i + 1]
        assert panel.readout.text().startswith(f"{shown:%a} {shown.day} {shown:%b %Y}: ")
    # Outside the plotting area nothing is marked.
    panel.plot.scene().sigMouseMoved.emit(QPointF(-50, -50))
    assert not panel._hover.isVisible()

    # The keyboard reads the neighbours (the last point read was the day after day i).
    panel.plot.setFocus()
    qtbot.keyClick(panel.plot, Qt.Key.Key_Left)
    qtbot.keyClick(panel.plot, Qt.Key.Key_Left)
    previous = daily.dates()[i - 1]
    assert panel.readout.text().startswith(f"{previous:%a} {previous.day} {previous:%b}")
    qtbot.keyClick(panel.plot, Qt.Key.Key_End)
    last = daily.dates()[-1]
    assert panel.readout.text().startswith(f"{last:%a} {last.day} {last:%b}")

    sessions = view.charts["sessions"]
    sessions.plot.setFocus()
    qtbot.keyClick(sessions.plot, Qt.Key.Key_End)
    change = analysis.session_changes(_shown(view))[-1]
    assert change.pain_before is not None and change.pain_after is not None
    assert sessions.readout.text().endswith(
        f"{change.title}: pain {change.pain_before} before, {change.pain_after} after "
        f"({change.pain_after - change.pain_before:+d} points, {change.pain_percent:+.0f}%)"
    )


def test_the_wheel_over_a_chart_scrolls_the_page_not_the_chart(
    qtbot: QtBot, demo_store: Store
) -> None:
    view = _view(qtbot, demo_store)
    plot = view.charts["pain"].plot
    page = view.tabs.currentWidget()
    assert isinstance(page, QScrollArea)
    bar = page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the page is laid out and longer than the tab
    x_range = plot.getPlotItem().getViewBox().viewRange()[0]
    at = QPointF(300, 100)
    wheel = QWheelEvent(
        at,
        plot.viewport().mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(plot.viewport(), wheel)
    assert bar.value() > 0
    assert plot.getPlotItem().getViewBox().viewRange()[0] == x_range


# -- empty history, navigation, accessibility ----------------------------------------------------


def test_no_history_says_so_plainly_without_axes(qtbot: QtBot, tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.sqlite3", clock=Clock(NOW)) as store:
        view = _view(qtbot, store)
        assert view.empty.isVisible()
        assert view.empty.text() == NO_HISTORY
        assert not view.tabs.isVisible() and not view.period_combo.isVisible()
        assert view.charts == {}  # no plot was even built
        assert view.back_button.isVisible()


def test_back_button_and_escape_ask_to_close(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    for widget in (view.tabs.tabBar(), view.period_combo, view.charts["pain"].plot):
        with qtbot.waitSignal(view.closed, timeout=1000):
            qtbot.keyClick(widget, Qt.Key.Key_Escape)


def _controls(root: QWidget) -> list[QWidget]:
    kinds = (
        QAbstractButton,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QTabBar,
        QGraphicsView,
        BodyMapWidget,
    )
    out: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not root:
            inside = inside or isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView)
            parent = parent.parentWidget()
        if not inside:  # a combo box's list or a table's corner button is part of its owner
            out.append(widget)
    return out


def test_every_control_is_named_explained_and_reachable(qtbot: QtBot, demo_store: Store) -> None:
    view = _view(qtbot, demo_store)
    view.set_period("custom")  # show the date fields too
    seen: list[QWidget] = []
    for name in ("Pain over time", "Body map", "Practice", "What seems to help"):
        view.show_tab(name)
        for panel in [*view.charts.values(), view.heatmap, view.before_after]:
            if panel is not None and panel.isVisible() and panel.table_button.isEnabled():
                panel.table_button.setChecked(True)  # the tables too
        seen += _controls(view)
        for panel in [*view.charts.values(), view.heatmap, view.before_after]:
            if panel is not None:
                panel.table_button.setChecked(False)
    assert len(seen) > 30
    for widget in seen:
        label = f"{type(widget).__name__} {widget.objectName()}"
        assert widget.accessibleName(), label
        if isinstance(widget, BodyMapWidget):
            assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus  # read-only: the table is
            continue  # the keyboard route to the same numbers
        assert widget.toolTip() or isinstance(widget, QAbstractButton), label
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, label
    # Tab from the back button reaches the filters, the tabs and the first chart.
    view.show_tab("Pain over time")
    view.back_button.setFocus()
    reached = []
    for _ in range(16):
        focus = view.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        reached.append(view.focusWidget())
    assert view.period_combo in reached and view.kind_combo in reached
    assert view.tabs.tabBar() in reached
    pain = view.charts["pain"]
    assert reached.index(pain.table_button) + 1 == reached.index(pain.plot)
    assert reached.index(pain.plot) + 1 == reached.index(view.charts["sessions"].table_button)


@pytest.mark.usefixtures("restore_app")
def test_follows_the_theme_and_large_text_without_clipping(
    qtbot: QtBot, demo_store: Store, qapp: QApplication
) -> None:
    # Pages of earlier tests wait for deletion; a theme change would restyle them all.
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    apply_theme(qapp, "high-contrast", 1.6)
    view = HistoryView(demo_store, tz=UTC)
    qtbot.addWidget(view)
    view.resize(1040, 680)
    view.show()
    qtbot.waitExposed(view)
    qapp.processEvents()  # let the layouts settle
    assert view.minimumSizeHint().width() <= 1040
    plot = view.charts["pain"].plot
    assert plot.backgroundBrush().color().name() == COLORS["high-contrast"].surface
    axis = plot.getPlotItem().getAxis("bottom")
    assert axis.style["tickFont"].pointSizeF() == pytest.approx(qapp.font().pointSizeF())
    for widget in view.findChildren(QLabel) + view.findChildren(QAbstractButton):
        if widget.isVisible() and not (isinstance(widget, QLabel) and widget.wordWrap()):
            assert widget.width() >= widget.sizeHint().width(), widget.text()
            assert widget.height() >= widget.minimumSizeHint().height(), widget.text()
    apply_theme(qapp, "dark", 1.0)
    qtbot.waitUntil(
        lambda: plot.backgroundBrush().color().name() == COLORS["dark"].surface, timeout=2000
    )


def test_demo_data_is_marked_as_such(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from somatic_player.history.demo import fill_demo
    from somatic_player.history.store import Store
    from somatic_player.qt.history_view import HistoryView

    store = Store.open(tmp_path / "demo.sqlite3")
    fill_demo(store, days=10)
    view = HistoryView(store)
    qtbot.addWidget(view)
    view.refresh()
    assert not view.demo_note.isHidden()
    assert "Demo data" in view.demo_note.text()
    real = Store.open(tmp_path / "real.sqlite3")
    real.add_checkin("standalone", 3)
    other = HistoryView(real)
    qtbot.addWidget(other)
    other.refresh()
    assert other.demo_note.isHidden()
    store.close()
    real.close()


def test_thousands_of_markers_are_merged_into_local_means() -> None:
    import numpy as np

    from somatic_player.qt.history_charts import thin_markers

    x = np.arange(10_000, dtype=float)
    y = (x % 2) * 10.0  # 0, 10, 0, 10...: each pair averages 5
    tx, ty = thin_markers(x, y, 1000)
    assert len(tx) == 1000
    assert np.allclose(ty, 5.0, atol=0.5)
    assert tx[0] < tx[-1] and tx[0] >= x[0] and tx[-1] <= x[-1]
    gaps = np.array([0.0, 1.0, 2.0, 1000.0])  # empty stretches give no marker
    gx, gy = thin_markers(gaps, np.array([1.0, 2.0, 3.0, 4.0]), 10)
    assert list(gy) == [2.0, 4.0] and list(gx) == [1.0, 1000.0]
