"""PortAudio output devices: a quiet import, the device list, and a rescan after a change.

PortAudio reads the list of devices once, when it initialises (at ``import sounddevice``); a
device that appears later (a headset plugged in, a sound server restarted) stays invisible until
PortAudio is terminated and initialised again, which :func:`rescan` does. Terminating PortAudio
closes every stream of the process, so :func:`rescan` refuses while a stream registered with
:func:`stream_opened` is still open; the engines register theirs.

On Linux PortAudio goes through ALSA, and libasound prints its probe failures ("ALSA lib
confmisc.c ... cannot find card '0'") straight to stderr when there is no sound card.
:func:`silence_alsa_errors` installs a do-nothing error handler in libasound (if it is there)
before sounddevice is imported. ``sounddevice`` itself is imported only by
:func:`import_sounddevice`, never at module import, to keep it off the start-up path.
"""

from __future__ import annotations

import contextlib
import ctypes
import threading
import weakref
from dataclasses import dataclass
from typing import Any

__all__ = [
    "OutputDevice",
    "default_output",
    "find_output",
    "import_sounddevice",
    "output_devices",
    "rescan",
    "silence_alsa_errors",
    "stream_closed",
    "stream_opened",
]

_LOCK = threading.RLock()
# The ctypes callback must live as long as libasound may call it: for the whole process.
_alsa_handler: Any = None
_alsa_checked = False
# Streams that are open; one that is garbage collected unclosed drops out by itself.
_open_streams: weakref.WeakSet[Any] = weakref.WeakSet()

_ALSA_ERROR_HANDLER = ctypes.CFUNCTYPE(
    None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
)


def _ignore_alsa_error(
    file: bytes | None, line: int, function: bytes | None, err: int, fmt: bytes | None
) -> None:
    """libasound's error handler: say nothing (the engine reports failures in its own words)."""


def silence_alsa_errors() -> bool:
    """Stop libasound printing to stderr; True if a handler is installed (False: no libasound).

    Safe to call any number of times; only the first call does anything.
    """
    global _alsa_handler, _alsa_checked
    with _LOCK:
        if _alsa_checked:
            return _alsa_handler is not None
        _alsa_checked = True
        try:
            lib = ctypes.CDLL("libasound.so.2")
            setter = lib.snd_lib_error_set_handler
        except (OSError, AttributeError):  # no ALSA here (not Linux, or a minimal system)
            return False
        handler = _ALSA_ERROR_HANDLER(_ignore_alsa_error)
        setter.argtypes = [_ALSA_ERROR_HANDLER]
        setter.restype = ctypes.c_int
        if setter(handler) != 0:
            return False
        _alsa_handler = handler
        return True


def import_sounddevice() -> Any:
    """Import sounddevice with ALSA silenced; a missing PortAudio library is a RuntimeError."""
    silence_alsa_errors()
    try:
        import sounddevice
    except OSError as exc:  # the Python package is there, the PortAudio library is not
        raise RuntimeError(f"{exc} (install the libportaudio2 package)") from exc
    return sounddevice


@dataclass(frozen=True, slots=True)
class OutputDevice:
    """One PortAudio device that can play sound."""

    index: int
    name: str
    hostapi: str
    channels: int
    default_rate: float
    is_default: bool = False

    @property
    def label(self) -> str:
        """What a person would pick from a list, e.g. ``pulse (ALSA)``."""
        return f"{self.name} ({self.hostapi})"


def _default_output_index(sd: Any) -> int:
    try:
        return int(sd.query_devices(kind="output")["index"])
    except Exception:  # PortAudioError (no default output), ValueError
        return -1


def _to_device(sd: Any, info: Any, default_index: int) -> OutputDevice:
    index = int(info["index"])
    try:
        hostapi = str(sd.query_hostapis(int(info["hostapi"]))["name"])
    except Exception:
        hostapi = "?"
    return OutputDevice(
        index=index,
        name=str(info["name"]),
        hostapi=hostapi,
        channels=int(info["max_output_channels"]),
        default_rate=float(info["default_samplerate"]),
        is_default=index == default_index,
    )


def output_devices() -> list[OutputDevice]:
    """Every device PortAudio knows that has at least one output channel."""
    sd = import_sounddevice()
    default_index = _default_output_index(sd)
    return [
        _to_device(sd, info, default_index)
        for info in sd.query_devices()
        if int(info["max_output_channels"]) > 0
    ]


def default_output() -> OutputDevice | None:
    """The device an engine with ``device=None`` would use, or None if there is none."""
    return find_output(None)


def find_output(device: int | str | None) -> OutputDevice | None:
    """The output device for an index, a name (or part of one) or None (the default)."""
    sd = import_sounddevice()
    default_index = _default_output_index(sd)
    if device is None and default_index < 0:
        return None
    try:
        info = sd.query_devices(default_index if device is None else device, "output")
    except Exception:  # ValueError (no match, or no output channels), PortAudioError
        return None
    return _to_device(sd, info, default_index)


# -- streams and rescans ------------------------------------------------------------------------


def stream_opened(stream: object) -> None:
    """Record an open PortAudio stream (a rescan would pull the device from under it)."""
    with _LOCK:
        _open_streams.add(stream)


def stream_closed(stream: object) -> None:
    """Forget a stream recorded with :func:`stream_opened` once it is closed."""
    with _LOCK:
        _open_streams.discard(stream)


def rescan() -> bool:
    """Make PortAudio list the devices again; False (and nothing done) while a stream is open.

    Terminating PortAudio with a stream open would free the stream under its owner, so the
    caller closes its own stream first. Raises RuntimeError if PortAudio cannot start again.
    """
    sd = import_sounddevice()
    with _LOCK:
        if len(_open_streams):
            return False
        with contextlib.suppress(Exception):  # not initialised: nothing to terminate
            sd._terminate()
        try:
            sd._initialize()
        except Exception as exc:
            raise RuntimeError(f"PortAudio did not start again: {exc}") from exc
        return True
