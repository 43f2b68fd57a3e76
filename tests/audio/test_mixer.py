"""The mixer: sample-exact onsets, block-size independence, levels, solo layers, limiting."""

from __future__ import annotations

import dataclasses
import tracemalloc
from functools import cache
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

from somatic_player.audio.mixer import LIMIT_KNEE, Levels, Mixer
from somatic_player.audio.synth import cue_bank
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan, speech_key
from somatic_player.core.routine import Routine

RATE = 48_000


def routine(steps: list[dict[str, Any]], **extra: Any) -> Routine:
    data = {"schema_version": 1, "id": "t", "title": "T", "kind": "breathing", "steps": steps}
    data.update(extra)
    return Routine.model_validate(data, strict=False)


@cache
def easy_plan() -> Plan:
    """Narration then a 4 s / 6 s breath for a minute, like the easy-pace preset."""
    return compile_routine(
        routine(
            [
                {"kind": "narration", "text": "Hello"},
                {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": 60},
            ]
        )
    )


@cache
def busy_plan() -> Plan:
    """Every cue kind, speech, holds and movement counts in about forty seconds."""
    movement = {
        "kind": "movement",
        "exercise": "shoulder-rolls",
        "title": "Shoulder rolls",
        "reps": 3,
        "seconds_per_rep": 2,
        "rest_s": 1,
        "variants": {"seated": "Roll your shoulders slowly.", "lying": "Slide your arms."},
    }
    return compile_routine(
        routine(
            [
                {"kind": "narration", "text": "Settle in and let the breath find its own pace."},
                {
                    "kind": "breath",
                    "inhale_s": 3,
                    "hold_in_s": 1,
                    "exhale_s": 4,
                    "hold_out_s": 1,
                    "cycles": 2,
                },
                movement,
                {"kind": "breath", "rate_bpm": 10, "cycles": 2},
            ],
            safety={"contains_breath_holds": True},
        )
    )


def speech_clips(plan: Plan, amplitude: float = 0.5) -> dict[str, NDArray[np.float32]]:
    clips: dict[str, NDArray[np.float32]] = {}
    for event in plan.events:
        if event.kind == "speech":
            t = np.arange(event.duration_samples) / RATE
            clips[speech_key(event)] = (amplitude * np.sin(2 * np.pi * 180 * t)).astype(np.float32)
    return clips


def render_all(mixer: Mixer, frames: int, block: int | None = None) -> NDArray[np.float32]:
    out = np.zeros(frames, dtype=np.float32)
    if block is None:
        mixer.render_into(out)
        return out
    for start in range(0, frames, block):
        mixer.render_into(out[start : start + block])
    return out


def onsets_after_silence(x: NDArray[np.float32]) -> list[int]:
    nonzero = x != 0
    starts = np.flatnonzero(nonzero[1:] & ~nonzero[:-1]) + 1
    return ([0] if nonzero[0] else []) + starts.tolist()


def only_cues(plan: Plan, label: str) -> Plan:
    events = tuple(e for e in plan.events if e.kind != "cue" or e.label == label)
    return dataclasses.replace(plan, events=events)


# -- sample exactness ---------------------------------------------------------------------------


def test_every_inhale_starts_on_its_plan_sample() -> None:
    plan = easy_plan()
    inhales = [e.sample for e in plan.cues("inhale")]
    assert len(inhales) == 6
    # A block size that never lines up with a breath boundary.
    out = render_all(Mixer(only_cues(plan, "inhale"), {}, only="cues"), plan.total_samples, 997)
    assert onsets_after_silence(out) == inhales
    sound = cue_bank(RATE)["inhale"]
    for onset in inhales:
        end = onset + sound.shape[0]
        assert out[end - 2] != 0 and not out[end - 1 : end + 100].any()


@pytest.mark.parametrize("label", ["exhale", "bell"])
def test_other_cues_start_on_their_plan_sample(label: str) -> None:
    plan = easy_plan()
    expected = [e.sample for e in plan.cues(label)]
    assert expected
    out = render_all(Mixer(only_cues(plan, label), {}, only="cues"), plan.total_samples, 4096)
    assert onsets_after_silence(out) == expected


def test_full_cue_layer_onsets_are_cue_samples() -> None:
    plan = easy_plan()
    out = render_all(Mixer(plan, {}, only="cues"), plan.total_samples, 1234)
    cue_samples = {e.sample for e in plan.cues()}
    detected = onsets_after_silence(out)
    assert set(detected) <= cue_samples
    # every cue not drowned by an earlier one (only the opening bell overlaps) is found
    assert len(detected) >= len(cue_samples) - 2


def test_speech_clip_starts_on_its_sample() -> None:
    plan = easy_plan()
    (speech,) = [e for e in plan.events if e.kind == "speech"]
    clip = np.linspace(0.1, 0.2, 500, dtype=np.float32)
    out = render_all(Mixer(plan, {speech_key(speech): clip}, only="voice"), plan.total_samples, 333)
    assert onsets_after_silence(out) == [speech.sample]
    np.testing.assert_array_equal(out[speech.sample : speech.sample + 500], clip)


# -- block-size independence ----------------------------------------------------------------------

BUSY_LEVELS = Levels(cues=1.0, voice=1.0, ambient=0.6)


@cache
def busy_reference() -> NDArray[np.float32]:
    plan = busy_plan()
    mixer = Mixer(plan, speech_clips(plan, 0.9), levels=BUSY_LEVELS, max_block=plan.total_samples)
    return render_all(mixer, plan.total_samples + 1000)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sizes=st.lists(st.integers(1, 4096), min_size=1, max_size=30),
    anchor=st.integers(0, 10_000),
    back=st.integers(0, 30_000),
)
def test_random_block_sizes_match_one_block(sizes: list[int], anchor: int, back: int) -> None:
    plan = busy_plan()
    reference = busy_reference()
    onsets = sorted({e.sample for e in plan.events if e.kind in ("cue", "speech")})
    start = max(0, onsets[anchor % len(onsets)] - back)
    frames = min(40_000, reference.shape[0] - start)
    mixer = Mixer(plan, speech_clips(plan, 0.9), levels=BUSY_LEVELS, max_block=4096)
    mixer.seek(start)
    out = np.zeros(frames, dtype=np.float32)
    done, i = 0, 0
    while done < frames:
        n = min(sizes[i % len(sizes)], frames - done)
        mixer.render_into(out[done : done + n])
        done += n
        i += 1
    assert mixer.position == start + frames
    np.testing.assert_array_equal(out, reference[start : start + frames])


