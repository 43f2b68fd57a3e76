"""Start-up benchmark: time to first paint of the app against a bare PySide6 window, same run.

Both are fresh processes that show a QMainWindow and quit right after its first paint; the app is
``somatic-player --exit-after-startup``. Runs are interleaved (app, bare, app, bare, ...) after one
discarded warm-up each, and the median wall time is compared. Also reports the peak RSS of each
process and whether numpy, sounddevice, pygame or soundfile were imported before the first paint
(from the app's ``SOMATIC_PLAYER_STARTUP_REPORT``).

    python bench/bench_startup.py [--runs 7] [--json] [--platform offscreen|xvfb|both]

Xvfb is used when ``Xvfb`` is installed (one server for the whole run, so server start-up is not
counted). The goal is a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
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

BARE_WINDOW = """\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

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
class Result:
    platform: str
    app_command: list[str]
    app_s: list[float] = field(default_factory=list)
    bare_s: list[float] = field(default_factory=list)
    app_rss_mb: list[float] = field(default_factory=list)
    bare_rss_mb: list[float] = field(default_factory=list)
    heavy_before_paint: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        app = statistics.median(self.app_s)
        bare = statistics.median(self.bare_s)
        return {
            "platform": self.platform,
            "app_command": " ".join(self.app_command),
            "runs": len(self.app_s),
            "app_median_ms": round(app * 1000, 1),
            "bare_median_ms": round(bare * 1000, 1),
            "ratio": round(app / bare, 2),
            "goal_ratio": GOAL_RATIO,
            "meets_goal": app / bare <= GOAL_RATIO,
            "app_peak_rss_mb": round(statistics.median(self.app_rss_mb), 1),
            "bare_peak_rss_mb": round(statistics.median(self.bare_rss_mb), 1),
            "heavy_modules_before_first_paint": self.heavy_before_paint,
        }


def app_command() -> list[str]:
    """``somatic-player`` installed beside this interpreter, else ``python -m somatic_player``."""
    script = Path(sys.executable).with_name("somatic-player")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script), "--exit-after-startup"]
    return [sys.executable, "-m", "somatic_player", "--exit-after-startup"]


def timed_run(command: list[str], env: Mapping[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MB) of one process; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, env=dict(env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode}:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024


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


def measure(platform: str, base_env: Mapping[str, str], runs: int, workdir: Path) -> Result:
    command = app_command()
    result = Result(platform, command)
    report = workdir / f"report-{platform}.json"
    app_env = {**base_env, "SOMATIC_PLAYER_STARTUP_REPORT": str(report)}
    bare = [sys.executable, "-c", BARE_WINDOW]
    timed_run(command, app_env)  # warm-up: file cache, font cache, .pyc files
    timed_run(bare, base_env)
    for _ in range(runs):
        seconds, rss = timed_run(command, app_env)
        result.app_s.append(seconds)
        result.app_rss_mb.append(rss)
        seconds, rss = timed_run(bare, base_env)
        result.bare_s.append(seconds)
        result.bare_rss_mb.append(rss)
    loaded = json.loads(report.read_text(encoding="utf-8")).get("heavy_modules", [])
    result.heavy_before_paint = [name for name in loaded if name in HEAVY]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--platform", choices=("offscreen", "xvfb", "both"), default="both")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="somatic-bench-") as tmp:
        workdir = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env["SOMATIC_PLAYER_HOME"] = str(workdir / "home")
        results: list[Result] = []
        if args.platform in ("offscreen", "both"):
            offscreen_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
            results.append(measure("offscreen", offscreen_env, args.runs, workdir))
        if args.platform in ("xvfb", "both"):
            if shutil.which("Xvfb") is None:
                if args.platform == "xvfb":
                    parser.error("Xvfb is not installed")
                print("bench: Xvfb not installed, skipping the X11 measurement", file=sys.stderr)
            else:
                with xvfb_display() as display:
                    xcb_env = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
                    results.append(measure("xvfb", xcb_env, args.runs, workdir))

    summaries = [r.summary() for r in results]
    if args.json:
        print(json.dumps(summaries, indent=2))
    else:
        for s in summaries:
            verdict = "meets" if s["meets_goal"] else "MISSES"
            heavy = ", ".join(s["heavy_modules_before_first_paint"]) or "none"  # type: ignore[arg-type]
            print(
                f"{s['platform']:>9}: app {s['app_median_ms']} ms vs bare window "
                f"{s['bare_median_ms']} ms -> {s['ratio']}x ({verdict} the {GOAL_RATIO}x goal); "
                f"peak RSS {s['app_peak_rss_mb']} vs {s['bare_peak_rss_mb']} MB; "
                f"heavy modules before first paint: {heavy}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
