"""The routine model: metadata, options and an ordered list of steps, validated on construction.

A routine is data a clinician may edit by hand, so every field has plain bounds and every bound
violation explains itself (``must be between 1 and 20 seconds, got 0``). The models are frozen
and reject unknown keys; the JSON Schema for editors is generated from them. The field types live
in ``routine_fields`` and the steps in ``routine_steps``; everything is importable from here.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from somatic_player.core.language_rules import effort_problem, gentle_visit_ok, rules_for
from somatic_player.core.routine_fields import (
    ANCHORS,
    GENTLE_VISIT,
    MAX_START_BPM,
    PMR_MODES,
    POSITIONS,
    SCHEMA_VERSION,
    SESSION_MINUTES,
    TENSION_VERBS,
    Anchor,
    Between,
    BodySide,
    Model,
    PmrMode,
    Position,
    Ratio,
    Regions,
    RoutineKind,
    ShortText,
    Tags,
    Text,
    check_ratio,
    context_language,
    parse_ratio,
    tension_verbs_in,
)
from somatic_player.core.routine_steps import (
    STEP_KINDS,
    AnchorStep,
    BreathStep,
    CheckInStep,
    JournalStep,
    MovementStep,
    MovementVariants,
    NarrationStep,
    PmrStep,
    PmrText,
    ScanStep,
    SilenceStep,
    Step,
)

__all__ = [
    "ANCHORS",
    "GENTLE_VISIT",
    "MAX_START_BPM",
    "PMR_MODES",
    "POSITIONS",
    "SCHEMA_VERSION",
    "SESSION_MINUTES",
    "STEP_KINDS",
    "TENSION_VERBS",
    "Anchor",
    "AnchorStep",
    "BodySide",
    "BreathStep",
    "CheckInStep",
    "JournalStep",
    "MovementStep",
    "MovementVariants",
    "NarrationStep",
    "PaceOptions",
    "PmrMode",
    "PmrStep",
    "PmrText",
    "Position",
    "Routine",
    "RoutineKind",
    "RoutineOptions",
    "Safety",
    "ScanStep",
    "SilenceStep",
    "Step",
    "parse_ratio",
    "tension_verbs_in",
]


class Safety(Model):
    contains_breath_holds: bool = False
    contains_standing: bool = False
    contains_tension: bool = False
    notes: tuple[Text, ...] = ()


class PatientSettings(Model):
    """What a clinician set for the one person a routine was made for, carried in the file:
    regions never to tense (their muscle groups are only let go), the most demanding position
    (movement never goes above it) and handedness. Empty: the person's own settings apply."""

    dont_tense: Regions = ()
    capacity: Position | None = None
    handedness: Literal["right", "left"] | None = None


Minutes = Annotated[float, Between(1, 480, "minutes")]


class PaceOptions(Model):
    """The paces and inhale:exhale ratios a person may choose for ``adjustable`` breath steps."""

    min_bpm: Annotated[float, Between(3, MAX_START_BPM, "breaths per minute")]
    max_bpm: Annotated[float, Between(3, MAX_START_BPM, "breaths per minute")]
    step_bpm: Annotated[float, Between(0.1, 2, "breaths per minute")] = 0.5
    default_bpm: Annotated[float, Between(3, MAX_START_BPM, "breaths per minute")]
    ratios: Annotated[tuple[Ratio, ...], Field(min_length=1, max_length=10)]
    default_ratio: Ratio

    @model_validator(mode="after")
    def _defaults_are_offered(self) -> PaceOptions:
        for ratio in self.ratios:
            check_ratio(ratio)
        if self.min_bpm > self.max_bpm:
            raise PydanticCustomError("pace", "min_bpm must not be above max_bpm")
        if not self.offers_bpm(self.default_bpm):
            raise PydanticCustomError(
                "pace", "default_bpm must be one of the offered paces", {"field": "default_bpm"}
            )
        if self.default_ratio not in self.ratios:
            raise PydanticCustomError(
                "pace", "default_ratio must be one of ratios", {"field": "default_ratio"}
            )
        return self

    def paces(self) -> tuple[float, ...]:
        """Every offered pace, slowest first (``4.5, 5.0, ... 7.0``)."""
        count = round((self.max_bpm - self.min_bpm) / self.step_bpm)
        return tuple(round(self.min_bpm + k * self.step_bpm, 3) for k in range(count + 1))

    def offers_bpm(self, bpm: float) -> bool:
        return any(abs(bpm - p) < 1e-6 for p in self.paces())


