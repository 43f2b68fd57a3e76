"""The Qt-free parts work with PySide6 absent: their tests and the command line, with Qt hidden.

A ``sitecustomize`` on PYTHONPATH makes ``import PySide6`` / ``import shiboken6`` fail in the
pytest run and in every process it starts (the CLI tests run ``python -m somatic_player``), as if
Qt were not installed. pytest-qt is switched off there, as it cannot load without a Qt binding.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE_TESTS = ("tests/core", "tests/content", "tests/audio", "tests/cli", "tests/history")

HIDE_QT = '''\
"""Test-only: makes PySide6 and shiboken6 unimportable (tests/test_without_qt.py)."""
import importlib
import os
import sys

_HIDDEN = ("PySide6", "shiboken6")


class _HideQt:
    def find_spec(self, fullname, path=None, target=None):
        if fullname.partition(".")[0] in _HIDDEN:
            raise ModuleNotFoundError(f"No module named {fullname!r} (hidden)", name=fullname)
        return None


sys.meta_path.insert(0, _HideQt())

# Still run the sitecustomize this one shadows, if the interpreter has one.
_here = os.path.dirname(os.path.abspath(__file__))
_saved = sys.path[:]
_me = sys.modules.pop(__name__)
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
try:
    importlib.import_module("sitecustomize")
except ImportError:
    pass
finally:
    sys.path[:] = _saved
    sys.modules.setdefault(__name__, _me)
'''


@pytest.fixture
def qt_hidden_env(tmp_path: Path) -> dict[str, str]:
    hook = tmp_path / "hide_qt"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HIDE_QT, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(hook), env.get("PYTHONPATH")]))
    env.pop("PYTEST_ADDOPTS", None)
    env.pop("PYTEST_PLUGINS", None)
    return env


def _qt_free_test_files() -> list[Path]:
    return [f for folder in QT_FREE_TESTS for f in (ROOT / folder).glob("test_*.py")]


def test_the_hook_really_hides_qt(qt_hidden_env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtWidgets"],
        env=qt_hidden_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "ModuleNotFoundError" in proc.stderr and "hidden" in proc.stderr, proc.stderr


@pytest.mark.slow
def test_qt_free_suites_pass_with_pyside6_absent(
    qt_hidden_env: dict[str, str], tmp_path: Path
) -> None:
    if not _qt_free_test_files():
        pytest.skip(f"no tests yet in {', '.join(QT_FREE_TESTS)}")
    report = tmp_path / "junit.xml"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            # pytest-qt's own settings (qt_api, ...) are unknown while it is switched off.
            "-W",
            "ignore::pytest.PytestConfigWarning",
            "-q",
            f"--junitxml={report}",
            *QT_FREE_TESTS,
        ],
        cwd=ROOT,
        env=qt_hidden_env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    tail = (proc.stdout + proc.stderr)[-6000:]
    assert proc.returncode == 0, tail
    suite = ET.parse(report).getroot()
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")  # type: ignore[assignment]
    assert suite is not None, tail
    ran = int(suite.get("tests", 0)) - int(suite.get("skipped", 0))
    assert ran > 0, tail


def test_cli_lists_routines_with_pyside6_absent(qt_hidden_env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "somatic_player", "list", "--json"],
        cwd=ROOT,
        env=qt_hidden_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    routines = json.loads(proc.stdout)
    assert routines, "no routines listed"
    assert all(r["id"] and r["title"] for r in routines)
