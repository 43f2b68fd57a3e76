"""The person's profile as the compiler sees it: today's pain map, capacity and safety answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Literal

from somatic_player.core.bodymap import Side, codes_for, is_region
from somatic_player.core.progression import MAX_LEVEL
from somatic_player.core.routine import POSITIONS, BodySide, Position

Handedness = Literal["right", "left"]
BreathHoldScreen = Literal["unanswered", "cleared", "not-cleared"]


@dataclass(frozen=True)
class Profile:
    """What adaptation needs to know. ``now`` makes time-based rules pure and testable.

    ``first_478_at`` is when the person first practised 4-7-8 breathing (None: never, so today
    is the first day); ``dizzy_reports_7d`` counts "I feel dizzy" presses in the last 7 days.
    Both come from the history store.
    """

    pain: MappingProxyType[int, int] = field(default_factory=lambda: MappingProxyType({}))
    capacity: Position = "standing"
    handedness: Handedness = "right"
    dont_tense: frozenset[int] = frozenset()
    back_problem: bool = False
    neck_problem: bool = False
    flare_day: bool = False
    last_ketamine_session: datetime | None = None
    slept_since_session: bool = False
    breath_hold_screen: BreathHoldScreen = "unanswered"
    now: datetime | None = None
    first_478_at: datetime | None = None
    dizzy_reports_7d: int = 0
    # The movement progression level (0: the starting 3-5 repetitions); it changes only after a
    # next-morning check (core.progression), never because of today's pain.
    movement_level: int = 0

    def __post_init__(self) -> None:
        for code, nrs in self.pain.items():
            if not is_region(code):
                raise ValueError(
                    f"{code} is not a CHOIR body-map region (front 101-136, back 201-238)"
                )
            if not 0 <= nrs <= 10:
                raise ValueError(f"pain for region {code} must be 0-10, got {nrs}")
        for code in self.dont_tense:
            if not is_region(code):
                raise ValueError(f"{code} is not a CHOIR body-map region")
        if self.capacity not in POSITIONS:
            raise ValueError(f"capacity must be one of {', '.join(POSITIONS)}")
        if isinstance(self.dizzy_reports_7d, bool) or self.dizzy_reports_7d < 0:
            raise ValueError("dizzy_reports_7d must be a whole number of at least 0")
        if isinstance(self.movement_level, bool) or not 0 <= self.movement_level <= MAX_LEVEL:
            raise ValueError(f"movement_level must be a whole number from 0 to {MAX_LEVEL}")

    @staticmethod
    def with_pain(pain: dict[int, int], **kwargs: object) -> Profile:
        return Profile(pain=MappingProxyType(dict(pain)), **kwargs)  # type: ignore[arg-type]

    def hours_since_session(self) -> float | None:
        if self.last_ketamine_session is None or self.now is None:
            return None
        return (self.now - self.last_ketamine_session).total_seconds() / 3600.0

    def days_since_first_478(self) -> float | None:
        """Days since the first 4-7-8 practice; None when unknown (never, or no ``now``)."""
        if self.first_478_at is None or self.now is None:
            return None
        return (self.now - self.first_478_at).total_seconds() / 86400.0

    def allows(self, position: Position) -> bool:
        return POSITIONS.index(position) <= POSITIONS.index(self.capacity)

    def resolve_sides(self, side: BodySide) -> frozenset[Side]:
        dominant: Side = "R" if self.handedness == "right" else "L"
        other: Side = "L" if dominant == "R" else "R"
        table: dict[BodySide, frozenset[Side]] = {
            "dominant": frozenset({dominant}),
            "non-dominant": frozenset({other}),
            "both": frozenset({"R", "L"}),
            "right": frozenset({"R"}),
            "left": frozenset({"L"}),
        }
        return table[side]

    def side_word(self, side: BodySide) -> str:
        """How a script names the side aloud: "right", "left" or "" for both."""
        sides = self.resolve_sides(side)
        if len(sides) == 2:
            return ""
        return "right" if "R" in sides else "left"

    def regions_for(
        self, side: BodySide, parts: tuple[str, ...], extra: tuple[int, ...]
    ) -> frozenset[int]:
        return codes_for(parts, self.resolve_sides(side)) | frozenset(extra)
