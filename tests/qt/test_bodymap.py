"""The body map: our SVG figures hold every CHOIR region once, sides sit where the instrument
puts them, and the map, its keyboard, the list and the editor's panel all rate the same regions."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections import Counter, deque
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainterPath, QPolygonF
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from somatic_player.core.bodymap import REGIONS
from somatic_player.core.checkin import QUALITIES, BodyMapRatings, RegionRating
from somatic_player.qt.bodymap_colours import rating_colour, text_on
from somatic_player.qt.bodymap_editor import BodyMapEditor
from somatic_player.qt.bodymap_figure import (
    OUTLINES,
    VIEWS,
    figure_file,
    load_figure,
    neighbour,
    parse_path,
)
from somatic_player.qt.bodymap_input import TenKey
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.theme import apply_theme, contrast_ratio, relative_luminance

FRONT = sorted(c for c, r in REGIONS.items() if r.view == "front")
BACK = sorted(c for c, r in REGIONS.items() if r.view == "back")
KEY = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def bodymap(qtbot: QtBot) -> BodyMapWidget:
    widget = BodyMapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def editor(qtbot: QtBot) -> BodyMapEditor:
    widget = BodyMapEditor()
    qtbot.addWidget(widget)
    widget.resize(1200, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def area(path: QPainterPath) -> float:
    total = 0.0
    for polygon in path.toFillPolygons():
        points = [polygon.at(i) for i in range(polygon.size())]
        total += abs(
            sum(
                a.x() * b.y() - b.x() * a.y()
                for a, b in zip(points, points[1:] + points[:1], strict=True)
            )
        )
    return total / 2


def centroid(path: QPainterPath) -> QPointF:
    polygon: QPolygonF = path.toFillPolygon()
    points = [polygon.at(i) for i in range(polygon.size())]
    cross = [
        a.x() * b.y() - b.x() * a.y() for a, b in zip(points, points[1:] + points[:1], strict=True)
    ]
    a6 = 3 * sum(cross)
    x = sum(
        (a.x() + b.x()) * c for a, b, c in zip(points, points[1:] + points[:1], cross, strict=True)
    )
    y = sum(
        (a.y() + b.y()) * c for a, b, c in zip(points, points[1:] + points[:1], cross, strict=True)
    )
    return QPointF(x / a6, y / a6)


def rated(*entries: tuple[int, int]) -> BodyMapRatings:
    return BodyMapRatings.of(RegionRating(code, rating) for code, rating in entries)


# -- the figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize("outline", OUTLINES)
@pytest.mark.parametrize("view", VIEWS)
def test_each_file_holds_its_view_s_codes_once_and_nothing_else(outline: str, view: str) -> None:
    root = ET.parse(figure_file(outline, view)).getroot()
    ids = [e.attrib["id"] for e in root.iter() if "id" in e.attrib]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    expected = FRONT if view == "front" else BACK
    assert set(ids) == {f"r{code}" for code in expected} | {"regions", "outline"}
    assert root.attrib["data-view"] == view


@pytest.mark.parametrize("outline", OUTLINES)
def test_sides_are_the_patient_s_own(outline: str) -> None:
    """Front: the patient's right on the screen's left; back: the patient's left on the left."""
    figure = load_figure(outline)
    middle = figure.width / 2
    for code, region in REGIONS.items():
        x = centroid(figure.regions[code].path).x()
        on_screen_left = x < middle
        assert on_screen_left == ((region.side == "R") == (region.view == "front")), code
    x = {code: centroid(shape.path).x() for code, shape in figure.regions.items()}
    front_right_left = [
        (101, 102),
        (103, 104),
        (107, 110),
        (115, 118),
        (119, 124),
        (120, 123),
        (125, 128),
        (133, 134),
    ]
    back_left_right = [
        (201, 202),
        (207, 210),
        (211, 214),
        (217, 220),
        (221, 226),
        (222, 225),
        (227, 230),
        (237, 238),
    ]
    for first, second in front_right_left + back_left_right:
        assert x[first] < x[second], (first, second)


