"""Translated practice content: ``scripts/i18n/<lang>/<path>.toml`` beside each English file.

A translation is a complete copy of the English file in one language (docs/TRANSLATING.md):
``language = "<lang>"`` where the English says ``"en"``, every string a person reads in that
language, and everything else exactly as in English: ids, kinds, numbers, durations, regions,
positions, tags, modes, exercise names, urls, phone numbers, the shape of every table and list.

:func:`compare` checks that, key by key, and names each difference by file, line and key path
(``steps[4].duration_s is 200; the English file has 300``). The loaders ask :func:`localized`
for a file in the chosen language: the translation when it exists, is valid and matches its
English file; otherwise the English file (and a warning in the log, once).

The content language is chosen with :func:`set_language` (the GUI: the interface language;
the command line: ``--language``); loaders given no language use it.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from somatic_player import resources
from somatic_player.content.source import Loc, Problem, Source, SourceError, read_source
from somatic_player.core.spoken_words import words_for
from somatic_player.i18n import DEFAULT_LANGUAGE, LANGUAGES, supported

log = logging.getLogger(__name__)

T = TypeVar("T")

FOLDER = "i18n"
#: The languages content may be translated into (English is the original).
TRANSLATED = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)

# Keys whose text a person reads or hears: their values are translated. Everything else is
# identical in every language. (The last key naming a value decides: ``safety.notes[1]`` is a
# "notes" value; ``steps[3].text.tense`` a "tense" value.)
TRANSLATABLE = frozenset(
    {
        # routines and exercises
        "title",
        "description",
        "notes",
        "text",
        "eyes_open",
        "caption",
        "prompt",
        "gentle",
        "say",
        # adaptation rules: the suggestion the app shows
        "suggest",
        # muscle relaxation words (steps[].text.*)
        "focus",
        "tense",
        "hold",
        "release",
        "notice",
        "release_only",
        "recall",
        "cue_controlled",
        "rapid",
        "again",
        # anchor steps: the line for each anchor
        "breath",
        "feet",
        "hands",
        "sounds",
        # movement variants: the instructions for each position
        "lying",
        "seated",
        "standing",
        # first-run statement
        "paragraphs",
        "acknowledge",
        "crisis_button",
        # crisis resources (contact, url, kind, code and countries stay as they are)
        "name",
        "how",
        "purpose",
    }
)
# Keys that hold the text above only inside these tables (elsewhere the words are values).
_ONLY_UNDER = {"lying": "variants", "seated": "variants", "standing": "variants"}
_PLACEHOLDER = re.compile(r"\{[^{}\s]*\}")

_language = [DEFAULT_LANGUAGE]
_warned: set[tuple[str, str]] = set()


def set_language(code: str) -> str:
    """Choose the content language (``"es"``, ``"de_AT.UTF-8"``...; English when we do not ship
    it). Loaders called without a language use it from now on. Returns the code chosen."""
    _language[0] = supported(code)
    return _language[0]


def current_language() -> str:
    """The content language loaders use when given none (English until :func:`set_language`)."""
    return _language[0]


def resolve(language: str | None) -> str:
    """``language``, or the current content language when None; limited to shipped ones."""
    return current_language() if language is None else supported(language)


# -- where translations live -----------------------------------------------------------------


def translation_of(english: Path, language: str, root: Path | None = None) -> Path | None:
    """Where the ``language`` copy of the English file ``english`` lives (None: ``english`` is
    not a file under ``root``, the shipped scripts folder by default, or is English itself)."""
    root = (root or resources.scripts_dir()).resolve()
    try:
        relative = english.resolve().relative_to(root)
    except ValueError:
        return None
    if language == DEFAULT_LANGUAGE or relative.parts[:1] == (FOLDER,):
        return None
    return root / FOLDER / language / relative


def original_of(path: Path) -> tuple[Path, str] | None:
    """``(English file, language)`` for a file in an ``i18n/<lang>/`` folder, else None."""
    parts = path.parts
    for i in range(len(parts) - 2, -1, -1):
        if parts[i] == FOLDER and i + 2 < len(parts) and parts[i + 1] in TRANSLATED:
            return Path(*parts[:i], *parts[i + 2 :]), parts[i + 1]
    return None


def language_of_path(path: Path) -> str | None:
    """The language of a file in an ``i18n/<lang>/`` folder (None elsewhere)."""
    found = original_of(path)
    return found[1] if found else None


def translated_files(root: Path | None = None) -> list[Path]:
    """Every translated content file under ``root`` (the shipped scripts by default)."""
    base = (root or resources.scripts_dir()) / FOLDER
    return sorted(p for code in TRANSLATED for p in (base / code).rglob("*.toml"))


# -- structural comparison --------------------------------------------------------------------


def _path(loc: Loc) -> str:
    from somatic_player.content.loader import field_path

    return field_path(loc) or "the file"


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else '"' + value + '"'
    return text if len(text) <= 50 else text[:47] + "..."


def _translatable(loc: Loc) -> bool:
    names = [part for part in loc if isinstance(part, str)]
    if not names or names[-1] not in TRANSLATABLE:
        return False
    parent = _ONLY_UNDER.get(names[-1])
    return parent is None or (len(names) > 1 and names[-2] == parent)


def _same_scalar(english: Any, translated: Any) -> bool:
    if isinstance(english, bool) or isinstance(translated, bool):
        return type(english) is type(translated) and english == translated
    if isinstance(english, int | float) and isinstance(translated, int | float):
        return english == translated  # 4 and 4.0 are the same number of seconds
    if isinstance(english, datetime.date | datetime.time):
        return type(english) is type(translated) and english == translated
    return type(english) is type(translated) and bool(english == translated)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "a date"


class _Comparison:
    def __init__(self, src: Source, language: str) -> None:
        self.src = src
        self.language = language
        self.placeholders = words_for(language).placeholders()
        self.problems: list[Problem] = []

    def problem(self, loc: Loc, message: str) -> None:
        self.problems.append(Problem(self.src.path, self.src.line_of(loc), message))

    def walk(self, english: Any, translated: Any, loc: Loc) -> None:
        if isinstance(english, dict) != isinstance(translated, dict) or isinstance(
            english, list
        ) != isinstance(translated, list):
            self.problem(
                loc, f"{_path(loc)} is {_kind(translated)}; the English file has {_kind(english)}"
            )
            return
        if isinstance(english, dict):
            self.table(english, translated, loc)
        elif isinstance(english, list):
            if len(english) != len(translated):
                self.problem(
                    loc,
                    f"{_path(loc)} has {len(translated)} item(s); the English file has "
                    f"{len(english)} (a translation keeps every item, in the same order)",
                )
                return
            for i, (a, b) in enumerate(zip(english, translated, strict=True)):
                self.walk(a, b, (*loc, i))
        elif isinstance(english, str) and isinstance(translated, str) and _translatable(loc):
            self.text(english, translated, loc)
        elif not _same_scalar(english, translated):
            self.problem(
                loc,
                f"{_path(loc)} is {_shown(translated)}; the English file has {_shown(english)} "
                "(only the words people read are translated)",
            )

    def table(self, english: dict[str, Any], translated: dict[str, Any], loc: Loc) -> None:
        for key in english:
            if key not in translated:
                self.problem(loc, f"{_path((*loc, key))} is missing (the English file has it)")
        for key, value in translated.items():
            if key not in english:
                self.problem((*loc, key), f"{_path((*loc, key))} is not in the English file")
            elif key == "language" and not loc:
                self.language_field(english[key], value)
            else:
                self.walk(english[key], value, (*loc, key))

    def language_field(self, english: Any, translated: Any) -> None:
        if not isinstance(english, str):
            self.walk(english, translated, ("language",))
        elif translated != self.language:
            self.problem(
                ("language",),
                f'language must be "{self.language}" (the language of the folder it is in), '
                f"got {_shown(translated)}",
            )

    def text(self, english: str, translated: str, loc: Loc) -> None:
        where = _path(loc)
        if bool(english.strip()) != bool(translated.strip()):
            state = "empty" if not translated.strip() else "not empty"
            self.problem(loc, f"{where} is {state}, unlike the English file")
            return
        wanted = sorted(_base(p) for p in _PLACEHOLDER.findall(english))
        found = _PLACEHOLDER.findall(translated)
        unknown = sorted({p for p in found if p not in self.placeholders})
        if unknown:
            known = ", ".join(sorted(self.placeholders))
            self.problem(
                loc, f"{where} has {', '.join(unknown)}, which is not filled in (use {known})"
            )
        elif sorted(_base(p) for p in found) != wanted:
            said = ", ".join(wanted) or "none"
            self.problem(
                loc,
                f"{where} must keep the English file's placeholders ({said}), each as often, "
                f"got {', '.join(found) or 'none'}",
            )


def _base(placeholder: str) -> str:
    """``{side_f}`` -> ``{side}``: a language's forms of a placeholder count as the one."""
    name = placeholder.strip("{}")
    for base in ("other_side", "side"):
        if name == base or name.startswith(base + "_"):
            return "{" + base + "}"
    return placeholder