class RoutineOptions(Model):
    """What the person may choose when a session starts; the choice arrives at compile time
    (``compile_routine(..., choices=Choices(...))``, see ``core.choices``)."""

    minutes: Annotated[
        tuple[Minutes, ...],
        Field(
            max_length=12,
            description="Session lengths offered for a flexible routine (its flexible steps "
            "stretch to fit). Empty: 1, 3, 5, 10, 15 and 20 minutes for breathing routines.",
        ),
    ] = ()
    default_minutes: Annotated[
        Minutes | None,
        Field(description="The length used when none is chosen; unset: the steps' own lengths."),
    ] = None
    pace: Annotated[
        PaceOptions | None,
        Field(description="Paces and in:out ratios a person may choose (adjustable steps)."),
    ] = None
    cycles: Annotated[
        tuple[Annotated[int, Between(1, 100, "breaths")], ...],
        Field(
            max_length=20,
            description="Breath counts offered for breath steps that count breaths (1-3 sighs).",
        ),
    ] = ()
    pmr_modes: Annotated[
        tuple[PmrMode, ...],
        Field(
            max_length=5,
            description="Modes the muscle relaxation may run in; every pmr step needs the words "
            "for each.",
        ),
    ] = ()
    learning: Annotated[
        bool, Field(description="Learning mode (each group done twice) may be chosen.")
    ] = False
    anchors: Annotated[
        tuple[Anchor, ...],
        Field(max_length=4, description="Anchors a person may choose for the anchor steps."),
    ] = ()
    default_anchor: Anchor | None = None
    eyes_open: Annotated[
        bool,
        Field(description="Eyes-open guidance may be chosen (narration steps' eyes_open text)."),
    ] = False

    @model_validator(mode="after")
    def _defaults_are_offered(self) -> RoutineOptions:
        if (
            self.default_minutes is not None
            and self.minutes
            and (self.default_minutes not in self.minutes)
        ):
            raise PydanticCustomError(
                "options",
                "default_minutes must be one of minutes",
                {"field": "default_minutes"},
            )
        if self.default_anchor is not None and self.default_anchor not in self.anchors:
            raise PydanticCustomError(
                "options", "default_anchor must be one of anchors", {"field": "default_anchor"}
            )
        return self


def _options_problem(routine: Routine) -> str:
    """Why the routine's [options] do not fit its steps ("" when they do)."""
    opts = routine.options
    steps = routine.steps
    if (opts.minutes or opts.default_minutes is not None) and not routine.is_flexible:
        return "minutes and default_minutes need flexible steps (their length can stretch)"
    breaths = [s for s in steps if isinstance(s, BreathStep)]
    if any(s.adjustable for s in breaths) and opts.pace is None:
        return "adjustable breath steps need [options.pace] (the paces a person may choose)"
    if opts.pace is not None and not any(s.adjustable for s in breaths):
        return "pace applies to adjustable breath steps, and there are none"
    if opts.cycles and not any(s.cycles is not None for s in breaths):
        return "cycles applies to breath steps that count breaths, and there are none"
    pmr = [s for s in steps if isinstance(s, PmrStep)]
    if not pmr and any(isinstance(s, NarrationStep | SilenceStep) and s.pmr_modes for s in steps):
        return "pmr_modes on narration or silence steps need pmr steps"
    if (opts.pmr_modes or opts.learning) and not pmr:
        return "pmr_modes and learning apply to pmr steps, and there are none"
    for mode in opts.pmr_modes:
        for s in pmr:
            missing = s.text.missing_for(mode)
            if missing:
                return f"offers {mode} mode, but the {s.group} group has no {missing}"
    has_anchor = any(isinstance(s, AnchorStep) for s in steps)
    if has_anchor != bool(opts.anchors):
        return "anchor steps and options.anchors go together (one needs the other)"
    if opts.eyes_open and not any(isinstance(s, NarrationStep) and s.eyes_open for s in steps):
        return "eyes_open is offered, but no narration step has eyes_open text"
    return ""


