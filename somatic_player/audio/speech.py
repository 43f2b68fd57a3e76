"""Spoken guidance: offline speech engines, recorded clips and a disk cache of narration audio.

Narration is rendered to audio before a session starts, so the plan knows every line's real length.
``SpeechLibrary`` turns speech keys (``speech_key(event)``: plain text, or ``"clip:NAME"`` for a
recorded file) into mono float32 audio at 48 kHz, trimmed, faded and levelled to one narration
level (-20 dBFS RMS, peak at most -3 dBFS) so voices sit under cue tones (about -12 dBFS peak).
Engines run as subprocesses with the text on stdin (never in argv) and a 20 s time limit.
Synthesized lines are cached as 16-bit FLAC named by a sha256 of engine, voice, rate and text
(and language, for lines not in English), with a small JSON index of lengths so ``length_s`` of
cached lines costs microseconds.

A text key may carry its language (``"lang:es:Inhala"``, see ``core.plan.text_key``): the line
is said in that language's voice (espeak-ng "es", "de"), whatever voice the library was made
with for its own language; an engine that cannot speak the language (flite has English voices
only) hands the line to espeak-ng.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ClassVar, Protocol

import numpy as np
import soundfile as sf
import soxr
from numpy.typing import NDArray

from somatic_player.core.compiler import estimate_speech_s
from somatic_player.core.language_rules import base_language
from somatic_player.core.plan import SAMPLE_RATE, split_key, text_key

Audio = NDArray[np.float32]
Progress = Callable[[int, int], None]

DEFAULT_RATE_WPM = 145
TARGET_RMS_DBFS = -20.0
PEAK_CEILING_DBFS = -3.0
FADE_S = 0.010
TIMEOUT_S = 20.0
MAX_TEXT_CHARS = 5000
MAX_CLIP_S = 30 * 60
CLIP_PREFIX = "clip:"
CLIP_SUFFIXES = frozenset({".wav", ".flac", ".ogg"})
NO_SPEECH_MESSAGE = (
    "No speech engine found: guidance will be shown as captions only (install espeak-ng)"
)
_CACHE_FORMAT = "speech-v1"  # bump when conditioning changes so old cache entries are not reused
_INDEX_NAME = "speech-index.json"
_VOICE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_+.\-]{0,63}")  # never an option, path or URL
_ERROR_TYPES = (sf.SoundFileError, RuntimeError, OSError, ValueError, EOFError)


class SpeechError(Exception):
    """Speech could not be produced; the message is one line, fit to show a user."""


class ClipError(SpeechError):
    """A recorded clip is missing, outside the clip folder, or not valid audio."""


class SpeechEngine(Protocol):
    """An offline text-to-speech engine. ``synthesize`` returns mono float32 at 48 kHz."""

    name: str

    def available(self) -> bool: ...

    def voices(self) -> list[str]: ...

    def synthesize(self, text: str, voice: str, rate_wpm: int) -> Audio: ...


def _one_line(text: str, limit: int = 200) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _to_mono_48k(data: NDArray[Any], rate: int) -> Audio:
    """Mix (frames, channels) or (frames,) audio to mono and resample it to 48 kHz."""
    mono = np.asarray(data, dtype=np.float32)
    if mono.ndim == 2:
        mono = mono.mean(axis=1, dtype=np.float32)
    mono = np.ascontiguousarray(mono, dtype=np.float32)
    if rate != SAMPLE_RATE and mono.size:
        mono = np.asarray(soxr.resample(mono, rate, SAMPLE_RATE, quality="HQ"), dtype=np.float32)
    return mono


def speech_rms(x: NDArray[Any]) -> float:
    """Loudness of the speech itself: RMS of 20 ms frames, gated (like EBU R128) to skip pauses."""
    frame = SAMPLE_RATE // 50
    n = max(1, x.size // frame)
    padded = np.zeros(n * frame, dtype=np.float64)
    padded[: min(x.size, n * frame)] = x[: n * frame]
    energy = np.mean(padded.reshape(n, frame) ** 2, axis=1)
    loud = energy[energy > energy.max() * 1e-5]
    if loud.size == 0:
        return 0.0
    return float(np.sqrt(loud[loud >= loud.mean() * 0.1].mean()))  # relative gate at -10 dB


def condition(audio: NDArray[Any], *, trim: bool = True) -> Audio:
    """Trim silence lightly, level to the narration level, fade 10 ms each end, round to 16 bit.

    Rounding to 16 bit here means a line is bit-identical whether fresh or read from the cache.
    """
    x = np.nan_to_num(np.asarray(audio, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    peak = float(np.max(np.abs(x))) if x.size else 0.0
    if trim:
        if peak <= 1e-4:
            return np.zeros(0, dtype=np.float32)
        loud = np.flatnonzero(np.abs(x) > max(peak * 0.01, 1e-4))  # -40 dB below the peak
        start = max(0, int(loud[0]) - SAMPLE_RATE * 15 // 1000)
        x = x[start : int(loud[-1]) + SAMPLE_RATE * 40 // 1000]
    rms = speech_rms(x)
    gain = 1.0
    if rms > 0.0:
        peak = float(np.max(np.abs(x)))
        gain = min(10 ** (TARGET_RMS_DBFS / 20) / rms, 10 ** (PEAK_CEILING_DBFS / 20) / peak)
    x = x * np.float32(gain)
    n = min(round(FADE_S * SAMPLE_RATE), x.size // 2)
    if n:
        ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
        x[:n] *= ramp
        x[x.size - n :] *= ramp[::-1]
    return _dequantise(_quantise(x))


def _quantise(x: Audio) -> NDArray[np.int16]:
    return np.clip(np.round(x * 32768.0), -32768, 32767).astype(np.int16)


def _dequantise(q: NDArray[np.int16]) -> Audio:
    return (q.astype(np.float32) / np.float32(32768.0)).astype(np.float32)


class _CommandEngine:
    """Shared plumbing for engines that run a command which writes a WAV file."""

    name = "command"
    default_voice = ""
    _list_voices_args: tuple[str, ...] = ()

    def __init__(self, binary: str | None = None) -> None:
        self.binary = binary or self.name
        self._voices: list[str] | None = None

    def available(self) -> bool:
        return shutil.which(self.binary) is not None

    def version(self) -> str:
        """A cheap fingerprint of the installed binary (size and mtime), "" when missing."""
        path = shutil.which(self.binary)
        if path is None:
            return ""
        st = os.stat(os.path.realpath(path))
        return f"{st.st_size}:{st.st_mtime_ns}"

    def voices(self) -> list[str]:
        if self._voices is None:
            try:
                argv = [self.binary, *self._list_voices_args]
                proc = subprocess.run(argv, capture_output=True, timeout=TIMEOUT_S)
                out = proc.stdout.decode("utf-8", "replace") if proc.returncode == 0 else ""
                self._voices = self._parse_voices(out)
            except (OSError, subprocess.SubprocessError):
                self._voices = []
        return list(self._voices)

    def _parse_voices(self, out: str) -> list[str]:
        return out.split()

    def _error(self, problem: str) -> SpeechError:
        return SpeechError(_one_line(f"{self.name} {problem}"))

    def _run(self, argv: list[str], out_flag: str, text: str, voice: str) -> Audio:
        """Run ``binary *argv out_flag tmp.wav`` with ``text`` on stdin; 48 kHz mono audio."""
        if not _VOICE_RE.fullmatch(voice):
            raise self._error(f"cannot use the voice name {voice!r}")
        if len(text) > MAX_TEXT_CHARS:
            raise self._error(f"was given more than {MAX_TEXT_CHARS} characters to speak")
        with tempfile.TemporaryDirectory(prefix="somatic-tts-") as tmp:
            out = os.path.join(tmp, "speech.wav")
            cmd, stdin = [self.binary, *argv, out_flag, out], text.replace("\0", " ").encode()
            try:
                proc = subprocess.run(cmd, input=stdin, capture_output=True, timeout=TIMEOUT_S)
                if proc.returncode != 0:
                    detail = proc.stderr.decode("utf-8", "replace").strip() or "no message"
                    raise self._error(f"failed (exit {proc.returncode}): {detail}")
                data, rate = sf.read(out, dtype="float32", always_2d=True)
            except FileNotFoundError:
                raise self._error(f"is not installed ({self.binary} not found)") from None
            except subprocess.TimeoutExpired:
                raise self._error(f"took longer than {TIMEOUT_S:.0f} s and was stopped") from None
            except _ERROR_TYPES as exc:
                raise self._error(f"could not run or gave no audio: {exc}") from None
        return _to_mono_48k(data, int(rate))


class EspeakEngine(_CommandEngine):
    """espeak-ng: installed almost everywhere; clear though robotic. Voices like "en-us"."""

    name = "espeak-ng"
    default_voice = "en-us"
    _list_voices_args = ("--voices",)
    # The voice for each content language (espeak-ng's own, installed with it).
    LANGUAGE_VOICES: ClassVar[dict[str, str]] = {"en": "en-us", "es": "es", "de": "de"}

    def voice_for(self, language: str) -> str:
        """The voice that speaks ``language`` ("" when there is none)."""
        return self.LANGUAGE_VOICES.get(base_language(language), "")

    def __init__(self, binary: str | None = None, word_gap_ms: int = 10, pitch: int = 42) -> None:
        super().__init__(binary)
        self.word_gap_ms = word_gap_ms  # extra pause between words (espeak-ng -g, 10 ms units)
        self.pitch = pitch  # 0-99, espeak-ng's default 50; a little lower sounds calmer

    def _parse_voices(self, out: str) -> list[str]:
        return [cols[1] for cols in (ln.split() for ln in out.splitlines()[1:]) if len(cols) > 1]

    def synthesize(self, text: str, voice: str, rate_wpm: int) -> Audio:
        speed, gap = str(min(max(rate_wpm, 80), 450)), str(max(0, round(self.word_gap_ms / 10)))
        argv = ["--stdin", "-b", "1", "-v", voice, "-s", speed, "-g", gap, "-p", str(self.pitch)]
        return self._run(argv, "-w", text, voice)


class FliteEngine(_CommandEngine):
    """CMU flite: more natural voices than espeak-ng ("slt", "rms", "awb", "kal")."""

    name = "flite"
    default_voice = "slt"
    _list_voices_args = ("-lv",)
    NATIVE_WPM = 175  # measured: slt at duration_stretch 1.0

    def voice_for(self, language: str) -> str:
        """flite's voices speak English only ("" for any other language)."""
        return self.default_voice if base_language(language) == "en" else ""

    def _parse_voices(self, out: str) -> list[str]:
        return out.partition(":")[2].split()

    def synthesize(self, text: str, voice: str, rate_wpm: int) -> Audio:
        # flite silently falls back to another voice for an unknown name: check first.
        if _VOICE_RE.fullmatch(voice) and voice not in self.voices():
            raise self._error(f"has no voice {voice!r} (it has: {', '.join(self.voices())})")
        stretch = min(max(self.NATIVE_WPM / max(rate_wpm, 1), 0.5), 2.5)
        argv = ["-voice", voice, "--setf", f"duration_stretch={stretch:.3f}"]
        return self._run(argv, "-o", text, voice)


