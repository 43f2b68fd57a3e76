"""The steps a routine is made of: breathing, muscle relaxation, movement, body scan, words."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from somatic_player.core.language_rules import effort_problem, gentle_visit_ok, rules_for

# Movement steps live with the exercise library model (core.movement); re-exported here.
from somatic_player.core.movement import MovementStep as MovementStep
from somatic_player.core.movement import MovementVariants as MovementVariants
from somatic_player.core.routine_fields import (
    MAX_START_BPM,
    Anchor,
    Between,
    BodySide,
    Model,
    Parts,
    PmrMode,
    Ratio,
    Regions,
    ShortText,
    Tags,
    Text,
    check_ratio,
    context_language,
    parse_ratio,
    tension_verbs_in,
)


class BreathStep(Model):
    """Paced breathing, by seconds per phase or by rate and inhale:exhale ratio."""

    kind: Literal["breath"]
    title: ShortText = ""
    inhale_s: Annotated[float, Between(1, 20, "seconds")] | None = None
    exhale_s: Annotated[float, Between(1, 30, "seconds")] | None = None
    hold_in_s: Annotated[float, Between(0, 20, "seconds")] = 0.0
    hold_out_s: Annotated[float, Between(0, 20, "seconds")] = 0.0
    rate_bpm: Annotated[float, Between(2, 20, "breaths per minute")] | None = None
    ratio: Ratio | None = None
    duration_s: Annotated[float, Between(10, 4 * 3600, "seconds")] | None = None
    cycles: Annotated[int, Between(1, 2000, "breaths")] | None = None
    ramp_from_bpm: Annotated[float, Between(2, MAX_START_BPM, "breaths per minute")] | None = None
    ramp_bpm_per_min: Annotated[float, Between(0.1, 1.0, "breaths per minute per minute")] = 1.0
    flexible: bool = False
    top_up_s: Annotated[
        float,
        Between(0, 5, "seconds"),
        Field(description="A second, short in-breath on top of the first (cyclic sighing)."),
    ] = 0.0
    adjustable: Annotated[
        bool,
        Field(
            description="The person's chosen pace and ratio (from [options.pace]) replace "
            "rate_bpm and ratio."
        ),
    ] = False
    ramp_from_natural: Annotated[
        bool,
        Field(
            description="The ramp starts at the person's measured natural rate (at most 12); "
            "ramp_from_bpm is the start when none was measured."
        ),
    ] = False
    tags: Tags = ()

    @model_validator(mode="after")
    def _one_pattern_one_length(self) -> BreathStep:
        by_seconds = self.inhale_s is not None or self.exhale_s is not None
        by_rate = self.rate_bpm is not None
        if by_seconds == by_rate:
            raise PydanticCustomError(
                "pattern",
                "needs either inhale_s and exhale_s, or rate_bpm (and an optional ratio), not both",
            )
        if by_seconds and (self.inhale_s is None or self.exhale_s is None):
            raise PydanticCustomError("pattern", "needs both inhale_s and exhale_s")
        if self.ratio is not None and not by_rate:
            raise PydanticCustomError("pattern", "ratio only goes with rate_bpm")
        if self.ratio is not None:
            check_ratio(self.ratio)
        if self.top_up_s > 0 and (self.inhale_s is None or self.top_up_s >= self.inhale_s):
            raise PydanticCustomError(
                "pattern", "top_up_s needs inhale_s and must be shorter than the first inhale"
            )
        if (self.adjustable or self.ramp_from_bpm is not None) and not by_rate:
            raise PydanticCustomError("pattern", "adjustable and ramps need rate_bpm")
        if self.ramp_from_natural and self.ramp_from_bpm is None:
            raise PydanticCustomError(
                "pattern",
                "ramp_from_natural needs ramp_from_bpm (the start when none was measured)",
            )
        if (self.duration_s is None) == (self.cycles is None):
            raise PydanticCustomError("length", "needs either duration_s or cycles, not both")
        if self.flexible and self.duration_s is None:
            raise PydanticCustomError("length", "a flexible breath step needs duration_s")
        return self

    @property
    def has_holds(self) -> bool:
        return self.hold_in_s > 0 or self.hold_out_s > 0

    @property
    def base_bpm(self) -> float:
        """The pattern's own rate in breaths per minute."""
        if self.rate_bpm is not None:
            return self.rate_bpm
        assert self.inhale_s is not None and self.exhale_s is not None
        whole = self.inhale_s + self.top_up_s + self.exhale_s + self.hold_in_s + self.hold_out_s
        return 60.0 / whole

    @property
    def top_up_fraction(self) -> float:
        """Where in the inhale phase the top-up breath begins (0 when there is none)."""
        if self.top_up_s <= 0 or self.inhale_s is None:
            return 0.0
        return self.inhale_s / (self.inhale_s + self.top_up_s)

    def rate_at(
        self, offset_s: float, start_bpm: float | None = None, target_bpm: float | None = None
    ) -> float | None:
        """The ramped rate ``offset_s`` into the step; None when the pattern does not ramp.

        ``start_bpm``/``target_bpm`` replace ``ramp_from_bpm``/``rate_bpm`` (a measured natural
        rate, a chosen pace); the rate moves at most ``ramp_bpm_per_min`` each minute.
        """
        start = start_bpm if start_bpm is not None else self.ramp_from_bpm
        target = target_bpm if target_bpm is not None else self.rate_bpm
        if self.ramp_from_bpm is None or start is None or target is None:
            return None
        moved = self.ramp_bpm_per_min * offset_s / 60.0
        if start > target:
            return max(target, start - moved)
        return min(target, start + moved)

    def phase_seconds(
        self, rate_bpm: float | None = None, ratio: str | None = None
    ) -> tuple[float, float, float, float]:
        """(inhale, hold_in, exhale, hold_out) seconds; at ``rate_bpm`` when given (ramps, live
        pace changes), keeping the holds and the inhale:exhale proportion (or ``ratio``). The
        inhale includes any top-up breath."""
        if rate_bpm is None and self.rate_bpm is None and ratio is None:
            assert self.inhale_s is not None and self.exhale_s is not None
            return (self.inhale_s + self.top_up_s, self.hold_in_s, self.exhale_s, self.hold_out_s)
        bpm = rate_bpm if rate_bpm is not None else self.base_bpm
        if ratio is not None:
            i, e = parse_ratio(ratio)
        elif self.inhale_s is not None and self.exhale_s is not None:
            i, e = self.inhale_s + self.top_up_s, self.exhale_s
        else:
            i, e = (1.0, 1.5) if self.ratio is None else parse_ratio(self.ratio)
        breathing = 60.0 / bpm - self.hold_in_s - self.hold_out_s
        if breathing < 2.0:
            breathing = 2.0
        inhale = breathing * i / (i + e)
        return (inhale, self.hold_in_s, breathing - inhale, self.hold_out_s)


