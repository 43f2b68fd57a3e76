"""Start-up benchmark: time to first paint of the app against a bare PySide6 window, same run.

Both are fresh processes that show a 1040x680 QMainWindow; the app is
``somatic-player --exit-after-startup``. Time to first paint runs from just before the process is
spawned to the moment the window's first paint has been handled, as the process itself reports it
on ``time.monotonic`` (one clock for all processes on Linux). The app paints its window first and
reads the routine library right after, so its "routines shown" time and its whole run are reported
too. Runs are interleaved (app, bare, app, bare, ...) after one discarded warm-up each; medians are
compared. Also reported: peak RSS of each process and which of numpy, sounddevice, pygame and
soundfile the app had imported by its first paint (from ``SOMATIC_PLAYER_STARTUP_REPORT``).

    python bench/bench_startup.py [--runs 7] [--json] [--platform offscreen|xvfb|both]

Xvfb is used when installed (one server for the whole run, so its start-up is not counted).
The goal is a first-paint ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

GOAL_RATIO = 1.5
HEAVY = ("numpy", "sounddevice", "pygame", "soundfile")

# Prints time.monotonic() at its first paint, then quits: the same work as the app minus the app.
BARE_WINDOW = """\
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False

def painted():
    print(time.monotonic(), flush=True)
    app.quit()

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1040, 680)
watch = Watch()
window.installEventFilter(watch)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Run:
    first_paint_s: float
    total_s: float
    peak_rss_mb: float
    routines_shown_s: float | None = None
    heavy_at_first_paint: tuple[str, ...] = ()


@dataclass
class Result:
    platform: str
    app_command: list[str]
    app: list[Run] = field(default_factory=list)
    bare: list[Run] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        def ms(values: list[float]) -> float:
            return round(statistics.median(values) * 1000, 1)

        app_paint = statistics.median(r.first_paint_s for r in self.app)
        bare_paint = statistics.median(r.first_paint_s for r in self.bare)
        shown = [r.routines_shown_s for r in self.app if r.routines_shown_s is not None]
        return {
            "platform": self.platform,
            "app_command": " ".join(self.app_command),
            "runs": len(self.app),
            "app_first_paint_ms": ms([r.first_paint_s for r in self.app]),
            "bare_first_paint_ms": ms([r.first_paint_s for r in self.bare]),
            "ratio": round(app_paint / bare_paint, 2),
            "goal_ratio": GOAL_RATIO,
            "meets_goal": app_paint / bare_paint <= GOAL_RATIO,
            "app_routines_shown_ms": ms(shown) if shown else None,
            "routines_shown_ratio": round(statistics.median(shown) / bare_paint, 2)
            if shown
            else None,
            "app_total_ms": ms([r.total_s for r in self.app]),
            "bare_total_ms": ms([r.total_s for r in self.bare]),
            "app_peak_rss_mb": round(statistics.median(r.peak_rss_mb for r in self.app), 1),
            "bare_peak_rss_mb": round(statistics.median(r.peak_rss_mb for r in self.bare), 1),
            "heavy_modules_before_first_paint": sorted(
                {name for r in self.app for name in r.heavy_at_first_paint}
            ),
        }


def app_command() -> list[str]:
    """``somatic-player`` installed beside this interpreter, else ``python -m somatic_player``."""
    script = Path(sys.executable).with_name("somatic-player")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script), "--exit-after-startup"]
    return [sys.executable, "-m", "somatic_player", "--exit-after-startup"]


def timed_run(command: list[str], env: Mapping[str, str], report: Path | None = None) -> Run:
    """Run one process to the end; raises if it fails. ``report``: the app's startup report."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(command, env=dict(env), stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # wait4: this child's own peak RSS
        total = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}:\n{stderr}")
    rss_mb = usage.ru_maxrss / 1024
    if report is None:
        return Run(float(stdout.split()[0]) - start, total, rss_mb)
    data = json.loads(report.read_text(encoding="utf-8"))
    report.unlink()  # so a run that writes no report cannot pass with an old one
    return Run(
        data["first_paint_monotonic_s"] - start,
        total,
        rss_mb,
        data["routines_shown_monotonic_s"] - start,
        tuple(name for name in data["heavy_modules_at_first_paint"] if name in HEAVY),
    )


@contextmanager
def xvfb_display() -> Iterator[str]:
    """Start one private Xvfb server and yield its DISPLAY."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def measure(
    platform: str, command: list[str], base_env: Mapping[str, str], runs: int, workdir: Path
) -> Result:
    result = Result(platform, command)
    report = workdir / f"report-{platform}.json"
    app_env = {**base_env, "SOMATIC_PLAYER_STARTUP_REPORT": str(report)}
    bare = [sys.executable, "-c", BARE_WINDOW]
    timed_run(command, app_env, report)  # warm-up: file cache, font cache, .pyc files
    timed_run(bare, base_env)
    for _ in range(runs):
        result.app.append(timed_run(command, app_env, report))
        result.bare.append(timed_run(bare, base_env))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--platform", choices=("offscreen", "xvfb", "both"), default="both")
    parser.add_argument(
        "--command",
        help="app command line to time instead of 'somatic-player --exit-after-startup', "
        "e.g. 'python -m somatic_player.app --exit-after-startup'",
    )
    args = parser.parse_args(argv)
    command = shlex.split(args.command) if args.command else app_command()

    with tempfile.TemporaryDirectory(prefix="somatic-bench-") as tmp:
        workdir = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env["SOMATIC_PLAYER_HOME"] = str(workdir / "home")
        results: list[Result] = []
        if args.platform in ("offscreen", "both"):
            offscreen_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
            results.append(measure("offscreen", command, offscreen_env, args.runs, workdir))
        if args.platform in ("xvfb", "both"):
            if shutil.which("Xvfb") is None:
                if args.platform == "xvfb":
                    parser.error("Xvfb is not installed")
                print("bench: Xvfb not installed, skipping the X11 measurement", file=sys.stderr)
            else:
                with xvfb_display() as display:
                    xcb_env = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
                    results.append(measure("xvfb", command, xcb_env, args.runs, workdir))

    summaries = [r.summary() for r in results]
    if args.json:
        print(json.dumps(summaries, indent=2))
    else:
        for s in summaries:
            verdict = "meets" if s["meets_goal"] else "MISSES"
            heavy = ", ".join(s["heavy_modules_before_first_paint"]) or "none"  # type: ignore[arg-type]
            print(
                f"{s['platform']}: first paint {s['app_first_paint_ms']} ms vs bare window "
                f"{s['bare_first_paint_ms']} ms = {s['ratio']}x ({verdict} the {GOAL_RATIO}x goal)"
                f"\n  routines on screen at {s['app_routines_shown_ms']} ms "
                f"({s['routines_shown_ratio']}x the bare first paint); whole run "
                f"{s['app_total_ms']} vs {s['bare_total_ms']} ms; peak RSS "
                f"{s['app_peak_rss_mb']} vs {s['bare_peak_rss_mb']} MB"
                f"\n  heavy modules imported before first paint: {heavy}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
