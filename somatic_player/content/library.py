"""The routine library: built-in routines from scripts/ and the user's own, found by id or path.

Built-in routines come in the content language (:func:`set_language`, or a ``language``
argument): a routine's translation in ``scripts/i18n/<lang>/`` when it is valid and matches its
English file, else the English routine (``content.translations``). A user's own routines are in
whatever language they were written in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from somatic_player import resources
from somatic_player.content.loader import RoutineError, load_routine, load_rules
from somatic_player.content.source import SourceError
from somatic_player.content.translations import (
    current_language,
    localized,
    resolve,
    set_language,
    translation_of,
)
from somatic_player.core.adapt import RuleSet
from somatic_player.core.compiler import compile_routine
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine


@dataclass(frozen=True)
class LibraryEntry:
    """One routine as the library shows it. ``error`` is set (and ``routine`` None) when broken."""

    id: str
    title: str
    kind: str
    duration_s: float
    positions: tuple[str, ...]
    description: str
    builtin: bool
    path: Path
    flexible: bool = False
    error: str | None = None
    routine: Routine | None = None
    # Session lengths to offer (flexible routines), shortest first.
    minutes: tuple[float, ...] = ()
    breath_holds: bool = False
    # The language the routine was loaded in (a built-in one without a valid translation in
    # the chosen language is in English). ``path`` is always the routine's own (English) file.
    language: str = "en"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "duration_s": round(self.duration_s, 1),
            "positions": list(self.positions),
            "builtin": self.builtin,
            "flexible": self.flexible,
            "path": str(self.path),
        }
        if self.minutes:
            out["session_minutes"] = list(self.minutes)
        if self.breath_holds:
            out["breath_holds"] = True
        if self.language != "en":
            out["language"] = self.language
        return out


class UnknownRoutine(LookupError):
    """No routine has that id and no file has that path."""


def builtin_files() -> list[Path]:
    return sorted(p for p in resources.scripts_dir().glob("*.toml"))


def user_files() -> list[Path]:
    return sorted(resources.user_routines_dir().glob("*.toml"))


def default_rules(language: str | None = None) -> RuleSet:
    """The shipped adaptation rules (scripts/rules/adaptation.toml), their suggestions in
    ``language`` where translated (None: the content language)."""
    return _default_rules(resolve(language))


@cache
def _default_rules(language: str) -> RuleSet:
    return localized(resources.scripts_dir() / "rules" / "adaptation.toml", language, load_rules)[0]


__all__ = [
    "LibraryEntry",
    "UnknownRoutine",
    "builtin_files",
    "current_language",
    "default_rules",
    "find_routine",
    "load_builtin",
    "load_library",
    "set_language",
    "source_file",
    "user_files",
]


def load_builtin(path: Path, language: str | None = None) -> Routine:
    """A built-in routine file in ``language`` (None: the content language): its valid
    translation, else the English file. RoutineError if the English file is invalid."""
    return localized(path, language, load_routine)[0]


def source_file(path: Path, language: str | None = None) -> Path:
    """The file a routine is read from in ``language`` (None: the content language): a
    built-in routine's valid translation, else ``path`` itself (what an export packs)."""
    if path.resolve() not in {p.resolve() for p in builtin_files()}:
        return path
    return localized(path, language, load_routine)[1]


def _entry(path: Path, builtin: bool, language: str = "en") -> LibraryEntry:
    try:
        routine = load_builtin(path, language) if builtin else load_routine(path)
    except SourceError as exc:
        return LibraryEntry(
            path.stem,
            path.stem,
            "unknown",
            0.0,
            (),
            "",
            builtin,
            path,
            error=str(exc.problems[0]) if exc.problems else "invalid",
        )
    # A routine with breath holds is listed with its holds, as it runs once it is offered
    # (the breath-hold rules keep it from being offered until the questions are answered).
    profile = Profile(breath_hold_screen="cleared") if routine.has_breath_holds else None
    plan = compile_routine(routine, profile, rules=default_rules())
    return LibraryEntry(
        routine.id,
        routine.title,
        routine.kind,
        plan.duration_s,
        routine.practice_positions,
        routine.description,
        builtin,
        path,
        routine.is_flexible,
        None,
        routine,
        routine.offered_minutes,
        routine.has_breath_holds,
        routine.language,
    )


def load_library(language: str | None = None) -> list[LibraryEntry]:
    """Built-in routines first, then the user's own; a user routine may not shadow a built-in.
    Built-in routines are in ``language`` where translated (None: the content language)."""
    code = resolve(language)
    entries = [_entry(p, True, code) for p in builtin_files()]
    taken = {e.id for e in entries}
    for path in user_files():
        entry = _entry(path, False)
        if entry.id in taken and entry.error is None:
            entry = LibraryEntry(
                entry.id,
                entry.title,
                entry.kind,
                entry.duration_s,
                entry.positions,
                entry.description,
                False,
                path,
                error=f"{path}: id '{entry.id}' is already used by another routine",
            )
        taken.add(entry.id)
        entries.append(entry)
    return entries


def find_routine(name: str, language: str | None = None) -> tuple[Routine, Path]:
    """A routine by built-in/user id, or by file path. RoutineError if the file is invalid.

    A built-in routine (by id, or the path of its file in scripts/) comes in ``language``
    where translated (None: the content language); the path returned is its own file.
    """
    code = resolve(language)
    builtin = set(builtin_files())

    def load(path: Path) -> Routine:
        return load_builtin(path, code) if path in builtin else load_routine(path)

    candidate = Path(name)
    if candidate.suffix == ".toml" or "/" in name or candidate.is_file():
        if not candidate.exists():
            raise UnknownRoutine(f"no routine file at {name}")
        if translation_of(candidate, code) is not None and candidate.resolve() in {
            p.resolve() for p in builtin
        }:
            return load_builtin(candidate, code), candidate
        return load_routine(candidate), candidate
    for path in builtin_files() + user_files():
        if path.stem == name:
            routine = load(path)
            if routine.id == name:
                return routine, path
    for path in builtin_files() + user_files():
        try:
            routine = load(path)
        except RoutineError:
            continue
        if routine.id == name:
            return routine, path
    raise UnknownRoutine(f"unknown routine '{name}' (see 'somatic-player list' for the ids)")
