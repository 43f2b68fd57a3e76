"""Audio faults: no device at start, a stream that errors, a slow consumer, and the heard
position across pauses and a lost device. The session never crashes, never jumps, and the
player says what happened.

A device lost and back mid-session is tested through the real PulseAudio in
tests/audio_device/test_device_loss.py (the engine, checked sample by sample on the monitor)
and tests/audio_device/test_player_device_loss.py (the whole player), and on a fake PortAudio in
tests/audio_device/test_recovery.py; this file does not repeat them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from queue import SimpleQueue
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from somatic_player.audio import devices
from somatic_player.audio.mixer import Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.audio.transport import EngineStatus, Transport
from tests.audio_device.test_pulse_roundtrip import find_cues, residual, spacing_errors
from tests.audio_device.test_recovery import FakeSounddevice, FakeStream
from tests.faults.test_load import breath_cues
from tests.helpers import breathing_plan, breathing_routine

RATE = 48_000
LATENCY = 9_600  # 200 ms: the engine's output latency through PulseAudio
BLOCK = 2_400  # PortAudio's period at that latency
ROOT = Path(__file__).resolve().parents[2]


def kinds(queue: SimpleQueue[EngineStatus]) -> list[str]:
    out: list[str] = []
    while not queue.empty():
        out.append(queue.get_nowait().kind)
    return out


# -- the heard position never jumps back --------------------------------------------------------


def heard_positions(transport: Transport, blocks: int) -> list[int]:
    """Run the device for ``blocks`` periods; the heard position after each."""
    out = np.zeros((BLOCK, 2), dtype=np.float32)
    seen = []
    for _ in range(blocks):
        transport.process(out)
        seen.append(transport.position_samples(LATENCY))
    return seen


def test_resuming_after_a_pause_never_moves_the_heard_position_back() -> None:
    transport = Transport(Mixer(breathing_plan(), {}), SimpleQueue())
    transport.command("start")
    playing = heard_positions(transport, 40)
    transport.command("pause")
    pausing = heard_positions(transport, 10)  # the device drains what it still held
    paused_at = pausing[-1]
    transport.command("resume")
    # What was rendered after the resume is heard a latency later: until then the person still
    # hears silence, so the pacer must stay where the sound stopped, not jump back.
    resumed = heard_positions(transport, 20)
    seen = playing + pausing + resumed
    assert all(b >= a for a, b in pairwise(seen)), "the position went back"
    assert resumed[0] == paused_at
    assert resumed[-1] == transport.mixer.position - LATENCY  # then it follows the sound again


def test_after_a_lost_device_the_position_carries_on_from_the_sample_last_heard() -> None:
    transport = Transport(Mixer(breathing_plan(), {}), SimpleQueue())
    transport.command("start")
    heard_positions(transport, 40)
    last_heard = transport.position_samples(LATENCY)
    transport.halt(last_heard)  # what the engine does when the stream dies
    transport.command("resume")
    resumed = heard_positions(transport, 20)
    assert resumed[0] == last_heard
    assert all(b >= a for a, b in pairwise(resumed))


# -- a stream that errors -----------------------------------------------------------------------


class Flags:
    def __init__(self, underflow: bool = False) -> None:
        self.output_underflow = underflow


class WontStart(FakeSounddevice):
    """A device that opens but refuses to run (PortAudio's "Unanticipated host error", a device
    held by another program) until ``refusals`` attempts have failed."""

    def __init__(self, refusals: int) -> None:
        super().__init__()
        self.refusals = refusals

    def OutputStream(self, **kwargs: Any) -> FakeStream:
        stream = super().OutputStream(**kwargs)
        owner = self

        def start() -> None:
            if owner.refusals > 0:
                owner.refusals -= 1
                raise owner.PortAudioError("Error starting stream: Unanticipated host error")
            stream.active = True

        stream.start = start  # type: ignore[method-assign]
        return stream


@pytest.fixture
def wont_start(monkeypatch: pytest.MonkeyPatch) -> Iterator[WontStart]:
    fake = WontStart(refusals=2)
    monkeypatch.setattr(devices, "import_sounddevice", lambda: fake)
    yield fake
    for stream in fake.streams:
        devices.stream_closed(stream)


def fake_engine(mixer: Mixer) -> SoundDeviceEngine:
    return SoundDeviceEngine(mixer, clock=lambda: 100.0, watchdog=False)


def test_a_device_that_opens_but_will_not_start_is_a_lost_device(wont_start: WontStart) -> None:
    engine = fake_engine(Mixer(breathing_plan(), {}))
    engine.open()  # what open_engine checks: this device opens
    engine.warm_up()  # ... but does not run: no exception, a plain status instead
    assert engine.lost and engine.position_samples() == 0
    statuses = []
    while not engine.status.empty():
        statuses.append(engine.status.get_nowait())
    assert [s.kind for s in statuses] == ["device-lost"]
    assert "could not be started" in statuses[0].detail and "Resume" in statuses[0].detail
    engine.start()  # refused once more: still lost, still no exception
    assert engine.lost
    engine.start()  # the device runs now
    assert not engine.lost
    wont_start.streams[-1].pump(100)
    assert engine.position_samples() == RATE - round(0.01 * RATE)  # from the very start
    engine.stop()


@pytest.mark.gui
def test_the_player_pauses_says_why_and_recovers_when_the_stream_will_not_start(
    qtbot: QtBot, wont_start: WontStart
) -> None:
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    def factory(mixer: Mixer) -> tuple[SoundDeviceEngine, list[str]]:
        engine = fake_engine(mixer)
        engine.open()
        return engine, []

    controller = SessionController(SessionSetup(breathing_routine()), engine_factory=factory)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    controller.start()  # refused twice (warm-up, start): must not raise
    assert controller.paused and controller.device_lost
    assert view.pause_button.text() == "Resume"
    assert "Unanticipated host error" in view.notice.text()
    assert view.notice.isVisibleTo(view)
    assert controller.try_recover()  # what the recovery timer calls every 2 s
    wont_start.streams[-1].pump(50)
    controller.tick()
    assert not controller.paused
    assert 0 < controller.position() <= RATE // 2
    controller.stop()


@pytest.mark.gui
def test_an_error_inside_the_callback_pauses_says_so_and_resumes_at_the_same_sample(
    qtbot: QtBot, fake_sd: FakeSounddevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    engines: list[SoundDeviceEngine] = []

    def factory(mixer: Mixer) -> tuple[SoundDeviceEngine, list[str]]:
        engines.append(fake_engine(mixer))
        engines[-1].open()
        return engines[-1], []

    controller = SessionController(SessionSetup(breathing_routine()), engine_factory=factory)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    controller.start()
    stream = fake_sd.streams[-1]
    stream.pump(100)
    controller.tick()
    mixer = controller.mixer
    rendered = mixer.position
    real_render = mixer.render_into
    calls = {"n": 0}

    def render_once_broken(out: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise MemoryError("cannot allocate the voice buffer")
        real_render(out)

    monkeypatch.setattr(mixer, "render_into", render_once_broken)
    stream.pump(5)  # the failing block and four more: silence, no exception out of the callback
    controller.tick()
    assert controller.paused and not controller.device_lost
    assert view.pause_button.text() == "Resume"
    text = view.notice.text()
    assert "Sound stopped" in text and "cannot allocate" in text and "Resume" in text
    assert mixer.position == rendered  # nothing was skipped while it was silent
    controller.toggle_pause()
    stream.pump(100)
    controller.tick()
    assert not controller.paused
    assert mixer.position == rendered + 100 * 480  # carried on from the same sample
    controller.stop()


def test_an_underflow_reported_by_portaudio_is_counted_and_said_not_a_pause(
    fake_sd: FakeSounddevice,
) -> None:
    engine = fake_engine(Mixer(breathing_plan(), {}))
    engine.start()
    out = np.zeros((480, 2), dtype=np.float32)
    for flags in (Flags(), Flags(underflow=True), Flags()):
        engine._callback(out, 480, None, flags)
    assert engine.underflows == 1
    assert kinds(engine.status) == ["playing", "underflow"]
    assert engine._transport.playing  # a short gap in the sound, not a reason to stop
    engine.stop()


# -- no device at start -------------------------------------------------------------------------

NO_DEVICE_SESSION = r"""
import json, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
from somatic_player.audio.mixer import Mixer
from somatic_player.audio.sd_engine import SoundDeviceEngine
from somatic_player.content.library import default_rules, find_routine
from somatic_player.qt.session_controller import SessionSetup
from somatic_player.qt.session_flow import SessionFlow

