"""Rendered sessions checked in place of an ear: levels, balance, clicks, narration windows.

The fast CI version of ``bench/check_audio.py`` (same analysis functions): short real sessions
(easy pace at 1 minute, the quick sigh reset, one PMR group, one seated movement) are compiled
and rendered in-process to 16-bit WAV, with espeak-ng when it is installed and a synthetic
tone engine otherwise (as in test_speech.py), and must pass the same thresholds. Every
detector is also shown to fire on a real defect (a step, an unfaded clip, a clip longer than
its window, a clipped or too-quiet layer), so a passing check means something.
"""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from bench import check_audio as ca
from somatic_player.audio.speech import EspeakEngine, SpeechLibrary
from somatic_player.content.library import default_rules, find_routine
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan, speech_key
from somatic_player.core.profile import Profile

RATE = 48_000
HAVE_ESPEAK = shutil.which("espeak-ng") is not None


class ToneEngine:
    """Stand-in voice when espeak-ng is missing: a syllable-modulated tone as long as the text."""

    name = "tone"

    def available(self) -> bool:
        return True

    def voices(self) -> list[str]:
        return ["tone"]

    def synthesize(self, text: str, voice: str, rate_wpm: int) -> NDArray[np.float32]:
        t = np.arange(int(RATE * (0.3 + 0.06 * len(text)))) / RATE
        syllables = 0.55 + 0.45 * np.sin(2 * np.pi * 4 * t)
        voice_ = np.sin(2 * np.pi * 140 * t) + 0.3 * np.sin(2 * np.pi * 420 * t)
        return (0.4 * syllables * voice_).astype(np.float32)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> SpeechLibrary:
    engine = EspeakEngine() if HAVE_ESPEAK else ToneEngine()
    return SpeechLibrary(engine, cache=tmp_path_factory.mktemp("speech"))


def _routine(name: str, keep: tuple[str, ...] | None = None, first: int = 0) -> Any:
    """A shipped routine, optionally cut down to its first ``first`` steps of the kinds in
    ``keep`` (a PMR group, a movement) so the render stays short."""
    routine, _ = find_routine(name)
    if keep is None:
        return routine
    steps = [s for s in routine.steps if s.kind in keep][:first]
    return routine.model_copy(update={"steps": tuple(steps)})


SESSIONS: dict[str, tuple[str, tuple[str, ...] | None, int, float | None]] = {
    "easy-pace-1min": ("easy-pace", None, 0, 1.0),
    "sigh-reset": ("sigh-reset", None, 0, None),
    "pmr-group": ("pmr-7", ("pmr",), 1, None),
    "movement-step": ("seated-gentle-movement", ("movement",), 1, None),
}


@cache
def _session(name: str, library: SpeechLibrary) -> tuple[Plan, dict[str, Any]]:
    routine_id, keep, first, minutes = SESSIONS[name]
    plan = compile_routine(
        _routine(routine_id, keep, first),
        Profile(),
        rules=default_rules(),
        speech_length=library.length_s,
        minutes=minutes,
    )
    return plan, library.prepare(speech_key(e) for e in plan.events if e.kind == "speech")


@pytest.fixture(scope="module")
def rendered(
    library: SpeechLibrary, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[dict[str, Any], dict[str, NDArray[np.float32]]]]:
    out = tmp_path_factory.mktemp("renders")
    sessions = {}
    for name in SESSIONS:
        plan, clips = _session(name, library)
        layers = ["mix", "voice", "cues"] + (["guide"] if name == "easy-pace-1min" else [])
        sessions[name] = (plan.to_json(), ca.render_in_process(plan, clips, out, layers))
    return sessions


@pytest.fixture(scope="module")
def results(rendered: dict[str, Any]) -> dict[str, ca.Result]:
    return {
        name: ca.analyse(plan, renders, routine=name) for name, (plan, renders) in rendered.items()
    }


# -- the sessions pass -----------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SESSIONS))
def test_no_clipping(results: dict[str, ca.Result], name: str) -> None:
    r = results[name]
    assert r.sample_peak_dbfs < ca.PEAK_LIMIT_DBFS
    assert r.true_peak_dbfs < ca.PEAK_LIMIT_DBFS
    assert r.full_scale_samples == 0
    assert r.checks["levels"]
    # narration is levelled to -20 dBFS RMS with peaks at most -3 dBFS: the mix has headroom
    assert r.sample_peak_dbfs < -2.5
    if name == "easy-pace-1min":
        assert r.guide_true_peak_dbfs is not None and r.guide_true_peak_dbfs < -2.5


