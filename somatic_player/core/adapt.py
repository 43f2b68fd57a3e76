"""Data-driven adaptation rules: when a condition holds for a step and profile, change the step.

Rules are data (``scripts/rules/adaptation.toml``), read by the content package and handed to the
compiler. This module defines what a rule may say and how a set of rules is applied; it adds no
rule of its own, so every behaviour can be traced to one named rule and its test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from somatic_player.core.profile import Profile
from somatic_player.core.routine import Position


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


class Actions(_Model):
    """What a matching rule changes. Several rules may act on one step; the gentler wins."""

    pmr_mode: Literal["release-only"] | None = None
    drop_breath_holds: bool | None = None
    max_position: Position | Literal["capacity"] | None = None
    skip: bool | None = None
    reps_factor: Annotated[float, Field(gt=0, le=1)] | None = None
    min_reps: Annotated[int, Field(ge=1, le=10)] = 3

    @model_validator(mode="after")
    def _does_something(self) -> Actions:
        fields = (
            self.pmr_mode,
            self.drop_breath_holds,
            self.max_position,
            self.skip,
            self.reps_factor,
        )
        if all(v is None for v in fields):
            raise ValueError("a rule must change something")
        return self


class Rule(_Model):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
    description: Annotated[str, Field(max_length=400)]
    applies_to: Literal["breath", "pmr", "movement"]
    when: Conditions = Conditions()
    then: Actions


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
    """What a condition may look at for one step."""

    kind: str
    regions: frozenset[int]
    tags: frozenset[str]


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
    return cond.step_tag is None or cond.step_tag in step.tags


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
        result = Adaptation(
            rules=(),
            release_only=result.release_only or act.pmr_mode == "release-only",
            drop_breath_holds=result.drop_breath_holds or bool(act.drop_breath_holds),
            max_position=cap,
            skip=result.skip or bool(act.skip),
            reps_factor=min(result.reps_factor, act.reps_factor or 1.0),
            min_reps=max(result.min_reps, act.min_reps) if act.reps_factor else result.min_reps,
        )
    return Adaptation(
        rules=tuple(matched),
        release_only=result.release_only,
        drop_breath_holds=result.drop_breath_holds,
        max_position=result.max_position,
        skip=result.skip,
        reps_factor=result.reps_factor,
        min_reps=result.min_reps,
    )
