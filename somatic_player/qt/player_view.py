"""The player: pacer, captions, step list, times and the controls, all driven by a controller.

Everything is reachable by keyboard: Space pauses, Left/Right move between steps, +/- change the
pace, P stays at the pace a gentle ramp has reached, S shows the stop rules of a movement routine,
F11 toggles full screen, Esc leaves it. The view only emits what the person asked for; the
session controller decides what happens.

During a movement step the exercise's picture takes the pacer's place, frame by frame with the
counts (a still with reduced motion), and the "Stop rules" control pauses and shows when to stop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from somatic_player.audio.mixer import Levels
from somatic_player.core.plan import PacerState, PlanStep
from somatic_player.core.session import Moment
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.movement_picture import (
    MovementPictureWidget,
    PacerWithPicture,
    show_picture_for,
    stop_rules_text,
)
from somatic_player.qt.pacer_view import PacerView
from somatic_player.qt.session_controller import SessionController

BUTTON_MIN = 48
FOCUS_KINDS = ("pmr", "scan")  # steps whose regions are shown on the body map


def clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(tip.split(" (")[0])
    button.setToolTip(tip)
    button.setMinimumHeight(BUTTON_MIN)
    button.setMinimumWidth(BUTTON_MIN)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class PlayerView(QWidget):
    """The session screen.

    Signals:
        full_screen_toggled(): F11 or the full-screen button.
        full_screen_left(): Esc.
        presentation_requested(): the "Present" button (show pacer on another screen).
        session_left(): the person wants to go back to the library after the session ended.
    """

    full_screen_toggled = Signal()
    full_screen_left = Signal()
    presentation_requested = Signal()
    session_left = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerView")
        self.controller = controller
        self._step_title = ""
        plan = controller.plan

        self.title = QLabel(plan.title)
        self.title.setObjectName("playerTitle")
        self.engine_label = QLabel("")
        self.engine_label.setObjectName("engineLabel")
        self.engine_label.setAccessibleName("Sound output")

        self.picture = MovementPictureWidget()
        self.picture.hide()
        self.pacer: PacerView = PacerWithPicture(self.picture)
        # Muscle groups and body-scan areas: where attention goes now, shaded on the body map.
        self.focus_map = BodyMapWidget()
        self.focus_map.setObjectName("focusMap")
        self.focus_map.set_read_only(True)
        self.focus_map.setAccessibleName("Where to place your attention")
        self.focus_map.hide()
        self.caption = QLabel("")
        self.caption.setObjectName("captionLabel")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName("Caption")
        self.caption.setMinimumHeight(90)
        caption_font = self.caption.font()
        caption_font.setPixelSize(26)  # readable across a room; the theme may scale it
        self.caption.setFont(caption_font)

        self.notice = QLabel("")
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Guidance")
        self.notice.hide()

        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsedLabel")
        self.elapsed.setAccessibleName("Time elapsed")
        self.remaining = QLabel("")
        self.remaining.setObjectName("remainingLabel")
        self.remaining.setAccessibleName("Time remaining")
        self.pace_label = QLabel("")
        self.pace_label.setObjectName("paceLabel")
        self.pace_label.setAccessibleName("Breathing pace")

        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName("Steps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Read, not operated: Left/Right move between steps (and keep Space for pause).
        self.steps.setProperty("displayOnly", True)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for step in controller.cursor.playable_steps:
            item = QListWidgetItem(
                f"{step.title}  ·  {clock((step.end - step.start) / plan.sample_rate)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, step.index)
            self.steps.addItem(item)

        self.previous_button = _button("‹  Back", "previousButton", "Previous step (Left arrow)")
        self.pause_button = _button("Pause", "pauseButton", "Pause or resume (Space)")
        self.next_button = _button("Next  ›", "nextButton", "Next step (Right arrow)")
        self.slower_button = _button("Slower", "slowerButton", "Slower breathing pace (minus key)")
        self.faster_button = _button("Faster", "fasterButton", "Faster breathing pace (plus key)")
        self.stay_button = _button(
            "Stay at this pace",
            "stayButton",
            "Stay at this pace: keep the pace you have reached from the next breath on (P)",
        )
        # Only a gentle ramp changes pace by itself; elsewhere there is nothing to stay at.
        self.stay_button.setVisible(controller.has_ramp)
        self.stay_button.setEnabled(False)
        self.stop_button = _button("End session", "stopButton", "End the session")
        self.dizzy_button = _button(
            "I feel dizzy", "dizzyButton", "I feel dizzy: stop the pacer and breathe naturally"
        )
        self.ground_button = _button(
            "Ground me", "groundButton", "Ground me: stop gently and show grounding guidance"
        )
        self.present_button = _button(
            "Present", "presentButton", "Show the pacer full screen on another display"
        )
        self.full_button = _button("Full screen", "fullScreenButton", "Full screen (F11)")
        self.back_button = _button("Back to routines", "backButton", "Back to the routine library")
        self.back_button.hide()
        self.stop_rules_button = _button(
            "Stop rules", "stopRulesButton", "Stop rules: pause and see when to stop moving (S)"
        )
        self._stop_rules_shown = False
        self.stop_rules_button.setVisible(any(s.kind == "movement" for s in plan.steps))

        self.cue_style = QComboBox()
        self.cue_style.setObjectName("cueStyleCombo")
        self.cue_style.setAccessibleName("Cue sound")
        self.cue_style.setToolTip("How breathing cues sound")
        for label, value in (
            ("Tones", "tones"),
            ("Spoken words", "spoken"),
            ("Bells", "bell"),
            ("Silent", "silent"),
        ):
            self.cue_style.addItem(label, value)
        self.cue_style.setCurrentIndex(max(0, self.cue_style.findData(controller.mixer.cue_style)))
        self.volumes: dict[str, QSlider] = {}
        levels = controller.mixer.levels
        sound = QGridLayout()
        sound.addWidget(QLabel("Cue sound"), 0, 0)
        sound.addWidget(self.cue_style, 0, 1)
        for row, (name, label) in enumerate(
            (("cues", "Cue volume"), ("voice", "Voice volume"), ("ambient", "Breath tone")), 1
        ):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"{name}VolumeSlider")
            slider.setRange(0, 100)
            slider.setValue(round(getattr(levels, name) * 100))
            slider.setAccessibleName(label)
            slider.setToolTip(f"{label}, 0-100%")
            slider.setMinimumHeight(32)
            slider.valueChanged.connect(self._on_volume_changed)
            self.volumes[name] = slider
            sound.addWidget(QLabel(label), row, 0)
            sound.addWidget(slider, row, 1)

        self._layout(sound)
        self._connect()
        self._shortcuts()
        self._on_pace_changed(controller.current_bpm())
        if not controller.plan.phases:  # no paced breathing in this routine: no pace controls
            for widget in (self.slower_button, self.faster_button, self.pace_label):
                widget.hide()

    def _layout(self, sound: QGridLayout) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.engine_label)

        centre = QVBoxLayout()
        stage = QHBoxLayout()
        stage.addWidget(self.pacer, 1)
        stage.addWidget(self.picture, 1)
        stage.addWidget(self.focus_map, 1)
        centre.addLayout(stage, 1)
        centre.addWidget(self.caption)
        centre.addWidget(self.notice)
        times = QHBoxLayout()
        times.addWidget(self.elapsed)
        times.addStretch(1)
        times.addWidget(self.pace_label)
        times.addSpacing(12)
        times.addWidget(self.stay_button)  # beside the pace it keeps; shown only for a ramp
        times.addStretch(1)
        times.addWidget(self.remaining)
        centre.addLayout(times)

        side = QVBoxLayout()
        side.addWidget(self.steps, 1)
        panel = QFrame()
        panel.setObjectName("soundPanel")
        panel.setLayout(sound)
        side.addWidget(panel)
        side.addWidget(self.present_button)
        side.addWidget(self.full_button)

        body = QHBoxLayout()
        body.addLayout(centre, 3)
        body.addLayout(side, 1)

        controls = QHBoxLayout()
        for button in self._transport_buttons():
            controls.addWidget(button)
        controls.addStretch(1)
        for button in (
            self.stop_rules_button,
            self.dizzy_button,
            self.ground_button,
            self.stop_button,
            self.back_button,
        ):
            controls.addWidget(button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        outer.addLayout(header)
        outer.addLayout(body, 1)
        outer.addLayout(controls)

    def _connect(self) -> None:
        c = self.controller
        c.pacer_changed.connect(self._on_pacer_changed)
        c.moment_changed.connect(self._on_moment_changed)
        c.step_changed.connect(self._on_step_changed)
        c.paused_changed.connect(self._on_paused_changed)
        c.pace_changed.connect(self._on_pace_changed)
        c.ramp_frozen.connect(self._on_ramp_frozen)
        c.status_changed.connect(self._on_status_changed)
        c.notice_shown.connect(self._on_notice_shown)
        c.finished.connect(self._on_finished)
        self.previous_button.clicked.connect(c.previous_step)
        self.pause_button.clicked.connect(c.toggle_pause)
        self.next_button.clicked.connect(c.next_step)
        self.slower_button.clicked.connect(c.slower)
        self.faster_button.clicked.connect(c.faster)
        self.stay_button.clicked.connect(self.stay_at_this_pace)
        self.stop_button.clicked.connect(lambda: c.stop("ended by the person"))
        self.dizzy_button.clicked.connect(c.feel_dizzy)
        self.ground_button.clicked.connect(c.ground_me)
        self.present_button.clicked.connect(self.presentation_requested)
        self.full_button.clicked.connect(self.full_screen_toggled)
        self.back_button.clicked.connect(self.session_left)
        self.stop_rules_button.clicked.connect(self.show_stop_rules)
        self.cue_style.currentIndexChanged.connect(
            lambda _i: c.set_cue_style(self.cue_style.currentData())
        )

    def _shortcuts(self) -> None:
        c = self.controller
        keys = (
            (Qt.Key.Key_Space, self._on_space),
            (Qt.Key.Key_Left, c.previous_step),
            (Qt.Key.Key_Right, c.next_step),
            (Qt.Key.Key_Plus, c.faster),
            (Qt.Key.Key_Equal, c.faster),
            (Qt.Key.Key_Minus, c.slower),
            (Qt.Key.Key_S, self.show_stop_rules),
            (Qt.Key.Key_P, self.stay_at_this_pace),
            (Qt.Key.Key_F11, self.full_screen_toggled.emit),
            (Qt.Key.Key_Escape, self.full_screen_left.emit),
        )
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _on_space(self) -> None:
        """Space pauses and resumes, except on a focused button, which it presses as usual."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.pause_button:
            focused.click()
        else:
            self.controller.toggle_pause()

    # -- controller -> view ---------------------------------------------------------------

    def _on_pacer_changed(self, state: PacerState) -> None:
        self.pacer.set_state(state)
        if not self.picture.isHidden():  # counts change faster than captions may
            c = self.controller
            self.picture.set_count(c.plan.count_at(c.position()))

    def _on_moment_changed(self, moment: Moment) -> None:
        self.caption.setText(moment.caption)
        # Outside breathing the pacer names the step, so the centre of the screen stays useful.
        step = moment.step
        # Spoken guidance is already in the caption; other steps are named in the centre.
        self._step_title = step.title if step and step.kind != "narration" else ""
        if not self.controller.paused and not self.controller.ended:
            self.pacer.set_idle_text(self._step_title)
        show_picture_for(self.picture, self.pacer, self.controller.plan, moment)
        self._show_focus(step)
        self.elapsed.setText(clock(moment.elapsed_s))
        self.remaining.setText(f"{clock(moment.remaining_s)} left")
        c = self.controller
        if c.has_ramp and not c.ended:  # the pace moves by itself: show where it has got to
            self._on_pace_changed(c.upcoming_bpm())
            self.stay_button.setEnabled(c.ramp_under_way())

    def _show_focus(self, step: PlanStep | None) -> None:
        """For a muscle group or body-scan area, the body map with those regions shaded takes
        the pacer's place (the picture, for movement, has its own)."""
        focus = step is not None and step.kind in FOCUS_KINDS and bool(step.regions)
        if step is not None and focus and self.picture.isHidden():
            self.focus_map.set_highlighted(step.regions)
            self.focus_map.setAccessibleDescription(f"{step.title}: shaded on the body map")
            self.focus_map.show()
            self.pacer.hide()
            return
        if not self.focus_map.isHidden():
            self.focus_map.hide()
            if self.picture.isHidden():
                self.pacer.show()

    def stay_at_this_pace(self) -> None:
        """Keep a gentle ramp at the pace it has reached (P); nothing when no ramp is under way."""
        if not self.stay_button.isHidden():
            self.controller.stay_at_this_pace()

    def show_stop_rules(self) -> None:
        """Pause, and show when to stop moving (the routine's safety notes)."""
        c = self.controller
        if c.ended or self.stop_rules_button.isHidden():
            return
        if not c.paused:
            c.toggle_pause()
        self.notice.setText(stop_rules_text(c.setup.routine.safety.notes))
        self.notice.show()
        self._stop_rules_shown = True

    def _on_step_changed(self, index: int) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == index:
                self.steps.setCurrentRow(row)
                return
        self.steps.clearSelection()

    def _on_paused_changed(self, paused: bool) -> None:
        self.pause_button.setText("Resume" if paused else "Pause")
        self.pacer.set_idle_text("Paused" if paused else self._step_title)
        if not paused and self._stop_rules_shown:
            self._stop_rules_shown = False
            self.notice.hide()

    def _on_pace_changed(self, bpm: float) -> None:
        staying = "Staying at " if self.controller.ramp_frozen_at is not None else ""
        self.pace_label.setText(f"{staying}{bpm:.1f} breaths a minute" if bpm else "")

    def _on_ramp_frozen(self, bpm: float) -> None:
        had_focus = self.stay_button.hasFocus()
        self.stay_button.hide()  # staying is done; Slower and Faster still change it
        if had_focus:
            self.pause_button.setFocus()
        self._on_pace_changed(bpm)

    def _on_status_changed(self, kind: str, detail: str) -> None:
        if kind in ("device-lost", "error", "underflow"):
            self.notice.setText(detail)
            self.notice.show()
        elif kind == "recovered":
            self.notice.setText(detail)
            self.notice.show()
            QTimer.singleShot(4000, self._hide_sound_notice)
        elif kind == "playing" and self.notice.text() and not self.controller.paused:
            self.notice.hide()

    def _hide_sound_notice(self) -> None:
        if not self.controller.device_lost and not self.controller.paused:
            self.notice.hide()

    def _on_notice_shown(self, _kind: str, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _transport_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.slower_button,
            self.faster_button,
        )

    def _on_finished(self, outcome: str) -> None:
        for button in (
            *self._transport_buttons(),
            self.stay_button,
            self.dizzy_button,
            self.stop_button,
            self.stop_rules_button,
        ):
            button.hide()  # the session is over: only the way back remains
        self.picture.hide()
        self.focus_map.hide()
        self.pacer.show()
        self.pacer.set_state(PacerState("none", 0.0, 0.0, 0.0))
        self.pacer.set_idle_text("Well done" if outcome == "completed" else "Session ended")
        self.caption.setText("Take a moment before you move on.")
        self.back_button.show()
        self.back_button.setFocus()

    def _on_volume_changed(self, _value: int) -> None:
        self.controller.set_levels(Levels(**{k: s.value() / 100 for k, s in self.volumes.items()}))

    def set_reduced_motion(self, on: bool) -> None:
        """Still pictures and a stepwise pacer instead of motion."""
        self.pacer.set_reduced_motion(on)

    def set_engine_name(self, name: str) -> None:
        text = "Silent: captions only (no sound device)" if name == "null" else f"Sound: {name}"
        self.engine_label.setText(text)
