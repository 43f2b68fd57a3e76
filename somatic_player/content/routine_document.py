"""An editable routine: plain data the editor changes one edit at a time, checked as a whole.

A :class:`RoutineDocument` keeps the routine as JSON-ready data (the metadata, and one dict per
step holding only what differs from the model's defaults), so it may be invalid half-way
through an edit; :meth:`RoutineDocument.check` says what is wrong, per step and field, in the
same words ``somatic-player validate`` uses. The safety flags and the anchor choices follow from
the steps, so the editor never asks for them. :func:`routine_to_toml` writes a routine back as a
routine file that reads back equal (movement steps name their library exercise and keep only
what they change).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from somatic_player import resources
from somatic_player.content.exercises import shipped_exercises
from somatic_player.content.loader import _clean_loc, _message, field_path
from somatic_player.core.compiler import compile_routine, estimate_speech_s
from somatic_player.core.language_rules import base_language
from somatic_player.core.movement import MovementStep
from somatic_player.core.profile import Profile
from somatic_player.core.routine import ANCHORS, STEP_KINDS, Routine
from somatic_player.core.routine_fields import Between
from somatic_player.core.routine_steps import (
    AnchorStep,
    BreathStep,
    CheckInStep,
    JournalStep,
    NarrationStep,
    PmrStep,
    ScanStep,
    SilenceStep,
)

StepData = dict[str, Any]
# A session this long (or longer) is flagged for the clinician to think about.
LONG_SESSION_MIN = 30.0
FILE_HEADER = "# Written by the Somatic Player routine editor; safe to edit by hand.\n"

STEP_MODELS: dict[str, type[BaseModel]] = {
    "breath": BreathStep,
    "pmr": PmrStep,
    "movement": MovementStep,
    "narration": NarrationStep,
    "silence": SilenceStep,
    "check-in": CheckInStep,
    "journal": JournalStep,
    "anchor": AnchorStep,
    "scan": ScanStep,
}
STEP_LABELS: dict[str, str] = {
    "breath": "Paced breathing",
    "pmr": "Muscle group (PMR)",
    "movement": "Gentle movement",
    "narration": "Spoken words",
    "silence": "Quiet time",
    "check-in": "Check-in",
    "journal": "Journal prompt",
    "anchor": "Anchor",
    "scan": "Body-scan area",
}
DEFAULT_EXERCISE = "shoulder-rolls"


def _templates() -> dict[str, StepData]:
    """A valid new step of each kind, in warm plain words the clinician then makes their own."""
    return {
        "breath": {
            "kind": "breath",
            "title": "Easy pace",
            "inhale_s": 4.0,
            "exhale_s": 6.0,
            "duration_s": 300.0,
        },
        "pmr": {
            "kind": "pmr",
            "group": "hands",
            "title": "Hands",
            "parts": ["hand", "wrist"],
            "text": {
                "focus": "Bring your attention to your hands.",
                "tense": "Make a soft fist, about half effort, just enough to notice, "
                "never to the point of pain or cramp. Now.",
                "release": "And let go.",
                "release_only": "Let your hands soften and rest, just as they are.",
            },
        },
        "movement": exercise_step(DEFAULT_EXERCISE),
        "narration": {"kind": "narration", "text": "Settle in and let your body be supported."},
        "silence": {"kind": "silence", "duration_s": 30.0},
        "check-in": {"kind": "check-in", "moment": "before"},
        "journal": {"kind": "journal", "prompt": "What do you notice in your body right now?"},
        "anchor": {
            "kind": "anchor",
            "breath": "Rest your attention on the breath, wherever you feel it most easily.",
            "feet": "Rest your attention on your feet and the ground beneath them.",
            "hands": "Rest your attention on your hands, just as they are.",
            "sounds": "Rest your attention on the sounds around you, coming and going.",
        },
        "scan": {
            "kind": "scan",
            "title": "Feet",
            "parts": ["foot"],
            "text": "Bring your attention to your feet. Notice whatever is there.",
            "gentle": "Notice your feet, without needing to change anything.",
        },
    }


def new_step(kind: str) -> StepData:
    """A valid new step of ``kind`` (one of ``STEP_KINDS``)."""
    if kind not in STEP_KINDS:
        raise ValueError(f"unknown step kind {kind!r}")
    return _templates()[kind]


def exercise_step(exercise_id: str, language: str | None = None) -> StepData:
    """A movement step doing a library exercise at its starting dose, in ``language`` (None:
    the content language)."""
    exercise = shipped_exercises(language)[exercise_id]
    step = MovementStep.model_validate_json(
        json.dumps({"kind": "movement", **exercise.step_fields()}), strict=True
    )
    return step_data(step)


def step_data(step: BaseModel) -> StepData:
    """A step as editable data: only what differs from the defaults."""
    data: StepData = step.model_dump(mode="json", exclude_defaults=True)
    data["kind"] = step.kind  # type: ignore[attr-defined]
    return data


def limits(model: type[BaseModel], name: str) -> Between | None:
    """The inclusive range (with its unit) the model allows for field ``name``, if it has one."""
    return field_limits(model.model_fields[name])


def field_limits(info: FieldInfo) -> Between | None:
    """The ``Between`` range of one model field (also inside ``Annotated[...] | None``)."""
    found = [m for m in info.metadata if isinstance(m, Between)]
    for arg in getattr(info.annotation, "__args__", ()):  # Annotated[...] | None
        found += [m for m in getattr(arg, "__metadata__", ()) if isinstance(m, Between)]
    return found[0] if found else None


def describe_limits(between: Between) -> str:
    """``Between(1, 20, "seconds")`` -> ``"1 to 20 seconds"``."""
    unit = f" {between.unit}" if between.unit else ""
    return f"{between.lo:g} to {between.hi:g}{unit}"


@dataclass(frozen=True)
class Issue:
    """One thing wrong: ``step`` is the step index (None: the routine), ``field`` a dotted path
    inside it (``text.tense``, ``inhale_s``; "" for the whole step or routine)."""

    step: int | None
    field: str
    message: str


@dataclass(frozen=True)
class SafetyFlags:
    breath_holds: bool = False
    standing: bool = False
    tension: bool = False
    long_session: bool = False

    def labels(self) -> list[str]:
        shown = (
            (self.breath_holds, "Breath holds: offered only after the breath-hold questions"),
            (self.standing, "Standing steps: need support nearby (a counter or chair)"),
            (self.tension, "Tensing: muscle groups are tensed gently unless marked release-only"),
            (self.long_session, f"Long session: {LONG_SESSION_MIN:g} minutes or more"),
        )
        return [text for on, text in shown if on]


def safety_flags(steps: Iterable[StepData], positions: Iterable[str] = ()) -> SafetyFlags:
    """What the clinician should know about these steps (before the length is known)."""
    steps = list(steps)
    holds = any(
        s.get("kind") == "breath" and (_num(s.get("hold_in_s")) or _num(s.get("hold_out_s")))
        for s in steps
    )
    standing = "standing" in positions or any(
        s.get("kind") == "movement" and s.get("preferred") == "standing" for s in steps
    )
    tension = any(
        s.get("kind") == "pmr" and s.get("mode", "tension-release") == "tension-release"
        for s in steps
    )
    return SafetyFlags(holds, standing, tension)


def _num(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


class RoutineDocument:
    """A routine being edited: ``meta`` (every top-level field but the steps) and ``steps``.

    Edits go through the small methods below so an undo stack can replay them exactly; each
    returns what it replaced.
    """

    def __init__(self, meta: dict[str, Any], steps: list[StepData]) -> None:
        self.meta = meta
        self.steps = steps

    # -- making one -------------------------------------------------------------------------

    @classmethod
    def new(cls, routine_id: str = "my-routine", title: str = "My routine") -> RoutineDocument:
        meta: dict[str, Any] = {
            "schema_version": 1,
            "id": routine_id,
            "title": title,
            "kind": "mixed",
        }
        return cls(meta, [new_step("check-in")])

    @classmethod
    def from_routine(cls, routine: Routine) -> RoutineDocument:
        data = routine.model_dump(mode="json", exclude_defaults=True)
        data["schema_version"] = routine.schema_version
        data["kind"] = routine.kind
        steps = [step_data(s) for s in routine.steps]
        data.pop("steps", None)
        safety = data.get("safety", {})
        for flag in ("contains_breath_holds", "contains_standing", "contains_tension"):
            safety.pop(flag, None)  # they follow from the steps
        if not safety:
            data.pop("safety", None)
        return cls(data, steps)

    @classmethod
    def duplicate_of(cls, routine: Routine, taken: Iterable[str] = ()) -> RoutineDocument:
        """A copy of ``routine`` with a new id (``<id>-copy``, ``-copy-2``...) and title."""
        doc = cls.from_routine(routine)
        doc.meta["id"] = unique_id(f"{routine.id}-copy", taken)
        doc.meta["title"] = f"{routine.title} (my copy)"[:200]
        doc.meta["author"] = ""
        return doc

    # -- edits (each returns the value it replaced) -------------------------------------------

    def set_meta(self, key: str, value: Any) -> Any:
        old = self.meta.get(key)
        _put(self.meta, key, value)
        return old

    def set_field(self, index: int, path: str, value: Any) -> Any:
        """Set ``path`` (``reps``, ``text.tense``) of step ``index``; None removes it."""
        step = self.steps[index]
        *outer, last = path.split(".")
        holder = step
        for name in outer:
            holder = holder.setdefault(name, {})
        old = holder.get(last)
        _put(holder, last, value)
        return old

    def get_field(self, index: int, path: str) -> Any:
        holder: Any = self.steps[index]
        for name in path.split("."):
            if not isinstance(holder, dict):
                return None
            holder = holder.get(name)
        return holder

    def replace_step(self, index: int, step: StepData) -> StepData:
        old = self.steps[index]
        self.steps[index] = copy.deepcopy(step)
        return old

    def insert_step(self, index: int, step: StepData) -> None:
        self.steps.insert(index, copy.deepcopy(step))

    def remove_step(self, index: int) -> StepData:
        return self.steps.pop(index)

    def move_step(self, source: int, target: int) -> None:
        """Move step ``source`` so that it ends up at index ``target``."""
        step = self.steps.pop(source)
        self.steps.insert(target, step)

    # -- checking and writing ---------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """The whole routine as file data, with the flags that follow from the steps filled in."""
        data = copy.deepcopy(self.meta)
        steps = copy.deepcopy(self.steps)
        flags = safety_flags(steps, data.get("positions", ()))
        safety = dict(data.get("safety", {}))
        safety["contains_breath_holds"] = flags.breath_holds
        safety["contains_standing"] = flags.standing
        safety["contains_tension"] = flags.tension
        data["safety"] = safety
        options = dict(data.get("options", {}))
        has_anchor = any(s.get("kind") == "anchor" for s in steps)
        if has_anchor and not options.get("anchors"):
            options["anchors"] = list(ANCHORS)
        elif not has_anchor:
            options.pop("anchors", None)
            options.pop("default_anchor", None)
        data["options"] = options
        data["steps"] = steps
        return data

    def check(self) -> tuple[Routine | None, list[Issue]]:
        """The routine, or None and every reason it is not valid yet."""
        try:
            data = self.data()
            language = data.get("language") if isinstance(data.get("language"), str) else "en"
            routine = Routine.model_validate_json(
                json.dumps(data), strict=True, context={"language": language}
            )
        except ValidationError as exc:
            return None, issues_from(exc)
        return routine, []

    def routine(self) -> Routine:
        routine, issues = self.check()
        if routine is None:
            raise ValueError("; ".join(f"{_where(i)}{i.message}" for i in issues))
        return routine

    def to_toml(self) -> str:
        return routine_to_toml(self.routine())

    def save(self, folder: Path | None = None) -> Path:
        """Write ``<id>.toml`` in ``folder`` (the user's routines); ValueError when invalid."""
        text = self.to_toml()
        folder = folder if folder is not None else resources.user_routines_dir()
        path = folder / f"{self.meta['id']}.toml"
        resources.write_private(path, text)
        return path


def duration_s(
    routine: Routine, profile: Profile | None = None, clip_dir: Path | None = None
) -> float:
    """How long the routine plays for ``profile`` (the clinician's view: breath holds allowed),
    with the shipped adaptation rules, estimated speech, and the real length of recorded lines
    found in ``clip_dir``."""
    from somatic_player.content.library import default_rules

    profile = profile if profile is not None else Profile(breath_hold_screen="cleared")
    plan = compile_routine(
        routine, profile, rules=default_rules(), speech_length=speech_lengths(clip_dir)
    )
    return plan.duration_s


def speech_lengths(clip_dir: Path | None) -> Callable[[str], float]:
    """Speech length for the compiler: a recorded clip's real length (``"clip:NAME"`` keys, read
    from ``clip_dir``), else the words-per-minute estimate."""

    def length(key: str) -> float:
        if key.startswith("clip:") and clip_dir is not None:
            try:
                import soundfile

                info = soundfile.info(str(clip_dir / key.removeprefix("clip:")))
                return float(info.frames) / float(info.samplerate)
            except (OSError, RuntimeError, ValueError):
                pass  # a missing or unreadable clip: the estimate (validation reports it)
        return estimate_speech_s(key)

    return length


def _where(issue: Issue) -> str:
    if issue.step is None:
        return f"{issue.field}: " if issue.field else ""
    return f"step {issue.step + 1}{'.' + issue.field if issue.field else ''}: "


def _put(holder: dict[str, Any], key: str, value: Any) -> None:
    if value is None or value == "" or value == []:
        holder.pop(key, None)
    else:
        holder[key] = copy.deepcopy(value)


def issues_from(exc: ValidationError) -> list[Issue]:
    """Pydantic's errors as :class:`Issue` with the loader's plain words (no file lines)."""
    issues = []
    for err in exc.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]))
        ctx = err.get("ctx") or {}
        if isinstance(ctx.get("field"), str):
            loc = (*loc, ctx["field"])
        where = field_path(loc)
        message = _message(dict(err), where)
        if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int):
            inner = ".".join(str(p) for p in loc[2:] if isinstance(p, str))
            text = message.removeprefix(where).strip() or message
            issues.append(Issue(loc[1], inner, text))
        else:
            inner = ".".join(str(p) for p in loc if isinstance(p, str))
            issues.append(Issue(None, inner, message))
    return issues


