"""A device lost mid-session: the private PulseAudio is killed while the sounddevice engine
plays. The engine must say so within 2 s, freeze the position, survive attempts to recover while
nothing is there, and carry on from the same sample once the server is back: once through
``recover(resume=False)`` then ``resume()`` with the result checked sample by sample on the
monitor, once through ``resume()`` alone (what the player's Resume button calls).
"""

from __future__ import annotations

import time
from queue import SimpleQueue
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from somatic_player.audio.mixer import Levels, Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.audio.transport import EngineStatus, Transport
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.routine import Routine

RATE = 48_000
# The sink keeps 16-bit samples: a faithful recording is within 1/65536 of the render (one
# sample early or late already differs by more than 2e-4).
EXACT = 1e-4
DETECT_LIMIT_S = 2.0
BLOCK = 2048  # "one block": PortAudio's buffer at the default latency is 1668 frames


def session_plan() -> Plan:
    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "loss",
            "title": "Loss",
            "kind": "breathing",
            "steps": [{"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": 60}],
        },
        strict=False,
    )
    return compile_routine(routine)


def session_mixer(plan: Plan) -> Mixer:
    # The breath-guide tone is continuous, so a resume at the wrong sample would show.
    return Mixer(plan, {}, levels=Levels(cues=0.8, ambient=0.6))


def resumed_render(plan: Plan, at: int, frames: int) -> NDArray[np.float32]:
    """What the engine plays when it resumes at ``at``: a 10 ms fade-in, then the session."""
    transport = Transport(session_mixer(plan), SimpleQueue())
    transport.mixer.seek(at)
    transport.command("start")
    out = np.zeros(frames, dtype=np.float32)
    transport.process(out)
    return out


def wait_for(
    queue: SimpleQueue[EngineStatus], kind: str, timeout: float
) -> tuple[EngineStatus | None, list[str]]:
    """The first status of ``kind`` within ``timeout`` seconds, and every kind seen meanwhile."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        while not queue.empty():
            status = queue.get_nowait()
            seen.append(status.kind)
            if status.kind == kind:
                return status, seen
        time.sleep(0.005)
    return None, seen


def play_until(engine: SoundDeviceEngine, sample: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while engine.position_samples() < sample:
        assert time.monotonic() < deadline, "playback does not advance"
        time.sleep(0.01)


def lose_device(pulse: Any, engine: SoundDeviceEngine) -> tuple[float, EngineStatus]:
    started = time.monotonic()
    pulse.kill()
    status, seen = wait_for(engine.status, "device-lost", DETECT_LIMIT_S + 1.0)
    elapsed = time.monotonic() - started
    assert status is not None, f"no device-lost status; saw {seen}"
    assert "error" not in seen
    return elapsed, status


@pytest.mark.audio_device
def test_lost_device_is_reported_and_playback_resumes_where_it_stopped(
    pulse: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = session_plan()
    engine = SoundDeviceEngine(session_mixer(plan))
    try:
        engine.warm_up()
        engine.start()
        play_until(engine, 2 * RATE)

        detect_s, status = lose_device(pulse, engine)
        assert detect_s < DETECT_LIMIT_S
        assert engine.lost
        assert "lost" in status.detail and "Resume" in status.detail
        paused_at = engine.position_samples()
        assert 2 * RATE <= paused_at < 2 * RATE + detect_s * RATE + BLOCK
        time.sleep(0.3)
        assert engine.position_samples() == paused_at

        # Nothing to play on yet: a polite refusal, no exception.
        assert engine.recover() is False
        refused, _ = wait_for(engine.status, "device-lost", 1.0)
        assert refused is not None and "No sound output" in refused.detail
        assert engine.lost and engine.position_samples() == paused_at

        # The device returns: reopen paused, then resume, and listen to what comes out.
        pulse.start()
        assert engine.recover(resume=False) is True
        assert not engine.lost
        assert engine.position_samples() == paused_at
        recording = pulse.record()
        time.sleep(0.3)
        engine.resume()
        play_until(engine, paused_at + RATE)
        time.sleep(0.2)
        audio = recording.stop()
        loud = np.flatnonzero(np.abs(audio) > 1e-3)
        assert loud.shape[0], "nothing was heard after the device came back"
        frames = RATE // 2
        expected = resumed_render(plan, paused_at, frames)
        # The fade-in starts a few samples before the first loud one: try each.
        starts = range(max(0, int(loud[0]) - 480), int(loud[0]) + 1)
        misfit = min(float(np.max(np.abs(audio[s : s + frames] - expected))) for s in starts)
        assert misfit < EXACT, "playback did not resume at the sample where it stopped"

        # Lost again; this time the Resume button alone brings it back.
        play_until(engine, paused_at + 2 * RATE)
        detect2_s, _ = lose_device(pulse, engine)
        assert detect2_s < DETECT_LIMIT_S
        paused2_at = engine.position_samples()
        pulse.start()
        engine.resume()
        assert not engine.lost
        assert abs(engine.position_samples() - paused2_at) <= BLOCK
        playing, seen = wait_for(engine.status, "playing", 2.0)
        assert playing is not None, seen
        play_until(engine, paused2_at + RATE // 2)
    finally:
        engine.stop()
    with capsys.disabled():
        print(
            f"\ndevice loss noticed after {detect_s * 1000:.0f} ms and {detect2_s * 1000:.0f} ms; "
            f"resumed at sample {paused_at} (largest difference from the render {misfit:.1e})"
        )
