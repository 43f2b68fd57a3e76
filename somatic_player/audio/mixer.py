"""The block mixer: renders a Plan (cues, narration clips, breath-guide tone) sample-exactly.

``Mixer.render_into`` runs inside the PortAudio callback, so after construction it allocates no
numpy buffers, logs nothing and does no I/O: every scratch array is sized ``max_block`` up front,
numpy writes through ``out=``, and the sounds that overlap a block are found by bisecting a
precomputed onset list (looking back by the longest clip of the layer). Each sound is added at
its exact onset sample and every value depends only on absolute sample positions, so rendering
in blocks of any size gives bit-identical audio to rendering in one go. The same mixer renders
offline to files (:mod:`somatic_player.audio.render`), which makes it the timing oracle.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from somatic_player.audio.synth import Audio, BreathGuide, cue_bank, cue_for_label
from somatic_player.core.plan import Plan, speech_key, text_key
from somatic_player.core.spoken_words import ENGLISH, words_for

CueStyle = Literal["tones", "spoken", "bell", "silent"]
# Words for the breath cues in the "spoken" style; keys are cue label prefixes.
# The cue words of the "spoken" style, in English (every language's: ``spoken_cue_keys``).
SPOKEN_CUES: dict[str, str] = dict(ENGLISH.spoken_cues)


def spoken_cue_keys(language: str = "en") -> dict[str, str]:
    """The speech keys of the "spoken" style's cue words in ``language``, by cue (English:
    ``SPOKEN_CUES``; Spanish: "Inhala", "Exhala", "Sostén" said in the Spanish voice)."""
    words = words_for(language)
    return {cue: text_key(word, words.code) for cue, word in words.spoken_cues.items()}


Layer = Literal["cues", "voice", "ambient"]

# Gain used for a layer chosen with ``only`` whose level is 0 (so ``--only ambient`` is audible).
SOLO_DEFAULTS: dict[str, float] = {"cues": 0.8, "voice": 1.0, "ambient": 0.25}
# Soft-limit knee (-1 dBFS): below it the limiter is an exact identity.
LIMIT_KNEE = 0.891


@dataclass(frozen=True, slots=True)
class Levels:
    """Layer gains, 0..1. ``ambient`` is the breath-guide tone; 0 turns it off."""

    cues: float = 0.8
    voice: float = 1.0
    ambient: float = 0.0

    def __post_init__(self) -> None:
        for name in ("cues", "voice", "ambient"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} level must be between 0 and 1, got {value}")


class _Voices:
    """One layer's sounds: onsets (sorted), clips, peaks and the longest clip length."""

    __slots__ = ("clips", "max_len", "onsets", "peaks")

    def __init__(self, placed: list[tuple[int, Audio]]) -> None:
        placed.sort(key=lambda p: p[0])
        self.onsets = [at for at, _ in placed]
        self.clips = [clip for _, clip in placed]
        self.peaks = [float(np.max(np.abs(clip))) for clip in self.clips]
        self.max_len = max((clip.shape[0] for clip in self.clips), default=0)


def _as_mono(clip: NDArray[np.floating] | NDArray[np.integer]) -> Audio:
    arr = np.asarray(clip)
    if arr.ndim == 2:
        arr = arr.mean(axis=1)
    if arr.ndim != 1:
        raise ValueError(f"speech clips must be 1-D (or frames x channels), got shape {arr.shape}")
    return np.ascontiguousarray(arr, dtype=np.float32)


