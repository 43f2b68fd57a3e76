"""The editable routine document: round trips, checks in plain words, derived safety flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from somatic_player.content.library import builtin_files
from somatic_player.content.loader import load_routine, validate_paths
from somatic_player.content.routine_document import (
    RoutineDocument,
    describe_limits,
    limits,
    new_step,
    routine_to_toml,
    safety_flags,
    unique_id,
)
from somatic_player.core.routine import STEP_KINDS
from somatic_player.core.routine_steps import BreathStep, PmrStep


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.stem)
def test_every_shipped_routine_round_trips(path: Path, tmp_path: Path) -> None:
    routine = load_routine(path)
    written = tmp_path / path.name
    written.write_text(routine_to_toml(routine), encoding="utf-8")
    assert validate_paths([written]) == []
    assert load_routine(written) == routine
    # Through the document too: its derived flags and anchors agree with the shipped files.
    assert RoutineDocument.from_routine(routine).routine() == routine


def test_library_movement_steps_keep_only_what_they_change() -> None:
    routine = load_routine(next(p for p in builtin_files() if p.stem == "seated-gentle-movement"))
    text = routine_to_toml(routine)
    assert 'exercise = "shoulder-shrugs"' in text
    assert "[[steps.beats]]" not in text and "[steps.variants]" not in text


def test_a_new_routine_with_every_step_kind_saves_and_validates(tmp_path: Path) -> None:
    doc = RoutineDocument.new("for-sam", "For Sam")
    for kind in STEP_KINDS:
        doc.insert_step(len(doc.steps), new_step(kind))
    path = doc.save(tmp_path)
    assert path == tmp_path / "for-sam.toml"
    assert validate_paths([path]) == []
    routine = load_routine(path)
    assert [s.kind for s in routine.steps] == ["check-in", *STEP_KINDS]
    assert routine.safety.contains_tension and not routine.safety.contains_breath_holds
    assert routine.options.anchors  # anchor steps bring their choices


def test_problems_name_the_step_and_field_in_plain_words() -> None:
    doc = RoutineDocument.new()
    doc.insert_step(1, new_step("breath"))
    doc.set_field(1, "inhale_s", 0.0)
    doc.set_field(0, "moment", "whenever")
    routine, issues = doc.check()
    assert routine is None
    found = {(i.step, i.field): i.message for i in issues}
    assert found[(1, "inhale_s")] == "must be between 1 and 20 seconds, got 0"
    assert "before" in found[(0, "moment")]
    with pytest.raises(ValueError, match=r"step 2\.inhale_s"):
        doc.to_toml()


def test_breath_holds_are_flagged_from_the_steps() -> None:
    doc = RoutineDocument.new()
    doc.insert_step(1, new_step("breath"))
    doc.set_field(1, "hold_in_s", 4.0)
    assert safety_flags(doc.steps).breath_holds
    assert doc.routine().safety.contains_breath_holds
    doc.set_field(1, "hold_in_s", None)
    assert not doc.routine().safety.contains_breath_holds


def test_limits_come_from_the_model() -> None:
    between = limits(BreathStep, "inhale_s")
    assert between is not None and describe_limits(between) == "1 to 20 seconds"
    tension = limits(PmrStep, "tension_s")
    assert tension is not None and (tension.lo, tension.hi) == (3, 10)
    assert limits(BreathStep, "title") is None


def test_edits_return_what_they_replaced_and_moves_land_where_asked() -> None:
    doc = RoutineDocument.new()
    for kind in ("silence", "journal", "narration"):
        doc.insert_step(len(doc.steps), new_step(kind))
    assert doc.set_field(1, "duration_s", 45.0) == 30.0
    assert doc.set_field(1, "caption", "Rest") is None
    doc.move_step(1, 3)
    assert [s["kind"] for s in doc.steps] == ["check-in", "journal", "narration", "silence"]
    assert doc.set_meta("title", "New") == "My routine"


def test_unique_ids() -> None:
    assert unique_id("Easy Pace copy", {"easy-pace-copy"}) == "easy-pace-copy-2"
    assert unique_id("!!!", ()) == "routine"


def test_a_recorded_line_counts_with_its_real_length(tmp_path: Path) -> None:
    import numpy as np
    import soundfile

    from somatic_player.content.library import find_routine
    from somatic_player.content.routine_document import duration_s, speech_lengths

    soundfile.write(tmp_path / "voice-a.wav", np.zeros(48_000 * 7, dtype=np.float32), 48_000)
    lengths = speech_lengths(tmp_path)
    assert lengths("clip:voice-a.wav") == 7.0
    assert lengths("clip:missing.wav") == lengths("missing.wav")  # falls back to the estimate
    routine, _ = find_routine("easy-pace")
    first = next(i for i, s in enumerate(routine.steps) if s.kind == "narration")
    steps = list(routine.steps)
    steps[first] = steps[first].model_copy(update={"clip": "voice-a.wav"})
    recorded = routine.model_copy(update={"steps": tuple(steps)})
    assert duration_s(recorded, clip_dir=tmp_path) > duration_s(recorded)  # 7 s vs a guess