routine, _ = find_routine("easy-pace")
window = QMainWindow()
flow = SessionFlow(window, lambda r: SessionSetup(r, rules=default_rules()), speech_factory=None,
                   ask=False)
flow.begin(routine)  # the app's own engine choice: sounddevice, then pygame, then silent
controller, view = flow.controller, flow.view
start = time.monotonic()
while time.monotonic() - start < 0.5:
    app.processEvents()
    time.sleep(0.01)
heard, elapsed = controller.position(), time.monotonic() - start
try:
    SoundDeviceEngine(Mixer(controller.plan, {}), device="no such output").open()
    named = "opened"
except Exception as exc:
    named = f"{type(exc).__name__}: {exc}"
print(json.dumps({
    "engine": controller.engine_name, "notes": controller.engine_notes,
    "label": view.engine_label.text(), "paused": controller.paused,
    "heard": heard, "elapsed": elapsed, "named": named,
}))
controller.stop()
"""


def no_sound_server_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a machine with no sound server and no sound card: PulseAudio's
    socket leads nowhere (and nothing is spawned), ALSA's default device is that server, SDL
    picks its own driver, nothing from the real user's set-up is read."""
    nowhere = f"unix:{tmp_path / 'no-server' / 'pulse.sock'}"
    alsa = tmp_path / "asound.conf"
    alsa.write_text(
        f'pcm.!default {{ type pulse server "{nowhere}" }}\n'
        f'ctl.!default {{ type pulse server "{nowhere}" }}\n'
    )
    client = tmp_path / "client.conf"
    client.write_text("autospawn = no\n")
    (tmp_path / "home").mkdir()
    (tmp_path / "run").mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SDL_", "PULSE_", "DBUS_"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        PULSE_SERVER=nowhere,
        PULSE_CLIENTCONFIG=str(client),
        ALSA_CONFIG_PATH=str(alsa),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


