"""Offline rendering: file formats round-trip, atomic writes, cancel, progress, errors."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest
import soundfile

from somatic_player.audio.mixer import Levels, Mixer
from somatic_player.audio.render import RenderCancelled, render_to_file, supported_suffixes
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan, speech_key
from somatic_player.core.routine import Routine

RATE = 48_000


@cache
def plan() -> Plan:
    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "t",
            "title": "T",
            "kind": "breathing",
            "steps": [
                {"kind": "narration", "text": "Hello"},
                {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": 20},
            ],
        },
        strict=False,
    )
    return compile_routine(routine)


def clips() -> dict[str, np.ndarray]:
    (speech,) = [e for e in plan().events if e.kind == "speech"]
    t = np.arange(speech.duration_samples) / RATE
    return {speech_key(speech): (0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)}


def expected(levels: Levels | None = None) -> np.ndarray:
    out = np.zeros(plan().total_samples, dtype=np.float32)
    Mixer(plan(), clips(), levels=levels).render_into(out)
    return out


@pytest.mark.parametrize("suffix", [".wav", ".flac"])
def test_lossless_round_trip(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"session{suffix}"
    assert render_to_file(plan(), clips(), target) == target
    data, rate = soundfile.read(target, dtype="float32")
    assert rate == RATE
    assert data.shape == (plan().total_samples,)
    # PCM_16: within one quantisation step of the mixer's output
    np.testing.assert_allclose(data, expected(), atol=1.5 / 32768)
    info = soundfile.info(target)
    assert info.subtype == "PCM_16"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_ogg_vorbis_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "session.ogg"
    render_to_file(plan(), clips(), target)
    info = soundfile.info(target)
    assert (info.format, info.subtype, info.samplerate) == ("OGG", "VORBIS", RATE)
    data, _ = soundfile.read(target, dtype="float32")
    ref = expected()
    assert abs(data.shape[0] - ref.shape[0]) < RATE // 10
    n = min(data.shape[0], ref.shape[0])
    corr = np.corrcoef(data[:n], ref[:n])[0, 1]
    assert corr > 0.95


def test_stereo_file(tmp_path: Path) -> None:
    target = tmp_path / "stereo.wav"
    render_to_file(plan(), clips(), target, channels=2, only="cues")
    data, _ = soundfile.read(target, dtype="float32")
    assert data.shape == (plan().total_samples, 2)
    np.testing.assert_array_equal(data[:, 0], data[:, 1])


def test_mp3_when_supported(tmp_path: Path) -> None:
    if ".mp3" not in supported_suffixes():
        pytest.skip("this libsndfile cannot write MP3")
    target = tmp_path / "session.mp3"
    render_to_file(plan(), clips(), target)
    assert soundfile.info(target).format == "MP3"


def test_progress_reports_every_chunk(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    render_to_file(plan(), clips(), tmp_path / "p.wav", progress=lambda d, t: seen.append((d, t)))
    total = plan().total_samples
    assert seen[-1] == (total, total)
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(done) == -(-total // (2 * RATE))


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    calls = iter(range(100))
    with pytest.raises(RenderCancelled):
        render_to_file(plan(), clips(), tmp_path / "c.wav", cancel=lambda: next(calls) >= 3)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "keep.flac"
    target.write_bytes(b"old contents")
    with pytest.raises(RenderCancelled):
        render_to_file(plan(), clips(), target, cancel=lambda: True)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.flac"]


def test_failure_mid_render_removes_temp_file(tmp_path: Path) -> None:
    def boom(done: int, total: int) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        render_to_file(plan(), clips(), tmp_path / "f.wav", progress=boom)
    assert list(tmp_path.iterdir()) == []


def test_overwrite_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "again.wav"
    target.write_bytes(b"x" * 10)
    render_to_file(plan(), clips(), target, only="voice")
    data, _ = soundfile.read(target, dtype="float32")
    assert data.shape[0] == plan().total_samples


@pytest.mark.parametrize("name", ["session.aiff", "session.txt", "session"])
def test_unknown_suffix_is_a_clear_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(ValueError, match=r"not a supported audio type; use one of \.wav"):
        render_to_file(plan(), clips(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_bad_channel_count(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="channels"):
        render_to_file(plan(), clips(), tmp_path / "x.wav", channels=6)


def test_levels_and_only_reach_the_file(tmp_path: Path) -> None:
    target = tmp_path / "ambient.wav"
    render_to_file(plan(), {}, target, only="ambient")
    data, _ = soundfile.read(target, dtype="float32")
    assert np.abs(data).max() > 0.01
    silent = tmp_path / "silent.wav"
    render_to_file(plan(), {}, silent, levels=Levels(cues=0.0, voice=0.0))
    data, _ = soundfile.read(silent, dtype="float32")
    assert not data.any()
