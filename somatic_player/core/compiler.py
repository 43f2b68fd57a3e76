"""compile(routine, profile) -> Plan: adapt each step to the person and lay it out in samples.

Every position is ``step_start + round(offset_in_step * rate)`` where the step start itself is the
rounded ideal cumulative time, so rounding never accumulates. Speech is placed with its real
length (``speech_length`` is asked for every line before anything is laid out).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from somatic_player.core.adapt import EMPTY_RULES, Adaptation, RuleSet, StepContext, adapt
from somatic_player.core.plan import (
    SAMPLE_RATE,
    BreathPhase,
    Event,
    EventKind,
    PaceChange,
    Phase,
    Plan,
    PlanStep,
)
from somatic_player.core.profile import Profile
from somatic_player.core.routine import (
    POSITIONS,
    BreathStep,
    CheckInStep,
    JournalStep,
    MovementStep,
    NarrationStep,
    PmrStep,
    Position,
    Routine,
    SilenceStep,
    Step,
)

SpeechLength = Callable[[str], float]

PHASE_WORDS: dict[Phase, str] = {
    "inhale": "Breathe in",
    "hold-in": "Hold gently",
    "exhale": "Breathe out",
    "hold-out": "Rest",
    "none": "",
}
BELL_RING_S = 5.0
MIN_LIVE_BPM = 3.0
MAX_LIVE_BPM = 12.0
LEAD_IN_S = 1.0


class CompileError(ValueError):
    """The routine cannot be laid out as asked (e.g. --minutes shorter than its fixed part)."""


def estimate_speech_s(text: str) -> float:
    """A speaking-time guess (about 150 words a minute) for when no speech engine is present."""
    words = len(text.split())
    return 0.3 + words / 2.5 if words else 0.0


@dataclass
class _Builder:
    routine: Routine
    profile: Profile
    rules: RuleSet
    speech_length: SpeechLength
    rate: int
    flex_scale: float
    pace: tuple[PaceChange, ...] = ()
    t_ideal: float = LEAD_IN_S
    events: list[Event] = field(default_factory=list)
    steps: list[PlanStep] = field(default_factory=list)
    phases: list[BreathPhase] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flex_ideal_s: float = 0.0
    # current step
    index: int = 0
    start: int = 0

    def sample_at(self, offset_s: float) -> int:
        return self.start + round(offset_s * self.rate)

    def emit(
        self,
        offset_s: float,
        kind: EventKind,
        label: str,
        text: str = "",
        duration_s: float = 0.0,
        clip: str = "",
    ) -> None:
        self.events.append(
            Event(
                self.sample_at(offset_s),
                kind,
                self.index,
                label,
                text,
                round(duration_s * self.rate),
                clip,
            )
        )

    def say(self, offset_s: float, label: str, text: str, clip: str = "") -> float:
        """Place a spoken line; returns its length in seconds."""
        length = self.speech_length(f"clip:{clip}" if clip else text)
        if text or clip:
            self.emit(offset_s, "speech", label, text, length, clip)
        return length

    # -- step layouts; each returns the step's ideal length in seconds --------------------------

    def narration(self, s: NarrationStep) -> float:
        return self.say(0.0, "narration", s.text, s.clip or "") + s.pause_after_s

    def silence(self, s: SilenceStep) -> float:
        length = s.duration_s * (self.flex_scale if s.flexible else 1.0)
        if s.flexible:
            self.flex_ideal_s += length
        if s.caption:
            self.emit(0.0, "caption", "silence", s.caption)
        return length

    def pace_delta(self, sample: int) -> float:
        """The live pace change (breaths per minute) for a breath starting at ``sample``."""
        return sum(change.delta_bpm for change in self.pace if change.from_sample <= sample)

    def breath(self, s: BreathStep, a: Adaptation) -> float:
        hold_factor = 0.0 if a.drop_breath_holds else 1.0
        target = None
        if s.duration_s is not None:
            target = s.duration_s * (self.flex_scale if s.flexible else 1.0)
        offset = 0.0
        cycle = 0
        # Cycle starts are anchor + k * period while the period stays the same, so a steady
        # pattern never accumulates rounding; a ramp or a live pace change moves the anchor.
        anchor_offset, anchor_cycle, anchor_period = 0.0, 0, -1.0
        while True:
            bpm = s.rate_at(offset)
            delta = self.pace_delta(self.sample_at(offset))
            if delta:
                bpm = min(MAX_LIVE_BPM, max(MIN_LIVE_BPM, (bpm or s.base_bpm) + delta))
            inhale, hold_in, exhale, hold_out = s.phase_seconds(bpm)
            period = inhale + exhale + (hold_in + hold_out) * hold_factor
            if target is not None and cycle > 0 and offset + period / 2 > target:
                break
            if s.cycles is not None and cycle >= s.cycles:
                break
            if period != anchor_period:
                anchor_offset, anchor_cycle, anchor_period = offset, cycle, period
            at = anchor_offset + (cycle - anchor_cycle) * period
            cycle_bpm = 60.0 / period
            for phase, secs in (
                ("inhale", inhale),
                ("hold-in", hold_in * hold_factor),
                ("exhale", exhale),
                ("hold-out", hold_out * hold_factor),
            ):
                if secs <= 0:
                    continue
                ph: Phase = phase  # type: ignore[assignment]
                self.emit(at, "cue", phase, PHASE_WORDS[ph], secs)
                self.phases.append(
                    BreathPhase(self.sample_at(at), self.sample_at(at + secs), ph, cycle_bpm)
                )
                at += secs
            cycle += 1
            offset = anchor_offset + (cycle - anchor_cycle) * period
        if s.flexible:
            self.flex_ideal_s += offset
        return offset

    def pmr(self, s: PmrStep, a: Adaptation) -> tuple[float, str]:
        mode = "release-only" if a.release_only else s.mode
        side = self.profile.side_word(s.side)
        other = {"right": "left", "left": "right"}.get(side, "")

        def words(text: str) -> str:
            out = text.replace("{side}", side).replace("{other_side}", other)
            return " ".join(out.split())

        self.emit(0.0, "cue", "step", s.title)
        t = 0.8
        t += self.say(t, "focus", words(s.text.focus)) + 1.0
        if mode == "tension-release":
            t += self.say(t, "tense", words(s.text.tense))
            self.emit(t, "caption", "tension", "Gentle effort, just enough to notice", s.tension_s)
            window_end = t + s.tension_s - 0.3
            at = t + 1.0
            for line in s.text.hold:
                length = self.speech_length(words(line))
                if at + length > window_end:
                    break
                self.say(at, "hold", words(line))
                at += length + 0.5
            t += s.tension_s
            release_text = s.text.release
        else:
            release_text = {
                "release-only": s.text.release_only,
                "recall": s.text.recall,
                "cue-controlled": s.text.cue_controlled,
            }[mode]
        release_start = t
        spoken = self.say(t, "release", words(release_text))
        release_end = release_start + max(s.release_s, spoken + 2.0)
        self.emit(t, "caption", "release", "Let go, and notice", release_end - release_start)
        lines = [words(x) for x in s.text.notice]
        if lines:
            first = release_start + spoken + 3.0
            slot = (release_end - 2.0 - first) / len(lines)
            for i, line in enumerate(lines):
                at = first + i * max(slot, 0.0)
                if at + self.speech_length(line) > release_end - 1.0:
                    break
                self.say(at, "notice", line)
        return release_end + s.gap_s, mode

    def movement(self, s: MovementStep, a: Adaptation) -> tuple[float, Position | None, int]:
        cap = min(a.max_position, self.profile.capacity, key=POSITIONS.index)
        allowed = [p for p in s.variants.available() if POSITIONS.index(p) <= POSITIONS.index(cap)]
        if a.skip or not allowed:
            return 0.0, None, 0
        position = s.preferred if s.preferred in allowed else allowed[-1]
        reps = s.reps
        if a.reps_factor < 1.0:
            reps = min(s.reps, max(a.min_reps, math.floor(s.reps * a.reps_factor)))
        self.emit(0.0, "cue", "step", s.title)
        t = 0.8
        t += self.say(t, "instruction", s.variants.text_for(position)) + 1.0
        sides = (
            [""]
            if s.sides == "none"
            else [self.profile.side_word("dominant"), self.profile.side_word("non-dominant")]
        )
        rep_s = s.seconds_per_rep + s.hold_s
        for n, side in enumerate(sides):
            if side:
                t += (
                    self.say(t, "side", f"{'Now the ' if n else 'Start with the '}{side} side.")
                    + 0.8
                )
            for rep in range(reps):
                self.emit(t + rep * rep_s, "cue", "count", f"{rep + 1} of {reps}")
            t += reps * rep_s + 1.0
        return t + s.rest_s, position, reps

    # -- driver -------------------------------------------------------------------------------

    def run(self) -> Plan:
        self.start = 0
        self.index = -1
        self.emit(0.0, "cue", "bell", "Beginning")
        for i, step in enumerate(self.routine.steps):
            self.index = i
            self.start = round(self.t_ideal * self.rate)
            self.emit(0.0, "step", step.kind, _step_title(step))
            length, plan_step = self.layout(i, step)
            self.t_ideal += length
            end = round(self.t_ideal * self.rate)
            self.steps.append(
                PlanStep(
                    index=i,
                    kind=step.kind,
                    title=_step_title(step),
                    start=self.start,
                    end=end,
                    mode=plan_step.mode,
                    position=plan_step.position,
                    regions=plan_step.regions,
                    adapted_by=plan_step.adapted_by,
                    skipped=plan_step.skipped,
                )
            )
        self.index = len(self.routine.steps)
        self.start = round(self.t_ideal * self.rate)
        self.emit(0.0, "cue", "bell", "Practice complete")
        total = self.start + round(BELL_RING_S * self.rate)
        self.events.append(Event(total, "end", self.index, "end", ""))
        self.events.sort(key=lambda e: e.sample)
        return Plan(
            routine_id=self.routine.id,
            title=self.routine.title,
            sample_rate=self.rate,
            total_samples=total,
            events=tuple(self.events),
            steps=tuple(self.steps),
            phases=tuple(self.phases),
            notes=tuple(self.notes),
            flex_scale=self.flex_scale,
            pace=self.pace,
        )

    def layout(self, i: int, step: Step) -> tuple[float, PlanStep]:
        blank = PlanStep(i, step.kind, "", 0, 0)
        if isinstance(step, NarrationStep):
            return self.narration(step), blank
        if isinstance(step, SilenceStep):
            return self.silence(step), blank
        if isinstance(step, CheckInStep):
            self.emit(0.0, "check-in", step.moment, f"Check-in ({step.moment})")
            return 0.0, blank
        if isinstance(step, JournalStep):
            self.emit(0.0, "journal", "prompt", step.prompt)
            return 0.0, blank
        if isinstance(step, BreathStep):
            a = adapt(self.rules, StepContext("breath", frozenset(), frozenset()), self.profile)
            if a.drop_breath_holds and step.has_holds:
                self.notes.append(f"step {i}: breath holds left out ({', '.join(a.rules)})")
            return self.breath(step, a), PlanStep(i, step.kind, "", 0, 0, adapted_by=a.rules)
        if isinstance(step, PmrStep):
            regions = self.profile.regions_for(step.side, step.parts, step.regions)
            a = adapt(self.rules, StepContext("pmr", regions, frozenset(step.tags)), self.profile)
            length, mode = self.pmr(step, a)
            return length, PlanStep(
                i,
                step.kind,
                "",
                0,
                0,
                mode=mode,
                regions=tuple(sorted(regions)),
                adapted_by=a.rules,
            )
        regions = self.profile.regions_for("both", step.parts, ())
        a = adapt(self.rules, StepContext("movement", regions, frozenset(step.tags)), self.profile)
        length, position, _reps = self.movement(step, a)
        if position is None:
            self.notes.append(
                f"step {i} ({step.title}) left out: "
                + (", ".join(a.rules) or f"no variant for capacity {self.profile.capacity}")
            )
        return length, PlanStep(
            i,
            step.kind,
            "",
            0,
            0,
            position=position,
            regions=tuple(sorted(regions)),
            adapted_by=a.rules,
            skipped=position is None,
        )


def _step_title(step: Step) -> str:
    title = getattr(step, "title", "")
    if title:
        return str(title)
    if isinstance(step, NarrationStep):  # name it by its opening words: "Welcome. Find a…"
        words = step.text.split()
        return " ".join(words[:4]) + ("…" if len(words) > 4 else "")
    if isinstance(step, SilenceStep) and step.caption:
        return step.caption
    return {
        "narration": "Guidance",
        "silence": "Quiet time",
        "check-in": "Check-in",
        "journal": "Journal",
        "breath": "Breathing",
    }.get(step.kind, step.kind)


def compile_routine(
    routine: Routine,
    profile: Profile | None = None,
    *,
    rules: RuleSet = EMPTY_RULES,
    speech_length: SpeechLength = estimate_speech_s,
    minutes: float | None = None,
    rate: int = SAMPLE_RATE,
    pace: tuple[PaceChange, ...] = (),
    flex_scale: float | None = None,
) -> Plan:
    """Adapt ``routine`` to ``profile`` and lay it out in samples at ``rate``.

    ``pace`` holds live pace changes; ``flex_scale`` repeats an earlier plan's stretch of its
    flexible parts, so a recompiled plan is identical to the old one before the change.
    """
    profile = profile or Profile()
    if flex_scale is not None:
        return _Builder(routine, profile, rules, speech_length, rate, flex_scale, pace).run()
    nominal = _Builder(routine, profile, rules, speech_length, rate, 1.0, pace)
    plan = nominal.run()
    if minutes is None:
        return plan
    if not routine.is_flexible:
        raise CompileError(
            f"{routine.id} has a fixed length; --minutes applies to routines with "
            "flexible parts (breathing, body scan)"
        )
    fixed_s = plan.duration_s - nominal.flex_ideal_s
    room = minutes * 60.0 - fixed_s
    if room < 10.0:
        shortest = math.ceil((fixed_s + 10.0) / 60.0)
        raise CompileError(f"{routine.id} needs at least {shortest} minutes")
    scale = room / nominal.flex_ideal_s
    return _Builder(routine, profile, rules, speech_length, rate, scale, pace).run()


compile = compile_routine
