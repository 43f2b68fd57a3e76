"""What the person chose for one session: pace, ratio, PMR mode, anchor, and so on.

A routine's ``[options]`` table says what may be chosen; :class:`Choices` carries the choice into
``compile_routine(..., choices=...)``. A choice a routine does not offer is simply not used (one
``Choices`` can come from the person's saved preferences and go to any routine), but a choice the
routine offers with a value outside its list is refused with a plain reason: the session should
never quietly run at a pace nobody picked.

Recompiling a plan (a live pace change, the speech to prepare) must pass the same ``Choices``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, get_args

from somatic_player.core.routine import (
    ANCHORS,
    MAX_START_BPM,
    PMR_MODES,
    Anchor,
    PmrMode,
    Routine,
    parse_ratio,
)

PainfulAreas = Literal["visit", "skip"]
# A tapped natural rate outside this range is a mis-measurement, not a breathing rate.
NATURAL_BPM_RANGE = (2.0, 40.0)


class ChoiceError(ValueError):
    """A choice the routine offers, but not with this value."""


@dataclass(frozen=True)
class Choices:
    """One session's choices; every field left at its default means "the routine's default".

    ``pace_bpm``/``ratio``: the preferred pace of ``adjustable`` breath steps (and the target of a
    gentle ramp). ``natural_bpm``: the person's measured natural rate (tap each out-breath for a
    minute); a gentle ramp starts there, never above ``MAX_START_BPM``. ``cycles``: how many
    breaths for routines that offer a count (1-3 sighs). ``pmr_mode``/``learning``: how muscle
    relaxation runs (learning does each group twice). ``anchor``/``eyes_open``: body-scan
    anchor and eyes-open guidance. ``painful_areas``: body-scan areas rated above 0 today are
    visited gently (``"visit"``) or passed over (``"skip"``).
    """

    pace_bpm: float | None = None
    ratio: str | None = None
    natural_bpm: float | None = None
    cycles: int | None = None
    pmr_mode: PmrMode | None = None
    learning: bool = False
    anchor: Anchor | None = None
    eyes_open: bool = False
    painful_areas: PainfulAreas = "visit"

    def __post_init__(self) -> None:
        for name in ("pace_bpm", "natural_bpm"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
            ):
                raise ChoiceError(f"{name} must be a number of breaths per minute")
        if self.natural_bpm is not None:
            lo, hi = NATURAL_BPM_RANGE
            if not lo <= self.natural_bpm <= hi:
                raise ChoiceError(
                    f"a natural rate of {self.natural_bpm:g} breaths a minute looks like a "
                    f"mis-measurement (expected {lo:g}-{hi:g}); measure again"
                )
        if self.ratio is not None:
            try:
                inhale, exhale = parse_ratio(self.ratio)
            except ValueError:
                raise ChoiceError(f"ratio must look like 1:1.5, got {self.ratio!r}") from None
            if inhale <= 0 or exhale <= 0:
                raise ChoiceError("ratio parts must both be above zero")
        if self.cycles is not None and (isinstance(self.cycles, bool) or self.cycles < 1):
            raise ChoiceError("cycles must be a whole number of at least 1")
        if self.pmr_mode is not None and self.pmr_mode not in PMR_MODES:
            raise ChoiceError(f"pmr_mode must be one of {', '.join(PMR_MODES)}")
        if self.anchor is not None and self.anchor not in ANCHORS:
            raise ChoiceError(f"anchor must be one of {', '.join(ANCHORS)}")
        if self.painful_areas not in get_args(PainfulAreas):
            raise ChoiceError("painful_areas must be 'visit' or 'skip'")


@dataclass(frozen=True)
class Resolved:
    """The choices as they apply to one routine, defaults filled in."""

    pace_bpm: float | None
    ratio: str | None
    natural_bpm: float | None
    cycles: int | None
    pmr_mode: PmrMode | None
    learning: bool
    anchor: Anchor
    eyes_open: bool
    painful_areas: PainfulAreas


def resolve(routine: Routine, choices: Choices) -> Resolved:
    """Apply ``choices`` to what ``routine`` offers; ChoiceError names an out-of-list value."""
    opts = routine.options
    pace_bpm: float | None = None
    ratio: str | None = None
    if opts.pace is not None:
        pace_bpm = opts.pace.default_bpm if choices.pace_bpm is None else choices.pace_bpm
        if not opts.pace.offers_bpm(pace_bpm):
            offered = ", ".join(f"{p:g}" for p in opts.pace.paces())
            raise ChoiceError(
                f"{routine.id} offers paces of {offered} breaths a minute, not {pace_bpm:g}"
            )
        ratio = opts.pace.default_ratio if choices.ratio is None else choices.ratio
        if ratio not in opts.pace.ratios:
            raise ChoiceError(
                f"{routine.id} offers in:out ratios {', '.join(opts.pace.ratios)}, not {ratio}"
            )
    cycles = None
    if opts.cycles and choices.cycles is not None:
        if choices.cycles not in opts.cycles:
            shown = ", ".join(str(c) for c in opts.cycles)
            raise ChoiceError(f"{routine.id} offers {shown} breaths, not {choices.cycles}")
        cycles = choices.cycles
    mode = None
    if opts.pmr_modes and choices.pmr_mode is not None:
        if choices.pmr_mode not in opts.pmr_modes:
            raise ChoiceError(
                f"{routine.id} offers the modes {', '.join(opts.pmr_modes)}, not {choices.pmr_mode}"
            )
        mode = choices.pmr_mode
    anchor: Anchor = opts.default_anchor or (opts.anchors[0] if opts.anchors else "breath")
    if opts.anchors and choices.anchor is not None:
        if choices.anchor not in opts.anchors:
            raise ChoiceError(
                f"{routine.id} offers the anchors {', '.join(opts.anchors)}, not {choices.anchor}"
            )
        anchor = choices.anchor
    natural = None
    if choices.natural_bpm is not None:
        natural = min(float(choices.natural_bpm), MAX_START_BPM)
    return Resolved(
        pace_bpm=pace_bpm,
        ratio=ratio,
        natural_bpm=natural,
        cycles=cycles,
        pmr_mode=mode,
        learning=choices.learning and opts.learning,
        anchor=anchor,
        eyes_open=choices.eyes_open and opts.eyes_open,
        painful_areas=choices.painful_areas,
    )
