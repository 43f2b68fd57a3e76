"""Which stage of muscle relaxation might come next: a suggestion, never an automatic step.

The stages follow the usual training order: sixteen groups, then seven, then four, tensing and
letting go (Bernstein & Borkovec 1973); then letting go without tensing, recall, cue-controlled
and rapid relaxation (Öst 1987, applied relaxation). A stage is a routine and a mode.

:func:`suggest_next_stage` is pure: it reads the practice record it is given and returns a
suggestion or None. It changes nothing; the person decides whether and when to move on, and may
stay at any stage as long as they like.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from somatic_player.core.profile import Profile
from somatic_player.core.routine import PmrMode


@dataclass(frozen=True, slots=True)
class PmrStage:
    routine_id: str
    mode: PmrMode


LADDER: tuple[PmrStage, ...] = (
    PmrStage("pmr-16", "tension-release"),
    PmrStage("pmr-7", "tension-release"),
    PmrStage("pmr-4", "tension-release"),
    PmrStage("pmr-7", "release-only"),
    PmrStage("pmr-4", "recall"),
    PmrStage("pmr-4", "cue-controlled"),
    PmrStage("pmr-4", "rapid"),
)

_GROUPS = {"pmr-16": "sixteen groups", "pmr-7": "seven groups", "pmr-4": "four groups"}
_MODES: dict[PmrMode, str] = {
    "tension-release": "gently tightening and letting go",
    "release-only": "letting go only",
    "recall": "recalling the feeling of letting go",
    "cue-controlled": "breathing out with the word relax",
    "rapid": "a quick relaxation",
}

# Practice at a stage that makes a suggestion reasonable: at least this many completed sessions
# on at least this many different days within the window (about two weeks of regular practice).
MIN_SESSIONS = 6
MIN_DAYS = 4
WINDOW = timedelta(days=21)
# With ratings: in the latest rated sessions tension/stress never rose, and on average fell by
# at least a point or ended low.
RATED_SESSIONS = 3
MIN_MEAN_DROP = 1.0
LOW_AFTER = 3


@dataclass(frozen=True, slots=True)
class PracticeRecord:
    """One PMR session from the history: when, which stage, and the 0-10 tension/stress
    check-ins around it (None when skipped)."""

    at: datetime
    routine_id: str
    mode: PmrMode
    completed: bool = True
    tension_before: int | None = None
    tension_after: int | None = None

    @property
    def stage(self) -> PmrStage:
        return PmrStage(self.routine_id, self.mode)


@dataclass(frozen=True, slots=True)
class StageSuggestion:
    """A next stage the app may offer; nothing changes unless the person chooses it."""

    current: PmrStage
    next: PmrStage
    text: str


def describe(stage: PmrStage) -> str:
    """``"seven groups, letting go only"``."""
    return f"{_GROUPS.get(stage.routine_id, stage.routine_id)}, {_MODES[stage.mode]}"


def next_stage(current: PmrStage) -> PmrStage | None:
    """The stage after ``current`` on the ladder (None at the last or off the ladder)."""
    if current not in LADDER:
        return None
    i = LADDER.index(current)
    return LADDER[i + 1] if i + 1 < len(LADDER) else None


def _settled(rated: Sequence[PracticeRecord]) -> bool:
    drops: list[int] = []
    for r in rated:
        assert r.tension_before is not None and r.tension_after is not None
        if r.tension_after > r.tension_before:
            return False
        drops.append(r.tension_before - r.tension_after)
    mean_drop = sum(drops) / len(drops)
    return mean_drop >= MIN_MEAN_DROP or all(
        r.tension_after is not None and r.tension_after <= LOW_AFTER for r in rated
    )


def suggest_next_stage(
    current: PmrStage,
    history: Sequence[PracticeRecord],
    now: datetime,
    profile: Profile | None = None,
) -> StageSuggestion | None:
    """A suggestion to try the next stage, or None (keep practising; nothing to say).

    Never on a flare day or within 24 hours of a ketamine-assisted session: those days are for
    the gentlest practice, not for something new.
    """
    if profile is not None:
        hours = profile.hours_since_session()
        recent = hours is not None and 0 <= hours < 24 and not profile.slept_since_session
        if profile.flare_day or recent:
            return None
    following = next_stage(current)
    if following is None:
        return None
    here = sorted(
        (r for r in history if r.stage == current and r.completed and now - WINDOW <= r.at <= now),
        key=lambda r: r.at,
    )
    days = {r.at.date() for r in here}
    if len(here) < MIN_SESSIONS or len(days) < MIN_DAYS:
        return None
    rated = [r for r in here if r.tension_before is not None and r.tension_after is not None]
    if len(rated) >= RATED_SESSIONS and not _settled(rated[-RATED_SESSIONS:]):
        return None
    text = (
        f"You have practised {describe(current)} {len(here)} times on {len(days)} days. "
        f"When you feel ready, you could try {describe(following)}. There is no hurry: "
        "you can stay with this stage for as long as you like."
    )
    return StageSuggestion(current, following, text)