def _language_problem(routine: Routine) -> tuple[int, str] | None:
    """(step index, why) for the first step whose words break the safety wording rules of the
    routine's own language; the loader checks each step in that language as it reads it, this
    covers a routine built without the loader."""
    language = routine.language
    for i, step in enumerate(routine.steps):
        if isinstance(step, PmrStep):
            problem = effort_problem(step.text.tense, language)
            if problem:
                return i, problem
            found = step.text.tension_word_problem(language)
            if found is not None:
                name, index, words = found
                where = f"text.{name}" + (f"[{index}]" if index is not None else "")
                return i, f"{where} is spoken in release-only mode but asks for tension ({words})"
        elif isinstance(step, NarrationStep):
            said = step.tension_word_problem(language)
            if said is not None:
                return i, (
                    f"{said[0]} is spoken only in modes without tensing but asks for tension "
                    f"({said[1]})"
                )
        elif isinstance(step, ScanStep) and not gentle_visit_ok(step.gentle, language):
            words = rules_for(language).gentle_visit_words
            return i, f"gentle must invite the person to notice, '{words}'"
    return None


class Routine(Model):
    """A complete practice: metadata and ordered steps."""

    schema_version: Literal[1]
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
    title: ShortText
    description: Text = ""
    author: ShortText = ""
    version: Annotated[str, Field(max_length=20)] = "1"
    language: Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")] = "en"
    kind: RoutineKind
    tags: Tags = ()
    estimated_minutes: Annotated[float, Between(0.5, 480, "minutes")] | None = None
    positions: Annotated[tuple[Position, ...], Field(max_length=3)] = ()
    safety: Safety = Safety()
    options: RoutineOptions = RoutineOptions()
    patient: PatientSettings = PatientSettings()
    steps: Annotated[tuple[Step, ...], Field(min_length=1, max_length=2000)]

    @model_validator(mode="after")
    def _safety_flags_match_steps(self, info: ValidationInfo) -> Routine:
        if context_language(info) is None:
            found = _language_problem(self)
            if found is not None:
                raise PydanticCustomError(
                    "language", "{why}", {"why": found[1], "field": "steps", "index": found[0]}
                )
        if self.has_breath_holds and not self.safety.contains_breath_holds:
            raise PydanticCustomError(
                "safety",
                "has breath holds, so safety.contains_breath_holds must be true",
            )
        problem = _options_problem(self)
        if problem:
            raise PydanticCustomError("options", "options: {why}", {"why": problem})
        return self

    @property
    def has_breath_holds(self) -> bool:
        return any(isinstance(s, BreathStep) and s.has_holds for s in self.steps)

    @property
    def is_flexible(self) -> bool:
        """True when --minutes may change the length (flexible breath, silence, scan steps)."""
        return any(getattr(s, "flexible", False) for s in self.steps)

    @property
    def offered_minutes(self) -> tuple[float, ...]:
        """The session lengths to offer, shortest first (empty for fixed-length routines)."""
        if not self.is_flexible:
            return ()
        if self.options.minutes:
            return tuple(sorted(self.options.minutes))
        return SESSION_MINUTES if self.kind == "breathing" else ()

    @property
    def offered_pmr_modes(self) -> tuple[PmrMode, ...]:
        """The PMR modes a person may pick (empty: the steps' own modes only)."""
        return self.options.pmr_modes

    @property
    def practice_positions(self) -> tuple[Position, ...]:
        """The positions the practice can be done in: declared, else the movement steps' own."""
        found = set(self.positions) or {
            p for s in self.steps if isinstance(s, MovementStep) for p in s.variants.available()
        }
        return tuple(p for p in POSITIONS if p in found)
