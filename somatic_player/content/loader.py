"""Load routine and rule files into core objects, with errors that name file, line and field."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from somatic_player.content.safety import load_safety_file
from somatic_player.content.source import Loc, Problem, Source, SourceError, read_source
from somatic_player.core.adapt import Actions, Conditions, Rule, RuleSet
from somatic_player.core.language_rules import base_language
from somatic_player.core.movement import Beat, Exercise
from somatic_player.core.routine import (
    STEP_KINDS,
    AnchorStep,
    BreathStep,
    CheckInStep,
    JournalStep,
    MovementStep,
    MovementVariants,
    NarrationStep,
    PaceOptions,
    PmrStep,
    PmrText,
    Routine,
    RoutineOptions,
    Safety,
    ScanStep,
    SilenceStep,
)

if TYPE_CHECKING:
    from somatic_player.content.prompts import JournalPrompts

M = TypeVar("M", bound=BaseModel)

_MODELS: tuple[type[BaseModel], ...] = (
    Routine,
    Safety,
    BreathStep,
    PmrStep,
    PmrText,
    MovementStep,
    MovementVariants,
    Exercise,
    Beat,
    NarrationStep,
    SilenceStep,
    CheckInStep,
    JournalStep,
    AnchorStep,
    ScanStep,
    RoutineOptions,
    PaceOptions,
    RuleSet,
    Rule,
    Conditions,
    Actions,
)
_KNOWN_FIELDS = sorted({name for model in _MODELS for name in model.model_fields})


class RoutineError(SourceError):
    """A routine or rules file is not valid; ``problems`` lists each reason with its line."""


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")


def field_path(loc: Loc) -> str:
    """``("steps", 2, "inhale_s")`` -> ``steps[2].inhale_s``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        name = str(part) if _PLAIN_KEY.fullmatch(str(part)) else _quoted(str(part))
        out += f".{name}" if out else name
    return out


def _quoted(key: str) -> str:
    """A key as TOML would quote it, so a blank or odd one is visible in a message."""
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _clean_loc(loc: tuple[Any, ...]) -> Loc:
    """Drop the union tag pydantic inserts after a step index (``steps, 2, 'breath', ...``)."""
    out: list[str | int] = []
    for i, part in enumerate(loc):
        if (
            isinstance(part, str)
            and part in STEP_KINDS
            and i > 0
            and isinstance(loc[i - 1], int)
            and out[:1] == ["steps"]
        ):
            continue
        if isinstance(part, str) and part.startswith("function-after["):
            continue
        out.append(part)
    return tuple(out)


def _shown(value: Any) -> str:
    text = json.dumps(value) if isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _message(err: dict[str, Any], where: str) -> str:
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    subject = where or "the file"
    if kind == "extra_forbidden":
        name = str(err["loc"][-1])
        # A field of another table in the wrong place must not be offered as its own fix.
        candidates = [field for field in _KNOWN_FIELDS if field != name]
        close = difflib.get_close_matches(name, candidates, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"{subject} is not a known field{hint}"
    if kind == "missing":
        return f"{subject} is required"
    if kind == "union_tag_invalid":
        return (
            f"{subject}.kind must be one of {', '.join(STEP_KINDS)}, got {_shown(ctx.get('tag'))}"
        )
    if kind == "union_tag_not_found":
        return f"{subject} needs a kind (one of {', '.join(STEP_KINDS)})"
    if kind in ("float_type", "int_type", "int_from_float", "float_parsing", "int_parsing"):
        noun = "a whole number" if kind.startswith("int") else "a number"
        return f"{subject} must be {noun}, got {_shown(value)}"
    if kind == "string_type":
        return f"{subject} must be text in quotes, got {_shown(value)}"
    if kind == "bool_type":
        return f"{subject} must be true or false, got {_shown(value)}"
    if kind in ("tuple_type", "list_type"):
        return f"{subject} must be a list [ ... ], got {_shown(value)}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{subject} must be a table of fields, got {_shown(value)}"
    if kind == "string_too_long":
        return f"{subject} is too long (at most {ctx.get('max_length')} characters)"
    if kind in ("too_long", "too_short"):
        return (
            f"{subject} "
            + str(err["msg"])
            .replace("Tuple should have", "must have")
            .replace("List should have", "must have")
            .split(" after validation")[0]
        )
    if kind == "string_pattern_mismatch":
        if str(err["loc"][-1]) in ("id", "group", "exercise"):
            return (
                f"{subject} must use lowercase letters, digits and dashes "
                f"(like 'easy-pace'), got {_shown(value)}"
            )
        return f"{subject} has the wrong format, got {_shown(value)}"
    if kind == "finite_number":
        return f"{subject} must be a finite number, got {_shown(value)}"
    msg = str(err["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    msg = msg.replace("Input should be", "must be")
    if kind == "literal_error":
        msg += f", got {_shown(value)}"
    if not msg[:1].islower():
        msg = msg[:1].lower() + msg[1:]
    return f"{subject} {msg}" if where else msg


def problems_from(exc: ValidationError, src: Source) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]))
        ctx = err.get("ctx") or {}
        if isinstance(ctx.get("field"), str):  # a model-level check that blames one field
            loc = (*loc, ctx["field"])
            if isinstance(ctx.get("index"), int):
                loc = (*loc, ctx["index"])
        line = src.line_of(loc)
        problems.append(Problem(src.path, line, _message(dict(err), field_path(loc))))
    problems.sort(key=lambda p: p.line)
    return problems


