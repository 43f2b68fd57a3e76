"""What every output engine shares: the engine protocol, status messages and the Transport.

The :class:`Transport` is the part of an engine that runs on the audio thread. It takes commands
(start, pause, resume, stop, seek) from a ``queue.SimpleQueue`` at block boundaries, renders the
mixer into the device buffer, and applies 10 ms raised-cosine fades so pausing, stopping and
seeking never click. It reports through a second ``SimpleQueue`` (never blocks, never raises),
using preallocated status objects for everything that can happen often.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from queue import SimpleQueue
from typing import TYPE_CHECKING, Literal, Protocol

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from somatic_player.audio.mixer import Mixer

StatusKind = Literal[
    "playing", "paused", "stopped", "finished", "underflow", "error", "device-lost"
]
FADE_S = 0.010
_EMPTY = 1 << 30  # a stretch of silence longer than any device buffer


@dataclass(frozen=True, slots=True)
class EngineStatus:
    """One message from an engine to the UI (drained by a Qt timer)."""

    kind: StatusKind
    detail: str = ""


PLAYING = EngineStatus("playing")
PAUSED = EngineStatus("paused")
STOPPED = EngineStatus("stopped")
FINISHED = EngineStatus("finished", "end of the session")
UNDERFLOW = EngineStatus("underflow", "the audio device ran short of samples")


class AudioEngine(Protocol):
    """An output for a Mixer. Commands return at once; the UI polls ``position_samples``."""

    name: str
    status: SimpleQueue[EngineStatus]

    def open(self) -> None:
        """Acquire the output (raises if there is none); does not start playback."""

    def start(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def stop(self, fade: bool = True) -> None: ...

    def seek(self, sample: int) -> None: ...

    def position_samples(self) -> int:
        """The plan sample being heard now: frames played minus the output latency."""
        ...


_IDLE, _PLAYING, _FADING_OUT, _PAUSED, _STOPPED = range(5)
_THEN_PAUSE, _THEN_STOP, _THEN_SEEK = range(3)


class Transport:
    """Renders a mixer into device buffers under commands, with click-free fades."""

    def __init__(self, mixer: Mixer, status: SimpleQueue[EngineStatus], fade_s: float = FADE_S):
        self.mixer = mixer
        self.status = status
        self.commands: SimpleQueue[tuple[str, int]] = SimpleQueue()
        self.stopped = threading.Event()
        n = max(1, round(fade_s * mixer.rate))
        k = np.arange(n, dtype=np.float64)
        ramp = (0.5 - 0.5 * np.cos(math.pi * (k + 1.0) / (n + 1.0))).astype(np.float32)
        self._fade_len = n
        self._fade_in = ramp
        self._fade_out = np.ascontiguousarray(ramp[::-1])
        self._fade_in_2d = self._fade_in[:, np.newaxis]
        self._fade_out_2d = self._fade_out[:, np.newaxis]
        self._state = _IDLE
        self._fade_pos = n  # progress through the current fade; n means no fade running
        self._then = _THEN_PAUSE
        self._seek_to = 0
        self._seek_pending = False
        # The device's buffer holds the frames rendered last: ``_sounding`` frames of the session
        # since the latest stretch of ``_gap`` silent frames (a new device starts empty).
        self._gap = _EMPTY
        self._sounding = 0
        self._finished_sent = False
        self._failed = False
        self.underflows = 0

    # -- any thread -------------------------------------------------------------------------------

    def command(self, name: str, arg: int = 0) -> None:
        self.commands.put((name, arg))

    @property
    def playing(self) -> bool:
        return self._state in (_PLAYING, _FADING_OUT)

    def position_samples(self, latency_samples: int) -> int:
        """The session sample being heard: frames rendered minus the session's frames still
        queued in the device (its last ``latency_samples`` frames).

        Silence queued in the device is not waited for: while a pause drains, the position
        catches up with the last frame rendered, and after a resume it stays there until the
        first new frame is heard, so it never moves back.
        """
        queued_silence = min(self._gap, max(0, latency_samples - self._sounding))
        return max(0, self.mixer.position - (latency_samples - queued_silence))

    def halt(self, sample: int) -> None:
        """Park paused at ``sample`` at once, without a fade or a status message.

        Only for when no callback can run (the device is gone and its stream closed): it writes
        the state the audio thread owns. Queued commands stay queued for the next stream; its
        device starts empty, so the position reads ``sample`` until playback resumes.
        """
        self._state = _PAUSED
        self._fade_pos = self._fade_len
        self._seek_pending = False
        self._failed = False
        self._gap = _EMPTY
        self._sounding = 0
        target = max(0, int(sample))
        if target < self.mixer.total_samples:
            self._finished_sent = False
        self.mixer.seek(target)

    # -- audio thread ---------------------------------------------------------------------------

    def report_underflow(self) -> None:
        self.underflows += 1
        self.status.put(UNDERFLOW)

    def process(self, out: NDArray[np.float32]) -> None:
        """Fill one device buffer. Never raises: a failure becomes silence and an error status."""
        try:
            self._drain_commands()
            self._fill(out)
            if (
                not self._finished_sent
                and self._state == _PLAYING
                and self.mixer.position >= self.mixer.total_samples
            ):
                self._finished_sent = True
                self.status.put(FINISHED)
        except Exception as exc:  # the callback must survive anything
            out.fill(0.0)
            if not self._failed:
                self._failed = True
                self._state = _PAUSED
                self.status.put(
                    EngineStatus(
                        "error",
                        f"Sound stopped after an error ({type(exc).__name__}: {exc}). "
                        "Playback is paused; press Resume to try again.",
                    )
                )

    def _drain_commands(self) -> None:
        while not self.commands.empty():
            name, arg = self.commands.get_nowait()
            if name == "start" or name == "resume":
                self._resume()
            elif name == "pause":
                self._begin_fade_out(_THEN_PAUSE)
            elif name == "stop":
                self._begin_fade_out(_THEN_STOP)
            elif name == "stop-now":
                self._settle(_THEN_STOP)
            elif name == "seek":
                self._seek(arg)

    def _resume(self) -> None:
        self._failed = False
        self.stopped.clear()
        if self._state == _FADING_OUT and self._seek_pending:
            self._then = _THEN_SEEK  # finish the fade, jump, then fade back in
            return
        if self._state == _FADING_OUT:
            # Turn the fade around at the gain it has reached.
            self._fade_pos = self._fade_len - self._fade_pos
        elif self._state != _PLAYING:
            self._fade_pos = 0
        else:
            return
        self._state = _PLAYING
        self.status.put(PLAYING)

    def _begin_fade_out(self, then: int) -> None:
        if self._state == _PLAYING:
            self._fade_pos = self._fade_len - self._fade_pos
            self._state = _FADING_OUT
            self._then = then
        elif self._state == _FADING_OUT:
            if self._then != _THEN_STOP:
                self._then = then
        else:
            self._settle(then)

    def _seek(self, sample: int) -> None:
        self._seek_to = sample
        self._seek_pending = True
        if self._state == _PLAYING:
            self._begin_fade_out(_THEN_SEEK)
        elif self._state != _FADING_OUT:  # a running fade applies it when it ends
            self._apply_seek()

    def _apply_seek(self) -> None:
        self._seek_pending = False
        if self._seek_to < self.mixer.total_samples:
            self._finished_sent = False
        self.mixer.seek(self._seek_to)

    def _settle(self, then: int) -> None:
        """A fade-out has ended (or none was needed): pause, stop, or seek and fade back in."""
        self._fade_pos = self._fade_len
        if self._seek_pending:
            self._apply_seek()
        if then == _THEN_SEEK:
            self._state = _PLAYING
            self._fade_pos = 0
        elif then == _THEN_STOP:
            if self._state != _STOPPED:
                self._state = _STOPPED
                self.status.put(STOPPED)
            self.stopped.set()
        elif self._state != _PAUSED:
            self._state = _PAUSED
            self.status.put(PAUSED)

    def _fill(self, out: NDArray[np.float32]) -> None:
        n = out.shape[0]
        done = 0
        while done < n:
            rest = out[done:]
            if self._state == _PLAYING:
                if self._fade_pos < self._fade_len:
                    m = min(rest.shape[0], self._fade_len - self._fade_pos)
                    seg = rest[:m]
                    self.mixer.render_into(seg)
                    self._ramp(seg, self._fade_in, self._fade_in_2d)
                    self._sounding += m
                    done += m
                else:
                    self.mixer.render_into(rest)
                    self._sounding += rest.shape[0]
                    done = n
            elif self._state == _FADING_OUT:
                m = min(rest.shape[0], self._fade_len - self._fade_pos)
                seg = rest[:m]
                self.mixer.render_into(seg)
                self._ramp(seg, self._fade_out, self._fade_out_2d)
                self._sounding += m
                done += m
                if self._fade_pos >= self._fade_len:
                    self._settle(self._then)
            else:
                rest.fill(0.0)
                if self._sounding:  # the sound stops here: a new stretch of silence begins
                    self._gap = 0  # (in this order, a reader on another thread never sees
                    self._sounding = 0  # the device emptier than it is)
                if self._gap < _EMPTY:
                    self._gap += rest.shape[0]
                done = n

    def _ramp(
        self, seg: NDArray[np.float32], flat: NDArray[np.float32], col: NDArray[np.float32]
    ) -> None:
        m = seg.shape[0]
        p = self._fade_pos
        gain = flat[p : p + m] if seg.ndim == 1 else col[p : p + m]
        np.multiply(seg, gain, out=seg)
        self._fade_pos = p + m


class TransportCommands:
    """Pause, resume and seek for an engine whose callback runs a ``Transport``.

    The commands only queue; the audio thread applies them at its next block, with fades.
    """

    _transport: Transport

    def pause(self) -> None:
        self._transport.command("pause")

    def resume(self) -> None:
        self._transport.command("resume")

    def seek(self, sample: int) -> None:
        self._transport.command("seek", int(sample))
