"""The person's preferences: sound, display, audio device and practice defaults, declared once.

Every setting has its default and its bounds here and nowhere else: the settings dialog reads the
ranges and choices from this model (:func:`bounds`, :func:`choices`), and the store falls back to
these defaults for anything it cannot read. The model is frozen; :meth:`Preferences.with_changes`
returns a validated copy, so an out-of-range value can never reach the audio engine or the window.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from somatic_player.core.profile import Handedness
from somatic_player.core.routine import Between, Position

CueStyle = Literal["tones", "spoken", "bell", "silent"]
Theme = Literal["light", "dark", "high-contrast"]

Volume = Annotated[float, Between(0, 1)]


class Preferences(BaseModel):
    """What a person has chosen; each field's default is what a new install uses.

    ``reduced_motion`` is ``None`` to follow the desktop's setting. ``voice`` and ``audio_device``
    are ``""`` for the speech engine's and the system's default. ``av_offset_ms`` is how much later
    sound reaches the ears than the picture reaches the eyes (Bluetooth headphones add 100-250 ms):
    the pacer is drawn that much later so circle and cue meet.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, allow_inf_nan=False, str_strip_whitespace=True
    )

    # Sound
    cue_style: CueStyle = "tones"
    volume_cues: Volume = 0.8
    volume_voice: Volume = 1.0
    volume_guide: Volume = 0.0
    voice: Annotated[str, Field(max_length=200)] = ""
    speech_rate_wpm: Annotated[int, Between(100, 200, "words per minute")] = 145
    # Display
    theme: Theme = "light"
    text_scale: Annotated[float, Between(1.0, 2.0)] = 1.0
    reduced_motion: bool | None = None
    # Audio device
    audio_device: Annotated[str, Field(max_length=500)] = ""
    av_offset_ms: Annotated[int, Between(-300, 300, "ms")] = 0
    # Practice
    default_minutes: Annotated[int, Between(1, 60, "minutes")] = 5
    handedness: Handedness = "right"
    capacity: Position = "standing"

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with these fields changed, validated (raises ``pydantic.ValidationError``)."""
        return Preferences.model_validate({**self.model_dump(), **changes})


DEFAULTS = Preferences()
FIELD_NAMES: tuple[str, ...] = tuple(Preferences.model_fields)


def bounds(name: str) -> tuple[float, float]:
    """The inclusive range of a numeric setting, e.g. ``bounds("av_offset_ms") == (-300, 300)``."""
    for item in Preferences.model_fields[name].metadata:
        if isinstance(item, Between):
            return (item.lo, item.hi)
    raise KeyError(f"{name} is not a bounded setting")


def choices(name: str) -> tuple[str, ...]:
    """The allowed values of a setting with a fixed set of words, in declaration order."""
    values = get_args(Preferences.model_fields[name].annotation)
    if not values or not all(isinstance(v, str) for v in values):
        raise KeyError(f"{name} is not a setting with fixed choices")
    return tuple(str(v) for v in values)
