"""A long session must not wear away Python's shared objects.

PySide6 6.12.0 drops a reference to ``True``/``None`` on some calls; on Python 3.11 (where they
are not immortal) a session then crashes within minutes. Thousands of player ticks here show it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from somatic_player.audio.engines import NullEngine
from somatic_player.content.library import default_rules, find_routine
from somatic_player.qt.player_view import PlayerView
from somatic_player.qt.session_controller import SessionController, SessionSetup


def test_many_player_ticks_keep_true_and_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [0.0]
    routine, _ = find_routine("easy-pace")
    controller = SessionController(
        SessionSetup(routine, rules=default_rules()),
        engine_factory=lambda mixer: (NullEngine(mixer, clock=lambda: now[0]), []),
    )
    view = PlayerView(controller)
    qtbot.addWidget(view)
    view.show()
    controller.start()
    before = (sys.getrefcount(True), sys.getrefcount(None))
    for _ in range(3000):
        now[0] += 0.016
        controller.tick()
        QApplication.processEvents()
    after = (sys.getrefcount(True), sys.getrefcount(None))
    controller.stop()
    assert after[0] - before[0] > -200, "references to True are being lost"
    assert after[1] - before[1] > -200, "references to None are being lost"
