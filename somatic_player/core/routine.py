"""The routine model: metadata plus an ordered list of steps, validated on construction.

A routine is data a clinician may edit by hand, so every field has plain bounds and every bound
violation explains itself (``must be between 1 and 20 seconds, got 0``). The models are frozen
and reject unknown keys; the JSON Schema for editors is generated from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from somatic_player.core.bodymap import PARTS, is_region

SCHEMA_VERSION = 1

RoutineKind = Literal["breathing", "pmr", "movement", "body-scan", "mixed"]
Position = Literal["lying", "seated", "standing"]
PmrMode = Literal["tension-release", "release-only", "recall", "cue-controlled"]
BodySide = Literal["dominant", "non-dominant", "both", "right", "left"]
POSITIONS: tuple[Position, ...] = ("lying", "seated", "standing")

# Words that ask a muscle to work; release-only text must contain none of them (CONTENT.md).
TENSION_VERBS = re.compile(
    r"\b(tens(e|es|ed|ing)|tighten\w*|squeez\w*|clench\w*|fists?|press(es|ed|ing)?|"
    r"bit(e|es|ing)|curl(s|ed|ing)?)\b",
    re.IGNORECASE,
)


def tension_verbs_in(text: str) -> list[str]:
    """The tension verbs found in ``text`` (empty when the text only invites letting go)."""
    return [m.group(0) for m in TENSION_VERBS.finditer(text)]


def _fmt(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _between(lo: float, hi: float, unit: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if not lo <= value <= hi:
            shown = _fmt(value)
            if len(shown) > 24:
                shown = shown[:20] + "..."
            raise PydanticCustomError(
                "out_of_range",
                "must be between {lo} and {hi}{unit}, got {got}",
                {"lo": _fmt(lo), "hi": _fmt(hi), "unit": f" {unit}" if unit else "", "got": shown},
            )
        return value

    return check


@dataclass(frozen=True)
class Between:
    """An inclusive range with a unit, explained in plain words when violated."""

    lo: float
    hi: float
    unit: str = ""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(
            _between(self.lo, self.hi, self.unit), handler(source)
        )

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        out = handler(schema)
        out.update(minimum=self.lo, maximum=self.hi)
        return out


Text = Annotated[str, Field(max_length=2000)]
ShortText = Annotated[str, Field(max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, allow_inf_nan=False, str_strip_whitespace=True
    )


def _check_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    unknown = sorted(set(parts) - PARTS)
    if unknown:
        raise PydanticCustomError(
            "unknown_part",
            "names unknown body parts {unknown}; known parts are {known}",
            {"unknown": ", ".join(unknown), "known": ", ".join(sorted(PARTS))},
        )
    return parts


def _check_regions(codes: tuple[int, ...]) -> tuple[int, ...]:
    bad = [c for c in codes if not is_region(c)]
    if bad:
        raise PydanticCustomError(
            "unknown_region",
            "has codes that are not CHOIR body-map regions: {bad} (front 101-136, back 201-238)",
            {"bad": ", ".join(str(c) for c in bad)},
        )
    return codes


Parts = Annotated[tuple[str, ...], Field(max_length=30), AfterValidator(_check_parts)]
Regions = Annotated[tuple[int, ...], Field(max_length=74), AfterValidator(_check_regions)]
Tags = Annotated[tuple[Annotated[str, Field(max_length=40)], ...], Field(max_length=30)]


class BreathStep(_Model):
    """Paced breathing, by seconds per phase or by rate and inhale:exhale ratio."""

    kind: Literal["breath"]
    title: ShortText = ""
    inhale_s: Annotated[float, Between(1, 20, "seconds")] | None = None
    exhale_s: Annotated[float, Between(1, 30, "seconds")] | None = None
    hold_in_s: Annotated[float, Between(0, 20, "seconds")] = 0.0
    hold_out_s: Annotated[float, Between(0, 20, "seconds")] = 0.0
    rate_bpm: Annotated[float, Between(2, 20, "breaths per minute")] | None = None
    ratio: Annotated[str, Field(pattern=r"^\d{1,2}(\.\d{1,2})?:\d{1,2}(\.\d{1,2})?$")] | None = None
    duration_s: Annotated[float, Between(10, 4 * 3600, "seconds")] | None = None
    cycles: Annotated[int, Between(1, 2000, "breaths")] | None = None
    ramp_from_bpm: Annotated[float, Between(2, 20, "breaths per minute")] | None = None
    ramp_bpm_per_min: Annotated[float, Between(0.1, 1.0, "breaths per minute per minute")] = 1.0
    flexible: bool = False

    @model_validator(mode="after")
    def _one_pattern_one_length(self) -> BreathStep:
        by_seconds = self.inhale_s is not None or self.exhale_s is not None
        by_rate = self.rate_bpm is not None
        if by_seconds == by_rate:
            raise PydanticCustomError(
                "pattern",
                "needs either inhale_s and exhale_s, or rate_bpm (and an optional ratio), not both",
            )
        if by_seconds and (self.inhale_s is None or self.exhale_s is None):
            raise PydanticCustomError("pattern", "needs both inhale_s and exhale_s")
        if self.ratio is not None and not by_rate:
            raise PydanticCustomError("pattern", "ratio only goes with rate_bpm")
        if self.ratio is not None:
            inhale, exhale = (float(x) for x in self.ratio.split(":"))
            if inhale <= 0 or exhale <= 0:
                raise PydanticCustomError("pattern", "ratio parts must both be above zero")
        if (self.duration_s is None) == (self.cycles is None):
            raise PydanticCustomError("length", "needs either duration_s or cycles, not both")
        if self.flexible and self.duration_s is None:
            raise PydanticCustomError("length", "a flexible breath step needs duration_s")
        return self

    @property
    def has_holds(self) -> bool:
        return self.hold_in_s > 0 or self.hold_out_s > 0

    @property
    def base_bpm(self) -> float:
        """The pattern's own rate in breaths per minute."""
        if self.rate_bpm is not None:
            return self.rate_bpm
        assert self.inhale_s is not None and self.exhale_s is not None
        return 60.0 / (self.inhale_s + self.exhale_s + self.hold_in_s + self.hold_out_s)

    def rate_at(self, offset_s: float) -> float | None:
        """The ramped rate ``offset_s`` into the step; None when the pattern does not ramp."""
        if self.ramp_from_bpm is None or self.rate_bpm is None:
            return None
        moved = self.ramp_bpm_per_min * offset_s / 60.0
        if self.ramp_from_bpm > self.rate_bpm:
            return max(self.rate_bpm, self.ramp_from_bpm - moved)
        return min(self.rate_bpm, self.ramp_from_bpm + moved)

    def phase_seconds(self, rate_bpm: float | None = None) -> tuple[float, float, float, float]:
        """(inhale, hold_in, exhale, hold_out) seconds; at ``rate_bpm`` when given (ramps, live
        pace changes), keeping the holds and the inhale:exhale proportion."""
        if rate_bpm is None and self.rate_bpm is None:
            assert self.inhale_s is not None and self.exhale_s is not None
            return (self.inhale_s, self.hold_in_s, self.exhale_s, self.hold_out_s)
        bpm = rate_bpm if rate_bpm is not None else self.base_bpm
        if self.inhale_s is not None and self.exhale_s is not None:
            i, e = self.inhale_s, self.exhale_s
        else:
            i, e = (1.0, 1.5) if self.ratio is None else (float(x) for x in self.ratio.split(":"))
        breathing = 60.0 / bpm - self.hold_in_s - self.hold_out_s
        if breathing < 2.0:
            breathing = 2.0
        inhale = breathing * i / (i + e)
        return (inhale, self.hold_in_s, breathing - inhale, self.hold_out_s)