def test_whole_session_in_uneven_blocks_is_identical() -> None:
    reference = busy_reference()
    plan = busy_plan()
    mixer = Mixer(plan, speech_clips(plan, 0.9), levels=BUSY_LEVELS, max_block=3000)
    np.testing.assert_array_equal(render_all(mixer, reference.shape[0], 2999), reference)


def test_stereo_output_copies_mono_mix() -> None:
    plan = busy_plan()
    mixer = Mixer(plan, speech_clips(plan), levels=BUSY_LEVELS)
    out = np.zeros((plan.total_samples, 2), dtype=np.float32)
    mixer.render_into(out)
    np.testing.assert_array_equal(out[:, 0], out[:, 1])
    assert out.any()


# -- end, seek, return value -------------------------------------------------------------------


def test_silence_after_the_end_and_inside_count() -> None:
    plan = easy_plan()
    mixer = Mixer(plan, {}, levels=Levels(ambient=1.0))
    mixer.seek(plan.total_samples - 100)
    out = np.ones(300, dtype=np.float32)
    assert mixer.render_into(out) == 100
    assert not out[100:].any()
    assert mixer.render_into(out) == 0
    assert not out.any()
    assert mixer.finished and mixer.position == plan.total_samples + 500


def test_seek_renders_from_that_sample() -> None:
    plan = easy_plan()
    full = render_all(Mixer(plan, {}, levels=Levels(ambient=0.5)), plan.total_samples)
    mixer = Mixer(plan, {}, levels=Levels(ambient=0.5))
    for at in (plan.cues("exhale")[2].sample - 17, 5, plan.total_samples - 10_000):
        mixer.seek(at)
        out = np.zeros(5000, dtype=np.float32)
        mixer.render_into(out)
        np.testing.assert_array_equal(out, full[at : at + 5000])


# -- layers, levels, limiting ----------------------------------------------------------------------


def test_layers_only_and_levels() -> None:
    plan = busy_plan()
    clips = speech_clips(plan)
    n = plan.total_samples

    def render(**kwargs: Any) -> NDArray[np.float32]:
        return render_all(Mixer(plan, clips, **kwargs), n)

    default = render()
    cues, voice = render(only="cues"), render(only="voice")
    ambient = render(only="ambient")
    assert cues.any() and voice.any() and ambient.any()
    # ambient (the guide tone) is off by default
    np.testing.assert_allclose(default, cues + voice, atol=1e-6)
    assert not render(levels=Levels(cues=0.0, voice=0.0)).any()
    np.testing.assert_allclose(render(levels=Levels(cues=0.4), only="cues"), cues / 2, atol=1e-7)
    # a solo guide tone plays at 0.25 even with the ambient level at 0
    np.testing.assert_allclose(
        ambient, render(levels=Levels(cues=0.0, voice=0.0, ambient=0.25)), atol=1e-7
    )
    assert not render(cue_style="silent", only="cues").any()
    bell_style = render(cue_style="bell", only="cues")
    assert bell_style.any() and not np.array_equal(bell_style, cues)


def test_guide_tone_swells_with_the_breath() -> None:
    plan = easy_plan()
    out = render_all(Mixer(plan, {}, only="ambient"), plan.total_samples)
    inhale = plan.cues("inhale")[1]
    exhale = plan.cues("exhale")[1]
    rms = lambda a, b: float(np.sqrt(np.mean(out[a:b] ** 2)))  # noqa: E731
    start, top = inhale.sample, exhale.sample
    assert rms(start, start + 4800) < rms(top - 4800, top) / 5  # swells on the inhale
    assert rms(top + RATE * 6 - 4800, top + RATE * 6) < rms(top, top + 4800) / 5  # falls
    assert np.abs(np.diff(out)).max() < 0.02  # continuous: no clicks


