"""Lay out one paced-breathing step: phases and cues, ramps, chosen pace, live pace changes.

Breath starts are ``anchor + k * period`` while the period stays the same, so a steady pattern
never accumulates rounding; a ramp or a live pace change moves the anchor. Durations come from
rate and ratio (``period = 60 / bpm``, split by I:E) or from the step's own seconds.
"""

from __future__ import annotations

from typing import cast

from somatic_player.core.adapt import Adaptation
from somatic_player.core.plan import BreathPhase, Phase
from somatic_player.core.routine import BreathStep
from somatic_player.core.spoken_words import ENGLISH
from somatic_player.core.timeline import Timeline

# The English cue words (every language's are in ``core.spoken_words``).
PHASE_WORDS = cast("dict[Phase, str]", dict(ENGLISH.phases))
TOP_UP_WORDS = ENGLISH.top_up
MIN_LIVE_BPM = 3.0
MAX_LIVE_BPM = 12.0


def pace_delta(tl: Timeline, sample: int) -> float:
    """The live pace change (breaths per minute) for a breath starting at ``sample``."""
    return sum(change.delta_bpm for change in tl.pace if change.from_sample <= sample)


def breath_step(tl: Timeline, s: BreathStep, a: Adaptation) -> float:
    """Place the breaths of one step; returns the step's length in seconds."""
    hold_factor = 0.0 if a.drop_breath_holds else 1.0
    target = None
    if s.duration_s is not None:
        target = s.duration_s * (tl.flex_scale if s.flexible else 1.0)
    cycles = s.cycles if tl.chosen.cycles is None or s.cycles is None else tl.chosen.cycles
    if a.max_cycles is not None:
        cycles = a.max_cycles if cycles is None else min(cycles, a.max_cycles)
    pace_bpm = tl.chosen.pace_bpm if s.adjustable else None
    ratio = tl.chosen.ratio if s.adjustable else None
    start_bpm = tl.chosen.natural_bpm if s.ramp_from_natural else None
    freeze = tl.freeze_ramp_at if s.ramp_from_bpm is not None else None
    ramp_bpm: float | None = None  # the ramp's rate for the breath under way
    offset = 0.0
    cycle = 0
    # Cycle starts are anchor + k * period while the period stays the same, so a steady
    # pattern never accumulates rounding; a ramp or a live pace change moves the anchor.
    anchor_offset, anchor_cycle, anchor_period = 0.0, 0, -1.0
    while True:
        if freeze is None or tl.sample_at(offset) < freeze or ramp_bpm is None:
            # "Stay at this pace" keeps the rate of the breath under way when it was pressed.
            ramp_bpm = s.rate_at(offset, start_bpm, pace_bpm)
        bpm = ramp_bpm
        if bpm is None:
            bpm = pace_bpm
        delta = pace_delta(tl, tl.sample_at(offset))
        if delta:
            bpm = min(MAX_LIVE_BPM, max(MIN_LIVE_BPM, (bpm or s.base_bpm) + delta))
        inhale, hold_in, exhale, hold_out = s.phase_seconds(bpm, ratio)
        period = inhale + exhale + (hold_in + hold_out) * hold_factor
        if target is not None and cycle > 0 and offset + period / 2 > target:
            break
        if cycles is not None and cycle >= cycles:
            break
        if period != anchor_period:
            anchor_offset, anchor_cycle, anchor_period = offset, cycle, period
        at = anchor_offset + (cycle - anchor_cycle) * period
        one_breath(tl, s, at, (inhale, hold_in * hold_factor, exhale, hold_out * hold_factor))
        cycle += 1
        offset = anchor_offset + (cycle - anchor_cycle) * period
    if s.flexible and target is not None:
        tl.flex_ideal_s += offset
        tl.flex_declared_s += target
    return offset


def one_breath(
    tl: Timeline, s: BreathStep, at: float, seconds: tuple[float, float, float, float]
) -> None:
    cycle_bpm = 60.0 / sum(seconds)
    words = tl.words
    phases: tuple[Phase, ...] = ("inhale", "hold-in", "exhale", "hold-out")
    for phase, secs in zip(phases, seconds, strict=True):
        if secs <= 0:
            continue
        if phase == "inhale" and s.top_up_s > 0:
            # Cyclic sighing: one inhale phase for the pacer, two cues for the two sips.
            first = secs * s.top_up_fraction
            tl.emit(at, "cue", "inhale", words.phases["inhale"], first)
            tl.emit(at + first, "cue", "inhale-top-up", words.top_up, secs - first)
        else:
            tl.emit(at, "cue", phase, words.phases[phase], secs)
        tl.phases.append(BreathPhase(tl.sample_at(at), tl.sample_at(at + secs), phase, cycle_bpm))
        at += secs
