"""The shipped practice library: every routine CONTENT.md asks for, with its numbers, and every
routine laid out with every spoken line inside its window, at every length and in every mode."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

import pytest

from somatic_player.content.library import builtin_files, default_rules, find_routine, load_library
from somatic_player.content.loader import load_routine
from somatic_player.core.choices import Choices
from somatic_player.core.compiler import CompileError, compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.profile import Profile
from somatic_player.core.routine import (
    BreathStep,
    PmrStep,
    Routine,
    ScanStep,
    tension_verbs_in,
)

RATE = 48_000
NOW = datetime(2026, 11, 25, 9, 0)
CLEARED = Profile(breath_hold_screen="cleared", first_478_at=NOW - timedelta(days=60), now=NOW)

BREATHING = {
    "easy-pace",
    "preferred-pace",
    "gentle-ramp",
    "cyclic-sighing",
    "sigh-reset",
    "box-breathing",
    "breathing-478",
}
PMR = {"pmr-16", "pmr-7", "pmr-4"}
SCANS = {"body-scan-3": 3, "body-scan-10": 10, "body-scan-20": 20, "body-scan-45": 45}


def routine(routine_id: str) -> Routine:
    return find_routine(routine_id)[0]


def all_routines() -> list[Routine]:
    return [load_routine(p) for p in builtin_files()]


def plan(r: Routine, profile: Profile = CLEARED, **kw: Any) -> Plan:
    return compile_routine(r, profile, rules=default_rules(), strict=True, **kw)


def step_span_s(p: Plan, kind: str) -> float:
    spans = [s for s in p.steps if s.kind == kind and not s.skipped]
    return (spans[-1].end - spans[0].start) / RATE


def phase_s(p: Plan, phase: str) -> set[float]:
    return {round((x.end - x.start) / RATE, 3) for x in p.phases if x.phase == phase}


# -- what ships ------------------------------------------------------------------------------------


def test_the_library_has_every_routine_of_issue_5() -> None:
    entries = {e.id: e for e in load_library() if e.builtin}
    assert all(e.error is None for e in entries.values())
    for ids, kind in ((BREATHING, "breathing"), (PMR, "pmr"), (set(SCANS), "body-scan")):
        for routine_id in ids:
            assert entries[routine_id].kind == kind, routine_id
    for routine_id, minutes in SCANS.items():
        assert entries[routine_id].duration_s == pytest.approx(minutes * 60, abs=1)


def test_flexible_breathing_offers_the_standard_session_lengths() -> None:
    for routine_id in ("easy-pace", "preferred-pace", "gentle-ramp", "box-breathing"):
        assert routine(routine_id).offered_minutes == (1, 3, 5, 10, 15, 20), routine_id
    assert routine("cyclic-sighing").offered_minutes == (1, 3, 5)  # the studied 5 minutes a day
    for routine_id in ("sigh-reset", "breathing-478", "pmr-7"):
        assert routine(routine_id).offered_minutes == ()  # fixed length


@pytest.mark.parametrize("r", all_routines(), ids=lambda r: r.id)
def test_every_routine_fits_every_spoken_line_at_every_length(r: Routine) -> None:
    """Strict: a line that would overrun its window is an error, not a silent drop."""
    lengths: list[float | None] = [None, *r.offered_minutes]
    for minutes in lengths:
        p = plan(r, minutes=minutes)
        if minutes is not None:
            longest = max((60 / x.bpm for x in p.phases), default=0.0)
            assert abs(p.duration_s - minutes * 60) <= longest / 2 + 0.5, (r.id, minutes)
        speech = [e for e in p.events if e.kind == "speech"]
        for a, b in itertools.pairwise(sorted(speech, key=lambda e: e.sample)):
            assert a.sample + a.duration_samples <= b.sample, (r.id, a.text, b.text)


@pytest.mark.parametrize("routine_id", sorted(PMR))
def test_every_pmr_routine_runs_in_every_mode_and_in_learning_mode(routine_id: str) -> None:
    r = routine(routine_id)
    assert set(r.offered_pmr_modes) == {
        "tension-release",
        "release-only",
        "recall",
        "cue-controlled",
        "rapid",
    }
    assert r.options.learning
    single = plan(r)
    for mode in r.offered_pmr_modes:
        for learning in (False, True):
            p = plan(r, choices=Choices(pmr_mode=mode, learning=learning))
            groups = [s for s in p.steps if s.kind == "pmr"]
            assert {s.mode for s in groups} == {mode}
            if mode != "tension-release":
                texts = [e.text for e in p.events if e.kind == "speech"]
                assert not [t for t in texts if tension_verbs_in(t)], (mode, learning)
    learning = plan(r, choices=Choices(learning=True))
    # Learning mode does each group twice: twice the tension instructions, the "again" line.
    tense = [e for e in learning.events if e.label == "tense"]
    assert len(tense) == 2 * len([s for s in r.steps if isinstance(s, PmrStep)])
    assert step_span_s(learning, "pmr") > 1.8 * step_span_s(single, "pmr")


# -- breathing ------------------------------------------------------------------------------------


def test_easy_pace_is_six_a_minute_four_in_six_out_five_minutes() -> None:
    p = plan(routine("easy-pace"))
    assert phase_s(p, "inhale") == {4.0} and phase_s(p, "exhale") == {6.0}
    assert not phase_s(p, "hold-in") and not phase_s(p, "hold-out")
    assert step_span_s(p, "breath") == pytest.approx(300, abs=0.01)
    assert {x.bpm for x in p.phases} == {6.0}


@pytest.mark.parametrize(
    ("bpm", "ratio", "inhale", "exhale"),
    [
        (6.0, "1:1.5", 4.0, 6.0),
        (4.5, "1:2", 60 / 4.5 / 3, 60 / 4.5 * 2 / 3),
        (7.0, "1:1", 60 / 7 / 2, 60 / 7 / 2),
        (5.5, "3:7", 60 / 5.5 * 0.3, 60 / 5.5 * 0.7),
    ],
)
def test_preferred_pace_follows_the_chosen_pace_and_ratio(
    bpm: float, ratio: str, inhale: float, exhale: float
) -> None:
    r = routine("preferred-pace")
    assert r.options.pace is not None
    assert r.options.pace.paces() == (4.5, 5.0, 5.5, 6.0, 6.5, 7.0)
    assert r.options.pace.ratios == ("1:1", "1:1.5", "1:2", "3:7")
    assert r.options.pace.default_ratio == "1:1.5"
    p = plan(r, choices=Choices(pace_bpm=bpm, ratio=ratio))
    assert {round(x.bpm, 6) for x in p.phases} == {bpm}
    assert phase_s(p, "inhale") <= {round(inhale, 3), round(inhale + 1 / RATE, 3)}
    first = next(x for x in p.phases if x.phase == "exhale")
    assert (first.end - first.start) / RATE == pytest.approx(exhale, abs=1 / RATE)


def test_preferred_pace_refuses_a_pace_it_does_not_offer() -> None:
    r = routine("preferred-pace")
    with pytest.raises(CompileError, match=r"offers paces of 4\.5, 5, 5\.5, 6, 6\.5, 7"):
        plan(r, choices=Choices(pace_bpm=8.0))
    with pytest.raises(CompileError, match=r"not 5\.25"):
        plan(r, choices=Choices(pace_bpm=5.25))
    with pytest.raises(CompileError, match="not 2:3"):
        plan(r, choices=Choices(ratio="2:3"))
    # A choice the routine does not offer is simply not used.
    assert plan(routine("easy-pace"), choices=Choices(pace_bpm=8.0)).phases[0].bpm == 6.0


def test_gentle_ramp_starts_at_the_natural_rate_capped_at_12_and_slows_gently() -> None:
    r = routine("gentle-ramp")
    for natural, start in ((16.0, 12.0), (9.0, 9.0), (None, 10.0)):
        p = plan(r, choices=Choices(natural_bpm=natural, pace_bpm=5.5))
        breaths = [x for x in p.phases if x.phase == "inhale"]
        rates = [x.bpm for x in breaths]
        assert rates[0] == pytest.approx(start)
        assert rates[-1] == pytest.approx(5.5)
        assert all(b <= a + 1e-9 for a, b in itertools.pairwise(rates))  # never speeds up
        t0 = breaths[0].start
        for x in breaths:  # at most one breath a minute slower each minute
            assert x.bpm >= start - (x.start - t0) / RATE / 60 - 1e-6
    ratios = {
        round((x.end - x.start) / (y.end - y.start), 3)
        for x, y in zip(p.phases[::2], p.phases[1::2], strict=True)
    }
    assert ratios == {round(1 / 1.5, 3)}  # the in:out ratio stays the same throughout


def test_stay_at_this_pace_freezes_the_ramp() -> None:
    r = routine("gentle-ramp")
    p = plan(r, choices=Choices(natural_bpm=12.0))
    inhales = [x for x in p.phases if x.phase == "inhale"]
    press = inhales[10].start + RATE
    frozen = plan(r, choices=Choices(natural_bpm=12.0), freeze_ramp_at=press, flex_scale=1.0)
    after = [x for x in frozen.phases if x.phase == "inhale"]
    assert [x.start for x in after[:11]] == [x.start for x in inhales[:11]]
    assert {x.bpm for x in after[11:]} == {after[10].bpm}
    assert after[10].bpm > 6.0


def test_cyclic_sighing_two_inhales_and_an_exhale_twice_as_long() -> None:
    r = routine("cyclic-sighing")
    [step] = [s for s in r.steps if isinstance(s, BreathStep)]
    total_inhale = (step.inhale_s or 0) + step.top_up_s
    assert step.top_up_s > 0 and (step.exhale_s or 0) == pytest.approx(2 * total_inhale)
    assert not step.has_holds
    p = plan(r)
    firsts, tops = p.cues("inhale"), [e for e in p.cues("inhale-top-up")]
    firsts = [e for e in firsts if e.label == "inhale"]
    assert len(firsts) == len(tops) > 20
    for a, b in zip(firsts, tops, strict=True):
        assert (b.sample - a.sample) / RATE == pytest.approx(step.inhale_s, abs=1e-4)
    assert step_span_s(p, "breath") == pytest.approx(300, abs=6)


def test_sigh_reset_is_one_to_three_sighs() -> None:
    r = routine("sigh-reset")
    assert r.options.cycles == (1, 2, 3)
    assert len(plan(r).cues("inhale-top-up")) == 3
    for n in (1, 2, 3):
        assert len(plan(r, choices=Choices(cycles=n)).cues("inhale-top-up")) == n
    with pytest.raises(CompileError, match="offers 1, 2, 3 breaths, not 5"):
        plan(r, choices=Choices(cycles=5))


def test_box_and_478_hold_the_breath_and_say_so() -> None:
    box, four = routine("box-breathing"), routine("breathing-478")
    for r in (box, four):
        assert r.safety.contains_breath_holds and r.has_breath_holds
    p = plan(box)
    assert phase_s(p, "inhale") == phase_s(p, "hold-in") == phase_s(p, "exhale") == {4.0}
    assert phase_s(p, "hold-out") == {4.0}
    p = plan(four)
    assert (phase_s(p, "inhale"), phase_s(p, "hold-in"), phase_s(p, "exhale")) == (
        {4.0},
        {7.0},
        {8.0},
    )


def test_no_shipped_breathing_is_fast_or_over_breathing() -> None:
    """No hyperventilation-with-retention: every pattern is slow, and only the two screened
    routines hold the breath at all."""
    for r in all_routines():
        for s in r.steps:
            if isinstance(s, BreathStep):
                assert s.base_bpm <= 7.0, r.id
                assert (s.ramp_from_bpm or 0) <= 12.0, r.id
                assert not s.has_holds or r.id in ("box-breathing", "breathing-478")
                if not s.has_holds:
                    inhale, _, exhale, _ = s.phase_seconds()
                    assert exhale >= inhale, r.id  # the out-breath is never the shorter one


# -- muscle relaxation ----------------------------------------------------------------------------

GROUPS = {
    "pmr-16": [
        "Dominant hand and forearm",
        "Dominant upper arm",
        "Other hand and forearm",
        "Other upper arm",
        "Forehead",
        "Upper cheeks and nose",
        "Lower cheeks and jaw",
        "Neck and throat",
        "Chest, shoulders and upper back",
        "Stomach",
        "Dominant thigh",
        "Dominant calf",
        "Dominant foot",
        "Other thigh",
        "Other calf",
        "Other foot",
    ],
    "pmr-7": [
        "Dominant hand and arm",
        "Other hand and arm",
        "Face",
        "Neck",
        "Shoulders, chest, back and stomach",
        "Dominant leg and foot",
        "Other leg and foot",
    ],
    "pmr-4": [
        "Both arms and hands",
        "Face and neck",
        "Chest, shoulders, back and stomach",
        "Both legs and feet",
    ],
}


@pytest.mark.parametrize("routine_id", sorted(GROUPS))
def test_pmr_groups_follow_content_md(routine_id: str) -> None:
    r = routine(routine_id)
    groups = [s for s in r.steps if isinstance(s, PmrStep)]
    assert [g.title for g in groups] == GROUPS[routine_id]
    for g in groups:
        assert 5 <= g.tension_s <= 7 and 30 <= g.release_s <= 40
        assert "never to the point of pain or cramp" in g.text.tense
        assert "as hard as" not in g.text.tense.lower()
        assert "half effort" in g.text.tense
        assert 2 <= len(g.text.hold) <= 3 and g.text.notice
    feet = [g for g in groups if "foot" in g.parts]
    assert feet and all("toes toward you" in g.text.tense for g in feet)


@pytest.mark.parametrize("routine_id", sorted(GROUPS))
def test_each_tension_window_holds_its_attention_cues(routine_id: str) -> None:
    p = plan(routine(routine_id))
    for s in p.steps:
        if s.kind == "pmr":
            holds = [e for e in p.events if e.step == s.index and e.label == "hold"]
            notices = [e for e in p.events if e.step == s.index and e.label == "notice"]
            assert len(holds) >= 2 and notices, s.title


def test_single_pass_seven_group_pmr_lasts_about_5_3_minutes() -> None:
    p = plan(routine("pmr-7"))
    groups = step_span_s(p, "pmr") / 60
    assert groups == pytest.approx(5.3, rel=0.10)
    before = [s for s in p.steps if s.kind != "pmr" and s.end <= p.steps[7].start]
    after = [s for s in p.steps if s.start >= p.steps[13].end]
    assert before and after  # an introduction and a close around the groups
    close = " ".join(e.text for e in p.events if e.step >= 14 and e.kind == "speech")
    for words in ("scan your whole body", "Four.", "Three.", "Two.", "One."):
        assert words in close
    rest = [s for s in p.steps if s.title == "Rest"]
    assert rest and (rest[0].end - rest[0].start) / RATE == pytest.approx(120)


@pytest.mark.parametrize("handedness", ["right", "left"])
def test_handedness_orders_the_dominant_side_first(handedness: str) -> None:
    other = "left" if handedness == "right" else "right"
    for routine_id in ("pmr-16", "pmr-7"):
        p = plan(routine(routine_id), Profile(handedness=handedness))  # type: ignore[arg-type]
        focus = [e.text for e in p.events if e.label == "focus"]
        sides = [w for t in focus for w in (handedness, other) if f"{w} " in t]
        assert sides[0] == handedness, routine_id
        assert sides.index(other) > 0


def test_release_only_mode_is_introduced_without_tightening() -> None:
    p = plan(routine("pmr-7"), choices=Choices(pmr_mode="release-only"))
    texts = [e.text for e in p.events if e.kind == "speech"]
    assert not [t for t in texts if tension_verbs_in(t)]
    assert any("no effort at all" in t for t in texts)
    flare = plan(routine("pmr-7"), Profile(flare_day=True))
    assert any("no effort at all" in e.text for e in flare.events)  # every group adapted


def test_rapid_mode_is_short() -> None:
    p = plan(routine("pmr-7"), choices=Choices(pmr_mode="rapid"))
    assert p.duration_s < 3 * 60
    assert not [s for s in p.steps if s.title == "Rest" and not s.skipped]


# -- body scans -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("routine_id", "minutes"), sorted(SCANS.items()))
def test_body_scans_last_their_minutes_with_every_anchor_and_eyes_open(
    routine_id: str, minutes: int
) -> None:
    r = routine(routine_id)
    assert r.offered_minutes == (minutes,) and r.options.default_minutes == minutes
    assert set(r.options.anchors) == {"breath", "feet", "hands", "sounds"}
    assert r.options.default_anchor == "breath" and r.options.eyes_open
    first_lines: set[str] = set()
    for anchor in r.options.anchors:
        for eyes_open in (False, True):
            p = plan(r, choices=Choices(anchor=anchor, eyes_open=eyes_open))
            assert p.duration_s == pytest.approx(minutes * 60, abs=1)
            text = " ".join(e.text for e in p.events if e.kind == "speech")
            assert ("eyes open" in text) == eyes_open
            first_lines.add(
                next(e.text for e in p.events if e.kind == "speech" and e.label == "anchor")
            )
    assert len(first_lines) == 4  # each anchor has its own words
    scans = [s for s in r.steps if isinstance(s, ScanStep)]
    assert len(scans) >= {3: 5, 10: 12, 20: 20, 45: 30}[minutes]


def test_painful_areas_are_visited_gently_or_passed_over() -> None:
    r = routine("body-scan-10")
    sore = Profile.with_pain({135: 5, 136: 1, 218: 0}, now=NOW)  # both feet; lower back at 0
    gentle = plan(r, sore)
    [feet] = [s for s in gentle.steps if s.title == "Feet"]
    [back] = [s for s in gentle.steps if s.title == "Lower back"]
    assert (feet.mode, back.mode) == ("gentle", "scan")
    said = [e.text for e in gentle.events if e.step == feet.index and e.kind == "speech"]
    assert said and "notice it, without needing to change anything" in said[0]
    skipped = plan(r, sore, choices=Choices(painful_areas="skip"))
    [feet] = [s for s in skipped.steps if s.title == "Feet"]
    assert feet.skipped and feet.start == feet.end
    assert not [e for e in skipped.events if e.step == feet.index]
    assert skipped.duration_s == pytest.approx(600, abs=1)  # the quiet times make up the length
    assert any("Feet" in n for n in skipped.notes)


def test_scan_areas_use_the_patients_own_sides() -> None:
    r = routine("body-scan-20")
    p = plan(r, Profile.with_pain({136: 6}, now=NOW))  # 136: the patient's LEFT foot
    modes = {s.title: s.mode for s in p.steps if s.kind == "scan"}
    assert modes["Left foot"] == "gentle" and modes["Right foot"] == "scan"
