"""Session choices and routine options: what may be chosen, how a choice reaches the plan, and
how a file that offers something it cannot deliver is refused."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from pydantic import ValidationError

from somatic_player.core.choices import ChoiceError, Choices
from somatic_player.core.compiler import CompileError, compile_routine
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine

RATE = 48_000


def routine(*steps: dict[str, Any], kind: str = "breathing", **meta: Any) -> Routine:
    data = {"schema_version": 1, "id": "t", "title": "T", "kind": kind, "steps": list(steps)}
    data.update(meta)
    return Routine.model_validate(data, strict=False)


PACE = {
    "min_bpm": 4.5,
    "max_bpm": 7.0,
    "default_bpm": 6.0,
    "ratios": ["1:1", "1:1.5", "1:2", "3:7"],
    "default_ratio": "1:1.5",
}


PLAIN = {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": 60, "flexible": True}


def adjustable(**kw: Any) -> dict[str, Any]:
    return {"kind": "breath", "rate_bpm": 6.0, "adjustable": True, "duration_s": 120, **kw}


def pmr_step(**kw: Any) -> dict[str, Any]:
    text = {
        "focus": "Your hand.",
        "tense": "Make a soft fist, half effort, never to the point of pain or cramp. Now.",
        "hold": ["Notice it."],
        "release": "And let go.",
        "notice": ["Notice the difference."],
        "release_only": "Let your hand rest.",
        "recall": "Remember the ease.",
        "cue_controlled": "Breathe out, think relax.",
        "rapid": "Let it go.",
    }
    text.update(kw.pop("text", {}))
    return {
        "kind": "pmr",
        "group": "hand",
        "title": "Hand",
        "parts": ["hand"],
        "release_s": 30,
        "text": text,
        **kw,
    }


# -- Choices ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"natural_bpm": 60.0}, "mis-measurement"),
        ({"natural_bpm": float("nan")}, "must be a number"),
        ({"ratio": "one to two"}, "must look like 1:1.5"),
        ({"ratio": "0:2"}, "above zero"),
        ({"cycles": 0}, "at least 1"),
        ({"pmr_mode": "hard"}, "pmr_mode must be one of"),
        ({"anchor": "toes"}, "anchor must be one of"),
        ({"painful_areas": "ignore"}, "'visit' or 'skip'"),
    ],
)
def test_bad_choices_are_refused_in_plain_words(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ChoiceError, match=message):
        Choices(**kwargs)


def test_a_chosen_pace_and_ratio_set_the_phases() -> None:
    r = routine(adjustable(), options={"pace": PACE})
    plan = compile_routine(r, choices=Choices(pace_bpm=4.5, ratio="1:2"))
    inhale, exhale = plan.phases[0], plan.phases[1]
    assert (inhale.end - inhale.start) / RATE == pytest.approx(60 / 4.5 / 3, abs=1 / RATE)
    assert (exhale.end - exhale.start) / RATE == pytest.approx(60 / 4.5 * 2 / 3, abs=1 / RATE)
    default = compile_routine(r)
    assert default.phases[0].bpm == 6.0
    assert (default.phases[0].end - default.phases[0].start) / RATE == pytest.approx(4.0)


def test_a_live_pace_change_keeps_the_chosen_ratio() -> None:
    from somatic_player.core.plan import PaceChange

    r = routine(adjustable(flexible=True), options={"pace": PACE})
    choices = Choices(pace_bpm=5.0, ratio="1:2")
    before = compile_routine(r, choices=choices, minutes=3)
    press = before.phases[4].start + RATE
    after = compile_routine(
        r, choices=choices, pace=(PaceChange(press, +0.5),), flex_scale=before.flex_scale
    )
    later = [p for p in after.phases if p.start > press and p.phase == "inhale"]
    assert later[0].bpm == pytest.approx(5.5)
    inhale = later[0]
    [exhale] = [p for p in after.phases if p.start == inhale.end]
    assert (exhale.end - exhale.start) / (inhale.end - inhale.start) == pytest.approx(2, rel=1e-3)


def test_natural_rate_starts_the_ramp_and_is_capped() -> None:
    step = adjustable(ramp_from_bpm=10, ramp_from_natural=True, duration_s=600)
    r = routine(step, options={"pace": PACE})
    for natural, start in ((18.0, 12.0), (11.0, 11.0), (None, 10.0)):
        plan = compile_routine(r, choices=Choices(natural_bpm=natural))
        inhales = [p for p in plan.phases if p.phase == "inhale"]
        assert inhales[0].bpm == pytest.approx(start)
        for a, b in itertools.pairwise(inhales):
            # never faster, and never more than one breath a minute slower per minute
            assert b.bpm <= a.bpm + 1e-9
            assert a.bpm - b.bpm <= (b.start - a.start) / RATE / 60 + 1e-4


def test_a_ramp_from_above_12_is_refused() -> None:
    with pytest.raises(ValidationError, match="between 2 and 12 breaths per minute"):
        routine(adjustable(ramp_from_bpm=14), options={"pace": PACE})


def test_top_up_breath_is_one_inhale_with_two_cues() -> None:
    r = routine({"kind": "breath", "inhale_s": 2.5, "top_up_s": 1, "exhale_s": 7, "cycles": 2})
    plan = compile_routine(r)
    labels = [e.label for e in plan.cues() if e.step == 0]
    assert labels == ["inhale", "inhale-top-up", "exhale"] * 2
    assert [p.phase for p in plan.phases] == ["inhale", "exhale"] * 2
    assert (plan.phases[0].end - plan.phases[0].start) / RATE == pytest.approx(3.5)
    top = plan.cues("inhale-top-up")[0]
    assert (top.sample - plan.phases[0].start) / RATE == pytest.approx(2.5)
    with pytest.raises(ValidationError, match="shorter than the first inhale"):
        routine({"kind": "breath", "inhale_s": 1, "top_up_s": 2, "exhale_s": 7, "cycles": 2})


def test_cycles_choice_only_from_the_offered_list() -> None:
    step = {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "cycles": 3}
    r = routine(step, options={"cycles": [1, 2, 3]})
    assert len(compile_routine(r, choices=Choices(cycles=2)).cues("inhale")) == 2
    with pytest.raises(CompileError, match="offers 1, 2, 3 breaths, not 4"):
        compile_routine(r, choices=Choices(cycles=4))
    plain = routine(step)
    assert len(compile_routine(plain, choices=Choices(cycles=1)).cues("inhale")) == 3


@pytest.mark.parametrize(
    ("options", "steps", "message"),
    [
        ({}, [adjustable()], "adjustable breath steps need \\[options.pace\\]"),
        ({"pace": PACE}, [{"kind": "breath", "rate_bpm": 6, "cycles": 3}], "there are none"),
        ({"pace": {**PACE, "default_bpm": 6.25}}, [adjustable()], "one of the offered paces"),
        ({"pace": {**PACE, "default_ratio": "2:3"}}, [adjustable()], "one of ratios"),
        ({"minutes": [5]}, [{"kind": "breath", "rate_bpm": 6, "cycles": 3}], "flexible steps"),
        ({"pmr_modes": ["rapid"]}, [PLAIN], "there are none"),
        ({"anchors": ["feet"]}, [PLAIN], "go together"),
        ({"eyes_open": True}, [PLAIN], "no narration step has eyes_open"),
    ],
)
def test_options_that_do_not_fit_the_steps_are_refused(
    options: dict[str, Any], steps: list[dict[str, Any]], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        routine(*steps, options=options)


def test_a_mode_is_offered_only_when_every_group_has_its_words() -> None:
    step = pmr_step(text={"rapid": ""})
    with pytest.raises(ValidationError, match="offers rapid mode, but the hand group has no text"):
        routine(step, kind="pmr", options={"pmr_modes": ["tension-release", "rapid"]})


def test_words_for_modes_without_tensing_may_not_ask_for_tension() -> None:
    with pytest.raises(ValidationError, match="asks for tension"):
        routine(pmr_step(text={"rapid": "Squeeze and let go."}), kind="pmr")
    with pytest.raises(ValidationError, match="modes without tensing but asks for tension"):
        routine(
            {"kind": "narration", "text": "Tighten nothing.", "pmr_modes": ["release-only"]},
            pmr_step(),
            kind="pmr",
        )


# -- PMR modes, learning, narration by mode -----------------------------------------------------


def pmr_routine() -> Routine:
    return routine(
        {
            "kind": "narration",
            "text": "We will tense and let go.",
            "pmr_modes": ["tension-release"],
        },
        {"kind": "narration", "text": "We will only let go.", "pmr_modes": ["release-only"]},
        pmr_step(),
        {"kind": "silence", "duration_s": 60, "pmr_modes": ["tension-release"]},
        kind="pmr",
        options={
            "pmr_modes": ["tension-release", "release-only", "recall", "cue-controlled", "rapid"],
            "learning": True,
        },
    )


def test_the_chosen_mode_sets_every_group_and_the_matching_words() -> None:
    r = pmr_routine()
    plain = compile_routine(r)
    assert [s.skipped for s in plain.steps] == [False, True, False, False]
    only = compile_routine(r, choices=Choices(pmr_mode="release-only"))
    assert [s.skipped for s in only.steps] == [True, False, False, True]
    assert only.steps[2].mode == "release-only"
    spoken = [e.text for e in only.events if e.kind == "speech"]
    assert "We will only let go." in spoken and "Let your hand rest." in spoken
    for mode, line in (("recall", "Remember the ease."), ("rapid", "Let it go.")):
        plan = compile_routine(r, choices=Choices(pmr_mode=mode))
        assert line in [e.text for e in plan.events]


def test_release_only_from_a_rule_beats_tensing_but_leaves_other_modes() -> None:
    from somatic_player.core.adapt import RuleSet

    rules = RuleSet.model_validate(
        {
            "schema_version": 1,
            "rules": [
                {
                    "id": "sore",
                    "description": "x",
                    "applies_to": "pmr",
                    "when": {"region_pain_at_least": 4},
                    "then": {"pmr_mode": "release-only"},
                }
            ],
        },
        strict=False,
    )
    sore = Profile.with_pain({125: 6})
    plan = compile_routine(pmr_routine(), sore, rules=rules)
    assert plan.steps[2].mode == "release-only"
    # Every group let go only: the routine is introduced that way, and the rest kept.
    assert [s.skipped for s in plan.steps] == [True, False, False, True]
    recall = compile_routine(pmr_routine(), sore, rules=rules, choices=Choices(pmr_mode="recall"))
    assert recall.steps[2].mode == "recall"


def test_learning_mode_does_each_group_twice() -> None:
    one = compile_routine(pmr_routine())
    two = compile_routine(pmr_routine(), choices=Choices(learning=True))
    assert len([e for e in two.events if e.label == "tense"]) == 2
    assert "Once more, the same area." in [e.text for e in two.events]
    g1, g2 = one.steps[2], two.steps[2]
    assert (g2.end - g2.start) > 1.9 * (g1.end - g1.start)


def test_strict_compile_refuses_a_cue_that_does_not_fit_its_window() -> None:
    long_cue = "Notice the effort in every one of the small muscles of your hand and wrist."
    r = routine(pmr_step(text={"hold": [long_cue]}), kind="pmr")
    plan = compile_routine(r)
    assert long_cue not in [e.text for e in plan.events]
    assert any("tension window" in n for n in plan.notes)
    with pytest.raises(CompileError, match="does not fit the 6 s tension window"):
        compile_routine(r, strict=True)


# -- body-scan steps, anchors, eyes open --------------------------------------------------------


def scan_routine(**options: Any) -> Routine:
    return routine(
        {
            "kind": "narration",
            "text": "Close your eyes.",
            "eyes_open": "Keep your eyes open, gaze soft.",
        },
        {
            "kind": "anchor",
            "breath": "Rest on the breath.",
            "feet": "Rest on the feet.",
            "hands": "Rest on the hands.",
            "sounds": "Rest on the sounds.",
            "pause_after_s": 10,
            "flexible": True,
        },
        {
            "kind": "scan",
            "title": "Left foot",
            "side": "left",
            "parts": ["foot"],
            "text": "Your {side} foot.",
            "gentle": "Your {side} foot: notice it, without needing to change anything.",
            "dwell_s": 30,
            "flexible": True,
        },
        kind="body-scan",
        options={
            "anchors": ["breath", "feet", "hands", "sounds"],
            "eyes_open": True,
            "minutes": [2, 3],
            "default_minutes": 2,
            **options,
        },
    )


def test_anchor_and_eyes_open_choose_the_words() -> None:
    r = scan_routine()
    plan = compile_routine(r, choices=Choices(anchor="sounds", eyes_open=True))
    spoken = [e.text for e in plan.events if e.kind == "speech"]
    assert spoken[:2] == ["Keep your eyes open, gaze soft.", "Rest on the sounds."]
    plain = compile_routine(r)
    assert [e.text for e in plain.events if e.kind == "speech"][:2] == [
        "Close your eyes.",
        "Rest on the breath.",
    ]
    assert plan.duration_s == pytest.approx(120, abs=0.01)  # default_minutes
    assert compile_routine(r, minutes=3).duration_s == pytest.approx(180, abs=0.01)
    with pytest.raises(CompileError, match="offers the anchors breath, feet"):
        compile_routine(
            scan_routine(anchors=["breath", "feet"], default_anchor=None),
            choices=Choices(anchor="hands"),
        )


def test_a_sore_area_is_visited_gently_or_passed_over() -> None:
    r = scan_routine()
    sore = Profile.with_pain({136: 2})  # the patient's left foot
    plan = compile_routine(r, sore)
    said = [e.text for e in plan.events if e.step == 2 and e.kind == "speech"]
    assert said == ["Your left foot: notice it, without needing to change anything."]
    assert plan.steps[2].mode == "gentle"
    skipped = compile_routine(r, sore, choices=Choices(painful_areas="skip"))
    assert skipped.steps[2].skipped and skipped.duration_s == pytest.approx(120, abs=0.01)
    right_sore = compile_routine(r, Profile.with_pain({135: 9}))
    assert right_sore.steps[2].mode == "scan"
    with pytest.raises(ValidationError, match="without needing to change anything"):
        routine(
            {
                "kind": "scan",
                "title": "Feet",
                "parts": ["foot"],
                "text": "Your feet.",
                "gentle": "Your feet. Try to relax the pain away.",
            },
            kind="body-scan",
        )
