"""Check a voice recording a package carries: real audio of the kind its name says, playable by
the speech library (mono or stereo, 8-192 kHz, at most 30 minutes), decoded to the end.

The file is decoded in blocks, so a header that lies about its length is caught, and a float
file with NaN or infinite samples (which would blast the mixer) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from somatic_player.content.package_format import (
    MAX_CHANNELS,
    MAX_RATE_HZ,
    MAX_RECORDING_S,
    MIN_RATE_HZ,
)

# soundfile's container names for each suffix a recording may have.
_FORMATS = {".wav": ("WAV", "WAVEX", "RF64"), ".flac": ("FLAC",), ".ogg": ("OGG",)}
_BLOCK_FRAMES = 1 << 16


@dataclass(frozen=True)
class Recording:
    """What a valid recording holds."""

    seconds: float
    rate_hz: int
    channels: int


class BadRecording(ValueError):
    """The file is not a recording the app can play; the message says why, in one line."""


def check_recording(path: Path, name: str) -> Recording:
    """Decode ``path`` (shown as ``name``) completely; BadRecording if it is not sane audio."""
    import numpy as np  # only when a package is checked: off the path to the first window
    import soundfile as sf

    suffix = Path(name).suffix.lower()
    try:
        with sf.SoundFile(str(path)) as audio:
            kind = str(audio.format)
            rate = int(audio.samplerate)
            channels = int(audio.channels)
            if kind not in _FORMATS.get(suffix, ()):
                raise BadRecording(f"{name} holds {kind} audio, not what {suffix} says")
            if not MIN_RATE_HZ <= rate <= MAX_RATE_HZ:
                raise BadRecording(
                    f"{name} has a sample rate of {rate} Hz "
                    f"(recordings are {MIN_RATE_HZ}-{MAX_RATE_HZ} Hz)"
                )
            if not 1 <= channels <= MAX_CHANNELS:
                raise BadRecording(f"{name} has {channels} channels (recordings have 1 or 2)")
            most = MAX_RECORDING_S * rate
            if audio.frames > most:
                raise BadRecording(f"{name} is longer than {MAX_RECORDING_S // 60} minutes")
            frames = 0
            while True:
                block = audio.read(_BLOCK_FRAMES, dtype="float32", always_2d=True)
                if not len(block):
                    break
                frames += len(block)
                if frames > most:
                    raise BadRecording(f"{name} is longer than {MAX_RECORDING_S // 60} minutes")
                if not np.isfinite(block).all():
                    raise BadRecording(f"{name} has invalid (not finite) samples")
    except BadRecording:
        raise
    except (sf.SoundFileError, RuntimeError, OSError, ValueError, EOFError, TypeError) as exc:
        detail = " ".join(str(exc).split())[:120]
        raise BadRecording(f"{name} is not valid audio ({detail})") from None
    if frames == 0:
        raise BadRecording(f"{name} is empty (no sound)")
    return Recording(frames / rate, rate, channels)
