"""The primary output: a sounddevice (PortAudio) stream whose callback renders the mixer.

The callback only hands the device buffer to the :class:`Transport` (commands in, status out
through ``SimpleQueue``; nothing blocks, nothing raises) and counts itself. ``sounddevice`` is
imported when the engine opens, never at module import, so it stays off the start-up path.

A lost device (unplugged, or the sound server gone) shows up as a stream that finished without
being asked to, as a stream that is no longer active, or as callbacks that stop coming. A
watchdog thread looks every :data:`WATCH_PERIOD_S`; on a loss it freezes the position at what
was last heard, posts one ``device-lost`` status in plain words and keeps the session paused.
:meth:`SoundDeviceEngine.recover` (also what :meth:`~SoundDeviceEngine.resume` does while the
device is lost) closes the dead stream, lets PortAudio look for devices again, opens the
returned or new default device and carries on from that sample.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from functools import partial
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from somatic_player.audio import devices, quiet_gc
from somatic_player.audio.transport import STOPPED, EngineStatus, Transport, TransportCommands

if TYPE_CHECKING:
    from somatic_player.audio.mixer import Mixer

STOP_WAIT_S = 0.25
# The output latency: 200 ms of sound queued in the device. The callback is Python, so it waits
# whenever another thread holds the GIL; with PortAudio's "high" latency (35 ms through
# PulseAudio) one 50 ms hold ran the device dry, 45 times in 40 s under the load test
# (tests/faults/test_load.py: a garbage collection every few seconds, a history write every
# 5 s, a thread holding the GIL for 50 ms every 2 s), and every later cue came up to 34 ms late;
# 100 ms still ran dry once. "low" (9 ms) ran dry even with two busy processes.
# Cues are placed by sample and the position subtracts the latency, so it costs no accuracy;
# pause and skip answer about 0.2 s later, with their 10 ms fades. While a stream plays, full
# garbage collections walk only what the session made (quiet_gc), so they cannot add a long pause
# of their own to a long hold elsewhere.
OUTPUT_LATENCY_S = 0.2
WATCH_PERIOD_S = 0.1
# No callback for this long while the stream should run: the device has stopped taking sound.
STALL_S = 1.0
# A stream that has only just started may take longer to get going (a sound server waking up).
START_GRACE_S = 3.0
LOST_ENDED = "The sound output was lost (device unplugged or sound server stopped)."
LOST_STALLED = "The sound output stopped responding."
LOST_HINT = " Playback is paused; press Resume to continue on the current output."


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


class SoundDeviceEngine(TransportCommands):
    """Plays a mixer through PortAudio with sample-exact cues, 10 ms fades and loss recovery."""

    name = "sounddevice"

    def __init__(
        self,
        mixer: Mixer,
        *,
        device: int | str | None = None,
        channels: int = 2,
        blocksize: int = 0,
        latency: str | float = OUTPUT_LATENCY_S,
        clock: Callable[[], float] = time.monotonic,
        watchdog: bool = True,
    ) -> None:
        self.mixer = mixer
        self.device = device
        self.channels = channels
        self.blocksize = blocksize
        self.latency = latency
        self.clock = clock
        self.status: SimpleQueue[EngineStatus] = SimpleQueue()
        self._transport = Transport(mixer, self.status)
        self._stream: Any = None
        self._latency_samples = 0
        self._closing = False
        self._generation = 0  # which stream a finished callback belongs to
        self._ticks = 0  # callbacks so far; written by the audio thread only
        self._ended = False  # the current stream finished without being asked to
        self._running = False  # the stream was started and should be calling back
        self._seen_ticks = 0
        self._seen_at = 0.0
        self._started_at = 0.0
        self._lost = False
        self._lost_at = 0
        self._control = threading.RLock()  # never taken on the audio thread
        self._watching = watchdog
        self._watch_quit = threading.Event()
        self._watcher: threading.Thread | None = None
        self._gc_held = False  # this engine keeps collections short (quiet_gc) until it stops

    # -- commands (any thread but the audio one) -----------------------------------------------

    def open(self) -> None:
        """Open the output stream (not started). Raises if PortAudio or the device is missing."""
        with self._control:
            if self._stream is None:
                self._open_stream(self.device)

    def warm_up(self) -> None:
        """Open the device and run it on silence; :meth:`start` then plays on the running stream.

        A device (or sound server) that is just starting can swallow the first milliseconds it
        is given; warming up keeps the session's first cue whole.
        """
        with self._control:
            self._run_or_lose()

    def start(self) -> None:
        """Play from the current position (a lost device is reopened first)."""
        if self._lost:
            self.recover()
            return
        with self._control:
            self._transport.command("start")
            self._run_or_lose()

    def pause(self) -> None:
        if not self._lost:  # a lost device is paused already
            super().pause()

    def resume(self) -> None:
        """Resume; while the device is lost this is :meth:`recover`."""
        if self._lost:
            self.recover()
            return
        super().resume()

    def seek(self, sample: int) -> None:
        if self._lost:
            self._lost_at = max(0, int(sample))
            return
        super().seek(sample)

    def stop(self, fade: bool = True) -> None:
        """Fade out (about 10 ms plus one buffer), then close the stream."""
        self._stop_watchdog()  # first: a running check() holds the control lock
        try:
            self._stop(fade)
        finally:
            if self._gc_held:
                self._gc_held = False
                quiet_gc.release()

    def _stop(self, fade: bool) -> None:
        with self._control:
            if self._lost:  # nothing can fade out on a dead stream
                self._close_stream()
                self._transport.halt(self._lost_at)
                self._lost = False
                self.status.put(STOPPED)
                return
            stream = self._stream
            if stream is None:
                return
            if fade and stream.active:
                self._transport.command("stop")
                self._transport.stopped.wait(STOP_WAIT_S)
            else:
                self._transport.command("stop-now")
            self._close_stream(drain=fade)

    def reopen(self, device: int | str | None = None) -> None:
        """Move to another (or a returned) device, keeping the session position; stays paused."""
        with self._control:
            position = self.position_samples()
            self._close_stream()
            self._transport.halt(position)
            self._lost = False
            self.device = device
            devices.rescan()
            self._open_stream(device)
            self._start_stream()

    def recover(self, device: int | str | None = None, resume: bool = True) -> bool:
        """Reopen on ``device`` (else the engine's device, else the default) and carry on.

        Playback continues from the sample that was last heard, unless ``resume`` is False.
        Returns False, with a ``device-lost`` status saying why, while no output can be opened.
        """
        with self._control:
            position = self._lost_at if self._lost else self.position_samples()
            self._close_stream()
            self._transport.halt(position)
            candidates: list[int | str | None] = [device] if device is not None else [self.device]
            if candidates[0] is not None:
                candidates.append(None)  # the named device has not come back: use the default
            failure = "no output device"
            try:
                devices.rescan()
            except RuntimeError as exc:
                candidates, failure = [], _one_line(exc)
            for candidate in candidates:
                try:
                    self._open_stream(candidate)
                    self._start_stream()
                except Exception as exc:  # PortAudioError, RuntimeError (no device), ...
                    self._close_stream()
                    failure = _one_line(exc)
                    continue
                self.device = candidate if device is not None else self.device
                self._lost = False
                if resume:
                    self._transport.command("resume")
                return True
            self._lost_at = position
            self._lost = True
            self.status.put(
                EngineStatus("device-lost", f"No sound output is available yet ({failure}).")
            )
            return False

    def position_samples(self) -> int:
        if self._lost:
            return self._lost_at
        return self._transport.position_samples(self._latency_samples)

    @property
    def lost(self) -> bool:
        """True from the moment a lost device is noticed until :meth:`recover` succeeds."""
        return self._lost

    @property
    def underflows(self) -> int:
        return self._transport.underflows

    # -- the watchdog ------------------------------------------------------------------------------

    def check(self) -> bool:
        """One look for a lost device (the watchdog thread calls this); True when it finds one."""
        with self._control:
            stream = self._stream
            if stream is None or not self._running or self._lost or self._closing:
                return False
            if self._ended or not stream.active:
                self._declare_lost(LOST_ENDED)
                return True
            now = self.clock()
            ticks = self._ticks
            if ticks != self._seen_ticks:
                self._seen_ticks = ticks
                self._seen_at = now
                return False
            limit = STALL_S if now - self._started_at >= START_GRACE_S else START_GRACE_S
            if now - self._seen_at >= limit:
                self._declare_lost(LOST_STALLED)
                return True
            return False

    def _run_or_lose(self) -> None:
        """Open and start the stream; a device that will not run (it opened, then PortAudio
        refused to start it: a host error, a device another program holds) is a lost device,
        said in a status, instead of an exception in the middle of starting a session."""
        try:
            self.open()
            self._start_stream()
        except Exception as exc:  # PortAudioError, RuntimeError (no device), ...
            position = self._transport.position_samples(self._latency_samples)
            self._close_stream()
            self._transport.halt(position)
            self._lost_at = position
            self._lost = True
            self.status.put(
                EngineStatus(
                    "device-lost",
                    f"The sound output could not be started ({_one_line(exc)})." + LOST_HINT,
                )
            )

    def _declare_lost(self, what: str) -> None:
        self._lost_at = self._transport.position_samples(self._latency_samples)
        self._lost = True
        # Should a stalled stream wake up after all, it fades out and stays paused.
        self._transport.command("pause")
        self.status.put(EngineStatus("device-lost", what + LOST_HINT))

    def _watch(self) -> None:
        failing = False
        while not self._watch_quit.wait(WATCH_PERIOD_S):
            try:
                self.check()
                failing = False
            except Exception as exc:  # keep watching; say what went wrong, once
                if not failing:
                    self.status.put(EngineStatus("error", f"audio watchdog: {_one_line(exc)}"))
                failing = True

    def _start_watchdog(self) -> None:
        if self._watching and self._watcher is None:
            self._watch_quit.clear()
            self._watcher = threading.Thread(target=self._watch, name="audio-watchdog", daemon=True)
            self._watcher.start()

    def _stop_watchdog(self) -> None:
        watcher = self._watcher
        if watcher is not None:
            self._watch_quit.set()
            if watcher is not threading.current_thread():
                watcher.join(timeout=1.0)
            self._watcher = None

    # -- streams -----------------------------------------------------------------------------------

    def _open_stream(self, device: int | str | None) -> None:
        sounddevice = devices.import_sounddevice()
        if device is None and devices.default_output() is None:
            devices.rescan()  # nothing was there when PortAudio started; perhaps there is now
        self._generation += 1
        try:
            stream = sounddevice.OutputStream(
                samplerate=self.mixer.rate,
                channels=self.channels,
                dtype="float32",
                blocksize=self.blocksize,
                latency=self.latency,
                device=device,
                callback=self._callback,
                finished_callback=partial(self._on_finished, self._generation),
            )
        except sounddevice.PortAudioError as exc:
            if device is None and "device -1" in str(exc):
                raise RuntimeError(f"no audio output device found ({exc})") from exc
            raise
        devices.stream_opened(stream)
        self._closing = False
        self._ended = False
        self._running = False
        self._stream = stream
        self._latency_samples = round(float(stream.latency) * self.mixer.rate)

    def _start_stream(self) -> None:
        stream = self._stream
        if not self._gc_held:  # before the stream runs: the one full collection happens here
            self._gc_held = True
            quiet_gc.hold()
        if not stream.active:
            self._seen_ticks = self._ticks
            self._seen_at = self._started_at = self.clock()
            stream.start()
        self._running = True
        self._start_watchdog()

    def _close_stream(self, drain: bool = False) -> None:
        """Stop and close the stream (letting a faded tail play if ``drain``); never raises."""
        stream = self._stream
        self._closing = True
        self._running = False
        self._stream = None
        if stream is None:
            return
        try:
            if drain:
                stream.stop()
            else:
                stream.abort()
        except Exception as exc:  # the device may already be gone
            self.status.put(EngineStatus("error", f"closing the old output: {_one_line(exc)}"))
        finally:
            with contextlib.suppress(Exception):
                stream.close()
            devices.stream_closed(stream)

    # -- PortAudio thread --------------------------------------------------------------------------

    def _callback(self, outdata: NDArray[np.float32], frames: int, time: Any, status: Any) -> None:
        self._ticks += 1
        if status.output_underflow:
            self._transport.report_underflow()
        self._transport.process(outdata)

    def _on_finished(self, generation: int) -> None:
        if generation == self._generation and not self._closing:
            self._ended = True
