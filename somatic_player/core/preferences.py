"""The person's preferences: sound, display, audio device and practice defaults, declared once.

Every setting has its default and its bounds here and nowhere else: the settings dialog reads the
ranges and choices from this module (:func:`bounds`, :func:`choices`), and the store falls back to
these defaults for anything it cannot read. :class:`Preferences` is frozen and checks every value
when it is made, so an out-of-range value can never reach the audio engine or the window.

It is a plain dataclass, not a pydantic model: preferences are read before the first window is
drawn (the theme and text size must be right from the first paint), and importing pydantic and
building a model there would cost about as much as importing Qt's widgets.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

CueStyle = Literal["tones", "spoken", "bell", "silent"]
Theme = Literal["light", "dark", "high-contrast"]
Handedness = Literal["right", "left"]  # as core.profile.Handedness
Capacity = Literal["lying", "seated", "standing"]  # as core.routine.Position, least to most
Language = Literal["", "en", "es", "de"]  # "" follows the desktop; as somatic_player.i18n.LANGUAGES


def _between(lo: float, hi: float, unit: str = "") -> dict[str, Any]:
    return {"range": (lo, hi), "unit": unit}


def _text(max_length: int) -> dict[str, Any]:
    return {"max_length": max_length}


class InvalidPreferences(ValueError):
    """One or more settings were refused; ``problems`` maps each setting to the reason."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{name} {why}" for name, why in self.problems.items()))


@dataclass(frozen=True, kw_only=True)
class Preferences:
    """What a person has chosen; each field's default is what a new install uses.

    ``reduced_motion`` is ``None`` to follow the desktop's setting. ``voice`` and ``audio_device``
    are ``""`` for the speech engine's and the system's default. ``av_offset_ms`` is how much later
    sound reaches the ears than the picture reaches the eyes (Bluetooth headphones add 100-250 ms):
    the pacer is drawn that much later so circle and cue meet. Making one with a value out of
    range, of the wrong kind or not among the choices raises :class:`InvalidPreferences`.
    """

    # Sound
    cue_style: CueStyle = "tones"
    volume_cues: float = field(default=0.8, metadata=_between(0, 1))
    volume_voice: float = field(default=1.0, metadata=_between(0, 1))
    volume_guide: float = field(default=0.0, metadata=_between(0, 1))
    voice: str = field(default="", metadata=_text(200))
    speech_rate_wpm: int = field(default=145, metadata=_between(100, 200, "words per minute"))
    # Display
    theme: Theme = "light"
    text_scale: float = field(default=1.0, metadata=_between(1.0, 2.0))
    reduced_motion: bool | None = None
    # A soft pulse of the whole player at each breath phase change and cue, for people who
    # cannot hear the cues (audio is never the only channel); off unless chosen.
    screen_flash: bool = False
    language: Language = ""
    # Audio device
    audio_device: str = field(default="", metadata=_text(500))
    av_offset_ms: int = field(default=0, metadata=_between(-300, 300, "ms"))
    # Practice
    default_minutes: int = field(default=5, metadata=_between(1, 60, "minutes"))
    handedness: Handedness = "right"
    capacity: Capacity = "standing"
    # Safety: how long the lighter "integration days" after a logged ketamine-assisted session
    # last (CONTENT.md: 72 h by default, configurable); the first 24 h have their own limits.
    integration_hours: int = field(default=72, metadata=_between(24, 168, "hours"))

    def __post_init__(self) -> None:
        problems: dict[str, str] = {}
        for name in FIELD_NAMES:
            try:
                clean = check(name, getattr(self, name))
            except ValueError as exc:
                problems[name] = str(exc)
            else:
                object.__setattr__(self, name, clean)  # 1 -> 1.0, " en-gb " -> "en-gb"
        if problems:
            raise InvalidPreferences(problems)

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with these settings changed, checked (raises :class:`InvalidPreferences`)."""
        unknown = sorted(set(changes) - set(FIELD_NAMES))
        if unknown:
            raise InvalidPreferences({name: "is not a setting" for name in unknown})
        return Preferences(**{**self.as_dict(), **changes})

    def as_dict(self) -> dict[str, Any]:
        """Every setting by name, in declaration order."""
        return {name: getattr(self, name) for name in FIELD_NAMES}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Preferences:
        """Preferences from settings by name; missing ones take their defaults."""
        return DEFAULTS.with_changes(**data)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Preferences))


@cache
def _declarations() -> dict[str, tuple[Any, dict[str, Any]]]:
    """Each setting's resolved type and metadata (resolved once, on first use)."""
    hints = typing.get_type_hints(Preferences)
    return {f.name: (hints[f.name], dict(f.metadata)) for f in dataclasses.fields(Preferences)}


def bounds(name: str) -> tuple[float, float]:
    """The inclusive range of a numeric setting, e.g. ``bounds("av_offset_ms") == (-300, 300)``."""
    _kind, meta = _declarations()[name]
    if "range" not in meta:
        raise KeyError(f"{name} is not a bounded setting")
    lo, hi = meta["range"]
    return (lo, hi)


def choices(name: str) -> tuple[str, ...]:
    """The allowed values of a setting with a fixed set of words, in declaration order."""
    kind, _meta = _declarations()[name]
    if typing.get_origin(kind) is not Literal:
        raise KeyError(f"{name} is not a setting with fixed choices")
    return tuple(str(v) for v in typing.get_args(kind))


def _fmt(value: float) -> str:
    return f"{value:g}"


def check(name: str, value: Any) -> Any:
    """``value`` made ready for setting ``name``, or ``ValueError`` saying why it cannot be.

    Whole numbers are accepted for fractional settings (a hand-edited ``text_scale = 2``) but
    fractions are not accepted for whole-number ones, and booleans are never numbers.
    """
    kind, meta = _declarations()[name]
    if typing.get_origin(kind) is Literal:
        allowed = typing.get_args(kind)
        if value not in allowed or not isinstance(value, str):
            raise ValueError("must be one of " + ", ".join(repr(a) for a in allowed))
        return value
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if kind == bool | None:
        if value is not None and not isinstance(value, bool):
            raise ValueError("must be true, false or left out (follow the system)")
        return value
    if kind is str:
        if not isinstance(value, str):
            raise ValueError("must be text")
        value = value.strip()
        if len(value) > meta["max_length"]:
            raise ValueError(f"must be at most {meta['max_length']} characters")
        return value
    if kind is int and not (isinstance(value, int) and not isinstance(value, bool)):
        raise ValueError("must be a whole number")
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("must be a number")
        if not math.isfinite(value):
            raise ValueError("must be a finite number")
        value = float(value)
    lo, hi = meta["range"]
    if not lo <= value <= hi:
        unit = f" {meta['unit']}" if meta["unit"] else ""
        raise ValueError(f"must be between {_fmt(lo)} and {_fmt(hi)}{unit}, got {_fmt(value)}")
    return value


DEFAULTS = Preferences()