def best_engine(language: str = "en") -> SpeechEngine | None:
    """The best-sounding installed engine for ``language`` (flite before espeak-ng for
    English; espeak-ng for Spanish and German), or None when there is none."""
    for engine in (FliteEngine(), EspeakEngine()):
        if engine.voice_for(language) and engine.available():
            return engine
    return None


def default_voice(engine: SpeechEngine | None, language: str = "en") -> str:
    """The engine's voice for ``language`` ("en-us" for espeak-ng in English, "es" in Spanish,
    "slt" for flite), else ""."""
    if engine is None:
        return ""
    voice_for = getattr(engine, "voice_for", None)
    if callable(voice_for):
        return str(voice_for(language))
    return str(getattr(engine, "default_voice", ""))


def _engine_id(engine: SpeechEngine | None) -> list[str]:
    version = getattr(engine, "version", None)
    return [getattr(engine, "name", ""), version() if callable(version) else ""]


def no_speech_message(engine: SpeechEngine | None) -> str | None:
    """What to tell the user, once, when there is no engine; None when speech works."""
    return NO_SPEECH_MESSAGE if engine is None else None


class SpeechLibrary:
    """Audio for every speech key of a plan, synthesized once and cached on disk.

    Keys are plain text (synthesized), text in another language (``"lang:es:..."``) or
    ``"clip:NAME"`` (a recorded file in ``clip_dir``). ``voice`` is the voice for ``language``
    (default: the engine's voice for it); lines in other languages get their language's voice.
    With ``engine=None`` only clips have audio, and text lengths are word-count estimates.
    Returned arrays are shared and read-only. A worker may ``prepare`` while another thread
    asks ``length_s``.
    """

    def __init__(
        self,
        engine: SpeechEngine | None,
        voice: str = "",
        rate_wpm: int = DEFAULT_RATE_WPM,
        cache: Path | None = None,
        clip_dir: Path | None = None,
        language: str = "en",
    ) -> None:
        self.engine = engine
        self.language = base_language(language)
        self.rate_wpm = rate_wpm
        self.clip_dir = clip_dir
        self.cache = cache if cache is not None else _default_cache()
        self.cache.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._lock = threading.RLock()
        # language -> (engine, voice, engine id) that speaks it
        self._speakers: dict[str, tuple[SpeechEngine | None, str, list[str]]] = {}
        if voice:
            self._speakers[self.language] = (engine, voice, _engine_id(engine))
        self.voice = voice or self._speaker(self.language)[1]
        self._audio: dict[str, Audio] = {}
        self._digests: dict[str, str] = {}
        self._lengths = self._read_index()
        self._index_dirty = False

    @property
    def captions_only(self) -> bool:
        """True when there is no engine: text lines are shown as captions, not spoken."""
        return self.engine is None

    def speaker(self, language: str) -> tuple[SpeechEngine | None, str]:
        """(engine, voice) that say lines in ``language``: this library's own for its language;
        for another, the engine's voice for it, or espeak-ng when the engine has none."""
        return self._speaker(language)[:2]

    def _speaker(self, language: str) -> tuple[SpeechEngine | None, str, list[str]]:
        language = base_language(language)
        with self._lock:
            found = self._speakers.get(language)
            if found is None:
                engine: SpeechEngine | None = self.engine
                voice = default_voice(engine, language) if engine is not None else ""
                if engine is not None and callable(getattr(engine, "voice_for", None)):
                    if not voice:  # e.g. flite and Spanish: espeak-ng speaks it
                        fallback = EspeakEngine()
                        has = fallback.available() and fallback.voice_for(language)
                        engine = fallback if has else None
                        voice = fallback.voice_for(language) if has else ""
                elif engine is not None:
                    voice = self.voice  # an engine that does not say which languages it speaks
                found = (engine, voice, _engine_id(engine))
                self._speakers[language] = found
            return found

    def prepare(self, keys: Iterable[str], progress: Progress | None = None) -> dict[str, Audio]:
        """Audio for each key (text keys are left out when there is no engine).

        ``progress(done, total)`` is called after each key. Raises SpeechError or ClipError.
        """
        unique = list(dict.fromkeys(keys))
        out: dict[str, Audio] = {}
        try:
            for done, key in enumerate(unique, 1):
                audio = self.audio(key)
                if audio is not None:
                    out[key] = audio
                if progress is not None:
                    progress(done, len(unique))
        finally:
            self._flush_index()
        return out

    def audio(self, key: str) -> Audio | None:
        """Audio for one key; None for a text key when no engine speaks its language."""
        if key.startswith(CLIP_PREFIX):
            return self._clip(key)
        language, text = split_key(key)
        if self._speaker(language)[0] is None:
            return None
        return self._speech(" ".join(text.split()), language)

    def length_s(self, key: str) -> float:
        """Real length in seconds (synthesizing on a cache miss); an estimate with no engine."""
        if key.startswith(CLIP_PREFIX):
            return self._clip(key).size / SAMPLE_RATE
        language, raw = split_key(key)
        text = " ".join(raw.split())
        if not text or self._speaker(language)[0] is None:
            return estimate_speech_s(text)
        known = self._lengths.get(self._digest(text, language))
        if known is None:
            known = self._speech(text, language).size
            self._flush_index()
        return known / SAMPLE_RATE

    # -- synthesized speech ------------------------------------------------------------------

    def _digest(self, text: str, language: str = "en") -> str:
        language = base_language(language)
        memo = text_key(text, language)
        digest = self._digests.get(memo)
        if digest is None:
            _engine, voice, engine_id = self._speaker(language)
            ident: list[object] = [_CACHE_FORMAT, *engine_id, voice, self.rate_wpm, text]
            if language != "en":  # English keys stay as they were, so their cache still holds
                ident.append(language)
            digest = hashlib.sha256(json.dumps(ident).encode()).hexdigest()
            self._digests[memo] = digest
        return digest

    def _speech(self, text: str, language: str = "en") -> Audio:
        language = base_language(language)
        memo = text_key(text, language)
        with self._lock:
            audio = self._audio.get(memo)
            if audio is not None:
                return audio
            engine, voice, _ident = self._speaker(language)
            if not text or engine is None:
                audio = np.zeros(0, dtype=np.float32)
            else:
                digest = self._digest(text, language)
                audio = self._load(digest)
                if audio is None:
                    audio = condition(engine.synthesize(text, voice, self.rate_wpm))
                    self._store(digest, audio)
                if self._lengths.get(digest) != audio.size:
                    self._lengths[digest] = audio.size
                    self._index_dirty = True
            audio.flags.writeable = False
            self._audio[memo] = audio
            return audio

    def _load(self, digest: str) -> Audio | None:
        """The cached audio, or None; a corrupt or mismatched entry is deleted."""
        if self._lengths.get(digest) == 0:
            return np.zeros(0, dtype=np.float32)
        path = self.cache / f"{digest}.flac"
        if not path.exists():
            return None
        try:
            data, rate = sf.read(path, dtype="int16")
            expected = self._lengths.get(digest, len(data))
            if rate != SAMPLE_RATE or data.ndim != 1 or len(data) != expected or not len(data):
                raise ValueError("unexpected cache entry")
            return _dequantise(np.asarray(data, dtype=np.int16))
        except _ERROR_TYPES:
            path.unlink(missing_ok=True)
            return None

    def _store(self, digest: str, audio: Audio) -> None:
        q = _quantise(audio)
        if q.size:
            with contextlib.suppress(*_ERROR_TYPES):  # an unwritable cache only costs time later
                self._write(f"{digest}.flac", lambda f: sf.write(f, q, SAMPLE_RATE, format="FLAC"))

    def _write(self, name: str, write: Callable[[Any], object]) -> None:
        """Write a cache file atomically (temp file + os.replace), mode 0600."""
        fd, tmp = tempfile.mkstemp(dir=self.cache, prefix=".tmp-", suffix=Path(name).suffix)
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.cache / name)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _read_index(self) -> dict[str, int]:
        try:
            raw = json.loads((self.cache / _INDEX_NAME).read_text(encoding="utf-8"))
            lengths = raw["lengths"] if raw.get("format") == _CACHE_FORMAT else {}
            return {str(k): v for k, v in lengths.items() if type(v) is int and v >= 0}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}

    def _flush_index(self) -> None:
        with self._lock:
            if self._index_dirty:
                data = json.dumps({"format": _CACHE_FORMAT, "lengths": self._lengths}).encode()
                with contextlib.suppress(OSError):
                    self._write(_INDEX_NAME, lambda fh: fh.write(data))
                    self._index_dirty = False

    # -- recorded clips ----------------------------------------------------------------------

    def _clip(self, key: str) -> Audio:
        with self._lock:
            audio = self._audio.get(key)
            if audio is None:
                audio = condition(self._read_clip(key[len(CLIP_PREFIX) :]), trim=False)
                audio.flags.writeable = False
                self._audio[key] = audio
            return audio

    def _read_clip(self, name: str) -> Audio:
        if self.clip_dir is None:
            raise ClipError(f"recorded clip {name!r} asked for, but there is no clip folder")
        root = self.clip_dir.resolve()
        path = (root / name).resolve() if name and "\0" not in name else root
        if path == root or not path.is_relative_to(root):
            raise ClipError(f"clip {name!r} is not inside the clip folder and was refused")
        if path.suffix.lower() not in CLIP_SUFFIXES:
            raise ClipError(f"clip {name!r} must be a .wav, .flac or .ogg file")
        if not path.is_file():
            raise ClipError(f"clip {name!r} not found in {root}")
        try:
            info = sf.info(str(path))
            too_long = info.frames > MAX_CLIP_S * info.samplerate
            if not too_long:
                data, rate = sf.read(str(path), dtype="float32", always_2d=True)
        except _ERROR_TYPES as exc:
            raise ClipError(_one_line(f"clip {name!r} is not valid audio: {exc}")) from None
        if too_long:
            raise ClipError(f"clip {name!r} is longer than {MAX_CLIP_S // 60} minutes")
        return _to_mono_48k(data, int(rate))


def _default_cache() -> Path:
    from somatic_player.resources import cache_dir

    return cache_dir() / "speech"