@pytest.mark.parametrize("outline", OUTLINES)
def test_regions_sit_top_to_bottom_as_on_the_instrument(outline: str) -> None:
    figure = load_figure(outline)
    y = {code: centroid(shape.path).y() for code, shape in figure.regions.items()}
    for chain in (
        (101, 103, 105, 108, 116, 121, 126, 129, 131, 133, 135),
        (107, 111, 113, 115, 119, 125),
        (201, 203, 205, 208, 212, 218, 223, 228, 231, 233, 235, 237),
        (207, 211, 215, 217, 221, 227),
    ):
        heights = [y[c] for c in chain]
        assert heights == sorted(heights), chain


@pytest.mark.parametrize("outline", OUTLINES)
@pytest.mark.parametrize("view", VIEWS)
def test_regions_tile_the_figure_without_overlaps_or_gaps(outline: str, view: str) -> None:
    figure = load_figure(outline)
    shapes = [s for s in figure.regions.values() if s.view == view]
    for n, a in enumerate(shapes):
        for b in shapes[n + 1 :]:
            if a.path.boundingRect().intersects(b.path.boundingRect()):
                assert area(a.path.intersected(b.path)) < 1.0, (a.code, b.code)
    silhouette = area(figure.silhouettes[view])
    assert sum(area(s.path) for s in shapes) == pytest.approx(silhouette, rel=0.002)


@pytest.mark.parametrize("outline", OUTLINES)
def test_every_region_s_label_point_is_inside_it(outline: str) -> None:
    figure = load_figure(outline)
    for code, shape in figure.regions.items():
        others = [s for s in figure.regions.values() if s.view == shape.view and s.code != code]
        assert shape.path.contains(shape.label), code
        assert not any(o.path.contains(shape.label) for o in others), code


