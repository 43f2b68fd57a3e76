"""Lay out one progressive-muscle-relaxation group in the mode it runs in today.

Per group (Bernstein & Borkovec 1973; CONTENT.md): focus; the tension instruction ending on
"now"; the tension window with two or three short attention cues; the release cue; noticing cues
spread through the release window; silence; a short gap. Release-only, recall and cue-controlled
keep the focus and the noticing but have no tension window. Rapid is one short line and a short
window per group. Learning mode does the whole group twice.
"""

from __future__ import annotations

from collections.abc import Callable

from somatic_player.core.routine import PmrMode, PmrStep, PmrText
from somatic_player.core.timeline import Timeline

LEAD_S = 0.8
AFTER_FOCUS_S = 1.0
HOLD_CUES_FROM_S = 1.0  # first attention cue this long after "now"
BETWEEN_LINES_S = 0.5

WordsFn = Callable[[str], str]


def pmr_group(tl: Timeline, s: PmrStep, mode: PmrMode, learning: bool) -> float:
    """Place the group at the current step; returns its length in seconds."""
    side = tl.profile.side_word(s.side)
    spoken = tl.words

    def words(text: str) -> str:
        return " ".join(spoken.fill_sides(text, side).split())

    tl.emit(0.0, "cue", "step", s.title)
    t = 0.0
    for round_ in range(2 if learning else 1):
        t = _one_pass(tl, s, mode, t, words, again=round_ > 0)
    return t


def _one_pass(
    tl: Timeline, s: PmrStep, mode: PmrMode, t: float, words: WordsFn, *, again: bool
) -> float:
    t += LEAD_S
    if mode == "rapid":
        spoken = tl.say(t, "release", words(s.text.rapid))
        end = t + max(s.rapid_s, spoken + 1.0)
        tl.emit(t, "caption", "release", tl.words.rapid_caption, end - t)
        return end + s.gap_s
    focus = _again(tl, s) if again else s.text.focus
    t += tl.say(t, "focus", words(focus)) + AFTER_FOCUS_S
    if mode == "tension-release":
        t += tl.say(t, "tense", words(s.text.tense))
        tl.emit(t, "caption", "tension", tl.words.tension_caption, s.tension_s)
        _place_lines(
            tl,
            [words(x) for x in s.text.hold],
            t + HOLD_CUES_FROM_S,
            t + s.tension_s - 0.3,
            "hold",
            f"attention cue does not fit the {s.tension_s:g} s tension window",
        )
        t += s.tension_s
    release_start = t
    spoken = tl.say(t, "release", words(s.text.release_line(mode)))
    release_end = release_start + max(s.release_s, spoken + 2.0)
    tl.emit(t, "caption", "release", tl.words.release_caption, release_end - release_start)
    lines = [words(x) for x in s.text.notice]
    if lines:
        first = release_start + spoken + 3.0
        _place_lines(
            tl,
            lines,
            first,
            release_end - 1.0,
            "notice",
            f"noticing cue does not fit the {s.release_s:g} s release window",
            spread=True,
        )
    return release_end + s.gap_s


def _again(tl: Timeline, s: PmrStep) -> str:
    """The learning-mode line for the second round: the step's own, or, when it keeps the
    (English) default, the default in the routine's language."""
    if s.text.again == PmrText.model_fields["again"].default:
        return tl.words.again
    return s.text.again


def _place_lines(
    tl: Timeline,
    lines: list[str],
    first: float,
    window_end: float,
    label: str,
    why: str,
    *,
    spread: bool = False,
) -> None:
    """Say ``lines`` one after another between ``first`` and ``window_end``; spread them evenly
    over the window when ``spread``. A line that would overrun the window is left out."""
    slot = (window_end - 1.0 - first) / len(lines) if spread and lines else 0.0
    at = first
    for i, line in enumerate(lines):
        if spread:
            at = max(at, first + i * max(slot, 0.0))
        length = tl.speech_length_of(line)
        if at + length > window_end:
            tl.left_out(f"{why}: {line!r}")
            continue
        tl.say(at, label, line)
        at += length + BETWEEN_LINES_S
