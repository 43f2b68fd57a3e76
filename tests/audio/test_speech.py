"""Tests for somatic_player.audio.speech: cache, clips, fallbacks and a real espeak-ng run."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from numpy.typing import NDArray

from somatic_player.audio.speech import (
    NO_SPEECH_MESSAGE,
    ClipError,
    EspeakEngine,
    SpeechError,
    SpeechLibrary,
    no_speech_message,
    speech_rms,
)
from somatic_player.core.compiler import estimate_speech_s

RATE = 48_000


def dbfs(value: float) -> float:
    return 20 * float(np.log10(value))


class FakeEngine:
    """A deterministic engine that counts its calls: a tone burst whose length follows the text."""

    name = "fake"

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, int]] = []

    def available(self) -> bool:
        return True

    def voices(self) -> list[str]:
        return ["v1", "v2"]

    def synthesize(self, text: str, voice: str, rate_wpm: int) -> NDArray[np.float32]:
        self.calls.append((text, voice, rate_wpm))
        t = np.arange(int(RATE * 0.05 * len(text))) / RATE
        tone = 0.5 * np.sin(2 * np.pi * 220 * t) * (1 + 0.5 * np.sin(2 * np.pi * 3 * t))
        silence = np.zeros(RATE // 5)
        return np.concatenate([silence, tone, silence]).astype(np.float32)


def make_library(tmp_path: Path, engine: FakeEngine | None = None, **kw: object) -> SpeechLibrary:
    return SpeechLibrary(engine, "v1", 145, tmp_path / "cache", **kw)  # type: ignore[arg-type]


def test_cache_hit_returns_identical_audio_without_calling_engine(tmp_path: Path) -> None:
    engine = FakeEngine()
    first = make_library(tmp_path, engine).prepare(["Breathe in slowly.", "Rest."])
    assert len(engine.calls) == 2
    again = make_library(tmp_path, engine)  # a new library: only the disk cache is shared
    second = again.prepare(["Breathe in slowly.", "Rest.", "Breathe in slowly."])
    assert len(engine.calls) == 2
    assert second.keys() == first.keys()
    for key, audio in first.items():
        assert second[key].dtype == np.float32
        assert np.array_equal(second[key], audio)
    assert again.length_s("Rest.") == pytest.approx(first["Rest."].size / RATE)
    assert len(engine.calls) == 2


def test_cache_key_covers_voice_and_rate(tmp_path: Path) -> None:
    engine = FakeEngine()
    make_library(tmp_path, engine).prepare(["Rest."])
    SpeechLibrary(engine, "v2", 145, tmp_path / "cache").prepare(["Rest."])
    SpeechLibrary(engine, "v1", 120, tmp_path / "cache").prepare(["Rest."])
    assert [(v, r) for _, v, r in engine.calls] == [("v1", 145), ("v2", 145), ("v1", 120)]


def test_length_s_matches_audio_and_lookups_are_cached(tmp_path: Path) -> None:
    engine = FakeEngine()
    lib = make_library(tmp_path, engine)
    length = lib.length_s("Let the shoulders drop.")
    audio = lib.prepare(["Let the shoulders drop."])["Let the shoulders drop."]
    assert length == audio.size / RATE
    assert len(engine.calls) == 1
    fresh = make_library(tmp_path, engine)
    assert fresh.length_s("Let   the shoulders\ndrop.") == length  # whitespace does not matter
    assert len(engine.calls) == 1
    assert lib.length_s("") == 0.0


def test_audio_is_trimmed_faded_and_levelled(tmp_path: Path) -> None:
    audio = make_library(tmp_path, FakeEngine()).prepare(["Soften."])["Soften."]
    raw = FakeEngine().synthesize("Soften.", "v1", 145)
    assert audio.size < raw.size  # the 200 ms of silence each side is trimmed to a short margin
    assert audio.size > raw.size - 2 * RATE // 5
    assert abs(audio[0]) < 1e-3 and abs(audio[-1]) < 1e-3
    assert not audio.flags.writeable
    assert dbfs(speech_rms(audio)) == pytest.approx(-20.0, abs=0.5)
    assert dbfs(float(np.max(np.abs(audio)))) <= -3.0 + 1e-3


def test_progress_and_file_modes(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    make_library(tmp_path, FakeEngine()).prepare(
        ["One.", "Two.", "One."], lambda done, total: seen.append((done, total))
    )
    assert seen == [(1, 2), (2, 2)]
    files = list((tmp_path / "cache").iterdir())
    assert sorted(p.suffix for p in files) == [".flac", ".flac", ".json"]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_corrupt_cache_entry_is_discarded_and_resynthesized(tmp_path: Path) -> None:
    engine = FakeEngine()
    original = make_library(tmp_path, engine).prepare(["Breathe out."])["Breathe out."]
    (entry,) = (tmp_path / "cache").glob("*.flac")
    entry.write_bytes(b"not a flac file at all")
    (tmp_path / "cache" / "speech-index.json").write_text("{broken json")
    lib = make_library(tmp_path, engine)
    assert np.array_equal(lib.prepare(["Breathe out."])["Breathe out."], original)
    assert len(engine.calls) == 2
    assert sf.info(str(entry)).frames == original.size  # rewritten, valid again


def test_truncated_cache_entry_is_discarded(tmp_path: Path) -> None:
    engine = FakeEngine()
    original = make_library(tmp_path, engine).prepare(["Breathe out."])["Breathe out."]
    (entry,) = (tmp_path / "cache").glob("*.flac")
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    again = make_library(tmp_path, engine).prepare(["Breathe out."])["Breathe out."]
    assert np.array_equal(again, original)


def test_engine_none_falls_back_to_estimates(tmp_path: Path) -> None:
    lib = make_library(tmp_path, None)
    text = "Let your breath settle into its own rhythm."
    assert lib.captions_only
    assert lib.length_s(text) == estimate_speech_s(text)
    assert lib.prepare([text]) == {}
    assert no_speech_message(None) == NO_SPEECH_MESSAGE
    assert "captions only" in NO_SPEECH_MESSAGE
    assert no_speech_message(FakeEngine()) is None
    assert not make_library(tmp_path, FakeEngine()).captions_only


def write_clip(path: Path, seconds: float = 1.5, rate: int = 44_100) -> int:
    t = np.arange(int(seconds * rate)) / rate
    left = 0.3 * np.sin(2 * np.pi * 330 * t)
    sf.write(str(path), np.stack([left, 0.5 * left], axis=1), rate)
    return t.size


def test_clip_loads_as_mono_48k(tmp_path: Path) -> None:
    clips = tmp_path / "clips"
    clips.mkdir()
    frames = write_clip(clips / "welcome.wav")
    lib = make_library(tmp_path, None, clip_dir=clips)  # clips need no speech engine
    audio = lib.prepare(["clip:welcome.wav"])["clip:welcome.wav"]
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(audio.size - round(frames * RATE / 44_100)) <= 1
    assert lib.length_s("clip:welcome.wav") == audio.size / RATE
    assert dbfs(speech_rms(audio)) == pytest.approx(-20.0, abs=0.5)


@pytest.mark.parametrize("name", ["../x.wav", "sub/../../x.wav", "/tmp/x.wav", "", "link.wav"])
def test_clip_outside_folder_is_refused(tmp_path: Path, name: str) -> None:
    clips = tmp_path / "clips"
    clips.mkdir()
    write_clip(tmp_path / "x.wav")
    (clips / "link.wav").symlink_to(tmp_path / "x.wav")
    lib = make_library(tmp_path, None, clip_dir=clips)
    with pytest.raises(ClipError, match="not inside the clip folder"):
        lib.length_s(f"clip:{name}")


def test_bad_clips_are_refused_clearly(tmp_path: Path) -> None:
    clips = tmp_path / "clips"
    clips.mkdir()
    (clips / "noise.wav").write_bytes(b"RIFF garbage")
    (clips / "notes.txt").write_text("not audio")
    lib = make_library(tmp_path, None, clip_dir=clips)
    with pytest.raises(ClipError, match="not valid audio"):
        lib.prepare(["clip:noise.wav"])
    with pytest.raises(ClipError, match=r"\.wav, \.flac or \.ogg"):
        lib.prepare(["clip:notes.txt"])
    with pytest.raises(ClipError, match="not found"):
        lib.prepare(["clip:missing.flac"])
    with pytest.raises(ClipError, match="no clip folder"):
        make_library(tmp_path, None).prepare(["clip:noise.wav"])


def test_engine_failures_become_one_line_speech_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "broken-tts"
    script.write_text("#!/bin/sh\necho 'bad thing\nhappened' >&2\nexit 3\n")
    script.chmod(0o755)
    with pytest.raises(SpeechError, match=r"failed \(exit 3\): bad thing happened$"):
        EspeakEngine(str(script)).synthesize("Hello.", "en-us", 145)
    with pytest.raises(SpeechError, match="not installed"):
        EspeakEngine(str(tmp_path / "missing")).synthesize("Hello.", "en-us", 145)
    with pytest.raises(SpeechError, match="voice name"):
        EspeakEngine(str(script)).synthesize("Hello.", "--help", 145)

    def too_slow(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired("espeak-ng", 20)

    monkeypatch.setattr(subprocess, "run", too_slow)
    with pytest.raises(SpeechError, match="took longer than 20 s"):
        EspeakEngine(str(script)).synthesize("Hello.", "en-us", 145)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_real_espeak_synthesis(tmp_path: Path) -> None:
    engine = EspeakEngine()
    assert engine.available()
    assert "en-us" in engine.voices()
    lib = SpeechLibrary(engine, "en-us", 145, tmp_path / "cache")
    text = "-v Breathe in gently, and let the shoulders soften."  # also: never read as an option
    audio = lib.prepare([text])[text]
    assert 0.5 <= audio.size / RATE <= 10.0
    assert dbfs(speech_rms(audio)) == pytest.approx(-20.0, abs=1.0)
    peak = float(np.max(np.abs(audio)))
    assert dbfs(peak) <= -3.0 + 1e-3
    assert lib.length_s(text) == audio.size / RATE