class PmrText(_Model):
    """The words for one muscle group, per mode. ``{side}``/``{other_side}`` become right/left."""

    focus: Text
    tense: Text = ""
    hold: tuple[Text, ...] = ()
    release: Text = ""
    notice: tuple[Text, ...] = ()
    release_only: Text
    recall: Text = ""
    cue_controlled: Text = ""

    @model_validator(mode="after")
    def _release_only_words_are_gentle(self) -> PmrText:
        for name in ("focus", "release_only"):
            found = tension_verbs_in(getattr(self, name))
            if found:
                raise PydanticCustomError(
                    "tension_word",
                    "is spoken in release-only mode but asks for tension ({words})",
                    {"field": name, "words": ", ".join(found)},
                )
        for i, line in enumerate(self.notice):
            found = tension_verbs_in(line)
            if found:
                raise PydanticCustomError(
                    "tension_word",
                    "is spoken in release-only mode but asks for tension ({words})",
                    {"field": "notice", "index": i, "words": ", ".join(found)},
                )
        return self


class PmrStep(_Model):
    """One progressive-muscle-relaxation group."""

    kind: Literal["pmr"]
    group: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
    title: ShortText
    side: BodySide = "both"
    parts: Parts = ()
    regions: Regions = ()
    mode: PmrMode = "tension-release"
    tension_s: Annotated[float, Between(3, 10, "seconds")] = 6.0
    release_s: Annotated[float, Between(10, 60, "seconds")] = 35.0
    gap_s: Annotated[float, Between(0, 20, "seconds")] = 4.0
    tags: Tags = ()
    text: PmrText

    @model_validator(mode="after")
    def _has_words_for_mode(self) -> PmrStep:
        if not self.parts and not self.regions:
            raise PydanticCustomError("regions", "needs parts or regions (what the group covers)")
        if self.mode == "tension-release" and not (self.text.tense and self.text.release):
            raise PydanticCustomError(
                "text", "tension-release mode needs text.tense and text.release"
            )
        if self.text.tense and "never to the point of pain or cramp" not in self.text.tense.lower():
            raise PydanticCustomError(
                "text",
                "text.tense must say 'never to the point of pain or cramp' (gentle effort only)",
            )
        if self.mode == "recall" and not self.text.recall:
            raise PydanticCustomError("text", "recall mode needs text.recall")
        if self.mode == "cue-controlled" and not self.text.cue_controlled:
            raise PydanticCustomError("text", "cue-controlled mode needs text.cue_controlled")
        return self


