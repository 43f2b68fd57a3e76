"""Session options in the library's detail pane: shown only for what a routine offers, carried
into the session set-up and the plan, remembered per routine, usable by keyboard alone; the
natural pace measured by tapping; the next-stage suggestion for muscle relaxation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from somatic_player.content.library import LibraryEntry, load_library
from somatic_player.core.choices import Choices
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import SAMPLE_RATE
from somatic_player.core.pmr_stages import PracticeRecord
from somatic_player.core.preferences import Preferences
from somatic_player.history.store import Store
from somatic_player.qt.app_shell import AppShell
from somatic_player.qt.library_page import RoutineDetailView
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.session_options import pmr_practice
from somatic_player.qt.tap_tempo import TapTempoDialog, natural_rate

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def library() -> dict[str, LibraryEntry]:
    return {e.id: e for e in load_library()}


@pytest.fixture
def pane(qtbot: QtBot) -> RoutineDetailView:
    view = RoutineDetailView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    return view


def pick(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# -- what is shown --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("routine_id", "rows"),
    [
        ("easy-pace", set()),
        ("preferred-pace", {"pace"}),
        ("gentle-ramp", {"pace", "natural"}),
        ("sigh-reset", {"cycles"}),
        ("pmr-7", {"pmr_mode", "learning"}),
        ("body-scan-10", {"anchor", "eyes_open", "painful_areas"}),
        ("movement-lying", set()),
    ],
)
def test_options_are_shown_only_for_what_the_routine_offers(
    pane: RoutineDetailView, library: dict[str, LibraryEntry], routine_id: str, rows: set[str]
) -> None:
    pane.show_routine(library["pmr-7"])  # something shown before, so stale rows would show
    pane.show_routine(library[routine_id])
    options = pane.options
    assert set(options.rows) == rows
    assert options.isVisibleTo(pane) == bool(rows)
    controls = {
        "pace": options.pace_choice,
        "natural": options.measure_button,
        "cycles": options.cycles_choice,
        "pmr_mode": options.mode_choice,
        "learning": options.learning_check,
        "anchor": options.anchor_choice,
        "eyes_open": options.eyes_open_check,
        "painful_areas": options.painful_choice,
    }
    for key, control in controls.items():
        assert control.isVisibleTo(pane) == (key in rows), key
    if not rows:
        assert pane.chosen_choices() == Choices()


def test_every_option_control_is_named_explained_and_large(
    pane: RoutineDetailView, library: dict[str, LibraryEntry]
) -> None:
    for routine_id in ("gentle-ramp", "sigh-reset", "pmr-7", "body-scan-10"):
        pane.show_routine(library[routine_id])
        for control in pane.options.focus_chain():
            assert control.accessibleName(), control.objectName()
            assert control.toolTip(), control.objectName()
            assert control.minimumSizeHint().height() >= 44 or control.minimumHeight() >= 44
            tabbable = (
                Qt.FocusPolicy.TabFocus,
                Qt.FocusPolicy.StrongFocus,
                Qt.FocusPolicy.WheelFocus,
            )
            assert control.focusPolicy() in tabbable, control.objectName()


def test_pace_and_ratio_show_their_seconds_and_offer_the_listed_values(
    pane: RoutineDetailView, library: dict[str, LibraryEntry]
) -> None:
    pane.show_routine(library["preferred-pace"])
    o = pane.options
    paces = [o.pace_choice.itemData(i) for i in range(o.pace_choice.count())]
    assert paces == [4.5, 5.0, 5.5, 6.0, 6.5, 7.0]
    ratios = [o.ratio_choice.itemData(i) for i in range(o.ratio_choice.count())]
    assert ratios == ["1:1", "1:1.5", "1:2", "3:7"]
    assert o.ratio_choice.currentData() == "1:1.5"  # the default
    assert o.phase_label.text() == "4.0 s in, 6.0 s out"
    pick(o.pace_choice, 5.5)
    assert o.phase_label.text() == "4.4 s in, 6.5 s out"
    pick(o.ratio_choice, "1:2")
    assert o.phase_label.text() == "3.6 s in, 7.3 s out"
    assert pane.chosen_choices() == Choices(pace_bpm=5.5, ratio="1:2")


def test_pmr_modes_each_say_what_they_are(
    pane: RoutineDetailView, library: dict[str, LibraryEntry]
) -> None:
    pane.show_routine(library["pmr-4"])
    o = pane.options
    seen = set()
    for i in range(o.mode_choice.count()):
        o.mode_choice.setCurrentIndex(i)
        text = o.mode_explanation.text()
        assert text and "\n" not in text
        seen.add(text)
    assert len(seen) == 5
    pick(o.mode_choice, "tension-release")
    assert "never to the point of pain or cramp" in o.mode_explanation.text()
    assert o.learning_check.text().replace("&", "") == "Learning mode (each group twice)"


def test_option_words_make_no_claims_and_never_ask_for_deeper_breaths() -> None:
    words = re.compile(r"\b(deeper|treat\w*|cur(e|es|ed|ing)|heal\w*|therapeutic|as hard as)\b")
    for name in ("session_options.py", "tap_tempo.py"):
        text = (ROOT / "somatic_player" / "qt" / name).read_text(encoding="utf-8")
        strings = re.findall(r'"([^"\n]*)"', text)
        assert strings
        assert [s for s in strings if words.search(s.lower())] == []


# -- the choice reaches the session -----------------------------------------------------------


@pytest.fixture
def shell(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppShell]:
    from somatic_player.qt.session_flow import SessionFlow

    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, window, Preferences(), first_run=False)
    setups: list[Any] = []
    # Only the set-up is wanted here, not the check-in, speech and playback that follow.
    monkeypatch.setattr(
        SessionFlow, "begin", lambda flow, routine: setups.append(flow.make_setup(routine))
    )
    shell.setups = setups  # type: ignore[attr-defined]
    yield shell
    shell.shutdown()


def test_preferred_pace_choice_reaches_the_setup_and_the_plan(shell: AppShell) -> None:
    detail = shell.window.detail
    assert shell.window.select_routine("preferred-pace")
    pick(detail.options.pace_choice, 5.5)
    pick(detail.options.ratio_choice, "1:1.5")  # 2:3
    shell.start_routine("preferred-pace")
    [setup] = shell.setups  # type: ignore[attr-defined]
    assert setup.choices == Choices(pace_bpm=5.5, ratio="1:1.5")
    plan = compile_routine(
        setup.routine,
        setup.profile,
        rules=setup.rules,
        minutes=setup.minutes,
        choices=setup.choices,
    )
    inhale = next(p for p in plan.phases if p.phase == "inhale")
    exhale = next(p for p in plan.phases if p.phase == "exhale")
    assert (inhale.end - inhale.start) / SAMPLE_RATE == pytest.approx(4.36, abs=0.01)
    assert (exhale.end - exhale.start) / SAMPLE_RATE == pytest.approx(6.55, abs=0.01)


def test_pmr_and_body_scan_choices_reach_the_setup(shell: AppShell) -> None:
    detail = shell.window.detail
    assert shell.window.select_routine("pmr-7")
    pick(detail.options.mode_choice, "recall")
    detail.options.learning_check.setChecked(True)
    shell.start_routine("pmr-7")
    assert shell.window.select_routine("body-scan-10")
    pick(detail.options.anchor_choice, "sounds")
    detail.options.eyes_open_check.setChecked(True)
    pick(detail.options.painful_choice, "skip")
    shell.start_routine("body-scan-10")
    pmr, scan = shell.setups  # type: ignore[attr-defined]
    assert pmr.choices == Choices(pmr_mode="recall", learning=True)
    assert {s.mode for s in compile_routine(pmr.routine, choices=pmr.choices).steps if s.mode} == {
        "recall"
    }
    assert scan.choices == Choices(anchor="sounds", eyes_open=True, painful_areas="skip")


# -- remembered per routine -------------------------------------------------------------------


def test_last_choices_are_remembered_per_routine(
    qtbot: QtBot, library: dict[str, LibraryEntry]
) -> None:
    first = RoutineDetailView()
    qtbot.addWidget(first)
    first.show_routine(library["pmr-7"])
    pick(first.options.mode_choice, "release-only")
    first.options.learning_check.setChecked(True)
    first.show_routine(library["preferred-pace"])
    pick(first.options.pace_choice, 5.0)
    pick(first.options.ratio_choice, "3:7")
    first.show_routine(library["pmr-4"])  # another routine keeps its own defaults
    assert first.chosen_choices() == Choices(pmr_mode="tension-release", learning=False)

    again = RoutineDetailView()  # as after a restart: read back from ui-state.ini
    qtbot.addWidget(again)
    again.show_routine(library["pmr-7"])
    assert again.chosen_choices() == Choices(pmr_mode="release-only", learning=True)
    again.show_routine(library["preferred-pace"])
    assert again.chosen_choices() == Choices(pace_bpm=5.0, ratio="3:7")


def test_a_remembered_value_the_routine_no_longer_offers_falls_back_to_its_default(
    pane: RoutineDetailView, library: dict[str, LibraryEntry]
) -> None:
    from somatic_player.qt.session_options import save_choices

    save_choices("preferred-pace", Choices(pace_bpm=9.5, ratio="1:3"))
    pane.show_routine(library["preferred-pace"])
    assert pane.chosen_choices() == Choices(pace_bpm=6.0, ratio="1:1.5")


# -- keyboard only ----------------------------------------------------------------------------


def _tab(qtbot: QtBot, window: LibraryWindow) -> Any:
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _focus_list(qtbot: QtBot, window: LibraryWindow) -> None:
    window.activateWindow()
    window.routine_list.setFocus()
    qtbot.waitUntil(window.routine_list.hasFocus)
    qtbot.waitUntil(window.routine_list.hasFocus)


def test_options_by_keyboard_alone(qtbot: QtBot) -> None:
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    detail = window.detail
    o = detail.options

    assert window.select_routine("preferred-pace")
    _focus_list(qtbot, window)
    assert _tab(qtbot, window) is o.pace_choice
    qtbot.keyClick(o.pace_choice, Qt.Key.Key_Down)  # 6 -> 6.5
    assert _tab(qtbot, window) is o.ratio_choice
    qtbot.keyClick(o.ratio_choice, Qt.Key.Key_Up)  # 1:1.5 -> 1:1
    assert _tab(qtbot, window) is detail.start_button
    assert detail.chosen_choices() == Choices(pace_bpm=6.5, ratio="1:1")

    assert window.select_routine("pmr-7")
    _focus_list(qtbot, window)
    assert _tab(qtbot, window) is o.mode_choice
    qtbot.keyClick(o.mode_choice, Qt.Key.Key_Down)  # tension-release -> release-only
    assert _tab(qtbot, window) is o.learning_check
    qtbot.keyClick(o.learning_check, Qt.Key.Key_Space)
    assert _tab(qtbot, window) is detail.start_button
    assert detail.chosen_choices() == Choices(pmr_mode="release-only", learning=True)

    assert window.select_routine("body-scan-10")
    _focus_list(qtbot, window)
    assert _tab(qtbot, window) is o.anchor_choice
    qtbot.keyClick(o.anchor_choice, Qt.Key.Key_End)  # sounds
    assert _tab(qtbot, window) is o.eyes_open_check
    qtbot.keyClick(o.eyes_open_check, Qt.Key.Key_Space)
    assert _tab(qtbot, window) is o.painful_choice
    qtbot.keyClick(o.painful_choice, Qt.Key.Key_Down)  # skip
    assert _tab(qtbot, window) is detail.start_button
    assert detail.chosen_choices() == Choices(anchor="sounds", eyes_open=True, painful_areas="skip")


def test_measuring_the_natural_pace_by_keyboard(qtbot: QtBot) -> None:
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    clock = FakeClock()
    o = window.detail.options
    o.tap_clock = clock
    assert window.select_routine("gentle-ramp")
    assert "starts at 10 breaths a minute" in o.natural_label.text()
    _focus_list(qtbot, window)
    for _ in range(2):
        _tab(qtbot, window)
    assert _tab(qtbot, window) is o.measure_button
    qtbot.keyClick(o.measure_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(window.findChildren(TapTempoDialog)))
    [dialog] = window.findChildren(TapTempoDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.tap_button.hasFocus)
    for n in range(12):  # an out-breath every 5.5 s: 11 breaths in 60.5 s
        clock.now = 500.0 + 5.5 * n
        qtbot.keyClick(dialog.tap_button, Qt.Key.Key_Space)
        dialog.refresh()
    assert dialog.count_label.text() == "Taps: 11"
    assert dialog.is_over  # the minute was up at the last tap
    assert dialog.result_bpm == pytest.approx(10.9)
    qtbot.waitUntil(dialog.use_button.hasFocus)
    qtbot.keyClick(dialog.use_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert o.natural_bpm == pytest.approx(10.9)
    assert o.natural_label.text() == "Your natural pace: 10.9 breaths a minute."
    assert window.detail.chosen_choices().natural_bpm == pytest.approx(10.9)


# -- tap to measure ---------------------------------------------------------------------------


def _taps(every_s: float, count: int) -> list[float]:
    return [100.0 + every_s * n for n in range(count)]


@pytest.mark.parametrize(
    ("every_s", "count", "value"),
    [(6.0, 11, 10.0), (5.0, 12, 12.0), (8.0, 8, 7.5), (20.0, 4, 3.0)],
)
def test_the_natural_rate_is_whole_breaths_over_the_tapped_time(
    every_s: float, count: int, value: float
) -> None:
    result = natural_rate(_taps(every_s, count))
    assert result.value_bpm == value
    assert f"{value:.1f}" in result.message


def test_a_quick_natural_rate_is_capped_at_twelve_and_says_so() -> None:
    result = natural_rate(_taps(4.0, 15))  # 15 breaths a minute
    assert result.measured_bpm == pytest.approx(15.0)
    assert result.value_bpm == 12.0
    assert "15.0" in result.message and "12" in result.message


@pytest.mark.parametrize(
    ("taps", "words"),
    [
        (_taps(1.0, 30), "perhaps some taps came twice"),  # 60 a minute: taps doubled
        ([100.0, 140.0, 180.0], "perhaps some out-breaths went untapped"),  # 1.5 a minute
        ([100.0, 104.0], "too few taps"),
        ([], "too few taps"),
    ],
)
def test_nonsense_rates_are_refused_kindly(taps: list[float], words: str) -> None:
    result = natural_rate(taps)
    assert result.value_bpm is None
    assert words in result.message
    assert "try again" in result.message


def test_tap_dialog_counts_shows_the_running_rate_and_can_be_cancelled(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = TapTempoDialog(clock=clock)
    qtbot.addWidget(dialog)
    results: list[float] = []
    dialog.measured.connect(results.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.time_label.text() == "Begins at the first tap"
    for n in range(4):
        clock.now = 500.0 + 4.0 * n
        qtbot.mouseClick(dialog.tap_button, Qt.MouseButton.LeftButton)
    assert dialog.count_label.text() == "Taps: 4"
    assert dialog.rate_label.text() == "About 15.0 a minute"
    clock.now = 530.0
    dialog.refresh()
    assert dialog.time_label.text() == "30 s left"
    assert not dialog.use_button.isEnabled()  # nothing to use before the end
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert results == []


def test_tap_dialog_stops_counting_after_a_minute_and_can_start_again(qtbot: QtBot) -> None:
    clock = FakeClock()
    dialog = TapTempoDialog(clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    for n in range(5):
        clock.now = 500.0 + 1.0 * n  # one a second: 60 a minute
        dialog.tap()
    clock.now = 560.0
    dialog.refresh()  # the timer's tick: the minute is up
    assert dialog.is_over and dialog.result_bpm is None
    assert "taps came twice" in dialog.message.text()
    assert not dialog.use_button.isEnabled()
    dialog.tap()
    assert len(dialog.taps) == 5  # taps after the end do not count
    dialog.again_button.click()
    assert dialog.taps == [] and not dialog.is_over and dialog.message.isHidden()


# -- the next-stage suggestion ----------------------------------------------------------------


def _practice(routine_id: str, mode: str, days: int) -> list[PracticeRecord]:
    now = datetime.now(UTC)
    return [
        PracticeRecord(now - timedelta(days=d, hours=h), routine_id, mode)  # type: ignore[arg-type]
        for d in range(days)
        for h in (1, 5)
    ]


def test_a_next_stage_is_suggested_but_never_chosen(
    pane: RoutineDetailView, library: dict[str, LibraryEntry]
) -> None:
    history = _practice("pmr-16", "tension-release", days=4)  # 8 sessions on 4 days
    pane.set_practice_history(lambda: history)
    pane.show_routine(library["pmr-16"])
    o = pane.options
    assert o.stage_label.isVisibleTo(pane)
    assert "you could try seven groups" in o.stage_label.text()
    assert o.mode_choice.currentData() == "tension-release"  # nothing changed by itself
    pick(o.mode_choice, "release-only")  # no practice at that stage yet: nothing to suggest
    assert not o.stage_label.isVisibleTo(pane)
    pane.show_routine(library["pmr-7"])
    assert not o.stage_label.isVisibleTo(pane)
    pane.set_practice_history(lambda: _practice("pmr-16", "tension-release", days=2))
    pane.show_routine(library["pmr-16"])
    pick(o.mode_choice, "tension-release")
    assert not o.stage_label.isVisibleTo(pane)  # too soon: two days of practice


def test_practice_history_comes_from_the_stored_sessions(tmp_path: Path) -> None:
    now = [datetime(2025, 3, 1, 9, tzinfo=UTC)]
    store = Store.open(tmp_path / "h.db", clock=lambda: now[0])
    try:
        first = store.start_session("pmr-7", params={}, kind="pmr")
        store.add_checkin("before", 5, 6, session_id=first)
        store.add_checkin("after", 3, 2, session_id=first)
        store.end_session(first, "completed")
        now[0] += timedelta(days=1)
        second = store.start_session("pmr-4", params={"pmr_mode": "recall"}, kind="pmr")
        store.end_session(second, "stopped", "ended by the person")
        store.start_session("pmr-4", params={}, kind="pmr")  # never ended: not counted
        store.start_session("easy-pace", params={}, kind="breathing")
        records = pmr_practice(store, now=now[0] + timedelta(hours=1))
    finally:
        store.close()
    assert [(r.routine_id, r.mode, r.completed) for r in records] == [
        ("pmr-7", "tension-release", True),
        ("pmr-4", "recall", False),
    ]
    assert (records[0].tension_before, records[0].tension_after) == (6, 2)
    assert (records[1].tension_before, records[1].tension_after) == (None, None)
