"""Voice recording: a microphone into a preallocated buffer, then trim, level and save.

A therapist records a line so the patient hears a familiar voice. :class:`Recorder` opens a
sounddevice ``InputStream`` whose callback only copies the block into an array allocated before
the stream starts and stores the block's peak in a plain float (one attribute write, atomic
under the GIL) for a level meter to read; no buffer is allocated, nothing is logged, no I/O.
When the buffer is full the rest is dropped and :attr:`Recorder.full` says so.

After :meth:`Recorder.stop` the pure functions do the rest: :func:`trim_silence` cuts the
silence before and after the voice (the threshold sits above the recording's own noise floor,
about 150 ms of margin is kept and the ends fade over 10 ms), :func:`normalise` levels the clip
to the narration level synthesized speech uses (``speech.speech_rms`` at ``TARGET_RMS_DBFS``)
without letting the true (4x oversampled) peak above ``PEAK_CEILING_DBFS``, and
:func:`save_clip` writes 16-bit FLAC (or WAV) atomically. :class:`ClipPlayer` plays a clip back.
``sounddevice`` is imported only when a stream opens.
"""

from __future__ import annotations

import contextlib
import math
import os
import tempfile
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf
import soxr
from numpy.typing import NDArray

from somatic_player.audio import devices
from somatic_player.audio.speech import PEAK_CEILING_DBFS, TARGET_RMS_DBFS, speech_rms
from somatic_player.core.plan import SAMPLE_RATE

Audio = NDArray[np.float32]

__all__ = [
    "ClipPlayer",
    "InputDevice",
    "Processed",
    "Recorder",
    "RecordingError",
    "db",
    "input_devices",
    "new_clip_name",
    "noise_floor_db",
    "normalise",
    "process",
    "save_clip",
    "trim_silence",
    "true_peak",
]

MAX_RECORDING_S = 10 * 60
MARGIN_S = 0.150
FADE_S = 0.010
FRAME_S = 0.010
# The voice is what stands this far above the noise floor (and no quieter than the floor below).
ABOVE_FLOOR_DB = 12.0
SILENCE_DB = -70.0
# The threshold never comes closer than this to the loudest frame (a very noisy recording).
BELOW_PEAK_DB = 6.0
OVERSAMPLE = 4
SILENT = -120.0


class RecordingError(Exception):
    """A recording could not be made or kept; the message is one line, fit to show a user."""


def db(amplitude: float) -> float:
    """An amplitude (RMS or peak, 1.0 = full scale) in dBFS; -120 for silence."""
    return 20 * math.log10(amplitude) if amplitude > 1e-6 else SILENT


# -- devices -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InputDevice:
    """One PortAudio device that can record."""

    index: int
    name: str
    hostapi: str
    channels: int
    default_rate: float
    is_default: bool = False

    @property
    def label(self) -> str:
        """What a person picks from a list, e.g. ``pulse (ALSA)``."""
        return f"{self.name} ({self.hostapi})"


def input_devices() -> list[InputDevice]:
    """Every device PortAudio knows with at least one input channel (empty if none)."""
    sd = devices.import_sounddevice()
    try:
        default_index = int(sd.query_devices(kind="input")["index"])
    except Exception:  # PortAudioError (no default input), ValueError
        default_index = -1
    found = []
    for info in sd.query_devices():
        if int(info["max_input_channels"]) <= 0:
            continue
        try:
            hostapi = str(sd.query_hostapis(int(info["hostapi"]))["name"])
        except Exception:
            hostapi = "?"
        found.append(
            InputDevice(
                index=int(info["index"]),
                name=str(info["name"]),
                hostapi=hostapi,
                channels=int(info["max_input_channels"]),
                default_rate=float(info["default_samplerate"]),
                is_default=int(info["index"]) == default_index,
            )
        )
    return found


# -- recording -----------------------------------------------------------------------------------