class MovementVariants(_Model):
    """Instructions per position; at least two positions (CONTENT.md)."""

    lying: Text | None = None
    seated: Text | None = None
    standing: Text | None = None

    @model_validator(mode="after")
    def _at_least_two(self) -> MovementVariants:
        if len(self.available()) < 2:
            raise PydanticCustomError(
                "variants", "needs instructions for at least two of lying, seated, standing"
            )
        return self

    def available(self) -> tuple[Position, ...]:
        return tuple(p for p in POSITIONS if getattr(self, p))

    def text_for(self, position: Position) -> str:
        value: str | None = getattr(self, position)
        return value or ""


class MovementStep(_Model):
    """A gentle exercise with position variants, repetitions and tempo."""

    kind: Literal["movement"]
    exercise: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
    title: ShortText
    preferred: Position = "seated"
    reps: Annotated[int, Between(1, 30, "repetitions")] = 5
    seconds_per_rep: Annotated[float, Between(1, 30, "seconds")] = 4.0
    hold_s: Annotated[float, Between(0, 30, "seconds")] = 0.0
    sides: Literal["none", "each"] = "none"
    parts: Parts = ()
    tags: Tags = ()
    rest_s: Annotated[float, Between(0, 60, "seconds")] = 5.0
    variants: MovementVariants

    @model_validator(mode="after")
    def _preferred_exists(self) -> MovementStep:
        if self.preferred not in self.variants.available():
            raise PydanticCustomError(
                "variants",
                "preferred position {p} has no instructions in variants",
                {"p": self.preferred},
            )
        return self


class NarrationStep(_Model):
    """A spoken line (synthesized, or a recorded clip beside the routine file)."""

    kind: Literal["narration"]
    text: Text
    clip: Annotated[str, Field(max_length=200, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")] | None = (
        None
    )
    pause_after_s: Annotated[float, Between(0, 60, "seconds")] = 1.5


class SilenceStep(_Model):
    """Quiet time, optionally with a caption; flexible silences stretch with --minutes."""

    kind: Literal["silence"]
    duration_s: Annotated[float, Between(1, 4 * 3600, "seconds")]
    caption: Text = ""
    flexible: bool = False


class CheckInStep(_Model):
    """A before/after rating point; the player pauses here for the check-in."""

    kind: Literal["check-in"]
    moment: Literal["before", "after", "during"]


class JournalStep(_Model):
    """An open, non-interpretive journal prompt."""

    kind: Literal["journal"]
    prompt: Text


Step = Annotated[
    BreathStep | PmrStep | MovementStep | NarrationStep | SilenceStep | CheckInStep | JournalStep,
    Field(discriminator="kind"),
]
STEP_KINDS = ("breath", "pmr", "movement", "narration", "silence", "check-in", "journal")


class Safety(_Model):
    contains_breath_holds: bool = False
    contains_standing: bool = False
    contains_tension: bool = False
    notes: tuple[Text, ...] = ()


class Routine(_Model):
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
    steps: Annotated[tuple[Step, ...], Field(min_length=1, max_length=2000)]

    @model_validator(mode="after")
    def _safety_flags_match_steps(self) -> Routine:
        holds = any(isinstance(s, BreathStep) and s.has_holds for s in self.steps)
        if holds and not self.safety.contains_breath_holds:
            raise PydanticCustomError(
                "safety",
                "has breath holds, so safety.contains_breath_holds must be true",
            )
        return self

    @property
    def is_flexible(self) -> bool:
        """True when --minutes may change the length (flexible breath or silence steps)."""
        return any(getattr(s, "flexible", False) for s in self.steps)

    @property
    def practice_positions(self) -> tuple[Position, ...]:
        """The positions the practice can be done in: declared, else the movement steps' own."""
        found = set(self.positions) or {
            p for s in self.steps if isinstance(s, MovementStep) for p in s.variants.available()
        }
        return tuple(p for p in POSITIONS if p in found)
