"""Render benchmark: a 60-minute breathing session to WAV, streaming vs a naive whole-array render.

Measured, each render in its own fresh process pinned to one CPU (so peak RSS is that render's):

- streaming: ``render_to_file`` as shipped (2 s chunks straight into libsndfile), with the
  default levels, and again with the breath-guide tone on (its per-sample envelope is the
  heaviest path in the mixer);
- naive baseline: the same mixer asked for the whole session as one in-memory array, then
  ``soundfile.write`` of that array (what a first implementation would do).

Reported: wall time, realtime factor (session length / render time), peak RSS (``ru_maxrss``),
plus the plan compile time for a 60-minute routine (median of 20, in this process). Goals:
realtime >= 500x, peak RSS < 200 MB, compile < 50 ms.

    python bench/bench_render.py [--minutes 60] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_REALTIME = 500.0
GOAL_RSS_MB = 200.0
GOAL_COMPILE_MS = 50.0
COMPILE_RUNS = 20

ROUTINE = {
    "schema_version": 1,
    "id": "bench-breathing",
    "title": "Bench breathing",
    "kind": "breathing",
    "steps": [
        {"kind": "narration", "text": "Find a comfortable position and let your eyes close."},
        {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": 300, "flexible": True},
        {"kind": "narration", "text": "Let your breath return to its own easy rhythm."},
    ],
}


def _plan(minutes: float) -> Any:
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.routine import Routine

    routine = Routine.model_validate(ROUTINE, strict=False)
    return compile_routine(routine, minutes=minutes)


def _speech(plan: Any) -> dict[str, Any]:
    """Stand-in narration clips (a soft tone) so the voice layer is exercised too."""
    import numpy as np

    from somatic_player.core.plan import speech_key

    clips = {}
    for event in plan.events:
        if event.kind == "speech":
            t = np.arange(event.duration_samples) / plan.sample_rate
            clips[speech_key(event)] = (0.3 * np.sin(2 * np.pi * 190 * t)).astype(np.float32)
    return clips


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def child(mode: str, minutes: float, out_dir: str) -> dict[str, Any]:
    """One measured render, run in a fresh process."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import numpy as np
    import soundfile

    from somatic_player.audio.mixer import Levels, Mixer
    from somatic_player.audio.render import render_to_file

    plan = _plan(minutes)
    clips = _speech(plan)
    path = Path(out_dir) / f"{mode}.wav"
    rss_before = _peak_rss_mb()
    start = time.perf_counter()
    if mode == "naive":
        whole = np.zeros(plan.total_samples, dtype=np.float32)
        Mixer(plan, clips).render_into(whole)
        soundfile.write(path, whole, plan.sample_rate, subtype="PCM_16")
    else:
        levels = Levels(ambient=0.25) if mode == "guide" else Levels()
        render_to_file(plan, clips, path, levels=levels)
    seconds = time.perf_counter() - start
    result = {
        "mode": mode,
        "seconds": seconds,
        "audio_s": plan.duration_s,
        "realtime": plan.duration_s / seconds,
        "peak_rss_mb": _peak_rss_mb(),
        "rss_before_render_mb": rss_before,
        "file_mb": path.stat().st_size / 1e6,
    }
    path.unlink()
    return result


def run_child(mode: str, minutes: float, out_dir: str) -> dict[str, Any]:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, __file__, "--child", mode, "--minutes", str(minutes), "--dir", out_dir]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} render failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def compile_ms(minutes: float) -> float:
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.routine import Routine

    routine = Routine.model_validate(ROUTINE, strict=False)
    compile_routine(routine, minutes=minutes)  # warm-up (imports, caches)
    times = []
    for _ in range(COMPILE_RUNS):
        start = time.perf_counter()
        compile_routine(routine, minutes=minutes)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def report(minutes: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="somatic-bench-") as tmp:
        runs = {mode: run_child(mode, minutes, tmp) for mode in ("stream", "guide", "naive")}
    stream, naive = runs["stream"], runs["naive"]
    compile_median = compile_ms(minutes)
    return {
        "minutes": minutes,
        "runs": runs,
        "compile_ms_median": compile_median,
        "ratios": {
            "naive_over_stream_time": naive["seconds"] / stream["seconds"],
            "naive_over_stream_rss": naive["peak_rss_mb"] / stream["peak_rss_mb"],
        },
        "goals": {
            "realtime_500x": min(runs["stream"]["realtime"], runs["guide"]["realtime"])
            >= GOAL_REALTIME,
            "rss_under_200mb": max(runs["stream"]["peak_rss_mb"], runs["guide"]["peak_rss_mb"])
            < GOAL_RSS_MB,
            "compile_under_50ms": compile_median < GOAL_COMPILE_MS,
        },
    }


def print_table(data: dict[str, Any]) -> None:
    names = {
        "stream": "streaming render_to_file",
        "guide": "streaming + guide tone",
        "naive": "naive whole-array baseline",
    }
    minutes = data["minutes"]
    print(f"Render of a {minutes:g}-minute breathing session, 48 kHz mono WAV PCM_16, 1 CPU")
    print(f"{'':28} {'time s':>8} {'realtime':>10} {'peak RSS MB':>12} {'(before)':>9}")
    for mode, label in names.items():
        r = data["runs"][mode]
        print(
            f"{label:28} {r['seconds']:8.2f} {r['realtime']:9.0f}x {r['peak_rss_mb']:12.1f}"
            f" {r['rss_before_render_mb']:9.1f}"
        )
    print(f"{'plan compile (median of 20)':28} {data['compile_ms_median']:8.2f} ms")
    ratios = data["ratios"]
    print(
        f"naive / streaming: time {ratios['naive_over_stream_time']:.2f}x, "
        f"peak RSS {ratios['naive_over_stream_rss']:.2f}x"
    )
    goals = data["goals"]
    print(
        "goals: "
        + ", ".join(
            f"{label} {'PASS' if goals[key] else 'FAIL'}"
            for key, label in (
                ("realtime_500x", f"realtime >= {GOAL_REALTIME:g}x"),
                ("rss_under_200mb", f"peak RSS < {GOAL_RSS_MB:g} MB"),
                ("compile_under_50ms", f"compile < {GOAL_COMPILE_MS:g} ms"),
            )
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--child", choices=("stream", "guide", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.minutes, args.dir)))
        return 0
    data = report(args.minutes)
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print_table(data)
    return 0 if all(data["goals"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
