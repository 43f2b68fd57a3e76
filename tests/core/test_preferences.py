"""The preferences model: agreed defaults, enforced bounds, frozen, changed only when checked."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import typing
from typing import Any

import pytest

from somatic_player.core.preferences import (
    DEFAULTS,
    FIELD_NAMES,
    InvalidPreferences,
    Preferences,
    bounds,
    check,
    choices,
)
from somatic_player.core.profile import Handedness
from somatic_player.core.routine import POSITIONS

BOUNDED = [f.name for f in dataclasses.fields(Preferences) if "range" in f.metadata]
WHOLE = {"speech_rate_wpm", "av_offset_ms", "default_minutes", "integration_hours"}


def test_defaults_are_what_a_new_install_uses() -> None:
    assert Preferences() == DEFAULTS
    assert DEFAULTS.as_dict() == {
        "cue_style": "tones",
        "volume_cues": 0.8,
        "volume_voice": 1.0,
        "volume_guide": 0.0,
        "voice": "",
        "speech_rate_wpm": 145,
        "theme": "light",
        "text_scale": 1.0,
        "reduced_motion": None,
        "screen_flash": False,
        "language": "",
        "audio_device": "",
        "av_offset_ms": 0,
        "default_minutes": 5,
        "handedness": "right",
        "capacity": "standing",
        "integration_hours": 72,
    }
    assert list(DEFAULTS.as_dict()) == list(FIELD_NAMES)


def test_bounds_and_choices_come_from_the_one_declaration() -> None:
    assert bounds("volume_cues") == (0, 1)
    assert bounds("volume_voice") == (0, 1)
    assert bounds("volume_guide") == (0, 1)
    assert bounds("speech_rate_wpm") == (100, 200)
    assert bounds("text_scale") == (1.0, 2.0)
    assert bounds("av_offset_ms") == (-300, 300)
    assert bounds("default_minutes") == (1, 60)
    assert choices("cue_style") == ("tones", "spoken", "bell", "silent")
    assert choices("theme") == ("light", "dark", "high-contrast")
    assert choices("language") == ("", "en", "es", "de")
    assert choices("handedness") == ("right", "left")
    assert choices("capacity") == ("lying", "seated", "standing")
    with pytest.raises(KeyError):
        bounds("theme")
    with pytest.raises(KeyError):
        choices("reduced_motion")


def test_practice_choices_agree_with_the_routine_model() -> None:
    # Preferences keep their own words so reading them does not load the routine model.
    assert choices("capacity") == POSITIONS
    assert choices("handedness") == typing.get_args(Handedness)


@pytest.mark.parametrize("name", BOUNDED)
def test_every_default_is_inside_its_bounds(name: str) -> None:
    lo, hi = bounds(name)
    assert lo <= getattr(DEFAULTS, name) <= hi


@pytest.mark.parametrize("name", BOUNDED)
def test_edges_are_allowed_and_beyond_them_is_refused(name: str) -> None:
    lo, hi = bounds(name)
    step: float = 1 if name in WHOLE else 0.01
    assert getattr(DEFAULTS.with_changes(**{name: lo}), name) == lo
    assert getattr(DEFAULTS.with_changes(**{name: hi}), name) == hi
    for outside in (lo - step, hi + step):
        with pytest.raises(InvalidPreferences, match="must be between") as caught:
            DEFAULTS.with_changes(**{name: outside})
        assert list(caught.value.problems) == [name]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"cue_style": "gong"}, "must be one of 'tones', 'spoken', 'bell', 'silent'"),
        ({"theme": "neon"}, "must be one of"),
        ({"handedness": "both"}, "must be one of"),
        ({"capacity": "walking"}, "must be one of"),
        ({"capacity": ["lying"]}, "must be one of"),
        ({"volume_cues": "loud"}, "must be a number"),
        ({"volume_cues": True}, "must be a number"),
        ({"volume_voice": float("nan")}, "must be a finite number"),
        ({"text_scale": float("inf")}, "must be a finite number"),
        ({"speech_rate_wpm": 150.5}, "must be a whole number"),
        ({"default_minutes": True}, "must be a whole number"),
        ({"reduced_motion": "yes"}, "must be true, false or left out"),
        ({"screen_flash": 1}, "must be true or false"),
        ({"language": "fr"}, "must be one of"),
        ({"reduced_motion": 1}, "must be true, false or left out"),
        ({"voice": 3}, "must be text"),
        ({"voice": "x" * 201}, "must be at most 200 characters"),
        ({"audio_device": "x" * 501}, "must be at most 500 characters"),
    ],
)
def test_wrong_values_are_refused_with_a_reason(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(InvalidPreferences) as caught:
        DEFAULTS.with_changes(**change)
    (name,) = change
    assert caught.value.problems[name].startswith(reason)
    with pytest.raises(ValueError):
        check(name, change[name])


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidPreferences) as caught:
        Preferences(volume_cues=3, theme="neon")  # type: ignore[arg-type]
    assert set(caught.value.problems) == {"volume_cues", "theme"}
    assert "volume_cues must be between 0 and 1, got 3" in str(caught.value)


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(InvalidPreferences, match="colour is not a setting"):
        DEFAULTS.with_changes(colour="blue")
    with pytest.raises(InvalidPreferences):
        Preferences.from_dict({"colour": "blue"})


def test_preferences_are_frozen_and_with_changes_makes_a_copy() -> None:
    changed = DEFAULTS.with_changes(volume_cues=0.5, reduced_motion=True, theme="dark")
    assert (changed.volume_cues, changed.reduced_motion, changed.theme) == (0.5, True, "dark")
    assert DEFAULTS.volume_cues == 0.8
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.volume_cues = 0.1  # type: ignore[misc]
    assert hash(changed) != hash(DEFAULTS)


def test_from_dict_fills_in_defaults() -> None:
    assert Preferences.from_dict({}) == DEFAULTS
    assert Preferences.from_dict({"theme": "dark"}) == DEFAULTS.with_changes(theme="dark")
    assert Preferences.from_dict(DEFAULTS.as_dict()) == DEFAULTS


def test_reduced_motion_has_three_states() -> None:
    for value in (None, True, False):
        assert DEFAULTS.with_changes(reduced_motion=value).reduced_motion is value


def test_whole_numbers_are_accepted_for_fractional_settings() -> None:
    # TOML writes 2 and 2.0 differently; a hand-edited "text_scale = 2" must still load.
    changed = DEFAULTS.with_changes(text_scale=2, volume_cues=1)
    assert changed.text_scale == 2.0 and isinstance(changed.text_scale, float)
    assert isinstance(changed.volume_cues, float)


def test_names_are_trimmed() -> None:
    assert DEFAULTS.with_changes(voice="  en-gb ").voice == "en-gb"


def test_reading_preferences_stays_light() -> None:
    """They are read before the first window: no pydantic, no routine model, no Qt."""
    code = (
        "import sys, somatic_player.core.preferences as p; p.bounds('text_scale'); "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith("
        "('pydantic', 'PySide6', 'somatic_player.core.routine', 'numpy')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""
