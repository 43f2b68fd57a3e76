"""Rendering through the command line, checked in the audio itself."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from somatic_player.audio.synth import cue_bank

RATE = 48_000


def run(
    *args: str, home: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "SOMATIC_PLAYER_HOME": str(home), **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "somatic_player", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=600,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def best_match(audio: np.ndarray, templates: dict[str, np.ndarray], guess: int) -> tuple[str, int]:
    """Which template starts near ``guess``, and on exactly which sample."""
    best = ("", -1.0, 0)
    for name, template in templates.items():
        n = len(template)
        lo = max(0, guess - 2000)
        window = audio[lo : guess + 2000 + n].astype(np.float64)
        corr = np.correlate(window, template, mode="valid")
        energy = np.sqrt(np.convolve(window**2, np.ones(n), mode="valid")) + 1e-12
        score = corr / (energy * np.linalg.norm(template))
        i = int(np.argmax(score))
        if score[i] > best[1]:
            best = (name, float(score[i]), lo + i)
    return best[0], best[2]


def rough_onsets(audio: np.ndarray, threshold: float = 0.01, quiet_s: float = 0.5) -> list[int]:
    """Sample indices where sound starts after at least ``quiet_s`` of near-silence."""
    loud = np.flatnonzero(np.abs(audio) > threshold)
    if loud.size == 0:
        return []
    gaps = np.diff(loud) > quiet_s * RATE
    return [int(loud[0]), *(int(x) for x in loud[1:][gaps])]


def test_rendered_easy_pace_has_every_inhale_on_the_480000_grid(tmp_path: Path) -> None:
    out = tmp_path / "easy.wav"
    proc = run("render", "easy-pace", "-o", str(out), "--only", "cues", home=tmp_path)
    assert proc.returncode == 0, proc.stderr
    audio, rate = sf.read(out, dtype="float32")
    assert rate == RATE and audio.ndim == 1
    plan = json.loads(run("plan", "easy-pace", "--json", home=tmp_path).stdout)
    planned = [e["sample"] for e in plan["events"] if e["kind"] == "cue" and e["label"] == "inhale"]

    # Find the onsets in the audio without the plan, then tell the cues apart by their shape.
    bank = cue_bank(RATE)
    templates = {
        name: bank[name][:4800].astype(np.float64) for name in ("inhale", "exhale", "bell")
    }
    matches = [best_match(audio, templates, guess) for guess in rough_onsets(audio)]
    found_inhales = [at for name, at in matches if name == "inhale"]
    assert len(found_inhales) == 30
    assert found_inhales == planned
    assert {b - a for a, b in itertools.pairwise(found_inhales)} == {480_000}


def test_render_flac_and_ogg_and_voice_layer(tmp_path: Path) -> None:
    for name in ("s.flac", "s.ogg"):
        proc = run(
            "render", "easy-pace", "--minutes", "2", "-o", str(tmp_path / name), home=tmp_path
        )
        assert proc.returncode == 0, proc.stderr
        info = sf.info(str(tmp_path / name))
        assert info.samplerate == RATE and 100 < info.duration < 140
    proc = run(
        "render",
        "easy-pace",
        "--minutes",
        "2",
        "--only",
        "voice",
        "-o",
        str(tmp_path / "v.wav"),
        home=tmp_path,
    )
    voice, _ = sf.read(tmp_path / "v.wav", dtype="float32")
    assert np.abs(voice).max() > 0.1  # spoken guidance is there
    assert np.abs(voice).max() <= 1.0


def test_without_a_speech_engine_the_session_still_renders_and_says_so_once(tmp_path: Path) -> None:
    env = {"PATH": str(tmp_path / "empty-bin")}  # no espeak-ng, no flite
    proc = run(
        "render",
        "easy-pace",
        "--minutes",
        "2",
        "-o",
        str(tmp_path / "n.wav"),
        home=tmp_path,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("captions") == 1
    audio, _ = sf.read(tmp_path / "n.wav", dtype="float32")
    assert np.abs(audio).max() > 0.05  # the tones are still there
