"""Voice recording through a real device: known audio is played into the private PulseAudio
null sink while :class:`Recorder` records the sink's monitor as its microphone, and the clip
comes out trimmed (the tone plus about 150 ms either side) and at the narration level.

The monitor is the default source of the private server (the ``pulse`` fixture sets it and
routes ALSA's ``default`` there); ``PULSE_SOURCE`` names it again so the recorder cannot pick
up anything else. The audio is played by ``paplay`` in its own process, as a person speaking
into a microphone would be outside the app.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from somatic_player.audio.recorder import (
    MARGIN_S,
    Recorder,
    db,
    input_devices,
    process,
    save_clip,
    true_peak,
)
from somatic_player.audio.speech import PEAK_CEILING_DBFS, TARGET_RMS_DBFS, speech_rms

RATE = 48_000
LEAD_S, TONE_S, TAIL_S = 0.6, 1.0, 0.6


def known_audio() -> np.ndarray[Any, np.dtype[np.float32]]:
    """0.6 s silence, 1.0 s of 440 Hz with its peak at -20 dBFS, 0.6 s silence."""
    t = np.arange(round(TONE_S * RATE)) / RATE
    tone = 10 ** (-20 / 20) * np.sin(2 * np.pi * 440 * t)
    ramp = np.minimum(1.0, np.minimum(t, TONE_S - t) / 0.005)  # no click at the edges
    silence = np.zeros(round(LEAD_S * RATE))
    return np.concatenate([silence, tone * ramp, np.zeros(round(TAIL_S * RATE))]).astype(np.float32)


@pytest.mark.audio_device
def test_recording_from_the_monitor_is_trimmed_and_levelled(
    pulse: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("paplay") is None:
        pytest.skip("paplay not installed (apt: pulseaudio-utils)")
    monkeypatch.setenv("PULSE_SOURCE", "vsink.monitor")
    assert input_devices(), "PortAudio lists no input through the private PulseAudio"
    wav = tmp_path / "known.wav"
    sf.write(str(wav), known_audio(), RATE, subtype="FLOAT")

    recorder = Recorder()
    recorder.start()
    try:
        time.sleep(0.3)  # the input is running before anything is played
        subprocess.run(
            ["paplay", "--device=vsink", str(wav)], env=pulse.env, check=True, timeout=20
        )
        time.sleep(0.4)  # the last buffers reach the monitor
    finally:
        raw = recorder.stop()
    assert raw.shape[0] / RATE > LEAD_S + TONE_S + TAIL_S - 0.1, "the recording is too short"
    assert float(np.max(np.abs(raw))) > 0.05, "the tone never arrived"

    done = process(raw)
    path = save_clip(done.audio, tmp_path / "recordings", "line.flac")
    saved, rate = sf.read(str(path), dtype="float32")
    loudness = db(speech_rms(saved))
    peak = db(true_peak(saved))
    with capsys.disabled():
        print(
            f"\nrecording via monitor: raw {done.raw_s:.3f} s, trimmed {done.length_s:.3f} s, "
            f"noise floor {done.noise_floor_db:.1f} dBFS, gain {done.gain_db:+.2f} dB, "
            f"loudness {loudness:.2f} dBFS, true peak {peak:.2f} dBFS, "
            f"overflows {recorder.overflows}"
        )
    assert rate == RATE
    assert abs(saved.shape[0] / RATE - (TONE_S + 2 * MARGIN_S)) <= 0.05
    assert abs(loudness - TARGET_RMS_DBFS) <= 1.0
    assert peak <= PEAK_CEILING_DBFS and float(np.max(np.abs(saved))) < 1.0
