"""compile(routine, profile) -> Plan: adapt each step to the person and lay it out in samples.

Every position is ``step_start + round(offset_in_step * rate)`` where the step start itself is the
rounded ideal cumulative time, so rounding never accumulates. Speech is placed with its real
length (``speech_length`` is asked for every line before anything is laid out).

The person's choices for the session (pace, ratio, PMR mode, anchor...; see ``core.choices``)
and the adaptation rules decide what each step becomes; routine-wide rules can shorten a session
or keep a routine from being offered at all (:func:`not_offered`).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

from somatic_player.core.adapt import (
    EMPTY_RULES,
    Adaptation,
    RuleSet,
    StepContext,
    adapt,
)
from somatic_player.core.breath_layout import breath_step
from somatic_player.core.choices import ChoiceError, Choices, resolve
from somatic_player.core.movement_layout import movement_step
from somatic_player.core.plan import (
    SAMPLE_RATE,
    CountMark,
    Event,
    PaceChange,
    Plan,
    PlanStep,
    split_key,
)
from somatic_player.core.pmr_layout import pmr_group
from somatic_player.core.profile import Profile
from somatic_player.core.routine import (
    POSITIONS,
    AnchorStep,
    BreathStep,
    CheckInStep,
    JournalStep,
    MovementStep,
    NarrationStep,
    PmrMode,
    PmrStep,
    Position,
    Routine,
    ScanStep,
    SilenceStep,
    Step,
)
from somatic_player.core.spoken_words import ENGLISH, SpokenWords
from somatic_player.core.timeline import CompileError, SpeechLength, Timeline

__all__ = [
    "CompileError",
    "SpeechLength",
    "compile",
    "compile_routine",
    "estimate_speech_s",
    "minutes_limit",
    "not_offered",
]

BELL_RING_S = 5.0
LEAD_IN_S = 1.0
# A plan may end this much past a rule's longest length (whole breaths, rounding).
MAX_MINUTES_SLACK_S = 15.0


def estimate_speech_s(text: str) -> float:
    """A speaking-time guess (about 150 words a minute) for when no speech engine is present;
    ``text`` may be a speech key (``"lang:es:..."``)."""
    words = len(split_key(text)[1].split())
    return 0.3 + words / 2.5 if words else 0.0


def step_context(routine: Routine, step: Step, profile: Profile) -> StepContext | None:
    """What the rules see of one step (None for steps no rule applies to)."""
    if isinstance(step, BreathStep):
        return StepContext(
            "breath", frozenset(), frozenset(step.tags), step.has_holds, routine.kind
        )
    if isinstance(step, PmrStep):
        regions = profile.regions_for(step.side, step.parts, step.regions)
        return StepContext("pmr", regions, frozenset(step.tags), routine_kind=routine.kind)
    if isinstance(step, MovementStep):
        regions = profile.regions_for("both", step.parts, ())
        return StepContext("movement", regions, frozenset(step.tags), routine_kind=routine.kind)
    return None


def routine_context(routine: Routine) -> StepContext:
    return StepContext(
        "routine",
        frozenset(),
        frozenset(routine.tags),
        routine.has_breath_holds,
        routine.kind,
    )


@dataclass
class _Builder(Timeline):
    pmr_adaptations: dict[int, Adaptation] = field(default_factory=dict)
    pmr_mode: PmrMode | None = None
    count_marks: list[CountMark] = field(default_factory=list)

    # -- step layouts; each returns the step's ideal length in seconds --------------------------

    def narration(self, s: NarrationStep) -> float | None:
        """None when the line is not for the mode the muscle relaxation runs in today."""
        if s.pmr_modes and (self.pmr_mode or "tension-release") not in s.pmr_modes:
            return None
        if self.chosen.eyes_open and s.eyes_open:
            return self.say(0.0, "narration", s.eyes_open) + s.pause_after_s
        return self.say(0.0, "narration", s.text, s.clip or "") + s.pause_after_s

    def silence(self, s: SilenceStep) -> float | None:
        if s.pmr_modes and (self.pmr_mode or "tension-release") not in s.pmr_modes:
            return None
        length = self.stretch(s.duration_s, s.flexible)
        if s.caption:
            self.emit(0.0, "caption", "silence", s.caption)
        return length

    def anchor(self, s: AnchorStep) -> float:
        spoken = self.say(0.0, "anchor", s.text_for(self.chosen.anchor))
        return spoken + self.stretch(s.pause_after_s, s.flexible)

    def scan(self, s: ScanStep) -> tuple[float, str | None, frozenset[int]]:
        """(length, how the area was visited, its regions); length 0 when passed over."""
        regions = self.profile.regions_for(s.side, s.parts, s.regions)
        sore = any(self.profile.pain.get(code, 0) > 0 for code in regions)
        if sore and self.chosen.painful_areas == "skip":
            return 0.0, None, regions
        side = self.profile.side_word(s.side)
        text = self.words.fill_sides(s.gentle if sore else s.text, side)
        t = 0.8 + self.say(0.8, "scan", " ".join(text.split()))
        dwell = self.stretch(s.dwell_s, s.flexible)
        self.emit(t, "caption", "scan", s.title, dwell)
        return t + dwell, "gentle" if sore else "scan", regions

    def rules_doing(self, a: Adaptation, action: str) -> str:
        """The ids of the matched rules whose ``action`` decided the outcome (for notes)."""
        wanted = getattr(a, action)
        return ", ".join(
            r.id
            for r in self.rules.rules
            if r.id in a.rules and getattr(r.then, action) is not None
            if getattr(r.then, action) == wanted
        )

    def pmr(self, i: int, s: PmrStep) -> tuple[float, PmrMode]:
        mode = self.mode_of(i, s)
        return pmr_group(self, s, mode, self.chosen.learning), mode

    def mode_of(self, i: int, s: PmrStep) -> PmrMode:
        """The chosen mode, or the step's own; tensing gives way to release-only when a rule
        says so (the other modes never tense)."""
        mode = self.chosen.pmr_mode or s.mode
        if self.pmr_adaptations[i].release_only and mode == "tension-release":
            return "release-only"
        return mode

    def movement(self, s: MovementStep, a: Adaptation) -> tuple[float, Position | None, int]:
        return movement_step(self, s, a, self.count_marks)

    # -- driver -------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Adapt the PMR groups first: the introduction depends on the mode they end up in."""
        modes: list[PmrMode] = []
        for i, step in enumerate(self.routine.steps):
            if isinstance(step, PmrStep):
                context = step_context(self.routine, step, self.profile)
                assert context is not None
                self.pmr_adaptations[i] = adapt(self.rules, context, self.profile)
                modes.append(self.mode_of(i, step))
        if not modes:
            return
        first = next(s for s in self.routine.steps if isinstance(s, PmrStep))
        wanted = self.chosen.pmr_mode or first.mode
        # When every group has become release-only (a flare day, the day of a session), the
        # routine is introduced as release-only: nobody hears "tighten" and then is told not to.
        self.pmr_mode = "release-only" if set(modes) == {"release-only"} else wanted

    def run(self) -> Plan:
        self.prepare()
        self.start = 0
        self.index = -1
        self.emit(0.0, "cue", "bell", self.words.beginning)
        for i, step in enumerate(self.routine.steps):
            self.index = i
            self.start = round(self.t_ideal * self.rate)
            events_before = len(self.events)
            self.emit(0.0, "step", step.kind, _step_title(step, self.words))
            length, plan_step = self.layout(i, step)
            if plan_step.skipped:
                del self.events[events_before:]  # a left-out step says nothing
            self.t_ideal += length
            end = round(self.t_ideal * self.rate)
            self.steps.append(
                dataclasses.replace(
                    plan_step, title=_step_title(step, self.words), start=self.start, end=end
                )
            )
        self.index = len(self.routine.steps)
        self.start = round(self.t_ideal * self.rate)
        self.emit(0.0, "cue", "bell", self.words.complete)
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
            counts=tuple(self.count_marks),
            language=self.language,
        )

    def layout(self, i: int, step: Step) -> tuple[float, PlanStep]:
        blank = PlanStep(i, step.kind, "", 0, 0)
        if isinstance(step, NarrationStep | SilenceStep):
            length = self.narration(step) if isinstance(step, NarrationStep) else self.silence(step)
            if length is None:  # not for the mode the relaxation runs in today
                return 0.0, dataclasses.replace(blank, skipped=True)
            return length, blank
        if isinstance(step, AnchorStep):
            return self.anchor(step), blank
        if isinstance(step, CheckInStep):
            moment = self.words.moments[step.moment]
            self.emit(0.0, "check-in", step.moment, self.words.check_in.format(moment=moment))
            return 0.0, blank
        if isinstance(step, JournalStep):
            self.emit(0.0, "journal", "prompt", step.prompt)
            return 0.0, blank
        if isinstance(step, ScanStep):
            length, how, regions = self.scan(step)
            if how is None:
                self.notes.append(f"step {i} ({step.title}) passed over: rated above 0 today")
            return length, dataclasses.replace(
                blank, mode=how, regions=tuple(sorted(regions)), skipped=how is None
            )
        context = step_context(self.routine, step, self.profile)
        assert context is not None
        if isinstance(step, BreathStep):
            a = adapt(self.rules, context, self.profile)
            if a.drop_breath_holds and step.has_holds:
                why = self.rules_doing(a, "drop_breath_holds")
                self.notes.append(f"step {i}: breath holds left out ({why})")
            cycles = step.cycles if self.chosen.cycles is None else self.chosen.cycles
            if a.max_cycles is not None and (cycles is None or cycles > a.max_cycles):
                why = self.rules_doing(a, "max_cycles")
                self.notes.append(f"step {i}: at most {a.max_cycles} breaths ({why})")
            return breath_step(self, step, a), dataclasses.replace(blank, adapted_by=a.rules)
        if isinstance(step, PmrStep):
            a = self.pmr_adaptations[i]
            length, mode = self.pmr(i, step)
            return length, dataclasses.replace(
                blank, mode=mode, regions=tuple(sorted(context.regions)), adapted_by=a.rules
            )
        a = adapt(self.rules, context, self.profile)
        length, position, reps = self.movement(step, a)
        if position is None:
            self.notes.append(
                f"step {i} ({step.title}) left out: "
                + (", ".join(a.rules) or f"no variant for capacity {self.profile.capacity}")
            )
        return length, dataclasses.replace(
            blank,
            position=position,
            regions=tuple(sorted(context.regions)),
            adapted_by=a.rules,
            skipped=position is None,
            exercise=step.exercise,
            reps=reps,
        )


