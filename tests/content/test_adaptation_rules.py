"""One test per adaptation rule in scripts/rules/adaptation.toml, named after the rule."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from somatic_player.content.library import default_rules, find_routine
from somatic_player.core.adapt import Suggestion, suggestions
from somatic_player.core.compiler import compile_routine, not_offered
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
    cleared = {"breath_hold_screen": "cleared"}
    plan = plan_of(_breathing_with_holds(), flare_day=True, **cleared)
    assert not plan.cues("hold")
    assert plan.steps[0].adapted_by == ("breath-no-holds-flare-day",)
    assert plan_of(_breathing_with_holds(), **cleared).cues("hold")


def test_rule_breath_no_holds_after_session() -> None:
    cleared = {"breath_hold_screen": "cleared"}
    plan = plan_of(
        _breathing_with_holds(), last_ketamine_session=NOW - timedelta(hours=2), **cleared
    )
    assert not plan.cues("hold")
    assert plan.steps[0].adapted_by == ("breath-no-holds-after-session",)
    assert plan_of(
        _breathing_with_holds(), last_ketamine_session=NOW - timedelta(hours=30), **cleared
    ).cues("hold")


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


# -- breath holds, 4-7-8, capacity, back problems, integration days, suggestions ---------------


def shipped(routine_id: str) -> Routine:
    return find_routine(routine_id)[0]


def holds_in(plan: Plan) -> int:
    return len(plan.cues("hold"))


def offered(r: Routine, **profile: Any) -> tuple[str, ...]:
    pain = profile.pop("pain", {})
    return not_offered(r, Profile.with_pain(pain, now=NOW, **profile), default_rules())


def test_breath_no_holds_after_session_also_hides_routines_with_holds() -> None:
    cleared = {"breath_hold_screen": "cleared"}
    recent = {"last_ketamine_session": NOW - timedelta(hours=20), **cleared}
    assert "breath-no-holds-after-session" in offered(shipped("box-breathing"), **recent)
    assert offered(shipped("box-breathing"), **cleared) == ()
    slept = {**recent, "slept_since_session": True}
    assert offered(shipped("breathing-478"), **slept) == ()


def test_rule_breath_holds_need_screen() -> None:
    for routine_id in ("box-breathing", "breathing-478"):
        r = shipped(routine_id)
        for screen in ("unanswered", "not-cleared"):
            assert offered(r, breath_hold_screen=screen) == ("breath-holds-need-screen",)
            plan = plan_of(r, breath_hold_screen=screen)
            assert holds_in(plan) == 0  # asked for anyway, it runs without holds
            assert any("breath-holds-need-screen" in n for n in plan.notes)
        assert offered(r, breath_hold_screen="cleared") == ()
        assert holds_in(plan_of(r, breath_hold_screen="cleared")) > 0
    # Routines without holds are offered whatever the answers.
    assert offered(shipped("easy-pace")) == ()
    assert offered(shipped("cyclic-sighing")) == ()


def _breaths(plan: Plan) -> int:
    return len([e for e in plan.cues("inhale") if e.label == "inhale"])


def test_rule_breath_478_first_30_days() -> None:
    r = shipped("breathing-478")
    cleared: dict[str, Any] = {"breath_hold_screen": "cleared"}
    assert _breaths(plan_of(r, **cleared)) == 4  # never practised: today is the first day
    first = {**cleared, "first_478_at": NOW - timedelta(days=29, hours=23)}
    plan = plan_of(r, **first)
    assert _breaths(plan) == 4
    assert "breath-478-first-30-days" in plan.steps[2].adapted_by
    assert _breaths(plan_of(r, **{**cleared, "first_478_at": NOW - timedelta(days=30)})) == 8


def test_rule_breath_478_at_most_8() -> None:
    r = shipped("breathing-478")
    later = {"breath_hold_screen": "cleared", "first_478_at": NOW - timedelta(days=90)}
    plan = plan_of(r, **later)
    assert _breaths(plan) == 8
    assert plan.steps[2].adapted_by == ("breath-478-at-most-8",)
    # Even a routine file asking for more is held to 8 (a hand-edited copy, say).
    longer = r.model_copy(
        update={
            "steps": tuple(
                s.model_copy(update={"cycles": 20}) if i == 2 else s for i, s in enumerate(r.steps)
            )
        }
    )
    assert _breaths(plan_of(longer, **later)) == 8


def test_rule_movement_capacity_filters_variants() -> None:
    for capacity, allowed in (("lying", {"lying"}), ("seated", {"lying", "seated"})):
        plan = plan_of(movement(), capacity=capacity)
        assert set(positions(plan)) <= allowed
        kept = [s for s in plan.steps if s.kind == "movement" and not s.skipped]
        assert kept and all("movement-capacity-filters-variants" in s.adapted_by for s in kept)
    standing = plan_of(movement())
    assert not any("movement-capacity-filters-variants" in s.adapted_by for s in standing.steps)


def _back_arch_routine() -> Routine:
    return Routine.model_validate(
        {
            "schema_version": 1,
            "id": "cat-cow",
            "title": "Cat-cow",
            "kind": "movement",
            "steps": [
                {
                    "kind": "movement",
                    "exercise": "cat-cow",
                    "title": "Cat-cow",
                    "preferred": "standing",
                    "reps": 6,
                    "parts": ["mid-back", "lower-back"],
                    "tags": ["back-arch"],
                    "variants": {
                        "seated": "Sitting tall, gently round and then lengthen your back.",
                        "standing": "Hands on a counter, gently round and then lengthen your back.",
                    },
                }
            ],
        },
        strict=False,
    )


def test_rule_movement_back_arch_back_problem() -> None:
    base = plan_of(_back_arch_routine())
    assert positions(base) == ["standing"]
    plan = plan_of(_back_arch_routine(), back_problem=True)
    [step] = [s for s in plan.steps if s.kind == "movement"]
    assert step.position == "seated"
    assert "movement-back-arch-back-problem" in step.adapted_by
    firsts = [e.text for e in plan.events if e.label == "count" and e.text.startswith("1 of")]
    assert firsts == ["1 of 3"]


def test_rule_scan_at_most_10_minutes_after_session() -> None:
    recent: dict[str, Any] = {"last_ketamine_session": NOW - timedelta(hours=6)}
    for routine_id in ("body-scan-3", "body-scan-10"):
        assert offered(shipped(routine_id), **recent) == ()
    for routine_id in ("body-scan-20", "body-scan-45"):
        assert offered(shipped(routine_id), **recent) == ("scan-at-most-10-minutes-after-session",)
        assert offered(shipped(routine_id)) == ()
        # Asked for anyway, a long scan is kept to ten minutes, and says so.
        plan = plan_of(shipped(routine_id), **recent)
        assert plan.duration_s <= 600 + 1
        assert any("kept to 10 minutes" in n for n in plan.notes)
    assert plan_of(shipped("body-scan-10"), **recent).duration_s == pytest.approx(600, abs=1)
    slept = plan_of(shipped("body-scan-20"), **recent, slept_since_session=True)
    assert slept.duration_s == pytest.approx(1200, abs=1)
    # Only body scans: other routines keep their length.
    assert plan_of(shipped("gentle-ramp"), **recent).duration_s > 600


def _suggested(**profile: Any) -> dict[str, Suggestion]:
    return {s.rule: s for s in suggestions(default_rules(), Profile(now=NOW, **profile))}


def test_rule_today_flare_suggests_breathing_and_release_only() -> None:
    assert "today-flare-suggests-breathing-and-release-only" not in _suggested()
    s = _suggested(flare_day=True)["today-flare-suggests-breathing-and-release-only"]
    assert s.routines == ("easy-pace", "pmr-7")
    assert s.pmr_mode == "release-only"
    for routine_id in s.routines:
        find_routine(routine_id)  # every suggested routine exists
    # The suggestion itself changes nothing; the flare rules do the adapting.
    assert set(modes(plan_of(pmr7(), flare_day=True)).values()) == {"release-only"}


def test_rule_today_dizzy_suggests_faster_pace_shorter_sessions() -> None:
    rule = "today-dizzy-suggests-faster-pace-shorter-sessions"
    assert rule not in _suggested(dizzy_reports_7d=1)
    s = _suggested(dizzy_reports_7d=2)[rule]
    assert s.pace_delta_bpm is not None and s.pace_delta_bpm > 0
    assert s.max_minutes is not None and s.max_minutes <= 5
    assert "smaller, softer" in s.text and "deeper" not in s.text.lower()
    # Suggesting is all it does: the plan is unchanged.
    easy = shipped("easy-pace")
    assert plan_of(easy, dizzy_reports_7d=3).events == plan_of(easy).events


def test_rule_today_after_session_lying_seated() -> None:
    rule = "today-after-session-lying-seated"
    s = _suggested(last_ketamine_session=NOW - timedelta(hours=3))[rule]
    assert "drive" in s.text and "clinic" in s.text
    assert s.pmr_mode == "release-only"
    for routine_id in s.routines:
        r = shipped(routine_id)
        assert set(r.practice_positions) <= {"lying", "seated"}
        assert not r.has_breath_holds
    assert rule not in _suggested(last_ketamine_session=NOW - timedelta(hours=30))
    assert rule not in _suggested(
        last_ketamine_session=NOW - timedelta(hours=3), slept_since_session=True
    )


def test_a_rule_may_only_use_actions_that_fit_what_it_applies_to() -> None:
    from pydantic import ValidationError

    from somatic_player.core.adapt import Rule

    with pytest.raises(ValidationError, match="a rule for breath cannot use reps_factor"):
        Rule.model_validate(
            {"id": "x", "description": "x", "applies_to": "breath", "then": {"reps_factor": 0.5}}
        )
    with pytest.raises(ValidationError, match="a suggestion needs its words"):
        Rule.model_validate(
            {
                "id": "x",
                "description": "x",
                "applies_to": "today",
                "then": {"suggest_max_minutes": 3},
            }
        )
