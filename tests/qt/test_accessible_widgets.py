"""Screen readers get a meaningful role, name and value from the widgets that paint themselves.

What a screen reader sees is what ``QAccessible.queryAccessibleInterface`` answers, so the tests
ask that, not the widgets' Python attributes: the breathing pacer is an animation whose value is
the phase and the whole seconds left; the body map is a list of its areas, each named with the
person's own side and its rating, focused as the arrow keys move; a history chart is a chart
whose description says what it shows and where the same numbers are as a table.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from pytestqt.qtbot import QtBot

from somatic_player import i18n
from somatic_player.core.bodymap import REGIONS
from somatic_player.core.plan import PacerState
from somatic_player.qt import accessible
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.history_charts import ChartPanel
from somatic_player.qt.history_series import ChartData, Series
from somatic_player.qt.pacer_view import PacerView

Name, Value, Description = (
    QAccessible.Text.Name,
    QAccessible.Text.Value,
    QAccessible.Text.Description,
)
Sent = list[tuple[QAccessible.Event, str]]


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sent]:
    """What would reach a listening screen reader: (event, the named object's name then)."""
    events: Sent = []

    def record(event: QAccessibleEvent) -> None:
        target = event.accessibleInterface()
        events.append((event.type(), target.text(Name) if target is not None else ""))

    monkeypatch.setattr(accessible, "send", record)
    QAccessible.setActive(True)  # as when Orca or NVDA runs
    yield events
    QAccessible.setActive(False)


@pytest.fixture
def marked_translation() -> Iterator[None]:
    """Every text goes through translate: a backend that marks each with its context."""
    i18n.install(lambda context, text, _dis, n: f"<{context}>" + text.replace("%n", str(n)))
    yield
    i18n.install(None)


def _shown(qtbot: QtBot, widget: QWidget, width: int = 900, height: int = 720) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


# -- the breathing pacer ---------------------------------------------------------------------------


def test_pacer_is_an_animation_whose_value_is_the_phase_and_seconds_left(qtbot: QtBot) -> None:
    pacer = PacerView()
    _shown(qtbot, pacer, 420, 420)
    pacer.set_state(PacerState("exhale", 0.4, 0.6, 2.3))
    face = interface(pacer)
    assert isinstance(face, accessible.RoleInterface)
    assert face.role() == QAccessible.Role.Animation
    assert face.text(Name) == "Breathing pacer"
    assert face.text(Value) == "Breathe out, 3 seconds left"
    assert face.text(Description) == "Breathe out, 3 seconds left"  # what Orca reads
    pacer.set_state(PacerState("hold-in", 0.0, 1.0, 0.7))
    assert face.text(Value) == "Hold gently, 1 second left"


def test_pacer_tells_screen_readers_once_per_phase_or_second_not_per_frame(qtbot: QtBot) -> None:
    pacer = PacerView()
    _shown(qtbot, pacer, 420, 420)
    pacer.set_state(PacerState("inhale", 0.0, 0.0, 4.0))
    start = pacer.accessible_updates
    for frame in range(1, 61):  # one second at 60 frames a second: 4.0 s left down to 3.0 s
        left = 4.0 - frame / 60
        pacer.set_state(PacerState("inhale", frame / 240, frame / 240, left))
    assert pacer.accessible_updates - start == 1
    assert interface(pacer).text(Value) == "Breathe in, 3 seconds left"
    pacer.set_state(PacerState("exhale", 0.0, 1.0, 6.0))
    assert pacer.accessible_updates - start == 2
    assert interface(pacer).text(Value) == "Breathe out, 6 seconds left"


def test_pacer_between_steps_reads_its_idle_text(qtbot: QtBot) -> None:
    pacer = PacerView()
    _shown(qtbot, pacer, 420, 420)
    pacer.set_state(PacerState("exhale", 0.4, 0.6, 2.3))
    pacer.set_state(PacerState("none", 0.0, 0.0, 0.0))
    pacer.set_idle_text("Paused")
    assert interface(pacer).text(Value) == "Paused"
    assert pacer.accessibleDescription() == "Paused"


def test_pacer_texts_are_translated(qtbot: QtBot, marked_translation: None) -> None:
    pacer = PacerView()
    _shown(qtbot, pacer, 420, 420)
    pacer.set_state(PacerState("exhale", 0.4, 0.6, 2.3))
    face = interface(pacer)
    assert face.text(Name) == "<pacer_view>Breathing pacer"
    assert face.text(Value) == "<pacer_view><pacer_view>Breathe out, 3 seconds left"


# -- the body map ----------------------------------------------------------------------------------


@pytest.fixture
def bodymap(qtbot: QtBot) -> BodyMapWidget:
    widget = BodyMapWidget()
    _shown(qtbot, widget)
    return widget


def _item(widget: BodyMapWidget, code: int) -> QAccessibleInterface:
    face = interface(widget)
    index = list(REGIONS).index(code)
    item = face.child(index)
    assert item is not None and face.indexOfChild(item) == index
    return item


def test_body_map_is_a_list_of_the_74_areas_with_the_person_s_own_sides(
    bodymap: BodyMapWidget,
) -> None:
    face = interface(bodymap)
    assert isinstance(face, accessible.ItemsInterface)
    assert face.role() == QAccessible.Role.List
    assert face.childCount() == len(REGIONS) == 74
    for n, (code, region) in enumerate(REGIONS.items()):
        item = face.child(n)
        assert item is not None and item.role() == QAccessible.Role.ListItem
        assert item.parent() is face
        side = "Right" if region.side == "R" else "Left"
        expected = f"{side} {region.name}, {region.view} view: not rated"
        assert item.text(Name) == expected, code
        assert item.text(Value) == "not rated"
    assert _item(bodymap, 129).text(Name) == "Right knee, front view: not rated"
    assert _item(bodymap, 232).text(Name) == "Right back of knee, back view: not rated"


def test_keyboard_selection_and_rating_reach_the_screen_reader(
    qtbot: QtBot, bodymap: BodyMapWidget, sent: Sent
) -> None:
    _focus(qtbot, bodymap)
    face = interface(bodymap)
    assert face.text(Name) == "Body map, no area selected"
    assert face.focusChild() is None

    qtbot.keyClick(bodymap, Qt.Key.Key_Home)  # the first area: 101, the right upper head
    qtbot.keyClick(bodymap, Qt.Key.Key_6)
    assert face.text(Name) == "Body map, right upper head (101), front view: 6 of 10"
    assert face.text(Value) == "Right upper head, front view: 6 of 10"
    assert _item(bodymap, 101).text(Name) == "Right upper head, front view: 6 of 10"
    assert _item(bodymap, 101).text(Value) == "6 of 10"
    assert sent == [
        (QAccessible.Event.Selection, "Right upper head, front view: not rated"),
        (QAccessible.Event.Focus, "Right upper head, front view: not rated"),
        (QAccessible.Event.NameChanged, "Right upper head, front view: 6 of 10"),
    ]

    # On the front view the person's left is on the screen's right.
    sent.clear()
    qtbot.keyClick(bodymap, Qt.Key.Key_Right)
    assert bodymap.selected() == 102
    assert sent[-1] == (QAccessible.Event.Focus, "Left upper head, front view: not rated")
    focused = face.focusChild()
    assert focused is not None and focused.text(Name) == "Left upper head, front view: not rated"
    assert focused.state().focused and focused.state().selected
    assert not _item(bodymap, 101).state().selected

    # The last area is the right heel, on the back view, where the person's left is on the
    # screen's left; rate it 4 and mark it worst.
    qtbot.keyClick(bodymap, Qt.Key.Key_End)
    qtbot.keyClick(bodymap, Qt.Key.Key_4)
    qtbot.keyClick(bodymap, Qt.Key.Key_W)
    heel = "Right heel, back view: 4 of 10, worst area"
    assert _item(bodymap, 238).text(Name) == heel
    assert sent[-1] == (QAccessible.Event.NameChanged, heel)
    assert face.text(Name) == "Body map, right heel (238), back view: 4 of 10, worst area"
    assert face.text(Description).startswith("2 areas rated. Arrow keys move between areas")
    qtbot.keyClick(bodymap, Qt.Key.Key_Left)
    assert sent[-1] == (QAccessible.Event.Focus, "Left heel, back view: not rated")

    qtbot.keyClick(bodymap, Qt.Key.Key_Right)
    qtbot.keyClick(bodymap, Qt.Key.Key_Delete)
    assert sent[-1] == (QAccessible.Event.NameChanged, "Right heel, back view: not rated")


def test_areas_have_their_place_on_screen_and_hidden_views_are_marked(
    bodymap: BodyMapWidget,
) -> None:
    face = interface(bodymap)
    knee = _item(bodymap, 130)
    centre = bodymap.region_centre(130)
    assert centre is not None
    on_screen = bodymap.mapToGlobal(centre.toPoint())
    assert knee.rect().contains(on_screen)
    at = face.childAt(on_screen.x(), on_screen.y())
    assert at is not None and at.text(Name) == "Left knee, front view: not rated"
    # Qt's own C++ search (as a platform bridge would ask) reaches the Python items too.
    found = QAccessibleWidget.childAt(face, on_screen.x(), on_screen.y())
    assert isinstance(found, accessible.ItemInterface) and found.rect().contains(on_screen)
    bodymap.set_view("front")
    assert _item(bodymap, 231).state().invisible
    assert _item(bodymap, 231).rect().isEmpty()
    assert not knee.state().invisible


def test_read_only_map_reads_averages(bodymap: BodyMapWidget) -> None:
    bodymap.set_read_only(True)
    bodymap.set_values({111: 4.26, 218: 6.04})
    face = interface(bodymap)
    assert face.text(Name) == "Body map (read only)"
    assert face.text(Description) == "2 areas with values; highest left lower back (218): 6.0"
    item = _item(bodymap, 111)
    assert item.text(Name) == "Right upper arm, front view: average 4.3 of 10"
    assert item.text(Value) == "average 4.3 of 10"
    assert not item.state().focusable
    assert _item(bodymap, 112).text(Value) == "no value"


def test_body_map_texts_are_translated(bodymap: BodyMapWidget, marked_translation: None) -> None:
    bodymap.select(130)
    name = _item(bodymap, 130).text(Name)
    assert name.startswith("<bodymap_widget><bodymap_list>left knee, <bodymap_widget>front view")
    assert name.endswith("<bodymap_widget>not rated")


def test_area_interfaces_go_with_the_map(qtbot: QtBot, sent: Sent) -> None:
    """Areas a screen reader has met are registered in Qt's cache; when the map goes they
    leave it too, so nothing points at freed memory (and nothing crashes)."""
    widget = BodyMapWidget()
    widget.show()
    qtbot.waitExposed(widget)
    _focus(qtbot, widget)
    items = [_item(widget, code) for code in (101, 130, 238)]
    ids = [QAccessible.uniqueId(item) for item in items]
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert all(QAccessible.accessibleInterface(i) is None for i in ids)
    assert not any(shiboken6.isValid(item) for item in items)
    del items
    gc.collect()


# -- the history charts ----------------------------------------------------------------------------

DAYS = ["Mon 2 Mar 2026", "Tue 3 Mar 2026", "Wed 4 Mar 2026"]


def _sessions() -> ChartData:
    noon = datetime(2026, 3, 2, 12, tzinfo=UTC).timestamp()
    return ChartData(
        x=np.array([noon, noon + 86_400.0, noon + 2 * 86_400.0]),
        series=(
            Series("Before practice", np.array([6.0, np.nan, 5.0]), "hollow", "link"),
            Series("After practice", np.array([4.0, 3.0, np.nan]), "squares", "accent"),
        ),
        x_text=lambda i: DAYS[i],
        describe=lambda i: f"{DAYS[i]}: values {i}",
        y_title="Pain (0 to 10)",
        y_range=(0.0, 10.0),
        x_range=(noon - 43_200.0, noon + 3 * 86_400.0 - 43_200.0),
        x_title="Session",
    )


@pytest.fixture
def chart(qtbot: QtBot) -> ChartPanel:
    panel = ChartPanel("Pain before and after each session", "session pain", UTC)
    _shown(qtbot, panel, 800, 600)
    panel.set_data(_sessions(), "No sessions with a pain rating in this period.")
    return panel


SUMMARY = (
    "Mon 2 Mar 2026 to Wed 4 Mar 2026: 3 entries. "
    "Shows Before practice (hollow circles), After practice (filled squares). "
    "Latest: Wed 4 Mar 2026: values 2. "
    "The same numbers are in a table: use the “Show as table” button above the chart. "
    "Point at the chart, or select it and use the arrow keys, to read exact values."
)


def test_chart_is_named_by_its_title_and_describes_what_it_shows(chart: ChartPanel) -> None:
    face = interface(chart.plot)
    assert face.role() == QAccessible.Role.Chart
    assert face.text(Name) == "Pain before and after each session"
    assert face.text(Description) == SUMMARY
    assert chart.legend.accessibleName() == (
        "Legend: hollow circles: Before practice; filled squares: After practice"
    )
    assert chart.readout.accessibleName() == "session pain: value at the pointer"


def test_chart_points_to_its_table_which_holds_the_same_entries(
    qtbot: QtBot, chart: ChartPanel
) -> None:
    assert "“Show as table”" in interface(chart.plot).text(Description)
    assert chart.table_button.text() == "Show as table"
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)
    assert chart.table is not None and chart.stack.currentWidget() is chart.table
    assert chart.table.accessibleName() == "Session pain, table"
    assert chart.model.rowCount() == 3  # the "3 entries" of the description