class Recorder:
    """Records mono float32 from one input device into a buffer of ``max_s`` seconds.

    ``start`` opens and starts the stream; ``level`` (peak of the last block, 0..1) may be read
    from any thread while it runs; ``stop`` closes it and returns a copy of what was recorded,
    resampled to 48 kHz when the device ran at another rate.
    """

    def __init__(
        self,
        device: int | str | None = None,
        *,
        rate_hz: int = SAMPLE_RATE,
        max_s: float = MAX_RECORDING_S,
        blocksize: int = 0,
    ) -> None:
        self.device = device
        self.rate_hz = rate_hz
        self.blocksize = blocksize
        self._buffer = np.zeros(round(max_s * rate_hz), dtype=np.float32)
        self._scratch = np.zeros(8192, dtype=np.float32)
        self._written = 0
        self._level = 0.0
        self._overflows = 0
        self._stream: Any = None
        self._lock = threading.Lock()  # never taken on the audio thread

    # -- any thread but the audio one ----------------------------------------------------------

    @property
    def recording(self) -> bool:
        return self._stream is not None

    @property
    def level(self) -> float:
        """Peak (0..1) of the most recent block; 0 when not recording."""
        return self._level if self._stream is not None else 0.0

    @property
    def elapsed_s(self) -> float:
        return self._written / self.rate_hz

    @property
    def full(self) -> bool:
        """True once the buffer is full (what came after was dropped)."""
        return self._written >= self._buffer.shape[0]

    @property
    def overflows(self) -> int:
        """Blocks the device reported as lost (the callback ran late)."""
        return self._overflows

    def start(self) -> None:
        """Open the input and start recording from an empty buffer; RecordingError on failure."""
        with self._lock:
            if self._stream is not None:
                return
            sd = devices.import_sounddevice()
            self._written = 0
            self._level = 0.0
            self._overflows = 0
            try:
                stream = sd.InputStream(
                    samplerate=self.rate_hz,
                    channels=1,
                    dtype="float32",
                    blocksize=self.blocksize,
                    device=self.device,
                    callback=self._callback,
                )
                devices.stream_opened(stream)
                stream.start()
            except Exception as exc:  # PortAudioError, ValueError (no such device)
                raise RecordingError(
                    f"The microphone could not be opened: {_one_line(exc)}"
                ) from None
            self._stream = stream

    def stop(self) -> Audio:
        """Stop and close the stream; the recording so far, mono float32 at 48 kHz."""
        with self._lock:
            stream, self._stream = self._stream, None
            if stream is not None:
                with contextlib.suppress(Exception):  # the device may be gone already
                    stream.stop()
                with contextlib.suppress(Exception):
                    stream.close()
                devices.stream_closed(stream)
            audio = self._buffer[: self._written].copy()
            self._level = 0.0
        if self.rate_hz != SAMPLE_RATE and audio.size:
            audio = np.asarray(
                soxr.resample(audio, self.rate_hz, SAMPLE_RATE, quality="HQ"), dtype=np.float32
            )
        return audio

    # -- PortAudio thread ----------------------------------------------------------------------

    def _callback(self, indata: NDArray[np.float32], frames: int, time: Any, status: Any) -> None:
        if status.input_overflow:
            self._overflows += 1
        start = self._written
        count = min(frames, self._buffer.shape[0] - start)
        if count > 0:
            np.copyto(self._buffer[start : start + count], indata[:count, 0])
            self._written = start + count
        count = min(frames, self._scratch.shape[0])
        scratch = self._scratch[:count]
        np.abs(indata[:count, 0], out=scratch)
        self._level = float(scratch.max()) if count else 0.0


class ClipPlayer:
    """Plays one mono 48 kHz clip on an output device; the callback only copies slices."""

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device
        self._audio: Audio = np.zeros(0, dtype=np.float32)
        self._at = 0
        self._stream: Any = None
        self._lock = threading.Lock()

    @property
    def playing(self) -> bool:
        return self._stream is not None and self._at < self._audio.shape[0]

    def play(self, audio: Audio) -> None:
        """Play ``audio`` from its start (stopping what played before)."""
        self.stop()
        with self._lock:
            sd = devices.import_sounddevice()
            self._audio = np.ascontiguousarray(audio, dtype=np.float32)
            self._at = 0
            try:
                stream = sd.OutputStream(
                    samplerate=SAMPLE_RATE, channels=1, dtype="float32", callback=self._callback
                )
                devices.stream_opened(stream)
                stream.start()
            except Exception as exc:
                raise RecordingError(
                    f"The recording could not be played: {_one_line(exc)}"
                ) from None
            self._stream = stream

    def stop(self) -> None:
        with self._lock:
            stream, self._stream = self._stream, None
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.abort()
                with contextlib.suppress(Exception):
                    stream.close()
                devices.stream_closed(stream)

    def _callback(self, outdata: NDArray[np.float32], frames: int, time: Any, status: Any) -> None:
        start = self._at
        count = max(0, min(frames, self._audio.shape[0] - start))
        if count:
            np.copyto(outdata[:count, 0], self._audio[start : start + count])
        if count < frames:
            outdata[count:].fill(0.0)
        self._at = start + count


# -- processing (pure) ---------------------------------------------------------------------------


def _frame_rms(x: Audio, frame: int) -> NDArray[np.float64]:
    n = x.shape[0] // frame
    if n == 0:
        return np.zeros(0)
    blocks = x[: n * frame].astype(np.float64).reshape(n, frame)
    return np.asarray(np.sqrt(np.mean(blocks * blocks, axis=1)), dtype=np.float64)


def noise_floor_db(x: Audio, rate_hz: int = SAMPLE_RATE) -> float:
    """The recording's noise floor: the 10th percentile of its 10 ms frame levels, in dBFS."""
    rms = _frame_rms(x, max(1, round(FRAME_S * rate_hz)))
    if rms.size == 0:
        return SILENT
    return db(float(np.percentile(rms, 10)))


