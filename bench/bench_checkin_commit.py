"""Check-in commit latency with a body map, in a database holding ten years of history.

A history is filled with ``--years`` of demo data (about 7,300 check-ins, 57,000 region ratings,
3,500 sessions). Then ``--commits`` times, alternately:

- ``Store.add_checkin`` with eight rated regions (one BEGIN IMMEDIATE ... COMMIT, WAL,
  synchronous=FULL, returns after the commit is on disk), and
- the baseline: a bare ``sqlite3`` INSERT of one row and its commit, in a separate database in
  the same folder with the same durability settings (WAL, synchronous=FULL, autocommit).

Alternating keeps both under the same disk conditions. Reported: p50/p99 of each in ms and the
ratio store/baseline; the goal is p99 <= 30 ms. Also reported, for the history view's budgets:
the time to fill the demo data, to load the whole history as columns (goal: the view opens in
<= 300 ms) and the slowest analysis function over it (goal: well under 100 ms).

    python bench/bench_checkin_commit.py [--years 10] [--commits 500] [--dir DIR] [--json]

Run it on the disk the app uses (``--dir``): fsync cost is most of a commit.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL_P99_MS = 30.0
GOAL_LOAD_MS = 300.0
GOAL_ANALYSIS_MS = 100.0
CODES = (218, 219, 222, 225, 205, 206, 207, 210)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def filesystem_of(path: Path) -> str:
    """The mount point and type holding ``path`` (from /proc/mounts; "unknown" elsewhere)."""
    best = ("", "unknown")
    try:
        with open("/proc/mounts", encoding="utf-8") as f:
            for line in f:
                _dev, mount, kind, *_ = line.split()
                if str(path).startswith(mount) and len(mount) > len(best[0]):
                    best = (mount, kind)
    except OSError:
        pass
    return f"{best[1]} ({best[0] or '?'})"


def run(years: float, commits: int, folder: Path) -> dict[str, Any]:
    from somatic_player.core.checkin import BodyMapRatings, RegionRating
    from somatic_player.history import analysis
    from somatic_player.history.demo import fill_demo
    from somatic_player.history.store import Store

    store = Store.open(folder / "history.sqlite3")
    t = time.perf_counter()
    counts = fill_demo(store, days=round(years * 365))
    fill_s = time.perf_counter() - t

    base = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    base.execute("PRAGMA journal_mode = WAL")
    base.execute("PRAGMA synchronous = FULL")
    base.execute(
        "CREATE TABLE checkins (id INTEGER PRIMARY KEY, taken_at TEXT, pain INTEGER,"
        " tension INTEGER)"
    )

    store_ms: list[float] = []
    base_ms: list[float] = []
    for n in range(commits):
        body = BodyMapRatings.of(
            RegionRating(code, (n + i) % 11, frozenset({"aching"}) if i % 3 == 0 else frozenset())
            for i, code in enumerate(CODES)
        )
        t = time.perf_counter()
        store.add_checkin("standalone", n % 11, (n + 3) % 11, body=body)
        store_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        base.execute(
            "INSERT INTO checkins (taken_at, pain, tension) VALUES (?, ?, ?)",
            ("2026-11-25T08:30:00.000Z", n % 11, (n + 3) % 11),
        )
        base_ms.append((time.perf_counter() - t) * 1000)
    base.close()

    loads = []
    for _ in range(5):
        t = time.perf_counter()
        history = store.load_history()
        loads.append((time.perf_counter() - t) * 1000)
    timings: dict[str, float] = {}
    for name in (
        "session_changes",
        "daily_series",
        "compare_weeks",
        "practice_minutes_by_week",
        "widespreadness",
        "region_heatmap",
        "before_after_maps",
        "what_seems_to_help",
    ):
        func = getattr(analysis, name)
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            func(history)
            runs.append((time.perf_counter() - t) * 1000)
        timings[name] = statistics.median(runs)
    t = time.perf_counter()
    history.select(kind="pmr")
    select_ms = (time.perf_counter() - t) * 1000
    store.close()

    p50, p99 = percentile(store_ms, 50), percentile(store_ms, 99)
    b50, b99 = percentile(base_ms, 50), percentile(base_ms, 99)
    slowest = max(timings, key=lambda k: timings[k])
    return {
        "filesystem": filesystem_of(folder.resolve()),
        "history": counts,
        "demo_fill_s": round(fill_s, 2),
        "commits": commits,
        "store_p50_ms": round(p50, 2),
        "store_p99_ms": round(p99, 2),
        "store_max_ms": round(max(store_ms), 2),
        "baseline_p50_ms": round(b50, 2),
        "baseline_p99_ms": round(b99, 2),
        "ratio_p50": round(p50 / b50, 2),
        "ratio_p99": round(p99 / b99, 2),
        "goal_p99_ms": GOAL_P99_MS,
        "p99_within_goal": p99 <= GOAL_P99_MS,
        "load_history_ms_median": round(statistics.median(loads), 1),
        "load_history_ms_first": round(loads[0], 1),
        "analysis_ms": {k: round(v, 2) for k, v in timings.items()},
        "select_kind_ms": round(select_ms, 2),
        "slowest_analysis": slowest,
        "load_within_goal": statistics.median(loads) <= GOAL_LOAD_MS,
        "analysis_within_goal": timings[slowest] <= GOAL_ANALYSIS_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: temp)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.commits < 100:
        parser.error("--commits must be at least 100 for a p99")
    with tempfile.TemporaryDirectory(prefix="bench-checkin-", dir=args.dir) as tmp:
        os.environ["SOMATIC_PLAYER_HOME"] = tmp  # nothing touches the real user folder
        result = run(args.years, args.commits, Path(tmp))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    h = result["history"]
    print(
        f"history: {h['checkins']} check-ins, {h['checkin_regions']} region ratings, "
        f"{h['sessions']} sessions (demo fill {result['demo_fill_s']} s) "
        f"on {result['filesystem']}"
    )
    print(
        f"add_checkin with 8 regions: p50 {result['store_p50_ms']} ms, "
        f"p99 {result['store_p99_ms']} ms (max {result['store_max_ms']} ms) over "
        f"{result['commits']} commits; goal p99 <= {GOAL_P99_MS:.0f} ms: "
        f"{'met' if result['p99_within_goal'] else 'NOT met'}"
    )
    print(
        f"bare sqlite3 INSERT+commit:  p50 {result['baseline_p50_ms']} ms, "
        f"p99 {result['baseline_p99_ms']} ms; ratio p50 {result['ratio_p50']}x, "
        f"p99 {result['ratio_p99']}x"
    )
    print(
        f"load_history (whole history as columns): median {result['load_history_ms_median']} ms,"
        f" first {result['load_history_ms_first']} ms (goal: view opens <= {GOAL_LOAD_MS:.0f} ms)"
    )
    slowest = result["slowest_analysis"]
    print(
        f"analysis over it: slowest {slowest} {result['analysis_ms'][slowest]} ms; "
        f"select(kind) {result['select_kind_ms']} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
