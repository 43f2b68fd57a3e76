"""What a session looks like at any sample: caption, step, times. Pure lookups over a Plan.

The player asks these questions many times a second with the audio clock's position, so every
answer is a bisect over arrays built once per plan.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from somatic_player.core.plan import Event, Plan, PlanStep

CAPTION_KINDS = ("cue", "speech", "caption")
# A count or a step chime is a short event; its caption gives way to speech that follows it.
_SHORT_LABELS = ("count",)


@dataclass(frozen=True, slots=True)
class Moment:
    """Everything the player shows for one position."""

    sample: int
    caption: str
    caption_kind: str
    step: PlanStep | None
    elapsed_s: float
    remaining_s: float


class SessionCursor:
    """Answers "what is happening at sample N" for one plan."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._captions: list[Event] = [
            e for e in plan.events if e.kind in CAPTION_KINDS and e.text and e.label != "step"
        ]
        self._caption_starts = [e.sample for e in self._captions]
        self._steps = [s for s in plan.steps if not s.skipped and s.end > s.start]
        self._step_starts = [s.start for s in self._steps]
        self._markers = [e for e in plan.events if e.kind in ("check-in", "journal")]

    def caption_at(self, sample: int) -> Event | None:
        """The latest captioned event at or before ``sample`` (None before the first)."""
        i = bisect_right(self._caption_starts, sample) - 1
        return self._captions[i] if i >= 0 else None

    def step_at(self, sample: int) -> PlanStep | None:
        i = bisect_right(self._step_starts, sample) - 1
        if i < 0:
            return None
        step = self._steps[i]
        return step if sample < step.end else None

    def moment(self, sample: int) -> Moment:
        rate = self.plan.sample_rate
        sample = max(0, min(sample, self.plan.total_samples))
        event = self.caption_at(sample)
        return Moment(
            sample=sample,
            caption=event.text if event else "",
            caption_kind=event.kind if event else "",
            step=self.step_at(sample),
            elapsed_s=sample / rate,
            remaining_s=(self.plan.total_samples - sample) / rate,
        )

    @property
    def playable_steps(self) -> list[PlanStep]:
        """Steps that take time (skip/back moves between these)."""
        return list(self._steps)

    def next_step_start(self, sample: int) -> int | None:
        """Where the step after the one at ``sample`` begins (None at the last step)."""
        i = bisect_right(self._step_starts, sample)
        return self._step_starts[i] if i < len(self._steps) else None

    def previous_step_start(self, sample: int, grace_s: float = 3.0) -> int:
        """The start of this step, or of the one before if we are within ``grace_s`` of it
        (the way a music player's back button behaves)."""
        i = bisect_right(self._step_starts, sample) - 1
        if i < 0:
            return 0
        if sample - self._step_starts[i] < grace_s * self.plan.sample_rate and i > 0:
            return self._step_starts[i - 1]
        return self._step_starts[i]
