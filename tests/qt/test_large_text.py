"""The library and the player at 200% text, high contrast, 1280 x 800, in every language, and
the optional screen flash at each change of breath.

Nothing is cut off (tools/screenshot_languages.py's own check) and nothing pushes the window
wider than the screen: the routine's details wrap within their pane, routine titles take a
second line rather than an ellipsis, the caption is sized once per line (never below body text),
and guidance (dizzy, grounding) is shown whole. The flash is soft and brief, at most once a
second, a small change in brightness, and with reduced motion a still border instead.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from somatic_player.audio.engines import NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.content import library
from somatic_player.content.library import default_rules, find_routine, load_library
from somatic_player.core.plan import PacerState
from somatic_player.core.preferences import DEFAULTS
from somatic_player.qt.form_widgets import WideComboBox
from somatic_player.qt.library_page import WrappingRoutineDelegate
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.pacer_view import PHASE_COLOURS
from somatic_player.qt.player_view import (
    FLASH_MAX_LUMINANCE_STEP,
    FLASH_MIN_INTERVAL_S,
    FLASH_MS,
    PlayerView,
    pulse_alpha,
)
from somatic_player.qt.routine_list import SUBTITLE_ROLE
from somatic_player.qt.session_controller import SessionController, SessionSetup
from somatic_player.qt.settings_dialog import SettingsDialog
from somatic_player.qt.theme import (
    THEMES,
    apply_theme,
    fit_min_heights,
    mix,
    palette_for,
    relative_luminance,
)
from somatic_player.qt.translations import install_translations

LANGUAGES = ("en", "es", "de")
WIDTH, HEIGHT = 1280, 800
_TOOL = Path(__file__).resolve().parents[2] / "tools" / "screenshot_languages.py"


def _clipped() -> Callable[[QWidget], list[str]]:
    """tools/screenshot_languages.py's check for text cut off."""
    spec = importlib.util.spec_from_file_location("screenshot_languages", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    check: Callable[[QWidget], list[str]] = module.clipped
    return check


clipped = _clipped()


@pytest.fixture
def large_text(restore_app: QApplication) -> Iterator[QApplication]:
    apply_theme(restore_app, "high-contrast", 2.0)
    yield restore_app
    apply_theme(restore_app, "light", 1.0)


def _speak(app: QApplication, language: str) -> None:
    """Interface and routines in ``language`` (the conftest puts English back)."""
    install_translations(app, language)
    library.set_language(language)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _player(qtbot: QtBot, routine_id: str, seconds: float, clock: FakeClock) -> PlayerView:
    """A player ``seconds`` into the routine, on a fake clock and no sound device."""
    routine, _ = find_routine(routine_id)

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=clock), []

    controller = SessionController(
        SessionSetup(routine, rules=default_rules()), engine_factory=factory
    )
    view = PlayerView(controller)
    qtbot.addWidget(view)
    controller.start()
    step = 0.5
    for _ in range(round(seconds / step)):
        clock.now += step
        controller.tick()
    return view


def _show(qtbot: QtBot, app: QApplication, widget: QWidget) -> None:
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    qtbot.waitExposed(widget)
    _settle(app)


# -- the library -------------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", ["pmr-7", "gentle-ramp", "preferred-pace"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_library_details_follow_their_pane(
    qtbot: QtBot, large_text: QApplication, language: str, routine_id: str
) -> None:
    _speak(large_text, language)
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    assert window.select_routine(routine_id)
    _show(qtbot, large_text, window)
    assert window.width() <= WIDTH
    assert clipped(window) == []
    window.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen pop-up
def test_a_list_wider_than_its_pane_cuts_its_choice_short_and_opens_whole(
    qtbot: QtBot, large_text: QApplication
) -> None:
    """Spanish breathing ratios at 200% are wider than the pane ("1:1.5 (exhalar un poco más
    largo)"): the box fits the pane and ends the choice with "…"; its list shows them whole."""
    _speak(large_text, "es")
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    assert window.select_routine("gentle-ramp")
    _show(qtbot, large_text, window)
    ratio = window.findChild(WideComboBox, "ratioChoice")
    assert ratio is not None and ratio.isVisible()
    room = window.findChild(QScrollArea, "detailScroll").viewport().width()
    assert ratio.width() <= room < ratio.full_width()
    ratio.showPopup()
    try:
        assert ratio.view().width() >= ratio.full_width()
    finally:
        ratio.hidePopup()
    window.close()