@pytest.mark.parametrize("name", list(SESSIONS))
def test_cues_are_balanced_with_the_narration(results: dict[str, ca.Result], name: str) -> None:
    r = results[name]
    assert r.cue_kinds, "every session has cue sounds"
    assert -24.0 < r.voice_lufs < -19.0  # -20 dBFS RMS speech reads about -22 LUFS
    for cue in r.cue_kinds:
        if cue["sound"] == "count":
            continue  # known finding, see test_movement_count_tick_is_balanced
        assert abs(cue["vs_narration_lu"]) <= ca.BALANCE_LIMIT_LU, cue


def test_movement_count_tick_is_an_audible_accompaniment(results: dict[str, ca.Result]) -> None:
    """The count tick always sounds with a spoken count, so it is held to the accompaniment
    limit (clearly audible), not to the +-4 LU balance of cues that sound alone."""
    r = results["movement-step"]
    spoken, ticks = r.ticks_spoken
    assert ticks > 0 and spoken == ticks
    tick = next(c for c in r.cue_kinds if c["sound"] == "count")
    assert ca.BALANCE_LIMIT_LU < abs(tick["vs_narration_lu"]) <= ca.ACCOMPANIMENT_LIMIT_LU
    assert r.checks["balance"]


@pytest.mark.parametrize("name", list(SESSIONS))
def test_no_clicks_at_joins(results: dict[str, ca.Result], name: str) -> None:
    r = results[name]
    assert r.joins > 10
    assert r.clicks == []
    assert r.worst_click["score_db"] <= ca.CLICK_LIMIT_DB
    # nothing at any join reaches the high band above 16-bit quantisation (<= -91 dBFS there)
    assert r.worst_click["hp_dbfs"] < ca.CLICK_FLOOR_DBFS


@pytest.mark.parametrize("name", list(SESSIONS))
def test_narration_inside_its_windows(results: dict[str, ca.Result], name: str) -> None:
    r = results[name]
    assert r.clips > 0 and r.silent_clips == 0
    assert r.outside == []
    assert r.worst_start_ms >= 0.0 and r.worst_end_ms >= 0.0
    assert r.checks["windows"]
    lo, hi = r.onset_lag_ms
    assert lo >= 0.0 and hi < 30.0  # each clip is heard from (just after) its planned sample


def test_pmr_tension_instruction_ends_at_tension_onset(results: dict[str, ca.Result]) -> None:
    gap = results["pmr-group"].tense_gap_ms
    assert gap is not None
    assert gap[0] >= 0.0 and gap[1] < 100.0  # "... now" ends just before the tension period


def test_movement_counts_land_on_the_beat(results: dict[str, ca.Result]) -> None:
    r = results["movement-step"]
    assert r.beat_lag_ms is not None and r.beat_lag_ms < 30.0
    # every tick starts with a spoken word (the count tick finding rests on this)
    assert r.ticks_spoken[1] > 0 and r.ticks_spoken[0] == r.ticks_spoken[1]


# -- the meters measure what they claim ------------------------------------------------------


def _sine(hz: float, seconds: float, amp: float = 1.0, phase: float = 0.0) -> NDArray[np.float64]:
    t = np.arange(round(seconds * RATE)) / RATE
    return amp * np.sin(2 * np.pi * hz * t + phase)


def test_loudness_meter_reads_the_bs1770_reference() -> None:
    # BS.1770: a 0 dBFS 997 Hz sine in one channel reads -3.01 LKFS
    assert ca.integrated_loudness(_sine(997, 5)) == pytest.approx(-3.01, abs=0.02)
    assert ca.integrated_loudness(_sine(997, 5, 0.1)) == pytest.approx(-23.01, abs=0.02)
    # the K-weighting: +4 dB shelf at high frequencies, roll-off at the bottom
    assert ca.integrated_loudness(_sine(8000, 2)) > ca.integrated_loudness(_sine(997, 2)) + 3
    assert ca.integrated_loudness(_sine(40, 2)) < ca.integrated_loudness(_sine(997, 2)) - 0.5
    assert ca.integrated_loudness(np.zeros(RATE * 2)) == float("-inf")


def test_loudness_gating_ignores_silence() -> None:
    tone = _sine(997, 10, 0.1)
    padded = np.concatenate([np.zeros(RATE * 10), tone, np.zeros(RATE * 10)])
    # the blocks half over the tone's edges still pass the -10 LU gate: a little under -23.01
    assert ca.integrated_loudness(padded) == pytest.approx(-23.01, abs=0.2)
    ungated = float(ca.lufs(ca.block_powers(padded).mean()))
    assert ungated < -27.0  # the silence would have pulled it down by 10 log10(3) = 4.8 LU


def test_k_weighting_matches_a_sample_by_sample_filter() -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal(RATE) * 0.1 * (1 + np.sin(2 * np.pi * 1.3 * np.arange(RATE) / RATE))
    y = x
    for b, a in ca._K_STAGES:
        y = ca.biquad(y, b, a)
    hops = ca.k_weighted_energy(x)
    reference = np.sum((y[: hops.size * ca.METER_HOP] ** 2).reshape(hops.size, -1), axis=1)
    np.testing.assert_allclose(hops, reference, rtol=1e-9)