def _step_title(step: Step, spoken: SpokenWords = ENGLISH) -> str:
    title = getattr(step, "title", "")
    if title:
        return str(title)
    if isinstance(step, NarrationStep):  # name it by its opening words: "Welcome. Find a…"
        words = step.text.split()
        return " ".join(words[:4]) + ("…" if len(words) > 4 else "")
    if isinstance(step, SilenceStep) and step.caption:
        return step.caption
    return spoken.step_titles.get(step.kind, step.kind)


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
    choices: Choices | None = None,
    freeze_ramp_at: int | None = None,
    strict: bool = False,
) -> Plan:
    """Adapt ``routine`` to ``profile`` and lay it out in samples at ``rate``.

    ``minutes`` sets the length of a flexible routine (default: its ``options.default_minutes``,
    else its steps' own lengths). ``pace`` holds live pace changes; ``flex_scale`` repeats an
    earlier plan's stretch of its flexible parts, so a recompiled plan is identical to the old
    one before the change. ``choices`` are the person's choices for the session (a recompile
    must pass the same ones). ``freeze_ramp_at`` ("stay at this pace") stops a gentle ramp
    from that sample on. With ``strict``, a spoken line that does not fit its window is a
    CompileError instead of a note (content tests use it).
    """
    profile = with_patient_settings(profile or Profile(), routine)
    try:
        chosen = resolve(routine, choices or Choices())
    except ChoiceError as exc:
        raise CompileError(str(exc)) from None

    def builder(scale: float) -> _Builder:
        return _Builder(
            routine,
            profile,
            rules,
            speech_length,
            rate,
            scale,
            chosen,
            pace,
            freeze_ramp_at,
            strict,
            t_ideal=LEAD_IN_S,
        )

    if flex_scale is not None:
        return builder(flex_scale).run()
    whole = adapt(rules, routine_context(routine), profile)
    limit = whole.max_minutes
    shortened = ""
    if minutes is None:
        minutes = routine.options.default_minutes
    if limit is not None and minutes is not None and minutes > limit:
        minutes, shortened = limit, f"kept to {limit:g} minutes ({', '.join(whole.rules)})"
    nominal = builder(1.0)
    plan = nominal.run()
    if minutes is None and limit is not None and plan.duration_s > limit * 60 + MAX_MINUTES_SLACK_S:
        if not routine.is_flexible:
            raise _too_long(routine, limit, whole)
        minutes, shortened = limit, f"kept to {limit:g} minutes ({', '.join(whole.rules)})"
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
        if shortened:
            raise _too_long(routine, minutes, whole)
        shortest = math.ceil((fixed_s + 10.0) / 60.0)
        raise CompileError(f"{routine.id} needs at least {shortest} minutes")
    # Scale what the file declares: whole breaths round each breathing part to within half a
    # breath of its stretched length, so the session ends within half a breath of ``minutes``.
    plan = builder(room / nominal.flex_declared_s).run()
    if shortened:
        plan = dataclasses.replace(plan, notes=(*plan.notes, shortened))
    return plan