def test_lists_share_one_width_where_there_is_room(qtbot: QtBot) -> None:
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    assert window.select_routine("preferred-pace")
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    pace = window.findChild(WideComboBox, "paceChoice")
    ratio = window.findChild(WideComboBox, "ratioChoice")
    assert pace is not None and ratio is not None
    assert pace.width() == ratio.width() >= max(pace.full_width(), ratio.full_width())
    window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_routine_titles_take_a_second_line_rather_than_an_ellipsis(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    _speak(large_text, language)
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    assert window.select_routine("pmr-7")
    _show(qtbot, large_text, window)
    view = window.library_page.routine_list
    delegate = view.itemDelegate()
    assert isinstance(delegate, WrappingRoutineDelegate)
    width = view.viewport().width() - 2 * view.spacing() - 2 * delegate.PAD_X
    title_metrics = QFontMetrics(view.font())
    model = view.model()
    wrapped = 0
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        lines = delegate.lines(title_metrics, str(index.data()), width)
        assert not any(line.endswith("…") for line in lines), lines
        wrapped += len(lines) > 1
        assert str(index.data(SUBTITLE_ROLE))  # kind and length under every title
    assert wrapped, "at this size some title needs a second line"
    current = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(current), "the chosen routine is in view"
    window.close()


def test_library_at_normal_text_keeps_the_filters_side_by_side(qtbot: QtBot) -> None:
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.select_routine("pmr-7")
    _show(qtbot, QApplication.instance(), window)  # type: ignore[arg-type]
    page = window.library_page
    assert page.kind_filter.y() == page.position_filter.y()
    assert page.kind_filter.x() < page.position_filter.x()
    assert clipped(window) == []
    window.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_filters_go_one_under_the_other_when_they_do_not_fit(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    _speak(large_text, language)
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    _show(qtbot, large_text, window)
    page = window.library_page
    kind, position = page.kind_filter, page.position_filter
    if kind.y() == position.y():  # side by side: each has room for its longest choice
        assert kind.width() >= kind.minimumSizeHint().width()
        assert position.width() >= position.minimumSizeHint().width()
    else:
        assert position.y() > kind.y() and position.x() == kind.x()
    # Either way the list of routines keeps its share, not squeezed by the filters.
    assert page.routine_list.width() < window.width() / 2
    window.close()


# -- the player --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_player_texts_fit_with_a_long_caption(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    _speak(large_text, language)
    view = _player(qtbot, "easy-pace", 20, FakeClock())
    view.set_engine_name("null")  # the longest sound line
    _show(qtbot, large_text, view)
    caption = view.caption
    assert len(caption.text()) > 100, "easy-pace at 20 s speaks a long line"
    assert view.width() == WIDTH, "nothing makes the player wider than the screen"
    assert caption.floor_px() <= caption.fitted_px() <= caption.natural_px()
    assert caption.floor_px() == QFontInfo(large_text.font()).pixelSize(), "body text size"
    assert view.stage.caption_area.verticalScrollBar().maximum() == 0, "shown whole"
    assert clipped(view) == []
    view.controller.feel_dizzy()
    _settle(large_text)
    assert view.notice.isVisible()
    assert clipped(view) == []
    view.controller.ground_me()
    _settle(large_text)
    assert view.notice.isVisible() and clipped(view) == []
    view.controller.stop("test")
    view.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_player_texts_fit_in_a_muscle_relaxation(
    qtbot: QtBot, large_text: QApplication, language: str
) -> None:
    _speak(large_text, language)
    view = _player(qtbot, "pmr-7", 75, FakeClock())
    view.set_engine_name("null")
    _show(qtbot, large_text, view)
    assert view.width() == WIDTH
    assert clipped(view) == []
    view.controller.stop("test")
    view.close()


def test_caption_is_sized_once_per_line(qtbot: QtBot, large_text: QApplication) -> None:
    clock = FakeClock()
    view = _player(qtbot, "easy-pace", 20, clock)
    _show(qtbot, large_text, view)
    caption = view.caption
    line, size = caption.text(), caption.fitted_px()
    calls: list[tuple[int, int]] = []
    fit = caption.fit

    def counting(width: int, room: int) -> int:
        calls.append((width, room))
        return fit(width, room)

    caption.fit = counting  # type: ignore[method-assign]
    for _ in range(4):  # the seconds move on; the line stays
        clock.now += 0.5
        view.controller.tick()
        _settle(large_text)
    assert caption.text() == line and caption.fitted_px() == size
    assert calls == [], "no new size while a line is showing"
    view.resize(WIDTH, HEIGHT - 100)
    _settle(large_text)
    assert calls, "a new size for the caption's new room"
    view.controller.stop("test")
    view.close()


def test_a_line_too_long_for_its_room_shrinks_to_body_text_then_scrolls(
    qtbot: QtBot, large_text: QApplication
) -> None:
    view = _player(qtbot, "easy-pace", 20, FakeClock())
    _show(qtbot, large_text, view)
    stage = view.stage
    stage.show_caption("Let your breath be small and soft. " * 12)
    _settle(large_text)
    caption = view.caption
    assert caption.fitted_px() == caption.floor_px() < caption.natural_px()
    assert stage.pacer_area.isVisible(), "the pacer keeps its room"
    assert stage.caption_area.verticalScrollBar().maximum() > 0, "the rest scrolls"
    assert clipped(view) == []
    stage.show_caption("Breathe in")
    _settle(large_text)
    assert caption.fitted_px() == caption.natural_px(), "a short line at full size again"
    view.controller.stop("test")
    view.close()


# -- the screen flash --------------------------------------------------------------------------


def _breath(phase: str) -> PacerState:
    return PacerState(phase, 0.0, 0.5, 3.0)  # type: ignore[arg-type]


@pytest.fixture
def flashing(qtbot: QtBot) -> Iterator[tuple[PlayerView, FakeClock]]:
    clock = FakeClock()
    view = _player(qtbot, "easy-pace", 0, clock)
    view.flash_clock = clock
    _show(qtbot, QApplication.instance(), view)  # type: ignore[arg-type]
    yield view, clock
    view.controller.stop("test")
    view.close()


def test_screen_flash_pulses_at_a_change_of_breath(flashing: tuple[PlayerView, FakeClock]) -> None:
    view, clock = flashing
    flash = view.stage.flash
    signal = view.controller.pacer_changed
    view.set_screen_flash(True)
    signal.emit(_breath("inhale"))
    assert flash.pulses == 1 and flash.isVisible()
    signal.emit(_breath("inhale"))  # the same breath, a later frame
    assert flash.pulses == 1
    clock.now += 4.0
    signal.emit(_breath("exhale"))
    assert flash.pulses == 2
    clock.now += 4.0
    signal.emit(_breath("none"))  # breathing over (or paused): no cue
    assert flash.pulses == 2


def test_screen_flash_is_off_unless_chosen(flashing: tuple[PlayerView, FakeClock]) -> None:
    view, clock = flashing
    assert DEFAULTS.screen_flash is False
    for phase in ("inhale", "exhale", "inhale"):
        clock.now += 4.0
        view.controller.pacer_changed.emit(_breath(phase))
    assert view.stage.flash.pulses == 0 and not view.stage.flash.isVisible()


def test_screen_flash_never_more_than_once_a_second(
    flashing: tuple[PlayerView, FakeClock],
) -> None:
    view, clock = flashing
    view.set_screen_flash(True)
    times: list[float] = []
    for n in range(40):  # a change every 0.3 s: faster than any breath
        clock.now += 0.3
        before = view.stage.flash.pulses
        view.controller.pacer_changed.emit(_breath("inhale" if n % 2 else "exhale"))
        if view.stage.flash.pulses > before:
            times.append(clock.now)
    assert len(times) >= 10
    gaps = [b - a for a, b in pairwise(times)]
    assert min(gaps) >= FLASH_MIN_INTERVAL_S - 1e-9


def test_screen_flash_follows_a_real_session(qtbot: QtBot) -> None:
    clock = FakeClock()
    view = _player(qtbot, "easy-pace", 0, clock)
    view.flash_clock = clock
    view.set_screen_flash(True)
    changes = 0
    last = view.pacer.state.phase
    for _ in range(240):  # two minutes in half seconds: through the welcome into the breathing
        clock.now += 0.5
        view.controller.tick()
        phase = view.pacer.state.phase
        changes += phase != last and phase != "none"
        last = phase
    assert changes > 5
    assert view.stage.flash.pulses == changes  # breaths are seconds apart: every cue pulses
    view.controller.stop("test")


def test_a_pulse_is_brief_and_settles(qtbot: QtBot, flashing: tuple[PlayerView, FakeClock]) -> None:
    view, _clock = flashing
    flash = view.stage.flash
    view.set_screen_flash(True)
    view.controller.pacer_changed.emit(_breath("inhale"))
    qtbot.waitUntil(lambda: flash.level > 0, timeout=FLASH_MS)
    qtbot.waitUntil(lambda: not flash.isVisible(), timeout=FLASH_MS * 4)
    assert flash.level == 0
    assert flash.geometry() == view.stage.pacer_area.geometry(), "over the pacer only"


@pytest.mark.parametrize("theme", THEMES)
def test_a_pulse_changes_brightness_only_a_little(theme: str) -> None:
    palette = palette_for(theme)
    accent = palette.color(QPalette.ColorRole.Accent)
    window = palette.color(QPalette.ColorRole.Window)
    alpha = pulse_alpha(accent, window)
    assert 0 < alpha <= 0.3
    step = abs(
        relative_luminance(mix(accent, window, alpha).name()) - relative_luminance(window.name())
    )
    # WCAG counts a flash from a change of 0.10; a pulse stays at half of that or less.
    assert 0 < step <= FLASH_MAX_LUMINANCE_STEP <= 0.05


def test_with_reduced_motion_the_flash_is_a_still_border(
    flashing: tuple[PlayerView, FakeClock],
) -> None:
    view, clock = flashing
    flash = view.stage.flash
    view.set_reduced_motion(True)
    view.set_screen_flash(True)
    view.controller.pacer_changed.emit(_breath("inhale"))
    assert flash.pulses == 0 and flash.level == 0
    assert flash.border == PHASE_COLOURS["inhale"] and flash.isVisible()
    clock.now += 0.2  # a still change, not a flash: it follows each breath at once
    view.controller.pacer_changed.emit(_breath("exhale"))
    assert flash.border == PHASE_COLOURS["exhale"] and flash.pulses == 0
    view.controller.pacer_changed.emit(_breath("none"))
    assert flash.border is None and not flash.isVisible()
    view.set_screen_flash(False)
    view.controller.pacer_changed.emit(_breath("inhale"))
    assert flash.border is None


# -- the setting -------------------------------------------------------------------------------


def test_settings_offer_the_screen_flash(qtbot: QtBot) -> None:
    dialog = SettingsDialog(DEFAULTS, voices=["en-gb"], audio_devices=["Built-in Audio"])
    qtbot.addWidget(dialog)
    check = dialog.flash_check
    assert not check.isChecked()
    assert check.accessibleName() == "Pulse the screen gently at each breath cue"
    assert "cannot hear the cues" in check.toolTip()
    with qtbot.waitSignal(dialog.preferences_changed) as changed:
        check.setChecked(True)
    assert changed.args[0].screen_flash is True
    assert dialog.preferences().screen_flash is True
    dialog.reject()
    again = SettingsDialog(DEFAULTS.with_changes(screen_flash=True), voices=[], audio_devices=[])
    qtbot.addWidget(again)
    assert again.flash_check.isChecked()
    assert again.display_group.isAncestorOf(again.flash_check)


# -- dialogs: no control is squeezed below its words -------------------------------------------


def _dialogs() -> dict[str, Callable[[], QWidget]]:
    from datetime import UTC, datetime

    from somatic_player.qt.breath_hold_dialog import BreathHoldDialog
    from somatic_player.qt.ketamine_dialog import KetamineSessionDialog
    from somatic_player.qt.peg_dialog import PegDialog

    return {
        "breath-hold questions": BreathHoldDialog,
        "weekly check": PegDialog,
        "ketamine session": lambda: KetamineSessionDialog(
            now=datetime(2026, 11, 20, 9, tzinfo=UTC)
        ),
    }


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["breath-hold questions", "weekly check", "ketamine session"])
def test_dialog_buttons_keep_their_words_at_large_text(
    qtbot: QtBot, large_text: QApplication, name: str, language: str
) -> None:
    """The theme's minimum heights (44 px targets) were under one line of 200% text, so a dialog
    sized to its minimum cut its buttons' words in half; now every minimum is at least a line."""
    _speak(large_text, language)
    dialog = _dialogs()[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(large_text)
    assert clipped(dialog) == []
    dialog.close()


def test_theme_minimum_heights_follow_the_text_size() -> None:
    qss = "QPushButton { min-height: 26px; }\nQCheckBox { min-height: 36px; }"
    assert fit_min_heights(qss, 19) == qss  # normal text: the 44 px targets decide
    assert fit_min_heights(qss, 38) == (
        "QPushButton { min-height: 38px; }\nQCheckBox { min-height: 38px; }"
    )
