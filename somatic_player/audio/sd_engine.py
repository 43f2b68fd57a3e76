"""The primary output: a sounddevice (PortAudio) stream whose callback renders the mixer.

The callback only hands the device buffer to the :class:`Transport` (commands in, status out
through ``SimpleQueue``; nothing blocks, nothing raises). ``sounddevice`` is imported when the
engine opens, never at module import, so it stays off the application's start-up path.
"""

from __future__ import annotations

from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from somatic_player.audio.transport import EngineStatus, Transport, TransportCommands

if TYPE_CHECKING:
    from somatic_player.audio.mixer import Mixer

STOP_WAIT_S = 0.25


class SoundDeviceEngine(TransportCommands):
    """Plays a mixer through PortAudio with sample-exact cues and 10 ms fades."""

    name = "sounddevice"

    def __init__(
        self,
        mixer: Mixer,
        *,
        device: int | str | None = None,
        channels: int = 2,
        blocksize: int = 0,
        latency: str | float = "low",
    ) -> None:
        self.mixer = mixer
        self.device = device
        self.channels = channels
        self.blocksize = blocksize
        self.latency = latency
        self.status: SimpleQueue[EngineStatus] = SimpleQueue()
        self._transport = Transport(mixer, self.status)
        self._stream: Any = None
        self._latency_samples = 0
        self._closing = False

    def open(self) -> None:
        """Open the output stream (not started). Raises if PortAudio or the device is missing."""
        if self._stream is not None:
            return
        try:
            import sounddevice
        except OSError as exc:  # the Python package is there, the PortAudio library is not
            raise RuntimeError(f"{exc} (install the libportaudio2 package)") from exc
        try:
            stream = sounddevice.OutputStream(
                samplerate=self.mixer.rate,
                channels=self.channels,
                dtype="float32",
                blocksize=self.blocksize,
                latency=self.latency,
                device=self.device,
                callback=self._callback,
                finished_callback=self._on_finished,
            )
        except sounddevice.PortAudioError as exc:
            if self.device is None and "device -1" in str(exc):
                raise RuntimeError(f"no audio output device found ({exc})") from exc
            raise
        self._closing = False
        self._stream = stream
        self._latency_samples = round(float(stream.latency) * self.mixer.rate)

    def start(self) -> None:
        self.open()
        self._transport.command("start")
        if not self._stream.active:
            self._stream.start()

    def stop(self, fade: bool = True) -> None:
        """Fade out (about 10 ms plus one buffer), then close the stream."""
        stream = self._stream
        if stream is None:
            return
        if fade and stream.active:
            self._transport.command("stop")
            self._transport.stopped.wait(STOP_WAIT_S)
        else:
            self._transport.command("stop-now")
        self._closing = True
        self._stream = None
        try:
            if fade:
                stream.stop()  # lets the faded tail drain
            else:
                stream.abort()
        finally:
            stream.close()

    def reopen(self, device: int | str | None = None) -> None:
        """Move to another (or a returned) device, keeping the session position; stays paused."""
        self.pause()
        old = self._stream
        self._closing = True
        self._stream = None
        if old is not None:
            try:
                old.abort()
                old.close()
            except Exception as exc:  # the old device may already be gone
                self.status.put(EngineStatus("error", f"closing the old device: {exc}"))
        self.device = device
        self.open()
        self._stream.start()

    def position_samples(self) -> int:
        return self._transport.position_samples(self._latency_samples)

    @property
    def underflows(self) -> int:
        return self._transport.underflows

    # -- PortAudio thread -----------------------------------------------------------------------

    def _callback(self, outdata: NDArray[np.float32], frames: int, time: Any, status: Any) -> None:
        if status.output_underflow:
            self._transport.report_underflow()
        self._transport.process(outdata)

    def _on_finished(self) -> None:
        if not self._closing:
            self.status.put(EngineStatus("device-lost", "the audio output stopped unexpectedly"))
