"""Safety data: crisis contacts by region and the first-run statement (scripts/safety/*.toml).

Both files are data a person may need in a hard moment, so they are read strictly (unknown keys,
wrong types and empty texts are refused with ``file:line`` messages) and checked in CI by
``somatic-player validate scripts``. The region for the system locale is picked here, without Qt,
so the choice is testable: ``en_GB`` -> ``UK``, ``de_DE`` -> ``EU``, ``C`` -> the fallback.
"""

from __future__ import annotations

import difflib
import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from somatic_player import resources
from somatic_player.content.source import Loc, Problem, Source, SourceError, read_source
from somatic_player.content.translations import localized, resolve

SCHEMA_VERSION = 1
CRISIS_FILE = "crisis.toml"
FIRST_RUN_FILE = "first-run.toml"

ServiceKind = Literal["support", "emergency", "directory"]

_Text = Annotated[str, Field(min_length=1, max_length=400, pattern=r"\S")]
_Short = Annotated[str, Field(min_length=1, max_length=80, pattern=r"\S")]
_Country = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
_RegionCode = Annotated[str, Field(pattern=r"^[A-Z]{2,4}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CrisisService(_Strict):
    """One number or address: who answers, how to reach them, and what they are there for."""

    kind: ServiceKind
    name: _Short
    how: _Short
    contact: _Short
    purpose: _Text
    url: Annotated[str, Field(pattern=r"^https://[A-Za-z0-9./_-]+$", max_length=200)] | None = None


class CrisisRegion(_Strict):
    """The services for one region, and the countries whose locale shows this region first."""

    code: _RegionCode
    name: _Short
    countries: tuple[_Country, ...]
    services: tuple[CrisisService, ...] = Field(min_length=1)


class CrisisResources(_Strict):
    """Every region's crisis contacts, when they were last checked, and the fallback region."""

    schema_version: Literal[1]
    last_verified: date
    fallback: _RegionCode
    regions: tuple[CrisisRegion, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> CrisisResources:
        codes: set[str] = set()
        owner: dict[str, str] = {}
        for region in self.regions:
            if region.code in codes:
                raise ValueError(f"region code {region.code!r} is used twice")
            codes.add(region.code)
            for country in region.countries:
                if country in owner:
                    raise ValueError(
                        f"country {country!r} is listed under both {owner[country]!r} "
                        f"and {region.code!r}"
                    )
                owner[country] = region.code
        if self.fallback not in codes:
            raise ValueError(f"fallback {self.fallback!r} is not one of the region codes")
        return self

    def region(self, code: str) -> CrisisRegion:
        """The region with this code (KeyError if there is none)."""
        for region in self.regions:
            if region.code == code:
                return region
        raise KeyError(code)

    @property
    def fallback_region(self) -> CrisisRegion:
        return self.region(self.fallback)

    def region_for_country(self, country: str) -> CrisisRegion:
        """The region listing this ISO 3166-1 code, or the fallback region."""
        country = country.upper()
        for region in self.regions:
            if country in region.countries:
                return region
        return self.fallback_region

    def ordered_for(self, code: str) -> list[CrisisRegion]:
        """All regions, the one with ``code`` first and the fallback last."""
        first = [r for r in self.regions if r.code == code]
        rest = [r for r in self.regions if r.code not in (code, self.fallback)]
        last = [self.fallback_region] if code != self.fallback else []
        return first + rest + last


class FirstRunText(_Strict):
    """The statement of purpose shown once before first use, and its button labels."""

    schema_version: Literal[1]
    revision: int = Field(ge=1, le=1000)
    title: _Short
    paragraphs: tuple[Annotated[str, Field(min_length=1, max_length=600, pattern=r"\S")], ...] = (
        Field(min_length=1, max_length=12)
    )
    acknowledge: _Short
    crisis_button: _Short

    @property
    def text(self) -> str:
        """The whole statement as plain text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


class SafetyFileError(SourceError):
    """A safety data file is not valid; ``problems`` lists each reason with its line."""


M = TypeVar("M", bound=_Strict)

_MODELS: tuple[type[BaseModel], ...] = (CrisisService, CrisisRegion, CrisisResources, FirstRunText)
_KNOWN_FIELDS = sorted({name for model in _MODELS for name in model.model_fields})


def _field_path(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(err: dict[str, Any]) -> str:
    kind = str(err["type"])
    if kind == "extra_forbidden":
        name = str(err["loc"][-1])
        close = difflib.get_close_matches(name, _KNOWN_FIELDS, n=1)
        return "is not a known field" + (f" (did you mean {close[0]!r}?)" if close else "")
    if kind == "missing":
        return "is required"
    if kind == "string_pattern_mismatch":
        return f"has the wrong format, got {json.dumps(err.get('input'))}"
    if kind in ("string_too_short", "too_short") and err.get("input") in ("", [], ()):
        return "must not be empty"
    msg = str(err["msg"]).removeprefix("Value error, ").replace("Input should be", "must be")
    msg = msg.replace("String should", "must").replace("Tuple should", "must")
    msg = msg.split(" after validation")[0]
    return msg[:1].lower() + msg[1:]


def _problems(exc: ValidationError, src: Source) -> list[Problem]:
    errors = exc.errors(include_url=False)
    failed = [tuple(err["loc"]) for err in errors if err["type"] != "too_short"]
    problems = []
    for err in errors:
        loc: Loc = tuple(p for p in err["loc"] if isinstance(p, str | int))
        if err["type"] == "too_short" and any(f[: len(loc)] == loc for f in failed):
            continue  # a list whose items failed also counts as too short; say it once
        where = _field_path(loc)
        text = _message(dict(err))
        problems.append(Problem(src.path, src.line_of(loc), f"{where} {text}" if where else text))
    problems.sort(key=lambda p: p.line)
    return problems


def _validate(model: type[M], src: Source) -> M:
    version = src.data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        line = src.line_of(("schema_version",))
        raise SafetyFileError(
            [
                Problem(
                    src.path,
                    line,
                    f"uses schema_version {version}; this version of Somatic Player reads "
                    f"version {SCHEMA_VERSION} (update the app to open it)",
                )
            ]
        )
    # JSON mode keeps strict types (no "4" -> 4) while TOML dates and arrays still fit.
    payload = json.dumps(src.data, default=str)
    try:
        return model.model_validate_json(payload, strict=True)
    except ValidationError as exc:
        raise SafetyFileError(_problems(exc, src)) from None


def load_crisis_file(path: Path, display: str | None = None) -> CrisisResources:
    """Read and validate a crisis contacts file; SafetyFileError lists every problem."""
    return _validate(CrisisResources, read_source(path, display))


def load_first_run_file(path: Path, display: str | None = None) -> FirstRunText:
    """Read and validate a first-run statement file; SafetyFileError lists every problem."""
    return _validate(FirstRunText, read_source(path, display))


def load_safety_file(path: Path, display: str | None = None) -> CrisisResources | FirstRunText:
    """Validate any file in scripts/safety/, chosen by its name (used by ``validate``)."""
    if path.name == CRISIS_FILE:
        return load_crisis_file(path, display)
    if path.name == FIRST_RUN_FILE:
        return load_first_run_file(path, display)
    raise SafetyFileError(
        [
            Problem(
                display or str(path),
                1,
                f"is not a known safety file (expected {CRISIS_FILE} or {FIRST_RUN_FILE})",
            )
        ]
    )


def safety_dir() -> Path:
    return resources.scripts_dir() / "safety"


def crisis_resources(language: str | None = None) -> CrisisResources:
    """The shipped crisis contacts in ``language`` (None: the content language), read once."""
    return _crisis_resources(resolve(language))


@cache
def _crisis_resources(language: str) -> CrisisResources:
    return localized(safety_dir() / CRISIS_FILE, language, load_crisis_file)[0]


def first_run_text(language: str | None = None) -> FirstRunText:
    """The shipped first-run statement in ``language`` (None: the content language), read
    once."""
    return _first_run_text(resolve(language))


@cache
def _first_run_text(language: str) -> FirstRunText:
    return localized(safety_dir() / FIRST_RUN_FILE, language, load_first_run_file)[0]


_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?[_-]([A-Za-z]{2})(?=$|[.@_-])")


def country_of_locale(locale_name: str) -> str | None:
    """The ISO 3166-1 country in a locale name (``en_GB.UTF-8`` -> ``GB``), or None (``C``)."""
    found = _LOCALE.match(locale_name.strip())
    return found.group(1).upper() if found else None


def region_for_locale(locale_name: str, data: CrisisResources | None = None) -> str:
    """The crisis region to show first for a locale: en_US -> US, de_DE -> EU, C -> fallback.

    ``data`` defaults to the shipped crisis contacts.
    """
    data = data or crisis_resources()
    country = country_of_locale(locale_name)
    if country is None:
        return data.fallback
    return data.region_for_country(country).code
