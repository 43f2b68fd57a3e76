"""Spoken guidance in the routine's language: each line's key carries its language
(``"lang:es:..."``), the speech library says it in that language's voice and caches it apart,
and the "spoken" cue style says the cue words in that language."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
from numpy.typing import NDArray

from somatic_player.audio import speech
from somatic_player.audio.mixer import SPOKEN_CUES, Mixer, spoken_cue_keys
from somatic_player.audio.speech import (
    EspeakEngine,
    FliteEngine,
    SpeechLibrary,
    best_engine,
    default_voice,
    speech_rms,
)
from somatic_player.core.compiler import compile_routine, estimate_speech_s
from somatic_player.core.routine import Routine

RATE = 48_000


class VoicedEngine:
    """A fake engine that speaks English and Spanish (and says which voice it used)."""

    name = "voiced"
    VOICES: ClassVar[dict[str, str]] = {"en": "en-voice", "es": "es-voice"}

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def available(self) -> bool:
        return True

    def voices(self) -> list[str]:
        return list(self.VOICES.values())

    def voice_for(self, language: str) -> str:
        return self.VOICES.get(language, "")

    def synthesize(self, text: str, voice: str, rate_wpm: int) -> NDArray[np.float32]:
        self.calls.append((text, voice))
        pitch = 220 if voice == "en-voice" else 330
        t = np.arange(int(RATE * 0.05 * len(text))) / RATE
        return (0.4 * np.sin(2 * np.pi * pitch * t)).astype(np.float32)


def test_a_line_is_said_in_its_languages_voice(tmp_path: Path) -> None:
    engine = VoicedEngine()
    lib = SpeechLibrary(engine, "", 145, tmp_path / "cache")  # type: ignore[arg-type]
    assert lib.voice == "en-voice"
    english = lib.audio("Breathe in")
    spanish = lib.audio("lang:es:Breathe in")  # the same letters, in the Spanish voice
    assert engine.calls == [("Breathe in", "en-voice"), ("Breathe in", "es-voice")]
    assert english is not None and spanish is not None
    assert not np.array_equal(english, spanish)
    assert lib.speaker("es") == (engine, "es-voice")
    # cached apart: a new library reads both from disk without calling the engine
    again = VoicedEngine()
    lib2 = SpeechLibrary(again, "", 145, tmp_path / "cache")  # type: ignore[arg-type]
    assert np.array_equal(lib2.audio("lang:es:Breathe in"), spanish)  # type: ignore[arg-type]
    assert lib2.length_s("lang:es:Breathe in") == spanish.size / RATE
    assert again.calls == []


def test_the_voice_given_is_for_the_librarys_own_language(tmp_path: Path) -> None:
    engine = VoicedEngine()
    lib = SpeechLibrary(engine, "es-chosen", 145, tmp_path / "cache", language="es")  # type: ignore[arg-type]
    lib.audio("lang:es:Hola")
    lib.audio("Hello")
    assert engine.calls == [("Hola", "es-chosen"), ("Hello", "en-voice")]
    spanish_default = SpeechLibrary(engine, "", 145, tmp_path / "c2", language="es")  # type: ignore[arg-type]
    assert spanish_default.voice == "es-voice"


def test_english_cache_keys_are_unchanged(tmp_path: Path) -> None:
    engine = VoicedEngine()
    lib = SpeechLibrary(engine, "en-voice", 145, tmp_path / "cache")  # type: ignore[arg-type]
    ident = [speech._CACHE_FORMAT, "voiced", "", "en-voice", 145, "Rest."]
    assert lib._digest("Rest.") == hashlib.sha256(json.dumps(ident).encode()).hexdigest()
    assert lib._digest("Rest.", "es") != lib._digest("Rest.")


def test_a_language_the_engine_cannot_speak_goes_to_espeak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FakeEspeak(VoicedEngine):
        name = "espeak-ng"
        VOICES: ClassVar[dict[str, str]] = {"en": "en-us", "es": "es", "de": "de"}

    monkeypatch.setattr(speech, "EspeakEngine", FakeEspeak)
    english_only = VoicedEngine()
    lib = SpeechLibrary(english_only, "", 145, tmp_path / "cache")  # type: ignore[arg-type]
    engine, voice = lib.speaker("de")
    assert isinstance(engine, FakeEspeak) and voice == "de"
    assert lib.audio("lang:de:Einatmen") is not None
    assert english_only.calls == [] and engine.calls == [("Einatmen", "de")]


def test_without_an_engine_for_the_language_lines_are_captions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class NoEspeak(VoicedEngine):
        def available(self) -> bool:
            return False

    monkeypatch.setattr(speech, "EspeakEngine", NoEspeak)
    lib = SpeechLibrary(VoicedEngine(), "", 145, tmp_path / "cache")  # type: ignore[arg-type]
    assert lib.audio("lang:de:Einatmen und ausatmen") is None
    assert lib.length_s("lang:de:Einatmen und ausatmen") == estimate_speech_s("a b c")
    none = SpeechLibrary(None, "", 145, tmp_path / "c2")
    assert none.length_s("lang:es:uno dos") == estimate_speech_s("uno dos")


def test_engines_name_their_voice_for_each_language() -> None:
    voices = [EspeakEngine().voice_for(c) for c in ("en", "es", "de", "es-MX")]
    assert voices == ["en-us", "es", "de", "es"]
    assert EspeakEngine().voice_for("fr") == "en-us"  # a language we do not ship: English
    assert [FliteEngine().voice_for(c) for c in ("en", "es")] == ["slt", ""]
    assert default_voice(EspeakEngine(), "es") == "es" and default_voice(None, "es") == ""
    chosen = best_engine("es")
    assert chosen is None or chosen.name == "espeak-ng"


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize(
    ("key", "voice"),
    [("lang:es:Inhala con suavidad.", "es"), ("lang:de:Atme sanft ein.", "de")],
)
def test_real_espeak_speaks_spanish_and_german(tmp_path: Path, key: str, voice: str) -> None:
    engine = EspeakEngine()
    assert voice in engine.voices()
    lib = SpeechLibrary(engine, "en-us", 145, tmp_path / "cache")
    assert lib.speaker(voice) == (engine, voice)
    audio = lib.prepare([key])[key]
    assert 0.5 <= audio.size / RATE <= 6.0
    assert 20 * np.log10(speech_rms(audio)) == pytest.approx(-20.0, abs=1.0)


def test_spoken_cue_words_follow_the_language() -> None:
    assert spoken_cue_keys("en") == SPOKEN_CUES == {"inhale": "In", "exhale": "Out", "hold": "Hold"}
    assert spoken_cue_keys("es") == {
        "inhale": "lang:es:Inhala",
        "exhale": "lang:es:Exhala",
        "hold": "lang:es:Sostén",
    }
    assert set(spoken_cue_keys("de")) == set(SPOKEN_CUES)


def _spanish_breathing() -> Routine:
    data = {
        "schema_version": 1,
        "id": "respira",
        "title": "Respira",
        "language": "es",
        "kind": "breathing",
        "steps": [{"kind": "breath", "inhale_s": 2, "exhale_s": 3, "cycles": 2}],
    }
    return Routine.model_validate_json(json.dumps(data), strict=True)


def _render(mixer: Mixer, total: int) -> NDArray[np.float32]:
    out = np.zeros(total, dtype=np.float32)
    done = 0
    while done < total:
        n = min(4096, total - done)
        mixer.render_into(out[done : done + n])
        done += n
    return out


def test_the_spoken_cue_style_uses_the_plans_language() -> None:
    plan = compile_routine(_spanish_breathing())
    word = np.full(2400, 0.3, dtype=np.float32)
    tones = _render(Mixer(plan, {}, cue_style="spoken", max_block=4096), plan.total_samples)
    english = {w: word for w in SPOKEN_CUES.values()}
    spanish = {k: word for k in spoken_cue_keys("es").values()}
    with_english = _render(
        Mixer(plan, english, cue_style="spoken", max_block=4096), plan.total_samples
    )
    with_spanish = _render(
        Mixer(plan, spanish, cue_style="spoken", max_block=4096), plan.total_samples
    )
    assert np.array_equal(tones, with_english)  # English words are not said in a Spanish plan
    assert not np.array_equal(tones, with_spanish)