def test_true_peak_finds_the_peak_between_samples() -> None:
    # a quarter-rate sine sampled 45 degrees off its crest: samples reach only 0.707 of it
    x = _sine(RATE / 4, 1, 0.5, np.pi / 4)
    assert ca.db(ca.sample_peak(x)) == pytest.approx(ca.db(0.5) - 3.01, abs=0.05)
    assert ca.db(ca.true_peak(x)) == pytest.approx(ca.db(0.5), abs=0.2)


def test_clipping_fails_the_levels_check(rendered: dict[str, Any]) -> None:
    plan, renders = rendered["sigh-reset"]
    hot = dict(renders, mix=np.clip(renders["mix"] * 16.0, -1.0, 32767 / 32768))
    r = ca.analyse(plan, hot)
    assert r.full_scale_samples > 0
    assert not r.checks["levels"]


def test_a_quiet_cue_layer_fails_the_balance_check(rendered: dict[str, Any]) -> None:
    plan, renders = rendered["easy-pace-1min"]
    r = ca.analyse(plan, dict(renders, cues=renders["cues"] * 0.3))  # -10.5 dB
    assert not r.checks["balance"]
    assert r.worst_cue_lu < -ca.BALANCE_LIMIT_LU


# -- the click detector fires on real clicks -------------------------------------------------


def _score(x: NDArray[Any], at: int) -> float:
    return ca.click_scores(x, [ca.Join(at, "test", "mix")], "test")[0].score_db


def test_click_detector_flags_steps_and_abrupt_edges() -> None:
    tone = _sine(440, 1, 0.25)
    assert _score(tone, RATE // 2) <= 0.0
    stepped = tone.copy()
    stepped[RATE // 2 :] += 0.05
    assert _score(stepped, RATE // 2) > ca.CLICK_LIMIT_DB + 10
    abrupt = np.zeros(RATE)
    abrupt[RATE // 2 :] = 0.25 * np.cos(2 * np.pi * 440 * np.arange(RATE // 2) / RATE)
    assert _score(abrupt, RATE // 2) > ca.CLICK_LIMIT_DB + 10
    # cut off at a zero crossing: no step in level, only in slope
    cut = tone.copy()
    zero = int(np.flatnonzero(np.diff(np.signbit(tone[RATE // 2 :])))[0]) + RATE // 2 + 1
    cut[zero:] = 0.0
    assert _score(cut, zero) > ca.CLICK_LIMIT_DB


def test_click_detector_flags_a_step_inside_speech(rendered: dict[str, Any]) -> None:
    plan, renders = rendered["pmr-group"]
    voice = renders["voice"].astype(np.float64)
    spans = ca.measure_spans(voice, plan)
    loud = max(spans, key=lambda s: s.planned[1] - s.planned[0])
    assert loud.real is not None
    at = (loud.real[0] + loud.real[1]) // 2
    assert _score(voice, at) <= ca.CLICK_LIMIT_DB
    voice[at:] += 0.02
    assert _score(voice, at) > ca.CLICK_LIMIT_DB


def test_unfaded_clips_are_caught_at_their_joins(library: SpeechLibrary, tmp_path: Path) -> None:
    """End to end: narration clips that start and stop at full amplitude click at every join."""
    plan, clips = _session("sigh-reset", library)
    raw = {}
    for key, clip in clips.items():
        t = np.arange(clip.size) / RATE
        raw[key] = (0.3 * np.cos(2 * np.pi * 200 * t)).astype(np.float32)  # no fade at all
    renders = ca.render_in_process(plan, raw, tmp_path)
    r = ca.analyse(plan.to_json(), renders)
    assert not r.checks["clicks"]
    flagged = {c["join"] for c in r.clicks}
    assert "speech-on" in flagged and "speech-end" in flagged


# -- the window check fires on lines that overrun ----------------------------------------------


def test_lines_longer_than_planned_are_caught(library: SpeechLibrary, tmp_path: Path) -> None:
    """Plan a PMR group with lines assumed 40 % shorter than they are: the real audio runs past
    "now" into the tension period and into the next line, and the check says so."""
    routine = _routine("pmr-7", ("pmr",), 1)
    plan = compile_routine(
        routine, Profile(), rules=default_rules(), speech_length=lambda k: 0.6 * library.length_s(k)
    )
    keys = [speech_key(e) for e in plan.events if e.kind == "speech"]
    clips = library.prepare(keys)
    renders = ca.render_in_process(plan, clips, tmp_path, ("mix", "voice", "cues"))
    r = ca.analyse(plan.to_json(), renders)
    assert not r.checks["windows"]
    assert r.worst_window["margin_ms"] < -100
    assert any(s["label"] == "tense" for s in r.outside)