def unique_id(wanted: str, taken: Iterable[str]) -> str:
    """``wanted`` made a valid routine id that is not in ``taken``."""
    base = re.sub(r"[^a-z0-9-]+", "-", wanted.lower()).strip("-")[:56] or "routine"
    used = set(taken)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _movement_fields(step: MovementStep, language: str) -> StepData:
    """A movement step as written: a library exercise keeps only what the routine changes
    (from the exercise in the routine's ``language``, as the loader fills it in)."""
    library = shipped_exercises(base_language(language)).get(step.exercise)
    if library is None:
        return step_data(step)
    given = library.step_fields()
    full = step.model_dump(mode="json")
    defaults = MovementStep.model_fields
    out: StepData = {"kind": "movement", "exercise": step.exercise}
    for name, value in full.items():
        if name in out:
            continue
        if name in given:
            if value != given[name]:
                out[name] = value
        elif value != _json_default(defaults[name].default):
            out[name] = value
    return out


def _json_default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, tuple):
        return list(value)
    return value


def routine_to_toml(routine: Routine) -> str:
    """The routine as a routine file that ``somatic-player validate`` accepts and that reads
    back equal."""
    data: dict[str, Any] = routine.model_dump(mode="json", exclude_defaults=True)
    data["schema_version"] = routine.schema_version
    data["kind"] = routine.kind
    steps = [
        _movement_fields(s, routine.language) if isinstance(s, MovementStep) else step_data(s)
        for s in routine.steps
    ]
    data.pop("steps", None)
    order = ["schema_version", "id", "title", "description", "author", "version", "language"]
    ordered = {k: data.pop(k) for k in order if k in data}
    ordered.update(data)
    ordered["steps"] = steps
    return FILE_HEADER + tomli_w.dumps(ordered, multiline_strings=True)
