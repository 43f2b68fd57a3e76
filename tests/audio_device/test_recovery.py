"""Recovering from a lost device, on a fake PortAudio (no device needed, so not marked
``audio_device``): reopening on the returned or the default device from the sample last heard,
refusing politely while there is none, the watchdog thread, the device list, the rescan guard,
and a quiet libasound. The same story through a real PulseAudio is test_device_loss.py.
"""

from __future__ import annotations

import ctypes
import gc
import time
import weakref
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from somatic_player.audio import devices, quiet_gc
from somatic_player.audio.mixer import Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.audio.transport import EngineStatus
from tests.helpers import breathing_plan

RATE = 48_000


class Flags:
    output_underflow = False


class FakeStream:
    """A stand-in for sounddevice.OutputStream; the test plays the PortAudio thread."""

    def __init__(self, **kwargs: Any) -> None:
        self.device, self.latency, self.active, self.closed = kwargs["device"], 0.01, False, False
        self._callback, self._finished = kwargs["callback"], kwargs["finished_callback"]

    def start(self) -> None:
        self.active = True

    def stop(self) -> None:  # stop, abort and a lost device all end in the finished callback
        if self.active:
            self.active = False
            self._finished()

    abort = lose = stop

    def close(self) -> None:
        self.closed = True

    def pump(self, blocks: int = 1) -> None:
        for _ in range(blocks):
            self._callback(np.zeros((480, 2), dtype=np.float32), 480, None, Flags())


class FakeSounddevice:
    """Devices by name; ``default`` stands for whatever the system's default output is."""

    class PortAudioError(Exception):
        pass

    def __init__(self) -> None:
        self.present = {"default", "usb"}
        self.streams: list[FakeStream] = []
        self.rescans = 0

    def OutputStream(self, **kwargs: Any) -> FakeStream:  # sounddevice's name
        if (kwargs["device"] or "default") not in self.present:
            raise self.PortAudioError("Error querying device -1")
        self.streams.append(FakeStream(**kwargs))
        return self.streams[-1]

    def query_devices(self, device: Any = None, kind: Any = None) -> Any:
        infos = [
            {
                "index": index,
                "name": name,
                "hostapi": 0,
                "max_output_channels": 2,
                "default_samplerate": 48000.0,
            }
            for index, name in enumerate(sorted(self.present))
        ]
        if device is None and kind is None:
            return infos
        wanted = "default" if device is None else device
        for info in infos:
            if wanted in (info["index"], info["name"]):
                return info
        raise self.PortAudioError("Error querying device -1")

    def query_hostapis(self, index: int) -> dict[str, str]:
        return {"name": "ALSA"}

    def _terminate(self) -> None:
        self.rescans += 1

    def _initialize(self) -> None:
        pass


@pytest.fixture
def fake_sd(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSounddevice]:
    fake = FakeSounddevice()
    monkeypatch.setattr(devices, "import_sounddevice", lambda: fake)
    yield fake
    for stream in fake.streams:  # an engine a test left lost or running must not block rescans
        devices.stream_closed(stream)


class FakeClock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


def mixer() -> Mixer:
    return Mixer(breathing_plan(), {})


def drain(engine: SoundDeviceEngine) -> list[EngineStatus]:
    out = []
    while not engine.status.empty():
        out.append(engine.status.get_nowait())
    return out


def playing(fake_sd: FakeSounddevice, device: str | None = None) -> Any:
    engine = SoundDeviceEngine(mixer(), device=device, clock=FakeClock(), watchdog=False)
    engine.start()
    fake_sd.streams[-1].pump(100)  # one second
    assert [s.kind for s in drain(engine)] == ["playing"]
    return engine, fake_sd.streams[-1]


def test_recover_resumes_at_the_sample_last_heard(fake_sd: FakeSounddevice) -> None:
    engine, stream = playing(fake_sd)
    heard = engine.position_samples()
    assert heard == RATE - 480  # rendered minus the device's 10 ms
    stream.lose()
    assert engine.check() is True
    fake_sd.present.clear()
    assert engine.recover() is False  # nothing there yet: said plainly, never raised
    lost, refused = drain(engine)
    assert (lost.kind, refused.kind) == ("device-lost", "device-lost")
    assert "No sound output is available yet" in refused.detail
    assert engine.lost and engine.position_samples() == heard
    engine.pause()  # while lost: nothing to do, nothing raised
    fake_sd.present.add("default")
    engine.resume()  # the player's Resume button
    new = fake_sd.streams[-1]
    assert not engine.lost and fake_sd.rescans >= 2
    assert new is not stream and new.active and stream.closed
    assert engine.position_samples() == heard
    new.pump(10)
    assert engine._transport.mixer.position == heard + 4800
    assert [s.kind for s in drain(engine)] == ["playing"]
    engine.stop()