def test_missing_clip_is_silent() -> None:
    plan = easy_plan()
    assert not render_all(Mixer(plan, {}, only="voice"), plan.total_samples).any()


def test_sum_never_exceeds_full_scale() -> None:
    plan = busy_plan()
    levels = Levels(cues=1.0, voice=1.0, ambient=1.0)
    out = render_all(Mixer(plan, speech_clips(plan, 1.0), levels=levels), plan.total_samples)
    assert np.abs(out).max() <= 1.0
    assert np.abs(out).max() > LIMIT_KNEE  # the limiter was needed here...
    quiet = render_all(Mixer(plan, speech_clips(plan, 0.3)), plan.total_samples)
    plain = render_all(Mixer(plan, speech_clips(plan, 0.3), only="voice"), plan.total_samples)
    cues = render_all(Mixer(plan, {}, only="cues"), plan.total_samples)
    np.testing.assert_allclose(quiet, plain + cues, atol=1e-6)  # ...and changes nothing below it


def test_levels_are_validated() -> None:
    with pytest.raises(ValueError, match="voice level"):
        Levels(voice=1.5)
    with pytest.raises(ValueError, match="max_block"):
        Mixer(easy_plan(), {}, max_block=0)


def test_levels_can_change_between_blocks() -> None:
    plan = easy_plan()
    mixer = Mixer(plan, {})
    mixer.levels = Levels(cues=0.0)
    assert not render_all(mixer, plan.total_samples).any()


def test_stereo_speech_clip_is_mixed_to_mono() -> None:
    plan = easy_plan()
    (speech,) = [e for e in plan.events if e.kind == "speech"]
    stereo = np.stack([np.full(100, 0.2), np.full(100, 0.4)], axis=1).astype(np.float32)
    out = render_all(Mixer(plan, {speech_key(speech): stereo}, only="voice"), plan.total_samples)
    np.testing.assert_allclose(out[speech.sample : speech.sample + 100], 0.3, rtol=1e-6)


def test_render_path_allocates_no_buffers() -> None:
    plan = busy_plan()
    mixer = Mixer(plan, speech_clips(plan, 0.9), levels=BUSY_LEVELS, max_block=4096)
    out = np.zeros((4096, 2), dtype=np.float32)
    mixer.render_into(out)  # warm up
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        while not mixer.finished:
            mixer.render_into(out)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # views and small ints only; one 4096-sample float buffer alone would be 16 KiB
    assert peak - base < 4096


def test_replace_plan_mid_session_is_seamless() -> None:
    """A live pace change swaps the plan between blocks: the audio up to the change is the
    old plan's, after it the new plan's, with no gap or jump at the swap."""
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.plan import PaceChange
    from somatic_player.core.routine import Routine

    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "t",
            "title": "T",
            "kind": "breathing",
            "steps": [{"kind": "breath", "inhale_s": 4, "exhale_s": 6, "cycles": 6}],
        },
        strict=False,
    )
    old = compile_routine(routine)
    press = old.cues("inhale")[2].sample + 48_000
    new = compile_routine(routine, pace=(PaceChange(press, +1.0),), flex_scale=old.flex_scale)

    live = Mixer(old, {}, max_block=4096)
    out = np.zeros(new.total_samples, dtype=np.float32)
    live.render_into(out[:press])
    live.replace_plan(new)
    live.render_into(out[press:])

    reference = np.zeros(new.total_samples, dtype=np.float32)
    Mixer(new, {}, max_block=4096).render_into(reference)
    np.testing.assert_array_equal(out, reference)
    assert live.total_samples == new.total_samples < old.total_samples


def test_spoken_cue_style_says_in_and_out() -> None:
    from somatic_player.audio.mixer import SPOKEN_CUES
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.routine import Routine

    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "t",
            "title": "T",
            "kind": "breathing",
            "steps": [{"kind": "breath", "inhale_s": 4, "exhale_s": 6, "cycles": 2}],
        },
        strict=False,
    )
    plan = compile_routine(routine)
    word_in = np.full(4800, 0.25, dtype=np.float32)
    word_out = np.full(4800, -0.25, dtype=np.float32)
    clips = {SPOKEN_CUES["inhale"]: word_in, SPOKEN_CUES["exhale"]: word_out}
    out = np.zeros(plan.total_samples, dtype=np.float32)
    Mixer(plan, clips, cue_style="spoken", only="cues").render_into(out)
    gain = 0.8
    inhale = plan.cues("inhale")[1].sample  # the second breath: the opening bell has faded
    exhale = plan.cues("exhale")[1].sample
    np.testing.assert_allclose(out[inhale : inhale + 4800], word_in * gain, rtol=1e-6)
    np.testing.assert_allclose(out[exhale : exhale + 4800], word_out * gain, rtol=1e-6)
