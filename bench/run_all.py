"""Every benchmark in one command: each run in its own process, several times; writes the report.

Runs the benchmarks of bench/ (each with ``--json``, in a fresh process) ``--runs`` times in
rounds (round 1 runs every benchmark once, then round 2, ...) so that a noisy spell on a shared
machine spreads over all of them instead of spoiling one. Each figure is reported as the median
over the runs with the lowest and highest run; a benchmark's baseline is measured inside the
same run, so each run gives its own ratio and the ratios get their median and range too.
Where a benchmark repeats inside one run (start-up's interleaved runs, the history view's
repeats, 500 commits for a percentile) a run's figure is that benchmark's own median or
percentile. Each figure's goal from the issues stands next to it; a median that misses is
marked MISS, and so is a passing median with runs that missed.

A benchmark that cannot run here (no Xvfb, no PulseAudio) or fails is reported as "not run" with
its reason; the others still run. The report goes to docs/BENCHMARKS.md (``--output``), with
the machine description and the command that reproduces it.

    .venv/bin/python bench/run_all.py            # 3 runs; the player plays 10 minutes per run
    .venv/bin/python bench/run_all.py --quick    # player 60 s, start-up 5, shorter audio session
    [--runs N] [--only render,startup,player,pulse,checkin,history] [--output FILE] [--raw FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NOT_RUN = 77  # exit status of a benchmark that cannot run on this machine (bench_pulse_timing)
RATE = 48_000


@dataclass(frozen=True)
class Failure:
    """A run that gave no figures; ``not_run``: this machine cannot run it at all."""

    reason: str
    not_run: bool = False

    def __str__(self) -> str:
        return f"{'not run' if self.not_run else 'failed'}: {self.reason}"


@dataclass(frozen=True)
class Settings:
    runs: int
    quick: bool
    player_s: float
    pulse_s: float
    startup_runs: int
    history_runs: int


@dataclass(frozen=True)
class Bench:
    key: str
    title: str
    script: str
    tools: tuple[str, ...] = ()  # programs it needs; missing ones make it "not run"
    platform: str | None = None  # QT_QPA_PLATFORM for the child

    def args(self, s: Settings) -> list[str]:
        extra = {
            "startup": ["--runs", str(s.startup_runs), "--platform", "both"],
            "player": ["--seconds", f"{s.player_s:g}"],
            "pulse": ["--seconds", f"{s.pulse_s:g}"],
            "history": ["--runs", str(s.history_runs)],
        }.get(self.key, [])
        command = [sys.executable, f"bench/{self.script}", *extra, "--json"]  # cwd: ROOT
        if self.key == "player":  # a real X server of its own (xvfb-run -a picks a free display)
            command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
        return command

    def timeout_s(self, s: Settings) -> float:
        if self.key == "player":
            return s.player_s + 30 + 180  # the session, its 30 s bare-window baseline, start-up
        if self.key == "pulse":
            return 3 * (s.pulse_s + 10) + 120
        return 900.0


BENCHES = (
    Bench("render", "Render speed and memory; plan compile", "bench_render.py"),
    Bench("startup", "Start-up: first paint against a bare PySide6 window", "bench_startup.py"),
    Bench(
        "player",
        "Player under Xvfb: pacer frames, paint cost, CPU",
        "bench_player.py",
        tools=("xvfb-run", "Xvfb"),
        platform="xcb",
    ),
    Bench(
        "pulse",
        "Real-device cue timing through PulseAudio",
        "bench_pulse_timing.py",
        tools=("pulseaudio", "pactl", "parec"),
    ),
    Bench("checkin", "Check-in commit with 10 years of history", "bench_checkin_commit.py"),
    Bench(
        "history",
        "History view with 10 years of demo history",
        "bench_history_view.py",
        platform="offscreen",
    ),
)


def parse_json(stdout: str) -> Any:
    """The JSON document a benchmark printed (some print a line or two before it)."""
    try:
        return json.loads(stdout)
    except json.JSONDecodeError:
        pass
    decoder = json.JSONDecoder()
    offset = 0
    for line in stdout.splitlines(keepends=True):
        if line[:1] in "{[":
            try:
                return decoder.raw_decode(stdout[offset:])[0]
            except json.JSONDecodeError:
                pass
        offset += len(line)
    raise ValueError("no JSON in its output")


def last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no message)"


def run_once(bench: Bench, settings: Settings, home: Path) -> Any:
    """One run of one benchmark in a fresh process: its JSON, or a Failure saying why not."""
    missing = [tool for tool in bench.tools if shutil.which(tool) is None]
    if missing:
        return Failure(f"{', '.join(missing)} not installed", not_run=True)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    if bench.platform:
        env["QT_QPA_PLATFORM"] = bench.platform
    env["SOMATIC_PLAYER_HOME"] = str(home / "data")  # nothing touches the user's own folder
    env["TMPDIR"] = str(home)  # what a killed run leaves behind goes with ``home``
    timeout = bench.timeout_s(settings)
    try:
        # Its own process group: on a timeout everything it started (Xvfb, PulseAudio) goes too.
        proc = subprocess.Popen(
            bench.args(settings),
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        return Failure(f"could not start: {exc}", not_run=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except (subprocess.TimeoutExpired, KeyboardInterrupt) as exc:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        if isinstance(exc, KeyboardInterrupt):
            raise
        return Failure(f"timed out after {timeout:.0f} s")
    done = subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)
    if done.returncode == NOT_RUN:
        return Failure(last_line(done.stderr).removeprefix("not run: "), not_run=True)
    if done.returncode != 0:
        return Failure(f"exit status {done.returncode}: {last_line(done.stderr)}")
    try:
        return parse_json(done.stdout)
    except ValueError as exc:
        return Failure(f"{exc}: {last_line(done.stdout + done.stderr)}")


def run_all(benches: list[Bench], settings: Settings, log: Any) -> dict[str, list[Any]]:
    """Every benchmark ``settings.runs`` times, in rounds; a benchmark that cannot run here is
    tried once only."""
    results: dict[str, list[Any]] = {b.key: [] for b in benches}
    with tempfile.TemporaryDirectory(prefix="somatic-bench-all-") as tmp:
        for round_ in range(1, settings.runs + 1):
            for bench in benches:
                earlier = results[bench.key]
                if earlier and all(isinstance(r, Failure) and r.not_run for r in earlier):
                    continue
                home = Path(tmp) / f"{bench.key}-{round_}"
                home.mkdir(mode=0o700)
                (home / "data").mkdir(mode=0o700)
                print(f"[{round_}/{settings.runs}] {bench.key:8}", end=" ", file=log, flush=True)
                start = time.monotonic()
                result = run_once(bench, settings, home)
                took = time.monotonic() - start
                verdict = f"{result}" if isinstance(result, Failure) else "ok"
                print(f"{took:6.1f} s  {verdict}", file=log, flush=True)
                earlier.append(result)
                shutil.rmtree(home, ignore_errors=True)
    return results


# -- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    op: str  # "<=", "<" or ">="
    limit: float
    text: str
    on_ratio: bool = False  # the goal is on the ratio to the baseline, not on the figure

    def met(self, x: float) -> bool:
        if self.op == ">=":
            return x >= self.limit
        return x < self.limit if self.op == "<" else x <= self.limit


@dataclass(frozen=True)
class Spec:
    """One figure: where it is in a run's JSON (dotted keys), where its baseline is, its goal."""

    name: str
    unit: str
    path: str
    base: str = ""
    goal: Goal | None = None
    digits: int = 1
    note: str = "no goal"  # the goal column when there is no goal


