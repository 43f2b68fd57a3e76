"""The gentle-movement library (CONTENT.md, "Gentle movement"): exercises, their pictures, the
routines, capacity, dose and stop rules."""

from __future__ import annotations

import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from somatic_player import cli
from somatic_player.content.exercises import exercises_dir, load_exercise, shipped_exercises
from somatic_player.content.library import default_rules, find_routine, load_library
from somatic_player.content.loader import validate_paths
from somatic_player.core.compiler import compile_routine
from somatic_player.core.movement import STOP_SIGNS, Exercise, MovementStep
from somatic_player.core.plan import Plan
from somatic_player.core.profile import Profile
from somatic_player.core.routine import NarrationStep, Routine
from somatic_player.resources import ui_dir

ROOT = Path(__file__).resolve().parents[2]
# The examples CONTENT.md names, by exercise id.
CONTENT_MD = {
    "pelvic-tilt", "knee-rocks", "heel-slides", "ankle-pumps", "arm-slides", "chin-nods",
    "cat-cow", "marching", "ankle-circles", "shoulder-rolls", "shoulder-shrugs",
    "ear-to-shoulder", "side-reaches", "weight-shifts", "calf-raises", "pendulum-swings",
    "wall-slides",
}  # fmt: skip
ROUTINES = ("movement-lying", "seated-gentle-movement", "movement-standing", "movement-flare-day")


def exercises() -> list[Exercise]:
    return list(shipped_exercises().values())


def movement_routines() -> list[Routine]:
    return [e.routine for e in load_library() if e.builtin and e.kind == "movement" if e.routine]


def plan(r: Routine, profile: Profile | None = None) -> Plan:
    return compile_routine(r, profile, rules=default_rules(), strict=True)


# -- exercises -------------------------------------------------------------------------------------


def test_at_least_15_exercises_with_two_positions_each() -> None:
    found = shipped_exercises()
    assert len(found) >= 15
    assert set(found) >= CONTENT_MD
    assert len(list(exercises_dir().glob("*.toml"))) == len(found)  # none failed to load
    for ex in found.values():
        assert len(ex.variants.available()) >= 2, ex.id
        assert ex.beats and ex.parts, ex.id


def test_standing_variants_are_supported_and_instructions_stay_short() -> None:
    for ex in exercises():
        for position in ex.variants.available():
            words = ex.variants.text_for(position)
            assert len(words.split()) <= 32, (ex.id, position)  # read while moving
        standing = ex.variants.standing
        if standing:
            lower = standing.lower()
            assert "counter" in lower or "wall" in lower, ex.id


def test_neck_work_stays_in_a_comfortable_range_and_never_circles() -> None:
    for ex in exercises():
        text = " ".join(ex.variants.text_for(p) for p in ex.variants.available()).lower()
        assert "head circle" not in text and "roll your head around" not in text
        if "head" in ex.parts:  # the head moves: neck problems make these gentler
            assert "neck" in ex.tags, ex.id
    tilt = shipped_exercises()["ear-to-shoulder"]
    assert all("comfortable" in tilt.variants.text_for(p) for p in ("seated", "standing"))


def test_back_arching_exercises_are_tagged() -> None:
    assert "back-arch" in shipped_exercises()["cat-cow"].tags
    assert "back-arch" in shipped_exercises()["pelvic-tilt"].tags


def test_every_exercise_starts_at_3_to_5_and_progresses_by_at_most_2() -> None:
    for ex in exercises():
        assert 3 <= ex.reps <= 5 and ex.progress_reps <= 2, ex.id
        assert ex.max_reps is not None and ex.max_reps <= 12, ex.id


# -- pictures --------------------------------------------------------------------------------------


def _picture(exercise: str, name: str) -> Path:
    return ui_dir() / "movement" / exercise / name


def test_every_variant_has_a_picture_for_every_frame_and_a_still() -> None:
    count = 0
    for ex in exercises():
        for position in ex.variants.available():
            names = [f"{position}-{i}.svg" for i in range(ex.frames)] + [f"{position}-still.svg"]
            for name in names:
                path = _picture(ex.id, name)
                assert path.is_file(), path
                root = ET.parse(path).getroot()
                assert root.tag == "{http://www.w3.org/2000/svg}svg", path
                assert root.get("viewBox") == "0 0 400 300", path
                title = root.find("{http://www.w3.org/2000/svg}title")
                assert title is not None and ex.title in (title.text or ""), path
                count += 1
            extra = _picture(ex.id, f"{position}-{ex.frames}.svg")
            assert not extra.exists(), extra
    assert count >= 100


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_movement_figures", ROOT / "tools" / "make_movement_figures.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_pictures_are_what_the_generator_draws() -> None:
    built = _generator().build(ROOT / "scripts")
    shipped = {
        str(p.relative_to(ui_dir() / "movement")): p.read_text(encoding="utf-8")
        for p in (ui_dir() / "movement").rglob("*.svg")
    }
    assert set(built) == set(shipped)
    stale = [name for name, text in built.items() if shipped[name] != text]
    assert stale == [], "run tools/make_movement_figures.py"


# -- routines --------------------------------------------------------------------------------------


