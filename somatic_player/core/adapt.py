"""Data-driven adaptation rules: when a condition holds for a step and profile, change the step.

Rules are data (``scripts/rules/adaptation.toml``), read by the content package and handed to the
compiler. This module defines what a rule may say and how a set of rules is applied; it adds no
rule of its own, so every behaviour can be traced to one named rule and its test.

A rule applies to one kind of step (``breath``, ``pmr``, ``movement``), to a whole routine
(``routine``: its longest length, whether it is offered at all) or to the day (``today``: a
suggestion the app shows, which changes nothing by itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from somatic_player.core.profile import Profile
from somatic_player.core.routine import PmrMode, Position, RoutineKind


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)


class Conditions(_Model):
    """All given conditions must hold (logical AND). An empty set always holds."""

    region_pain_at_least: Annotated[int, Field(ge=0, le=10)] | None = None
    dont_tense_region: bool | None = None
    flare_day: bool | None = None
    within_hours_of_session: Annotated[float, Field(gt=0, le=24 * 14)] | None = None
    back_problem: bool | None = None
    neck_problem: bool | None = None
    step_tag: Annotated[str, Field(max_length=40)] | None = None
    # The step holds the breath (breath steps with hold_in_s or hold_out_s).
    breath_holds: bool | None = None
    breath_hold_screen_cleared: bool | None = None
    # The person first practised 4-7-8 less than this many days ago (or never, or unknown).
    within_days_of_first_478: Annotated[float, Field(gt=0, le=3650)] | None = None
    dizzy_reports_at_least: Annotated[int, Field(ge=1, le=100)] | None = None
    # The person's capacity today is below standing.
    limited_capacity: bool | None = None
    routine_kind: RoutineKind | None = None


SUGGESTION_FIELDS = (
    "suggest",
    "suggest_routines",
    "suggest_pmr_mode",
    "suggest_pace_delta_bpm",
    "suggest_max_minutes",
)
# Which actions make sense for which kind of rule; anything else is refused when loading.
ALLOWED_ACTIONS: dict[str, frozenset[str]] = {
    "breath": frozenset({"drop_breath_holds", "not_offered", "max_cycles"}),
    "pmr": frozenset({"pmr_mode", "not_offered"}),
    "movement": frozenset({"max_position", "skip", "reps_factor", "not_offered"}),
    "routine": frozenset({"max_minutes", "not_offered"}),
    "today": frozenset(SUGGESTION_FIELDS),
}


class Actions(_Model):
    """What a matching rule changes. Several rules may act on one step; the gentler wins."""

    pmr_mode: Literal["release-only"] | None = None
    drop_breath_holds: bool | None = None
    max_position: Position | Literal["capacity"] | None = None
    skip: bool | None = None
    reps_factor: Annotated[float, Field(gt=0, le=1)] | None = None
    min_reps: Annotated[int, Field(ge=1, le=10)] = 3
    # The routine is not offered (hidden in the library) while the rule holds.
    not_offered: bool | None = None
    max_cycles: Annotated[int, Field(ge=1, le=100)] | None = None
    # A flexible routine is shortened to this; a routine that cannot be is not offered.
    max_minutes: Annotated[float, Field(ge=1, le=480)] | None = None
    # "today" rules: what the app suggests. Nothing changes unless the person takes it up.
    suggest: Annotated[str, Field(max_length=400)] | None = None
    suggest_routines: Annotated[
        tuple[Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")], ...],
        Field(max_length=10),
    ] = ()
    suggest_pmr_mode: PmrMode | None = None
    suggest_pace_delta_bpm: Annotated[float, Field(ge=-2, le=2)] | None = None
    suggest_max_minutes: Annotated[float, Field(ge=1, le=60)] | None = None

    @model_validator(mode="after")
    def _does_something(self) -> Actions:
        if not self.used():
            raise ValueError("a rule must change something")
        if self.used() & set(SUGGESTION_FIELDS) and self.suggest is None:
            raise ValueError("a suggestion needs its words in suggest")
        return self

    def used(self) -> set[str]:
        """The names of the actions this rule sets."""
        return {
            name
            for name in ALLOWED_ACTIONS["breath"]
            | ALLOWED_ACTIONS["pmr"]
            | ALLOWED_ACTIONS["movement"]
            | ALLOWED_ACTIONS["routine"]
            | ALLOWED_ACTIONS["today"]
            if getattr(self, name) not in (None, ())
        }


class Rule(_Model):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
    description: Annotated[str, Field(max_length=400)]
    applies_to: Literal["breath", "pmr", "movement", "routine", "today"]
    when: Conditions = Conditions()
    then: Actions

    @model_validator(mode="after")
    def _actions_fit_the_target(self) -> Rule:
        wrong = sorted(self.then.used() - ALLOWED_ACTIONS[self.applies_to])
        if wrong:
            raise ValueError(
                f"a rule for {self.applies_to} cannot use {', '.join(wrong)} "
                f"(it may use {', '.join(sorted(ALLOWED_ACTIONS[self.applies_to]))})"
            )
        return self


class RuleSet(_Model):
    schema_version: Literal[1]
    rules: tuple[Rule, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> RuleSet:
        ids = [r.id for r in self.rules]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"rule ids must be unique: {', '.join(dupes)}")
        return self


EMPTY_RULES = RuleSet(schema_version=1, rules=())

_ORDER: tuple[Position, ...] = ("lying", "seated", "standing")


@dataclass(frozen=True, slots=True)
class StepContext:
    """What a condition may look at for one step (or, for kind "routine"/"today", the whole)."""

    kind: str
    regions: frozenset[int]
    tags: frozenset[str]
    has_holds: bool = False
    routine_kind: str = ""


@dataclass(frozen=True, slots=True)
class Adaptation:
    """The combined effect of every rule that matched one step."""

    rules: tuple[str, ...] = ()
    release_only: bool = False
    drop_breath_holds: bool = False
    max_position: Position = "standing"
    skip: bool = False
    reps_factor: float = 1.0
    min_reps: int = 3
    not_offered: tuple[str, ...] = ()
    max_cycles: int | None = None
    max_minutes: float | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Something the app may suggest today; the person decides, nothing changes by itself."""

    rule: str
    text: str
    routines: tuple[str, ...] = ()
    pmr_mode: str | None = None
    pace_delta_bpm: float | None = None
    max_minutes: float | None = None