@pytest.mark.gui
def test_with_no_sound_device_the_session_plays_silently_and_says_so(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_DEVICE_SESSION],
        cwd=ROOT,
        env=no_sound_server_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["engine"] == "null"
    assert result["label"] == "Silent: captions only (no sound device)"
    assert [note.split(":")[0] for note in result["notes"]] == ["sounddevice", "pygame"]
    assert not result["paused"]
    # The silent engine keeps time from the clock: captions and pacer move on as with sound.
    assert abs(result["heard"] - result["elapsed"] * RATE) < 0.1 * RATE
    assert result["named"].endswith("'no such output'") or "no such output" in result["named"]


# -- a slow consumer: the UI thread blocked while the sound plays ---------------------------------


def block_ui(seconds: float, *, busy: bool) -> None:
    """What a stuck slot does to the event loop: sleep, or compute in Python (which takes the
    GIL back every 5 ms, as pure-Python work does)."""
    end = time.monotonic() + seconds
    if not busy:
        time.sleep(seconds)
        return
    n = 0
    while time.monotonic() < end:
        n += sum(range(1000))


@pytest.mark.gui
def test_a_blocked_ui_on_the_silent_engine_catches_up_without_a_jump(qtbot: QtBot) -> None:
    from somatic_player.audio.engines import NullEngine
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    def silent(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer), []

    controller = SessionController(SessionSetup(breathing_routine()), engine_factory=silent)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    pacer: list[Any] = []
    controller.pacer_changed.connect(pacer.append)
    started = time.monotonic()
    controller.start()
    qtbot.wait(300)
    for busy in (False, True):
        before = controller.position()
        block_ui(1.5, busy=busy)
        pacer.clear()
        qtbot.wait(100)  # the next ticks
        after = controller.position()
        wall = round((time.monotonic() - started) * RATE)
        assert abs(after - wall) < RATE // 10  # where the clock says, not stuck or ahead
        assert 1.5 * RATE <= after - before < 1.8 * RATE
        assert pacer, "the pacer was not redrawn after the block"
    assert not controller.paused
    controller.stop()