def test_at_least_four_movement_routines_lying_seated_standing_and_flare_day() -> None:
    ids = {r.id for r in movement_routines()}
    assert set(ROUTINES) <= ids
    listed = json.loads(_cli_json("list", "--json"))
    assert len([e for e in listed if e["kind"] == "movement"]) >= 4


def _cli_json(*args: str) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(list(args)) == 0
    return out.getvalue()


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_plan_capacity_lying_has_only_lying_steps_and_seated_no_standing(routine_id: str) -> None:
    for capacity, allowed in (("lying", {"lying"}), ("seated", {"lying", "seated"})):
        data = json.loads(
            _cli_json("plan", routine_id, "--capacity", capacity, "--json", "--no-speech")
        )
        moving = [s for s in data["steps"] if s["kind"] == "movement" and not s.get("skipped")]
        assert {s["position"] for s in moving} <= allowed, (routine_id, capacity)
        if capacity == "seated":
            assert moving, routine_id  # every routine still has something to do seated
    standing = [s.position for s in plan(find_routine(routine_id)[0]).steps if s.position]
    assert standing


def test_each_routine_keeps_to_its_position_and_the_flare_day_is_gentler() -> None:
    for routine_id, position in (
        ("movement-lying", "lying"),
        ("seated-gentle-movement", "seated"),
        ("movement-standing", "standing"),
        ("movement-flare-day", "lying"),
    ):
        p = plan(find_routine(routine_id)[0])
        positions = {s.position for s in p.steps if s.kind == "movement"}
        assert positions == {position}, routine_id
    flare = plan(find_routine("movement-flare-day")[0])
    assert {s.reps for s in flare.steps if s.kind == "movement"} == {3}
    lying = plan(find_routine("movement-lying")[0])
    assert min(s.reps for s in lying.steps if s.kind == "movement") >= 3


def test_every_movement_step_starts_at_3_to_5_repetitions() -> None:
    for r in movement_routines():
        for s in r.steps:
            if isinstance(s, MovementStep):
                assert 3 <= s.reps <= 5, (r.id, s.exercise)
                assert s.exercise in shipped_exercises(), (r.id, s.exercise)  # it has pictures


def test_stop_rules_come_before_the_first_movement_and_in_the_safety_notes() -> None:
    for r in movement_routines():
        first = next(i for i, s in enumerate(r.steps) if isinstance(s, MovementStep))
        said = " ".join(s.text for s in r.steps[:first] if isinstance(s, NarrationStep)).lower()
        notes = " ".join(r.safety.notes).lower()
        for sign in STOP_SIGNS:
            assert sign in said, (r.id, sign)
            assert sign in notes, (r.id, sign)


def test_counts_are_spoken_and_captioned_on_the_beat() -> None:
    p = plan(find_routine("seated-gentle-movement")[0])
    ticks = {e.sample for e in p.events if e.kind == "cue" and e.label.startswith("count")}
    words = [e for e in p.events if e.kind == "speech" and e.label == "beat"]
    assert words and all(e.sample in ticks for e in words)
    assert {m.start for m in p.counts} == ticks


def test_the_dose_grows_with_the_level_by_at_most_two_per_exercise() -> None:
    r = find_routine("movement-lying")[0]
    before = {s.title: s.reps for s in plan(r).steps if s.kind == "movement"}
    after = {
        s.title: s.reps for s in plan(r, Profile(movement_level=1)).steps if s.kind == "movement"
    }
    assert all(1 <= after[t] - before[t] <= 2 for t in before)


# -- files -----------------------------------------------------------------------------------------


def test_exercise_files_validate_with_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "movement"
    folder.mkdir()
    text = (exercises_dir() / "calf-raises.toml").read_text(encoding="utf-8")
    broken = folder / "calf-raises.toml"
    broken.write_text(text.replace("reps = 5", "reps = 8"), encoding="utf-8")
    [problem] = validate_paths([broken])
    line = text.splitlines().index("reps = 5") + 1
    assert str(problem) == f"{broken}:{line}: reps must be between 3 and 5 repetitions, got 8"
    renamed = folder / "heel-raises.toml"
    renamed.write_text(text, encoding="utf-8")
    [problem] = validate_paths([renamed])
    assert "id must be the file name ('heel-raises')" in str(problem)
    assert load_exercise(exercises_dir() / "calf-raises.toml").id == "calf-raises"


def test_a_routine_naming_an_unknown_exercise_says_where(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'schema_version = 1\nid = "mine"\ntitle = "Mine"\nkind = "movement"\n\n'
        '[[steps]]\nkind = "movement"\nexercise = "cartwheels"\n',
        encoding="utf-8",
    )
    [problem] = validate_paths([path])
    assert str(problem).startswith(f"{path}:8: steps[0].exercise 'cartwheels' is not in")


def test_a_routine_step_changes_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'schema_version = 1\nid = "mine"\ntitle = "Mine"\nkind = "movement"\n\n'
        '[[steps]]\nkind = "movement"\nexercise = "calf-raises"\npreferred = "seated"\n'
        "reps = 3\n",
        encoding="utf-8",
    )
    assert validate_paths([path]) == []
    r = find_routine(str(path))[0]
    [s] = r.steps
    assert isinstance(s, MovementStep)
    library = shipped_exercises()["calf-raises"]
    assert (s.reps, s.preferred) == (3, "seated")
    assert (s.title, s.beats, s.variants) == (library.title, library.beats, library.variants)
