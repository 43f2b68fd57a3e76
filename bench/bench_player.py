"""Player smoothness and cost: a session played in a real window, measured frame by frame.

Runs the player (null audio engine on the real clock, so the pacer moves exactly as in a
session) under the current Qt platform (use xvfb-run for a real X server) and reports the
pacer's frame interval p50/p99, paint cost p95, process CPU use in % of one core and peak
memory. A bare window with the same timer but no pacer is measured in the same run as the
baseline for CPU. Goal: at most 5% of one core.

    xvfb-run -a python bench/bench_player.py --seconds 600
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import statistics
import sys
import time


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def run(seconds: float, routine_id: str) -> dict[str, float]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from somatic_player.audio.engines import NullEngine
    from somatic_player.content.library import default_rules, find_routine
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    app = QApplication.instance() or QApplication(sys.argv)

    # Baseline: a bare window with a 16 ms timer doing nothing.
    bare = QWidget()
    bare.resize(1100, 720)
    bare.show()
    ticker = QTimer()
    ticker.setInterval(16)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    QTimer.singleShot(round(min(seconds, 30.0) * 1000), app.quit)
    app.exec()
    bare_cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100
    ticker.stop()
    bare.close()

    routine, _ = find_routine(routine_id)
    controller = SessionController(
        SessionSetup(routine, rules=default_rules(), minutes=max(1.0, seconds / 60)),
        engine_factory=lambda mixer: (NullEngine(mixer), []),
    )
    view = PlayerView(controller)
    view.resize(1100, 720)
    view.show()
    log: list[tuple[float, float]] = []
    view.pacer.paint_log = log
    controller.start()
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    QTimer.singleShot(round(seconds * 1000), app.quit)
    controller.finished.connect(lambda _outcome: app.quit())
    app.exec()  # the real event loop, as in the app
    wall = time.perf_counter() - wall0
    cpu = (time.process_time() - cpu0) / wall * 100
    controller.stop()
    frames = [start for start, _cost in log]
    costs = [cost * 1000 for _start, cost in log]
    intervals = [(b - a) * 1000 for a, b in itertools.pairwise(frames)]
    moving = [i for i in intervals if i < 200]  # drop pauses between breathing steps
    return {
        "seconds": round(wall, 1),
        "frames": len(frames),
        "frame_interval_p50_ms": round(percentile(moving, 50), 2),
        "frame_interval_p99_ms": round(percentile(moving, 99), 2),
        "paint_cost_p95_ms": round(percentile(costs, 95), 3),
        "paint_cost_median_ms": round(statistics.median(costs), 3) if costs else 0.0,
        "cpu_percent_one_core": round(cpu, 2),
        "baseline_bare_window_cpu_percent": round(bare_cpu, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--routine", default="easy-pace")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.seconds, args.routine)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:36} {value}")
        verdict = "PASS" if result["cpu_percent_one_core"] <= 5.0 else "MISS"
        print(f"goal: CPU <= 5% of one core: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
