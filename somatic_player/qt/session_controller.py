"""Runs one practice session: plan, mixer and audio engine, observed by the player views.

The position always comes from the engine's clock (frames played minus output latency, less the
audio/visual offset); the Qt timer here only decides how often to look. Commands from the views
(pause, skip, pace, dizzy, ground me) become engine or plan changes; status from the audio thread
arrives through the engine's queue, drained on every tick.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from somatic_player.audio.engines import AudioEngine, open_engine
from somatic_player.audio.mixer import CueStyle, Levels, Mixer
from somatic_player.core.adapt import EMPTY_RULES, RuleSet
from somatic_player.core.choices import Choices
from somatic_player.core.compiler import compile_routine, estimate_speech_s
from somatic_player.core.plan import PaceChange, PacerState, Plan
from somatic_player.core.profile import Profile
from somatic_player.core.routine import BreathStep, Routine
from somatic_player.core.session import SessionCursor
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate

EngineFactory = Callable[[Mixer], tuple[AudioEngine, list[str]]]
PACE_STEP_BPM = 0.5
RECOVERY_MS = 2000
TICK_MS = 33  # 30 frames a second: smooth for a 4-second breath, and light on the CPU

# Marked here, translated when shown (the interface language is loaded after import).
DIZZY_MESSAGE = QT_TRANSLATE_NOOP(
    "session_controller",
    "Let the pace go and return to natural, easy breathing. "
    "Rest for as long as you need; resume when you feel ready, or end here.",
)
GROUNDING_MESSAGE = QT_TRANSLATE_NOOP(
    "session_controller",
    "Feel your feet on the floor and the support beneath you. "
    "Look around and name three things you can see, and two things you can hear. "
    "Breathe in whatever way feels natural. You are here, and you are safe to stop.",
)


def default_engine_factory(mixer: Mixer) -> tuple[AudioEngine, list[str]]:
    choice = open_engine(mixer)
    return choice[0], list(choice[1])


@dataclass(frozen=True)
class SessionSetup:
    """Everything needed to compile and play a session."""

    routine: Routine
    profile: Profile = field(default_factory=Profile)
    rules: RuleSet = EMPTY_RULES
    speech_length: Callable[[str], float] = estimate_speech_s
    speech_clips: Mapping[str, Any] | None = None
    minutes: float | None = None
    levels: Levels = field(default_factory=Levels)
    cue_style: CueStyle = "tones"
    av_offset_ms: int = 0
    # The person's choices (pace, ratio, PMR mode, anchor...); every recompile passes the same.
    choices: Choices | None = None


class SessionController(QObject):
    """One session from start to end.

    Signals:
        moment_changed(object): a :class:`Moment` whenever caption, step or second changes.
        pacer_changed(object): the :class:`PacerState` for the heard sample, every tick.
        step_changed(int): index of the plan step now playing (-1 between steps).
        paused_changed(bool): playback paused (True) or playing (False).
        pace_changed(float): breaths per minute after a live pace change.
        ramp_frozen(float): "stay at this pace": a gentle ramp keeps this rate from now on.
        status_changed(str, str): engine status kind and a plain sentence.
        notice_shown(str, str): a panel to show ("dizzy" or "grounding") and its words.
        finished(str): the session ended: "completed", or "stopped: <why>".
    """

    moment_changed = Signal(object)
    pacer_changed = Signal(object)
    step_changed = Signal(int)
    paused_changed = Signal(bool)
    pace_changed = Signal(float)
    ramp_frozen = Signal(float)
    status_changed = Signal(str, str)
    notice_shown = Signal(str, str)
    finished = Signal(str)

    def __init__(
        self,
        setup: SessionSetup,
        engine_factory: EngineFactory = default_engine_factory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setup = setup
        self.plan: Plan = compile_routine(
            setup.routine,
            setup.profile,
            rules=setup.rules,
            speech_length=setup.speech_length,
            minutes=setup.minutes,
            choices=setup.choices,
        )
        self.cursor = SessionCursor(self.plan)
        self.mixer = Mixer(
            self.plan,
            setup.speech_clips or {},
            levels=setup.levels,
            cue_style=setup.cue_style,
            max_block=4096,
        )
        self._engine_factory = engine_factory
        self.engine: AudioEngine | None = None
        self.engine_notes: list[str] = []
        self._offset = round(setup.av_offset_ms * self.plan.sample_rate / 1000)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._paused = False
        self._ended = False
        self._lost = False
        # While the sound device is gone, try to get it back every couple of seconds.
        self._recovery = QTimer(self)
        self._recovery.setInterval(RECOVERY_MS)
        self._recovery.timeout.connect(self.try_recover)
        self._last_moment: tuple[str, int, int] | None = None
        self._last_step = -2
        # "Stay at this pace": the sample from which a gentle ramp keeps its rate (None: ramping).
        self._freeze_at: int | None = None
        self._ramp_steps = frozenset(
            i
            for i, s in enumerate(setup.routine.steps)
            if isinstance(s, BreathStep) and s.ramp_from_bpm is not None
        )

    # -- life cycle -------------------------------------------------------------------------

    @property
    def engine_name(self) -> str:
        return self.engine.name if self.engine is not None else ""

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def ended(self) -> bool:
        return self._ended

    def start(self) -> None:
        """Open the best audio output and begin; the views start updating at once."""
        if self.engine is None:
            self.engine, self.engine_notes = self._engine_factory(self.mixer)
            warm_up = getattr(self.engine, "warm_up", None)
            if warm_up is not None:  # a new stream's first moments are lost: start it on silence
                warm_up()
        self.engine.start()
        self._timer.start()
        self.tick()

    def position(self) -> int:
        """The sample the person is hearing now (audio clock, less the A/V offset)."""
        if self.engine is None:
            return 0
        return max(0, self.engine.position_samples() - self._offset)

    def tick(self) -> None:
        """Look at the audio clock once and tell the views what to show."""
        if self.engine is None:
            return
        self._drain_status()
        sample = self.position()
        self.pacer_changed.emit(
            self.plan.pacer_state(sample) if not self._paused else PacerState("none", 0.0, 0.0, 0.0)
        )
        moment = self.cursor.moment(sample)
        step_index = moment.step.index if moment.step else -1
        key = (moment.caption, step_index, int(moment.elapsed_s))
        if key != self._last_moment:
            self._last_moment = key
            self.moment_changed.emit(moment)
        if step_index != self._last_step:
            self._last_step = step_index
            self.step_changed.emit(step_index)
        if sample >= self.plan.total_samples and not self._ended:
            self._finish("completed")

    def _drain_status(self) -> None:
        assert self.engine is not None
        queue = self.engine.status
        while not queue.empty():
            status = queue.get_nowait()
            if status.kind in ("device-lost", "error") and not self._ended:
                self._lost = status.kind == "device-lost" or self._lost
                if not self._paused:
                    self._paused = True
                    self.paused_changed.emit(True)
                if self._lost and not self._recovery.isActive():
                    self._recovery.start()
            self.status_changed.emit(status.kind, status.detail)

    @property
    def device_lost(self) -> bool:
        return self._lost

    def try_recover(self) -> bool:
        """Reopen the sound output (a returned or new default device) and carry on."""
        recover = getattr(self.engine, "recover", None)
        if self._ended or not self._lost or recover is None:
            self._recovery.stop()
            return False
        self._drain_status()  # older "still lost" news must not undo a recovery made now
        if not recover(resume=True):
            return False  # the engine said why in a status; try again on the next beat
        self._lost = False
        self._recovery.stop()
        self._paused = False
        self.paused_changed.emit(False)
        self.status_changed.emit(
            "recovered", translate("session_controller", "Sound is back; the session carries on.")
        )
        self.tick()
        return True

    def _finish(self, outcome: str) -> None:
        self._ended = True
        self._timer.stop()
        self._recovery.stop()
        if self.engine is not None:
            self.engine.stop(fade=True)
        self.finished.emit(outcome)

    # -- commands ---------------------------------------------------------------------------

    def toggle_pause(self) -> None:
        if self.engine is None or self._ended:
            return
        if self._lost:  # no device yet: resuming means trying to get the sound back now
            self.try_recover()
            return
        if self._paused:
            self.engine.resume()
        else:
            self.engine.pause()
        self._paused = not self._paused
        self.paused_changed.emit(self._paused)
        self.tick()

    def next_step(self) -> None:
        target = self.cursor.next_step_start(self.position())
        if target is not None:
            self._seek(target)

    def previous_step(self) -> None:
        self._seek(self.cursor.previous_step_start(self.position()))

    def _seek(self, sample: int) -> None:
        if self.engine is None or self._ended:
            return
        self.engine.seek(sample + self._offset)
        self.tick()

    def change_pace(self, delta_bpm: float) -> float | None:
        """Slow down (negative) or speed up the breathing from the next breath on.

        Returns the new rate, or None when no breathing is under way or still to come.
        """
        if self._ended:
            return None
        sample = self.position()
        upcoming = [p for p in self.plan.phases if p.end > sample]
        if not upcoming:
            return None
        plan = self._recompile((*self.plan.pace, PaceChange(sample, delta_bpm)))
        later = [p for p in plan.phases if p.start >= sample]
        bpm = later[0].bpm if later else upcoming[0].bpm
        self.pace_changed.emit(bpm)
        self.tick()
        return bpm

    def _recompile(self, pace: tuple[PaceChange, ...]) -> Plan:
        """The same session with these pace changes (and any "stay at this pace"), swapped in at
        the next block with the mixer's short fade; identical to the old plan before the change."""
        setup = self.setup
        plan = compile_routine(
            setup.routine,
            setup.profile,
            rules=setup.rules,
            speech_length=setup.speech_length,
            pace=pace,
            flex_scale=self.plan.flex_scale,
            choices=setup.choices,
            freeze_ramp_at=self._freeze_at,
        )
        self.plan = plan
        self.cursor = SessionCursor(plan)
        self.mixer.replace_plan(plan)
        return plan

    @property
    def has_ramp(self) -> bool:
        """The routine slows gently from one pace to another (a gentle ramp)."""
        return bool(self._ramp_steps)

    @property
    def ramp_frozen_at(self) -> int | None:
        """The sample from which the ramp stays at one pace (None: not frozen)."""
        return self._freeze_at

    def ramp_under_way(self) -> bool:
        """A ramp is playing now and would still change the pace, so staying means something."""
        if not self._ramp_steps or self._freeze_at is not None or self._ended:
            return False
        sample = self.position()
        step = self.plan.step_at(sample)
        if step is None or step.index not in self._ramp_steps:
            return False
        rates = {
            round(p.bpm, 3)
            for p in self.plan.phases
            if step.start <= p.start < step.end
            if p.end > sample
        }
        return len(rates) > 1

    def stay_at_this_pace(self) -> float | None:
        """Keep the ramp at the rate of the breath under way, from the next breath on.

        Returns that rate, or None when no ramp is under way (not started, over, or frozen).
        """
        if not self.ramp_under_way():
            return None
        sample = self.position()
        self._freeze_at = sample
        plan = self._recompile(self.plan.pace)
        later = [p for p in plan.phases if p.start >= sample]
        bpm = later[0].bpm if later else self.current_bpm()
        self.ramp_frozen.emit(bpm)
        self.tick()
        return bpm

    def slower(self) -> float | None:
        return self.change_pace(-PACE_STEP_BPM)

    def faster(self) -> float | None:
        return self.change_pace(+PACE_STEP_BPM)

    def current_bpm(self) -> float:
        state = self.plan.pacer_state(self.position())
        if state.bpm:
            return state.bpm
        later = [p for p in self.plan.phases if p.start >= self.position()]
        return later[0].bpm if later else 0.0

    def upcoming_bpm(self) -> float:
        """The rate of the next breath to start (else of the one under way; 0: no breathing)."""
        sample = self.position()
        later = [p for p in self.plan.phases if p.start >= sample]
        return later[0].bpm if later else self.current_bpm()

    def set_levels(self, levels: Levels) -> None:
        self.mixer.levels = levels

    def set_cue_style(self, style: CueStyle) -> None:
        self.mixer.cue_style = style
        self.mixer.replace_plan(self.plan)

    def feel_dizzy(self) -> None:
        """Stop the pacer at once and invite natural breathing; the person chooses what next."""
        if self.engine is not None and not self._paused and not self._ended:
            self.engine.pause()
            self._paused = True
            self.paused_changed.emit(True)
        self.notice_shown.emit("dizzy", translate("session_controller", DIZZY_MESSAGE))
        self.tick()

    def ground_me(self) -> None:
        """End everything gently and show grounding guidance."""
        self.notice_shown.emit("grounding", translate("session_controller", GROUNDING_MESSAGE))
        if not self._ended:
            self._finish("stopped: grounding")

    def stop(self, reason: str = "stopped by the person") -> None:
        if not self._ended:
            self._finish(f"stopped: {reason}")
