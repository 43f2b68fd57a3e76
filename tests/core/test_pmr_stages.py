"""The next-stage suggestion for muscle relaxation: pure, evidence-based, never automatic."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from somatic_player.core.pmr_stages import (
    LADDER,
    MIN_DAYS,
    MIN_SESSIONS,
    PmrStage,
    PracticeRecord,
    describe,
    next_stage,
    suggest_next_stage,
)
from somatic_player.core.profile import Profile

NOW = datetime(2026, 11, 25, 20, 0)
SEVEN = PmrStage("pmr-7", "tension-release")


def practice(
    n: int, stage: PmrStage = SEVEN, *, every_h: float = 24.0, before: int = 6, after: int = 3
) -> list[PracticeRecord]:
    return [
        PracticeRecord(
            NOW - timedelta(hours=every_h * k), stage.routine_id, stage.mode, True, before, after
        )
        for k in range(n)
    ]


def test_the_ladder_runs_from_sixteen_groups_to_rapid_relaxation() -> None:
    assert LADDER[0] == PmrStage("pmr-16", "tension-release")
    assert LADDER[-1].mode == "rapid"
    assert [s.routine_id for s in LADDER[:3]] == ["pmr-16", "pmr-7", "pmr-4"]
    assert next_stage(LADDER[-1]) is None
    assert next_stage(PmrStage("pmr-7", "rapid")) is None  # off the ladder: nothing to say
    assert describe(SEVEN) == "seven groups, gently tightening and letting go"


def test_regular_settled_practice_brings_a_suggestion_of_the_very_next_stage() -> None:
    history = practice(MIN_SESSIONS)
    s = suggest_next_stage(SEVEN, history, NOW)
    assert s is not None
    assert (s.current, s.next) == (SEVEN, PmrStage("pmr-4", "tension-release"))
    assert "There is no hurry" in s.text and "as long as you like" in s.text


def test_the_suggestion_changes_nothing() -> None:
    history = practice(MIN_SESSIONS)
    before = list(history)
    first = suggest_next_stage(SEVEN, history, NOW)
    assert history == before  # the record is only read
    # Asked again, the same answer: no stage was advanced behind the person's back.
    assert suggest_next_stage(SEVEN, history, NOW) == first
    assert first is not None and first.current == SEVEN


@pytest.mark.parametrize(
    "history",
    [
        practice(MIN_SESSIONS - 1),  # not enough sessions
        practice(MIN_SESSIONS, every_h=4),  # enough sessions, too few days
        practice(MIN_SESSIONS, before=4, after=5),  # tension/stress went up afterwards
        practice(MIN_SESSIONS, before=6, after=6),  # no change, and not low
        [
            PracticeRecord(r.at, r.routine_id, r.mode, False, 6, 3)  # stopped early
            for r in practice(MIN_SESSIONS)
        ],
        practice(MIN_SESSIONS, PmrStage("pmr-16", "tension-release")),  # another stage
        [  # too long ago
            PracticeRecord(r.at - timedelta(days=30), r.routine_id, r.mode, True, 6, 3)
            for r in practice(MIN_SESSIONS)
        ],
    ],
)
def test_no_suggestion_without_enough_settled_practice(history: list[PracticeRecord]) -> None:
    assert suggest_next_stage(SEVEN, history, NOW) is None


def test_ratings_are_optional() -> None:
    unrated = [
        PracticeRecord(r.at, r.routine_id, r.mode, True, None, None) for r in practice(MIN_SESSIONS)
    ]
    assert suggest_next_stage(SEVEN, unrated, NOW) is not None
    low = practice(MIN_SESSIONS, before=3, after=2)  # little change, but low afterwards
    assert suggest_next_stage(SEVEN, low, NOW) is not None
    assert MIN_DAYS <= MIN_SESSIONS


def test_never_on_a_flare_day_or_the_day_of_a_session() -> None:
    history = practice(MIN_SESSIONS)
    assert suggest_next_stage(SEVEN, history, NOW, Profile(flare_day=True)) is None
    recent = Profile(last_ketamine_session=NOW - timedelta(hours=5), now=NOW)
    assert suggest_next_stage(SEVEN, history, NOW, recent) is None
    slept = Profile(
        last_ketamine_session=NOW - timedelta(hours=5), slept_since_session=True, now=NOW
    )
    assert suggest_next_stage(SEVEN, history, NOW, slept) is not None
