"""From the library's Start button to the player and back, on a fake clock."""

from __future__ import annotations

from somatic_player.audio.engines import NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.content.library import default_rules, load_library
from somatic_player.core.routine import Routine
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.player_view import PlayerView
from somatic_player.qt.session_controller import SessionSetup
from somatic_player.qt.session_flow import SessionFlow


def test_start_plays_and_back_returns_to_the_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [0.0]
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.show()

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=lambda: now[0]), []

    def setup(routine: Routine) -> SessionSetup:
        return SessionSetup(routine, rules=default_rules())

    flow = SessionFlow(window, setup, speech_factory=None, engine_factory=factory, ask=False)
    window.start_requested.connect(lambda rid: flow.start(window.entry(rid).routine))
    assert window.select_routine("pmr-7")
    window.detail.start_button.click()

    view = window.pages.currentWidget()
    assert isinstance(view, PlayerView)
    assert view.title.text() == "Muscle relaxation, seven groups"
    assert view.engine_label.text().startswith("Silent")
    now[0] += 40.0
    view.controller.tick()
    assert view.steps.currentItem().text().startswith("Dominant hand and arm")

    ended: list[str] = []
    flow.session_ended.connect(ended.append)
    view.stop_button.click()
    view.back_button.click()
    assert ended == ["stopped: ended by the person"]
    assert window.pages.currentWidget() is window.library_page
