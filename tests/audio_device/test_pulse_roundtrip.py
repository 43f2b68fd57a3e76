"""Sample-exact through a real device: the sounddevice engine plays a plan into a private
PulseAudio null sink while ``parec`` records its monitor, and the cues come back exactly as far
apart as the plan put them.

Finding the cues in the recording: the first sound out of silence (energy onset) marks where
plan sample 0 landed. Each breath cue is then the peak of the normalised cross-correlation with
its own sound from ``cue_bank`` within 250 ms of where the plan puts it (those gliding tones have
one clear peak in that range). A bell rings for seconds and correlates almost as well with
itself 20 ms later, so a bell is first found by its own energy onset out of silence and then
refined within a few milliseconds. A second, stricter check compares the whole recording with
the offline render, sample by sample. The detector is also tested on synthetic recordings
(no device), including one with a slipped cue, so it cannot pass by construction.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from itertools import pairwise
from queue import SimpleQueue
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from somatic_player.audio.mixer import Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.audio.synth import cue_bank, cue_for_label
from somatic_player.audio.transport import EngineStatus, Transport
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.routine import Routine

RATE = 48_000
# The sink keeps 16-bit samples: a faithful recording is within 1/65536 of the render (one
# sample early or late already differs by more than 2e-4).
EXACT = 1e-4
TOLERANCE = 48  # 1 ms
SOUND = 1e-3  # -60 dBFS: anything above is sound, not the sink's silence
GLIDE_WINDOW = RATE // 4
BELL_WINDOW = (-RATE * 4 // 1000, RATE // 1000)
QUIET = RATE // 10
BELL_TEMPLATE = RATE // 5


@dataclass(frozen=True)
class Found:
    label: str
    planned: int
    measured: int
    peak: float


def breathing_plan() -> Plan:
    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "roundtrip",
            "title": "Round trip",
            "kind": "breathing",
            "steps": [{"kind": "breath", "inhale_s": 2, "exhale_s": 2, "duration_s": 12}],
        },
        strict=False,
    )
    return compile_routine(routine)


def engine_render(plan: Plan) -> NDArray[np.float32]:
    """What the engine sends: the mixer through a started Transport (10 ms fade-in at 0)."""
    transport = Transport(Mixer(plan, {}), SimpleQueue())
    transport.command("start")
    out = np.zeros(plan.total_samples, dtype=np.float32)
    for start in range(0, out.shape[0], 512):
        transport.process(out[start : start + 512])
    return out


def _ncc(x: NDArray[np.float64], h: NDArray[np.float64]) -> NDArray[np.float64]:
    """Normalised cross-correlation of ``h`` at every position where it fits inside ``x``."""
    n = x.shape[0] + h.shape[0] - 1
    size = 1 << (n - 1).bit_length()
    spectrum = np.fft.rfft(x, size) * np.conj(np.fft.rfft(h, size))
    corr = np.fft.irfft(spectrum, size)[: x.shape[0] - h.shape[0] + 1]
    energy = np.concatenate([[0.0], np.cumsum(x * x)])
    local = np.sqrt(np.maximum(energy[h.shape[0] :] - energy[: -h.shape[0]], 1e-20))
    return np.asarray(corr / (local * np.linalg.norm(h)), dtype=np.float64)


def refine(x: NDArray[np.float32], h: NDArray[np.float32], lo: int, hi: int) -> tuple[int, float]:
    """The start in [lo, hi] where ``h`` matches ``x`` best, and how well (1.0 is exact)."""
    lo = max(lo, 0)
    hi = min(hi, x.shape[0] - h.shape[0])
    assert hi >= lo, "the recording ends before the cue"
    corr = _ncc(x[lo : hi + h.shape[0]].astype(np.float64), h.astype(np.float64))
    best = int(np.argmax(corr))
    return lo + best, float(corr[best])


def sound_onsets(x: NDArray[np.float32]) -> NDArray[np.int64]:
    """Energy onsets: the first loud sample after at least 100 ms of silence."""
    loud = np.flatnonzero(np.abs(x) > SOUND)
    if loud.shape[0] == 0:
        return loud
    starts = np.concatenate([[True], np.diff(loud) > QUIET])
    return loud[starts]


def find_cues(recording: NDArray[np.float32], plan: Plan) -> list[Found]:
    """Every sounding cue of the plan, located in the recording."""
    bank = cue_bank(plan.sample_rate)
    onsets = sound_onsets(recording)
    assert onsets.shape[0], "the recording is silent"
    origin = int(onsets[0])  # where plan sample 0 landed, give or take the attack
    found = []
    for event in plan.events:
        sound = cue_for_label(event.label, bank) if event.kind == "cue" else None
        if sound is None:
            continue
        guess = origin + event.sample
        if event.label.startswith("bell"):
            near = onsets[np.abs(onsets - guess) <= GLIDE_WINDOW]
            assert near.shape[0], f"no sound starts near the {event.label} at {event.sample}"
            onset = int(near[np.argmin(np.abs(near - guess))])
            lo, hi = onset + BELL_WINDOW[0], onset + BELL_WINDOW[1]
            sound = sound[:BELL_TEMPLATE]  # its attack; the rest rings on almost unchanged
        else:
            lo, hi = guess - GLIDE_WINDOW, guess + GLIDE_WINDOW
        at, peak = refine(recording, sound, lo, hi)
        assert lo < at < hi, f"{event.label} at {event.sample}: best match on the window's edge"
        found.append(Found(event.label, event.sample, at, peak))
    return found


def spacing_errors(found: list[Found]) -> list[int]:
    """Measured minus planned distance between consecutive cues, in samples."""
    return [(b.measured - a.measured) - (b.planned - a.planned) for a, b in pairwise(found)]


def residual(recording: NDArray[np.float32], found: list[Found], plan: Plan) -> float:
    """Largest difference between the recording and the engine's render, once aligned."""
    offset = int(np.median([f.measured - f.planned for f in found]))
    reference = engine_render(plan)
    got = recording[offset : offset + reference.shape[0]]
    assert got.shape == reference.shape, "the recording stops before the session ends"
    return float(np.max(np.abs(got - reference)))