def holds(cond: Conditions, step: StepContext, profile: Profile) -> bool:
    """True when every condition that the rule states is met."""
    if cond.region_pain_at_least is not None and not any(
        profile.pain.get(code, 0) >= cond.region_pain_at_least for code in step.regions
    ):
        return False
    if cond.dont_tense_region is not None and (
        bool(step.regions & profile.dont_tense) != cond.dont_tense_region
    ):
        return False
    if cond.flare_day is not None and profile.flare_day != cond.flare_day:
        return False
    if cond.within_hours_of_session is not None:
        hours = profile.hours_since_session()
        recent = (
            hours is not None
            and 0 <= hours < cond.within_hours_of_session
            and not profile.slept_since_session
        )
        if not recent:
            return False
    if cond.back_problem is not None and profile.back_problem != cond.back_problem:
        return False
    if cond.neck_problem is not None and profile.neck_problem != cond.neck_problem:
        return False
    if cond.breath_holds is not None and step.has_holds != cond.breath_holds:
        return False
    if cond.breath_hold_screen_cleared is not None and (
        (profile.breath_hold_screen == "cleared") != cond.breath_hold_screen_cleared
    ):
        return False
    if cond.within_days_of_first_478 is not None:
        days = profile.days_since_first_478()
        # Never practised, or no clock to tell: count it as the first days (the careful side).
        if days is not None and days >= cond.within_days_of_first_478:
            return False
    if (
        cond.dizzy_reports_at_least is not None
        and profile.dizzy_reports_7d < cond.dizzy_reports_at_least
    ):
        return False
    if cond.limited_capacity is not None and (
        (profile.capacity != "standing") != cond.limited_capacity
    ):
        return False
    if cond.routine_kind is not None and step.routine_kind != cond.routine_kind:
        return False
    return cond.step_tag is None or cond.step_tag in step.tags


def _smaller(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def adapt(rules: RuleSet, step: StepContext, profile: Profile) -> Adaptation:
    """Apply every matching rule to one step, combining effects towards the gentler choice."""
    result = Adaptation(max_position=profile.capacity)
    matched: list[str] = []
    for rule in rules.rules:
        if rule.applies_to != step.kind or not holds(rule.when, step, profile):
            continue
        matched.append(rule.id)
        act = rule.then
        cap = result.max_position
        if act.max_position is not None:
            wanted = profile.capacity if act.max_position == "capacity" else act.max_position
            cap = min(cap, wanted, key=_ORDER.index)
        cycles = _smaller(result.max_cycles, act.max_cycles)
        result = Adaptation(
            rules=(),
            release_only=result.release_only or act.pmr_mode == "release-only",
            drop_breath_holds=result.drop_breath_holds or bool(act.drop_breath_holds),
            max_position=cap,
            skip=result.skip or bool(act.skip),
            reps_factor=min(result.reps_factor, act.reps_factor or 1.0),
            min_reps=max(result.min_reps, act.min_reps) if act.reps_factor else result.min_reps,
            not_offered=result.not_offered + ((rule.id,) if act.not_offered else ()),
            max_cycles=None if cycles is None else int(cycles),
            max_minutes=_smaller(result.max_minutes, act.max_minutes),
        )
    return Adaptation(
        rules=tuple(matched),
        release_only=result.release_only,
        drop_breath_holds=result.drop_breath_holds,
        max_position=result.max_position,
        skip=result.skip,
        reps_factor=result.reps_factor,
        min_reps=result.min_reps,
        not_offered=result.not_offered,
        max_cycles=result.max_cycles,
        max_minutes=result.max_minutes,
    )


def suggestions(rules: RuleSet, profile: Profile) -> tuple[Suggestion, ...]:
    """What the app may suggest today (flare day, repeated dizziness...), in rule order."""
    today = StepContext("today", frozenset(), frozenset())
    out: list[Suggestion] = []
    for rule in rules.rules:
        if rule.applies_to != "today" or not holds(rule.when, today, profile):
            continue
        act = rule.then
        assert act.suggest is not None  # checked when the rule was loaded
        out.append(
            Suggestion(
                rule=rule.id,
                text=act.suggest,
                routines=act.suggest_routines,
                pmr_mode=act.suggest_pmr_mode,
                pace_delta_bpm=act.suggest_pace_delta_bpm,
                max_minutes=act.suggest_max_minutes,
            )
        )
    return tuple(out)
