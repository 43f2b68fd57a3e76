"""The Today panel above the library: integration days, flare day, the dizzy note and the
next-morning movement check, driven through its controller with a real store and a fake clock."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from somatic_player.core.integration import NO_DRIVE_REMINDER
from somatic_player.core.preferences import DEFAULTS, Preferences
from somatic_player.history.preferences_store import load_preferences, save_preferences
from somatic_player.history.store import Store, to_iso
from somatic_player.qt import today_state
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.settings_dialog import SettingsDialog
from somatic_player.qt.today_controller import TodayController
from somatic_player.qt.today_panel import TodayPanel

ROOT = Path(__file__).resolve().parents[2]
# A Tuesday morning, local time (the computer's zone, whatever it is).
START = datetime(2026, 3, 10, 9, 0).astimezone()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, naive_local: datetime) -> None:
        self.now = naive_local.astimezone()


class Prefs:
    def __init__(self) -> None:
        self.value: Preferences = DEFAULTS

    def __call__(self) -> Preferences:
        return self.value


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    with Store.open(tmp_path / "history.sqlite3", clock=clock) as s:
        yield s


@pytest.fixture
def prefs() -> Prefs:
    return Prefs()


@pytest.fixture
def today(qtbot: QtBot, store: Store, prefs: Prefs, clock: Clock) -> Iterator[TodayController]:
    controller = TodayController(lambda: store, prefs, clock=clock)
    qtbot.addWidget(controller.panel)
    controller.panel.resize(1100, 400)
    yield controller
    controller.timer.stop()


def shown(today: TodayController) -> bool:
    return not today.panel.isHidden()


def text_of(label: QLabel) -> str:
    return label.text() if not label.isHidden() else ""


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert not button.isHidden() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- nothing to say -------------------------------------------------------------------------------


def test_panel_is_hidden_when_nothing_applies(today: TodayController, store: Store) -> None:
    state = today.refresh()
    assert state is not None and not state.anything
    assert not shown(today)
    store.log_ketamine_session(START - timedelta(hours=72, minutes=1))  # the period has ended
    today_state.record_dizzy(store, START - timedelta(hours=1))  # once is not twice
    today.refresh()
    assert not shown(today)
    store.log_ketamine_session(START - timedelta(hours=2))
    today.refresh()
    assert shown(today)


def test_without_a_store_the_panel_stays_hidden(qtbot: QtBot, clock: Clock) -> None:
    controller = TodayController(lambda: None, lambda: DEFAULTS, clock=clock)
    qtbot.addWidget(controller.panel)
    assert controller.refresh() is None
    assert controller.panel.isHidden()
    failures: list[str] = []
    controller.store_failed.connect(failures.append)
    controller.set_flare(True)
    assert failures and "could not be saved" in failures[0]


# -- integration days -----------------------------------------------------------------------------


def test_integration_day_1_shows_the_day_s_practices_and_the_no_drive_reminder(
    qtbot: QtBot, today: TodayController, store: Store
) -> None:
    store.log_ketamine_session(START - timedelta(hours=2))
    today.refresh()
    card = today.panel.integration
    assert shown(today) and not card.isHidden()
    assert card.heading.text() == "Integration day 1 of 3"
    assert text_of(card.reminder) == NO_DRIVE_REMINDER
    assert not card.slept_button.isHidden()
    assert "lying or seated" in card.text.text()
    ids = card.practices.routine_ids()
    assert ids == ["easy-pace", "pmr-7", "body-scan-10", "movement-lying"]
    for button in card.practices.buttons:
        assert button.accessibleName().startswith("Start ") and button.toolTip()
    with qtbot.waitSignal(today.start_requested, timeout=1000) as blocker:
        click(qtbot, card.practices.buttons[1])
    assert blocker.args == ["pmr-7"]


def test_plan_for_the_next_days_lists_each_day(
    qtbot: QtBot, today: TodayController, store: Store
) -> None:
    store.log_ketamine_session(START - timedelta(hours=2))
    today.refresh()
    card = today.panel.integration
    assert card.plan.isHidden()
    click(qtbot, card.plan_button)
    assert not card.plan.isHidden()
    plan = card.plan.text()
    assert all(f"Day {n}" in plan for n in (1, 2, 3)) and "Day 4" not in plan
    assert "Day 1 (today)" in plan
    assert "do not drive" in plan  # on day 1 only
    assert plan.count("do not drive") == 1
    click(qtbot, card.plan_button)
    assert card.plan.isHidden()


def test_the_next_day_is_day_2_without_the_first_day_s_limits(
    today: TodayController, store: Store, clock: Clock
) -> None:
    store.log_ketamine_session(START - timedelta(hours=2))
    clock.now = START + timedelta(hours=22, minutes=1)  # 24 h and 1 minute after the session
    today.refresh()
    card = today.panel.integration
    assert card.heading.text() == "Integration day 2 of 3"
    assert card.reminder.isHidden() and card.slept_button.isHidden()
    assert "cyclic-sighing" in card.practices.routine_ids()


def test_the_panel_looks_again_when_the_day_changes(
    today: TodayController, store: Store, clock: Clock
) -> None:
    store.log_ketamine_session(START - timedelta(hours=23, minutes=50))
    today.refresh()
    assert today.timer.isActive()
    assert 600_000 <= today.timer.interval() <= 602_000  # day 1 ends in 10 minutes
    clock.now = START + timedelta(minutes=10, seconds=1)
    today.timer.timeout.emit()
    assert today.panel.integration.heading.text() == "Integration day 2 of 3"


def test_integration_length_follows_the_preference(
    today: TodayController, store: Store, clock: Clock, prefs: Prefs
) -> None:
    store.log_ketamine_session(START - timedelta(hours=30))
    prefs.value = DEFAULTS.with_changes(integration_hours=24)
    today.refresh()
    assert not shown(today)
    prefs.value = DEFAULTS.with_changes(integration_hours=168)
    today.refresh()
    assert today.panel.integration.heading.text() == "Integration day 2 of 7"


def test_slept_button_stores_the_sleep_and_lifts_the_first_day_limits(
    qtbot: QtBot, today: TodayController, store: Store
) -> None:
    session = store.log_ketamine_session(START - timedelta(hours=10))
    today.refresh()
    card = today.panel.integration
    assert not today_state.profile_fields(store, START)["slept_since_session"]
    with qtbot.waitSignal(today.profile_changed, timeout=1000):
        click(qtbot, card.slept_button)
    assert store.get_state(today_state.SLEPT_KEY) == to_iso(session.at)
    assert today_state.profile_fields(store, START)["slept_since_session"]
    assert card.reminder.isHidden() and card.slept_button.isHidden()
    assert card.heading.text() == "Integration day 1 of 3"
    assert "slept since your session" in card.text.text()
    # A new session needs its own night's sleep.
    store.log_ketamine_session(START - timedelta(hours=1))
    today.refresh()
    assert not card.reminder.isHidden() and not card.slept_button.isHidden()


# -- flare day ------------------------------------------------------------------------------------


def test_flare_toggle_stores_today_and_announces_a_profile_change(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    store.log_ketamine_session(START - timedelta(hours=2))  # so the panel (and toggle) shows
    today.refresh()
    toggle = today.panel.flare_toggle
    assert toggle.isCheckable() and not toggle.isChecked() and toggle.toolTip()
    with qtbot.waitSignal(today.profile_changed, timeout=1000):
        click(qtbot, toggle)
    assert store.get_state(today_state.FLARE_KEY) == START.date().isoformat()
    assert today_state.profile_fields(store, START)["flare_day"] is True
    assert not today.panel.flare.isHidden() and toggle.isChecked()
    assert today.flare_action.isChecked()
    # What the integration card offers is not offered twice.
    assert today.panel.flare.practices.routine_ids() == ["movement-flare-day"]
    with qtbot.waitSignal(today.profile_changed, timeout=1000):
        click(qtbot, toggle)
    assert store.get_state(today_state.FLARE_KEY) == ""
    assert today.panel.flare.isHidden() and not today.flare_action.isChecked()


def test_flare_action_works_with_the_panel_hidden_and_lasts_only_that_day(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    today.refresh()
    assert not shown(today)
    with qtbot.waitSignal(today.profile_changed, timeout=1000):
        today.flare_action.trigger()
    assert shown(today) and not today.panel.flare.isHidden()
    assert today.panel.flare.practices.routine_ids() == [
        "easy-pace",
        "pmr-7",
        "movement-flare-day",
    ]
    assert today.panel.flare_toggle.isChecked()
    clock.set(datetime(2026, 3, 11, 0, 0, 1))  # past midnight: a new day
    today.refresh()
    assert not shown(today) and not today.flare_action.isChecked()
    assert today_state.profile_fields(store, clock.now)["flare_day"] is False


# -- "I feel dizzy" -------------------------------------------------------------------------------


def test_dizzy_note_after_two_presses_within_7_days(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    with qtbot.waitSignal(today.profile_changed, timeout=1000):
        today.record_dizzy(START - timedelta(days=6, hours=23))
    assert not shown(today)
    today.record_dizzy()
    card = today.panel.dizzy
    assert shown(today) and not card.isHidden()
    text = card.text.text()
    assert "twice" in text and "faster pace" in text and "shorter sessions" in text
    assert today_state.profile_fields(store, START)["dizzy_reports_7d"] == 2
    click(qtbot, card.hide_button)
    assert not shown(today)
    clock.now = START + timedelta(minutes=5)
    today.record_dizzy()  # a new press brings it back
    assert not card.isHidden() and "3 times" in card.text.text()


def test_no_dizzy_note_for_presses_8_days_apart(today: TodayController, store: Store) -> None:
    today.record_dizzy(START - timedelta(days=8))
    today.record_dizzy(START)
    assert not shown(today)
    assert today_state.profile_fields(store, START)["dizzy_reports_7d"] == 1
    kept = json.loads(store.get_state(today_state.DIZZY_KEY) or "[]")
    assert len(kept) == 2


def test_dizzy_presses_older_than_30_days_are_dropped(store: Store) -> None:
    today_state.record_dizzy(store, START - timedelta(days=31))
    today_state.record_dizzy(store, START)
    assert today_state.dizzy_times(store) == [START]


# -- the next-morning movement check --------------------------------------------------------------


def _finish_movement(today: TodayController, before: int | None, during: int | None) -> None:
    today.movement_session_finished(datetime(2026, 3, 10, 18, 0).astimezone(), before, during)


def test_next_morning_check_asks_then_stores_the_new_level_with_its_reason(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    store.set_state(today_state.LEVEL_KEY, "2")
    clock.set(datetime(2026, 3, 10, 19, 0))
    _finish_movement(today, before=3, during=4)
    assert not shown(today)  # not the same evening
    clock.set(datetime(2026, 3, 11, 4, 59))
    today.refresh()
    assert not shown(today)
    clock.set(datetime(2026, 3, 11, 7, 30))
    today.refresh()
    card = today.panel.morning
    assert shown(today) and not card.isHidden()
    assert "compared with before yesterday's movement" in card.question.text()
    assert not card.save_button.isEnabled()
    click(qtbot, card.rating.buttons[3])
    with qtbot.waitSignal(today.profile_changed, timeout=1000):
        click(qtbot, card.save_button)
    assert store.get_state(today_state.LEVEL_KEY) == "3"  # one step up, no more
    assert today_state.profile_fields(store, clock.now)["movement_level"] == 3
    assert card.isHidden()
    result = today.panel.result
    assert not result.isHidden() and "settled" in result.text.text()
    latest = store.latest_checkin()
    assert latest is not None and (latest.moment, latest.pain_now) == ("standalone", 3)
    # Answered once: nothing is due any more, so the level cannot move again.
    assert today.answer_morning_check(2) is None
    assert store.get_state(today_state.LEVEL_KEY) == "3"
    click(qtbot, result.hide_button)
    assert not shown(today)


def test_pain_above_5_during_the_session_steps_back_one_level(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    store.set_state(today_state.LEVEL_KEY, "2")
    _finish_movement(today, before=3, during=6)
    clock.set(datetime(2026, 3, 11, 8, 0))
    today.refresh()
    click(qtbot, today.panel.morning.rating.buttons[3])
    click(qtbot, today.panel.morning.save_button)
    assert store.get_state(today_state.LEVEL_KEY) == "1"
    assert "6/10" in today.panel.result.text.text()


def test_skipping_the_morning_check_repeats_the_level(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    store.set_state(today_state.LEVEL_KEY, "2")
    _finish_movement(today, before=3, during=3)
    clock.set(datetime(2026, 3, 11, 13, 0))  # later in the day still asks
    today.refresh()
    click(qtbot, today.panel.morning.skip_button)
    assert store.get_state(today_state.LEVEL_KEY) == "2"
    assert "stay at this level" in today.panel.result.text.text()
    assert store.latest_checkin() is None  # nothing was rated


def test_an_unanswered_check_expires_at_the_end_of_its_day(
    today: TodayController, store: Store, clock: Clock
) -> None:
    store.set_state(today_state.LEVEL_KEY, "2")
    _finish_movement(today, before=3, during=3)
    clock.set(datetime(2026, 3, 12, 8, 0))  # two mornings later
    today.refresh()
    assert not shown(today)
    assert store.get_state(today_state.CHECK_DUE_KEY) == ""
    assert store.get_state(today_state.LEVEL_KEY) == "2"


def test_two_movement_sessions_keep_the_first_baseline_and_the_highest_rating(
    store: Store,
) -> None:
    evening = datetime(2026, 3, 10, 18, 0).astimezone()
    today_state.movement_session_finished(store, evening - timedelta(hours=6), 2, 3)
    today_state.movement_session_finished(store, evening, 4, 5)
    assert json.loads(store.get_state(today_state.CHECK_KEY) or "") == {"before": 2, "during": 5}


# -- placement, look and words --------------------------------------------------------------------


def test_window_shows_the_panel_above_the_library_only(
    qtbot: QtBot, store: Store, clock: Clock
) -> None:
    window = LibraryWindow([])
    qtbot.addWidget(window)
    controller = TodayController(lambda: store, lambda: DEFAULTS, clock=clock)
    window.set_today_panel(controller.panel)
    window.show()
    qtbot.waitExposed(window)
    holder = controller.panel.parentWidget()
    assert holder is not None and window.today_panel is controller.panel
    controller.refresh()
    assert not holder.isVisible()  # nothing to say: no gap either
    store.log_ketamine_session(START - timedelta(hours=1))
    controller.refresh()
    assert holder.isVisible() and controller.panel.isVisible()
    top_panel = controller.panel.mapTo(window, controller.panel.rect().topLeft()).y()
    top_library = window.library_page.mapTo(window, window.library_page.rect().topLeft()).y()
    assert top_panel < top_library
    page = QLabel("player")
    window.show_page(page)
    assert not holder.isVisible()
    window.show_library()
    assert holder.isVisible()
    controller.timer.stop()


def test_panel_waits_for_the_library_of_a_deferred_window(
    qtbot: QtBot, store: Store, clock: Clock
) -> None:
    window = LibraryWindow(deferred=True)
    qtbot.addWidget(window)
    controller = TodayController(lambda: store, lambda: DEFAULTS, clock=clock)
    window.set_today_panel(controller.panel)
    window.show()
    qtbot.waitExposed(window)
    store.log_ketamine_session(START - timedelta(hours=1))
    controller.refresh()
    holder = controller.panel.parentWidget()
    assert holder is not None and not holder.isVisible()  # still "Opening your library…"
    window.finish([])
    assert holder.isVisible()
    controller.timer.stop()


def test_every_control_is_large_named_and_explained(
    qtbot: QtBot, today: TodayController, store: Store, clock: Clock
) -> None:
    store.log_ketamine_session(START - timedelta(hours=1))
    today_state.record_dizzy(store, START - timedelta(hours=2))
    today_state.record_dizzy(store, START - timedelta(hours=1))
    today_state.set_flare(store, True, START)
    today_state.movement_session_finished(store, START - timedelta(days=1), 3, 3)
    today.refresh()
    panel = today.panel
    panel.show()
    qtbot.waitExposed(panel)
    assert len(panel.visible_cards()) == 4
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]
    assert len(buttons) > 10
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.toolTip(), button.text()
        hint = button.sizeHint()
        assert hint.height() >= 44 and hint.width() >= 44, button.text()
        assert button.focusPolicy() != Qt.FocusPolicy.NoFocus or button.objectName() == (
            "ratingButton"
        )


def test_panel_can_be_built_and_drawn_on_its_own(qtbot: QtBot) -> None:
    panel = TodayPanel()
    qtbot.addWidget(panel)
    assert panel.isHidden() and panel.state is None


_CLAIMS = re.compile(
    r"\b(treat(s|ed|ing|ment)?|cur(e|es|ed|ing)|heal(s|ed|ing)?|reduc\w* pain|"
    r"clinically proven|therapeutic\w*|diagnos\w*|works? better|more effective)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "name",
    ["today_panel.py", "today_cards.py", "today_controller.py", "today_state.py"],
)
def test_no_claim_words_in_the_panel_s_text(name: str) -> None:
    tree = ast.parse((ROOT / "somatic_player" / "qt" / name).read_text(encoding="utf-8"))
    strings = [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    assert strings
    for text in strings:
        assert not _CLAIMS.search(text), text


# -- the preference -------------------------------------------------------------------------------


def test_settings_dialog_edits_the_integration_length(qtbot: QtBot) -> None:
    dialog = SettingsDialog(DEFAULTS.with_changes(integration_hours=96))
    qtbot.addWidget(dialog)
    spin = dialog.integration_spin
    assert (spin.minimum(), spin.maximum(), spin.value()) == (24, 168, 96)
    assert spin.accessibleName() and spin.toolTip()
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as blocker:
        spin.setValue(120)
    assert blocker.args[0].integration_hours == 120
    assert dialog.preferences().integration_hours == 120


def test_integration_length_is_saved_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "preferences.toml"
    save_preferences(DEFAULTS.with_changes(integration_hours=48), path)
    assert "integration_hours = 48" in path.read_text(encoding="utf-8")
    assert load_preferences(path).preferences.integration_hours == 48
    path.write_text("integration_hours = 500\n", encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.preferences.integration_hours == 72
    assert any("integration_hours" in p for p in loaded.problems)
