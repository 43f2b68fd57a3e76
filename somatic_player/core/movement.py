"""Gentle movement: exercises with position variants, counted beats, pictures and stop rules.

An exercise is written once, in the shared library (``scripts/movement/<id>.toml``, an
:class:`Exercise`), with plain words for each position it can be done in, the beats of one
repetition and the picture frame each beat shows. A routine's movement step names the exercise
and may change its dose (reps, preferred position, rest); the content loader fills in the rest
from the library. A step may also carry everything itself (a clinician's own exercise), in which
case it simply has no pictures.

One repetition is a list of :class:`Beat`: ``{ say = "Lift", counts = 2, frame = 1 }`` is two
counts of ``count_s`` seconds on picture frame 1, with "Lift" said on the first count and the
count number ("2") on the second. Pictures live in ``ui/movement/<exercise>/<position>-<frame>.svg``
with a ``<position>-still.svg`` for reduced motion.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from somatic_player.core.language_rules import ENGLISH, RULES, rules_for
from somatic_player.core.routine_fields import (
    POSITIONS,
    Between,
    Model,
    Parts,
    Position,
    ShortText,
    Tags,
    Text,
)

# The stop rules of CONTENT.md, in our words: shown before the first movement and reachable
# during every movement step. Each sign below must appear in a movement routine's safety notes.
# (Spanish and German: ``core.language_rules``.)
STOP_RULES: tuple[str, ...] = ENGLISH.stop_rules
STOP_SIGNS: tuple[str, ...] = tuple(sign[0] for sign in ENGLISH.stop_signs)


def stop_rules_for(notes: tuple[str, ...], language: str | None = None) -> tuple[str, ...]:
    """What the "Stop rules" control shows for a routine: its safety notes, led by the stop
    rules themselves when the notes leave any stop sign out (a routine written elsewhere).

    ``language`` is the routine's; None: notes that name every sign in any shipped language
    are shown as they are, and otherwise the English stop rules lead them.
    """
    said = " ".join(notes)
    if language is None:
        if any(not rules.missing_stop_signs(said) for rules in RULES.values()):
            return notes
        return (*STOP_RULES, *notes)
    rules = rules_for(language)
    if not rules.missing_stop_signs(said):
        return notes
    return (*rules.stop_rules, *notes)


ExerciseId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,39}$")]
# Fields a routine step takes from the library when it names a known exercise.
LIBRARY_ONLY_FIELDS = ("schema_version", "id", "description")


class MovementVariants(Model):
    """Instructions per position; at least two positions (CONTENT.md)."""

    lying: Text | None = None
    seated: Text | None = None
    standing: Text | None = None

    @model_validator(mode="after")
    def _at_least_two(self) -> MovementVariants:
        if len(self.available()) < 2:
            raise PydanticCustomError(
                "variants", "needs instructions for at least two of lying, seated, standing"
            )
        return self

    def available(self) -> tuple[Position, ...]:
        return tuple(p for p in POSITIONS if getattr(self, p))

    def text_for(self, position: Position) -> str:
        value: str | None = getattr(self, position)
        return value or ""


class Beat(Model):
    """Part of one repetition: a few counts on one picture frame."""

    say: Annotated[
        str,
        Field(
            max_length=30,
            description="Said on the beat's first count (one or two words); empty: the count "
            "number is said.",
        ),
    ] = ""
    counts: Annotated[int, Between(1, 8, "counts")] = 1
    frame: Annotated[int, Between(0, 7, "picture frame")] = 0


Beats = Annotated[tuple[Beat, ...], Field(max_length=8)]
CountSeconds = Annotated[
    float,
    Between(0.8, 5, "seconds"),
    Field(description="Seconds per count: the tempo of the beats."),
]
ProgressReps = Annotated[
    int,
    Between(1, 2, "repetitions"),
    Field(description="Repetitions added per progression level (CONTENT.md: at most 1-2)."),
]
MaxReps = Annotated[
    int,
    Between(1, 30, "repetitions"),
    Field(description="The most repetitions progression may reach (unset: 10, or reps if more)."),
]


def _check_dose(reps: int, max_reps: int | None, beats: tuple[Beat, ...]) -> None:
    if max_reps is not None and reps > max_reps:
        raise PydanticCustomError(
            "dose", "reps must not be above max_reps ({most})", {"field": "reps", "most": max_reps}
        )
    if beats and not any(b.say for b in beats[:1]):
        raise PydanticCustomError(
            "beats",
            "must start with words in say (what the movement is, such as 'Lift')",
            {"field": "beats"},
        )


def _library_fields_optional(schema: dict[str, Any]) -> None:
    """In the JSON Schema, a step naming a library exercise needs no title or variants."""
    schema["required"] = [r for r in schema.get("required", []) if r not in ("title", "variants")]
    schema["description"] = (
        "A gentle exercise. Naming an exercise of the shared library (scripts/movement/) fills "
        "in its title, variants, beats and pictures; any field given here wins."
    )


class MovementStep(Model):
    """A gentle exercise with position variants, repetitions and tempo."""

    model_config = ConfigDict(**Model.model_config, json_schema_extra=_library_fields_optional)

    kind: Literal["movement"]
    exercise: ExerciseId
    title: ShortText
    preferred: Position = "seated"
    reps: Annotated[int, Between(1, 30, "repetitions")] = 5
    seconds_per_rep: Annotated[float, Between(1, 30, "seconds")] = 4.0
    hold_s: Annotated[float, Between(0, 30, "seconds")] = 0.0
    count_s: CountSeconds = 1.0
    beats: Beats = ()
    progress_reps: ProgressReps = 1
    max_reps: MaxReps | None = None
    sides: Literal["none", "each"] = "none"
    parts: Parts = ()
    tags: Tags = ()
    rest_s: Annotated[float, Between(0, 60, "seconds")] = 5.0
    variants: MovementVariants

    @model_validator(mode="after")
    def _preferred_exists(self) -> MovementStep:
        if self.preferred not in self.variants.available():
            raise PydanticCustomError(
                "variants",
                "preferred position {p} has no instructions in variants",
                {"p": self.preferred},
            )
        if self.beats and {"seconds_per_rep", "hold_s"} & self.model_fields_set:
            raise PydanticCustomError(
                "beats",
                "set the length of a repetition (its counts times count_s); leave out "
                "seconds_per_rep and hold_s",
                {"field": "beats"},
            )
        _check_dose(self.reps, self.max_reps, self.beats)
        return self

    @property
    def most_reps(self) -> int:
        """The cap progression works up to."""
        return self.max_reps if self.max_reps is not None else max(self.reps, 10)

    @property
    def counts_per_rep(self) -> int:
        """Counts in one repetition (1 for a step without beats: one count per repetition)."""
        return sum(b.counts for b in self.beats) if self.beats else 1

    @property
    def rep_s(self) -> float:
        """Seconds per repetition (both sides count separately)."""
        if self.beats:
            return self.counts_per_rep * self.count_s
        return self.seconds_per_rep + self.hold_s

    @property
    def frames(self) -> int:
        """How many picture frames the beats use (0 without beats)."""
        return max((b.frame for b in self.beats), default=-1) + 1


class Exercise(Model):
    """One exercise of the shared library: a routine's movement step without ``kind``."""

    schema_version: Literal[1]
    id: ExerciseId
    title: ShortText
    description: Text = ""
    preferred: Position = "seated"
    reps: Annotated[
        int,
        Between(3, 5, "repetitions"),
        Field(description="The starting dose: 3-5 repetitions (CONTENT.md)."),
    ] = 4
    count_s: CountSeconds = 1.0
    beats: Annotated[tuple[Beat, ...], Field(min_length=1, max_length=8)]
    progress_reps: ProgressReps = 1
    max_reps: MaxReps = 10
    sides: Literal["none", "each"] = "none"
    parts: Annotated[Parts, Field(min_length=1)]
    tags: Tags = ()
    rest_s: Annotated[float, Between(0, 60, "seconds")] = 5.0
    variants: MovementVariants

    @model_validator(mode="after")
    def _consistent(self) -> Exercise:
        if self.preferred not in self.variants.available():
            raise PydanticCustomError(
                "variants",
                "preferred position {p} has no instructions in variants",
                {"p": self.preferred, "field": "preferred"},
            )
        _check_dose(self.reps, self.max_reps, self.beats)
        used = {b.frame for b in self.beats}
        missing = sorted(set(range(max(used) + 1)) - used)
        if missing:
            raise PydanticCustomError(
                "beats",
                "picture frames must be numbered from 0 without gaps; no beat shows frame {f}",
                {"field": "beats", "f": ", ".join(str(m) for m in missing)},
            )
        return self

    @property
    def frames(self) -> int:
        return max(b.frame for b in self.beats) + 1

    def step_fields(self) -> dict[str, Any]:
        """The fields a routine step takes from this exercise (JSON-ready)."""
        fields = self.model_dump(mode="json", exclude=set(LIBRARY_ONLY_FIELDS))
        fields["exercise"] = self.id
        return fields
