"""Soak: an 8-hour session rendered offline, through ``render.render_to_file``'s streaming loop
into a null sink. The last cue comes exactly where the ideal time puts it, and memory stays
flat from the first rendered hour to the last.

The routine is two 4-hour breathing steps. The second runs at 7 breaths a minute (a period of
8.571428... s, 411428.57 samples), so any per-breath rounding would add up: after 1680 breaths
it would be hundreds of samples off. The ideal times are computed here from the routine alone,
with exact fractions; the plan and the rendered audio must both agree with them to the sample.

The sink keeps only a window of audio around the first and the last breath cue and counts the
frames; render.py thinks it writes a file. Every rendered hour the test samples the memory that
Python and numpy hold (tracemalloc) and the process's resident size.
"""

from __future__ import annotations

import time
import tracemalloc
from fractions import Fraction
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest
import soundfile
from numpy.typing import NDArray

from somatic_player.audio.mixer import Levels, Mixer
from somatic_player.audio.render import render_to_file
from somatic_player.audio.synth import cue_bank, cue_for_label
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.routine import Routine
from tests.audio_device.test_pulse_roundtrip import refine

RATE = 48_000
HOUR = 3600 * RATE
STEP_S = 4 * 3600
LEAD_IN_S = 1  # the opening bell, then the first step a second later
SECOND_RATE_BPM = 7
WINDOW = RATE // 2  # audio kept either side of a cue
TRACED_GROWTH_LIMIT = 256 * 1024  # bytes, first rendered hour to the last
RSS_GROWTH_LIMIT = 8 * 1024 * 1024
LEVELS = Levels(ambient=0.6)  # the breath-guide tone: sound all the time, not only at cues


def soak_routine() -> Routine:
    return Routine.model_validate(
        {
            "schema_version": 1,
            "id": "soak",
            "title": "Eight hours",
            "kind": "breathing",
            "steps": [
                {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": STEP_S},
                {
                    "kind": "breath",
                    "rate_bpm": SECOND_RATE_BPM,
                    "ratio": "2:3",
                    "duration_s": STEP_S,
                },
            ],
        },
        strict=False,
    )


def ideal_last_exhale_s() -> Fraction:
    """When the last out-breath of the second step starts, from the routine alone."""
    period = Fraction(60, SECOND_RATE_BPM)
    breaths = Fraction(STEP_S) / period
    assert breaths.denominator == 1  # 1680 whole breaths
    inhale = period * Fraction(2, 5)
    return LEAD_IN_S + STEP_S + (int(breaths) - 1) * period + inhale


def rss_bytes() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096


class NullSink:
    """Stands in for ``soundfile.SoundFile``: counts frames and keeps windows around the
    samples in ``keep`` (start -> array), nothing else."""

    keep: ClassVar[dict[int, NDArray[np.float32]]] = {}
    frames = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        NullSink.frames = 0

    def __enter__(self) -> NullSink:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def write(self, block: NDArray[np.float32]) -> None:
        start, n = NullSink.frames, block.shape[0]
        for at, kept in NullSink.keep.items():
            lo, hi = max(start, at), min(start + n, at + kept.shape[0])
            if lo < hi:
                kept[lo - at : hi - at] = block[lo - start : hi - start, 0]
        NullSink.frames += n


def rendered_directly(plan: Plan, start: int, frames: int, levels: Levels) -> NDArray[np.float32]:
    """The same stretch rendered by a fresh mixer that jumps straight to ``start``."""
    mixer = Mixer(plan, {}, levels=levels)
    mixer.seek(start)
    out = np.zeros((frames, 1), dtype=np.float32)
    mixer.render_into(out)
    return out[:, 0]


def cue_onset(plan: Plan, event: Any) -> int:
    """Where ``event``'s sound starts, found in a cues-only render around it (the guide tone
    under a cue would blur the match)."""
    start: int = event.sample - WINDOW
    audio = rendered_directly(plan, start, 2 * WINDOW + 3 * RATE, Levels(ambient=0.0))
    sound = cue_for_label(event.label, cue_bank(plan.sample_rate))
    assert sound is not None
    at, peak = refine(audio, sound, 0, audio.shape[0] - sound.shape[0])
    assert peak > 0.99, f"{event.label} at {event.sample} does not sound as it should"
    return start + at


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_eight_hours_rendered_offline_end_on_the_ideal_sample_in_flat_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = compile_routine(soak_routine())
    breaths = [e for e in plan.events if e.kind == "cue" and e.label in ("inhale", "exhale")]
    # The first out-breath: the first in-breath shares its start with the opening bell.
    first, last = breaths[1], breaths[-1]
    ideal = ideal_last_exhale_s()
    assert last.label == "exhale"
    assert last.sample == round(ideal * RATE)  # the plan: no drift after 8 hours
    assert plan.total_samples >= 8 * HOUR

    watched = {first.sample - WINDOW: first, last.sample - WINDOW: last}
    NullSink.keep = {start: np.zeros(2 * WINDOW + RATE * 3, dtype=np.float32) for start in watched}
    monkeypatch.setattr(soundfile, "SoundFile", NullSink)
    samples: list[tuple[int, int, int]] = []  # (hour, traced bytes, resident bytes)

    def every_hour(done: int, total: int) -> None:
        if done // HOUR > len(samples) - 1 or done == total:
            samples.append((done // HOUR, tracemalloc.get_traced_memory()[0], rss_bytes()))

    tracemalloc.start()
    started = time.perf_counter()
    try:
        samples.append((0, tracemalloc.get_traced_memory()[0], rss_bytes()))
        render_to_file(
            plan,
            {},
            tmp_path / "eight-hours.wav",
            levels=Levels(ambient=0.6),
            progress=every_hour,
        )
    finally:
        took = time.perf_counter() - started
        tracemalloc.stop()
    assert NullSink.frames == plan.total_samples

    # The plan is exact by construction; is the eight-hour stream exactly that plan, there?
    streamed_off = {
        start: float(np.max(np.abs(kept - rendered_directly(plan, start, kept.shape[0], LEVELS))))
        for start, kept in NullSink.keep.items()
    }
    drift = cue_onset(plan, last) - round(ideal * RATE)
    traced = [t for _, t, _ in samples]
    resident = [r for _, _, r in samples]
    traced_growth = max(traced[1:]) - traced[1]
    rss_growth = max(resident[1:]) - resident[1]
    with capsys.disabled():
        print(
            f"\nsoak: 8 h rendered in {took:.0f} s ({plan.total_samples / RATE / took:.0f}x real "
            f"time); last cue at sample {last.sample}, drift {drift} samples; traced memory "
            f"per hour {[f'{t / 1e6:.2f}' for t in traced]} MB, resident "
            f"{[f'{r / 1e6:.0f}' for r in resident]} MB"
        )
    assert cue_onset(plan, first) == first.sample
    assert drift == 0
    assert all(off < 1e-6 for off in streamed_off.values()), streamed_off
    assert len(samples) >= 9  # hour 0 to hour 8
    assert traced_growth < TRACED_GROWTH_LIMIT, traced
    assert rss_growth < RSS_GROWTH_LIMIT, resident
