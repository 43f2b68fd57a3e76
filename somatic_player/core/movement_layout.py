"""Lay out one movement step: position, dose, instruction, and every count on the beat.

The position is the preferred one when today allows it (capacity, rules), else the highest
allowed. The dose is the starting repetitions raised by the person's progression level
(``core.progression``) and then made gentler by the rules (a flare day halves it). Every
count gets a soft tick; the beat's word ("Lift") is said on its first count and the count's
number on the others, each only where it fits before the next, so speech never overlaps.
Each count is also a :class:`CountMark`, which tells the player which picture frame to show.
"""

from __future__ import annotations

import math

from somatic_player.core.adapt import Adaptation
from somatic_player.core.movement import MovementStep
from somatic_player.core.plan import CountMark
from somatic_player.core.progression import reps_at_level
from somatic_player.core.routine_fields import POSITIONS, Position
from somatic_player.core.timeline import Timeline

# A spoken count needs this much quiet after it before the next count's tick.
COUNT_GAP_S = 0.1


def movement_position(s: MovementStep, a: Adaptation, capacity: Position) -> Position | None:
    """The variant used today (None: no variant is allowed, or a rule leaves the step out)."""
    cap = min(a.max_position, capacity, key=POSITIONS.index)
    allowed = [p for p in s.variants.available() if POSITIONS.index(p) <= POSITIONS.index(cap)]
    if a.skip or not allowed:
        return None
    return s.preferred if s.preferred in allowed else allowed[-1]


def movement_reps(s: MovementStep, a: Adaptation, level: int) -> int:
    """Repetitions per side today: the level's dose, made gentler by the rules that matched."""
    reps = reps_at_level(s.reps, level, s.progress_reps, s.most_reps)
    if a.reps_factor < 1.0:
        reps = min(reps, max(a.min_reps, math.floor(reps * a.reps_factor)))
    return reps


def movement_step(
    tl: Timeline, s: MovementStep, a: Adaptation, marks: list[CountMark]
) -> tuple[float, Position | None, int]:
    """Place the step's words and counts; returns (length, position, reps per side)."""
    position = movement_position(s, a, tl.profile.capacity)
    if position is None:
        return 0.0, None, 0
    reps = movement_reps(s, a, tl.profile.movement_level)
    tl.emit(0.0, "cue", "step", s.title)
    t = 0.8
    t += tl.say(t, "instruction", s.variants.text_for(position)) + 1.0
    sides = (
        [""]
        if s.sides == "none"
        else [tl.profile.side_word("dominant"), tl.profile.side_word("non-dominant")]
    )
    words = tl.words
    for n, side in enumerate(sides):
        if side:
            t += tl.say(t, "side", (words.next_side if n else words.first_side)[side]) + 0.8
        _repetitions(tl, s, t, reps, side, marks)
        t += reps * s.rep_s + 1.0
    return t + s.rest_s, position, reps


def _repetitions(
    tl: Timeline, s: MovementStep, t0: float, reps: int, side: str, marks: list[CountMark]
) -> None:
    counts = s.counts_per_rep
    count_s = s.count_s if s.beats else s.rep_s
    free_at = t0  # when the last spoken count has finished
    for rep in range(reps):
        number = 0
        for beat in s.beats or ():
            for k in range(beat.counts):
                at = t0 + (rep * counts + number) * count_s
                _tick(tl, at, number, rep, reps)
                marks.append(_mark(tl, at, count_s, rep, reps, number, counts, beat.frame, side))
                if k == 0 and beat.say:
                    length = tl.speech_length_of(beat.say)
                    if at < free_at or length > beat.counts * count_s - COUNT_GAP_S:
                        tl.left_out(f"'{beat.say}' does not fit in its {beat.counts} count(s)")
                    else:
                        free_at = at + tl.say(at, "beat", beat.say)
                else:
                    word = str(number + 1)
                    length = tl.speech_length_of(word)
                    if at >= free_at and length <= count_s - COUNT_GAP_S:
                        free_at = at + tl.say(at, "beat", word)
                number += 1
        if not s.beats:  # a step without beats: one tick per repetition
            at = t0 + rep * count_s
            _tick(tl, at, 0, rep, reps)
            marks.append(_mark(tl, at, count_s, rep, reps, 0, 1, 0, side))


def _tick(tl: Timeline, at: float, number: int, rep: int, reps: int) -> None:
    """A repetition starts with a "count" cue naming it; the other counts tick quietly."""
    if number == 0:
        tl.emit(at, "cue", "count", tl.words.count.format(n=rep + 1, reps=reps))
    else:
        tl.emit(at, "cue", "count-beat")


def _mark(
    tl: Timeline,
    at: float,
    count_s: float,
    rep: int,
    reps: int,
    number: int,
    counts: int,
    frame: int,
    side: str,
) -> CountMark:
    return CountMark(
        start=tl.sample_at(at),
        end=tl.sample_at(at + count_s),
        step=tl.index,
        rep=rep + 1,
        reps=reps,
        count=number + 1,
        counts=counts,
        frame=frame,
        side=side,
    )
