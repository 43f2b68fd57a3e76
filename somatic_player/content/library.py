"""The routine library: built-in routines from scripts/ and the user's own, found by id or path."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from somatic_player import resources
from somatic_player.content.loader import RoutineError, load_routine, load_rules
from somatic_player.content.source import SourceError
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
        return out


class UnknownRoutine(LookupError):
    """No routine has that id and no file has that path."""


def builtin_files() -> list[Path]:
    return sorted(p for p in resources.scripts_dir().glob("*.toml"))


def user_files() -> list[Path]:
    return sorted(resources.user_routines_dir().glob("*.toml"))


@cache
def default_rules() -> RuleSet:
    """The shipped adaptation rules (scripts/rules/adaptation.toml)."""
    return load_rules(resources.scripts_dir() / "rules" / "adaptation.toml")


def _entry(path: Path, builtin: bool) -> LibraryEntry:
    try:
        routine = load_routine(path)
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
    )


def load_library() -> list[LibraryEntry]:
    """Built-in routines first, then the user's own; a user routine may not shadow a built-in."""
    entries = [_entry(p, True) for p in builtin_files()]
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


def find_routine(name: str) -> tuple[Routine, Path]:
    """A routine by built-in/user id, or by file path. RoutineError if the file is invalid."""
    candidate = Path(name)
    if candidate.suffix == ".toml" or "/" in name or candidate.is_file():
        if not candidate.exists():
            raise UnknownRoutine(f"no routine file at {name}")
        return load_routine(candidate), candidate
    for path in builtin_files() + user_files():
        if path.stem == name:
            routine = load_routine(path)
            if routine.id == name:
                return routine, path
    for path in builtin_files() + user_files():
        try:
            routine = load_routine(path)
        except RoutineError:
            continue
        if routine.id == name:
            return routine, path
    raise UnknownRoutine(f"unknown routine '{name}' (see 'somatic-player list' for the ids)")