def where_it_differs(recording: Any, found: list[Any], plan: Any) -> str:
    """Where the recording departs from the render, for the failure message: the first and last
    differing sample (as session time), how many, and whether the recording is silent there."""
    from tests.audio_device.test_pulse_roundtrip import engine_render

    offset = int(np.median([f.measured - f.planned for f in found]))
    reference = engine_render(plan)
    got = recording[offset : offset + reference.shape[0]]
    bad = np.flatnonzero(np.abs(got - reference) >= 1e-4)
    if bad.size == 0:
        return "no difference"
    first, last = int(bad[0]), int(bad[-1])
    silent = "silent" if float(np.max(np.abs(got[first : last + 1]))) < 1e-4 else "not silent"
    return (
        f"{bad.size} samples differ between {first / RATE:.3f} s and {last / RATE:.3f} s of "
        f"{reference.shape[0] / RATE:.3f} s; the recording is {silent} there"
    )


def blocked_ui_session(qtbot: QtBot, pulse: Any) -> dict[str, Any]:
    """A 12-second breathing session through the real device, the UI thread blocked twice for
    1.5 s (once computing, once asleep); what the engine reported and the monitor heard."""
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    routine = breathing_routine(inhale_s=2, exhale_s=2, duration_s=12)

    def device(mixer: Mixer) -> tuple[SoundDeviceEngine, list[str]]:
        engine = SoundDeviceEngine(mixer)
        engine.open()
        return engine, []

    controller = SessionController(SessionSetup(routine), engine_factory=device)
    view = PlayerView(controller)
    qtbot.addWidget(view)
    statuses: list[str] = []
    controller.status_changed.connect(lambda kind, _detail: statuses.append(kind))
    recording = pulse.record()
    try:
        controller.start()
        qtbot.wait(2_000)
        jumps = []
        for busy in (True, False):
            before, t0 = controller.position(), time.monotonic()
            block_ui(1.5, busy=busy)
            qtbot.wait(200)
            moved = controller.position() - before
            jumps.append((moved - round((time.monotonic() - t0) * RATE)) / RATE * 1000)
            qtbot.wait(1_000)
        qtbot.waitUntil(lambda: controller.ended, timeout=20_000)
        engine = controller.engine
        assert isinstance(engine, SoundDeviceEngine)
        time.sleep(0.4)  # the last buffers reach the monitor
    finally:
        controller.stop()
        audio = recording.stop()
    found = find_cues(audio, breath_cues(controller.plan))
    return {
        "underflows": engine.underflows,
        "statuses": statuses,
        "errors": spacing_errors(found),
        "residual": residual(audio, found, controller.plan),
        "where": where_it_differs(audio, found, controller.plan),
        "jumps": jumps,
    }


@pytest.mark.slow
@pytest.mark.audio_device
@pytest.mark.gui
def test_a_blocked_ui_through_a_real_device_neither_underflows_nor_shifts_a_cue(
    qtbot: QtBot, pulse: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # The recording is compared with the render sample for sample. Once in CI (a loaded shared
    # machine) it differed with no underflow reported and every cue in place; whether the
    # sound server or its recorder lost those samples could not be told afterwards. So a
    # difference is reported with where it lies and the session is run once more: a fault of
    # ours would show both times. Underflows, cue spacing and the pacer hold on every run.
    for attempt in (1, 2):
        run = blocked_ui_session(qtbot, pulse)
        with capsys.disabled():
            print(
                f"\nUI blocked 2 x 1.5 s (run {attempt}): underflows {run['underflows']}, cue "
                f"spacing error max {max(map(abs, run['errors']))} samples, residual "
                f"{run['residual']:.1e} ({run['where']}), position vs wall clock after each "
                f"block {[f'{j:+.0f} ms' for j in run['jumps']]}"
            )
        assert run["underflows"] == 0 and "underflow" not in run["statuses"]
        assert not {"error", "device-lost"} & set(run["statuses"]), run["statuses"]
        assert max(map(abs, run["errors"])) <= 48  # 1 ms
        # After the block the pacer is where the sound is: it neither stalled nor ran ahead.
        assert all(abs(j) < 250 for j in run["jumps"]), run["jumps"]
        if run["residual"] < 1e-4:
            return
    pytest.fail(f"the recording is not the render, sample for sample, twice: {run['where']}")
