"""Real-device cue timing: a session played through a private PulseAudio null sink, recorded back.

A breathing session (a bell, then inhale 2 s / exhale 2 s cues for ``--seconds``, then a bell)
is played twice into a private PulseAudio server's null sink while ``parec`` records the sink's
monitor:

- the app: ``SoundDeviceEngine`` as the player uses it (the mixer rendered inside the PortAudio
  callback, the engine's own latency setting), warmed up on silence first as the player does;
- the baseline: a bare ``sounddevice.OutputStream`` with the engine's settings (latency, block
  size, channels) whose callback only copies the same session, rendered beforehand, into the
  device buffer.

In each recording every cue is located to the sample (the detector of
tests/audio_device/test_pulse_roundtrip.py, imported from there so the test and this benchmark
cannot disagree). A cue's timing error is how far it sits from where the plan puts it, counted
from the first cue (so the device's constant latency drops out and any drift or dropout adds
up). Reported for each: the largest and the median error in samples and ms, the largest error
between consecutive cues, underflows reported by PortAudio, the largest difference between the
recording and the offline render once aligned, and the stream's output latency.
Goal (issue 3, issue 8): every cue within 1 ms of its planned time, no underflows.

The server is the one of tests/audio_device/conftest.py (its own runtime folder and socket, an
ALSA set-up that routes this process only to it, stopped by PID afterwards); nothing is
written outside a temporary folder. If PulseAudio cannot run here this prints
``not run: <reason>`` on stderr and exits with status 77.

    python bench/bench_pulse_timing.py [--seconds 60] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NOT_RUN = 77  # the exit status of a benchmark that cannot run on this machine
GOAL_MS = 1.0
LEAD_S = 0.3  # silence before the session: a new stream's first samples reach the monitor late
TAIL_S = 0.3  # the last buffers reach the monitor


class NotRun(Exception):
    """This machine cannot run the benchmark; the message says why."""


def _load(name: str, path: Path) -> ModuleType:
    """Import a test module by path (tests/ is not a package)."""
    if not path.is_file():
        raise NotRun(f"{path.relative_to(ROOT)} is missing (the benchmark reuses its helpers)")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def session_plan(seconds: float) -> Any:
    """A bell, ``seconds`` of inhale 2 s / exhale 2 s cues, a bell: nothing but cues to find."""
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.routine import Routine

    routine = Routine.model_validate(
        {
            "schema_version": 1,
            "id": "bench-pulse",
            "title": "Bench pulse timing",
            "kind": "breathing",
            "steps": [
                {"kind": "breath", "inhale_s": 2, "exhale_s": 2, "duration_s": round(seconds)}
            ],
        },
        strict=False,
    )
    return compile_routine(routine)


def play_engine(pulse: Any, plan: Any) -> tuple[Any, dict[str, Any]]:
    """The app's engine plays the session; returns the recording and what the engine said."""
    from somatic_player.audio.mixer import Mixer
    from somatic_player.audio.sd_engine import SoundDeviceEngine

    engine = SoundDeviceEngine(Mixer(plan, {}))
    recording = pulse.record()
    try:
        engine.warm_up()
        time.sleep(LEAD_S)
        engine.start()
        deadline = time.monotonic() + plan.total_samples / plan.sample_rate + 10
        while engine.position_samples() < plan.total_samples and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(TAIL_S)
    finally:
        engine.stop()
        audio = recording.stop()
    problems = []
    while not engine.status.empty():
        status = engine.status.get_nowait()
        if status.kind in ("error", "device-lost"):
            problems.append(f"{status.kind}: {status.detail}")
    settings = {
        "latency": engine.latency,
        "blocksize": engine.blocksize,
        "channels": engine.channels,
    }
    return audio, {
        "underflows": engine.underflows,
        "output_latency_samples": engine._latency_samples,
        "stream_settings": settings,
        "problems": problems,
    }


def play_bare(
    pulse: Any, rendered: Any, rate: int, settings: dict[str, Any]
) -> tuple[Any, dict[str, Any]]:
    """Baseline: a bare sounddevice stream (the engine's ``settings``) copying the pre-rendered
    session, after silence."""
    import numpy as np

    from somatic_player.audio import devices

    sd = devices.import_sounddevice()
    lead = np.zeros(round(LEAD_S * rate), np.float32)
    source = np.concatenate([lead, rendered, np.zeros(round(TAIL_S * rate), np.float32)])
    state = {"at": 0, "underflows": 0}

    def callback(outdata: Any, frames: int, _time: Any, status: Any) -> None:
        if status.output_underflow:
            state["underflows"] += 1
        at = state["at"]
        chunk = source[at : at + frames]
        outdata[: chunk.shape[0]] = chunk[:, None]
        outdata[chunk.shape[0] :] = 0.0
        state["at"] = at + frames

    recording = pulse.record()
    stream = sd.OutputStream(samplerate=rate, dtype="float32", callback=callback, **settings)
    try:
        with stream:
            latency = round(float(stream.latency) * rate)
            deadline = time.monotonic() + source.shape[0] / rate + 10
            while state["at"] < source.shape[0] and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(TAIL_S)
    finally:
        audio = recording.stop()
    return audio, {"underflows": state["underflows"], "output_latency_samples": latency}


