"""The vocabulary and checked field types shared by the routine models.

Bounds explain themselves in plain words (``must be between 1 and 20 seconds, got 0``) because a
clinician editing a file by hand reads them; models are frozen and reject unknown keys.
"""

from __future__ import annotations

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
    ValidationInfo,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from somatic_player.core import language_rules
from somatic_player.core.bodymap import PARTS, is_region
from somatic_player.core.language_rules import ENGLISH

SCHEMA_VERSION = 1

RoutineKind = Literal["breathing", "pmr", "movement", "body-scan", "mixed"]
Position = Literal["lying", "seated", "standing"]
PmrMode = Literal["tension-release", "release-only", "recall", "cue-controlled", "rapid"]
BodySide = Literal["dominant", "non-dominant", "both", "right", "left"]
Anchor = Literal["breath", "feet", "hands", "sounds"]
POSITIONS: tuple[Position, ...] = ("lying", "seated", "standing")
PMR_MODES: tuple[PmrMode, ...] = (
    "tension-release",
    "release-only",
    "recall",
    "cue-controlled",
    "rapid",
)
ANCHORS: tuple[Anchor, ...] = ("breath", "feet", "hands", "sounds")
# Lengths a flexible breathing routine offers unless its [options] say otherwise (issue 5).
SESSION_MINUTES: tuple[float, ...] = (1, 3, 5, 10, 15, 20)
# A gentle ramp never starts faster than this, whatever the measured natural rate (CONTENT.md).
MAX_START_BPM = 12.0
# Every body-scan area rated above 0 is visited with this invitation (CONTENT.md); the Spanish
# and German wording is in ``core.language_rules``, with every other per-language word list.
GENTLE_VISIT = ENGLISH.gentle_visit_words

# Words that ask a muscle to work; release-only text must contain none of them (CONTENT.md).
TENSION_VERBS = ENGLISH.tension_verbs


def tension_verbs_in(text: str, language: str | None = "en") -> list[str]:
    """The tension verbs found in ``text`` (empty when the text only invites letting go), in the
    routine's ``language`` (None: in any shipped language)."""
    return language_rules.tension_verbs_in(text, language)


def context_language(info: ValidationInfo) -> str | None:
    """The content language the loader validates in (``context={"language": "es"}``); None
    when a model is validated without one (then any shipped language's wording is accepted,
    and the routine checks its steps in its own language afterwards)."""
    context = info.context
    if isinstance(context, dict):
        language = context.get("language")
        if isinstance(language, str):
            return language
    return None


def parse_ratio(ratio: str) -> tuple[float, float]:
    """``"1:1.5"`` -> ``(1.0, 1.5)`` (the pattern is checked by the models that hold ratios)."""
    inhale, exhale = (float(x) for x in ratio.split(":"))
    return inhale, exhale


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


class Model(BaseModel):
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
Ratio = Annotated[str, Field(pattern=r"^\d{1,2}(\.\d{1,2})?:\d{1,2}(\.\d{1,2})?$")]


def check_ratio(ratio: str) -> None:
    inhale, exhale = parse_ratio(ratio)
    if inhale <= 0 or exhale <= 0:
        raise PydanticCustomError("pattern", "ratio parts must both be above zero")
