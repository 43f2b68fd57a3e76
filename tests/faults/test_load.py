"""A session under load through a real device: no underflow, every cue within 1 ms.

While the sounddevice engine plays a breathing session into the private PulseAudio null sink
(tests/audio_device/conftest.py), the test process is kept busy the way the app can be:

- a forced full garbage collection every 3 s,
- a history write (a check-in with a body map, synchronous=FULL) every 5 s on the main thread,
- a thread that holds the GIL for 50 ms every 2 s (one C call, ``sum(range(n))``, that never
  lets go of it; the test checks that another thread really stops meanwhile).

The monitor is recorded and compared with the plan: every breath cue found where the plan puts
it (the detector of tests/audio_device/test_pulse_roundtrip.py), all within 1 ms of the
timeline set by the first, and the whole recording equal to the engine's render, sample for
sample, so not one dropout went unnoticed. The callback must report no underflow.

What each collection cost and the longest wait between two callbacks are printed (with what the
load was doing then), so a failure says where the time went. Late in the whole suite this process
holds some 224,000 objects and a full collection took 136 ms (209 ms at most): next to a GIL hold
that emptied the 200 ms output queue once in CI. The engine now freezes what existed before it
started while it plays (somatic_player/audio/quiet_gc.py), so a collection walks only what the
session made.

The session lasts 10 minutes, as the issue asks (about 300 GIL holds, 120 history writes and 200
collections); ``SOMATIC_LOAD_MINUTES=2`` gives a quicker run while working on it.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from pathlib import Path
from queue import SimpleQueue
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from somatic_player.audio.mixer import Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.audio.transport import Transport
from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.core.plan import Plan
from somatic_player.history.store import Store
from tests.audio_device.test_pulse_roundtrip import find_cues
from tests.helpers import breathing_plan

RATE = 48_000
MINUTES = float(os.environ.get("SOMATIC_LOAD_MINUTES", "10"))
GC_EVERY_S = 3.0
WRITE_EVERY_S = 5.0
HOLD_EVERY_S = 2.0
HOLD_S = 0.050
HOLD_TARGET_S = 0.052  # aimed a little above, at the CPU's quickest
TOLERANCE = 48  # 1 ms
EXACT = 1e-4  # the sink keeps 16 bits: a faithful recording is within 1/65536 of the render


def calibrated_hold() -> int:
    """How many numbers ``sum(range(n))`` adds up in HOLD_TARGET_S when the CPU is free: the
    quickest of several tries (one slowed by another process would make every hold short)."""
    n = 100_000
    while True:
        started = time.perf_counter()
        sum(range(n))
        if time.perf_counter() - started > 0.1:
            break
        n *= 2
    quickest = min(hold_gil(n) for _ in range(7))
    return round(n * HOLD_TARGET_S / quickest)


def hold_gil(n: int) -> float:
    """Hold the GIL for one C call (no bytecode runs, so no other thread can take it)."""
    started = time.perf_counter()
    sum(range(n))
    return time.perf_counter() - started


def other_threads_stop_while_held(n: int) -> bool:
    """Check the premise: a counting thread gets (almost) nothing done while ``hold_gil``
    runs, compared with as long a ``time.sleep`` (at most one 5 ms switch interval slips in
    before the call starts)."""
    counts = [0]
    running = threading.Event()
    quit_ = threading.Event()

    def count() -> None:
        running.set()
        while not quit_.is_set():
            counts[0] += 1

    counter = threading.Thread(target=count, daemon=True)
    counter.start()
    running.wait()
    before = counts[0]
    time.sleep(HOLD_S)
    free = counts[0] - before
    before = counts[0]
    took = hold_gil(n)
    held = counts[0] - before
    quit_.set()
    counter.join()
    return held < 0.3 * free and took >= HOLD_S * 0.8


def session_plan(minutes: float) -> Plan:
    return breathing_plan(inhale_s=4, exhale_s=6, duration_s=minutes * 60)


def breath_cues(plan: Plan) -> Any:
    """The plan with only its breath cues (the end bell comes straight after one)."""
    events = [e for e in plan.events if e.kind == "cue" and not e.label.startswith("bell")]
    return SimpleNamespace(sample_rate=plan.sample_rate, events=events)


def largest_difference(recording: NDArray[np.float32], offset: int, plan: Plan) -> float:
    """The largest difference between the recording (from ``offset``) and what the engine
    renders for ``plan``, compared a second at a time (a 10-minute render is 115 MB)."""
    transport = Transport(Mixer(plan, {}), SimpleQueue())
    transport.command("start")
    block = np.zeros(512, dtype=np.float32)
    worst = 0.0
    chunk = RATE
    done = 0
    assert recording.shape[0] >= offset + plan.total_samples, "the recording stops too soon"
    while done < plan.total_samples:
        n = min(chunk, plan.total_samples - done)
        rendered = np.empty(n, dtype=np.float32)
        for start in range(0, n, 512):
            part = block[: min(512, n - start)]
            transport.process(part)
            rendered[start : start + part.shape[0]] = part
        got = recording[offset + done : offset + done + n]
        worst = max(worst, float(np.max(np.abs(got - rendered))))
        done += n
    return worst


class TimedEngine(SoundDeviceEngine):
    """The engine with each callback's time kept (in a preallocated array), so a failure says
    how long the device went without one."""

    def __init__(self, mixer: Mixer, capacity: int) -> None:
        super().__init__(mixer)
        self.called = np.zeros(capacity)
        self.underflow_at = np.zeros(64)
        self._calls = 0
        self._underflows_seen = 0

    def _callback(self, outdata: NDArray[np.float32], frames: int, time_: Any, status: Any) -> None:
        if self._calls < self.called.shape[0]:
            self.called[self._calls] = time.monotonic()
            self._calls += 1
        if status.output_underflow and self._underflows_seen < self.underflow_at.shape[0]:
            self.underflow_at[self._underflows_seen] = time.monotonic()
            self._underflows_seen += 1
        super()._callback(outdata, frames, time_, status)

    def gaps(self) -> NDArray[np.float64]:
        return np.diff(self.called[: self._calls])


def describe_moment(
    at: float,
    origin: float,
    held_at: list[float],
    holds: list[float],
    collected_at: list[float],
    gc_ms: list[float],
) -> str:
    """What the load was doing in the 300 ms before ``at``: which holds and collections ran."""
    parts = [f"at {at - origin:.2f} s"]
    for start, took in zip(held_at, holds, strict=False):
        if at - 0.3 <= start + took and start <= at:
            parts.append(f"GIL hold {took * 1000:.0f} ms from {start - origin:.2f} s")
    for start, ms in zip(collected_at, gc_ms, strict=False):
        if at - 0.3 <= start + ms / 1000 and start <= at:
            parts.append(f"collection {ms:.0f} ms from {start - origin:.2f} s")
    return ", ".join(parts)


def body(n: int) -> BodyMapRatings:
    return BodyMapRatings.of(RegionRating(c, (n + c) % 11) for c in (218, 219, 222, 225))


@pytest.mark.slow
@pytest.mark.audio_device
@pytest.mark.timeout(int(MINUTES * 60) + 240)
def test_a_session_under_load_never_underflows_and_keeps_every_cue_within_1_ms(
    pulse: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hold_n = calibrated_hold()
    assert other_threads_stop_while_held(hold_n), "sum(range(n)) did not hold the GIL here"
    plan = session_plan(MINUTES)
    engine = TimedEngine(Mixer(plan, {}), capacity=int(MINUTES * 60 * 200) + 10_000)
    store = Store.open(tmp_path / "history.sqlite3")
    holds: list[float] = []
    held_at: list[float] = []
    quit_ = threading.Event()

    def hog() -> None:
        next_at = time.monotonic() + HOLD_EVERY_S
        while not quit_.wait(max(0.0, next_at - time.monotonic())):
            held_at.append(time.monotonic())
            holds.append(hold_gil(hold_n))  # longer when other processes take the CPU
            next_at += HOLD_EVERY_S

    hogger = threading.Thread(target=hog, name="gil-hog", daemon=True)
    recording = pulse.record()
    collections = writes = 0
    write_ms: list[float] = []
    gc_ms: list[float] = []
    collected_at: list[float] = []
    try:
        engine.warm_up()
        time.sleep(0.3)
        engine.start()
        hogger.start()
        started = time.monotonic()
        next_gc, next_write = started + GC_EVERY_S, started + WRITE_EVERY_S
        deadline = started + plan.total_samples / RATE + 30
        while engine.position_samples() < plan.total_samples:
            assert time.monotonic() < deadline, "the session does not advance"
            now = time.monotonic()
            if now >= next_gc:
                t = time.perf_counter()
                collected_at.append(time.monotonic())
                gc.collect()
                gc_ms.append((time.perf_counter() - t) * 1000)
                collections += 1
                next_gc += GC_EVERY_S
            if now >= next_write:
                t = time.perf_counter()
                store.add_checkin("standalone", writes % 11, None, body=body(writes))
                write_ms.append((time.perf_counter() - t) * 1000)
                writes += 1
                next_write += WRITE_EVERY_S
            time.sleep(0.01)
        time.sleep(0.5)  # the last buffers reach the monitor
    finally:
        quit_.set()
        if hogger.is_alive():
            hogger.join()
        engine.stop()
        audio = recording.stop()
        store.close()
    statuses = []
    while not engine.status.empty():
        statuses.append(engine.status.get_nowait().kind)

    found = find_cues(audio, breath_cues(plan))
    offsets = np.array([f.measured - f.planned for f in found])
    origin = int(np.median(offsets))
    spread = int(offsets.max() - offsets.min())
    worst = largest_difference(audio, origin, plan)
    gaps = engine.gaps() * 1000
    longest = int(np.argmax(gaps)) if gaps.size else 0
    longest_moment = describe_moment(
        float(engine.called[longest + 1]), engine.called[0], held_at, holds, collected_at, gc_ms
    )
    underflows_at = [
        describe_moment(float(at), engine.called[0], held_at, holds, collected_at, gc_ms)
        for at in engine.underflow_at[: engine._underflows_seen]
    ]
    with capsys.disabled():
        print(
            f"\nload test, {MINUTES:g} min: {len(found)} cues, offsets spread {spread} samples "
            f"({spread / RATE * 1000:.3f} ms), residual {worst:.1e}, underflows "
            f"{engine.underflows}, output latency {engine._latency_samples} samples; "
            f"{len(holds)} GIL holds of {min(holds) * 1000:.0f}-{max(holds) * 1000:.0f} ms "
            f"(median {float(np.median(holds)) * 1000:.0f}), "
            f"{collections} garbage collections, {writes} history writes "
            f"({max(write_ms):.1f} ms at most); collections took "
            f"{float(np.median(gc_ms)):.0f} ms (median), {max(gc_ms):.0f} ms at most "
            f"({len(gc.get_objects())} objects); "
            f"callbacks every {float(np.median(gaps)):.1f} ms (median), longest gap "
            f"{float(gaps[longest]):.0f} ms "
            f"({longest_moment})"
        )
        for moment in underflows_at:
            print(f"underflow {moment}")
    # The load was there, as often and as long as the issue says.
    assert len(holds) >= MINUTES * 60 / HOLD_EVERY_S - 2
    assert float(np.median(holds)) >= HOLD_S
    assert np.mean(np.array(holds) >= HOLD_S * 0.9) >= 0.9, sorted(holds)[:10]
    assert collections >= MINUTES * 60 / GC_EVERY_S - 2
    assert writes >= MINUTES * 60 / WRITE_EVERY_S - 2
    # ... and the sound did not notice.
    assert engine.underflows == 0 and "underflow" not in statuses, (statuses, underflows_at)
    assert not {"error", "device-lost"} & set(statuses), statuses
    assert len(found) == len(breath_cues(plan).events)
    assert spread <= TOLERANCE, offsets.tolist()
    assert worst < EXACT, "the recording is not the render, sample for sample (a dropout)"
