"""What the body map's keys and buttons do to the ratings.

The map, the area list and the rating buttons share one keyboard: number keys rate ("1" then
"0" within a second gives 10), Delete or Backspace clears, W marks the worst area. Each of them
asks :func:`area_command` what a key means and changes the ratings with :func:`edit_area`, so
they cannot drift apart. The words that read ratings back are the map's (``bodymap_widget``)
and the list's (``bodymap_list``: area names and pain qualities in the person's language).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from somatic_player.core.checkin import QUALITIES, BodyMapRatings, RegionRating

TEN_WINDOW_S = 1.0  # "1" then "0" within this long gives 10
DIGITS: dict[int, int] = {getattr(Qt.Key, f"Key_{n}").value: n for n in range(10)}
AreaCommand = int | Literal["clear", "worst"]


class TenKey:
    """Number keys for a 0-10 scale: "1" then "0" within a second gives 10.

    The "1" counts at once (so the person sees it); a "0" that follows it on the same target in
    time turns it into 10. ``clock`` is swappable for tests.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._one: tuple[int, float] | None = None  # (target, when "1" was pressed)

    def press(self, digit: int, target: int) -> int:
        """The rating that pressing ``digit`` gives ``target``."""
        now = self.clock()
        one, self._one = self._one, None
        if digit == 0 and one is not None and one[0] == target and now - one[1] <= TEN_WINDOW_S:
            return 10
        if digit == 1:
            self._one = (target, now)
        return digit

    def reset(self) -> None:
        self._one = None


def is_plain(event: QKeyEvent) -> bool:
    """No modifier held (the keypad does not count: its digits rate too)."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def digit_of(event: QKeyEvent) -> int | None:
    """The number on a plain number key, else None."""
    return DIGITS.get(event.key()) if is_plain(event) else None


def area_command(event: QKeyEvent) -> AreaCommand | None:
    """What a key asks of the current area: a digit, "clear", "worst", or None (not ours)."""
    if not is_plain(event):
        return None
    key = event.key()
    if key in DIGITS:
        return DIGITS[key]
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return "clear"
    if key == Qt.Key.Key_W:
        return "worst"
    return None


def edit_area(
    ratings: BodyMapRatings,
    code: int,
    *,
    rating: int | None = None,
    qualities: frozenset[str] | None = None,
    worst: bool | None = None,
) -> BodyMapRatings:
    """``ratings`` with one thing about an area changed and the rest kept.

    Qualities and the worst mark belong to a rating: on an unrated area they change nothing.
    """
    old = ratings.regions.get(code)
    if old is None:
        if rating is None:
            return ratings
        old = RegionRating(code, rating)
    return ratings.with_rating(
        RegionRating(
            code,
            old.rating if rating is None else rating,
            old.qualities if qualities is None else qualities,
            old.worst if worst is None else worst,
        )
    )


def quality_order(qualities: frozenset[str]) -> list[str]:
    """The qualities in the order the panel shows them."""
    return [q for q in QUALITIES if q in qualities]
