"""The player driven by keyboard only, on a fake clock: what the person sees at each moment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from somatic_player.audio.engines import NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.content.library import default_rules, find_routine
from somatic_player.qt.player_view import PlayerView
from somatic_player.qt.session_controller import SessionController, SessionSetup

RATE = 48_000


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def player(qtbot, clock: FakeClock) -> Iterator[PlayerView]:  # type: ignore[no-untyped-def]
    routine, _ = find_routine("easy-pace")
    setup = SessionSetup(routine, rules=default_rules())

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=clock), []

    controller = SessionController(setup, engine_factory=factory)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.show()
    view.setFocus()
    controller.start()
    yield view
    controller.stop()


def advance(view: PlayerView, clock: FakeClock, seconds: float) -> None:
    clock.now += seconds
    view.controller.tick()


def key(qtbot, view: PlayerView, k: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(view.focusWidget() or view, k)


def test_whole_session_by_keyboard(qtbot, player: PlayerView, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    c = player.controller
    plan = c.plan
    breath = next(s for s in plan.steps if s.kind == "breath")
    first_inhale = plan.cues("inhale")[0].sample

    advance(player, clock, 2.0)
    assert player.caption.text().startswith("Welcome.")
    assert player.steps.currentItem().text().startswith("Welcome. Settle in, sitting…")

    # Into the breathing: 1 s into the first in-breath.
    advance(player, clock, (first_inhale - c.position()) / RATE + 1.0)
    assert player.pacer.phase_word() == "Breathe in"
    assert player.caption.text() == "Breathe in"
    assert player.steps.currentItem().text().startswith("Easy pace")
    assert "6.0 breaths a minute" in player.pace_label.text()

    key(qtbot, player, Qt.Key.Key_Space)  # pause
    assert c.paused and player.pause_button.text() == "Resume"
    held = c.position()
    advance(player, clock, 30.0)
    assert c.position() == held  # nothing moves while paused
    assert player.pacer.phase_word() == "Paused"
    key(qtbot, player, Qt.Key.Key_Space)  # resume
    assert not c.paused and player.pause_button.text() == "Pause"
    advance(player, clock, 4.0)
    assert player.pacer.phase_word() == "Breathe out"

    key(qtbot, player, Qt.Key.Key_Minus)  # slower, from the next breath
    assert "5.5 breaths a minute" in player.pace_label.text()
    inhales = [e.sample for e in c.plan.cues("inhale") if e.sample > c.position()]
    assert inhales[1] - inhales[0] == round(60 / 5.5 * RATE)

    key(qtbot, player, Qt.Key.Key_Right)  # next step: the closing words
    advance(player, clock, 1.0)
    assert c.position() >= breath.end - RATE
    assert player.caption.text().startswith("Now let the pace go")
    assert player.steps.currentItem().text().startswith("Now let the pace…")

    key(qtbot, player, Qt.Key.Key_Left)  # back within 3 s of the start: previous step
    advance(player, clock, 0.5)
    assert player.steps.currentItem().text().startswith("Easy pace")

    outcomes: list[str] = []
    c.finished.connect(outcomes.append)
    player.stop_button.setFocus()
    key(qtbot, player, Qt.Key.Key_Space)  # press "End session" by keyboard
    assert outcomes == ["stopped: ended by the person"]
    assert player.back_button.isVisible()


def test_dizzy_stops_the_pacer_and_says_breathe_naturally(
    player: PlayerView, clock: FakeClock
) -> None:
    c = player.controller
    advance(player, clock, (c.plan.cues("inhale")[0].sample - c.position()) / RATE + 1)
    player.dizzy_button.click()
    assert c.paused
    assert "natural, easy breathing" in player.notice.text()
    assert player.pacer.state.phase == "none"


def test_ground_me_ends_gently_with_guidance(player: PlayerView) -> None:
    outcomes: list[str] = []
    player.controller.finished.connect(outcomes.append)
    player.ground_button.click()
    assert outcomes == ["stopped: grounding"]
    assert "feet on the floor" in player.notice.text()


def test_session_runs_to_completion(player: PlayerView, clock: FakeClock) -> None:
    outcomes: list[str] = []
    player.controller.finished.connect(outcomes.append)
    advance(player, clock, player.controller.plan.duration_s + 1)
    assert outcomes == ["completed"]


def test_every_control_has_a_name_tooltip_and_size(player: PlayerView) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QScrollBar

    controls = player.findChildren(QAbstractButton) + player.findChildren(QAbstractSlider)
    controls += player.findChildren(QComboBox)
    for widget in controls:
        if isinstance(widget, QScrollBar):
            continue
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip(), widget.objectName()
    for button in player.findChildren(QAbstractButton):
        assert button.minimumHeight() >= 44 and button.minimumWidth() >= 44


def test_reduced_motion_and_accessible_value(player: PlayerView, clock: FakeClock) -> None:
    c = player.controller
    advance(player, clock, (c.plan.cues("inhale")[0].sample - c.position()) / RATE + 1.5)
    assert player.pacer.accessible_value().startswith("Breathe in, 3 seconds left")
    player.pacer.set_reduced_motion(True)
    player.pacer.repaint()
    assert player.pacer.paint_count > 0


class LosableEngine(NullEngine):
    """A null engine whose device can vanish and come back (what the sounddevice engine does)."""

    def __init__(self, mixer: Mixer, clock: FakeClock) -> None:
        super().__init__(mixer, clock=clock)
        self.device_present = True

    def lose(self) -> None:
        from somatic_player.audio.transport import EngineStatus

        self.pause()
        self.status.put(EngineStatus("device-lost", "The sound device was disconnected."))

    def recover(self, device: object = None, resume: bool = True) -> bool:
        from somatic_player.audio.transport import EngineStatus

        if not self.device_present:
            self.status.put(EngineStatus("device-lost", "No sound output is available yet."))
            return False
        if resume:
            self.resume()
        return True


def test_lost_device_pauses_reports_and_resumes(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    routine, _ = find_routine("easy-pace")
    engines: list[LosableEngine] = []

    def factory(mixer: Mixer) -> tuple[LosableEngine, list[str]]:
        engines.append(LosableEngine(mixer, clock))
        return engines[-1], []

    controller = SessionController(
        SessionSetup(routine, rules=default_rules()), engine_factory=factory
    )
    view = PlayerView(controller)
    qtbot.addWidget(view)
    controller.start()
    advance(view, clock, 40.0)
    engine = engines[0]
    engine.device_present = False
    engine.lose()
    advance(view, clock, 0.1)
    assert controller.paused and controller.device_lost
    assert "disconnected" in view.notice.text()
    held = controller.position()
    advance(view, clock, 10.0)
    assert controller.position() == held  # nothing plays into the void
    assert not controller.try_recover()  # still gone: it keeps waiting, no crash
    engine.device_present = True
    assert controller.try_recover()
    assert not controller.paused and not controller.device_lost
    assert "Sound is back" in view.notice.text()
    advance(view, clock, 2.0)
    assert controller.position() == held + 2 * RATE
    controller.stop()


def test_presentation_mirrors_the_session_and_leaving_never_stops_it(  # type: ignore[no-untyped-def]
    qtbot, player: PlayerView, clock: FakeClock
) -> None:
    from somatic_player.qt.presentation_window import PresentationWindow

    c = player.controller
    window = PresentationWindow(c)
    qtbot.addWidget(window)
    window.show_on(None)
    player.hide()  # the controls' screen is not the one with the keyboard focus now
    window.activateWindow()
    window.setFocus()
    advance(player, clock, (c.plan.cues("inhale")[0].sample - c.position()) / RATE + 1)
    assert window.caption.text() == "Breathe in"
    assert window.pacer.phase_word() == "Breathe in"
    qtbot.keyClick(window, Qt.Key.Key_Space)  # the keyboard works from the room's screen too
    assert c.paused
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert not c.ended


# -- movement: the picture, the counts and the stop rules ------------------------------------------


@pytest.fixture
def mover(qtbot, clock: FakeClock) -> Iterator[PlayerView]:  # type: ignore[no-untyped-def]
    routine, _ = find_routine("seated-gentle-movement")
    setup = SessionSetup(routine, rules=default_rules())

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=clock), []

    controller = SessionController(setup, engine_factory=factory)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.setFocus()
    controller.start()
    yield view
    controller.stop()


def to_sample(view: PlayerView, clock: FakeClock, sample: int) -> None:
    advance(view, clock, (sample - view.controller.position()) / RATE)


def test_a_movement_step_shows_its_picture_frame_by_frame_with_the_counts(
    mover: PlayerView, clock: FakeClock
) -> None:
    plan = mover.controller.plan
    march = next(s for s in plan.steps if s.title == "Marching")
    marks = [m for m in plan.counts if m.step == march.index]
    assert not mover.picture.isVisible() and mover.pacer.isVisible()  # guidance first
    to_sample(mover, clock, march.start + RATE)  # the instruction: the whole movement
    assert mover.picture.isVisible() and not mover.pacer.isVisible()
    assert mover.picture.frame_shown() is None
    for m in marks[:4]:  # Lift, 2, Lower, 4
        to_sample(mover, clock, m.start + 200)
        assert mover.picture.frame_shown() == m.frame
        assert mover.picture.count_text() == "Repetition 1 of 4, right side"
    assert [m.frame for m in marks[:4]] == [1, 1, 0, 0]
    to_sample(mover, clock, marks[0].start + 200)
    assert mover.caption.text() == "Lift"
    mover.pacer.set_reduced_motion(True)  # what the app does with the person's setting
    to_sample(mover, clock, marks[1].start + 200)
    assert mover.picture.frame_shown() is None  # a still
    to_sample(mover, clock, march.end + RATE)  # the next exercise
    assert mover.picture.isVisible()
    later = next(s for s in plan.steps if s.kind == "silence")
    to_sample(mover, clock, later.start + RATE)
    assert not mover.picture.isVisible() and mover.pacer.isVisible()


def test_stop_rules_are_reachable_by_button_and_key_and_pause(  # type: ignore[no-untyped-def]
    qtbot, mover: PlayerView, clock: FakeClock
) -> None:
    c = mover.controller
    march = next(s for s in c.plan.steps if s.title == "Marching")
    to_sample(mover, clock, march.start + 10 * RATE)
    assert mover.stop_rules_button.isVisible()
    key(qtbot, mover, Qt.Key.Key_S)
    assert c.paused
    text = mover.notice.text()
    for sign in ("sharp, shooting or electric pain", "cramp", "numbness", "chest pain"):
        assert sign in text
    key(qtbot, mover, Qt.Key.Key_Space)  # resume: the rules step aside
    assert not c.paused and not mover.notice.isVisible()
    mover.stop_rules_button.click()
    assert c.paused and "palpitations" in mover.notice.text()


def test_breathing_has_no_stop_rules_control(player: PlayerView) -> None:
    assert not player.stop_rules_button.isVisible()
    player.show_stop_rules()
    assert not player.controller.paused


def test_presentation_shows_the_movement_picture_too(  # type: ignore[no-untyped-def]
    qtbot, mover: PlayerView, clock: FakeClock
) -> None:
    from somatic_player.qt.presentation_window import PresentationWindow

    c = mover.controller
    window = PresentationWindow(c)
    qtbot.addWidget(window)
    window.show()
    march = next(s for s in c.plan.steps if s.title == "Marching")
    first = next(m for m in c.plan.counts if m.step == march.index)
    to_sample(mover, clock, first.start + 200)
    assert window.picture.isVisible() and not window.pacer.isVisible()
    assert window.picture.frame_shown() == first.frame


# -- a gentle ramp: "stay at this pace" -----------------------------------------------------------


@pytest.fixture
def ramp(qtbot, clock: FakeClock) -> Iterator[PlayerView]:  # type: ignore[no-untyped-def]
    from somatic_player.core.choices import Choices

    routine, _ = find_routine("gentle-ramp")
    # Measured at 11 a minute, slowing towards 6 by at most one breath a minute each minute.
    setup = SessionSetup(
        routine, rules=default_rules(), choices=Choices(natural_bpm=11.0, pace_bpm=6.0)
    )

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=clock), []

    controller = SessionController(setup, engine_factory=factory)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.show()
    view.setFocus()
    controller.start()
    yield view
    controller.stop()


def _rates(phases: list, start: int, end: int) -> set[float]:  # type: ignore[type-arg]
    return {round(p.bpm, 6) for p in phases if start <= p.start < end}


def test_stay_at_this_pace_freezes_the_ramp_from_the_next_breath(  # type: ignore[no-untyped-def]
    qtbot, ramp: PlayerView, clock: FakeClock
) -> None:
    c = ramp.controller
    breath = next(s for s in c.plan.steps if s.kind == "breath")
    assert ramp.stay_button.isVisible()
    assert not ramp.stay_button.isEnabled()  # the welcome: no pace yet to stay at
    before = c.plan
    key(qtbot, ramp, Qt.Key.Key_P)
    assert c.plan is before and c.ramp_frozen_at is None

    to_sample(ramp, clock, breath.start + 150 * RATE)  # two and a half minutes of slowing
    assert ramp.stay_button.isEnabled()
    sample = c.position()
    now_bpm = c.plan.pacer_state(sample).bpm
    assert 8.0 < now_bpm < 9.0
    assert ramp.pace_label.text() == f"{c.upcoming_bpm():.1f} breaths a minute"
    old = c.plan
    assert min(_rates(list(old.phases), sample, breath.end)) == pytest.approx(6.0)

    key(qtbot, ramp, Qt.Key.Key_P)
    new = c.plan
    assert c.ramp_frozen_at == sample
    # No jump: everything up to the end of the breath under way is as it was.
    under_way = next(p for p in old.phases if p.start <= sample < p.end)
    kept = [p for p in old.phases if p.end <= under_way.end]
    assert [p for p in new.phases if p.end <= under_way.end] == kept
    assert len(kept) > 10
    # From the next breath on the pace stays where it was, to the end of the slowing.
    new_breath = next(s for s in new.steps if s.index == breath.index)
    assert _rates(list(new.phases), under_way.end, new_breath.end) == {round(now_bpm, 6)}
    assert ramp.pace_label.text() == f"Staying at {now_bpm:.1f} breaths a minute"
    assert ramp.stay_button.isHidden()

    key(qtbot, ramp, Qt.Key.Key_P)  # once is enough
    assert c.plan is new
    advance(ramp, clock, 90.0)  # a minute and a half later: still the same pace
    assert c.plan.pacer_state(c.position()).bpm == pytest.approx(now_bpm)
    assert ramp.pace_label.text() == f"Staying at {now_bpm:.1f} breaths a minute"

    key(qtbot, ramp, Qt.Key.Key_Minus)  # slower still works, and the ramp stays frozen
    after = c.position()
    [slower] = _rates(list(c.plan.phases), after + 11 * RATE, new_breath.end)
    assert slower == pytest.approx(now_bpm - 0.5)


def test_no_stay_control_without_a_ramp(  # type: ignore[no-untyped-def]
    qtbot, player: PlayerView, clock: FakeClock
) -> None:
    c = player.controller
    assert not c.has_ramp and player.stay_button.isHidden()
    advance(player, clock, (c.plan.cues("inhale")[0].sample - c.position()) / RATE + 30)
    before = c.plan
    key(qtbot, player, Qt.Key.Key_P)
    assert c.plan is before and c.stay_at_this_pace() is None
    assert player.pace_label.text() == "6.0 breaths a minute"


def test_muscle_groups_and_scan_areas_are_shaded_on_the_body_map(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    routine, _ = find_routine("body-scan-10")
    controller = SessionController(
        SessionSetup(routine, rules=default_rules()),
        engine_factory=lambda mixer: (NullEngine(mixer, clock=clock), []),
    )
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.show()
    controller.start()
    assert view.slower_button.isHidden() and view.faster_button.isHidden()  # no paced breathing
    feet = next(s for s in controller.plan.steps if s.title == "Feet")
    advance(view, clock, feet.start / RATE + 1.0)
    assert not view.focus_map.isHidden() and view.pacer.isHidden()
    assert view.focus_map.highlighted() == frozenset(feet.regions)
    assert {133, 134, 135, 136} <= view.focus_map.highlighted()
    closing = controller.plan.steps[-1]
    advance(view, clock, (closing.start - feet.start) / RATE + 0.5)
    assert view.focus_map.isHidden() and not view.pacer.isHidden()
    controller.stop()
