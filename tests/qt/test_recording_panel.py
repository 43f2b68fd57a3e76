"""The recording panel with a fake microphone and player: record, stop, level meter, play
back, use (saved, trimmed, levelled; the step's ``clip`` set, undoably), re-record, remove;
and the panel inside the routine editor (screenshot: docs/screenshots/recording.png)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut

from somatic_player.audio.engines import NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.audio.recorder import db
from somatic_player.audio.speech import TARGET_RMS_DBFS, speech_rms
from somatic_player.qt.editor import EditorWindow
from somatic_player.qt.recording_panel import RecordingPanel, fit_message

RATE = 48_000


def take(voice_s: float) -> np.ndarray[Any, np.dtype[np.float32]]:
    """0.5 s of room noise, ``voice_s`` of a 220 Hz 'voice' at -30 dBFS, 0.5 s of noise."""
    rng = np.random.default_rng(3)
    t = np.arange(round(voice_s * RATE)) / RATE
    x = np.concatenate(
        [np.zeros(RATE // 2), 0.03 * np.sin(2 * np.pi * 220 * t), np.zeros(RATE // 2)]
    )
    return (x + 10 ** (-65 / 20) * rng.standard_normal(x.shape[0])).astype(np.float32)


class FakeRecorder:
    def __init__(self, device: object, voice_s: float) -> None:
        self.device = device
        self.voice_s = voice_s
        self.recording = False
        self.level = 0.0
        self.elapsed_s = 0.0
        self.full = False

    def start(self) -> None:
        self.recording = True
        self.level, self.elapsed_s = 0.1, 0.8

    def stop(self) -> np.ndarray[Any, np.dtype[np.float32]]:
        self.recording = False
        return take(self.voice_s)


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[int] = []
        self.playing = False

    def play(self, audio: Any) -> None:
        self.played.append(len(audio))

    def stop(self) -> None:
        self.playing = False


class Seams:
    def __init__(self) -> None:
        self.voice_s = 2.0
        self.recorders: list[FakeRecorder] = []
        self.player = FakePlayer()

    def recorder(self, device: object) -> FakeRecorder:
        self.recorders.append(FakeRecorder(device, self.voice_s))
        return self.recorders[-1]

    def options(self) -> dict[str, Any]:
        return {
            "devices": lambda: [("Test mic (ALSA)", 7)],
            "recorder_factory": self.recorder,
            "player": self.player,
        }


@pytest.fixture
def seams() -> Seams:
    return Seams()


def test_record_stop_play_use_remove(qtbot, seams: Seams, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = RecordingPanel(lambda: tmp_path / "rec", **seams.options())
    qtbot.addWidget(panel)
    panel.show()
    panel.set_line("Let your shoulders soften as you breathe out.", 1.5, "")
    assert panel.record_button.text() == "Record"
    assert not panel.use_button.isEnabled() and not panel.play_button.isEnabled()
    panel.device.setCurrentIndex(1)

    # Keyboard: Ctrl+R records and stops, Ctrl+P plays (window shortcuts; the offscreen
    # platform has no active window to send a key chord through, so the shortcut is fired).
    shortcuts = {s.key().toString(): s for s in panel.findChildren(QShortcut)}
    assert set(shortcuts) == {"Ctrl+R", "Ctrl+P"}
    shortcuts["Ctrl+R"].activated.emit()
    assert panel.recording and seams.recorders[-1].device == 7
    assert panel.record_button.text() == "Stop" and not panel.device.isEnabled()
    qtbot.waitUntil(lambda: panel.meter.value() > 0, timeout=1000)  # the timer read the level
    assert "-20 dBFS" in panel.meter.format()

    qtbot.keyClick(panel.record_button, Qt.Key.Key_Escape)
    assert not panel.recording and not panel.timer.isActive()
    assert panel.take is not None and abs(panel.take.length_s - 2.3) <= 0.02
    assert panel.record_button.text() == "Re-record"
    assert "Length 2.3 s" in panel.fit.text() and "Fits" in panel.fit.text()

    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    assert seams.player.played == [panel.take.audio.shape[0]]

    with qtbot.waitSignal(panel.clip_chosen) as chosen:
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    name = chosen.args[0]
    saved, rate = sf.read(str(tmp_path / "rec" / name), dtype="float32")
    assert rate == RATE and abs(saved.shape[0] / RATE - 2.3) <= 0.02
    assert abs(db(speech_rms(saved)) - TARGET_RMS_DBFS) < 0.1
    assert panel.clip == name and panel.remove_button.isEnabled()

    with qtbot.waitSignal(panel.clip_chosen) as removed:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert removed.args == [""] and (tmp_path / "rec" / name).exists()  # Undo may want it


def test_silent_take_is_refused(qtbot, seams: Seams, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seams.voice_s = 0.0
    panel = RecordingPanel(lambda: tmp_path, **seams.options())
    qtbot.addWidget(panel)
    panel.start_recording()
    panel.stop_recording()
    assert panel.take is None and not panel.use_button.isEnabled()
    assert "No voice was heard" in panel.status.text()


def test_fit_message() -> None:
    fits, _ = fit_message(2.0, "Let your shoulders soften as you breathe out.", 1.5)
    assert fits
    fits, text = fit_message(12.0, "Rest.", 1.5)
    assert not fits and "Longer than the line's window" in text


@pytest.fixture
def editor(qtbot, seams: Seams, tmp_path: Path) -> Iterator[EditorWindow]:  # type: ignore[no-untyped-def]
    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=lambda: 0.0), []

    window = EditorWindow(engine_factory=factory, folder=tmp_path / "routines")
    window.form.recording_options = seams.options()
    window.ask_unsaved = lambda: "discard"
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    yield window
    window.preview.stop()


def narration_row(window: EditorWindow) -> int:
    return next(
        i for i, s in enumerate(window.model.document.steps) if s.get("kind") == "narration"
    )


def test_editor_narration_step_records_into_the_routine(
    qtbot, editor: EditorWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert editor.open_routine("pmr-7")
    row = narration_row(editor)
    editor.steps.select_row(row)
    panel = editor.form.recording
    assert panel is not None and panel.isVisible()
    panel.start_recording()
    panel.stop_recording()
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    clip = editor.model.document.steps[row]["clip"]
    assert clip == panel.clip
    assert (editor.recordings_folder() / clip).is_file()
    assert editor.recordings_folder() == tmp_path / "routines" / "pmr-7-copy" / "recordings"
    assert editor.form.editors["clip"].value() == clip
    assert not [i for i in editor.issues if i.step == row]

    editor.model.undo_stack.undo()
    assert "clip" not in editor.model.document.steps[row]
    assert editor.form.recording is not None and editor.form.recording.clip == ""
    editor.model.undo_stack.redo()
    assert editor.model.document.steps[row]["clip"] == clip

    # Another step: the narration panel goes away and the microphone with it.
    panel = editor.form.recording
    panel.start_recording()
    editor.steps.select_row(0 if row else 1)
    assert not panel.recording


def test_screenshot(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    assert editor.open_routine("pmr-7")
    row = narration_row(editor)
    editor.steps.select_row(row)
    panel = editor.form.recording
    assert panel is not None
    panel.device.setCurrentIndex(1)
    panel.start_recording()
    panel.stop_recording()
    panel._on_use_clicked()
    panel.start_recording()  # recording the next take: the meter is live
    panel._on_timer_timeout()
    scroll = editor.tabs.currentWidget()
    scroll.ensureWidgetVisible(panel)  # type: ignore[attr-defined]
    qtbot.wait(10)
    image = editor.grab()
    assert image.width() == 1200
    out = os.environ.get("SOMATIC_SCREENSHOTS")
    if out:
        image.save(str(Path(out) / "recording.png"))
    panel.shutdown()
