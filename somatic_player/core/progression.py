"""Movement dosing and progression (CONTENT.md, "Gentle movement"): pure functions.

Exercises start at 3-5 repetitions (level 0). The level only changes on a plan, after a
next-morning check, never because pain felt low today:

- settled (next morning no higher than before the session): the next session may progress
  one level (1-2 more repetitions per exercise, up to its ``max_reps``);
- still up (next morning 1 point above before): repeat the same level;
- up 2 or more points, or pain above 5/10 during the session: step back one level.

Ratings are the overall "pain right now" 0-10 of the check-ins around the practice. Check-ins
are skippable, so a missing rating never counts as settled: without both numbers the answer
is "repeat" (unless a rating during the session already says "step back").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Decision = Literal["progress", "repeat", "step-back"]

# "Up 2+ points" the next morning steps back (CONTENT.md).
STEP_BACK_RISE = 2
# Pain above this during the session steps back (CONTENT.md: "above 5/10").
STEP_BACK_DURING_ABOVE = 5
# Level 0 is the starting dose; stepping back never goes below it.
MIN_LEVEL = 0
MAX_LEVEL = 20


@dataclass(frozen=True, slots=True)
class NextMorningResult:
    """What the next-morning check decided, and why, in words the app can show."""

    decision: Decision
    reason: str


def _rating(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not 0 <= value <= 10:
        raise ValueError(f"{name} must be a 0-10 rating, got {value!r}")
    return value


def next_morning_decision(
    before: int | None,
    during: Iterable[int],
    next_morning: int | None,
) -> NextMorningResult:
    """Progress, repeat or step back, from the check-ins around one movement session.

    ``before``: pain right now before the session; ``during``: every rating taken during the
    session or in the check-in right after it; ``next_morning``: pain right now the next
    morning. All 0-10; ``None`` when that check-in was skipped.
    """
    base = _rating(before, "before")
    morning = _rating(next_morning, "next_morning")
    highest = max((_rating(v, "during") or 0 for v in during), default=None)
    if highest is not None and highest > STEP_BACK_DURING_ABOVE:
        return NextMorningResult(
            "step-back",
            f"Pain reached {highest}/10 during the session, so next time goes back one level.",
        )
    if base is None or morning is None:
        return NextMorningResult(
            "repeat", "Without both ratings we can't tell how it settled: stay at this level."
        )
    rise = morning - base
    if rise >= STEP_BACK_RISE:
        return NextMorningResult(
            "step-back",
            f"Pain is {rise} points higher than before the session, so next time goes back "
            "one level.",
        )
    if rise > 0:
        return NextMorningResult(
            "repeat", "Pain is still a little up from before the session: stay at this level."
        )
    return NextMorningResult(
        "progress", "Pain settled back to where it was: next time may go up one level."
    )


def next_level(level: int, decision: Decision, max_level: int = MAX_LEVEL) -> int:
    """The level for the next session: one up, the same, or one down (never below 0)."""
    if not MIN_LEVEL <= level <= max_level:
        raise ValueError(f"level must be between {MIN_LEVEL} and {max_level}, got {level}")
    step = {"progress": 1, "repeat": 0, "step-back": -1}[decision]
    return min(max_level, max(MIN_LEVEL, level + step))


def reps_at_level(start_reps: int, level: int, progress_reps: int = 1, max_reps: int = 10) -> int:
    """Repetitions at ``level``: the starting dose plus ``progress_reps`` (1-2) per level,
    never above ``max_reps`` (nor below the start, whatever the cap says)."""
    if not 1 <= progress_reps <= 2:
        raise ValueError(f"progress_reps must be 1 or 2, got {progress_reps}")
    if level < MIN_LEVEL:
        raise ValueError(f"level must be at least {MIN_LEVEL}, got {level}")
    return max(start_reps, min(max_reps, start_reps + level * progress_reps))
