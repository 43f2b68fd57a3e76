"""The timeline compiler: sample-exact positions, no drift, pacer state, flexible length."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from somatic_player.core.compiler import CompileError, compile_routine
from somatic_player.core.plan import lung_level
from somatic_player.core.routine import BreathStep, Routine

RATE = 48_000


def routine(*steps: dict[str, Any], kind: str = "breathing", **meta: Any) -> Routine:
    data = {"schema_version": 1, "id": "t", "title": "T", "kind": kind, "steps": list(steps)}
    data.update(meta)
    return Routine.model_validate(data, strict=False)


def breath(**kw: Any) -> dict[str, Any]:
    return {"kind": "breath", **kw}


def test_easy_pace_inhales_are_exactly_480000_samples_apart() -> None:
    r = routine(
        {"kind": "narration", "text": "Welcome, settle in."},
        breath(inhale_s=4, exhale_s=6, duration_s=300),
    )
    inhales = [e.sample for e in compile_routine(r).cues("inhale")]
    assert len(inhales) == 30
    assert {b - a for a, b in itertools.pairwise(inhales)} == {480_000}


def test_sixty_minutes_at_odd_rate_has_zero_drift() -> None:
    # 5.5 bpm at 2:3: a period of 10.909... s, not a whole number of samples.
    r = routine(breath(rate_bpm=5.5, ratio="2:3", duration_s=3600))
    plan = compile_routine(r)
    inhales = plan.cues("inhale")
    start = inhales[0].sample
    period = 60 / 5.5
    for k, event in enumerate(inhales):
        assert event.sample == start + round(k * period * RATE)
    assert abs(inhales[-1].sample - (start + (len(inhales) - 1) * period * RATE)) <= 0.5


def test_rate_and_ratio_give_the_documented_durations() -> None:
    step = BreathStep.model_validate(breath(rate_bpm=5.5, ratio="2:3", cycles=1), strict=False)
    inhale, _, exhale, _ = step.phase_seconds()
    assert round(inhale, 2) == 4.36
    assert round(exhale, 2) == 6.55


def test_phase_cues_have_captions_and_labels() -> None:
    plan = compile_routine(
        routine(
            breath(inhale_s=4, hold_in_s=2, exhale_s=6, hold_out_s=1, cycles=2),
            safety={"contains_breath_holds": True},
        )
    )
    labels = [e.label for e in plan.cues() if e.step == 0]
    assert labels == ["inhale", "hold-in", "exhale", "hold-out"] * 2
    assert all(e.text for e in plan.cues())


def test_pacer_state_follows_the_phases() -> None:
    plan = compile_routine(routine(breath(inhale_s=4, exhale_s=6, cycles=3)))
    first = plan.cues("inhale")[0].sample
    mid_inhale = plan.pacer_state(first + 2 * RATE)
    assert mid_inhale.phase == "inhale"
    assert mid_inhale.progress == pytest.approx(0.5)
    assert mid_inhale.lung == pytest.approx(0.5)
    assert mid_inhale.seconds_left == pytest.approx(2.0)
    top = plan.pacer_state(first + 4 * RATE)
    assert top.phase == "exhale" and top.lung == pytest.approx(1.0)
    assert plan.pacer_state(0).phase == "none"
    assert plan.pacer_state(plan.total_samples + 10).phase == "none"


def test_lung_level_is_continuous_across_phases() -> None:
    assert lung_level("inhale", 1.0) == pytest.approx(lung_level("exhale", 0.0))
    assert lung_level("exhale", 1.0) == pytest.approx(lung_level("inhale", 0.0))
    assert lung_level("hold-in", 0.3) == 1.0


def test_ramp_slows_by_at_most_one_breath_per_minute_per_minute() -> None:
    plan = compile_routine(routine(breath(rate_bpm=6, ramp_from_bpm=12, duration_s=600)))
    inhales = [e.sample / RATE for e in plan.cues("inhale")]
    periods = [b - a for a, b in itertools.pairwise(inhales)]
    rates = [60 / p for p in periods]
    assert rates[0] == pytest.approx(12, abs=0.05)
    assert rates[-1] == pytest.approx(6, abs=0.01)
    for a, b in itertools.pairwise(rates):
        assert a >= b - 1e-9  # never speeds up
    # After n minutes the rate is no lower than 12 - n.
    for t, r in zip(inhales, rates, strict=False):
        assert r >= 12 - (t - inhales[0]) / 60 - 1e-3


def test_minutes_stretches_flexible_steps_only() -> None:
    r = routine(
        {"kind": "narration", "text": "Hello there."},
        breath(inhale_s=4, exhale_s=6, duration_s=300, flexible=True),
    )
    ten = compile_routine(r, minutes=10)
    assert abs(ten.duration_s - 600) <= 10  # whole breaths only
    inhales = [e.sample for e in ten.cues("inhale")]
    assert {b - a for a, b in itertools.pairwise(inhales)} == {480_000}


def test_minutes_refused_for_fixed_routines_and_too_short() -> None:
    with pytest.raises(CompileError, match="fixed length"):
        compile_routine(routine(breath(inhale_s=4, exhale_s=6, cycles=3)), minutes=5)
    r = routine(
        {"kind": "narration", "text": "word " * 400},
        breath(inhale_s=4, exhale_s=6, duration_s=60, flexible=True),
    )
    with pytest.raises(CompileError, match="needs at least"):
        compile_routine(r, minutes=1)


def test_speech_is_placed_with_its_real_length() -> None:
    r = routine(
        {"kind": "narration", "text": "A", "pause_after_s": 1}, {"kind": "narration", "text": "B"}
    )
    plan = compile_routine(r, speech_length=lambda text: {"A": 7.25, "B": 2.0}[text])
    a, b = [e for e in plan.events if e.kind == "speech"]
    assert a.duration_samples == round(7.25 * RATE)
    assert b.sample - a.sample == round(8.25 * RATE)


def test_check_in_and_journal_are_markers() -> None:
    plan = compile_routine(
        routine(
            {"kind": "check-in", "moment": "before"},
            {"kind": "journal", "prompt": "What do you notice?"},
        )
    )
    kinds = [e.kind for e in plan.events]
    assert "check-in" in kinds and "journal" in kinds
    assert kinds[-1] == "end"


pattern = st.fixed_dictionaries(
    {
        "inhale_s": st.floats(1, 20),
        "exhale_s": st.floats(1, 30),
        "cycles": st.integers(1, 40),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(pattern, min_size=1, max_size=4), st.floats(0.0, 5.0))
def test_timeline_invariants(patterns: list[dict[str, Any]], speech_s: float) -> None:
    steps: list[dict[str, Any]] = []
    for p in patterns:
        steps += [{"kind": "narration", "text": "x"}, breath(**p)]
    plan = compile_routine(routine(*steps), speech_length=lambda _t: speech_s)
    samples = [e.sample for e in plan.events]
    assert samples == sorted(samples)
    assert all(0 <= s <= plan.total_samples for s in samples)
    for a, b in zip(plan.steps, plan.steps[1:], strict=False):
        assert a.end == b.start  # contiguous, no gaps or overlaps from rounding
    for a, b in zip(plan.phases, plan.phases[1:], strict=False):
        assert a.end <= b.start
    assert len(plan.cues("inhale")) == sum(p["cycles"] for p in patterns)


def test_live_pace_change_takes_effect_at_the_next_breath_and_keeps_the_past() -> None:
    from somatic_player.core.plan import PaceChange

    r = routine(
        {"kind": "narration", "text": "Hello."},
        breath(inhale_s=4, exhale_s=6, duration_s=300, flexible=True),
    )
    before = compile_routine(r, minutes=6)
    inhales = [e.sample for e in before.cues("inhale")]
    press = inhales[5] + RATE  # one second into the sixth breath
    after = compile_routine(r, pace=(PaceChange(press, -0.5),), flex_scale=before.flex_scale)
    # Everything up to the press is unchanged, sample for sample.
    assert [e for e in after.events if e.sample <= press] == [
        e for e in before.events if e.sample <= press
    ]
    new = [e.sample for e in after.cues("inhale")]
    assert new[:7] == inhales[:7]  # the breath under way finishes at the old pace
    period = 60 / 5.5 * RATE
    for k in range(7, len(new)):
        assert new[k] == new[6] + round((k - 6) * period)
    assert after.pacer_state(new[8] + 10).bpm == pytest.approx(5.5)
    exhale = next(e for e in after.cues("exhale") if e.sample > new[7])
    assert (exhale.sample - new[7]) / RATE == pytest.approx(60 / 5.5 * 0.4, abs=1 / RATE)


def test_pace_changes_are_clamped_to_a_gentle_range() -> None:
    from somatic_player.core.plan import PaceChange

    r = routine(breath(inhale_s=4, exhale_s=6, cycles=4))
    slow = compile_routine(r, pace=(PaceChange(0, -10.0),))
    assert slow.pacer_state(slow.cues("inhale")[1].sample).bpm == pytest.approx(3.0)