def drain(queue: SimpleQueue[EngineStatus]) -> list[EngineStatus]:
    out = []
    while not queue.empty():
        out.append(queue.get_nowait())
    return out


# -- the detector, without a device --------------------------------------------------------------


def synthetic(plan: Plan, lead: int, slip_at: int = 0, slip: int = 0) -> NDArray[np.float32]:
    """The engine render after ``lead`` samples of silence, through 16 bits (as the sink is);
    ``slip`` samples of silence are inserted at ``slip_at`` (a dropout)."""
    audio = engine_render(plan)
    if slip:
        audio = np.concatenate([audio[:slip_at], np.zeros(slip, np.float32), audio[slip_at:]])
    audio = np.concatenate([np.zeros(lead, np.float32), audio, np.zeros(RATE // 2, np.float32)])
    return (np.round(audio * 32767.0) / 32767.0).astype(np.float32)


def test_detector_finds_every_cue_exactly() -> None:
    plan = breathing_plan()
    found = find_cues(synthetic(plan, lead=12_345), plan)
    cues = [e for e in plan.events if e.kind == "cue"]
    assert [f.label for f in found] == [e.label for e in cues]
    assert [f.measured - f.planned for f in found] == [12_345] * len(cues)
    assert min(f.peak for f in found) > 0.8


def test_detector_sees_a_dropout() -> None:
    plan = breathing_plan()
    exhale = next(e.sample for e in plan.events if e.label == "exhale")
    recording = synthetic(plan, lead=5_000, slip_at=exhale - RATE // 2, slip=100)
    errors = spacing_errors(find_cues(recording, plan))
    assert sorted(errors, key=abs)[-1] == 100
    assert residual(recording, find_cues(recording, plan), plan) > 0.01


# -- through PulseAudio ---------------------------------------------------------------------------


@pytest.mark.audio_device
def test_cues_come_back_sample_exact(pulse: Any, capsys: pytest.CaptureFixture[str]) -> None:
    plan = breathing_plan()
    engine = SoundDeviceEngine(Mixer(plan, {}))
    recording = pulse.record()
    try:
        # A new stream's first ~400 samples reach the monitor as silence, whatever the output
        # latency (most likely the sink rewinding to mix the stream in: what the monitor has
        # delivered cannot be taken back), so the device runs on silence before the session.
        engine.warm_up()
        time.sleep(0.3)
        engine.start()
        deadline = time.monotonic() + plan.total_samples / RATE + 10
        while engine.position_samples() < plan.total_samples and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # the last buffers reach the monitor
    finally:
        engine.stop()
        audio = recording.stop()
    statuses = drain(engine.status)
    assert not [s for s in statuses if s.kind in ("error", "device-lost")], statuses
    found = find_cues(audio, plan)
    errors = spacing_errors(found)
    worst = max(abs(e) for e in errors)
    diff = residual(audio, found, plan)
    with capsys.disabled():
        print(
            f"\npulse round trip: {len(found)} cues, spacing error max {worst} samples "
            f"({worst / RATE * 1000:.3f} ms), waveform residual {diff:.2e}, "
            f"underflows {engine.underflows}, output latency {engine._latency_samples} samples; "
            f"cue offsets {[f.measured - f.planned for f in found]}"
        )
    assert worst <= TOLERANCE, errors
    assert diff < EXACT, "the recording is not the render, sample for sample"
