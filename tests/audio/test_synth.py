"""Cue sounds and the breath-guide tone: click-free, level-matched, distinct, loopable."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from somatic_player.audio.synth import (
    CUE_NAMES,
    BreathGuide,
    cue_bank,
    cue_for_label,
    guide_wavetable,
)
from somatic_player.core.plan import BreathPhase, lung_level

RATE = 48_000
BANK = cue_bank(RATE)
STYLES = ("tones", "bell")


def centroid_hz(x: NDArray[np.float32]) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(x.shape[0])))
    freqs = np.fft.rfftfreq(x.shape[0], 1.0 / RATE)
    return float((spectrum * freqs).sum() / spectrum.sum())


def test_bank_has_every_cue_as_float32_mono() -> None:
    for style in STYLES:
        bank = cue_bank(RATE, style)
        assert tuple(bank) == CUE_NAMES
        for sound in bank.values():
            assert sound.dtype == np.float32
            assert sound.ndim == 1
            assert not sound.flags.writeable


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("name", CUE_NAMES)
def test_cue_is_click_free_and_level_matched(style: str, name: str) -> None:
    sound = cue_bank(RATE, style)[name]  # type: ignore[arg-type]
    peak_db = 20 * np.log10(np.abs(sound).max())
    assert -12.5 < peak_db < -11.5
    # starts at ~0 (tiny but non-zero, so onsets are detectable) and ends at exactly 0
    assert 0 < abs(sound[0]) < 1e-4
    assert sound[-1] == 0.0
    assert abs(sound[-2]) < 1e-4
    # no sample-to-sample jump anywhere near a click
    assert np.abs(np.diff(sound)).max() < 0.05
    # a raised-cosine attack of at least 5 ms: the first millisecond is still very quiet
    first_ms = np.abs(sound[: RATE // 1000]).max()
    assert first_ms < 0.2 * np.abs(sound).max()


def test_bell_rings_about_four_seconds() -> None:
    sound = BANK["bell"]
    assert 4.0 <= sound.shape[0] / RATE <= 5.0
    # still audible after 3 s: a long decay, not a ping
    assert np.abs(sound[3 * RATE : 3 * RATE + 4800]).max() > 0.01


def test_count_tick_is_very_short() -> None:
    assert BANK["count"].shape[0] / RATE <= 0.15


def test_inhale_rises_and_exhale_falls() -> None:
    inhale, exhale = BANK["inhale"], BANK["exhale"]
    hi, he = inhale.shape[0] // 2, exhale.shape[0] // 2
    assert centroid_hz(inhale[hi:]) > centroid_hz(inhale[:hi]) * 1.1
    assert centroid_hz(exhale[he:]) < centroid_hz(exhale[:he]) / 1.1
    # exhale is the darker sound
    assert centroid_hz(exhale) < centroid_hz(inhale)


def test_cues_are_distinct() -> None:
    n = 1 << 16

    def profile(x: NDArray[np.float32]) -> NDArray[np.float64]:
        spec = np.abs(np.fft.rfft(x, n))
        return spec / np.linalg.norm(spec)

    for style in STYLES:
        bank = cue_bank(RATE, style)  # type: ignore[arg-type]
        names = list(bank)
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                similarity = float(profile(bank[a]) @ profile(bank[b]))
                assert similarity < 0.9, (style, a, b, similarity)
        lengths = {name: bank[name].shape[0] for name in names}
        assert len(set(lengths.values())) >= 4


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("inhale", "inhale"),
        ("exhale", "exhale"),
        ("hold-in", "hold"),
        ("hold-out", "hold"),
        ("step", "step"),
        ("count", "count"),
        ("bell", "bell"),
    ],
)
def test_cue_for_label_uses_prefix(label: str, expected: str) -> None:
    assert cue_for_label(label, BANK) is BANK[expected]


def test_unknown_label_has_no_sound() -> None:
    assert cue_for_label("applause", BANK) is None


def test_guide_wavetable_loops_seamlessly() -> None:
    table = guide_wavetable(RATE)
    assert table.shape == (RATE,)
    steps = np.abs(np.diff(table))
    wrap = abs(float(table[0]) - float(table[-1]))
    assert wrap <= steps.max() * 1.01
    looped = np.concatenate([table, table])
    assert np.abs(np.diff(looped)).max() <= steps.max() * 1.01


def test_breath_guide_lung_matches_pacer() -> None:
    phases = [
        BreathPhase(1000, 5000, "inhale"),
        BreathPhase(5000, 6000, "hold-in"),
        BreathPhase(6000, 12000, "exhale"),
        BreathPhase(12000, 13000, "hold-out"),
    ]
    guide = BreathGuide(phases, RATE, 20000)
    lung = np.empty(14000)
    assert guide.lung_into(lung, 0)
    for sample in range(0, 14000, 7):
        phase = next((p for p in phases if p.start <= sample < p.end), None)
        expected = (
            0.0
            if phase is None
            else lung_level(phase.phase, (sample - phase.start) / (phase.end - phase.start))
        )
        assert lung[sample] == pytest.approx(expected, abs=1e-12)
    # continuous: no step in loudness anywhere, so the tone cannot click
    assert np.abs(np.diff(lung)).max() < 1e-3


def test_breath_guide_is_silent_outside_breathing() -> None:
    guide = BreathGuide([BreathPhase(100, 200, "inhale")], RATE, 1000)
    mix = np.zeros(50, dtype=np.float32)
    assert not guide.add_into(mix, 300, 1.0)
    assert not mix.any()