def test_recover_can_stay_paused(fake_sd: FakeSounddevice) -> None:
    engine, stream = playing(fake_sd)
    stream.lose()
    engine.check()
    heard = engine.position_samples()
    assert engine.recover(resume=False) is True
    fake_sd.streams[-1].pump(10)
    assert engine.position_samples() == heard == engine._transport.mixer.position
    engine.resume()
    fake_sd.streams[-1].pump(10)
    assert engine._transport.mixer.position == heard + 4800
    engine.stop()


def test_a_named_device_that_stays_away_falls_back_to_the_default(
    fake_sd: FakeSounddevice,
) -> None:
    engine, stream = playing(fake_sd, device="usb")
    fake_sd.present.discard("usb")
    stream.lose()
    assert engine.check() is True
    assert engine.recover() is True
    assert fake_sd.streams[-1].device is None
    assert engine.device == "usb"  # tried first again next time
    engine.stop()


def test_stopping_on_purpose_is_not_a_loss(fake_sd: FakeSounddevice) -> None:
    engine, stream = playing(fake_sd)
    engine.stop(fade=False)
    assert engine.check() is False and stream.closed and drain(engine) == []
    engine.reopen("usb")  # another device, same position, paused
    stream._finished()  # a late goodbye from the old stream is not about the new one
    assert engine.check() is False and not engine.lost
    assert fake_sd.streams[-1].device == "usb" and fake_sd.streams[-1].active
    engine.stop()


@pytest.mark.parametrize("retried", [False, True])
def test_a_lost_engine_stops_cleanly(fake_sd: FakeSounddevice, retried: bool) -> None:
    engine, stream = playing(fake_sd)
    stream.lose()
    engine.check()
    heard = engine.position_samples()
    if retried:  # a failed recover() leaves no stream at all
        fake_sd.present.clear()
        assert engine.recover() is False
    engine.stop()
    kinds = [s.kind for s in drain(engine)]
    assert kinds == ["device-lost", *(["device-lost"] if retried else []), "stopped"]
    assert not engine.lost and stream.closed and engine.position_samples() == heard
    fake_sd.present.add("default")
    engine.start()  # a stopped engine can start again, from where it was
    assert engine.position_samples() == heard and fake_sd.streams[-1].active
    engine.stop()


def test_the_watchdog_thread_reports_within_two_seconds(fake_sd: FakeSounddevice) -> None:
    engine = SoundDeviceEngine(mixer())
    engine.start()
    started = time.monotonic()
    fake_sd.streams[-1].lose()
    while not engine.lost and time.monotonic() - started < 2.0:
        time.sleep(0.01)
    noticed = time.monotonic() - started
    engine.stop()
    assert noticed < 2.0
    assert [s.kind for s in drain(engine)] == ["device-lost", "stopped"]


def test_device_list_and_no_rescan_under_an_open_stream(fake_sd: FakeSounddevice) -> None:
    assert [d.label for d in devices.output_devices()] == ["default (ALSA)", "usb (ALSA)"]
    default = devices.default_output()
    assert default is not None and default.is_default and default.name == "default"
    assert devices.find_output("usb") is not None and devices.find_output("hdmi") is None
    engine, _ = playing(fake_sd)
    assert devices.rescan() is False and fake_sd.rescans == 0
    engine.stop()
    assert devices.rescan() is True and fake_sd.rescans == 1


def test_alsa_probe_messages_are_silenced(capfd: pytest.CaptureFixture[str]) -> None:
    if not devices.silence_alsa_errors():
        pytest.skip("no libasound here")
    assert devices.silence_alsa_errors() is True  # once is enough; later calls change nothing
    handle = ctypes.c_void_p()
    lib = ctypes.CDLL("libasound.so.2")
    assert lib.snd_pcm_open(ctypes.byref(handle), b"hw:CARD=NoSuchCard", 0, 0) < 0
    assert "ALSA lib" not in capfd.readouterr().err


def test_a_playing_engine_keeps_collections_short(fake_sd: FakeSounddevice) -> None:
    """While any engine plays, what existed before is frozen; garbage the session makes is
    still collected; the last engine to stop hands everything back (sd_engine + quiet_gc)."""
    assert gc.get_freeze_count() == 0 and quiet_gc.holders() == 0
    opened = SoundDeviceEngine(mixer(), clock=FakeClock(), watchdog=False)
    opened.open()  # open, not playing: nothing frozen
    assert gc.get_freeze_count() == 0
    first, _stream = playing(fake_sd)
    frozen = gc.get_freeze_count()
    assert frozen > 1000 and quiet_gc.holders() == 1

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    del cycle
    gc.collect()
    assert gone() is None  # made during the session: collected as usual

    second, _ = playing(fake_sd)
    assert quiet_gc.holders() == 2
    first.stop()
    first.stop()  # a second stop releases nothing more
    assert quiet_gc.holders() == 1 and gc.get_freeze_count() > 1000
    second.stop()
    assert quiet_gc.holders() == 0 and gc.get_freeze_count() == 0
    first.start()  # played again: held again until stopped
    assert quiet_gc.holders() == 1
    first.stop()
    assert gc.get_freeze_count() == 0
    opened.stop()
    assert quiet_gc.holders() == 0