def validate_model(model: type[M], src: Source, language: str | None = None) -> M:
    """``src`` as ``model``; ``language`` is the content's, for the safety wording rules
    (``core.language_rules``; None: a routine's own ``language`` field, else English)."""
    if language is None:
        declared = src.data.get("language")
        language = declared if isinstance(declared, str) else "en"
    # JSON mode keeps strict typing (no "4" -> 4.0) while letting TOML arrays fill tuples.
    payload = json.dumps(src.data, default=str)
    try:
        return model.model_validate_json(payload, strict=True, context={"language": language})
    except ValidationError as exc:
        raise RoutineError(problems_from(exc, src)) from None


def load_routine(path: Path, display: str | None = None) -> Routine:
    """Read and validate one routine file; RoutineError lists every problem with its line."""
    src = read_source(path, display)
    version = src.data.get("schema_version")
    if isinstance(version, int) and version > 1:
        raise RoutineError(
            [
                Problem(
                    src.path,
                    src.line_of(("schema_version",)),
                    f"uses schema_version {version}; this version of Somatic "
                    "Player reads version 1 (update the app to open it)",
                )
            ]
        )
    from somatic_player.content.exercises import shipped_exercises, with_library

    # Movement steps take their exercise from the library in the routine's own language.
    declared = src.data.get("language")
    language = base_language(declared if isinstance(declared, str) else None)
    return validate_model(Routine, with_library(src, shipped_exercises(language)))


def load_rules(path: Path) -> RuleSet:
    return validate_model(RuleSet, read_source(path))


def load_prompts(path: Path, language: str | None = None) -> JournalPrompts:
    """Read and validate a journal-prompts file (scripts/prompts/), written in ``language``
    (None: the language of its ``i18n/<lang>/`` folder, else English)."""
    from somatic_player.content.prompts import JournalPrompts
    from somatic_player.content.translations import language_of_path

    language = language or language_of_path(path) or "en"
    return validate_model(JournalPrompts, read_source(path), language)


def validate_paths(paths: list[Path]) -> list[Problem]:
    """Every problem in these files (folders are searched for *.toml routine files). A file in
    an ``i18n/<lang>/`` folder is also compared with its English original
    (``content.translations``): only the words people read may differ."""
    from somatic_player.content.translations import check_translation

    problems: list[Problem] = []
    for path in paths:
        files = sorted(path.rglob("*.toml")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            problems.append(Problem(str(path), 1, "has no .toml routine files"))
        for file in files:
            try:
                if file.parent.name == "rules":
                    load_rules(file)
                elif file.parent.name == "movement":
                    from somatic_player.content.exercises import load_exercise

                    load_exercise(file)
                elif file.parent.name == "prompts":
                    load_prompts(file)
                elif file.parent.name == "safety":
                    load_safety_file(file)
                else:
                    load_routine(file)
            except SourceError as exc:
                problems.extend(exc.problems)
            problems.extend(check_translation(file))
    return problems