class PmrText(Model):
    """The words for one muscle group, per mode. ``{side}``/``{other_side}`` become right/left."""

    focus: Text
    tense: Text = ""
    hold: tuple[Text, ...] = ()
    release: Text = ""
    notice: tuple[Text, ...] = ()
    release_only: Text
    recall: Text = ""
    cue_controlled: Text = ""
    rapid: Text = ""
    # Said instead of the focus line the second time round in learning mode.
    again: Text = "Once more, the same area."

    @model_validator(mode="after")
    def _release_only_words_are_gentle(self, info: ValidationInfo) -> PmrText:
        # Every line except the tension instruction and its attention cues may be spoken to a
        # group that must not be tensed today, so none of them may ask for tension.
        problem = self.tension_word_problem(context_language(info))
        if problem is not None:
            field, index, words = problem
            ctx: dict[str, object] = {"field": field, "words": words}
            if index is not None:
                ctx["index"] = index
            raise PydanticCustomError(
                "tension_word", "is spoken in release-only mode but asks for tension ({words})", ctx
            )
        return self

    def tension_word_problem(self, language: str | None) -> tuple[str, int | None, str] | None:
        """(field, index in a list, the words) of the first line spoken to a group that may not
        be tensed but asking for tension, in ``language`` (None: in any shipped language)."""
        for name in ("focus", "release_only", "recall", "cue_controlled", "rapid", "again"):
            found = tension_verbs_in(getattr(self, name), language)
            if found:
                return name, None, ", ".join(found)
        for i, line in enumerate(self.notice):
            found = tension_verbs_in(line, language)
            if found:
                return "notice", i, ", ".join(found)
        return None

    def missing_for(self, mode: PmrMode) -> str:
        """The text field(s) this mode needs but that are empty ("" when all are there)."""
        needed = {
            "tension-release": ("tense", "release"),
            "release-only": ("release_only",),
            "recall": ("recall",),
            "cue-controlled": ("cue_controlled",),
            "rapid": ("rapid",),
        }[mode]
        return " and ".join(f"text.{name}" for name in needed if not getattr(self, name))

    def release_line(self, mode: PmrMode) -> str:
        """What is said at the start of the letting-go window in ``mode``."""
        return {
            "tension-release": self.release,
            "release-only": self.release_only,
            "recall": self.recall,
            "cue-controlled": self.cue_controlled,
            "rapid": self.rapid,
        }[mode]


