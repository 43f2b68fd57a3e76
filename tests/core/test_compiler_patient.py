"""Settings a clinician carries in a routine file apply whenever the routine is compiled."""

from __future__ import annotations

from somatic_player.content.library import default_rules, find_routine
from somatic_player.core.compiler import compile_routine, with_patient_settings
from somatic_player.core.profile import Profile
from somatic_player.core.routine import PatientSettings, Routine


def _with(routine: Routine, **settings: object) -> Routine:
    return routine.model_copy(update={"patient": PatientSettings(**settings)})  # type: ignore[arg-type]


def test_dont_tense_regions_in_the_file_make_their_groups_release_only() -> None:
    routine, _ = find_routine("pmr-7")
    plain = compile_routine(routine, Profile(), rules=default_rules())
    assert {s.mode for s in plain.steps if s.kind == "pmr"} == {"tension-release"}
    adapted = compile_routine(
        _with(routine, dont_tense=(111, 113)), Profile(), rules=default_rules()
    )
    arm = next(s for s in adapted.steps if s.kind == "pmr" and s.title.startswith("Dominant hand"))
    assert arm.mode == "release-only"
    others = [s.mode for s in adapted.steps if s.kind == "pmr" and s is not arm]
    assert "tension-release" in others


def test_capacity_takes_the_lower_and_handedness_the_files() -> None:
    routine, _ = find_routine("pmr-7")
    carried = _with(routine, capacity="seated", handedness="left")
    profile = with_patient_settings(Profile(capacity="standing", handedness="right"), carried)
    assert (profile.capacity, profile.handedness) == ("seated", "left")
    lying = with_patient_settings(Profile(capacity="lying"), carried)
    assert lying.capacity == "lying"  # never above the person's own
    assert with_patient_settings(Profile(), routine) == Profile()  # nothing carried: unchanged


def test_movement_never_goes_above_the_carried_capacity() -> None:
    routine, _ = find_routine("movement-standing")
    plan = compile_routine(_with(routine, capacity="seated"), Profile(), rules=default_rules())
    positions = {s.position for s in plan.steps if s.kind == "movement" and not s.skipped}
    assert positions and "standing" not in positions
