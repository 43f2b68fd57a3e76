"""The compiled, immutable Plan: every boundary, phase and cue as an integer sample position.

Positions come from ideal cumulative time (``round(t_ideal * rate)``), so nothing drifts however
long the session. ``pacer_state`` answers, for any sample, what the breathing pacer should show.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal

SAMPLE_RATE = 48_000

EventKind = Literal["step", "cue", "speech", "caption", "check-in", "journal", "end"]
Phase = Literal["inhale", "hold-in", "exhale", "hold-out", "none"]


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happens at one sample. Cues and speech carry their caption in ``text``."""

    sample: int
    kind: EventKind
    step: int
    label: str
    text: str = ""
    duration_samples: int = 0
    clip: str = ""
    # The language ``text`` is in (the routine's): it is spoken in that language's voice.
    language: str = "en"

    def to_json(self, rate: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "t": round(self.sample / rate, 6),
            "sample": self.sample,
            "kind": self.kind,
            "step": self.step,
            "label": self.label,
            "text": self.text,
        }
        if self.duration_samples:
            out["duration_s"] = round(self.duration_samples / rate, 6)
        return out


@dataclass(frozen=True, slots=True)
class BreathPhase:
    start: int
    end: int
    phase: Phase
    bpm: float = 0.0


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One step as compiled: where it lies and how it was adapted."""

    index: int
    kind: str
    title: str
    start: int
    end: int
    mode: str | None = None
    position: str | None = None
    regions: tuple[int, ...] = ()
    adapted_by: tuple[str, ...] = ()
    skipped: bool = False
    # Movement steps: the exercise (its pictures) and the repetitions per side as compiled.
    exercise: str | None = None
    reps: int = 0

    def to_json(self, rate: int) -> dict[str, Any]:
        out: dict[str, Any] = {
            "index": self.index,
            "kind": self.kind,
            "title": self.title,
            "start_s": round(self.start / rate, 6),
            "end_s": round(self.end / rate, 6),
            "regions": list(self.regions),
        }
        if self.mode is not None:
            out["mode"] = self.mode
        if self.position is not None:
            out["position"] = self.position
        if self.adapted_by:
            out["adapted_by"] = list(self.adapted_by)
        if self.skipped:
            out["skipped"] = True
        if self.exercise is not None:
            out["exercise"] = self.exercise
            out["reps"] = self.reps
        return out


@dataclass(frozen=True, slots=True)
class CountMark:
    """One count of a movement repetition: where it lies and which picture frame it shows.

    ``count`` is 1-based within the repetition (of ``counts``), ``rep`` 1-based (of ``reps``);
    ``side`` is "right", "left" or "" (both sides at once).
    """

    start: int
    end: int
    step: int
    rep: int
    reps: int
    count: int
    counts: int
    frame: int
    side: str = ""


@dataclass(frozen=True, slots=True)
class PaceChange:
    """A live change of breathing pace: breaths starting at or after ``from_sample`` go
    ``delta_bpm`` breaths per minute faster (negative: slower)."""

    from_sample: int
    delta_bpm: float


@dataclass(frozen=True, slots=True)
class PacerState:
    phase: Phase
    progress: float
    lung: float
    seconds_left: float
    bpm: float = 0.0


@dataclass(frozen=True)
class Plan:
    """A routine compiled for one person. Immutable; a tempo change compiles a new plan."""

    routine_id: str
    title: str
    sample_rate: int
    total_samples: int
    events: tuple[Event, ...]
    steps: tuple[PlanStep, ...]
    phases: tuple[BreathPhase, ...]
    notes: tuple[str, ...] = ()
    flex_scale: float = 1.0
    pace: tuple[PaceChange, ...] = ()
    counts: tuple[CountMark, ...] = ()
    # The routine's language: what its words (and the compiler's) are spoken and shown in.
    language: str = "en"
    _phase_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _count_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_phase_starts", tuple(p.start for p in self.phases))
        object.__setattr__(self, "_count_starts", tuple(c.start for c in self.counts))

    @property
    def duration_s(self) -> float:
        return self.total_samples / self.sample_rate

    def cues(self, label_prefix: str = "") -> list[Event]:
        return [e for e in self.events if e.kind == "cue" and e.label.startswith(label_prefix)]

    def step_at(self, sample: int) -> PlanStep | None:
        for step in self.steps:
            if step.start <= sample < step.end and not step.skipped:
                return step
        return None

    def pacer_state(self, sample: int) -> PacerState:
        """Phase, progress through it (0..1) and lung level (0 empty .. 1 full) at ``sample``."""
        i = bisect_right(self._phase_starts, sample) - 1
        if i < 0 or sample >= self.phases[i].end:
            return PacerState("none", 0.0, 0.0, 0.0)
        ph = self.phases[i]
        length = ph.end - ph.start
        progress = (sample - ph.start) / length if length > 0 else 1.0
        left = (ph.end - sample) / self.sample_rate
        return PacerState(ph.phase, progress, lung_level(ph.phase, progress), left, ph.bpm)

    def count_at(self, sample: int) -> CountMark | None:
        """The movement count under way at ``sample`` (None outside counted repetitions)."""
        i = bisect_right(self._count_starts, sample) - 1
        if i < 0 or sample >= self.counts[i].end:
            return None
        return self.counts[i]

    def to_json(self) -> dict[str, Any]:
        rate = self.sample_rate
        out: dict[str, Any] = {
            "routine": self.routine_id,
            "title": self.title,
            "sample_rate": rate,
            "duration_s": round(self.duration_s, 6),
            "events": [e.to_json(rate) for e in self.events],
            "steps": [s.to_json(rate) for s in self.steps],
            "notes": list(self.notes),
        }
        if self.language != "en":
            out["language"] = self.language
        return out


def lung_level(phase: Phase, progress: float) -> float:
    """Eased lung level: a half-cosine so the shape starts and ends each phase gently."""
    eased = 0.5 - 0.5 * math.cos(math.pi * min(max(progress, 0.0), 1.0))
    if phase == "inhale":
        return eased
    if phase == "exhale":
        return 1.0 - eased
    if phase == "hold-in":
        return 1.0
    return 0.0


LANGUAGE_PREFIX = "lang:"


def text_key(text: str, language: str = "en") -> str:
    """The speech key of ``text`` said in ``language``: the text itself in English (as it has
    always been), ``"lang:es:Inhala"`` in another language, so the speech library says it in
    that language's voice and caches it apart from the same letters said in English."""
    if language == "en" or not language:
        return text
    return f"{LANGUAGE_PREFIX}{language}:{text}"


def split_key(key: str) -> tuple[str, str]:
    """``(language, text)`` of a text speech key (see :func:`text_key`)."""
    if key.startswith(LANGUAGE_PREFIX):
        language, sep, text = key[len(LANGUAGE_PREFIX) :].partition(":")
        if sep and language:
            return language, text
    return "en", key


def speech_key(event: Event) -> str:
    """The key under which a spoken event's audio is found: its recorded clip, else its text
    (tagged with its language when that is not English, see :func:`text_key`)."""
    return f"clip:{event.clip}" if event.clip else text_key(event.text, event.language)
