"""``--language``: the built-in routines' words and voice in Spanish or German where translated
(scripts/i18n/<lang>/), English otherwise and by default."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from somatic_player import cli
from somatic_player.core.spoken_words import words_for
from somatic_player.resources import scripts_dir
from tests.cli.test_render_cli import run


def translated(routine: str, language: str) -> bool:
    return (scripts_dir() / "i18n" / language / f"{routine}.toml").is_file()


def plan_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    assert cli.main(["plan", *args, "--json", "--no-speech"]) == 0
    out: dict[str, object] = json.loads(capsys.readouterr().out)
    return out


def test_english_is_the_default_and_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    default = plan_json(capsys, "easy-pace")
    english = plan_json(capsys, "easy-pace", "--language", "en")
    assert default == english and "language" not in default
    cues = {e["text"] for e in default["events"] if e["kind"] == "cue"}  # type: ignore[attr-defined,index]
    assert {"Breathe in", "Breathe out", "Beginning"} <= cues


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["plan", "easy-pace", "--language", "fr"]) == 2
    assert "--language" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["es", "de"])
def test_plan_speaks_the_language(capsys: pytest.CaptureFixture[str], language: str) -> None:
    if not translated("easy-pace", language):
        pytest.skip(f"no {language} easy-pace yet")
    out = plan_json(capsys, "easy-pace", "--language", language)
    assert out["language"] == language
    words = words_for(language)
    events = out["events"]
    assert isinstance(events, list)
    cues = {e["text"] for e in events if e["kind"] == "cue"}
    assert {words.phases["inhale"], words.phases["exhale"], words.beginning} <= cues
    english = plan_json(capsys, "easy-pace")
    assert out["title"] != english["title"]

    # the same breathing: only the words (and so the spoken parts' lengths) differ
    def breaths(events: object) -> list[tuple[str, float]]:
        assert isinstance(events, list)
        return [(e["label"], e.get("duration_s", 0)) for e in events if e["kind"] == "cue"]

    assert breaths(events) == breaths(english["events"])


@pytest.mark.parametrize("language", ["es", "de"])
def test_list_shows_the_translated_titles(
    capsys: pytest.CaptureFixture[str], language: str
) -> None:
    assert cli.main(["list", "--json", "--language", language]) == 0
    entries = json.loads(capsys.readouterr().out)
    for entry in entries:
        if entry["builtin"] and translated(entry["id"], language):
            assert entry["language"] == language, entry["id"]
        elif entry["builtin"]:
            assert "language" not in entry, entry["id"]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("language", ["es", "de"])
def test_render_speaks_in_the_languages_voice(tmp_path: Path, language: str) -> None:
    if not translated("easy-pace", language):
        pytest.skip(f"no {language} easy-pace yet")
    out = tmp_path / f"easy-pace-{language}.wav"
    args = ("render", "easy-pace", "--language", language, "--minutes", "1", "--only", "voice")
    proc = run(*args, "-o", str(out), home=tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    audio, rate = sf.read(out, dtype="float32")
    assert rate == 48_000
    frames = audio[: audio.size // 960 * 960].reshape(-1, 960)  # 20 ms
    loud = np.sqrt((frames.astype(np.float64) ** 2).mean(axis=1)) > 10 ** (-40 / 20)
    assert loud.sum() * 0.02 > 3.0  # seconds of speech
    assert float(np.max(np.abs(audio))) <= 10 ** (-3 / 20) + 1e-3
    cached = list((tmp_path / "home" / "cache" / "speech").glob("*.flac"))
    assert cached  # the lines were synthesized (in the language's voice) and cached
