"""The whole player through a real device: the sound server dies mid-session and comes back.

The app must pause within 2 s, say so on screen, not crash, and carry on when a device is back.
"""

from __future__ import annotations

import time

import pytest

from somatic_player.audio.mixer import Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.content.library import default_rules, find_routine

pytestmark = [pytest.mark.audio_device, pytest.mark.gui]


def test_player_pauses_reports_and_resumes_when_the_device_returns(qtbot, pulse) -> None:  # type: ignore[no-untyped-def]
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    routine, _ = find_routine("easy-pace")

    def factory(mixer: Mixer) -> tuple[SoundDeviceEngine, list[str]]:
        engine = SoundDeviceEngine(mixer)
        engine.open()
        return engine, []

    controller = SessionController(
        SessionSetup(routine, rules=default_rules()), engine_factory=factory
    )
    view = PlayerView(controller)
    qtbot.addWidget(view)
    controller.start()
    qtbot.waitUntil(lambda: controller.position() > 48_000, timeout=10_000)

    pulse.kill()
    lost_at = time.monotonic()
    qtbot.waitUntil(lambda: controller.device_lost, timeout=5_000)
    assert time.monotonic() - lost_at < 2.0
    assert controller.paused and view.pause_button.text() == "Resume"
    assert "lost" in view.notice.text().lower()
    held = controller.position()
    assert not controller.try_recover()  # nothing to play on yet: no crash, still waiting

    pulse.start()
    qtbot.waitUntil(controller.try_recover, timeout=15_000)
    assert not controller.paused
    qtbot.waitUntil(lambda: controller.position() > held + 24_000, timeout=10_000)
    assert controller.position() < held + 10 * 48_000  # carried on from where it stopped
    controller.stop()