def test_chart_keys_read_points_and_leaving_restores_the_summary(
    qtbot: QtBot, chart: ChartPanel
) -> None:
    face = interface(chart.plot)
    _focus(qtbot, chart.plot)
    assert face.text(Description) == SUMMARY  # arriving, a screen reader hears the summary
    assert chart.readout.text() == "Wed 4 Mar 2026: values 2"  # the eyes see the last point
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left)
    assert face.text(Description) == "Tue 3 Mar 2026: values 1"
    _focus(qtbot, chart.table_button)
    assert face.text(Description) == SUMMARY


def test_empty_chart_says_so(chart: ChartPanel) -> None:
    chart.set_data(None, "No sessions with a pain rating in this period.")
    assert interface(chart.plot).text(Description) == (
        "No sessions with a pain rating in this period."
    )


def test_history_view_charts_describe_their_own_data(qtbot: QtBot, tmp_path: Path) -> None:
    from somatic_player.history.demo import fill_demo
    from somatic_player.history.store import Store
    from somatic_player.qt.history_view import HistoryView

    now = datetime(2026, 3, 15, 20, 0, tzinfo=UTC)
    with Store.open(tmp_path / "history.sqlite3", clock=lambda: now) as store:
        fill_demo(store, days=30, end=now, tz=UTC)
        view = HistoryView(store, tz=UTC, now=lambda: now)
        _shown(qtbot, view, 1200, 800)
        view.refresh()
        for tab in range(3):  # pain over time, body map, practice: each builds its charts
            view.tabs.setCurrentIndex(tab)
        assert set(view.charts) >= {"pain", "sessions", "tension", "minutes"}
        for key, panel in view.charts.items():
            face = interface(panel.plot)
            assert face.role() == QAccessible.Role.Chart, key
            assert face.text(Name) == panel.title.text(), key
            if panel.data is None:
                continue
            rows = panel.model.rowCount()
            described = face.text(Description)
            assert f": {rows} entries. Shows " in described, key
            assert "button above the chart" in described, key
