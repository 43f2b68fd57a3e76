"""The library window: lists routines, filters as you type, shows the chosen routine's details."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from somatic_player.qt.main_window import WINDOW_TITLE, LibraryWindow
from somatic_player.qt.routine_list import kind_label, length_label, positions_label


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    kind: str
    duration_s: float
    positions: tuple[str, ...] = ()
    description: str = ""
    builtin: bool = True
    error: str | None = None


ENTRIES = [
    Entry(
        "easy-pace",
        "Easy pace breathing",
        "breathing",
        300.0,
        ("lying", "seated"),
        "Six slow breaths a minute with a longer out-breath.",
    ),
    Entry("pmr-7", "Muscle relaxation, seven groups", "pmr", 605.0, ("lying",), "Seven groups."),
    Entry("moves", "Gentle movement, seated", "movement", 45.0, ("seated",), "Small movements."),
    Entry(
        "broken",
        "broken",
        "unknown",
        0.0,
        builtin=False,
        error="broken.toml:3: steps: must not be empty",
    ),
]


@pytest.fixture
def window(qtbot: QtBot) -> LibraryWindow:
    win = LibraryWindow(ENTRIES)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_window_shows_every_routine_with_kind_and_length(window: LibraryWindow) -> None:
    assert window.windowTitle() == WINDOW_TITLE
    assert window.isVisible()
    assert window.visible_titles() == [e.title for e in ENTRIES]
    first = window.filter_model.index(0, 0)
    accessible = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Easy pace breathing, Breathing · 5 min"


def test_first_routine_is_selected_and_detailed_at_start(window: LibraryWindow) -> None:
    assert window.detail.showing_routine
    assert window.detail.title.text() == "Easy pace breathing"
    assert window.detail.meta.text() == "Breathing · 5 min · Built in"
    assert window.detail.positions.text() == "Position: Lying or seated"


def test_filter_narrows_the_list(qtbot: QtBot, window: LibraryWindow) -> None:
    qtbot.keyClicks(window.search_edit, "relax")
    assert window.visible_titles() == ["Muscle relaxation, seven groups"]
    assert window.empty_label.isHidden()
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "SEATED move")  # every word, any case, any field
    assert window.visible_titles() == ["Gentle movement, seated"]
    window.search_edit.clear()
    assert len(window.visible_titles()) == len(ENTRIES)


def test_filter_keeps_details_in_step_with_what_is_visible(
    qtbot: QtBot, window: LibraryWindow
) -> None:
    qtbot.keyClicks(window.search_edit, "movement")
    assert window.detail.title.text() == "Gentle movement, seated"
    window.search_edit.setText("nothing like this")
    assert window.visible_titles() == []
    assert window.empty_label.isVisible()
    assert "nothing like this" in window.empty_label.text()
    assert not window.detail.showing_routine


def test_selecting_a_routine_shows_its_details(qtbot: QtBot, window: LibraryWindow) -> None:
    index = window.filter_model.index(1, 0)
    rect = window.routine_list.visualRect(index)
    qtbot.mouseClick(window.routine_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = window.detail
    assert detail.title.text() == "Muscle relaxation, seven groups"
    assert detail.meta.text() == "Muscle relaxation · 10 min · Built in"
    assert "Seven groups." in detail.description.text()
    assert detail.error.isHidden()


def test_a_broken_user_routine_says_what_is_wrong(window: LibraryWindow) -> None:
    assert window.select_routine("broken")
    assert window.detail.error.isVisible()
    assert window.detail.error.text() == "broken.toml:3: steps: must not be empty"
    assert "Your routine" in window.detail.meta.text()


def test_description_is_shown_as_written_not_as_markup(qtbot: QtBot) -> None:
    win = LibraryWindow([Entry("x", "X", "breathing", 60, description="<b>not bold</b> & calm")])
    qtbot.addWidget(win)
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; calm" in win.detail.description.text()


def test_loading_state_then_entries(qtbot: QtBot) -> None:
    win = LibraryWindow()
    qtbot.addWidget(win)
    assert win.visible_titles() == []
    assert win.empty_label.text() == "Loading routines…"
    win.set_entries(ENTRIES[:2])
    assert win.visible_titles() == [ENTRIES[0].title, ENTRIES[1].title]
    assert win.empty_label.isHidden()
    assert win.detail.showing_routine


def test_load_error_is_shown_in_place_of_the_list(qtbot: QtBot) -> None:
    win = LibraryWindow()
    qtbot.addWidget(win)
    win.show_load_error("scripts folder missing")
    win.search_edit.setText("x")
    assert win.empty_label.text() == "Routines could not be loaded: scripts folder missing"


def test_find_shortcut_and_return_move_focus(qtbot: QtBot, window: LibraryWindow) -> None:
    window.activateWindow()
    window.routine_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_edit.hasFocus)
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.routine_list.hasFocus)


def test_window_lists_the_real_library(qtbot: QtBot) -> None:
    from somatic_player.content.library import load_library

    entries = load_library()
    win = LibraryWindow(entries)
    qtbot.addWidget(win)
    assert entries, "no built-in routines found"
    # Routines with breath holds wait for the breath-hold questions (tests/qt/test_app_shell.py).
    assert win.visible_titles() == [e.title for e in entries if not e.breath_holds]
    assert any(e.breath_holds for e in entries)
    win.filter_model.set_show_breath_holds(True)
    assert win.visible_titles() == [e.title for e in entries]


@pytest.mark.parametrize(
    ("seconds", "label"),
    [(0, "0 s"), (45, "45 s"), (59.4, "59 s"), (59.6, "1 min"), (300, "5 min"), (353.1, "6 min")],
)
def test_length_label(seconds: float, label: str) -> None:
    assert length_label(seconds) == label


def test_kind_and_positions_labels() -> None:
    assert kind_label("pmr") == "Muscle relaxation"
    assert kind_label("body-scan") == "Body scan"
    assert kind_label("some-new-kind") == "Some new kind"
    assert positions_label(()) == ""
    assert positions_label(("seated",)) == "Seated"
    assert positions_label(("lying", "seated", "standing")) == "Lying, seated or standing"


def test_detail_pane_names_the_steps_and_safety_notes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from somatic_player.content.library import load_library
    from somatic_player.qt.library_page import RoutineDetailView

    [pmr] = [e for e in load_library() if e.id == "pmr-7"]
    pane = RoutineDetailView()
    qtbot.addWidget(pane)
    pane.show_routine(pmr)
    assert "Dominant hand and arm" in pane.steps.text()
    assert "Check-in" not in pane.steps.text()
    assert "half effort" in pane.safety.text()
    assert not pane.steps.isHidden() and not pane.safety.isHidden()


def test_kind_and_position_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    from somatic_player.content.library import load_library

    win = LibraryWindow(load_library())
    qtbot.addWidget(win)
    win.kind_filter.setCurrentIndex(win.kind_filter.findData("pmr"))
    titles = win.visible_titles()
    assert "Muscle relaxation, seven groups" in titles
    assert all(t.startswith("Muscle relaxation") for t in titles)
    win.kind_filter.setCurrentIndex(0)
    win.position_filter.setCurrentIndex(win.position_filter.findData("standing"))
    standing = win.visible_titles()
    assert "Gentle movement, standing with support" in standing
    assert "Gentle movement, lying" not in standing
    win.search_edit.setText("breathing")
    assert win.visible_titles() == []
    assert win.empty_label.text()


def test_default_session_length_setting_prefills_flexible_routines(qtbot: QtBot) -> None:
    from somatic_player.content.library import load_library

    win = LibraryWindow(load_library())
    qtbot.addWidget(win)
    win.detail.set_preferred_minutes(10)
    assert win.select_routine("easy-pace")
    assert win.detail.offered_minutes() == [1.0, 3.0, 5.0, 10.0, 15.0, 20.0]
    assert win.detail.length_choice.currentText() == "10 min"
    assert win.detail.chosen_minutes() == 10.0
    assert win.select_routine("pmr-7")  # fixed length: the setting does not apply
    assert win.detail.length_choice.isHidden()
    assert win.detail.chosen_minutes() is None
    assert win.select_routine("cyclic-sighing")  # offers 1, 3 and 5 only: its own default
    assert win.detail.chosen_minutes() is None
    assert win.select_routine("easy-pace")
    win.detail.set_preferred_minutes(3)  # changed in settings while the routine is shown
    assert win.detail.chosen_minutes() == 3.0


def test_long_details_scroll_while_start_and_the_choices_stay_in_view(qtbot: QtBot) -> None:
    from somatic_player.content.library import load_library
    from somatic_player.core.choices import Choices

    win = LibraryWindow(load_library())
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    detail = win.detail
    assert win.select_routine("pmr-16")  # sixteen groups: more words than the pane holds
    scroll = detail.detail_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    assert scroll.value() == 0
    start = detail.start_button
    assert start.isVisible() and not start.visibleRegion().isEmpty()
    mode = detail.options.mode_choice
    assert mode.isVisible() and not mode.visibleRegion().isEmpty()  # the choice, unscrolled
    assert win.select_routine("easy-pace")  # nothing to choose: no options, plain choices
    assert detail.options.isHidden()
    assert detail.chosen_choices() == Choices()
    detail.clear()
    assert detail.chosen_choices() == Choices()
