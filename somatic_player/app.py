"""Composition root of the desktop app: builds the QApplication and the main window and wires them.

Importing this module imports no Qt: ``run_gui`` first checks that a display exists (so people get
one plain sentence instead of Qt's abort) and only then loads PySide6. Heavy libraries (numpy,
sounddevice, pygame, soundfile) stay off the path to the first paint.

``SOMATIC_PLAYER_STARTUP_REPORT`` names a JSON file that records when the window was first painted
and when the routines were on screen (``time.monotonic``, comparable across processes), and which
heavy modules were loaded by then.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from somatic_player._logs import logger

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from somatic_player.qt.app_shell import AppShell
    from somatic_player.qt.main_window import LibraryWindow

_IMPORTED_AT = time.perf_counter()

APP_NAME = "Somatic Player"
NO_DISPLAY_MESSAGE = (
    "somatic-player: no display found; run it under a desktop session, with xvfb-run "
    "somatic-player, or use 'somatic-player play ROUTINE' for audio only"
)
STARTUP_REPORT_ENV = "SOMATIC_PLAYER_STARTUP_REPORT"
HEAVY_MODULES = ("numpy", "sounddevice", "pygame", "soundfile", "soxr", "pyqtgraph", "pydantic")

# --exit-after-startup gives up after this long; only a broken platform gets here.
_FIRST_PAINT_TIMEOUT_MS = 30_000


def _requested_platform(argv: Sequence[str], env: Mapping[str, str]) -> str:
    for i, arg in enumerate(argv):
        if arg in ("-platform", "--platform") and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(("-platform=", "--platform=")):
            return arg.split("=", 1)[1]
    return env.get("QT_QPA_PLATFORM", "")


def display_available(argv: Sequence[str], env: Mapping[str, str] | None = None) -> bool:
    """Whether Qt can open a window: a headless platform was asked for, or a display is set."""
    if sys.platform in ("win32", "darwin"):
        return True
    env = os.environ if env is None else env
    has_x = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and carry options ("offscreen:size=...").
    names = [
        part.split(":", 1)[0].strip()
        for part in _requested_platform(argv, env).split(";")
        if part.strip()
    ]
    if not names:
        return has_x or has_wayland
    for name in names:
        if name == "xcb":
            if has_x:
                return True
        elif name.startswith("wayland"):
            if has_wayland:
                return True
        else:  # offscreen, eglfs, vnc, ... or a plugin we do not know: let Qt decide.
            return True
    return False


def heavy_modules_loaded() -> list[str]:
    return [name for name in HEAVY_MODULES if name in sys.modules]


def run_gui(argv: list[str], exit_after_startup: bool) -> int:
    """Show the library window and run the event loop; returns the process exit status.

    ``argv`` is what Qt sees, program name first (like ``sys.argv``), so Qt options such as
    ``-platform offscreen`` work. The window is shown first and the routines are loaded right
    after its first paint, so the (slower) routine loader does not hold the window back. With
    ``exit_after_startup`` the app quits once the routines are on screen: 0 if they loaded, 1 if
    the library could not be read. Without a display it prints one line and returns 2.
    """
    if not display_available(argv):
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from somatic_player.qt.main_window import LibraryWindow
    from somatic_player.qt.startup import NextPaintWatcher

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setApplicationName("somatic-player")
        QApplication.setApplicationDisplayName(APP_NAME)
        QApplication.setDesktopFileName("somatic-player")
        app = QApplication(list(argv) or ["somatic-player"])
        app.setStyle("Fusion")
    from somatic_player.history.preferences_store import load_preferences
    from somatic_player.qt.theme import apply_theme

    loaded = load_preferences()  # the theme must be right at the first paint
    prefs, problems = loaded.preferences, loaded.problems
    from somatic_player.qt.translations import install_translations

    language = install_translations(app, prefs.language)  # and the interface's language
    apply_theme(app, prefs.theme, prefs.text_scale)
    window = LibraryWindow(deferred=True)
    shell: list[AppShell] = []
    report: dict[str, object] = {}
    report_path = os.environ.get(STARTUP_REPORT_ENV)

    def on_first_paint() -> None:
        report["first_paint_monotonic_s"] = time.monotonic()
        report["first_paint_s"] = round(time.perf_counter() - _IMPORTED_AT, 4)
        report["heavy_modules_at_first_paint"] = heavy_modules_loaded()
        window.finish()
        # The practice content in the same language; the content package is imported only now,
        # after the first paint (pydantic and the loaders cost tens of milliseconds).
        from somatic_player.content import library

        library.set_language(language)
        loaded = _load_library_into(window)
        from somatic_player.qt.app_shell import AppShell

        shell.append(AppShell(app, window, prefs, problems, first_run=not exit_after_startup))
        report["routines"] = window.filter_model.rowCount() if loaded else None
        viewport = window.routine_list.viewport()
        NextPaintWatcher(viewport).painted.connect(lambda: on_routines_shown(loaded))
        viewport.update()

    def on_routines_shown(loaded: bool) -> None:
        report["routines_shown_monotonic_s"] = time.monotonic()
        report["routines_shown_s"] = round(time.perf_counter() - _IMPORTED_AT, 4)
        report["heavy_modules_at_routines_shown"] = heavy_modules_loaded()
        report["qt_platform"] = app.platformName()
        if report_path:
            try:
                Path(report_path).write_text(_json(report), encoding="utf-8")
            except OSError as exc:
                logger(__name__).warning("start-up report not written: %s", exc)
        if exit_after_startup:
            app.exit(0 if loaded else 1)

    NextPaintWatcher(window).painted.connect(on_first_paint)
    timeout = QTimer(window)
    if exit_after_startup:
        # Only a platform that never paints gets here; fail rather than hang a CI job.
        timeout.setSingleShot(True)
        timeout.timeout.connect(lambda: _give_up(app))
        timeout.start(_FIRST_PAINT_TIMEOUT_MS)
    window.show()
    status = app.exec()
    for part in shell:
        part.shutdown()
    timeout.stop()
    window.close()
    window.deleteLater()
    return status


def _load_library_into(window: LibraryWindow) -> bool:
    """Read the routine library into the window; on failure say so there and return False."""
    try:
        from somatic_player.content.library import load_library

        entries = load_library()
    except Exception as exc:  # any failure must reach the person, not end the app
        logger(__name__).exception("the routine library could not be loaded")
        window.show_load_error(str(exc) or type(exc).__name__)
        return False
    window.set_entries(entries)
    return True


def _give_up(app: QApplication) -> None:
    print("somatic-player: the main window was not painted in time; giving up", file=sys.stderr)
    app.exit(1)


def main(argv: list[str] | None = None) -> int:
    """``python -m somatic_player.app [--exit-after-startup] [Qt options]``."""
    args = list(sys.argv if argv is None else argv)
    exit_after_startup = "--exit-after-startup" in args
    qt_args = [arg for arg in args if arg != "--exit-after-startup"]
    return run_gui(qt_args, exit_after_startup)


if __name__ == "__main__":
    sys.exit(main())


def _json(report: dict[str, object]) -> str:
    import json

    return json.dumps(report, indent=2) + "\n"