def _too_long(routine: Routine, limit: float, whole: Adaptation) -> CompileError:
    return CompileError(
        f"{routine.title} is longer than {limit:g} minutes, the most suggested today "
        f"({', '.join(whole.rules)}); choose a shorter practice"
    )


def with_patient_settings(profile: Profile, routine: Routine) -> Profile:
    """``profile`` with the settings a clinician carried in the routine: their don't-tense
    regions added, the lower of the two capacities, and their handedness."""
    patient = routine.patient
    capacity = profile.capacity
    if patient.capacity is not None and POSITIONS.index(patient.capacity) < POSITIONS.index(
        capacity
    ):
        capacity = patient.capacity
    changes: dict[str, object] = {}
    if patient.dont_tense:
        changes["dont_tense"] = profile.dont_tense | frozenset(patient.dont_tense)
    if capacity != profile.capacity:
        changes["capacity"] = capacity
    if patient.handedness is not None and patient.handedness != profile.handedness:
        changes["handedness"] = patient.handedness
    return dataclasses.replace(profile, **changes) if changes else profile  # type: ignore[arg-type]


def minutes_limit(routine: Routine, profile: Profile, rules: RuleSet) -> float | None:
    """The longest session a routine-wide rule allows today (None: no limit)."""
    return adapt(rules, routine_context(routine), profile).max_minutes


