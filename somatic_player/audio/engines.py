"""Output engines and the choice between them.

``open_engine`` tries engines in order of preference (PortAudio through sounddevice, then
pygame, then the silent :class:`NullEngine`) and says in one line why each rejected one failed,
so the app can show it. The null engine keeps a session running, with captions and the pacer,
from a clock alone: it serves machines with no audio device and tests (with a fake clock).
Device libraries are imported only when an engine is opened.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from queue import SimpleQueue
from typing import TYPE_CHECKING, NamedTuple

from somatic_player.audio.pygame_engine import PygameEngine
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.audio.transport import (
    FINISHED,
    PAUSED,
    PLAYING,
    STOPPED,
    AudioEngine,
    EngineStatus,
)

if TYPE_CHECKING:
    from somatic_player.audio.mixer import Mixer

__all__ = [
    "ENGINE_FACTORIES",
    "AudioEngine",
    "EngineChoice",
    "EngineStatus",
    "NoAudioEngine",
    "NullEngine",
    "PygameEngine",
    "SoundDeviceEngine",
    "open_engine",
]

Clock = Callable[[], float]


class NullEngine:
    """Silent playback: the position follows ``clock`` (seconds) from start, minus pauses."""

    name = "null"

    def __init__(self, mixer: Mixer, clock: Clock = time.monotonic) -> None:
        self.mixer = mixer
        self.clock = clock
        self.rate = mixer.rate
        self.status: SimpleQueue[EngineStatus] = SimpleQueue()
        self._anchor_sample = 0
        self._anchor_time = 0.0
        self._running = False
        self._finished_sent = False

    def open(self) -> None:
        """Nothing to acquire."""

    def start(self) -> None:
        if not self._running:
            self._running = True
            self._anchor_time = self.clock()
            self.status.put(PLAYING)

    def resume(self) -> None:
        self.start()

    def pause(self) -> None:
        if self._running:
            self._anchor_sample = self.position_samples()
            self._running = False
            self.status.put(PAUSED)

    def stop(self, fade: bool = True) -> None:
        if self._running:
            self._anchor_sample = self.position_samples()
            self._running = False
        self.status.put(STOPPED)

    def seek(self, sample: int) -> None:
        self._anchor_sample = max(0, int(sample))
        self._anchor_time = self.clock()
        if self._anchor_sample < self.mixer.total_samples:
            self._finished_sent = False

    def position_samples(self) -> int:
        """The clock-driven position; reports ``finished`` once when it reaches the end."""
        if not self._running:
            return self._anchor_sample
        elapsed = round((self.clock() - self._anchor_time) * self.rate)
        total = self.mixer.total_samples  # read each time: a live pace change moves the end
        position = min(self._anchor_sample + max(elapsed, 0), total)
        if position >= total and not self._finished_sent:
            self._finished_sent = True
            self.status.put(FINISHED)
        return position


def _null(mixer: Mixer, clock: Clock) -> AudioEngine:
    return NullEngine(mixer, clock)


def _sounddevice(mixer: Mixer, clock: Clock) -> AudioEngine:
    return SoundDeviceEngine(mixer)


def _pygame(mixer: Mixer, clock: Clock) -> AudioEngine:
    return PygameEngine(mixer)


ENGINE_FACTORIES: dict[str, Callable[[Mixer, Clock], AudioEngine]] = {
    "sounddevice": _sounddevice,
    "pygame": _pygame,
    "null": _null,
}


class EngineChoice(NamedTuple):
    """The engine in use and one line per engine that was tried and failed.

    A named pair, so ``engine, failures = open_engine(mixer)`` works too.
    """

    engine: AudioEngine
    failures: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.engine.name


class NoAudioEngine(RuntimeError):
    """None of the preferred engines could open."""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def open_engine(
    mixer: Mixer,
    prefer: Sequence[str] = ("sounddevice", "pygame", "null"),
    clock: Clock = time.monotonic,
) -> EngineChoice:
    """Open the first engine in ``prefer`` that works; it is opened, not started."""
    failures: list[str] = []
    for name in prefer:
        factory = ENGINE_FACTORIES.get(name)
        if factory is None:
            failures.append(f"{name}: unknown engine (known: {', '.join(ENGINE_FACTORIES)})")
            continue
        try:
            engine = factory(mixer, clock)
            engine.open()
        except Exception as exc:  # ImportError, OSError (no PortAudio), PortAudioError, ...
            failures.append(f"{name}: {_one_line(exc)}")
            continue
        return EngineChoice(engine, tuple(failures))
    raise NoAudioEngine("no audio output could be opened: " + "; ".join(failures))
