"""Offline rendering of a Plan to an audio file (WAV, FLAC, Ogg Vorbis, MP3 where available).

The mixer renders a few seconds at a time straight into the encoder, so memory stays flat
however long the session. The file is written under a hidden temporary name in the target
folder and moved into place with ``os.replace`` only when complete: a reader never sees half a
file, and a cancelled or failed render leaves nothing behind (an older file of the same name
stays as it was).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from somatic_player.audio.mixer import CueStyle, Layer, Levels, Mixer
from somatic_player.core.plan import Plan

CHUNK_S = 2.0

# suffix -> (libsndfile major format, subtype)
_FORMATS: dict[str, tuple[str, str]] = {
    ".wav": ("WAV", "PCM_16"),
    ".flac": ("FLAC", "PCM_16"),
    ".ogg": ("OGG", "VORBIS"),
    ".mp3": ("MP3", "MPEG_LAYER_III"),
}


class RenderCancelled(Exception):
    """The render was cancelled; no file was written."""


def supported_suffixes() -> tuple[str, ...]:
    """File suffixes this machine can write (MP3 needs libsndfile 1.1 or newer)."""
    import soundfile

    available = soundfile.available_formats()
    return tuple(s for s, (fmt, _) in _FORMATS.items() if fmt in available)


def _format_for(path: Path) -> tuple[str, str]:
    suffix = path.suffix.lower()
    supported = supported_suffixes()
    if suffix not in supported:
        shown = f"'{suffix}'" if suffix else "no suffix"
        raise ValueError(
            f"cannot write {path.name}: {shown} is not a supported audio type; "
            f"use one of {', '.join(supported)}"
        )
    return _FORMATS[suffix]


def _temp_path(target: Path) -> Path:
    """A new, empty, hidden file next to ``target`` (created with the usual umask)."""
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"could not create a temporary file next to {target}")


def render_to_file(
    plan: Plan,
    speech_clips: Mapping[str, NDArray[np.float32]],
    path: str | os.PathLike[str],
    *,
    levels: Levels | None = None,
    cue_style: CueStyle = "tones",
    only: Layer | None = None,
    channels: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Path:
    """Render the whole plan to ``path``; the format follows the suffix.

    ``progress(done_frames, total_frames)`` is called after each chunk; when ``cancel()`` turns
    true the render stops, the temporary file is removed and :class:`RenderCancelled` is raised.
    Returns the final path. Raises ValueError for an unsupported suffix or channel count.
    """
    import soundfile

    target = Path(path)
    fmt, subtype = _format_for(target)
    if channels not in (1, 2):
        raise ValueError(f"channels must be 1 or 2, got {channels}")
    if not target.parent.is_dir():
        raise FileNotFoundError(f"folder does not exist: {target.parent}")
    rate = plan.sample_rate
    chunk = max(1, round(CHUNK_S * rate))
    mixer = Mixer(
        plan, speech_clips, levels=levels, cue_style=cue_style, only=only, max_block=chunk
    )
    total = plan.total_samples
    buffer = np.zeros((chunk, channels), dtype=np.float32)
    tmp = _temp_path(target)
    try:
        with soundfile.SoundFile(
            tmp, "w", samplerate=rate, channels=channels, format=fmt, subtype=subtype
        ) as sink:
            done = 0
            while done < total:
                if cancel is not None and cancel():
                    raise RenderCancelled(f"render of {target.name} cancelled")
                n = min(chunk, total - done)
                block = buffer[:n]
                mixer.render_into(block)
                sink.write(block)
                done += n
                if progress is not None:
                    progress(done, total)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
