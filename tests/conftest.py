"""Shared test set-up: a private user folder per test, Qt offscreen, Qt tests marked ``gui``.

Imports nothing from Qt: the Qt-free suites also run with PySide6 hidden (test_without_qt.py).
Qt warnings fail tests through pytest-qt's ``qt_log_level_fail`` (pyproject.toml).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkRefused(RuntimeError):
    """A test (or the code under test) tried to reach the network."""


def _refuse_network(event: str, args: tuple[object, ...]) -> None:
    """Audit hook for the whole run: nothing may open a network connection or look up a host.

    Local sockets (AF_UNIX: PulseAudio, D-Bus) stay allowed. The hook cannot be removed, so it
    guards every test, including code reached through libraries.
    """
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) in _NETWORK_FAMILIES:
            raise NetworkRefused(f"network access refused in tests: {event} {args[1:]!r}")
    elif event == "socket.getaddrinfo":
        raise NetworkRefused(f"host lookup refused in tests: {args[0]!r}")


if not getattr(sys, "_somatic_network_hook", False):  # once, even if conftest is re-imported
    sys.addaudithook(_refuse_network)
    sys._somatic_network_hook = True  # type: ignore[attr-defined]


def pytest_configure(config: pytest.Config) -> None:
    # Before pytest-qt's session-wide QApplication exists, so it starts offscreen too. An explicit
    # choice (QT_QPA_PLATFORM=xcb under Xvfb, to watch a test) is respected.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The app follows the desktop's language: tests expect English and C-locale formats
    # whatever the machine says (tests of other languages choose theirs).
    for name in ("LANGUAGE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME"):
        os.environ.pop(name, None)
    os.environ["LC_ALL"] = "C.UTF-8"
    os.environ["LANG"] = "C.UTF-8"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        uses_qt = "qtbot" in getattr(item, "fixturenames", ())
        if uses_qt or (TESTS / "qt") in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_user_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test reads or writes the real per-user data folder (database, user routines, cache)."""
    home = tmp_path_factory.mktemp("somatic-home")
    monkeypatch.setenv("SOMATIC_PLAYER_HOME", str(home))
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    return home


@pytest.fixture(autouse=True)
def _no_windows_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt test closes the windows it opened (qtbot.addWidget does), or later tests see them."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    open_windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    for window in open_windows:
        window.close()
    assert not open_windows, f"test left windows open: {open_windows}"


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the interface or content language leaves English behind it."""
    yield
    translations = sys.modules.get("somatic_player.qt.translations")
    if translations is not None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            translations.remove_translations(app)
    content = sys.modules.get("somatic_player.content.translations")
    if content is not None:
        content.set_language("en")


@pytest.fixture(autouse=True)
def _engines_stopped() -> Iterator[None]:
    """A test that plays a sounddevice engine stops it: otherwise the objects it froze
    (somatic_player.audio.quiet_gc) stay out of every later test's garbage collections."""
    yield
    quiet_gc = sys.modules.get("somatic_player.audio.quiet_gc")
    if quiet_gc is None or quiet_gc.holders() == 0:
        return
    left = quiet_gc.holders()
    while quiet_gc.holders():
        quiet_gc.release()
    pytest.fail(f"{left} sounddevice engine(s) left playing (call engine.stop())")
