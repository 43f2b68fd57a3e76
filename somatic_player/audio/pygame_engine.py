"""The fallback output: pygame's mixer, fed short chunks from the mixer by a worker thread.

pygame has no render callback, so a thread keeps one chunk playing and one queued on a pygame
Channel; each chunk goes through the same :class:`Transport` as the PortAudio engine (commands,
fades, status). Timing is coarser (a chunk is about 21 ms) but cue positions inside the audio
stay sample-exact. ``pygame`` is imported when the engine opens; ``SDL_AUDIODRIVER`` is set only
if the user has not set it, since SDL does not fall back to another driver on its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

import numpy as np

from somatic_player.audio.transport import EngineStatus, Transport, TransportCommands

if TYPE_CHECKING:
    from somatic_player.audio.mixer import Mixer

STOP_WAIT_S = 0.25


def guess_sdl_driver() -> str:
    """pulseaudio when a Pulse/PipeWire server is reachable, else ALSA."""
    if os.environ.get("PULSE_SERVER"):
        return "pulseaudio"
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "pulse" / "native").exists():
        return "pulseaudio"
    return "alsa"


PROBE_TIMEOUT_S = 5.0
_PROBE = (
    "import os, sys; os.environ.setdefault('PYGAME_HIDE_SUPPORT_PROMPT', '1'); import pygame; "
    "pygame.mixer.init(frequency=int(sys.argv[1]), size=-16, channels=int(sys.argv[2]), "
    "buffer=int(sys.argv[3]), allowedchanges=0); pygame.mixer.quit()"
)


def probe_output(rate: int, channels: int, buffer: int) -> None:
    """Raise RuntimeError unless pygame can open the output within PROBE_TIMEOUT_S."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", _PROBE, str(rate), str(channels), str(buffer)],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            env=os.environ.copy(),
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError("the audio output did not answer (is a sound server running?)") from None
    if result.returncode != 0:
        lines = [ln for ln in result.stderr.strip().splitlines() if not ln.startswith("ALSA lib")]
        raise RuntimeError(lines[-1] if lines else "the audio output could not be opened")


class PygameEngine(TransportCommands):
    """Plays a mixer through pygame.mixer (SDL audio)."""

    name = "pygame"

    def __init__(
        self,
        mixer: Mixer,
        *,
        chunk_frames: int = 1024,
        channels: int = 2,
        device_buffer: int = 512,
        driver: str | None = None,
    ) -> None:
        self.mixer = mixer
        self.chunk_frames = chunk_frames
        self.channels = channels
        self.device_buffer = device_buffer
        self.driver = driver
        self.status: SimpleQueue[EngineStatus] = SimpleQueue()
        self._transport = Transport(mixer, self.status)
        self._chunk = np.zeros((chunk_frames, channels), dtype=np.float32)
        self._pcm = np.zeros((chunk_frames, channels), dtype=np.int16)
        self._pygame: Any = None
        self._channel: Any = None
        self._thread: threading.Thread | None = None
        self._quit = threading.Event()
        # one chunk playing, one queued, plus SDL's own buffer
        self._latency_samples = 2 * chunk_frames + device_buffer

    def open(self) -> None:
        if self._pygame is not None:
            return
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        if "SDL_AUDIODRIVER" not in os.environ:
            os.environ["SDL_AUDIODRIVER"] = self.driver or guess_sdl_driver()
        # SDL can block for good inside mixer.init when ALSA's default device is PulseAudio
        # and no server runs. Ask a throwaway process first, with a time limit.
        probe_output(self.mixer.rate, self.channels, self.device_buffer)
        import pygame

        pygame.mixer.init(
            frequency=self.mixer.rate,
            size=-16,
            channels=self.channels,
            buffer=self.device_buffer,
            allowedchanges=0,
        )
        got = pygame.mixer.get_init()
        if got is None or got[0] != self.mixer.rate or got[2] != self.channels:
            pygame.mixer.quit()
            raise RuntimeError(f"pygame mixer opened as {got}, need {self.mixer.rate} Hz")
        self._pygame = pygame
        self._channel = pygame.mixer.Channel(0)

    def start(self) -> None:
        self.open()
        self._transport.command("start")
        if self._thread is None:
            self._quit.clear()
            self._thread = threading.Thread(target=self._feed, name="pygame-audio", daemon=True)
            self._thread.start()

    def stop(self, fade: bool = True) -> None:
        if self._pygame is None:
            return
        if fade and self._thread is not None:
            self._transport.command("stop")
            self._transport.stopped.wait(STOP_WAIT_S)
        else:
            self._transport.command("stop-now")
        self._quit.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
            self._thread = None
        if fade:
            self._channel.fadeout(30)
        self._pygame.mixer.quit()
        self._pygame = None
        self._channel = None

    def position_samples(self) -> int:
        return self._transport.position_samples(self._latency_samples)

    def _feed(self) -> None:
        pygame = self._pygame
        channel = self._channel
        period = self.chunk_frames / self.mixer.rate / 4
        scratch = np.zeros_like(self._chunk)
        try:
            while not self._quit.is_set():
                if channel.get_queue() is None:
                    self._transport.process(self._chunk)
                    np.multiply(self._chunk, 32767.0, out=scratch)
                    np.rint(scratch, out=scratch)
                    np.copyto(self._pcm, scratch, casting="unsafe")
                    sound = pygame.sndarray.make_sound(self._pcm)
                    if channel.get_busy():
                        channel.queue(sound)
                    else:
                        channel.play(sound)
                    continue
                self._quit.wait(period)
        except Exception as exc:
            self.status.put(EngineStatus("error", f"pygame output: {type(exc).__name__}: {exc}"))
