"""The recorder's pure parts on synthetic signals (tone bursts in noise), its callback fed
blocks by hand (no device), and saving."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import soundfile as sf
from numpy.typing import NDArray

from somatic_player.audio.recorder import (
    MARGIN_S,
    Recorder,
    RecordingError,
    db,
    new_clip_name,
    noise_floor_db,
    normalise,
    process,
    save_clip,
    trim_silence,
    true_peak,
)
from somatic_player.audio.speech import (
    PEAK_CEILING_DBFS,
    TARGET_RMS_DBFS,
    SpeechLibrary,
    speech_rms,
)

RATE = 48_000


def tone(seconds: float, dbfs: float, hz: float = 440.0) -> NDArray[np.float32]:
    t = np.arange(round(seconds * RATE)) / RATE
    return (10 ** (dbfs / 20) * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def noise(seconds: float, dbfs: float, seed: int = 1) -> NDArray[np.float32]:
    rng = np.random.default_rng(seed)
    return (10 ** (dbfs / 20) * rng.standard_normal(round(seconds * RATE))).astype(np.float32)


def burst_in_noise(
    lead_s: float, burst_s: float, tail_s: float, noise_db: float
) -> NDArray[np.float32]:
    x = np.concatenate(
        [np.zeros(round(lead_s * RATE)), tone(burst_s, -20), np.zeros(round(tail_s * RATE))]
    )
    return (x + noise(x.shape[0] / RATE, noise_db)).astype(np.float32)


@pytest.mark.parametrize("noise_db", [-90.0, -60.0, -45.0])
def test_trim_keeps_the_burst_and_150_ms_either_side(noise_db: float) -> None:
    x = burst_in_noise(1.0, 1.0, 0.8, noise_db)
    out = trim_silence(x)
    expected = 1.0 + 2 * MARGIN_S
    assert abs(out.shape[0] / RATE - expected) <= 0.02, out.shape[0] / RATE
    # The burst sits in the middle: 150 ms (+/- one frame) of noise before it.
    onset = int(np.flatnonzero(np.abs(out) > 0.05)[0])
    assert abs(onset / RATE - MARGIN_S) <= 0.015
    # Faded: both ends start from (almost) nothing.
    assert abs(out[0]) < 1e-3 and abs(out[-1]) < 1e-3


def test_trim_two_bursts_keeps_the_gap_between() -> None:
    gap = np.zeros(RATE // 2, dtype=np.float32)
    x = np.concatenate(
        [
            np.zeros(RATE, np.float32),
            tone(0.4, -30),
            gap,
            tone(0.4, -20),
            np.zeros(RATE, np.float32),
        ]
    )
    x = (x + noise(x.shape[0] / RATE, -70)).astype(np.float32)
    assert abs(trim_silence(x).shape[0] / RATE - (1.3 + 2 * MARGIN_S)) <= 0.02


def test_trim_margin_stops_at_the_recording_edges() -> None:
    x = burst_in_noise(0.05, 0.5, 0.05, -70)
    assert x.shape[0] - 480 <= trim_silence(x).shape[0] <= x.shape[0]


def test_silence_and_noise_only_give_nothing() -> None:
    assert trim_silence(np.zeros(RATE, dtype=np.float32)).shape[0] == 0
    assert trim_silence(noise(1.0, -80)).shape[0] == 0
    assert trim_silence(noise(2.0, -45)).shape[0] == 0  # room noise only, however loud
    assert trim_silence(np.zeros(10, dtype=np.float32)).shape[0] == 0


def test_noise_floor_is_the_quiet_part() -> None:
    x = burst_in_noise(1.0, 0.5, 1.0, -60)
    assert abs(noise_floor_db(x) - (-60)) < 1.5


def test_normalise_reaches_the_narration_level() -> None:
    for level in (-40.0, -20.0, -8.0):
        out = normalise(tone(1.0, level))
        assert abs(db(speech_rms(out)) - TARGET_RMS_DBFS) < 0.05


def test_normalise_limits_the_true_peak() -> None:
    # A spiky signal: clicks over a quiet hum; levelling its RMS would clip it.
    x = tone(1.0, -50)
    x[::4800] = 0.9
    out = normalise(x)
    assert db(true_peak(out)) <= PEAK_CEILING_DBFS + 0.01
    assert db(speech_rms(out)) < TARGET_RMS_DBFS


def test_true_peak_sees_between_samples() -> None:
    # A sine at a quarter of the rate, sampled 45 degrees off its peaks: samples at 0.707.
    t = np.arange(4800)
    x = np.sin(np.pi / 2 * t + np.pi / 4).astype(np.float32)
    assert float(np.max(np.abs(x))) < 0.72
    assert true_peak(x) > 0.95


def test_silence_is_left_alone() -> None:
    assert not np.any(normalise(np.zeros(100, dtype=np.float32)))


def test_process_reports_figures() -> None:
    done = process(burst_in_noise(1.0, 1.0, 1.0, -60))
    assert abs(done.length_s - 1.3) <= 0.02
    assert abs(done.loudness_db - TARGET_RMS_DBFS) < 0.1
    assert done.true_peak_db <= PEAK_CEILING_DBFS
    assert abs(done.noise_floor_db + 60) < 1.5
    assert done.gain_db == pytest.approx(3.0, abs=0.2)  # a -20 dBFS peak tone is -23 dBFS RMS
    assert process(np.zeros(RATE, dtype=np.float32)).empty


def test_saved_clip_reads_back_at_the_same_level(tmp_path: Path) -> None:
    done = process(burst_in_noise(0.5, 1.0, 0.5, -60))
    name = new_clip_name()
    path = save_clip(done.audio, tmp_path / "recordings", name)
    assert path.name == name and path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == [name]  # no temp file left
    info = sf.info(str(path))
    assert (info.format, info.samplerate, info.channels) == ("FLAC", RATE, 1)
    # The speech library plays it at the same level (its conditioning changes nothing).
    heard = SpeechLibrary(None, cache=tmp_path / "cache", clip_dir=path.parent).audio(
        f"clip:{name}"
    )
    assert heard is not None and heard.shape == done.audio.shape
    assert abs(db(speech_rms(heard)) - TARGET_RMS_DBFS) < 0.1
    # Only its own 10 ms fades differ; the rest is the saved clip to 16-bit precision.
    assert float(np.max(np.abs(heard[480:-480] - done.audio[480:-480]))) < 1e-4


@pytest.mark.parametrize("name", ["../x.flac", "x.mp3", "a/b.wav"])
def test_save_refuses_odd_names(tmp_path: Path, name: str) -> None:
    with pytest.raises(RecordingError):
        save_clip(np.zeros(10, dtype=np.float32), tmp_path, name)


def test_callback_fills_the_buffer_and_reports_level() -> None:
    rec = Recorder(max_s=0.05)  # 2400 samples
    rec._stream = object()  # as if started, without a device
    status = SimpleNamespace(input_overflow=False)
    block = np.full((1000, 1), 0.25, dtype=np.float32)
    for _ in range(3):
        rec._callback(block, 1000, None, status)
        assert rec.level == pytest.approx(0.25)
    assert rec.full and rec.elapsed_s == pytest.approx(0.05)
    rec._callback(block, 1000, None, SimpleNamespace(input_overflow=True))  # dropped, no error
    assert rec.overflows == 1
    rec._stream = None
    audio = rec.stop()
    assert audio.shape == (2400,) and np.all(audio == np.float32(0.25))


def test_callback_does_not_allocate_arrays() -> None:
    import tracemalloc

    rec = Recorder(max_s=1.0)
    rec._stream = object()
    status = SimpleNamespace(input_overflow=False)
    block = np.full((512, 1), 0.1, dtype=np.float32)
    rec._callback(block, 512, None, status)  # warm
    tracemalloc.start()
    for _ in range(50):
        rec._callback(block, 512, None, status)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rec._stream = None
    assert peak < 2048, peak  # views and scalars only; a block copy would be 2 KiB each