def test_shipped_figures_are_what_the_generator_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SVGs are generated: a hand edit would be lost at the next run, so none may exist."""
    script = Path(__file__).resolve().parents[2] / "tools" / "make_bodymap.py"
    if not script.is_file():
        pytest.skip("tools/ is not in this tree (an sdist or wheel)")
    spec = importlib.util.spec_from_file_location("make_bodymap", script)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_bodymap", generator)  # its dataclasses need it
    spec.loader.exec_module(generator)
    for outline in OUTLINES:
        for view in VIEWS:
            shipped = Path(figure_file(outline, view)).read_text(encoding="utf-8")
            assert generator.svg(outline, view) == shipped, f"{outline}-{view}"


def test_path_parser_reads_absolute_relative_and_curves() -> None:
    square = parse_path("M0 0L10 0 10 10 0 10Z").boundingRect()
    assert (square.width(), square.height()) == (10, 10)
    relative = parse_path("m 5 5 h 10 v 10 h -10 z").boundingRect()
    assert (relative.left(), relative.top(), relative.width(), relative.height()) == (5, 5, 10, 10)
    curve = parse_path("M0 0C0 10 10 10 10 0Q5 -8 0 0Z")
    assert curve.elementCount() > 3
    assert curve.boundingRect().bottom() == pytest.approx(7.5)
    with pytest.raises(ValueError):
        parse_path("10 10")
    with pytest.raises(ValueError):
        parse_path("M0 0 L 5")


def test_unknown_outline_is_refused() -> None:
    with pytest.raises(ValueError, match="outline"):
        load_figure("robot")


# -- colours ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_rating_scale_moves_in_lightness_and_numbers_stay_readable(dark: bool) -> None:
    lightness = [relative_luminance(rating_colour(n, dark=dark).name()) for n in range(1, 11)]
    assert lightness == sorted(lightness, reverse=not dark)
    assert abs(lightness[0] - lightness[-1]) > 0.6
    for n in range(11):
        fill = rating_colour(n, dark=dark)
        assert contrast_ratio(text_on(fill).name(), fill.name()) >= 4.5, n
    assert rating_colour(4.5, dark=dark) not in (
        rating_colour(4, dark=dark),
        rating_colour(5, dark=dark),
    )


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_rated_region_is_painted_from_the_scale_in_every_theme(
    bodymap: BodyMapWidget, restore_app: QApplication, theme: str
) -> None:
    apply_theme(restore_app, theme)
    bodymap.set_ratings(rated((126, 8), (228, 3)))
    image = bodymap.grab().toImage()
    dark = theme != "light"
    painted: dict[int, QColor] = {}
    for code, rating in ((126, 8), (228, 3)):
        label = bodymap.region_centre(code)
        assert label is not None
        box = bodymap.region_path(code).boundingRect()
        probe = QPointF(label.x(), (label.y() + box.bottom()) / 2)
        assert bodymap.region_path(code).contains(probe)
        ratio = image.devicePixelRatio()
        painted[rating] = QColor(image.pixel(round(probe.x() * ratio), round(probe.y() * ratio)))
        assert painted[rating].name() == rating_colour(rating, dark=dark).name(), code
    # More pain stands out more from the figure: darker on light themes, brighter on dark ones.
    assert (relative_luminance(painted[8].name()) > relative_luminance(painted[3].name())) == dark


# -- the map: mouse, keys, tooltips ----------------------------------------------------------------


@pytest.mark.parametrize("outline", OUTLINES)
def test_clicking_a_region_selects_it(qtbot: QtBot, bodymap: BodyMapWidget, outline: str) -> None:
    bodymap.set_outline(outline)
    for code in REGIONS:
        centre = bodymap.region_centre(code)
        assert centre is not None
        with qtbot.waitSignal(bodymap.selectionChanged) as signal:
            qtbot.mouseClick(bodymap, Qt.MouseButton.LeftButton, pos=centre.toPoint())
        assert bodymap.selected() == code
        assert signal.args == [code]


def test_number_keys_rate_the_selected_region(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    clock = FakeClock()
    bodymap.ten_key.clock = clock
    bodymap.select(111)
    with qtbot.waitSignal(bodymap.ratingsChanged) as signal:
        qtbot.keyClick(bodymap, KEY[7])
    assert signal.args == [bodymap.ratings()]
    assert bodymap.ratings().regions[111].rating == 7
    qtbot.keyClick(bodymap, KEY[1])
    assert bodymap.ratings().regions[111].rating == 1
    clock.now += 0.6
    qtbot.keyClick(bodymap, KEY[0])
    assert bodymap.ratings().regions[111].rating == 10
    qtbot.keyClick(bodymap, KEY[1])
    clock.now += 1.5  # too late: "0" is 0, not 10
    qtbot.keyClick(bodymap, KEY[0])
    assert bodymap.ratings().regions[111].rating == 0
    qtbot.keyClick(bodymap, KEY[1])
    qtbot.keyClick(bodymap, KEY[5])  # another digit: the "1" stands and 5 replaces it
    assert bodymap.ratings().regions[111].rating == 5
    qtbot.keyClick(bodymap, KEY[1])
    qtbot.keyClick(bodymap, Qt.Key.Key_Right)  # moving on ends the "1 0" window
    qtbot.keyClick(bodymap, Qt.Key.Key_Left)
    qtbot.keyClick(bodymap, KEY[0])
    assert bodymap.ratings().regions[bodymap.selected() or 0].rating == 0


def test_delete_backspace_and_w(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    bodymap.select(218)
    qtbot.keyClick(bodymap, Qt.Key.Key_W)  # nothing to mark before a rating
    assert bodymap.ratings().worst is None
    qtbot.keyClick(bodymap, KEY[4])
    qtbot.keyClick(bodymap, Qt.Key.Key_W)
    assert bodymap.ratings().worst == 218
    bodymap.select(107)
    qtbot.keyClick(bodymap, KEY[6])
    qtbot.keyClick(bodymap, Qt.Key.Key_W)
    assert bodymap.ratings().worst == 107  # only one worst area
    assert not bodymap.ratings().regions[218].worst
    qtbot.keyClick(bodymap, Qt.Key.Key_W)
    assert bodymap.ratings().worst is None
    qtbot.keyClick(bodymap, Qt.Key.Key_Delete)
    assert 107 not in bodymap.ratings().regions
    bodymap.select(218)
    qtbot.keyClick(bodymap, Qt.Key.Key_Backspace)
    assert bodymap.ratings() == BodyMapRatings()


def walk(start: int, step: dict[tuple[int, str], int | None]) -> set[int]:
    seen, queue = {start}, deque([start])
    while queue:
        code = queue.popleft()
        for direction in ("left", "right", "up", "down"):
            target = step[(code, direction)]
            if target is not None and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


@pytest.mark.parametrize("outline", OUTLINES)
def test_arrow_keys_reach_every_region_from_any_region(outline: str) -> None:
    figure = load_figure(outline)
    vectors = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}
    step = {(c, d): neighbour(figure, c, *v) for c in REGIONS for d, v in vectors.items()}
    for start in (101, 135, 238, 125):
        assert walk(start, step) == set(REGIONS), start


def test_arrow_keys_on_the_widget_walk_the_whole_map(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    keys = {
        "left": Qt.Key.Key_Left,
        "right": Qt.Key.Key_Right,
        "up": Qt.Key.Key_Up,
        "down": Qt.Key.Key_Down,
    }
    step: dict[tuple[int, str], int | None] = {}
    for code in REGIONS:
        for direction, key in keys.items():
            bodymap.select(code)
            qtbot.keyClick(bodymap, key)
            step[(code, direction)] = bodymap.selected()
    assert walk(101, step) == set(REGIONS)
    # Spatial sense: down from the face is the neck, right of the front's left shoulder is
    # the back view, and up from the thigh is not the foot.
    assert step[(103, "down")] == 105
    assert REGIONS[step[(110, "right")] or 0].view == "back"
    assert REGIONS[step[(201, "left")] or 0].view == "front"
    assert step[(126, "down")] == 129


def test_home_end_and_first_arrow(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    qtbot.keyClick(bodymap, Qt.Key.Key_Down)
    assert bodymap.selected() == 101
    qtbot.keyClick(bodymap, Qt.Key.Key_End)
    assert bodymap.selected() == 238
    qtbot.keyClick(bodymap, Qt.Key.Key_Home)
    assert bodymap.selected() == 101


def test_single_view_flips_when_the_keyboard_crosses_over(
    qtbot: QtBot, bodymap: BodyMapWidget
) -> None:
    bodymap.set_view("front")
    assert bodymap.shown_views() == ("front",)
    bodymap.select(110)
    with qtbot.waitSignal(bodymap.viewChanged) as signal:
        qtbot.keyClick(bodymap, Qt.Key.Key_Right)
    assert signal.args == ["back"]
    assert bodymap.shown_views() == ("back",)
    assert REGIONS[bodymap.selected() or 0].view == "back"
    assert bodymap.region_centre(110) is None


def test_a_narrow_map_shows_one_view_at_a_time(bodymap: BodyMapWidget) -> None:
    assert bodymap.shown_views() == ("front", "back")
    bodymap.resize(330, 700)
    assert bodymap.shown_views() == ("front",)
    bodymap.select(213)
    assert bodymap.shown_views() == ("back",)
    bodymap.resize(1600, 900)
    assert bodymap.shown_views() == ("front", "back")


def test_map_scales_with_the_widget_and_keeps_its_shape(bodymap: BodyMapWidget) -> None:
    small = bodymap.region_path(126).boundingRect()
    bodymap.resize(1800, 1400)
    big = bodymap.region_path(126).boundingRect()
    assert big.height() > 1.8 * small.height()
    assert big.width() / big.height() == pytest.approx(small.width() / small.height(), rel=0.01)


def test_side_badges_are_placed_for_each_view(bodymap: BodyMapWidget) -> None:
    badges = {(side, view): rect.center().x() for side, view, rect in bodymap.badge_rects()}
    assert badges[("R", "front")] < badges[("L", "front")]
    assert badges[("L", "back")] < badges[("R", "back")]
    assert badges[("L", "front")] < badges[("L", "back")]
    rect = next(r for s, v, r in bodymap.badge_rects() if (s, v) == ("R", "front"))
    assert bodymap.tooltip_at(rect.center())[0] == "The person's right side (front view)"


def test_tooltip_names_the_region_its_side_and_rating(bodymap: BodyMapWidget) -> None:
    assert bodymap.tooltip_text(111) == "Right upper arm (111), front view: not rated"
    bodymap.set_ratings(
        BodyMapRatings.of([RegionRating(211, 6, frozenset({"stiff", "aching"}), True)])
    )
    assert bodymap.tooltip_text(211) == (
        "Left back of upper arm (211), back view: 6 of 10, aching, stiff, worst area"
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hovering_shows_the_tooltip(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    bodymap.set_ratings(rated((129, 3)))
    centre = bodymap.region_centre(129)
    assert centre is not None
    qtbot.mouseMove(bodymap, centre.toPoint())
    QApplication.sendEvent(
        bodymap,
        QHelpEvent(QEvent.Type.ToolTip, centre.toPoint(), bodymap.mapToGlobal(centre.toPoint())),
    )
    try:
        assert QToolTip.isVisible()
        assert QToolTip.text() == "Right knee (129), front view: 3 of 10"
    finally:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_accessible_text_follows_selection_and_rating(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    assert bodymap.accessibleName() == "Body map, no area selected"
    bodymap.select(112)
    assert bodymap.accessibleName() == "Body map, left upper arm (112), front view: not rated"
    qtbot.keyClick(bodymap, KEY[6])
    assert bodymap.accessibleName() == "Body map, left upper arm (112), front view: 6 of 10"
    assert bodymap.accessibleDescription().startswith("1 area rated")


def test_set_ratings_shows_without_emitting(qtbot: QtBot, bodymap: BodyMapWidget) -> None:
    ratings = rated((101, 2), (238, 9))
    with qtbot.assertNotEmitted(bodymap.ratingsChanged):
        bodymap.set_ratings(ratings)
    assert bodymap.ratings() == ratings


def test_outline_switch_keeps_ratings_and_selection(bodymap: BodyMapWidget) -> None:
    ratings = rated((120, 5), (225, 7))
    bodymap.set_ratings(ratings)
    bodymap.select(120)
    before = bodymap.region_path(120).boundingRect()
    for outline in ("female", "male", "neutral"):
        bodymap.set_outline(outline)
        assert bodymap.outline() == outline
        assert bodymap.ratings() == ratings
        assert bodymap.selected() == 120
    bodymap.set_outline("female")
    assert bodymap.region_path(120).boundingRect() != before


def test_read_only_heat_map_shows_averages_and_takes_no_input(
    qtbot: QtBot, bodymap: BodyMapWidget
) -> None:
    bodymap.set_read_only(True)
    bodymap.set_values({111: 4.26, 218: 6.04})
    assert bodymap.focusPolicy() == Qt.FocusPolicy.NoFocus
    centre = bodymap.region_centre(111)
    assert centre is not None
    qtbot.mouseClick(bodymap, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert bodymap.selected() is None
    assert bodymap.tooltip_text(111) == "Right upper arm (111), front view: average 4.3 of 10"
    assert bodymap.tooltip_text(112).endswith("no value")
    assert "highest left lower back (218): 6.0" in bodymap.accessibleDescription()
    bodymap.grab()  # paints the one-decimal labels without a Qt warning
    with pytest.raises(ValueError):
        bodymap.set_values({999: 1.0})


def test_ten_key_needs_the_same_target_and_time() -> None:
    clock = FakeClock()
    keys = TenKey(clock)
    assert keys.press(1, 111) == 1
    assert keys.press(0, 112) == 0  # a different region
    assert keys.press(1, 111) == 1
    clock.now += 1.0
    assert keys.press(0, 111) == 10
    assert keys.press(0, 111) == 0  # only once


# -- the editor ------------------------------------------------------------------------------------


def click_region(qtbot: QtBot, editor: BodyMapEditor, code: int) -> None:
    centre = editor.map.region_centre(code)
    assert centre is not None
    qtbot.mouseClick(editor.map, Qt.MouseButton.LeftButton, pos=centre.toPoint())


def test_rating_with_the_mouse_through_the_panel(qtbot: QtBot, editor: BodyMapEditor) -> None:
    assert not editor.rating_buttons.isEnabled()
    click_region(qtbot, editor, 111)
    assert editor.region_title.text() == "Right upper arm"
    assert not editor.quality_boxes["aching"].isEnabled()  # qualities need a rating first
    with qtbot.waitSignal(editor.ratingsChanged) as signal:
        qtbot.mouseClick(editor.rating_buttons.buttons[6], Qt.MouseButton.LeftButton)
    assert signal.args == [editor.ratings()]
    assert editor.ratings().regions[111].rating == 6
    assert editor.map.ratings() == editor.ratings()
    qtbot.mouseClick(editor.quality_boxes["aching"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.quality_boxes["burning"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.quality_boxes["aching"], Qt.MouseButton.LeftButton)
    assert editor.ratings().regions[111].qualities == {"burning"}
    qtbot.mouseClick(editor.worst_button, Qt.MouseButton.LeftButton)
    assert editor.ratings().worst == 111
    click_region(qtbot, editor, 218)
    qtbot.mouseClick(editor.rating_buttons.buttons[3], Qt.MouseButton.LeftButton)
    assert not editor.worst_button.isChecked()
    qtbot.mouseClick(editor.worst_button, Qt.MouseButton.LeftButton)
    assert editor.ratings().worst == 218
    assert not editor.ratings().regions[111].worst
    assert editor.ratings().regions[111].qualities == {"burning"}  # kept
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert set(editor.ratings().regions) == {111}


def test_all_qualities_can_be_stored(qtbot: QtBot, editor: BodyMapEditor) -> None:
    editor.select(233)
    qtbot.mouseClick(editor.rating_buttons.buttons[10], Qt.MouseButton.LeftButton)
    for box in editor.quality_boxes.values():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert editor.ratings().regions[233] == RegionRating(233, 10, frozenset(QUALITIES))
    assert editor.region_list.items[233].text(2) == ", ".join(QUALITIES)


def test_panel_rating_buttons_work_from_the_keyboard(qtbot: QtBot, editor: BodyMapEditor) -> None:
    editor.select(131)
    editor.rating_buttons.focus_button().setFocus()
    qtbot.keyClick(editor.rating_buttons.focus_button(), Qt.Key.Key_Right)
    assert editor.ratings().regions[131].rating == 0  # the first arrow lands on 0
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Down)
    assert editor.ratings().regions[131].rating == 6
    qtbot.keyClick(editor.focusWidget(), KEY[9])
    assert editor.ratings().regions[131].rating == 9
    assert editor.focusWidget() is editor.rating_buttons.buttons[9]


def test_keys_on_the_map_inside_the_editor_and_one_undo_for_ten(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    editor.map.setFocus()
    editor.select(129)
    qtbot.keyClick(editor.map, KEY[4])
    qtbot.keyClick(editor.map, KEY[1])
    qtbot.keyClick(editor.map, KEY[0])
    assert editor.ratings().regions[129].rating == 10
    assert editor.region_list.items[129].text(1) == "10"
    assert editor.rating_buttons.value() == 10
    qtbot.keyClick(editor.map, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.ratings().regions[129].rating == 4  # "1" "0" was one change
    assert editor.undo()
    assert editor.ratings() == BodyMapRatings()
    assert not editor.undo_button.isEnabled()
    assert not editor.undo()


def test_the_list_reaches_every_region_and_matches_the_map(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    editor.set_page("list")
    tree = editor.region_list
    assert sorted(tree.items) == sorted(REGIONS)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    reached: list[int] = []
    for _ in range(len(REGIONS) + tree.topLevelItemCount()):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tree.current_code():
            reached.append(tree.current_code())
    assert set(reached) == set(REGIONS)
    assert reached[-1] == tree.current_code()  # the walk ended on the last row
    tree.set_current_code(226)
    assert editor.selected() == 226
    qtbot.keyClick(tree, KEY[7])
    qtbot.keyClick(tree, Qt.Key.Key_W)
    assert editor.ratings().regions[226] == RegionRating(226, 7, worst=True)
    assert editor.map.ratings() == editor.ratings()
    assert (tree.items[226].text(1), tree.items[226].text(3)) == ("7", "★ worst")
    editor.set_page("both")
    editor.map.setFocus()
    editor.select(101)
    qtbot.keyClick(editor.map, KEY[2])
    assert tree.items[101].text(1) == "2"
    assert tree.current_code() == 101
    editor.set_page("list")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert 101 not in editor.map.ratings().regions
    assert tree.items[101].text(1) == "–"


def test_no_pain_anywhere(qtbot: QtBot, editor: BodyMapEditor) -> None:
    asked: list[int] = []
    answer = [False]

    def confirm(count: int) -> bool:
        asked.append(count)
        return answer[0]

    editor.confirm_clear = confirm
    qtbot.mouseClick(editor.no_pain_button, Qt.MouseButton.LeftButton)
    assert editor.ratings() == BodyMapRatings(no_pain=True)
    assert asked == []  # nothing to lose, nothing to ask
    editor.select(126)
    qtbot.mouseClick(editor.rating_buttons.buttons[2], Qt.MouseButton.LeftButton)
    assert not editor.ratings().no_pain
    assert not editor.no_pain_button.isChecked()
    editor.select(127)
    qtbot.mouseClick(editor.rating_buttons.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.no_pain_button, Qt.MouseButton.LeftButton)
    assert asked == [2]
    assert len(editor.ratings().regions) == 2  # declined: kept
    assert not editor.no_pain_button.isChecked()
    answer[0] = True
    qtbot.mouseClick(editor.no_pain_button, Qt.MouseButton.LeftButton)
    assert editor.ratings() == BodyMapRatings(no_pain=True)
    assert editor.map.ratings().no_pain
    assert editor.summary_label.text() == "Answered: no pain anywhere."
    qtbot.mouseClick(editor.no_pain_button, Qt.MouseButton.LeftButton)
    assert editor.ratings() == BodyMapRatings()


def test_set_ratings_round_trip(qtbot: QtBot, editor: BodyMapEditor) -> None:
    ratings = BodyMapRatings.of(
        [RegionRating(107, 6, frozenset({"aching"}), True), RegionRating(233, 2)]
    )
    with qtbot.assertNotEmitted(editor.ratingsChanged):
        editor.set_ratings(ratings)
    assert editor.ratings() == ratings == editor.map.ratings()
    assert editor.region_list.items[107].text(2) == "aching"
    assert not editor.can_undo()
    editor.select(107)
    assert editor.worst_button.isChecked()
    assert editor.quality_boxes["aching"].isChecked()
    assert editor.rating_buttons.value() == 6


def test_outline_chooser_keeps_ratings(qtbot: QtBot, editor: BodyMapEditor) -> None:
    ratings = rated((120, 5))
    editor.set_ratings(ratings)
    editor.outline_combo.setCurrentIndex(OUTLINES.index("male"))
    assert editor.map.outline() == "male"
    assert editor.ratings() == ratings == editor.map.ratings()
    editor.set_outline("female")
    assert editor.outline() == "female"


def test_view_buttons_switch_between_map_views_and_list(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    qtbot.mouseClick(editor.page_buttons["back"], Qt.MouseButton.LeftButton)
    assert editor.map.shown_views() == ("back",)
    assert editor.stack.currentWidget() is editor.map
    qtbot.mouseClick(editor.page_buttons["list"], Qt.MouseButton.LeftButton)
    assert editor.stack.currentWidget() is editor.region_list
    assert editor.page() == "list"
    with pytest.raises(ValueError):
        editor.set_page("side")


def test_choosing_a_back_area_in_the_list_keeps_the_list_shown(editor: BodyMapEditor) -> None:
    editor.set_page("front")
    editor.set_page("list")
    editor.region_list.set_current_code(226)
    assert editor.selected() == 226
    assert editor.page() == "list"
    assert editor.stack.currentWidget() is editor.region_list
    editor.set_page("back")
    assert editor.map.region_centre(226) is not None


def test_every_control_is_named_explained_and_big_enough(editor: BodyMapEditor) -> None:
    controls: list[QWidget] = [
        *editor.findChildren(QAbstractButton),
        *editor.findChildren(QComboBox),
    ]
    controls.append(editor.region_list)
    assert len(controls) >= 11 + 12 + 4 + 4
    for control in controls:
        name = control.accessibleName() or (
            control.text().replace("&", "") if isinstance(control, QAbstractButton) else ""
        )
        assert name, control.objectName()
        assert control.toolTip(), name
    for button in [*editor.rating_buttons.buttons, *editor.quality_boxes.values()]:
        assert button.height() >= 44 and button.width() >= 44, button.text()


def test_a_quality_row_toggles_wherever_it_is_clicked(qtbot: QtBot, editor: BodyMapEditor) -> None:
    editor.set_ratings(rated((111, 4)))
    editor.select(111)
    box = editor.quality_boxes["aching"]
    for corner in (QPoint(1, 1), QPoint(box.width() - 2, box.height() - 2)):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=corner)
    assert editor.ratings().regions[111].qualities == frozenset()  # on, then off again
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 2, 1))
    assert editor.ratings().regions[111].qualities == {"aching"}


def test_panel_texts_have_their_own_theme_names(editor: BodyMapEditor) -> None:
    names = {label.objectName() for label in editor.findChildren(QLabel)}
    own = {"bodyMapTitle", "bodyMapDetail", "bodyMapHeading", "bodyMapEndLabel", "bodyMapSummary"}
    assert own <= names
    assert not names & {"checkInTitle", "checkInHint", "ratingTitle", "ratingEndLabel"}
    assert editor.region_list.styleSheet() == ""  # the theme draws the list, focus included


def test_tab_order_is_top_bar_then_map_then_panel(qtbot: QtBot, editor: BodyMapEditor) -> None:
    editor.set_ratings(rated((111, 5)))
    editor.select(111)
    editor.page_buttons["both"].setFocus()
    seen: list[QWidget] = []
    for _ in range(30):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    # The view buttons are one exclusive group: one Tab stop, arrows move within it.
    expected = [
        editor.page_buttons["both"],
        editor.undo_button,
        editor.outline_combo,
        editor.map,
        editor.rating_buttons.buttons[5],
        *editor.quality_boxes.values(),
        editor.worst_button,
        editor.clear_button,
        editor.no_pain_button,
    ]
    expected = [w for w in expected if w.isEnabled()]  # Undo: nothing to undo yet
    assert seen[: len(expected)] == expected
    assert seen[len(expected)] is expected[0]  # and round again
    editor.page_buttons["both"].setFocus()
    qtbot.keyClick(editor.page_buttons["both"], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is editor.page_buttons["front"]


def test_editor_paints_in_every_theme(editor: BodyMapEditor, restore_app: QApplication) -> None:
    editor.set_ratings(rated((107, 6), (218, 5)))
    editor.select(107)
    for theme in ("light", "dark", "high-contrast"):
        apply_theme(restore_app, theme)
        for page in ("both", "list"):
            editor.set_page(page)
            assert not editor.grab().isNull()