def not_offered(
    routine: Routine,
    profile: Profile,
    rules: RuleSet,
    *,
    speech_length: SpeechLength = estimate_speech_s,
    choices: Choices | None = None,
) -> tuple[str, ...]:
    """The ids of the rules that keep ``routine`` from being offered to ``profile`` today
    (empty: offer it). The library hides or greys out such routines and says why.

    A routine whose usual length is over a rule's ``max_minutes`` is not offered (a 45-minute
    body scan is not squeezed into 10 minutes); asked for anyway, a flexible one is shortened.
    """
    profile = with_patient_settings(profile, routine)
    found: list[str] = []
    for step in routine.steps:
        context = step_context(routine, step, profile)
        if context is not None:
            found += adapt(rules, context, profile).not_offered
    whole = adapt(rules, routine_context(routine), profile)
    found += whole.not_offered
    if whole.max_minutes is not None:
        per_step = RuleSet(
            schema_version=1, rules=tuple(r for r in rules.rules if r.applies_to != "routine")
        )
        try:
            usual = compile_routine(
                routine, profile, rules=per_step, speech_length=speech_length, choices=choices
            ).duration_s
        except CompileError:
            usual = math.inf
        if usual > whole.max_minutes * 60 + MAX_MINUTES_SLACK_S:
            found += [
                r.id for r in rules.rules if r.id in whole.rules and r.then.max_minutes is not None
            ]
    return tuple(dict.fromkeys(found))


compile = compile_routine
