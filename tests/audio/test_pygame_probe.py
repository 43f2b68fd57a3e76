"""The pygame fallback never hangs the app: a stuck audio output is found by a timed probe."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from somatic_player.audio import pygame_engine


def test_a_stuck_output_becomes_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def stuck(*args: Any, **kwargs: Any) -> None:
        raise subprocess.TimeoutExpired(cmd="probe", timeout=kwargs.get("timeout", 5))

    monkeypatch.setattr(pygame_engine.subprocess, "run", stuck)
    with pytest.raises(RuntimeError, match="did not answer"):
        pygame_engine.probe_output(48_000, 2, 1024)


def test_a_failing_output_reports_its_last_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        stderr = "ALSA lib pcm.c: noise\npygame.error: no such device\n"
        return subprocess.CompletedProcess(args, 1, "", stderr)

    monkeypatch.setattr(pygame_engine.subprocess, "run", failing)
    with pytest.raises(RuntimeError, match=r"^pygame\.error: no such device$"):
        pygame_engine.probe_output(48_000, 2, 1024)
