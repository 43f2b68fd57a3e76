"""History view speed with ten years of demo history: opening the page and each filter change.

Builds the demo database once in a temporary folder (``fill_demo(days=3650)``: about two
check-ins a day with about eight rated regions each), then measures, over several runs:

- open: a new HistoryView on the store, shown and painted (the history is read from the
  database, the visible tab's charts are built and drawn);
- the first showing of each other tab (built lazily), on fresh pages showing all time;
- each filter change (period, kind of practice) while each tab is visible, painted (only the
  visible tab is redrawn; the others when next shown).

A warm-up page visits every tab first (Qt, pyqtgraph and SQLite first-use costs, and the
body-map figure, which the app has parsed for the first check-in). The data folder is a
temporary one (SOMATIC_PLAYER_HOME), removed at the end.

Baseline, measured in the same run: a bare QWidget holding one empty pyqtgraph PlotWidget,
created, shown and painted. Goals (issue 4): open <= 300 ms, each chart update <= 100 ms.
pyqtgraph is imported before any timing (the baseline needs it too); its import cost is
reported on its own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_history_view.py [--runs 7] [--days 3650]
        [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

OPEN_GOAL_MS = 300.0
UPDATE_GOAL_MS = 100.0


def _timed(action: Callable[[], object], app: object) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()  # type: ignore[attr-defined]
    return (time.perf_counter() - start) * 1000.0


def _stats(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples):7.1f} ms  "
        f"(min {min(samples):6.1f}, max {max(samples):6.1f}, n={len(samples)})"
    )


def _summary(samples: list[float]) -> dict[str, object]:
    return {
        "median_ms": round(statistics.median(samples), 2),
        "min_ms": round(min(samples), 2),
        "max_ms": round(max(samples), 2),
        "samples_ms": [round(s, 2) for s in samples],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="somatic-bench-history-"))
    os.environ["SOMATIC_PLAYER_HOME"] = str(folder)  # theme icons etc. stay out of the real one

    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    app = QApplication.instance() or QApplication(sys.argv)
    t0 = time.perf_counter()
    import pyqtgraph as pg

    pg_import_ms = (time.perf_counter() - t0) * 1000.0

    from somatic_player.history.demo import fill_demo
    from somatic_player.history.store import Store
    from somatic_player.qt.history_view import TABS, HistoryView
    from somatic_player.qt.theme import apply_theme

    apply_theme(app, "light", 1.0)
    t0 = time.perf_counter()
    store = Store.open(folder / "history.sqlite3")
    added = fill_demo(store, days=args.days)
    build_s = time.perf_counter() - t0
    print(
        f"demo history: {args.days} days, {added['checkins']} check-ins, "
        f"{added['checkin_regions']} region ratings, {added['sessions']} sessions "
        f"(built in {build_s:.1f} s)",
        file=sys.stderr if args.json else sys.stdout,
    )

    def baseline() -> QWidget:
        bare = QWidget()
        layout = QVBoxLayout(bare)
        layout.addWidget(pg.PlotWidget())
        bare.resize(1200, 800)
        bare.show()
        return bare

    def open_view() -> HistoryView:
        view = HistoryView(store)
        view.resize(1200, 800)
        view.show()  # reads the history, builds the visible tab; painted in processEvents
        return view

    # Warm-up, not counted: first-use caches in Qt, pyqtgraph and SQLite, and the body-map
    # figure (parsed once per process; in the app the first check-in has done it).
    for make in (baseline, open_view):
        widget = make()
        app.processEvents()
        if isinstance(widget, HistoryView):
            for tab in TABS:
                widget.show_tab(tab)
                app.processEvents()
        widget.close()
        widget.deleteLater()
        app.processEvents()

    base_ms, open_ms = [], []
    holder: list[QWidget] = []
    for _ in range(args.runs):
        base_ms.append(_timed(lambda: holder.append(baseline()), app))
        open_ms.append(_timed(lambda: holder.append(open_view()), app))
        for widget in holder:
            widget.close()
            widget.deleteLater()
        holder.clear()
        app.processEvents()

    results: dict[str, dict[str, list[float]]] = {tab: {} for tab in TABS}
    # The first showing of a tab builds its charts: measured on fresh pages, all time shown.
    for _ in range(args.runs):
        for tab in TABS[1:]:
            fresh = open_view()
            fresh.set_period("all")
            app.processEvents()
            results[tab].setdefault("first show (all time)", []).append(
                _timed(lambda page=fresh, tab=tab: page.show_tab(tab), app)  # type: ignore[misc]
            )
            fresh.close()
            fresh.deleteLater()
            app.processEvents()

    view = open_view()
    app.processEvents()
    filters: list[tuple[str, Callable[[], None]]] = [
        ("period: all time", lambda: view.set_period("all")),
        ("kind: muscle relaxation (all time)", lambda: view.set_kind("pmr")),
        ("kind: all kinds (all time)", lambda: view.set_kind(None)),
        ("period: last year", lambda: view.set_period("365")),
        ("period: last 90 days", lambda: view.set_period("90")),
        ("period: last 7 days", lambda: view.set_period("7")),
        ("period: last 30 days", lambda: view.set_period("30")),
    ]
    for tab in TABS:
        view.show_tab(tab)
        app.processEvents()
        for _ in range(args.runs):
            for name, action in filters:  # each is one change; _timed paints it
                results[tab].setdefault(name, []).append(_timed(action, app))
    view.close()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)

    base = statistics.median(base_ms)
    if args.json:
        print(
            json.dumps(_json_report(args, added, build_s, pg_import_ms, base_ms, open_ms, results))
        )
        return 0
    print(f"pyqtgraph import (not in the figures below): {pg_import_ms:.0f} ms")
    print(f"baseline: bare QWidget + empty PlotWidget shown   {_stats(base_ms)}")
    opened = statistics.median(open_ms)
    print(
        f"open history view (load + first tab drawn)      {_stats(open_ms)}  "
        f"ratio {opened / base:5.1f}x  goal <= {OPEN_GOAL_MS:.0f} ms: "
        f"{'PASS' if opened <= OPEN_GOAL_MS else 'MISS'}"
    )
    worst = {"first show": 0.0, "filter": 0.0}
    for tab, rows in results.items():
        print(f"-- tab '{tab}'")
        for name, samples in rows.items():
            median = statistics.median(samples)
            which = "first show" if name.startswith("first show") else "filter"
            worst[which] = max(worst[which], median)
            print(f"   {name:36} {_stats(samples)}  ratio {median / base:5.1f}x")
    for which, label in (
        ("filter", "chart update after a filter change"),
        ("first show", "tab first shown (built)"),
    ):
        print(
            f"worst median {label}: {worst[which]:.1f} ms; goal <= {UPDATE_GOAL_MS:.0f} ms: "
            f"{'PASS' if worst[which] <= UPDATE_GOAL_MS else 'MISS'}"
        )
    return 0


def _json_report(
    args: argparse.Namespace,
    added: dict[str, int],
    build_s: float,
    pg_import_ms: float,
    base_ms: list[float],
    open_ms: list[float],
    results: dict[str, dict[str, list[float]]],
) -> dict[str, object]:
    """The same figures as the text report, as one JSON object (``--json``)."""
    base = statistics.median(base_ms)
    opened = statistics.median(open_ms)
    worst: dict[str, tuple[float, dict[str, object]]] = {}  # the slowest median of each kind
    for tab, rows in results.items():
        for name, samples in rows.items():
            which = "first_show" if name.startswith("first show") else "filter"
            median = statistics.median(samples)
            if which not in worst or median > worst[which][0]:
                worst[which] = (median, {"tab": tab, "change": name, **_summary(samples)})
    return {
        "days": args.days,
        "runs": args.runs,
        "history": added,
        "demo_build_s": round(build_s, 2),
        "pyqtgraph_import_ms": round(pg_import_ms, 1),
        "baseline": _summary(base_ms),
        "open": _summary(open_ms),
        "open_ratio": round(opened / base, 2),
        "tabs": {
            tab: {name: _summary(s) for name, s in rows.items()} for tab, rows in results.items()
        },
        "worst_filter_change": worst["filter"][1] if "filter" in worst else None,
        "worst_first_show": worst["first_show"][1] if "first_show" in worst else None,
        "goal_open_ms": OPEN_GOAL_MS,
        "goal_update_ms": UPDATE_GOAL_MS,
    }


if __name__ == "__main__":
    sys.exit(main())