def compare(english: Source, translated: Source, language: str) -> list[Problem]:
    """Every way ``translated`` differs from ``english`` other than translated text, located
    in ``translated``."""
    comparison = _Comparison(translated, language)
    comparison.walk(english.data, translated.data, ())
    comparison.problems.sort(key=lambda p: p.line)
    return comparison.problems


def check_translation(path: Path, display: str | None = None) -> list[Problem]:
    """The structural problems of one translated file (see :func:`compare`); a file outside an
    ``i18n/<lang>/`` folder has none."""
    found = original_of(path)
    if found is None:
        return []
    english_path, language = found
    name = display or str(path)
    if not english_path.is_file():
        return [
            Problem(
                name,
                1,
                f"has no English original (expected {english_path}); a translation copies a "
                "shipped file",
            )
        ]
    try:
        english = read_source(english_path)
        translated = read_source(path, display)
    except SourceError as exc:
        return list(exc.problems)
    return compare(english, translated, language)


# -- loading in a language ------------------------------------------------------------------


def localized(
    english: Path, language: str | None, load: Callable[[Path], T]
) -> tuple[T, Path, str]:
    """``(loaded, path read, its language)``: the ``language`` copy of ``english`` when it
    exists, loads and matches its English file; else ``english`` itself (logged once)."""
    code = resolve(language)
    path = translation_of(english, code)
    if path is not None and path.is_file():
        try:
            problems = check_translation(path)
            if not problems:
                return load(path), path, code
        except SourceError as exc:
            problems = list(exc.problems)
        key = (str(path), str(problems[0]))
        if key not in _warned:
            _warned.add(key)
            log.warning(
                "using the English %s: its %s translation has %d problem(s), first: %s",
                english.name,
                code,
                len(problems),
                problems[0],
            )
    return load(english), english, DEFAULT_LANGUAGE