def trim_silence(
    x: Audio,
    rate_hz: int = SAMPLE_RATE,
    *,
    margin_s: float = MARGIN_S,
    fade_s: float = FADE_S,
) -> Audio:
    """``x`` without the silence before and after the voice (empty when no voice is heard).

    A 10 ms frame is voice when it stands ``ABOVE_FLOOR_DB`` above the noise floor (never
    below ``SILENCE_DB``, never closer than ``BELOW_PEAK_DB`` to the loudest frame). The first
    and last voice frames, widened by ``margin_s`` (as far as the recording goes), are kept,
    and ``fade_s`` ramps the ends so the cut never clicks.
    """
    x = np.nan_to_num(np.asarray(x, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    frame = max(1, round(FRAME_S * rate_hz))
    rms = _frame_rms(x, frame)
    if rms.size == 0:
        return np.zeros(0, dtype=np.float32)
    levels = 20 * np.log10(np.maximum(rms, 1e-6))
    loudest = float(levels.max())
    if loudest <= SILENCE_DB:
        return np.zeros(0, dtype=np.float32)
    floor = noise_floor_db(x, rate_hz)
    if loudest < floor + ABOVE_FLOOR_DB:  # nothing stands out of the noise: no voice
        return np.zeros(0, dtype=np.float32)
    threshold = min(max(floor + ABOVE_FLOOR_DB, SILENCE_DB), loudest - BELOW_PEAK_DB)
    voiced = np.flatnonzero(levels > threshold)
    margin = round(margin_s * rate_hz)
    start = max(0, int(voiced[0]) * frame - margin)
    end = min(x.shape[0], (int(voiced[-1]) + 1) * frame + margin)
    out = x[start:end].copy()
    n = min(round(fade_s * rate_hz), out.shape[0] // 2)
    if n:
        ramp = (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n))).astype(np.float32)
        out[:n] *= ramp
        out[out.shape[0] - n :] *= ramp[::-1]
    return out


def true_peak(x: Audio, rate_hz: int = SAMPLE_RATE) -> float:
    """The peak between samples too (``OVERSAMPLE`` x oversampled, like a true-peak meter)."""
    if x.size == 0:
        return 0.0
    up = soxr.resample(x.astype(np.float64), rate_hz, rate_hz * OVERSAMPLE, quality="HQ")
    return max(float(np.max(np.abs(up))), float(np.max(np.abs(x))))


def normalise(x: Audio, rate_hz: int = SAMPLE_RATE) -> Audio:
    """``x`` at the narration level (speech RMS ``TARGET_RMS_DBFS``), quieter only when that
    would put its true peak above ``PEAK_CEILING_DBFS``; silence stays silence."""
    x = np.asarray(x, dtype=np.float32)
    rms = speech_rms(x)
    if rms <= 0.0:
        return x.copy()
    gain = 10 ** (TARGET_RMS_DBFS / 20) / rms
    peak = true_peak(x, rate_hz)
    if peak > 0.0:
        gain = min(gain, 10 ** (PEAK_CEILING_DBFS / 20) / peak)
    return (x * np.float32(gain)).astype(np.float32)


@dataclass(frozen=True)
class Processed:
    """A recording made ready to use, with the figures the panel shows."""

    audio: Audio
    raw_s: float
    noise_floor_db: float
    loudness_db: float
    true_peak_db: float
    gain_db: float

    @property
    def length_s(self) -> float:
        return int(self.audio.shape[0]) / SAMPLE_RATE

    @property
    def empty(self) -> bool:
        return int(self.audio.shape[0]) == 0


def process(raw: Audio) -> Processed:
    """Trim then normalise a 48 kHz mono recording."""
    trimmed = trim_silence(raw)
    levelled = normalise(trimmed)
    before, after = speech_rms(trimmed), speech_rms(levelled)
    return Processed(
        audio=levelled,
        raw_s=raw.shape[0] / SAMPLE_RATE,
        noise_floor_db=noise_floor_db(raw),
        loudness_db=db(after),
        true_peak_db=db(true_peak(levelled)),
        gain_db=db(after) - db(before) if before > 0 else 0.0,
    )


def new_clip_name(prefix: str = "voice", suffix: str = ".flac") -> str:
    """A fresh clip name (``voice-1a2b3c4d.flac``): a re-recording never overwrites a clip
    an undo could bring back."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}{suffix}"


def save_clip(audio: Audio, folder: Path, name: str) -> Path:
    """Write ``audio`` (mono, 48 kHz) to ``folder/name`` as 16-bit FLAC or WAV (by suffix),
    atomically (temp file + ``os.replace``), mode 0600; creates the folder (0700)."""
    suffix = Path(name).suffix.lower()
    formats = {".flac": "FLAC", ".wav": "WAV"}
    if suffix not in formats or Path(name).name != name:
        raise RecordingError(f"cannot save a recording as {name!r} (a .flac or .wav name)")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            sf.write(fh, audio, SAMPLE_RATE, format=formats[suffix], subtype="PCM_16")
        os.chmod(tmp, 0o600)
        os.replace(tmp, folder / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return folder / name


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