def timing(roundtrip: ModuleType, audio: Any, plan: Any, rate: int) -> dict[str, Any]:
    """Where every cue came back, against the plan, counted from the first cue."""
    try:
        found = roundtrip.find_cues(audio, plan)
    except AssertionError as exc:  # the detector's own checks: silent, cut short, off its window
        raise RuntimeError(f"cue detection failed: {exc}") from exc
    offsets = [f.measured - f.planned for f in found]
    errors = [abs(o - offsets[0]) for o in offsets[1:]]
    spacing = [abs(e) for e in roundtrip.spacing_errors(found)]
    try:
        residual: float | None = float(roundtrip.residual(audio, found, plan))
    except AssertionError:  # the recording stops before the session ends
        residual = None
    ms = 1000.0 / rate
    worst = max(errors, default=0)
    median = statistics.median(errors) if errors else 0.0
    return {
        "cues": len(found),
        "error_max_samples": worst,
        "error_max_ms": round(worst * ms, 4),
        "error_median_samples": median,
        "error_median_ms": round(median * ms, 4),
        "spacing_error_max_samples": max(spacing, default=0),
        "waveform_residual": residual,
        "first_cue_offset_samples": offsets[0],
    }


def measure(seconds: float) -> dict[str, Any]:
    missing = [tool for tool in ("pulseaudio", "pactl", "parec") if shutil.which(tool) is None]
    if missing:
        raise NotRun(f"{', '.join(missing)} not installed (apt: pulseaudio pulseaudio-utils)")
    conftest = _load("_bench_pulse_conftest", ROOT / "tests/audio_device/conftest.py")
    roundtrip = _load("_bench_pulse_roundtrip", ROOT / "tests/audio_device/test_pulse_roundtrip.py")
    rate = roundtrip.RATE
    plan = session_plan(seconds)
    rendered = roundtrip.engine_render(plan)  # what the engine sends, fade-in included
    root = Path(tempfile.mkdtemp(prefix="sp-bench-pulse-"))  # short: a socket path is < 108 B
    pulse = conftest.PrivatePulse(root)
    try:
        try:
            pulse.start()
        except (conftest.PulseUnavailable, OSError) as exc:
            raise NotRun(f"PulseAudio did not start: {exc}") from exc
        # Before PortAudio first initialises (at import sounddevice): only this server is seen.
        os.environ.update(
            PULSE_SERVER=pulse.server,
            PULSE_COOKIE=str(pulse.cookie),
            ALSA_CONFIG_PATH=str(pulse.alsa_config),
        )
        from somatic_player.audio import devices

        try:
            names = [device.name for device in devices.output_devices()]
        except (ImportError, OSError) as exc:
            raise NotRun(f"sounddevice/PortAudio unavailable: {exc}") from exc
        if "pulse" not in names and "default" not in names:
            raise NotRun(
                f"PortAudio lists no pulse/default output ({names}); apt libasound2-plugins"
            )
        app_audio, app_info = play_engine(pulse, plan)
        bare_audio, bare_info = play_bare(pulse, rendered, rate, app_info["stream_settings"])
    finally:
        pulse.stop()
        shutil.rmtree(root, ignore_errors=True)
    return {
        "seconds": plan.total_samples / rate,
        "sample_rate": rate,
        "goal_ms": GOAL_MS,
        "app": {**timing(roundtrip, app_audio, plan, rate), **app_info},
        "baseline": {**timing(roundtrip, bare_audio, plan, rate), **bare_info},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="breathing part (default 60)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if not 10 <= args.seconds <= 3600:
        parser.error("--seconds must be between 10 and 3600")
    try:
        result = measure(args.seconds)
    except NotRun as exc:
        print(f"not run: {exc}", file=sys.stderr)
        return NOT_RUN
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['seconds']:.1f} s session through a private PulseAudio null sink, 48 kHz")
    for key, label in (("app", "SoundDeviceEngine"), ("baseline", "bare OutputStream")):
        r = result[key]
        print(
            f"{label:18} {r['cues']} cues: error max {r['error_max_samples']} samples "
            f"({r['error_max_ms']:.3f} ms), median {r['error_median_samples']} "
            f"({r['error_median_ms']:.3f} ms); spacing max {r['spacing_error_max_samples']}; "
            f"underflows {r['underflows']}; residual {r['waveform_residual']}; "
            f"latency {r['output_latency_samples']} samples"
        )
    app = result["app"]
    within = app["error_max_ms"] <= GOAL_MS and app["underflows"] == 0 and not app["problems"]
    print(f"goal: every cue within {GOAL_MS:g} ms, no underflows: {'PASS' if within else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
