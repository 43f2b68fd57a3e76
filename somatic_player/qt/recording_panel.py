"""The recording panel: record a narration line in the therapist's own voice.

Pick a microphone, press Record (Ctrl+R), speak, press Stop (Ctrl+R or Esc). The take is trimmed
and levelled at once (``audio.recorder.process``); the panel shows its length, its level and
whether it fits the line's window, and offers Play back (Ctrl+P), Re-record and Use this
recording, which saves the take into the routine's recordings folder and tells the editor the
clip's name; Remove recording tells it the line has no clip any more (the file stays, so Undo
can bring it back). A meter shows the input level, read every 50 ms from the recorder.

The recorder and the player are Qt-free (``audio.recorder``) and passed in, so tests give fakes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.compiler import estimate_speech_s
from somatic_player.i18n import translate

METER_PERIOD_MS = 50
METER_FLOOR_DB = -60.0
# A recording may run this much longer than the written line is expected to take before the
# panel warns that the step (and the routine) grows noticeably.
SLACK = 1.5


class RecorderLike(Protocol):
    @property
    def recording(self) -> bool: ...

    @property
    def level(self) -> float: ...

    @property
    def elapsed_s(self) -> float: ...

    @property
    def full(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> Any: ...


class PlayerLike(Protocol):
    @property
    def playing(self) -> bool: ...

    def play(self, audio: Any) -> None: ...

    def stop(self) -> None: ...


def line_window_s(text: str, pause_after_s: float) -> float:
    """The time a narration line is expected to take: its spoken length (estimated from the
    words, as the editor's total does) plus the pause after it, stretched by ``SLACK``."""
    return estimate_speech_s(text) * SLACK + pause_after_s


def seconds_text(seconds: float) -> str:
    """``2.3`` as the interface's language writes it (``2,3`` in Spanish and German)."""
    return QLocale().toString(float(seconds), "f", 1)


def fit_message(length_s: float, text: str, pause_after_s: float) -> tuple[bool, str]:
    """(fits, what to tell the clinician) for a clip of ``length_s`` on this line."""
    window = line_window_s(text, pause_after_s)
    if not text.strip():
        return True, translate(
            "recording_panel", "The step lasts {seconds} s with this recording."
        ).format(seconds=seconds_text(length_s + pause_after_s))
    if length_s <= window:
        return True, translate("recording_panel", "Fits the line's window ({window} s).").format(
            window=seconds_text(window)
        )
    return False, translate(
        "recording_panel",
        "Longer than the line's window ({window} s) by {extra} s: the step and the routine "
        "grow by that much. Shorten the text or re-record.",
    ).format(window=seconds_text(window), extra=seconds_text(length_s - window))


def _meter_value(level: float) -> int:
    dbfs = 20 * math.log10(level) if level > 1e-6 else METER_FLOOR_DB
    return round(max(0.0, min(1.0, (dbfs - METER_FLOOR_DB) / -METER_FLOOR_DB)) * 1000)


def _default_devices() -> list[tuple[str, object]]:
    from somatic_player.audio.recorder import input_devices

    return [(d.label, d.index) for d in input_devices()]


def _default_recorder(device: object) -> RecorderLike:
    from somatic_player.audio.recorder import Recorder

    recorder: RecorderLike = Recorder(device if isinstance(device, int | str) else None)
    return recorder


def _default_player() -> PlayerLike:
    from somatic_player.audio.recorder import ClipPlayer

    return ClipPlayer()


class RecordingPanel(QGroupBox):
    """Record, check and use a voice recording for one narration line.

    Signals:
        clip_chosen(str): the clip file name to use for the line ("" : no recording).
        message_changed(str): the status line changed (for tests and screen readers).
    """

    clip_chosen = Signal(str)
    message_changed = Signal(str)

    def __init__(
        self,
        folder: Callable[[], Path],
        *,
        devices: Callable[[], list[tuple[str, object]]] = _default_devices,
        recorder_factory: Callable[[object], RecorderLike] = _default_recorder,
        player: PlayerLike | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("recording_panel", "Your voice for this line"), parent)
        self.setObjectName("recordingPanel")
        self._folder = folder
        self._recorder_factory = recorder_factory
        self._player = player
        self._recorder: RecorderLike | None = None
        self.take: Any = None  # the last audio.recorder.Processed, not yet used
        self.clip = ""
        self.text = ""
        self.pause_after_s = 0.0
        self._clip_audio: Any = None

        self.device = QComboBox()
        self.device.setObjectName("recordingDevice")
        self.device.setAccessibleName(translate("recording_panel", "Microphone"))
        self.record_button = self._button(
            translate("recording_panel", "Record"),
            "recordButton",
            translate("recording_panel", "Start recording (Ctrl+R)"),
        )
        self.record_button.setProperty("role", "primary")
        self.record_button.clicked.connect(self._on_record_clicked)
        self.play_button = self._button(
            translate("recording_panel", "Play back"),
            "playRecordingButton",
            translate("recording_panel", "Listen (Ctrl+P)"),
        )
        self.play_button.clicked.connect(self._on_play_clicked)
        self.use_button = self._button(
            translate("recording_panel", "Use this recording"),
            "useRecordingButton",
            translate("recording_panel", "Save the take and use it for this line"),
        )
        self.use_button.clicked.connect(self._on_use_clicked)
        self.remove_button = self._button(
            translate("recording_panel", "Remove recording"),
            "removeRecordingButton",
            translate("recording_panel", "Go back to synthesized speech"),
        )
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.meter = QProgressBar()
        self.meter.setObjectName("recordingLevel")
        self.meter.setAccessibleName(translate("recording_panel", "Input level"))
        self.meter.setRange(0, 1000)
        self.meter.setTextVisible(True)
        self.meter.setFormat(translate("recording_panel", "silent"))
        self.meter.setMinimumHeight(22)
        self.status = QLabel("")
        self.status.setObjectName("recordingStatus")
        self.status.setWordWrap(True)
        self.fit = QLabel("")
        self.fit.setObjectName("recordingFit")
        self.fit.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("recording_panel", "Microphone")))
        top.addWidget(self.device, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.record_button, 0, 0)
        buttons.addWidget(self.play_button, 0, 1)
        buttons.addWidget(self.use_button, 1, 0)
        buttons.addWidget(self.remove_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.meter)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.fit)

        for keys, slot in (
            ("Ctrl+R", self._on_record_clicked),
            ("Ctrl+P", self._on_play_clicked),
        ):
            # The window's shortcut: one narration form (so one panel) is shown at a time.
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.setInterval(METER_PERIOD_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._fill_devices(devices)
        self._update()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setMinimumHeight(44)
        return button

    def _fill_devices(self, devices: Callable[[], list[tuple[str, object]]]) -> None:
        try:
            found = devices()
        except RuntimeError as exc:  # no PortAudio library
            found = []
            self._say(
                translate("recording_panel", "No microphone can be used: {reason}").format(
                    reason=exc
                )
            )
        self.device.addItem(translate("recording_panel", "System default"), None)
        for label, ident in found:
            self.device.addItem(label, ident)
        if not found:
            self.device.setToolTip(translate("recording_panel", "No input device was found"))

    # -- what the editor tells the panel ---------------------------------------------------------

    def set_line(self, text: str, pause_after_s: float, clip: str) -> None:
        """Show the line's current state (after a step change, undo or redo)."""
        self.text, self.pause_after_s = text, pause_after_s
        if clip != self.clip:
            self.clip = clip
            self._clip_audio = None
        self._update()

    # -- recording ---------------------------------------------------------------------------

    @property
    def recording(self) -> bool:
        return self._recorder is not None

    def start_recording(self) -> bool:
        if self._recorder is not None:
            return True
        self.stop_playback()
        recorder = self._recorder_factory(self.device.currentData())
        try:
            recorder.start()
        except Exception as exc:  # RecordingError: the device could not be opened
            self._say(str(exc))
            return False
        self._recorder = recorder
        self.take = None
        self.timer.start()
        self._say(
            translate(
                "recording_panel", "Recording… speak the line, then press Stop (Ctrl+R or Esc)."
            )
        )
        self._update()
        return True

    def stop_recording(self) -> None:
        recorder, self._recorder = self._recorder, None
        self.timer.stop()
        self.meter.setValue(0)
        self.meter.setFormat(translate("recording_panel", "silent"))
        if recorder is None:
            return
        from somatic_player.audio.recorder import process

        done = process(recorder.stop())
        if done.empty:
            self.take = None
            self._say(
                translate(
                    "recording_panel",
                    "No voice was heard in that take: check the microphone and try again.",
                )
            )
        else:
            self.take = done
            self._say(
                translate(
                    "recording_panel",
                    "New take: {length} s after trimming ({raw} s recorded), levelled to "
                    "{loudness} dBFS (peak {peak} dBFS).",
                ).format(
                    length=seconds_text(done.length_s),
                    raw=seconds_text(done.raw_s),
                    loudness=f"{done.loudness_db:.0f}",
                    peak=f"{done.true_peak_db:.0f}",
                )
            )
        self._update()

    def shutdown(self) -> None:
        """Stop recording and playback (the form is going away); the take is dropped."""
        if self._recorder is not None:
            recorder, self._recorder = self._recorder, None
            self.timer.stop()
            recorder.stop()
        self.stop_playback()

    def _on_record_clicked(self) -> None:
        if self._recorder is None:
            self.start_recording()
        else:
            self.stop_recording()

    def _on_timer_timeout(self) -> None:
        recorder = self._recorder
        if recorder is None:
            return
        level = recorder.level
        self.meter.setValue(_meter_value(level))
        dbfs = 20 * math.log10(level) if level > 1e-6 else None
        shown = translate("recording_panel", "silent") if dbfs is None else f"{dbfs:.0f} dBFS"
        self.meter.setFormat(f"{shown} · {seconds_text(recorder.elapsed_s)} s")
        if recorder.full:
            self.stop_recording()

    # -- playing, using, removing ------------------------------------------------------------

    def _player_or_none(self) -> PlayerLike | None:
        if self._player is None:
            try:
                self._player = _default_player()
            except Exception:  # no PortAudio: nothing to play on
                return None
        return self._player

    def stop_playback(self) -> None:
        if self._player is not None:
            self._player.stop()

    def _on_play_clicked(self) -> None:
        audio = self.take.audio if self.take is not None else self._clip()
        player = self._player_or_none()
        if audio is None or player is None or self.recording:
            return
        try:
            player.play(audio)
        except Exception as exc:  # RecordingError: no output
            self._say(str(exc))

    def _clip(self) -> Any:
        if not self.clip:
            return None
        if self._clip_audio is None:
            import soundfile as sf

            try:
                data, _ = sf.read(str(self._folder() / self.clip), dtype="float32")
            except (OSError, RuntimeError, ValueError):
                return None
            self._clip_audio = data if data.ndim == 1 else data.mean(axis=1)
        return self._clip_audio

    def _on_use_clicked(self) -> None:
        if self.take is None:
            return
        from somatic_player.audio.recorder import new_clip_name, save_clip

        name = new_clip_name()
        try:
            save_clip(self.take.audio, self._folder(), name)
        except OSError as exc:
            self._say(
                translate("recording_panel", "The recording could not be saved: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return
        self._clip_audio = self.take.audio
        self.clip = name
        self.take = None
        self._say(
            translate(
                "recording_panel", "Saved as {name}; this line now plays your recording."
            ).format(name=name)
        )
        self.clip_chosen.emit(name)
        self._update()

    def _on_remove_clicked(self) -> None:
        if self.clip:
            self.clip, self._clip_audio = "", None
            self._say(translate("recording_panel", "This line uses synthesized speech again."))
            self.clip_chosen.emit("")
            self._update()

    # -- showing -----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.message_changed.emit(text)

    def _update(self) -> None:
        recording = self._recorder is not None
        self.record_button.setText(
            translate("recording_panel", "Stop")
            if recording
            else (
                translate("recording_panel", "Re-record")
                if self.take or self.clip
                else translate("recording_panel", "Record")
            )
        )
        self.device.setEnabled(not recording)
        self.play_button.setEnabled(not recording and (self.take is not None or bool(self.clip)))
        self.use_button.setEnabled(not recording and self.take is not None)
        self.remove_button.setEnabled(not recording and bool(self.clip))
        if not self.status.text():
            self._say(
                translate("recording_panel", "This line plays the recording {name}.").format(
                    name=self.clip
                )
                if self.clip
                else translate(
                    "recording_panel",
                    "This line uses synthesized speech. Record it in your own voice?",
                )
            )
        length = None
        if self.take is not None:
            length = float(self.take.length_s)
        elif self.clip and self._clip() is not None:
            length = len(self._clip()) / 48_000
        if length is None:
            self.fit.setText("")
            self.fit.setStyleSheet("")
            return
        fits, message = fit_message(length, self.text, self.pause_after_s)
        self.fit.setText(
            translate("recording_panel", "Length {length} s. {fit}").format(
                length=seconds_text(length), fit=message
            )
        )
        self.fit.setStyleSheet("" if fits else "color: #b3261e; font-weight: 600;")

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self._recorder is not None:
            self.stop_recording()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden panel (another step, tab or window) must not keep the microphone open.
        if self._recorder is not None:
            self.stop_recording()
        super().hideEvent(event)
