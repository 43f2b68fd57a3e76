"""Movement dosing and progression (CONTENT.md): the next-morning check and the levels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from somatic_player.core.progression import (
    MAX_LEVEL,
    next_level,
    next_morning_decision,
    reps_at_level,
)

rating = st.integers(min_value=0, max_value=10)


def test_settled_by_the_next_morning_may_progress() -> None:
    assert next_morning_decision(4, [4], 4).decision == "progress"
    assert next_morning_decision(5, [5], 3).decision == "progress"  # lower than before


def test_still_up_the_next_morning_repeats() -> None:
    result = next_morning_decision(3, [4], 4)
    assert result.decision == "repeat" and "still" in result.reason


def test_up_two_or_more_points_steps_back() -> None:
    assert next_morning_decision(3, [3], 5).decision == "step-back"
    assert next_morning_decision(0, [], 9).decision == "step-back"


def test_pain_above_5_during_the_session_steps_back_whatever_the_morning() -> None:
    result = next_morning_decision(4, [4, 6], 3)
    assert result.decision == "step-back" and "6/10" in result.reason
    assert next_morning_decision(4, [5], 4).decision == "progress"  # 5 is not above 5


def test_skipped_check_ins_never_count_as_settled() -> None:
    assert next_morning_decision(None, [3], 2).decision == "repeat"
    assert next_morning_decision(3, [3], None).decision == "repeat"
    assert next_morning_decision(None, [7], None).decision == "step-back"


@pytest.mark.parametrize("bad", [-1, 11, True])
def test_ratings_must_be_0_to_10(bad: int) -> None:
    with pytest.raises(ValueError, match="0-10"):
        next_morning_decision(bad, [], 3)
    with pytest.raises(ValueError, match="0-10"):
        next_morning_decision(3, [bad], 3)


@given(rating, st.lists(rating, max_size=5), rating)
def test_the_decision_is_the_rule_of_content_md(before: int, during: list[int], after: int) -> None:
    decision = next_morning_decision(before, during, after).decision
    if max(during, default=0) > 5 or after - before >= 2:
        assert decision == "step-back"
    elif after > before:
        assert decision == "repeat"
    else:
        assert decision == "progress"


def test_levels_move_one_at_a_time_and_never_below_the_start() -> None:
    assert next_level(2, "progress") == 3
    assert next_level(2, "repeat") == 2
    assert next_level(2, "step-back") == 1
    assert next_level(0, "step-back") == 0
    assert next_level(MAX_LEVEL, "progress") == MAX_LEVEL
    with pytest.raises(ValueError):
        next_level(-1, "repeat")


@given(
    st.integers(min_value=3, max_value=5),
    st.integers(min_value=0, max_value=MAX_LEVEL - 1),
    st.integers(min_value=1, max_value=2),
    st.integers(min_value=5, max_value=30),
)
def test_a_level_adds_at_most_two_repetitions_up_to_the_cap(
    start: int, level: int, step: int, cap: int
) -> None:
    now = reps_at_level(start, level, step, cap)
    later = reps_at_level(start, level + 1, step, cap)
    assert 0 <= later - now <= 2
    assert start <= now <= max(start, cap)
    assert reps_at_level(start, 0, step, cap) == start


def test_progress_reps_is_one_or_two() -> None:
    with pytest.raises(ValueError, match="1 or 2"):
        reps_at_level(4, 1, 3)
