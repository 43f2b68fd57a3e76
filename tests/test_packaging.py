"""A wheel built from the sdist carries scripts/, audio/ and ui/, and runs in a fresh venv.

Everything after the build runs from a folder outside the checkout, so nothing can quietly fall
back to the source tree. Installing takes the dependencies from the package index (pip's cache
makes repeats quick).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Place:
    """Where a command runs: an empty folder outside the checkout, and its environment."""

    cwd: Path
    env: dict[str, str] | None = None


def _run(cmd: list[str | Path], at: Place) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=at.cwd, env=at.env, capture_output=True, text=True, timeout=900
    )
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    # sdist first, then the wheel from the unpacked sdist: checks that both carry the data.
    _run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, ROOT], Place(dist))
    wheels = list(dist.glob("somatic_player-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with the wheel installed; returns its bin/."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    _run(
        [
            bindir / "python",
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            wheel,
        ],
        Place(env_dir),
    )
    return bindir


@pytest.fixture
def outside(tmp_path: Path) -> Place:
    """Run from an empty folder with a private user home and no path back to the checkout."""
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["SOMATIC_PLAYER_HOME"] = str(tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return Place(work, env)


def test_wheel_carries_routines_audio_and_ui(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    data = "somatic_player/_data/"
    assert any(n.startswith(data + "scripts/") and n.endswith(".toml") for n in names), names
    assert any(n.startswith(data + "audio/") for n in names), names
    assert any(n.startswith(data + "ui/") for n in names), names
    assert data + "ui/themes/light.qss" in names
    assert not any(n.startswith(("tests/", "bench/", "scripts/")) for n in names)


def test_installed_cli_lists_and_validates_shipped_routines(
    installed: Path, outside: Place
) -> None:
    where = _run(
        [
            installed / "python",
            "-c",
            "from somatic_player import resources; print(resources.scripts_dir())",
        ],
        outside,
    )
    scripts = Path(where.stdout.strip())
    assert installed.parent in scripts.parents, f"data resolved outside the venv: {scripts}"
    shipped = sorted(scripts.rglob("*.toml"))
    assert shipped

    listed = json.loads(_run([installed / "somatic-player-cli", "list", "--json"], outside).stdout)
    routines = [p for p in shipped if p.parent == scripts]  # rules/ holds adaptation rules
    assert len([r for r in listed if r["builtin"]]) == len(routines), listed

    _run([installed / "somatic-player-cli", "validate", *shipped], outside)


def test_installed_gui_starts_offscreen(installed: Path, outside: Place) -> None:
    report = outside.cwd / "startup.json"
    env = {**(outside.env or {}), "SOMATIC_PLAYER_STARTUP_REPORT": str(report)}
    proc = _run([installed / "somatic-player", "--exit-after-startup"], Place(outside.cwd, env))
    assert proc.stderr == ""
    assert json.loads(report.read_text())["routines"] > 0
