"""The shared exercise library: ``scripts/movement/<id>.toml``, one exercise per file.

Each file is validated like a routine (``PATH:LINE: message``) and its ``id`` must be its file
name, which is also the folder of its pictures (``ui/movement/<id>/``). A routine's movement
step that names a library exercise gets the exercise's fields first and its own on top, so a
routine says only what it changes (``reps``, ``preferred``, ``rest_s``...).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from somatic_player import resources
from somatic_player.content.loader import RoutineError, validate_model
from somatic_player.content.source import Problem, Source, SourceError, read_source
from somatic_player.content.translations import localized, resolve
from somatic_player.core.movement import Exercise

FOLDER = "movement"


def exercises_dir() -> Path:
    return resources.scripts_dir() / FOLDER


def load_exercise(path: Path, display: str | None = None) -> Exercise:
    """Read and validate one exercise file; RoutineError lists every problem with its line."""
    src = read_source(path, display)
    exercise = validate_model(Exercise, src)
    if exercise.id != path.stem:
        raise RoutineError(
            [
                Problem(
                    src.path,
                    src.line_of(("id",)),
                    f"id must be the file name ({path.stem!r}), got {exercise.id!r}",
                )
            ]
        )
    return exercise


def shipped_exercises(language: str | None = None) -> dict[str, Exercise]:
    """Every valid exercise of the shipped library by id, in ``language`` (None: the content
    language; an exercise without a valid translation is in English). A broken file is left
    out here; it is reported when the file itself is validated."""
    return _shipped_exercises(resolve(language))


@cache
def _shipped_exercises(language: str) -> dict[str, Exercise]:
    found: dict[str, Exercise] = {}
    for path in sorted(exercises_dir().glob("*.toml")):
        try:
            found[path.stem] = localized(path, language, load_exercise)[0]
        except SourceError:
            continue
    return found


def with_library(src: Source, library: dict[str, Exercise]) -> Source:
    """``src`` with every movement step that names a library exercise filled in from it."""
    steps = src.data.get("steps")
    if not isinstance(steps, list):
        return src
    filled: list[Any] = []
    for i, step in enumerate(steps):
        if not (isinstance(step, dict) and step.get("kind") == "movement"):
            filled.append(step)
            continue
        name = step.get("exercise")
        if isinstance(name, str) and name in library:
            filled.append({**library[name].step_fields(), **step})
            continue
        if isinstance(name, str) and "variants" not in step:
            known = ", ".join(sorted(library)) or "none"
            raise RoutineError(
                [
                    Problem(
                        src.path,
                        src.line_of(("steps", i, "exercise")),
                        f"steps[{i}].exercise {name!r} is not in the exercise library "
                        f"(scripts/movement/); give its title and variants here, or use one "
                        f"of: {known}",
                    )
                ]
            )
        filled.append(step)
    return Source(src.path, {**src.data, "steps": filled}, src.lines)
