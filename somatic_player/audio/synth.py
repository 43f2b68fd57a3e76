"""Cue sounds and the breath-guide tone, synthesized with numpy at the engine rate.

Every cue is a float32 mono array that starts on a raised-cosine attack (the first sample is
tiny but not zero, so a cue's onset is visible in rendered audio), decays smoothly and ends on
exactly 0.0, with its peak at about -12 dBFS so the set sounds calm at low volume. Eyes-closed
users must tell the cues apart, so inhale rises, exhale falls on a darker timbre, holds pluck on
one pitch, step changes chime two notes, movement counts tick like soft wood and the bell is
inharmonic like a singing bowl.

The breath-guide tone is a one-second wavetable whose partials are whole numbers of hertz, so it
loops seamlessly from any absolute sample position. Its loudness follows the pacer's lung level
(:func:`somatic_player.core.plan.lung_level`), computed block-wise into preallocated buffers by
:class:`BreathGuide`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from somatic_player.core.plan import SAMPLE_RATE, BreathPhase

Audio = NDArray[np.float32]
CueStyle = Literal["tones", "bell"]

CUE_PEAK_DBFS = -12.0
CUE_PEAK = 10.0 ** (CUE_PEAK_DBFS / 20.0)
GUIDE_PEAK = 10.0 ** (-6.0 / 20.0)
MIN_ATTACK_S = 0.005
CUE_NAMES = ("inhale", "exhale", "hold", "step", "count", "bell")

# (partial number, amplitude): harmonics fall off quickly for a warm, round sound.
_WARM = ((1, 1.0), (2, 0.32), (3, 0.11), (4, 0.04))
_DARK = ((1, 1.0), (2, 0.12), (3, 0.02))
# Free-edge bowl modes are strongly inharmonic; higher modes die away faster.
_BOWL = ((1.0, 1.0, 3.2), (2.76, 0.55, 1.7), (5.40, 0.22, 0.95), (8.93, 0.09, 0.5))


def _time(n: int, rate: int) -> NDArray[np.float64]:
    return np.arange(n, dtype=np.float64) / rate


def _envelope(
    n: int, rate: int, attack_s: float, release_s: float, tau_s: float | None = None
) -> NDArray[np.float64]:
    """Raised-cosine attack, optional exponential decay, raised-cosine release to exactly 0."""
    env = np.ones(n, dtype=np.float64)
    a = max(round(attack_s * rate), round(MIN_ATTACK_S * rate))
    k = np.arange(a, dtype=np.float64)
    env[:a] = 0.5 - 0.5 * np.cos(np.pi * (k + 1.0) / (a + 1.0))
    if tau_s is not None:
        t = np.maximum(_time(n, rate) - a / rate, 0.0)
        env *= np.exp(-t / tau_s)
    r = max(round(release_s * rate), 2)
    k = np.arange(r, dtype=np.float64)
    env[n - r :] *= 0.5 + 0.5 * np.cos(np.pi * (k + 1.0) / r)
    env[-1] = 0.0
    return env


def _finish(signal: NDArray[np.float64], peak: float = CUE_PEAK) -> Audio:
    """Scale to ``peak`` and convert; the end stays exactly zero."""
    top = float(np.max(np.abs(signal)))
    out = (signal * (peak / top)).astype(np.float32)
    out[-1] = 0.0
    out.setflags(write=False)
    return out


def _glide_phase(
    n: int, rate: int, f_start: float, f_end: float, glide_s: float
) -> NDArray[np.float64]:
    """Phase (radians) of a smoothstep glide in log-frequency, then steady at ``f_end``."""
    t = _time(n, rate)
    x = np.clip(t / glide_s, 0.0, 1.0)
    smooth = x * x * (3.0 - 2.0 * x)
    freq = f_start * (f_end / f_start) ** smooth
    phase = np.empty(n, dtype=np.float64)
    phase[0] = 0.0
    np.cumsum(freq[:-1] * (2.0 * np.pi / rate), out=phase[1:])
    return phase


def _partials(
    phase: NDArray[np.float64], partials: Sequence[tuple[int, float]]
) -> NDArray[np.float64]:
    # Cosine phase: every partial starts at its crest, so the first sample is never zero.
    out = np.zeros_like(phase)
    for number, amp in partials:
        out += amp * np.cos(number * phase)
    return out


def _glide(
    rate: int, dur_s: float, f0: float, f1: float, timbre: Sequence[tuple[int, float]], tau: float
) -> Audio:
    n = round(dur_s * rate)
    main = _partials(_glide_phase(n, rate, f0, f1, dur_s * 0.8), timbre)
    # A second voice detuned by ~0.4 % gives a slow, soft chorus instead of a bare oscillator.
    chorus = _partials(_glide_phase(n, rate, f0 * 1.004, f1 * 1.004, dur_s * 0.8), timbre)
    env = _envelope(n, rate, attack_s=0.12, release_s=0.35, tau_s=tau)
    return _finish((main + 0.35 * chorus) * env)


def _pluck(n: int, rate: int, f: float, tau: float, level: float = 1.0) -> NDArray[np.float64]:
    t = _time(n, rate)
    out = np.zeros(n, dtype=np.float64)
    for number, amp in ((1, 1.0), (2, 0.3), (3, 0.1)):
        out += amp * np.cos(2.0 * np.pi * f * number * t) * np.exp(-t * number / tau)
    env = _envelope(n, rate, attack_s=MIN_ATTACK_S, release_s=min(0.08, n / rate / 4))
    return level * out * env


def _place(total: int, parts: Sequence[tuple[int, NDArray[np.float64]]]) -> NDArray[np.float64]:
    out = np.zeros(total, dtype=np.float64)
    for at, part in parts:
        out[at : at + part.shape[0]] += part
    return out


def _bowl(rate: int, dur_s: float, f0: float, decay: float, attack_s: float = 0.008) -> Audio:
    n = round(dur_s * rate)
    t = _time(n, rate)
    out = np.zeros(n, dtype=np.float64)
    for ratio, amp, tau in _BOWL:
        f = f0 * ratio
        # Each mode is a slightly split pair, as on a real bowl: a slow shimmer (beats < 1 Hz).
        beat = 0.35 + 0.12 * ratio
        pair = np.cos(2.0 * np.pi * f * t) + 0.6 * np.cos(2.0 * np.pi * (f + beat) * t)
        out += amp * pair * np.exp(-t / (tau * decay))
    return _finish(out * _envelope(n, rate, attack_s=attack_s, release_s=min(0.5, dur_s / 6)))


def inhale(rate: int = SAMPLE_RATE) -> Audio:
    """A soft, warm glide upwards (a fifth, C4 to G4)."""
    return _glide(rate, 1.1, 261.63, 392.0, _WARM, tau=1.5)


def exhale(rate: int = SAMPLE_RATE) -> Audio:
    """A darker glide downwards (E4 to A3), nearly a pure tone."""
    return _glide(rate, 1.3, 329.63, 220.0, _DARK, tau=1.2)


def hold(rate: int = SAMPLE_RATE) -> Audio:
    """Two soft plucks on one steady pitch (D4): the breath stays where it is."""
    total = round(0.75 * rate)
    first = _pluck(round(0.45 * rate), rate, 293.66, tau=0.16)
    second = _pluck(total - round(0.17 * rate), rate, 293.66, tau=0.2, level=0.8)
    return _finish(_place(total, ((0, first), (round(0.17 * rate), second))))


def step(rate: int = SAMPLE_RATE) -> Audio:
    """A two-note chime rising a fifth (D5 then A5): a new part of the practice begins."""
    total = round(1.6 * rate)
    low = _pluck(round(0.9 * rate), rate, 587.33, tau=0.45)
    high = _pluck(total - round(0.24 * rate), rate, 880.0, tau=0.5, level=0.85)
    return _finish(_place(total, ((0, low), (round(0.24 * rate), high))))


def count(rate: int = SAMPLE_RATE) -> Audio:
    """A very short, soft wooden tick for movement repetitions."""
    n = round(0.09 * rate)
    t = _time(n, rate)
    body = np.cos(2.0 * np.pi * 720.0 * t) * np.exp(-t / 0.014)
    knock = 0.45 * np.cos(2.0 * np.pi * 1530.0 * t) * np.exp(-t / 0.007)
    return _finish((body + knock) * _envelope(n, rate, attack_s=0.005, release_s=0.025))


def bell(rate: int = SAMPLE_RATE) -> Audio:
    """A singing-bowl strike (G3) with inharmonic modes and a long, ~4 s decay."""
    return _bowl(rate, 4.5, 196.0, decay=1.0)


@lru_cache(maxsize=8)
def _bank(rate: int, style: CueStyle) -> tuple[tuple[str, Audio], ...]:
    if style == "bell":
        # Small bowls: higher and brighter for "in", lower for "out", a tiny one for holds.
        return (
            ("inhale", _bowl(rate, 1.8, 392.0, decay=0.45)),
            ("exhale", _bowl(rate, 2.2, 261.63, decay=0.55)),
            ("hold", _bowl(rate, 0.9, 587.33, decay=0.2)),
            ("step", step(rate)),
            ("count", count(rate)),
            ("bell", bell(rate)),
        )
    return (
        ("inhale", inhale(rate)),
        ("exhale", exhale(rate)),
        ("hold", hold(rate)),
        ("step", step(rate)),
        ("count", count(rate)),
        ("bell", bell(rate)),
    )


def cue_bank(rate: int = SAMPLE_RATE, style: CueStyle = "tones") -> dict[str, Audio]:
    """Cue sounds keyed by cue label prefix (``hold`` covers ``hold-in`` and ``hold-out``).

    The arrays are shared and read-only; ``style="bell"`` swaps the breath cues for small bowls.
    """
    return dict(_bank(rate, style))


def cue_for_label(label: str, bank: dict[str, Audio]) -> Audio | None:
    """The sound for a cue label, by prefix; None for labels with no sound."""
    for prefix, sound in bank.items():
        if label.startswith(prefix):
            return sound
    return None


@lru_cache(maxsize=4)
def guide_wavetable(rate: int = SAMPLE_RATE) -> Audio:
    """One second of a soft pad (A2 with its fifth and octave); loops seamlessly.

    Every partial is a whole number of hertz, so the table holds whole cycles of each and
    ``table[sample % rate]`` is continuous across the loop point.
    """
    t = _time(rate, rate)
    out = np.zeros(rate, dtype=np.float64)
    # 110 and 111 Hz beat once a second: a gentle, breathing chorus.
    for hz, amp in ((110, 1.0), (111, 0.45), (165, 0.4), (220, 0.28), (330, 0.08)):
        out += amp * np.sin(2.0 * np.pi * hz * t)
    out *= GUIDE_PEAK / float(np.max(np.abs(out)))
    table = out.astype(np.float32)
    table.setflags(write=False)
    return table


_INHALE, _HOLD_IN, _EXHALE = 0, 1, 2


class BreathGuide:
    """The breath-guide tone of one plan, rendered block-wise without allocating.

    Loudness is ``lung_level`` of the pacer at every sample: it swells through each inhale, stays
    full through a hold after it, falls through the exhale and is silent between breaths and
    outside breathing steps. Lung level is continuous, so the tone never clicks.
    """

    def __init__(self, phases: Sequence[BreathPhase], rate: int, max_block: int) -> None:
        codes = {"inhale": _INHALE, "hold-in": _HOLD_IN, "exhale": _EXHALE}
        kept = [p for p in phases if p.phase in codes and p.end > p.start]
        self._starts = [p.start for p in kept]
        self._ends = [p.end for p in kept]
        self._kinds = [codes[p.phase] for p in kept]
        self.table = guide_wavetable(rate)
        self.peak = float(GUIDE_PEAK)
        self._ramp = np.arange(max_block, dtype=np.float64)
        self._lung = np.empty(max_block, dtype=np.float64)
        self._tone = np.empty(max_block, dtype=np.float32)

    def lung_into(self, out: NDArray[np.float64], start: int) -> bool:
        """Fill ``out`` with the lung level (0..1) of samples ``start .. start+len(out)``.

        Returns False when the whole span is silent (no inhale, hold-in or exhale in it).
        """
        n = out.shape[0]
        end = start + n
        i = max(bisect_right(self._starts, start) - 1, 0)
        out.fill(0.0)
        found = False
        while i < len(self._starts) and self._starts[i] < end:
            a = max(start, self._starts[i])
            b = min(end, self._ends[i])
            if a < b:
                self._phase_into(out[a - start : b - start], a, i)
                found = True
            i += 1
        return found

    def _phase_into(self, lung: NDArray[np.float64], a: int, i: int) -> None:
        m = lung.shape[0]
        kind = self._kinds[i]
        if kind == _HOLD_IN:
            lung.fill(1.0)
            return
        # progress = (sample - phase start) / phase length, eased, exactly as in lung_level
        np.add(self._ramp[:m], float(a - self._starts[i]), out=lung)
        np.divide(lung, float(self._ends[i] - self._starts[i]), out=lung)
        np.multiply(lung, math.pi, out=lung)
        np.cos(lung, out=lung)
        np.multiply(lung, -0.5, out=lung)
        np.add(lung, 0.5, out=lung)
        if kind == _EXHALE:
            np.subtract(1.0, lung, out=lung)

    def add_into(self, mix: Audio, start: int, gain: float) -> bool:
        """Add ``gain`` x tone x lung level for samples ``start .. start+len(mix)`` into ``mix``.

        Returns whether anything was added. Every value depends only on absolute sample
        positions, never on how the session is cut into blocks.
        """
        n = mix.shape[0]
        lung = self._lung[:n]
        if not self.lung_into(lung, start):
            return False
        np.multiply(lung, gain, out=lung)
        tone = self._tone[:n]
        # a plain cast copy: a mixed-type ufunc with out= would allocate a cast buffer
        np.copyto(tone, lung, casting="same_kind")
        length = self.table.shape[0]
        done = 0
        while done < n:
            pos = (start + done) % length
            take = min(n - done, length - pos)
            part = tone[done : done + take]
            np.multiply(part, self.table[pos : pos + take], out=part)
            done += take
        np.add(mix, tone, out=mix)
        return True