class PmrStep(Model):
    """One progressive-muscle-relaxation group."""

    kind: Literal["pmr"]
    group: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
    title: ShortText
    side: BodySide = "both"
    parts: Parts = ()
    regions: Regions = ()
    mode: PmrMode = "tension-release"
    tension_s: Annotated[float, Between(3, 10, "seconds")] = 6.0
    release_s: Annotated[float, Between(10, 60, "seconds")] = 35.0
    rapid_s: Annotated[float, Between(3, 30, "seconds")] = 8.0
    gap_s: Annotated[float, Between(0, 20, "seconds")] = 4.0
    tags: Tags = ()
    text: PmrText

    @model_validator(mode="after")
    def _has_words_for_mode(self, info: ValidationInfo) -> PmrStep:
        if not self.parts and not self.regions:
            raise PydanticCustomError("regions", "needs parts or regions (what the group covers)")
        problem = effort_problem(self.text.tense, context_language(info))
        if problem:
            raise PydanticCustomError("text", "{why}", {"why": problem})
        missing = self.text.missing_for(self.mode)
        if missing:
            raise PydanticCustomError(
                "text", "{mode} mode needs {missing}", {"mode": self.mode, "missing": missing}
            )
        return self


class NarrationStep(Model):
    """A spoken line (synthesized, or a recorded clip beside the routine file)."""

    kind: Literal["narration"]
    text: Text
    clip: Annotated[str, Field(max_length=200, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")] | None = (
        None
    )
    pause_after_s: Annotated[float, Between(0, 60, "seconds")] = 1.5
    # Said instead of ``text`` when the person chose to keep their eyes open.
    eyes_open: Text = ""
    # Said only when the muscle relaxation runs in one of these modes (empty: always).
    pmr_modes: Annotated[tuple[PmrMode, ...], Field(max_length=5)] = ()

    @model_validator(mode="after")
    def _gentle_when_no_tensing(self, info: ValidationInfo) -> NarrationStep:
        problem = self.tension_word_problem(context_language(info))
        if problem is not None:
            name, words = problem
            raise PydanticCustomError(
                "tension_word",
                "is spoken only in modes without tensing but asks for tension ({words})",
                {"field": name, "words": words},
            )
        return self

    def tension_word_problem(self, language: str | None) -> tuple[str, str] | None:
        """(field, the words) when a line said only in modes without tensing asks for tension,
        in ``language`` (None: in any shipped language)."""
        if self.pmr_modes and "tension-release" not in self.pmr_modes:
            for name in ("text", "eyes_open"):
                found = tension_verbs_in(getattr(self, name), language)
                if found:
                    return name, ", ".join(found)
        return None


class AnchorStep(Model):
    """Where attention rests and returns to; the person picks the anchor (breath, feet, hands
    or sounds) and hears that line."""

    kind: Literal["anchor"]
    title: ShortText = ""
    breath: Text
    feet: Text
    hands: Text
    sounds: Text
    pause_after_s: Annotated[float, Between(0, 600, "seconds")] = 5.0
    flexible: bool = False

    def text_for(self, anchor: Anchor) -> str:
        value: str = getattr(self, anchor)
        return value


class ScanStep(Model):
    """One body-scan area: guidance, then quiet time with it. An area rated above 0 in the
    latest check-in hears ``gentle`` instead, or is passed over, as the person chose."""

    kind: Literal["scan"]
    title: ShortText
    side: BodySide = "both"
    parts: Parts = ()
    regions: Regions = ()
    text: Text
    gentle: Text
    dwell_s: Annotated[float, Between(3, 1800, "seconds")] = 20.0
    flexible: bool = False

    @model_validator(mode="after")
    def _covers_and_invites_gently(self, info: ValidationInfo) -> ScanStep:
        if not self.parts and not self.regions:
            raise PydanticCustomError("regions", "needs parts or regions (what the area covers)")
        language = context_language(info)
        if not gentle_visit_ok(self.gentle, language):
            raise PydanticCustomError(
                "text",
                "gentle must invite the person to notice, '{words}'",
                {"field": "gentle", "words": rules_for(language).gentle_visit_words},
            )
        return self


class SilenceStep(Model):
    """Quiet time, optionally with a caption; flexible silences stretch with --minutes."""

    kind: Literal["silence"]
    duration_s: Annotated[float, Between(1, 4 * 3600, "seconds")]
    caption: Text = ""
    flexible: bool = False
    # Kept only when the muscle relaxation runs in one of these modes (empty: always).
    pmr_modes: Annotated[tuple[PmrMode, ...], Field(max_length=5)] = ()


class CheckInStep(Model):
    """A before/after rating point; the player pauses here for the check-in."""

    kind: Literal["check-in"]
    moment: Literal["before", "after", "during"]


class JournalStep(Model):
    """An open, non-interpretive journal prompt."""

    kind: Literal["journal"]
    prompt: Text


Step = Annotated[
    BreathStep
    | PmrStep
    | MovementStep
    | NarrationStep
    | SilenceStep
    | CheckInStep
    | JournalStep
    | AnchorStep
    | ScanStep,
    Field(discriminator="kind"),
]
STEP_KINDS = (
    "breath",
    "pmr",
    "movement",
    "narration",
    "silence",
    "check-in",
    "journal",
    "anchor",
    "scan",
)
