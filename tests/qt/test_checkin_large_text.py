"""The check-in with the body map at 200% text, high contrast, 1280 x 800, in every language.

Nothing is cut off and the window stays on the screen: the ratings and the map scroll while the
buttons at the bottom stay in view. Tab follows what the eye sees (ratings, the map's own
controls, then Save, Skip and Crisis resources), and the texts painted on the map (view titles,
legend) fit where they are drawn without running into each other or the side badges.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.i18n import translate
from somatic_player.qt.bodymap_editor import BodyMapEditor
from somatic_player.qt.bodymap_list import RegionList
from somatic_player.qt.bodymap_paint import FIGURE_LINES
from somatic_player.qt.checkin_dialog import QuickCheckInDialog
from somatic_player.qt.checkin_flow import checkin_dialog
from somatic_player.qt.theme import apply_theme
from somatic_player.qt.translations import install_translations

LANGUAGES = ("en", "es", "de")
WIDTH, HEIGHT = 1280, 800
TWO_AREAS = BodyMapRatings.of([RegionRating(218, 6), RegionRating(111, 3)])
_TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshot_languages.py"


def _clipped() -> Callable[[QWidget], list[str]]:
    """tools/screenshot_languages.py's check for text cut off."""
    spec = importlib.util.spec_from_file_location("screenshot_languages", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check: Callable[[QWidget], list[str]] = module.clipped
    return check


@pytest.fixture
def large_text(restore_app: QApplication) -> Iterator[QApplication]:
    apply_theme(restore_app, "high-contrast", 2.0)
    yield restore_app
    apply_theme(restore_app, "light", 1.0)


def _open(qtbot: QtBot, app: QApplication, language: str) -> QuickCheckInDialog:
    install_translations(app, language)  # the conftest puts English back
    dialog = checkin_dialog("before", None, None)
    qtbot.addWidget(dialog)
    editor = _editor(dialog)
    editor.set_ratings(TWO_AREAS)
    dialog.resize(WIDTH, HEIGHT)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        app.processEvents()
    return dialog


def _editor(dialog: QuickCheckInDialog) -> BodyMapEditor:
    editor = dialog.extra_widget()
    assert isinstance(editor, BodyMapEditor)
    return editor


def _inside(inner: QWidget, outer: QWidget) -> QRectF:
    return QRectF(inner.mapTo(outer, inner.rect().topLeft()).toPointF(), inner.size().toSizeF())


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_off_and_the_window_fits_the_screen(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    dialog = _open(qtbot, large_text, language)
    assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT
    assert _clipped()(dialog) == []
    # The buttons at the bottom always show, whole, at least 44 x 44 px.
    frame = QRectF(dialog.rect().toRectF())
    for button in (dialog.save_button, dialog.skip_button, dialog.crisis_button):
        assert button.isVisible()
        assert frame.contains(_inside(button, dialog)), button.text()
        assert button.height() >= max(44, button.minimumSizeHint().height()), button.text()
        assert button.width() >= max(44, button.minimumSizeHint().width()), button.text()
    # Every button of the ratings and the map is big enough too, scrolled or not.
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            assert button.width() >= 44 and button.height() >= 44, button.text()
            assert button.height() >= button.minimumSizeHint().height(), button.text()
    # What does not fit scrolls up and down, never sideways.
    assert dialog.content_scroll.verticalScrollBar().maximum() > 0
    assert dialog.content_scroll.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_map_is_large_enough_to_point_at(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    editor = _editor(_open(qtbot, large_text, language))
    least = editor.map.usable_size()
    assert editor.map.width() >= least.width() and editor.map.height() >= least.height()
    assert editor.map.shown_views() == ("front", "back")
    text_px = QFontInfo(editor.map.font()).pixelSize()
    assert text_px >= 30  # the text really is at 200%
    for view in ("front", "back"):
        figure = editor.map.view_rect(view)
        assert figure is not None and figure.height() >= 0.99 * FIGURE_LINES * text_px


@pytest.mark.parametrize("language", LANGUAGES)
def test_painted_titles_legend_and_badges_fit_without_overlapping(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    bodymap = _editor(_open(qtbot, large_text, language)).map
    boxes = bodymap.text_boxes()
    roles = [box.role for box in boxes]
    assert roles.count("title") == 2 and roles.count("subtitle") == 2, roles
    assert {"low", "high"} <= set(roles)
    whole = {
        translate("bodymap_paint", text)
        for text in ("Front", "Back", "as if facing you", "as if seen from behind")
    } | {translate("bodymap_paint", text) for text in ("0 none", "10 worst")}
    for box in boxes:
        assert box.text in whole, f"{box.role} {box.text!r} was shortened"
    badges = [(f"badge {side} {view}", rect) for side, view, rect in bodymap.badge_rects()]
    rects = [(f"{box.role} {box.text!r}", box.rect) for box in boxes] + badges
    frame = QRectF(bodymap.rect().toRectF())
    for n, (name, rect) in enumerate(rects):
        assert frame.contains(rect), f"{name} at {rect} is outside the map {frame}"
        for other, other_rect in rects[n + 1 :]:
            assert not rect.intersects(other_rect), f"{name} runs into {other}"
    # Each title is centred over its own figure, and no wider than the figure and the gap.
    titles = [box for box in boxes if box.role == "title"]
    for title, view in zip(titles, bodymap.shown_views(), strict=True):
        figure = bodymap.view_rect(view)
        assert figure is not None
        assert title.rect.center().x() == pytest.approx(figure.center().x(), abs=1.0)
        assert title.rect.bottom() <= figure.top()


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_goes_from_the_ratings_through_the_map_to_the_buttons(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    dialog = _open(qtbot, large_text, language)
    editor = _editor(dialog)
    start = dialog.tension_row.focus_button()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        stops.append(widget)
        if widget is dialog.crisis_button:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    expected: list[QWidget] = [
        start,
        editor.page_buttons["both"],  # the map's first control
        editor.outline_combo,  # (Undo: nothing to undo yet)
        editor.map,
        editor.rating_buttons.focus_button(),
        editor.no_pain_button,
        dialog.skip_button,  # (Save: nothing answered yet)
        dialog.crisis_button,
    ]
    # The panel's controls for one area wait until an area is chosen.
    assert stops == [w for w in expected if w.isEnabled()]
    # Shift+Tab from Save goes back into the map, not to the ratings.
    dialog.pain_row.set_value(4)
    dialog.save_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    focused = QApplication.focusWidget()
    assert focused is not None and editor.isAncestorOf(focused)


def test_focus_scrolls_into_view_and_alt_l_goes_into_the_list(
    qtbot: QtBot, large_text: QApplication
) -> None:
    dialog = _open(qtbot, large_text, "de")
    editor = _editor(dialog)
    viewport = dialog.content_scroll.viewport()
    editor.no_pain_button.setFocus(Qt.FocusReason.TabFocusReason)  # the bottom of the content
    qtbot.waitUntil(editor.no_pain_button.hasFocus)
    assert QRectF(viewport.rect().toRectF()).contains(_inside(editor.no_pain_button, viewport))
    qtbot.keyClick(editor.no_pain_button, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert editor.page() == "list"
    focused = QApplication.focusWidget()
    assert isinstance(focused, RegionList) and focused is editor.region_list
    visible = QRectF(viewport.rect().toRectF())
    assert visible.intersects(_inside(editor.region_list, viewport))
