"""The growing timeline of one compile: events, breath phases and notes, placed in samples.

Step layouts (``compiler``, ``pmr_layout``) work in seconds from the start of their step; this
class turns those offsets into sample positions (``step_start + round(offset * rate)``, the step
start itself rounded from ideal cumulative time) so rounding never accumulates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from somatic_player.core.adapt import RuleSet
from somatic_player.core.choices import Resolved
from somatic_player.core.language_rules import base_language
from somatic_player.core.plan import BreathPhase, Event, EventKind, PaceChange, PlanStep, text_key
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine
from somatic_player.core.spoken_words import SpokenWords, words_for

SpeechLength = Callable[[str], float]


class CompileError(ValueError):
    """The routine cannot be laid out as asked (e.g. --minutes shorter than its fixed part)."""


@dataclass
class Timeline:
    """Shared state and placement helpers for one compile."""

    routine: Routine
    profile: Profile
    rules: RuleSet
    speech_length: SpeechLength
    rate: int
    flex_scale: float
    chosen: Resolved
    pace: tuple[PaceChange, ...] = ()
    freeze_ramp_at: int | None = None
    strict: bool = False
    t_ideal: float = 1.0
    events: list[Event] = field(default_factory=list)
    steps: list[PlanStep] = field(default_factory=list)
    phases: list[BreathPhase] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Flexible parts as laid out (whole breaths) and as declared, at this compile's scale.
    flex_ideal_s: float = 0.0
    flex_declared_s: float = 0.0
    # current step
    index: int = 0
    start: int = 0

    @property
    def language(self) -> str:
        """The language the routine is spoken in ("en" for one we do not ship)."""
        return base_language(self.routine.language)

    @property
    def words(self) -> SpokenWords:
        """The compiler's own words (phases, captions, sides...) in the routine's language."""
        return words_for(self.routine.language)

    def sample_at(self, offset_s: float) -> int:
        return self.start + round(offset_s * self.rate)

    def emit(
        self,
        offset_s: float,
        kind: EventKind,
        label: str,
        text: str = "",
        duration_s: float = 0.0,
        clip: str = "",
    ) -> None:
        self.events.append(
            Event(
                self.sample_at(offset_s),
                kind,
                self.index,
                label,
                text,
                round(duration_s * self.rate),
                clip,
                self.language,
            )
        )

    def speech_length_of(self, text: str) -> float:
        """How long ``text`` takes to say in the routine's language, in seconds."""
        return self.speech_length(text_key(text, self.language))

    def say(self, offset_s: float, label: str, text: str, clip: str = "") -> float:
        """Place a spoken line; returns its length in seconds."""
        length = self.speech_length(f"clip:{clip}" if clip else text_key(text, self.language))
        if text or clip:
            self.emit(offset_s, "speech", label, text, length, clip)
        return length

    def left_out(self, what: str) -> None:
        """A spoken line did not fit its window: a note, or CompileError when strict."""
        message = f"step {self.index}: {what}"
        if self.strict:
            raise CompileError(message)
        self.notes.append(message)

    def stretch(self, seconds: float, flexible: bool) -> float:
        """``seconds`` scaled for the chosen session length when the part is flexible."""
        if not flexible:
            return seconds
        length = seconds * self.flex_scale
        self.flex_ideal_s += length
        self.flex_declared_s += length
        return length