SPEED = Goal(">=", 500, "≥ 500x realtime")
MEMORY = Goal("<", 200, "< 200 MB")
PAINT = Goal("<=", 1.5, "≤ 1.5x the bare window", on_ratio=True)
UPDATE = Goal("<=", 100, "≤ 100 ms")
WITHIN_1_MS = Goal("<=", RATE // 1000, "≤ 1 ms (48 samples)")
# For each benchmark: what its baseline is, and its figures.
# fmt: off
SPECS: dict[str, tuple[str, tuple[Spec, ...]]] = {
    "render": ("naive whole-array render", (
        Spec("60-min session render, streaming", "x realtime",
             "runs.stream.realtime", "runs.naive.realtime", SPEED, 0),
        Spec("60-min render with breath-guide tone", "x realtime",
             "runs.guide.realtime", "runs.naive.realtime", SPEED, 0),
        Spec("Peak RSS, streaming render", "MB",
             "runs.stream.peak_rss_mb", "runs.naive.peak_rss_mb", MEMORY),
        Spec("Peak RSS, render with guide tone", "MB",
             "runs.guide.peak_rss_mb", "runs.naive.peak_rss_mb", MEMORY),
        Spec("Plan compile, 60-min routine (median of 20)", "ms",
             "compile_ms_median", goal=Goal("<", 50, "< 50 ms"), digits=2),
    )),
    "startup": ("bare QMainWindow", (
        Spec("First paint, offscreen", "ms",
             "offscreen.app_first_paint_ms", "offscreen.bare_first_paint_ms", PAINT),
        Spec("First paint, Xvfb (xcb)", "ms",
             "xvfb.app_first_paint_ms", "xvfb.bare_first_paint_ms", PAINT),
        Spec("Start-up peak RSS, offscreen", "MB",
             "offscreen.app_peak_rss_mb", "offscreen.bare_peak_rss_mb"),
    )),
    "player": ("bare window + 16 ms timer", (
        Spec("Pacer frame interval p50", "ms", "frame_interval_p50_ms",
             note="no goal; the tick is 33 ms (30 frames/s)"),
        Spec("Pacer frame interval p99", "ms", "frame_interval_p99_ms"),
        Spec("Pacer paint cost p95", "ms", "paint_cost_p95_ms", digits=2),
        Spec("CPU during playback", "% of one core", "cpu_percent_one_core",
             "baseline_bare_window_cpu_percent", Goal("<=", 5, "≤ 5% of one core"), 2),
        Spec("Peak RSS during playback", "MB", "peak_rss_mb"),
    )),
    "pulse": ("bare OutputStream", (
        Spec("Cue timing error, largest", "samples",
             "app.error_max_samples", "baseline.error_max_samples", WITHIN_1_MS, 0),
        Spec("Cue timing error, median", "samples",
             "app.error_median_samples", "baseline.error_median_samples", WITHIN_1_MS),
        Spec("Underflows in the session", "",
             "app.underflows", "baseline.underflows", Goal("<=", 0, "0 (issue 8)"), 0),
    )),
    "checkin": ("bare sqlite3 INSERT+commit", (
        Spec("Check-in commit p50", "ms", "store_p50_ms", "baseline_p50_ms", digits=2),
        Spec("Check-in commit p99", "ms",
             "store_p99_ms", "baseline_p99_ms", Goal("<=", 30, "≤ 30 ms"), 2),
    )),
    "history": ("bare QWidget + empty PlotWidget", (
        Spec("History view open (load + first tab drawn)", "ms",
             "open.median_ms", "baseline.median_ms", Goal("<=", 300, "≤ 300 ms")),
        Spec("Chart update after a filter change, slowest", "ms",
             "worst_filter_change.median_ms", "baseline.median_ms", UPDATE),
        Spec("Tab first shown (charts built), slowest", "ms",
             "worst_first_show.median_ms", "baseline.median_ms", UPDATE),
    )),
}
# fmt: on
HEAVY = Spec(
    "Heavy imports before first paint", "", "", note="none of numpy, sounddevice, pygame, soundfile"
)


@dataclass
class Figure:
    """One figure's value in each run, and its baseline in the same runs."""

    spec: Spec
    values: list[float] = field(default_factory=list)
    baseline: list[float] | None = None
    baseline_name: str = ""
    text: str | None = None  # a figure that is not a number; ``text_ok`` is its verdict
    text_ok: bool = True
    missing: str | None = None  # why there is no figure

    def cell(self, xs: list[float], unit: str, digits: int | None = None) -> str:
        places = self.spec.digits if digits is None else digits
        lo, mid, hi = min(xs), statistics.median(xs), max(xs)
        joined = unit.startswith("x")  # 2.40x, 3495x realtime
        out = f"**{mid:.{places}f}{unit[:1] if joined else ''}**{unit[1:] if joined else ''}"
        if not joined:
            out = f"{out} {unit}".strip()
        if len(xs) > 1:
            out += f" ({lo:.{places}f}–{hi:.{places}f})"
        if unit == "samples":  # never samples without ms next to them
            lo, mid, hi = (x * 1000 / RATE for x in (lo, mid, hi))
            out += f" = {mid:.3f} ({lo:.3f}–{hi:.3f}) ms" if len(xs) > 1 else f" = {mid:.3f} ms"
        return out

    def ratios(self) -> list[float] | None:
        if not self.baseline or any(b == 0 for b in self.baseline):
            return None
        return [v / b for v, b in zip(self.values, self.baseline, strict=True)]

    def columns(self) -> tuple[str, str, str, str, str]:
        """Figure, baseline, ratio, goal and status cells; a status starting "**MISS" misses."""
        goal = self.spec.goal
        goal_text = goal.text if goal else self.spec.note
        if self.missing:
            return self.missing, "", "", goal_text, "not run"
        if self.text is not None:
            return self.text, "", "", goal_text, "meets" if self.text_ok else "**MISS**"
        base = ratio = ""
        ratios = self.ratios()
        if self.baseline:
            base = f"{self.baseline_name}: {self.cell(self.baseline, self.spec.unit)}"
            ratio = self.cell(ratios, "x", 2) if ratios else "— (baseline 0)"
        status = "—"
        judged = (ratios if goal.on_ratio else self.values) if goal else None
        if goal and judged:
            missed = sum(not goal.met(x) for x in judged)
            if not goal.met(statistics.median(judged)):
                status = f"**MISS** ({missed} of {len(judged)} runs)"
            elif missed:
                status = f"**MISS** in {missed} of {len(judged)} runs (the median meets it)"
            else:
                status = "meets"
        return self.cell(self.values, self.spec.unit), base, ratio, goal_text, status


def _get(result: Any, path: str) -> Any:
    for key in path.split("."):
        result = result[key]
    return result


def _has(result: Any, path: str) -> bool:
    try:
        return _get(result, path) is not None
    except (KeyError, TypeError):
        return False


def _col(rs: list[Any], path: str) -> list[float]:
    return [float(_get(r, path)) for r in rs]


def _median(rs: list[Any], path: str) -> float:
    return statistics.median(_col(rs, path))


def figures_of(key: str, rs: list[Any]) -> list[Figure]:
    """The figures of one benchmark from its successful runs."""
    if key == "startup":  # one summary per platform in each run
        rs = [{s["platform"]: s for s in run} for run in rs]
    baseline_name, specs = SPECS[key]
    out = []
    for spec in specs:
        have = [r for r in rs if _has(r, spec.path)]
        if not have:
            why = "not in the benchmark's output"
            if spec.path.startswith("xvfb.") and shutil.which("Xvfb") is None:
                why = "Xvfb not installed"
            out.append(Figure(spec, missing=f"not run: {why}"))
            continue
        base = _col(have, spec.base) if spec.base else None
        out.append(Figure(spec, _col(have, spec.path), base, baseline_name))
    if key == "startup":
        heavy = {m for r in rs for s in r.values() for m in s["heavy_modules_before_first_paint"]}
        out.append(Figure(HEAVY, text=", ".join(sorted(heavy)) or "none", text_ok=not heavy))
    return out


def notes_of(key: str, rs: list[Any]) -> list[str]:
    """What a benchmark measured, in a sentence or two, with the details behind its figures."""
    first = rs[0]
    if key == "render":
        stream = first["runs"]["stream"]
        return [
            f"A {first['minutes']:g}-minute breathing session to a 48 kHz mono 16-bit WAV "
            f"({stream['file_mb']:.0f} MB), each render in a fresh process pinned to one CPU. "
            "Baseline: the same mixer asked for the whole session as one array (no guide tone), "
            "then written. A speed ratio above 1: faster than the naive render.",
            f"Peak RSS includes about {stream['rss_before_render_mb']:.0f} MB of imports.",
        ]
    if key == "startup":
        shown = [s["routines_shown_ratio"] for r in rs for s in r if s["routines_shown_ratio"]]
        return [
            "`somatic-player --exit-after-startup` against a bare PySide6 QMainWindow, fresh "
            "processes interleaved after a warm-up; each run's figure is the median of "
            f"{first[0]['runs']} such pairs. The routine library fills right after the first "
            f"paint (on screen at {statistics.median(shown or [0]):.1f}x the bare first paint).",
        ]
    if key == "player":
        return [
            f"The player window (1100x720) plays easy-pace for {_median(rs, 'seconds'):.0f} s "
            "a run on a private Xvfb (1280x800x24, xcb) with the null audio engine on the real "
            f"clock: {_median(rs, 'frames'):.0f} frames a run (median). Baseline, in the same "
            "process first: a bare window with a 16 ms timer doing nothing, for up to 30 s.",
            "Intervals of 3-4 ticks (the p99) come at the turns of the breath: there the shape "
            "moves less than a third of a pixel a tick and the pacer skips the repaint on purpose "
            "(seen frame by frame); they are not late frames.",
        ]
    if key == "pulse":
        residuals = ", ".join(
            "cut short" if r["app"]["waveform_residual"] is None
            else f"{r['app']['waveform_residual']:.1e}" for r in rs
        )  # fmt: skip
        problems = [p for r in rs for p in r["app"]["problems"]]
        return [
            f"A {first['seconds']:.0f} s breathing session ({first['app']['cues']} cues) played "
            "by `SoundDeviceEngine` into a private PulseAudio null sink, its monitor recorded by "
            "`parec`. Baseline: a bare `sounddevice.OutputStream` with the engine's latency, block "
            "size and channels, copying the same session rendered beforehand. Error: each cue's "
            "position against the plan, counted from the first cue, so the constant output "
            "latency drops out.",
            "Largest error between consecutive cues: "
            f"{max(_col(rs, 'app.spacing_error_max_samples')):.0f} samples; output latency "
            f"{_median(rs, 'app.output_latency_samples'):.0f} samples (baseline "
            f"{_median(rs, 'baseline.output_latency_samples'):.0f}); recording against the "
            f"offline render once aligned, largest difference per run: {residuals} (through the "
            "16-bit sink, below 1e-4 is sample for sample).",
            *(["**Device problems reported:** " + "; ".join(problems)] if problems else []),
        ]
    if key == "checkin":
        h = first["history"]
        return [
            f"`Store.add_checkin` with 8 rated regions, {first['commits']} commits a run "
            f"alternating with the baseline, into a history of {h['checkins']} check-ins, "
            f"{h['checkin_regions']} region ratings and {h['sessions']} sessions; WAL, "
            f"synchronous=FULL, on {first['filesystem']}. Slowest single commit: "
            f"{max(_col(rs, 'store_max_ms')):.1f} ms.",
        ]
    h = first["history"]
    slowest = sorted(
        {f"{r[k]['tab']} / {r[k]['change']}" for r in rs
         for k in ("worst_filter_change", "worst_first_show")}
    )  # fmt: skip
    return [
        f"{first['days']} days of demo history ({h['checkins']} check-ins, "
        f"{h['checkin_regions']} region ratings, {h['sessions']} sessions), offscreen, after a "
        f"warm-up page; each run's figure is the median of {first['runs']} repeats. Slowest "
        f"cases: {'; '.join(slowest)}. pyqtgraph's import "
        f"({_median(rs, 'pyqtgraph_import_ms'):.0f} ms) is outside both sides.",
    ]


# -- the report -----------------------------------------------------------------------------------


def _first(path: str, prefix: str, default: str) -> str:
    """The rest of the first line of a text file that starts with ``prefix``."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return default
    found = (line[len(prefix) :].strip().strip('"') for line in lines if line.startswith(prefix))
    return next(found, default)


def _output(*command: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=20, cwd=ROOT)
    except (OSError, subprocess.SubprocessError):
        return ""
    return (done.stdout or done.stderr).strip()


def machine_description() -> list[tuple[str, str]]:
    from importlib.metadata import PackageNotFoundError, version

    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    except ImportError as exc:
        qt = f"PySide6 not importable ({exc})"
    packages = []
    for name in ("numpy", "sounddevice", "soundfile", "pyqtgraph"):
        try:
            packages.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            packages.append(f"{name} missing")
    mem_kb = _first("/proc/meminfo", "MemTotal:", "0 kB").split()[0]
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    commit = _output("git", "rev-parse", "--short", "HEAD") or "unknown"
    if _output("git", "status", "--porcelain", "--untracked-files=no"):
        commit += " with uncommitted changes"
    pulse = "PulseAudio not installed"
    if shutil.which("pulseaudio"):
        pulse = _output("pulseaudio", "--version") + ", a private server with a null sink"
    cpu = _first("/proc/cpuinfo", "model name", platform.processor() or "unknown").lstrip(": ")
    if "hypervisor" in _first("/proc/cpuinfo", "flags", "").split():
        cpu += " (virtual machine)"
    return [
        ("CPU", cpu),
        ("Cores", f"{os.cpu_count()} logical, {usable} usable by this process"),
        ("RAM", f"{int(mem_kb) / 1024 / 1024:.1f} GiB"),
        (
            "OS",
            f"{_first('/etc/os-release', 'PRETTY_NAME=', platform.system())}, "
            f"kernel {platform.release()}",
        ),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("Qt", qt),
        ("Packages", ", ".join(packages)),
        ("Audio", f"no sound card; {pulse}"),
        (
            "Qt platforms",
            "offscreen: Qt's offscreen plugin, no display server, software raster; "
            "Xvfb: the xcb plugin on a private Xvfb 1280x800x24 "
            f"({'installed' if shutil.which('Xvfb') else 'not installed'}), software "
            "rendering, no GPU, no compositor; DISPLAY is never inherited",
        ),
        ("Code", f"commit {commit}"),
    ]


Cells = tuple[str, str, str, str, str, str]  # figure name, value, baseline, ratio, goal, status


def _section(bench: Bench, got: list[Any], command: str) -> tuple[list[Cells], list[str], str]:
    """A benchmark's table rows, its details section and (if it gave no figures) why not."""
    oks = [r for r in got if not isinstance(r, Failure)]
    fails = [r for r in got if isinstance(r, Failure)]
    rows: list[Cells] = []
    notes: list[str] = []
    if oks:
        try:
            rows = [(f.spec.name, *f.columns()) for f in figures_of(bench.key, oks)]
            notes = notes_of(bench.key, oks)
        except (KeyError, TypeError, ValueError, IndexError, statistics.StatisticsError) as exc:
            fails.append(Failure(f"unreadable output ({type(exc).__name__}: {exc})"))
    lines = [f"### {bench.title}", "", f"`{command}`", ""]
    lines.append(f"{len(oks)} of {len(got)} runs gave figures." if got else "Not run.")
    lines += [f"- **{fail}**" for fail in fails]
    lines += [f"- {note}" for note in notes]
    return rows, lines, str(fails[-1]) if fails else "not run"


def write_report(
    path: Path,
    machine: list[tuple[str, str]],
    info: dict[str, Any],
    benches: list[Bench],
    results: dict[str, list[Any]],
) -> list[str]:
    """Write the Markdown report; returns one line per figure that misses its goal."""
    settings: Settings = info["settings"]
    rows = [
        "| Benchmark | Figure | Median (min–max) over runs | Baseline, same runs | Ratio | Goal "
        "| Status |",
        "|---|---|---|---|---|---|---|",
    ]
    details: list[str] = []
    misses: list[str] = []
    not_run: list[str] = []
    for bench in benches:
        cells, lines, why = _section(bench, results[bench.key], info["commands"][bench.key])
        details += [*lines, ""]
        if not cells:
            rows.append(f"| {bench.title} | all figures | {why} | | | | not run |")
            not_run.append(f"{bench.title}: {why.removeprefix('not run: ')}")
        for i, (name, value, base, ratio, goal, status) in enumerate(cells):
            title = bench.title if i == 0 else ""
            rows.append(f"| {title} | {name} | {value} | {base} | {ratio} | {goal} | {status} |")
            if status.startswith("**MISS"):
                misses.append(f"{name}: {value} (goal {goal}) {status.replace('**', '')}")
            elif status == "not run":
                not_run.append(f"{name}: {value.removeprefix('not run: ')}")
    finished = info["finished"].strftime("%Y-%m-%d %H:%M UTC")
    load = " → ".join(", ".join(f"{x:.2f}" for x in avg) for avg in info["load"])
    out = [
        "# Benchmarks",
        "",
        f"Generated by `bench/run_all.py` on {finished} in {info['wall_s'] / 60:.1f} minutes; "
        "do not edit by hand, run it again.",
        "",
    ]
    if settings.quick:
        out += [
            f"> **Quick run (`--quick`).** The player played {settings.player_s:g} s per run "
            "instead of the 10-minute session its goal is stated for, start-up used "
            f"{settings.startup_runs} interleaved pairs per run instead of 7, the audio session "
            f"was {settings.pulse_s:g} s of breathing instead of 60 s and the history view "
            f"repeated {settings.history_runs} times per run instead of 7. The full run "
            "(without `--quick`) would take about 45 minutes on this 2-core machine, most of it "
            "three 10-minute player sessions.",
            "",
        ]
    out.append(
        f"**{len(misses)} figure(s) miss their goal**" + (":" if misses else ".")
        if misses
        else "**Every figure with a goal meets it.**"
    )
    out += [f"- MISS: {m}" for m in misses]
    out += [f"- Not run: {n}" for n in not_run]
    out += [
        "",
        "## Figures",
        "",
        f"Each benchmark ran {settings.runs} time{'s' if settings.runs > 1 else ''}, each run "
        "in its own process, in rounds (every benchmark once, then again) so that a noisy spell "
        "on this shared machine spreads over all of them. **Bold** is the median over the runs, "
        "in brackets the lowest and the highest run. Each run measures its own baseline; the "
        "ratio is figure / baseline within a run, then the median and range of those. MISS: the "
        "median misses the goal, or (as said) some runs did. Load average (1, 5, 15 min) before "
        f"→ after: {load}.",
        "",
        *rows,
        "",
        "## Machine",
        "",
        *[f"- **{key}:** {value}" for key, value in machine],
        f"- **Date:** {finished}",
        "",
        "## Reproduce",
        "",
        "```sh",
        f".venv/bin/{info['command']}",
        "```",
        "",
        "Without `--quick` this is the full report (3 runs; the player plays 10 minutes a run). "
        "`--runs N` changes the number of runs, `--only render,startup,...` runs some of them, "
        "`--raw FILE` keeps every run's JSON. Xvfb (apt `xvfb xauth`) and PulseAudio (apt "
        "`pulseaudio pulseaudio-utils libasound2-plugins libportaudio2`) are needed for the "
        "player and the audio device figures; without them those are reported as not run.",
        "",
        "## Each benchmark",
        "",
        *details,
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter: player 60 s, startup 5")
    parser.add_argument("--runs", type=int, default=3, help="runs of each benchmark (default 3)")
    parser.add_argument("--only", help="comma-separated: " + ",".join(b.key for b in BENCHES))
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "BENCHMARKS.md")
    parser.add_argument("--raw", type=Path, help="also write every run's JSON to this file")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    keys = [b.key for b in BENCHES]
    only = args.only.split(",") if args.only else keys
    unknown = sorted(set(only) - set(keys))
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; choose from {keys}")
    settings = Settings(
        runs=args.runs,
        quick=args.quick,
        player_s=60.0 if args.quick else 600.0,
        pulse_s=20.0 if args.quick else 60.0,
        startup_runs=5 if args.quick else 7,
        history_runs=3 if args.quick else 7,
    )
    benches = [b for b in BENCHES if b.key in only]
    command = shlex.join(
        ["python", "bench/run_all.py", *(argv if argv is not None else sys.argv[1:])]
    )

    machine = machine_description()
    started = time.monotonic()
    load_before = os.getloadavg()
    results = run_all(benches, settings, sys.stderr)
    wall_s = time.monotonic() - started
    run_info = {
        "command": command,
        "settings": settings,
        "wall_s": wall_s,
        "load": (load_before, os.getloadavg()),
        "finished": datetime.now(UTC),
        "commands": {
            b.key: shlex.join(b.args(settings)).replace(sys.executable, "python") for b in benches
        },
    }
    if args.raw:  # first: a mistake in the report cannot lose the runs
        raw = {k: [str(r) if isinstance(r, Failure) else r for r in v] for k, v in results.items()}
        args.raw.write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    misses = write_report(args.output, machine, run_info, benches, results)
    print(f"wrote {args.output} ({wall_s / 60:.1f} min)", file=sys.stderr)
    for line in misses:
        print(f"MISS: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