class Mixer:
    """Renders one plan block by block from a movable position.

    ``only`` keeps a single layer (the others are silent); a soloed layer whose level is 0
    plays at its :data:`SOLO_DEFAULTS` gain. Speech events play ``speech_clips[speech_key(e)]``
    (at the plan's rate); a missing clip is silence, its caption still exists in the plan.
    """

    def __init__(
        self,
        plan: Plan,
        speech_clips: Mapping[str, NDArray[np.float32]],
        *,
        levels: Levels | None = None,
        cue_style: CueStyle = "tones",
        only: Layer | None = None,
        max_block: int = 65536,
    ) -> None:
        if max_block < 1:
            raise ValueError(f"max_block must be at least 1, got {max_block}")
        if only not in (None, "cues", "voice", "ambient"):
            raise ValueError(f"only must be cues, voice or ambient, got {only!r}")
        if cue_style not in ("tones", "spoken", "bell", "silent"):
            raise ValueError(f"cue_style must be tones, spoken, bell or silent, got {cue_style!r}")
        self.plan = plan
        self.rate = plan.sample_rate
        self.total_samples = plan.total_samples
        self.max_block = max_block
        self.cue_style: CueStyle = cue_style
        self.only: Layer | None = only
        self._clips = speech_clips
        self._layers = self._build_layers(plan)
        self._mix = np.zeros(max_block, dtype=np.float32)
        self._scratch = np.zeros(max_block, dtype=np.float32)
        self._abs = np.zeros(max_block, dtype=np.float32)
        self._position = 0
        self._gains = (0.0, 0.0, 0.0)
        self._levels = Levels()
        self.levels = levels if levels is not None else Levels()

    # -- set-up (allocates; never called from the audio callback) -------------------------------

    def _build_layers(self, plan: Plan) -> tuple[_Voices, _Voices, BreathGuide, int]:
        return (
            _Voices(self._place_cues(plan, self.cue_style)),
            _Voices(self._place_speech(plan, self._clips)),
            BreathGuide(plan.phases, self.rate, self.max_block),
            plan.total_samples,
        )

    def replace_plan(
        self, plan: Plan, speech_clips: Mapping[str, NDArray[np.float32]] | None = None
    ) -> None:
        """Swap in a recompiled plan (a live pace change) without a gap or a click.

        Everything is built here, on the caller's thread; the audio thread then sees the new
        layers from its next block on (one attribute assignment). A recompiled plan is identical
        before the change, so sounds under way carry on unbroken.
        """
        if plan.sample_rate != self.rate:
            raise ValueError("a replacement plan must have the same sample rate")
        if speech_clips is not None:
            self._clips = speech_clips
        layers = self._build_layers(plan)
        self.plan = plan
        self.total_samples = plan.total_samples
        self._layers = layers

    def _place_cues(self, plan: Plan, style: CueStyle) -> list[tuple[int, Audio]]:
        if style == "silent":
            return []
        bank = cue_bank(self.rate, "bell" if style == "bell" else "tones")
        if style == "spoken":  # "In" / "Out" / "Hold" in the guide's voice, tones for the rest
            for prefix, word in spoken_cue_keys(plan.language).items():
                clip = self._clips.get(word)
                if clip is not None:
                    bank[prefix] = _as_mono(clip)
        placed: list[tuple[int, Audio]] = []
        for event in plan.events:
            if event.kind == "cue":
                sound = cue_for_label(event.label, bank)
                if sound is not None:
                    placed.append((event.sample, sound))
        return placed

    def _place_speech(
        self, plan: Plan, clips: Mapping[str, NDArray[np.float32]]
    ) -> list[tuple[int, Audio]]:
        converted: dict[str, Audio] = {}
        placed: list[tuple[int, Audio]] = []
        for event in plan.events:
            if event.kind != "speech":
                continue
            key = speech_key(event)
            if key not in converted:
                raw = clips.get(key)
                if raw is None:
                    continue
                converted[key] = _as_mono(raw)
            clip = converted[key]
            if clip.shape[0]:
                placed.append((event.sample, clip))
        return placed

    # -- state ----------------------------------------------------------------------------------

    @property
    def levels(self) -> Levels:
        return self._levels

    @levels.setter
    def levels(self, levels: Levels) -> None:
        """Swap the gains; one tuple assignment, so the audio thread sees old or new, not a mix."""
        gains = {"cues": levels.cues, "voice": levels.voice, "ambient": levels.ambient}
        if self.only is not None:
            solo = gains[self.only] or SOLO_DEFAULTS[self.only]
            gains = {name: (solo if name == self.only else 0.0) for name in gains}
        self._levels = levels
        self._gains = (gains["cues"], gains["voice"], gains["ambient"])

    @property
    def position(self) -> int:
        """The next sample to render (the session clock, in samples)."""
        return self._position

    @property
    def finished(self) -> bool:
        return self._position >= self.total_samples

    def seek(self, sample: int) -> None:
        """Move the render position; the next block starts exactly at ``sample``."""
        self._position = max(0, int(sample))

    # -- rendering (audio thread) ---------------------------------------------------------------

    def render_into(self, out: NDArray[np.float32]) -> int:
        """Fill ``out`` ((n,) or (n, channels)) with the next n frames and advance the position.

        Frames past the plan's end are silence. Returns how many of the n frames lay inside the
        plan (n while playing, fewer on the last block, 0 afterwards).
        """
        n = out.shape[0]
        inside = 0
        done = 0
        while done < n:
            m = min(n - done, self.max_block)
            start = self._position
            inside += self._render_block(start, m)
            if out.ndim == 1:
                np.copyto(out[done : done + m], self._mix[:m])
            else:
                np.copyto(out[done : done + m], self._mix[:m, np.newaxis])
            self._position = start + m
            done += m
        return inside

    def _render_block(self, start: int, n: int) -> int:
        mix = self._mix[:n]
        mix.fill(0.0)
        cues, voice, guide, total = self._layers  # one read: a plan swap is seen whole
        live = min(n, total - start)
        if live <= 0:
            return 0
        cues_gain, voice_gain, ambient_gain = self._gains
        live_mix = mix[:live]
        bound = 0.0
        if ambient_gain > 0.0 and guide.add_into(live_mix, start, ambient_gain):
            bound += guide.peak * ambient_gain
        bound += self._add_layer(cues, live_mix, start, cues_gain)
        bound += self._add_layer(voice, live_mix, start, voice_gain)
        # The bound is a sum of peaks, so most blocks skip the limiter; when it runs it changes
        # only samples above the knee, so whether it ran never shows in the output.
        if bound * 1.001 > LIMIT_KNEE:
            self._soft_limit(live_mix)
        return live

    def _add_layer(self, voices: _Voices, mix: Audio, start: int, gain: float) -> float:
        if gain <= 0.0 or not voices.onsets:
            return 0.0
        end = start + mix.shape[0]
        onsets = voices.onsets
        hi = bisect_left(onsets, end)
        i = bisect_left(onsets, start - voices.max_len + 1)
        bound = 0.0
        while i < hi:
            onset = onsets[i]
            clip = voices.clips[i]
            a = onset if onset > start else start
            b = min(end, onset + clip.shape[0])
            if a < b:
                seg = self._scratch[: b - a]
                np.multiply(clip[a - onset : b - onset], gain, out=seg)
                dst = mix[a - start : b - start]
                np.add(dst, seg, out=dst)
                bound += voices.peaks[i] * gain
            i += 1
        return bound

    def _soft_limit(self, mix: Audio) -> None:
        """y = sign(x) * (min(|x|, k) + (1 - k) * tanh(max(|x| - k, 0) / (1 - k))): |y| < 1."""
        n = mix.shape[0]
        mag = self._abs[:n]
        np.abs(mix, out=mag)
        if float(mag.max()) <= LIMIT_KNEE:
            return
        over = self._scratch[:n]
        room = 1.0 - LIMIT_KNEE
        np.subtract(mag, LIMIT_KNEE, out=over)
        np.maximum(over, 0.0, out=over)
        np.divide(over, room, out=over)
        np.tanh(over, out=over)
        np.multiply(over, room, out=over)
        np.minimum(mag, LIMIT_KNEE, out=mag)
        np.add(mag, over, out=mag)
        np.copysign(mag, mix, out=mix)
        np.minimum(mix, 1.0, out=mix)  # guards float32 rounding at the very top
        np.maximum(mix, -1.0, out=mix)
