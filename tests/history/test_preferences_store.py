"""preferences.toml: round trip, atomic 0600 writes, and damaged files that never stop the app."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from somatic_player.core.preferences import DEFAULTS, Preferences
from somatic_player.history import preferences_store
from somatic_player.history.preferences_store import (
    load_preferences,
    preferences_path,
    save_preferences,
)

CHANGED = DEFAULTS.with_changes(
    cue_style="bell",
    volume_cues=0.35,
    volume_guide=0.2,
    voice="en-gb",
    speech_rate_wpm=120,
    theme="high-contrast",
    text_scale=1.75,
    reduced_motion=False,
    audio_device="WH-1000XM4 (Bluetooth)",
    av_offset_ms=-180,
    default_minutes=12,
    handedness="left",
    capacity="lying",
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "preferences.toml"


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_default_location_is_the_private_user_home(_private_user_home: Path) -> None:
    assert preferences_path() == _private_user_home / "preferences.toml"
    save_preferences(CHANGED)
    assert load_preferences().preferences == CHANGED


def test_no_file_means_defaults_quietly(path: Path) -> None:
    loaded = load_preferences(path)
    assert loaded.preferences == DEFAULTS
    assert loaded.problems == ()
    assert loaded.bad_copy is None
    assert not path.exists()


@pytest.mark.parametrize("prefs", [DEFAULTS, CHANGED, DEFAULTS.with_changes(reduced_motion=True)])
def test_round_trip(path: Path, prefs: Preferences) -> None:
    save_preferences(prefs, path)
    loaded = load_preferences(path)
    assert loaded.preferences == prefs
    assert loaded.problems == ()


def test_only_changed_settings_are_written_so_defaults_can_improve(path: Path) -> None:
    save_preferences(DEFAULTS.with_changes(volume_cues=0.5, reduced_motion=None), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Somatic Player preferences")
    assert tomllib.loads(text) == {"format_version": 1, "volume_cues": 0.5}


def test_file_is_private(path: Path) -> None:
    save_preferences(CHANGED, path)
    assert mode(path) == 0o600
    # Rewriting keeps it private even if someone loosened it in between.
    path.chmod(0o644)
    save_preferences(DEFAULTS, path)
    assert mode(path) == 0o600


def test_write_is_synced_then_renamed_into_place(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append(f"replace {Path(src).parent == path.parent} -> {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save_preferences(CHANGED, path)
    # File data before the rename, the folder entry after it.
    assert events == ["fsync", "replace True -> preferences.toml", "fsync"]


def test_a_failed_write_leaves_the_old_file_and_no_litter(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_preferences(CHANGED, path)
    before = path.read_bytes()

    def broken_replace(src: str | Path, dst: str | Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_preferences(DEFAULTS, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["preferences.toml"]


def test_not_toml_gives_defaults_and_keeps_the_file_aside(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    garbage = b"volume_cues = [0.5\n\x00 this is not toml"
    path.write_bytes(garbage)
    with caplog.at_level(logging.WARNING, logger=preferences_store.__name__):
        loaded = load_preferences(path)
    assert loaded.preferences == DEFAULTS
    assert "not a valid settings file" in loaded.problems[0]
    bad = path.with_name("preferences.toml.bad")
    assert loaded.bad_copy == bad
    assert bad.read_bytes() == garbage
    assert mode(bad) == 0o600
    assert not path.exists()
    assert "not a valid settings file" in caplog.text
    # The next start is quiet.
    assert load_preferences(path).problems == ()


def test_not_utf8_is_treated_as_damaged(path: Path) -> None:
    path.write_bytes(b'voice = "\xff\xfe"\n')
    loaded = load_preferences(path)
    assert loaded.preferences == DEFAULTS
    assert loaded.bad_copy is not None and loaded.bad_copy.exists()


def test_partly_invalid_file_keeps_the_good_settings(path: Path) -> None:
    original = (
        "format_version = 1\n"
        "speech_rate_wpm = 120\n"
        "theme = 'neon'\n"
        "volume_cues = 3\n"
        "text_scale = 'big'\n"
        "colour = 'blue'\n"
        "handedness = 'left'\n"
        "[sound]\n"
        "volume = 1\n"
    )
    path.write_text(original, encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.preferences == DEFAULTS.with_changes(speech_rate_wpm=120, handedness="left")
    problems = "\n".join(loaded.problems)
    assert "unknown setting 'colour' ignored" in problems
    assert "unknown setting 'sound' ignored" in problems
    assert "theme: " in problems and "using the default 'light'" in problems
    assert "volume_cues: must be between 0 and 1, got 3; using the default 0.8" in problems
    assert "text_scale: " in problems
    assert "kept as" in problems
    # The original is kept; the file now holds what was used, so the next start is quiet.
    assert path.with_name("preferences.toml.bad").read_text(encoding="utf-8") == original
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "format_version": 1,
        "speech_rate_wpm": 120,
        "handedness": "left",
    }
    again = load_preferences(path)
    assert again.problems == ()
    assert again.preferences == loaded.preferences


def test_a_newer_format_is_read_as_far_as_it_goes(path: Path) -> None:
    path.write_text("format_version = 2\nvolume_voice = 0.5\n", encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.preferences.volume_voice == 0.5
    assert "format_version 2" in loaded.problems[0]


def test_an_unreadable_file_gives_defaults_and_is_left_alone(path: Path) -> None:
    path.mkdir()  # a folder where the file should be: reading fails on every platform
    loaded = load_preferences(path)
    assert loaded.preferences == DEFAULTS
    assert "could not be read" in loaded.problems[0]
    assert path.is_dir()
    assert not path.with_name("preferences.toml.bad").exists()


def test_an_enormous_file_is_not_read(path: Path) -> None:
    path.write_bytes(b"# " + b"x" * (200 * 1024) + b"\n")
    loaded = load_preferences(path)
    assert loaded.preferences == DEFAULTS
    assert "could not be read" in loaded.problems[0]


def test_loading_stays_off_the_heavy_path(path: Path) -> None:
    """Preferences are loaded before the first window: no pydantic, no TOML writer, no Qt."""
    save_preferences(CHANGED, path)
    code = (
        "import sys; from pathlib import Path; "
        "from somatic_player.history.preferences_store import load_preferences; "
        f"assert load_preferences(Path({str(path)!r})).problems == (); "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith("
        "('pydantic', 'tomli_w', 'PySide6', 'numpy', 'platformdirs')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == ""
