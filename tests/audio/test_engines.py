"""Engines without a device: the null engine on a fake clock, engine choice, the Transport
that runs inside the PortAudio callback (fades, pause, seek, errors, status), and how the
sounddevice engine notices a lost device (fake callbacks, a fake clock)."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from queue import SimpleQueue
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

from somatic_player.audio import engines
from somatic_player.audio.engines import (
    EngineStatus,
    NoAudioEngine,
    NullEngine,
    SoundDeviceEngine,
    open_engine,
)
from somatic_player.audio.mixer import Levels, Mixer
from somatic_player.audio.transport import Transport
from somatic_player.core.plan import Plan
from tests.helpers import breathing_plan

RATE = 48_000
FADE = 480  # 10 ms


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Flags:
    def __init__(self, underflow: bool = False) -> None:
        self.output_underflow = underflow


@cache
def plan() -> Plan:
    return breathing_plan()


def mixer() -> Mixer:
    # the guide tone at full level: a continuous signal, so any click would show
    return Mixer(plan(), {}, levels=Levels(ambient=1.0))


@cache
def reference() -> NDArray[np.float32]:
    out = np.zeros(plan().total_samples, dtype=np.float32)
    mixer().render_into(out)
    return out


def drain(queue: SimpleQueue[EngineStatus]) -> list[str]:
    kinds = []
    while not queue.empty():
        kinds.append(queue.get_nowait().kind)
    return kinds


def run(transport: Transport, frames: int, block: int = 256) -> NDArray[np.float32]:
    """Call the transport like a stereo device would; returns the left channel."""
    out = np.zeros((frames, 2), dtype=np.float32)
    for start in range(0, frames, block):
        transport.process(out[start : start + block])
    np.testing.assert_array_equal(out[:, 0], out[:, 1])
    return out[:, 0]


# -- null engine -------------------------------------------------------------------------------


def test_null_engine_follows_the_clock() -> None:
    clock = FakeClock()
    engine = NullEngine(mixer(), clock)
    engine.open()
    assert engine.position_samples() == 0
    engine.start()
    clock.now += 1.5
    assert engine.position_samples() == 72_000
    engine.pause()
    clock.now += 10
    assert engine.position_samples() == 72_000
    engine.resume()
    clock.now += 0.5
    assert engine.position_samples() == 96_000
    engine.seek(10)
    clock.now += 0.001
    assert engine.position_samples() == 58
    assert drain(engine.status) == ["playing", "paused", "playing"]


def test_null_engine_reports_the_end_once() -> None:
    clock = FakeClock()
    engine = NullEngine(mixer(), clock)
    engine.start()
    clock.now += 1000
    assert engine.position_samples() == plan().total_samples
    assert engine.position_samples() == plan().total_samples
    engine.stop()
    assert drain(engine.status) == ["playing", "finished", "stopped"]


# -- choosing an engine --------------------------------------------------------------------------


def test_open_engine_prefers_in_order_and_explains_failures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_portaudio(m: Mixer, c: Any) -> Any:
        raise OSError("PortAudio library not found")

    monkeypatch.setitem(engines.ENGINE_FACTORIES, "sounddevice", no_portaudio)
    choice = open_engine(mixer(), prefer=("sounddevice", "warp", "null"), clock=FakeClock())
    assert choice.name == "null"
    assert isinstance(choice.engine, NullEngine)
    assert choice.failures == (
        "sounddevice: PortAudio library not found",
        "warp: unknown engine (known: sounddevice, pygame, null)",
    )


def test_open_engine_takes_the_first_that_works() -> None:
    choice = open_engine(mixer(), prefer=("null", "sounddevice"))
    assert (choice.name, choice.failures) == ("null", ())
    engine, failures = choice  # a named pair
    assert engine is choice.engine and failures == ()


def test_open_engine_with_nothing_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(m: Mixer, c: Any) -> Any:
        raise RuntimeError("no\ndevice")

    monkeypatch.setitem(engines.ENGINE_FACTORIES, "pygame", broken)
    with pytest.raises(NoAudioEngine, match="pygame: no device"):
        open_engine(mixer(), prefer=("pygame",))


def test_device_libraries_stay_off_import() -> None:
    code = (
        "import sys, somatic_player.audio.engines, somatic_player.audio.render;"
        "bad = {'sounddevice', 'pygame', 'soundfile', 'PySide6'} & set(sys.modules);"
        "sys.exit(str(bad) if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- the callback transport ------------------------------------------------------------------------


def started() -> Transport:
    transport = Transport(mixer(), SimpleQueue())
    transport.command("start")
    return transport


def test_start_fades_in_then_plays_exactly() -> None:
    transport = started()
    ref = reference()[:RATE]
    out = run(transport, RATE)
    assert abs(out[0]) <= abs(ref[0])
    np.testing.assert_array_equal(out[FADE:], ref[FADE:])
    assert np.abs(out[:FADE]).max() <= np.abs(ref[:FADE]).max()
    assert drain(transport.status) == ["playing"]


def test_pause_fades_out_without_click_and_resumes_where_it_stopped() -> None:
    transport = started()
    ref = reference()
    start = 3 * RATE  # well inside an inhale: the tone is loud
    transport.mixer.seek(start)
    before = run(transport, 1000)
    transport.command("pause")
    during = run(transport, 2000, block=333)
    assert not during[FADE:].any()
    assert transport.mixer.position == start + 1000 + FADE
    assert np.abs(np.diff(np.concatenate([before, during]))).max() < 0.03
    transport.command("resume")
    after = run(transport, 5000)
    resumed_at = start + 1000 + FADE
    np.testing.assert_array_equal(after[FADE:], ref[resumed_at + FADE : resumed_at + 5000])
    assert np.abs(np.diff(np.concatenate([during, after]))).max() < 0.03
    assert drain(transport.status) == ["playing", "paused", "playing"]


def test_seek_while_playing_fades_out_jumps_and_fades_in() -> None:
    transport = started()
    ref = reference()
    transport.mixer.seek(2 * RATE)
    run(transport, 1024)
    transport.command("seek", 9 * RATE)
    out = run(transport, 4096)
    np.testing.assert_array_equal(out[2 * FADE :], ref[9 * RATE + FADE : 9 * RATE + 4096 - FADE])
    assert np.abs(np.diff(out)).max() < 0.03
    assert transport.mixer.position == 9 * RATE + 4096 - FADE


def test_stop_fades_and_signals() -> None:
    transport = started()
    transport.mixer.seek(3 * RATE)
    run(transport, 512)
    transport.command("stop")
    out = run(transport, 1024)
    assert not out[FADE:].any()
    assert transport.stopped.is_set()
    assert drain(transport.status) == ["playing", "stopped"]


def test_end_of_plan_is_reported_once() -> None:
    transport = started()
    transport.mixer.seek(plan().total_samples - 1000)
    out = run(transport, 4096)
    assert not out[1000:].any()
    run(transport, 4096)
    assert drain(transport.status) == ["playing", "finished"]


def test_callback_never_raises() -> None:
    transport = started()

    def broken(out: Any) -> int:
        raise RuntimeError("mixer exploded")

    transport.mixer.render_into = broken  # type: ignore[method-assign]
    out = np.ones((256, 2), dtype=np.float32)
    transport.process(out)
    transport.process(out)
    assert not out.any()
    statuses = []
    while not transport.status.empty():
        statuses.append(transport.status.get_nowait())
    assert [s.kind for s in statuses] == ["playing", "error"]
    assert "mixer exploded" in statuses[1].detail


def test_sounddevice_callback_reports_underflow_and_latency() -> None:
    engine = SoundDeviceEngine(mixer())  # no stream is opened
    engine._transport.command("start")
    out = np.zeros((512, 2), dtype=np.float32)
    engine._callback(out, 512, None, Flags(underflow=False))
    engine._callback(out, 512, None, Flags(underflow=True))
    assert drain(engine.status) == ["playing", "underflow"]
    assert engine.underflows == 1
    engine._latency_samples = 300
    assert engine.position_samples() == 1024 - 300
    engine._transport.command("pause")
    for _ in range(3):
        engine._callback(out, 512, None, Flags())
    # once paused, the device drains: what was rendered has been heard
    assert engine.position_samples() == 1024 + FADE


# -- noticing a lost device: the engine's watchdog, fed fake callbacks -----------------------------
# (reopening and recovering, on a fake PortAudio: tests/audio_device/test_recovery.py)


def watched(clock: FakeClock) -> Any:
    """A playing engine whose stream is a stand-in: the test plays the PortAudio thread."""
    engine = SoundDeviceEngine(mixer(), clock=clock, watchdog=False)
    engine._stream = SimpleNamespace(active=True)
    engine._running = True
    engine._started_at = engine._seen_at = clock()
    engine._transport.command("start")
    out = np.zeros((480, 2), dtype=np.float32)
    for _ in range(100):  # one second
        engine._callback(out, 480, None, Flags())
    assert drain(engine.status) == ["playing"]
    return engine


def test_a_stream_that_finishes_by_itself_is_a_lost_device() -> None:
    engine = watched(FakeClock())
    heard = engine.position_samples()
    assert heard == RATE and engine.check() is False
    engine._on_finished(engine._generation - 1)  # an older stream's goodbye: not this one
    assert engine.check() is False
    engine._on_finished(engine._generation)
    assert engine.check() is True
    status = engine.status.get_nowait()
    assert status.kind == "device-lost" and "Resume" in status.detail
    assert engine.lost and engine.position_samples() == heard
    assert engine.check() is False and engine.status.empty()  # said once
    engine.seek(5 * RATE)  # a skip while lost moves the frozen position
    assert engine.position_samples() == 5 * RATE


def test_a_stream_no_longer_active_is_a_lost_device() -> None:
    engine = watched(FakeClock())
    engine._stream.active = False
    assert engine.check() is True and drain(engine.status) == ["device-lost"]


def test_callbacks_that_stop_coming_are_a_lost_device() -> None:
    clock = FakeClock()
    engine = watched(clock)
    clock.now += 2.5  # a stream that has just started gets 3 s to get going
    assert engine.check() is False
    engine._callback(np.zeros((480, 2), dtype=np.float32), 480, None, Flags())
    assert engine.check() is False  # the watchdog sees the callback
    clock.now += 0.9
    assert engine.check() is False
    clock.now += 0.2  # 1.1 s without a callback, though the stream still says it is active
    assert engine.check() is True
    status = engine.status.get_nowait()
    assert status.kind == "device-lost" and "stopped responding" in status.detail
