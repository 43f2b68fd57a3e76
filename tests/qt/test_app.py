"""Start-up: paints without heavy imports, quits on request, explains a missing display."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from somatic_player import app
from somatic_player.app import NO_DISPLAY_MESSAGE, display_available, run_gui

ROOT = Path(__file__).resolve().parents[2]
HEAVY = {"numpy", "sounddevice", "pygame", "soundfile", "pydantic"}
linux_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="a display always exists there"
)


@linux_only
@pytest.mark.parametrize(
    ("argv", "env", "expected"),
    [
        ([], {}, False),
        ([], {"DISPLAY": ":0"}, True),
        ([], {"WAYLAND_DISPLAY": "wayland-0"}, True),
        ([], {"QT_QPA_PLATFORM": "offscreen"}, True),
        ([], {"QT_QPA_PLATFORM": "offscreen:size=800x600"}, True),
        ([], {"QT_QPA_PLATFORM": "minimal"}, True),
        ([], {"QT_QPA_PLATFORM": "xcb"}, False),
        ([], {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, True),
        ([], {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, True),
        ([], {"QT_QPA_PLATFORM": "wayland"}, False),
        (["prog", "-platform", "offscreen"], {}, True),
        (["prog", "-platform", "xcb"], {"QT_QPA_PLATFORM": "offscreen"}, False),
    ],
)
def test_display_available(argv: list[str], env: dict[str, str], expected: bool) -> None:
    assert display_available(argv, env) is expected


@linux_only
def test_no_display_prints_one_line_and_returns_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert run_gui(["somatic-player"], exit_after_startup=True) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == NO_DISPLAY_MESSAGE + "\n"


def test_run_gui_exits_0_after_the_routines_are_painted(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "startup.json"
    monkeypatch.setenv(app.STARTUP_REPORT_ENV, str(report))
    style = qapp.styleSheet()
    try:
        assert run_gui(["somatic-player"], exit_after_startup=True) == 0
    finally:
        qapp.setStyleSheet(style)
    data = json.loads(report.read_text())
    assert data["routines"] > 0
    assert data["first_paint_monotonic_s"] <= data["routines_shown_monotonic_s"]


def test_run_gui_exits_1_when_the_library_cannot_be_read(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from somatic_player.content import library

    def broken() -> list[object]:
        raise OSError("disk on fire")

    monkeypatch.setattr(library, "load_library", broken)
    style = qapp.styleSheet()
    try:
        assert run_gui(["somatic-player"], exit_after_startup=True) == 1
    finally:
        qapp.setStyleSheet(style)
    assert "disk on fire" in caplog.text


def _start(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "somatic_player", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_exit_after_startup_paints_without_heavy_imports(tmp_path: Path) -> None:
    report = tmp_path / "startup.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app.STARTUP_REPORT_ENV: str(report)}
    proc = _start(["--exit-after-startup"], env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no Qt warnings, no tracebacks
    data = json.loads(report.read_text())
    assert data["qt_platform"] == "offscreen"
    assert data["routines"] > 0
    assert not HEAVY & set(data["heavy_modules_at_first_paint"])


@linux_only
def test_gui_without_display_exits_2_with_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = _start([], env)
    assert proc.returncode == 2
    assert proc.stderr == NO_DISPLAY_MESSAGE + "\n"
    assert proc.stdout == ""
