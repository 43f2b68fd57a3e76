"""What one check-in says: overall ratings plus a body map of rated regions.

These are plain values shared by the body-map widget, the history store, the exports and the
adaptation profile. Ratings are the 0-10 numeric rating scale (0 no pain, 10 worst imaginable);
qualities come from a fixed, generic list (no copyrighted instrument's wording).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from somatic_player.core.bodymap import REGIONS, is_region

RATING_MIN = 0
RATING_MAX = 10

QUALITIES: tuple[str, ...] = (
    "aching",
    "throbbing",
    "sharp",
    "shooting",
    "burning",
    "tingling",
    "electric",
    "numb",
    "cramping",
    "tender",
    "heavy",
    "stiff",
)


def check_rating(name: str, value: int | None) -> None:
    """Raise ValueError unless ``value`` is None or a whole number from 0 to 10."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number from {RATING_MIN} to {RATING_MAX}")
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValueError(f"{name} must be from {RATING_MIN} to {RATING_MAX}, got {value}")


@dataclass(frozen=True, slots=True)
class RegionRating:
    """One rated body-map region: 0-10, optional qualities, optionally the worst area."""

    code: int
    rating: int
    qualities: frozenset[str] = frozenset()
    worst: bool = False

    def __post_init__(self) -> None:
        if not is_region(self.code):
            raise ValueError(
                f"{self.code} is not a CHOIR body-map region (front 101-136, back 201-238)"
            )
        check_rating(f"the rating of region {self.code}", self.rating)
        unknown = sorted(set(self.qualities) - set(QUALITIES))
        if unknown:
            raise ValueError(
                f"unknown pain qualit{'y' if len(unknown) == 1 else 'ies'}: {', '.join(unknown)}"
            )
        if not isinstance(self.qualities, frozenset):
            object.__setattr__(self, "qualities", frozenset(self.qualities))


@dataclass(frozen=True)
class BodyMapRatings:
    """The rated regions of one check-in, keyed by CHOIR code.

    ``no_pain`` is the explicit "no pain anywhere" answer, which differs from an unanswered map:
    it holds no regions. At most one region is marked worst.
    """

    regions: Mapping[int, RegionRating] = field(default_factory=lambda: MappingProxyType({}))
    no_pain: bool = False

    def __post_init__(self) -> None:
        frozen = MappingProxyType(dict(self.regions))
        for code, rating in frozen.items():
            if code != rating.code:
                raise ValueError(f"region {rating.code} is filed under code {code}")
        if self.no_pain and frozen:
            raise ValueError("'no pain' cannot also have rated regions")
        if sum(1 for r in frozen.values() if r.worst) > 1:
            raise ValueError("only one region can be marked as the worst area")
        object.__setattr__(self, "regions", frozen)

    @classmethod
    def of(cls, ratings: Iterable[RegionRating], *, no_pain: bool = False) -> BodyMapRatings:
        return cls(MappingProxyType({r.code: r for r in ratings}), no_pain)

    @property
    def is_empty(self) -> bool:
        """Nothing answered: no rated region and no "no pain"."""
        return not self.regions and not self.no_pain

    @property
    def painful(self) -> dict[int, int]:
        """Code -> rating for the regions rated above 0 (the count is "widespreadness")."""
        return {c: r.rating for c, r in self.regions.items() if r.rating > 0}

    @property
    def worst(self) -> int | None:
        for code, rating in self.regions.items():
            if rating.worst:
                return code
        return None

    def with_rating(self, rating: RegionRating) -> BodyMapRatings:
        """A copy with this region set (marking it worst unmarks any other)."""
        regions = dict(self.regions)
        if rating.worst:
            regions = {c: _unmark(r) for c, r in regions.items()}
        regions[rating.code] = rating
        return BodyMapRatings(MappingProxyType(regions), no_pain=False)

    def without(self, code: int) -> BodyMapRatings:
        regions = {c: r for c, r in self.regions.items() if c != code}
        return BodyMapRatings(MappingProxyType(regions), self.no_pain)


def _unmark(rating: RegionRating) -> RegionRating:
    if not rating.worst:
        return rating
    return RegionRating(rating.code, rating.rating, rating.qualities, False)


@dataclass(frozen=True, slots=True)
class RegionChange:
    """Before-to-after change of one region: raw points and percent (None from a 0 start)."""

    code: int
    before: int
    after: int

    @property
    def points(self) -> int:
        return self.after - self.before

    @property
    def percent(self) -> float | None:
        if self.before == 0:
            return None
        return 100.0 * (self.after - self.before) / self.before


def region_changes(before: BodyMapRatings, after: BodyMapRatings) -> list[RegionChange]:
    """Per-region change for every region rated in either map (an unrated region counts as 0),
    in code order. Descriptive only: the caller words it without a verdict."""
    codes = sorted(set(before.regions) | set(after.regions))
    out = []
    for code in codes:
        b = before.regions.get(code)
        a = after.regions.get(code)
        out.append(RegionChange(code, b.rating if b else 0, a.rating if a else 0))
    return out


def peg3_score(pain: int, enjoyment: int, activity: int) -> float:
    """PEG-3 (Krebs 2009): the mean of the three 0-10 items, to one decimal ((6, 7, 4) -> 5.7)."""
    for name, value in (("pain", pain), ("enjoyment", enjoyment), ("activity", activity)):
        check_rating(f"PEG {name}", value)
    # Round half up on the exact fraction so 5.65 never becomes 5.6 through float error.
    tenths = (pain + enjoyment + activity) * 10
    q, r = divmod(tenths, 3)
    return (q + (1 if 2 * r >= 3 else 0)) / 10


ALL_CODES: tuple[int, ...] = tuple(REGIONS)
