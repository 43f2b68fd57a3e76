"""Movement steps: beats on the count, picture frames, dose by level and rules, stop rules."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from pydantic import ValidationError

from somatic_player.core.adapt import RuleSet
from somatic_player.core.compiler import CompileError, compile_routine
from somatic_player.core.movement import (
    STOP_RULES,
    STOP_SIGNS,
    Exercise,
    MovementStep,
    stop_rules_for,
)
from somatic_player.core.plan import Plan
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine

RATE = 48_000
BEATS = [
    {"say": "Lift", "counts": 2, "frame": 1},
    {"say": "Lower", "counts": 2, "frame": 0},
]


def step(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": "movement",
        "exercise": "marching",
        "title": "Marching",
        "reps": 4,
        "count_s": 1.0,
        "beats": BEATS,
        "parts": ["knee"],
        "variants": {"seated": "Lift one knee.", "lying": "Lift one foot."},
    }
    return {**base, **changes}


def routine(*steps: dict[str, Any]) -> Routine:
    return Routine.model_validate(
        {"schema_version": 1, "id": "m", "title": "M", "kind": "movement", "steps": list(steps)},
        strict=False,
    )


def plan(r: Routine, profile: Profile | None = None, **kw: Any) -> Plan:
    return compile_routine(r, profile, speech_length=lambda text: 0.5, **kw)


def test_every_count_ticks_and_the_beats_speak_on_their_first_count() -> None:
    p = plan(routine(step()))
    reps = [e for e in p.events if e.label == "count"]
    beats = [e for e in p.events if e.label == "count-beat"]
    assert [e.text for e in reps] == ["1 of 4", "2 of 4", "3 of 4", "4 of 4"]
    assert len(beats) == 4 * 3  # four counts a repetition, the first names it
    words = [e.text for e in p.events if e.kind == "speech" and e.label == "beat"]
    assert words[:4] == ["Lift", "2", "Lower", "4"]
    ticks = sorted(e.sample for e in p.events if e.label.startswith("count"))
    assert {b - a for a, b in itertools.pairwise(ticks)} == {RATE}  # one a second
    spoken = {e.sample for e in p.events if e.label == "beat"}
    assert spoken <= set(ticks)  # every word lands on a count


def test_count_marks_give_the_frame_of_each_count() -> None:
    p = plan(routine(step(reps=2)))
    marks = p.counts
    assert [m.frame for m in marks] == [1, 1, 0, 0, 1, 1, 0, 0]
    assert [(m.rep, m.count) for m in marks[:5]] == [(1, 1), (1, 2), (1, 3), (1, 4), (2, 1)]
    for a, b in itertools.pairwise(marks):
        assert a.end == b.start
    middle = marks[2].start + 100
    assert p.count_at(middle) == marks[2]
    assert p.count_at(marks[0].start - 1) is None
    assert p.count_at(marks[-1].end) is None
    [movement] = [s for s in p.steps if s.kind == "movement"]
    assert movement.exercise == "marching" and movement.reps == 2
    assert movement.to_json(RATE)["exercise"] == "marching"


def test_both_sides_are_counted_with_their_side() -> None:
    p = plan(routine(step(reps=3, sides="each")))
    sides = [m.side for m in p.counts if m.count == 1]
    assert sides == ["right"] * 3 + ["left"] * 3
    left_handed = plan(routine(step(reps=3, sides="each")), Profile(handedness="left"))
    assert left_handed.counts[0].side == "left"


def test_a_beat_word_that_does_not_fit_its_counts_is_an_error_when_strict() -> None:
    r = routine(step(beats=[{"say": "Lift", "counts": 1}, {"say": "Lower", "counts": 1}]))
    with pytest.raises(CompileError, match="does not fit"):
        compile_routine(r, strict=True, speech_length=lambda text: 1.5)
    relaxed = compile_routine(r, speech_length=lambda text: 1.5)
    assert any("does not fit" in n for n in relaxed.notes)


def test_a_count_number_that_does_not_fit_is_left_to_the_tick() -> None:
    p = compile_routine(routine(step()), speech_length=lambda t: 1.5 if len(t) > 2 else 0.3)
    words = [e.text for e in p.events if e.label == "beat"][:4]
    assert words == ["Lift", "Lower", "Lift", "Lower"]  # "2" and "4" would overlap


def test_a_step_without_beats_counts_each_repetition_once() -> None:
    legacy = {k: v for k, v in step().items() if k not in ("beats", "count_s")}
    p = plan(routine({**legacy, "seconds_per_rep": 4.0, "hold_s": 1.0}))
    counts = [e for e in p.events if e.label.startswith("count")]
    assert [e.label for e in counts] == ["count"] * 4
    assert {b.sample - a.sample for a, b in itertools.pairwise(counts)} == {5 * RATE}
    assert [m.frame for m in p.counts] == [0, 0, 0, 0]


def test_the_progression_level_raises_the_dose_on_a_plan() -> None:
    r = routine(step(reps=4, progress_reps=2, max_reps=9))
    reps = [plan(r, Profile(movement_level=level)).steps[0].reps for level in range(4)]
    assert reps == [4, 6, 8, 9]


def test_a_flare_day_halves_the_level_dose() -> None:
    rules = RuleSet.model_validate(
        {
            "schema_version": 1,
            "rules": [
                {
                    "id": "flare",
                    "description": "halve",
                    "applies_to": "movement",
                    "when": {"flare_day": True},
                    "then": {"reps_factor": 0.5, "min_reps": 3},
                }
            ],
        },
        strict=False,
    )
    r = routine(step(reps=4, max_reps=12))
    day = Profile(movement_level=4, flare_day=True)
    assert compile_routine(r, Profile(movement_level=4), rules=rules).steps[0].reps == 8
    assert compile_routine(r, day, rules=rules).steps[0].reps == 4


def test_profile_level_is_checked() -> None:
    with pytest.raises(ValueError, match="movement_level"):
        Profile(movement_level=-1)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"seconds_per_rep": 4.0}, "leave out seconds_per_rep"),
        ({"beats": [{"counts": 2}]}, "must start with words"),
        ({"reps": 12, "max_reps": 10}, "not be above max_reps"),
        ({"beats": [{"say": "Go", "counts": 9}]}, "between 1 and 8 counts"),
        ({"count_s": 0.2}, "between 0.8 and 5 seconds"),
        ({"progress_reps": 3}, "between 1 and 2 repetitions"),
    ],
)
def test_movement_steps_refuse_what_does_not_add_up(changes: dict[str, Any], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        MovementStep.model_validate(step(**changes), strict=False)


def _exercise(**changes: Any) -> dict[str, Any]:
    base = {k: v for k, v in step().items() if k not in ("kind", "exercise")}
    return {"schema_version": 1, "id": "marching", **base, **changes}


def test_library_exercises_start_at_3_to_5_and_number_their_frames() -> None:
    ex = Exercise.model_validate(_exercise(), strict=False)
    assert ex.frames == 2
    assert ex.step_fields()["exercise"] == "marching"
    assert "schema_version" not in ex.step_fields()
    with pytest.raises(ValidationError, match="between 3 and 5"):
        Exercise.model_validate(_exercise(reps=6), strict=False)
    with pytest.raises(ValidationError, match="no beat shows frame 1"):
        Exercise.model_validate(
            _exercise(beats=[{"say": "A", "frame": 0}, {"say": "B", "frame": 2}]), strict=False
        )


def test_stop_rules_lead_when_a_routine_s_notes_leave_a_sign_out() -> None:
    said = " ".join(STOP_RULES).lower()
    assert all(sign in said for sign in STOP_SIGNS)
    assert stop_rules_for(()) == STOP_RULES
    own = ("Keep a chair close by.",)
    assert stop_rules_for(own) == (*STOP_RULES, *own)
    assert stop_rules_for(STOP_RULES) == STOP_RULES
