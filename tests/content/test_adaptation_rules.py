"""One test per adaptation rule in scripts/rules/adaptation.toml, named after the rule."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from somatic_player.content.library import default_rules, find_routine
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine, tension_verbs_in

NOW = datetime(2026, 11, 25, 9, 0)


def pmr7() -> Routine:
    return find_routine("pmr-7")[0]


def movement() -> Routine:
    return find_routine("seated-gentle-movement")[0]


def plan_of(r: Routine, **profile: Any) -> Plan:
    pain = profile.pop("pain", {})
    return compile_routine(r, Profile.with_pain(pain, now=NOW, **profile), rules=default_rules())


def modes(plan: Plan) -> dict[str, str | None]:
    return {s.title: s.mode for s in plan.steps if s.kind == "pmr"}


def step_texts(plan: Plan, title: str) -> list[str]:
    [step] = [s for s in plan.steps if s.title == title]
    return [e.text for e in plan.events if e.step == step.index and e.text]


def test_every_rule_in_the_file_has_a_test_here() -> None:
    names = set(globals())
    for rule in default_rules().rules:
        assert f"test_rule_{rule.id.replace('-', '_')}" in names, rule.id


def test_rule_pmr_release_only_painful_region() -> None:
    plan = plan_of(pmr7(), pain={111: 6, 113: 6, 115: 6})
    m = modes(plan)
    assert m["Dominant hand and arm"] == "release-only"
    assert all(
        mode == "tension-release" for title, mode in m.items() if title != "Dominant hand and arm"
    )
    assert all(not tension_verbs_in(t) for t in step_texts(plan, "Dominant hand and arm"))
    assert any("right hand and arm" in t for t in step_texts(plan, "Dominant hand and arm"))
    # Three below the threshold changes nothing.
    assert set(modes(plan_of(pmr7(), pain={111: 3})).values()) == {"tension-release"}


def test_left_handed_person_has_the_left_arm_as_dominant() -> None:
    plan = plan_of(pmr7(), pain={111: 6}, handedness="left")
    m = modes(plan)
    assert m["Dominant hand and arm"] == "tension-release"
    assert m["Other hand and arm"] == "release-only"


def test_rule_pmr_release_only_dont_tense() -> None:
    m = modes(plan_of(pmr7(), dont_tense=frozenset({205})))
    assert m["Neck"] == "release-only"
    assert m["Face"] == "tension-release"


def test_rule_pmr_release_only_flare_day() -> None:
    assert set(modes(plan_of(pmr7(), flare_day=True)).values()) == {"release-only"}


def test_rule_pmr_release_only_after_session() -> None:
    recent = plan_of(pmr7(), last_ketamine_session=NOW - timedelta(hours=5))
    assert set(modes(recent).values()) == {"release-only"}
    later = plan_of(pmr7(), last_ketamine_session=NOW - timedelta(hours=30))
    assert set(modes(later).values()) == {"tension-release"}
    slept = plan_of(
        pmr7(), last_ketamine_session=NOW - timedelta(hours=10), slept_since_session=True
    )
    assert set(modes(slept).values()) == {"tension-release"}


def test_rule_pmr_release_only_back_arch() -> None:
    m = modes(plan_of(pmr7(), back_problem=True))
    assert m["Shoulders, chest, back and stomach"] == "release-only"
    assert m["Neck"] == "tension-release"


def test_rule_pmr_release_only_neck() -> None:
    m = modes(plan_of(pmr7(), neck_problem=True))
    assert m["Neck"] == "release-only"
    assert m["Shoulders, chest, back and stomach"] == "tension-release"


def _breathing_with_holds() -> Routine:
    return Routine.model_validate(
        {
            "schema_version": 1,
            "id": "box",
            "title": "Box",
            "kind": "breathing",
            "safety": {"contains_breath_holds": True},
            "steps": [
                {
                    "kind": "breath",
                    "inhale_s": 4,
                    "hold_in_s": 4,
                    "exhale_s": 4,
                    "hold_out_s": 4,
                    "cycles": 4,
                }
            ],
        },
        strict=False,
    )


def test_rule_breath_no_holds_flare_day() -> None:
    plan = plan_of(_breathing_with_holds(), flare_day=True)
    assert not plan.cues("hold")
    assert "breath-no-holds-flare-day" in plan.steps[0].adapted_by
    assert plan_of(_breathing_with_holds()).cues("hold")


def test_rule_breath_no_holds_after_session() -> None:
    plan = plan_of(_breathing_with_holds(), last_ketamine_session=NOW - timedelta(hours=2))
    assert not plan.cues("hold")


def positions(plan: Plan) -> list[str | None]:
    return [s.position for s in plan.steps if s.kind == "movement" and not s.skipped]


def test_capacity_filters_movement_variants() -> None:
    assert set(positions(plan_of(movement(), capacity="lying"))) == {"lying"}
    assert "standing" not in positions(plan_of(movement(), capacity="seated"))
    lying = plan_of(movement(), capacity="lying")
    skipped = [s.title for s in lying.steps if s.skipped]
    assert skipped == ["Side reaches"]  # it has no lying variant


def test_rule_movement_lying_seated_after_session() -> None:
    plan = plan_of(movement(), last_ketamine_session=NOW - timedelta(hours=3))
    assert set(positions(plan)) <= {"lying", "seated"}


def test_rule_movement_lying_seated_flare_day() -> None:
    plan = plan_of(movement(), flare_day=True)
    assert set(positions(plan)) <= {"lying", "seated"}
    firsts = [e.text for e in plan.events if e.label == "count" and e.text.startswith("1 of")]
    assert firsts and all(text == "1 of 3" for text in firsts)


def _reps(plan: Plan, title: str) -> int:
    [step] = [s for s in plan.steps if s.title == title]
    counts = [e for e in plan.events if e.step == step.index and e.label == "count"]
    return len(counts) // (2 if title != "Shoulder rolls" else 1)  # "each" side repeats


def test_rule_movement_gentler_painful_region() -> None:
    base = plan_of(movement())
    gentler = plan_of(movement(), pain={129: 5})  # right knee: marching touches it
    assert _reps(base, "Marching") == 4
    assert _reps(gentler, "Marching") == 3
    [step] = [s for s in gentler.steps if s.title == "Marching"]
    assert "movement-gentler-painful-region" in step.adapted_by


def test_rule_movement_skip_very_painful_region() -> None:
    plan = plan_of(movement(), pain={133: 8})  # right ankle
    [step] = [s for s in plan.steps if s.title == "Ankle circles"]
    assert step.skipped and step.end == step.start
    assert any("Ankle circles" in n for n in plan.notes)


def test_rule_movement_neck_problem_seated() -> None:
    plan = plan_of(movement(), neck_problem=True)
    [step] = [s for s in plan.steps if s.title == "Gentle neck tilt"]
    assert step.position in ("lying", "seated")
    assert "movement-neck-problem-seated" in step.adapted_by


@pytest.mark.parametrize("capacity", ["lying", "seated", "standing"])
def test_no_step_above_capacity(capacity: str) -> None:
    order = ["lying", "seated", "standing"]
    for p in positions(plan_of(movement(), capacity=capacity)):
        assert p is not None and order.index(p) <= order.index(capacity)
