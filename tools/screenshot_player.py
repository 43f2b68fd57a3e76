"""Screenshots of the player at a chosen moment of a routine, on a fake clock (no sound device).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_player.py ROUTINE SECONDS OUT.png
        [--theme light|dark|high-contrast] [--size 1200x800] [--pain CODE=NRS,...]

Used for docs/screenshots (a PMR step, a body scan); the session runs silently from 0 to SECONDS.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("routine")
    parser.add_argument("seconds", type=float)
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", default="light")
    parser.add_argument("--size", default="1200x800")
    parser.add_argument("--pain", default="", help="today's body map, e.g. 111=6,218=5")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SOMATIC_PLAYER_HOME", tempfile.mkdtemp(prefix="somatic-shot-"))

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from somatic_player.audio.engines import NullEngine
    from somatic_player.content.library import default_rules, find_routine
    from somatic_player.core.profile import Profile
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup
    from somatic_player.qt.theme import apply_theme

    apply_theme(app, args.theme, 1.0)
    pain = dict(
        (int(code), int(nrs)) for code, nrs in (p.split("=") for p in args.pain.split(",") if p)
    )
    routine, _ = find_routine(args.routine)
    now = [1000.0]
    setup = SessionSetup(routine, profile=Profile.with_pain(pain), rules=default_rules())
    controller = SessionController(
        setup, engine_factory=lambda mixer: (NullEngine(mixer, clock=lambda: now[0]), [])
    )
    view = PlayerView(controller)
    width, height = (int(v) for v in args.size.split("x"))
    view.resize(width, height)
    view.show()
    controller.start()
    step = 0.5
    elapsed = 0.0
    while elapsed < args.seconds:  # tick through, so captions and steps follow as they would
        now[0] += step
        elapsed += step
        controller.tick()
    app.processEvents()
    view.grab().save(str(args.out))
    controller.stop()
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
