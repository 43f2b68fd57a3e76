"""The player: pacer, captions, step list, times and the controls, all driven by a controller.

Everything is reachable by keyboard: Space pauses, Left/Right move between steps, +/- change the
pace, P stays at the pace a gentle ramp has reached, S shows the stop rules of a movement routine,
F11 toggles full screen, Esc leaves it. The view only emits what the person asked for; the
session controller decides what happens.

During a movement step the exercise's picture takes the pacer's place, frame by frame with the
counts (a still with reduced motion), and the "Stop rules" control pauses and shows when to stop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
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
from somatic_player.i18n import translate
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.movement_picture import (
    MovementPictureWidget,
    PacerWithPicture,
    show_picture_for,
    stop_rules_text,
)
from somatic_player.qt.pacer_view import PacerView
from somatic_player.qt.routine_list import decimal
from somatic_player.qt.session_controller import SessionController

BUTTON_MIN = 48
FOCUS_KINDS = ("pmr", "scan")  # steps whose regions are shown on the body map


def clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


class PlayerButton(QPushButton):
    """A button at least ``BUTTON_MIN`` square that a layout never squeezes below its words
    (which are longer in some languages, and grow with the text size)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setMinimumHeight(BUTTON_MIN)
        self._fit_width()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_width()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_width()  # the theme's padding and font are known once the button is polished
        super().showEvent(event)

    def _fit_width(self) -> None:
        self.setMinimumWidth(max(BUTTON_MIN, self.sizeHint().width()))


class OneLineFirstLabel(QLabel):
    """A label on one line when there is room, wrapped only when there is not (a plain
    word-wrapped label asks for less room than one line and wraps early)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
        one_line += margins.left() + margins.right() + 2
        return QSize(max(hint.width(), one_line), hint.height())


def _button(text: str, name: str, tip: str) -> QPushButton:
    """A player button; its accessible name is the tooltip without the key in brackets."""
    button = PlayerButton(text)
    button.setObjectName(name)
    button.setAccessibleName(tip.split(" (")[0])
    button.setToolTip(tip)
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
        self.engine_label.setAccessibleName(translate("player_view", "Sound output"))

        self.picture = MovementPictureWidget()
        self.picture.hide()
        self.pacer: PacerView = PacerWithPicture(self.picture)
        # Muscle groups and body-scan areas: where attention goes now, shaded on the body map.
        self.focus_map = BodyMapWidget()
        self.focus_map.setObjectName("focusMap")
        self.focus_map.set_read_only(True)
        self.focus_map.setAccessibleName(translate("player_view", "Where to place your attention"))
        self.focus_map.hide()
        self.caption = QLabel("")
        self.caption.setObjectName("captionLabel")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(translate("player_view", "Caption"))
        self.caption.setMinimumHeight(90)
        caption_font = self.caption.font()
        caption_font.setPixelSize(26)  # readable across a room; the theme may scale it
        self.caption.setFont(caption_font)

        self.notice = QLabel("")
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("player_view", "Guidance"))
        self.notice.hide()

        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsedLabel")
        self.elapsed.setAccessibleName(translate("player_view", "Time elapsed"))
        self.remaining = QLabel("")
        self.remaining.setObjectName("remainingLabel")
        self.remaining.setAccessibleName(translate("player_view", "Time remaining"))
        self.pace_label = OneLineFirstLabel("")
        self.pace_label.setObjectName("paceLabel")
        self.pace_label.setAccessibleName(translate("player_view", "Breathing pace"))

        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(translate("player_view", "Steps"))
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

        self.previous_button = _button(
            translate("player_view", "‹  Back"),
            "previousButton",
            translate("player_view", "Previous step (Left arrow)"),
        )
        self.pause_button = _button(
            translate("player_view", "Pause"),
            "pauseButton",
            translate("player_view", "Pause or resume (Space)"),
        )
        self.next_button = _button(
            translate("player_view", "Next  ›"),
            "nextButton",
            translate("player_view", "Next step (Right arrow)"),
        )
        self.slower_button = _button(
            translate("player_view", "Slower"),
            "slowerButton",
            translate("player_view", "Slower breathing pace (minus key)"),
        )
        self.faster_button = _button(
            translate("player_view", "Faster"),
            "fasterButton",
            translate("player_view", "Faster breathing pace (plus key)"),
        )
        self.stay_button = _button(
            translate("player_view", "Stay at this pace"),
            "stayButton",
            translate(
                "player_view",
                "Stay at this pace: keep the pace you have reached from the next breath on (P)",
            ),
        )
        # Only a gentle ramp changes pace by itself; elsewhere there is nothing to stay at.
        self.stay_button.setVisible(controller.has_ramp)
        self.stay_button.setEnabled(False)
        self.stop_button = _button(
            translate("player_view", "End session"),
            "stopButton",
            translate("player_view", "End the session"),
        )
        self.dizzy_button = _button(
            translate("player_view", "I feel dizzy"),
            "dizzyButton",
            translate("player_view", "I feel dizzy: stop the pacer and breathe naturally"),
        )
        self.ground_button = _button(
            translate("player_view", "Ground me"),
            "groundButton",
            translate("player_view", "Ground me: stop gently and show grounding guidance"),
        )
        self.present_button = _button(
            translate("player_view", "Present"),
            "presentButton",
            translate("player_view", "Show the pacer full screen on another display"),
        )
        self.full_button = _button(
            translate("player_view", "Full screen"),
            "fullScreenButton",
            translate("player_view", "Full screen (F11)"),
        )
        self.back_button = _button(
            translate("player_view", "Back to routines"),
            "backButton",
            translate("player_view", "Back to the routine library"),
        )
        self.back_button.hide()
        self.stop_rules_button = _button(
            translate("player_view", "Stop rules"),
            "stopRulesButton",
            translate("player_view", "Stop rules: pause and see when to stop moving (S)"),
        )
        self._stop_rules_shown = False
        self.stop_rules_button.setVisible(any(s.kind == "movement" for s in plan.steps))

        self.cue_style = QComboBox()
        self.cue_style.setObjectName("cueStyleCombo")
        self.cue_style.setAccessibleName(translate("player_view", "Cue sound"))
        self.cue_style.setToolTip(translate("player_view", "How breathing cues sound"))
        for label, value in (
            (translate("player_view", "Tones"), "tones"),
            (translate("player_view", "Spoken words"), "spoken"),
            (translate("player_view", "Bells"), "bell"),
            (translate("player_view", "Silent"), "silent"),
        ):
            self.cue_style.addItem(label, value)
        self.cue_style.setCurrentIndex(max(0, self.cue_style.findData(controller.mixer.cue_style)))
        self.volumes: dict[str, QSlider] = {}
        levels = controller.mixer.levels
        sound = QGridLayout()
        sound.addWidget(QLabel(translate("player_view", "Cue sound")), 0, 0)
        sound.addWidget(self.cue_style, 0, 1)
        for row, (name, label) in enumerate(
            (
                ("cues", translate("player_view", "Cue volume")),
                ("voice", translate("player_view", "Voice volume")),
                ("ambient", translate("player_view", "Breath tone")),
            ),
            1,
        ):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"{name}VolumeSlider")
            slider.setRange(0, 100)
            slider.setValue(round(getattr(levels, name) * 100))
            slider.setAccessibleName(label)
            slider.setToolTip(translate("player_view", "{name}, 0-100%").format(name=label))
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

        # Transport on the left, the ways to stop on the right; a second row when the words
        # (longer in some languages, or at a large text size) do not fit on one.
        controls = TwoGroupRow(
            self._transport_buttons(),
            (
                self.stop_rules_button,
                self.dizzy_button,
                self.ground_button,
                self.stop_button,
                self.back_button,
            ),
        )

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
        self.remaining.setText(
            translate("player_view", "{time} left").format(time=clock(moment.remaining_s))
        )
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
            self.focus_map.setAccessibleDescription(
                translate("player_view", "{step}: shaded on the body map").format(step=step.title)
            )
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
        self.pause_button.setText(
            translate("player_view", "Resume") if paused else translate("player_view", "Pause")
        )
        self.pacer.set_idle_text(translate("player_view", "Paused") if paused else self._step_title)
        if not paused and self._stop_rules_shown:
            self._stop_rules_shown = False
            self.notice.hide()

    def _on_pace_changed(self, bpm: float) -> None:
        if not bpm:
            self.pace_label.setText("")
        elif self.controller.ramp_frozen_at is not None:
            text = translate("player_view", "Staying at {bpm} breaths a minute")
            self.pace_label.setText(text.format(bpm=decimal(bpm, 1)))
        else:
            text = translate("player_view", "{bpm} breaths a minute")
            self.pace_label.setText(text.format(bpm=decimal(bpm, 1)))

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
        self.pacer.set_idle_text(
            translate("player_view", "Well done")
            if outcome == "completed"
            else translate("player_view", "Session ended")
        )
        self.caption.setText(translate("player_view", "Take a moment before you move on."))
        self.back_button.show()
        self.back_button.setFocus()

    def _on_volume_changed(self, _value: int) -> None:
        self.controller.set_levels(Levels(**{k: s.value() / 100 for k, s in self.volumes.items()}))

    def set_reduced_motion(self, on: bool) -> None:
        """Still pictures and a stepwise pacer instead of motion."""
        self.pacer.set_reduced_motion(on)

    def set_engine_name(self, name: str) -> None:
        if name == "null":
            text = translate("player_view", "Silent: captions only (no sound device)")
        else:
            text = translate("player_view", "Sound: {engine}").format(engine=name)
        self.engine_label.setText(text)


class TwoGroupRow(QLayout):
    """Two groups of widgets on one row, the first at the left and the second at the right,
    each widget as wide as its words; when the row is too narrow for both, the second group
    goes on a row of its own (still at the right). Hidden widgets take no room.

    Never narrower than its wider group, so no button is squeezed below its text.
    """

    def __init__(
        self,
        left: tuple[QWidget, ...],
        right: tuple[QWidget, ...],
        parent: QWidget | None = None,
        spacing: int = 6,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._left_count = len(left)
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)
        for widget in (*left, *right):
            self.addWidget(widget)

    # -- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if index < self._left_count:
            self._left_count -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = 1 if self._fits(width) else 2
        height = self._row_height()
        return rows * height + (rows - 1) * self._gap

    def sizeHint(self) -> QSize:
        left, right = self._group_widths()
        gap = self._gap * 4 if left and right else 0  # some air between the groups
        return QSize(left + right + gap, self._row_height())

    def minimumSize(self) -> QSize:
        return QSize(max(self._group_widths()), self._row_height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        left, right = self._groups()
        one_row = self._fits(rect.width())
        self._place(left, QPoint(rect.left(), rect.top()))
        top = rect.top() if one_row else rect.top() + self._row_height() + self._gap
        self._place(right, QPoint(rect.right() + 1 - self._width(right), top))

    # -- placing --------------------------------------------------------------------------------

    def _groups(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        def shown(items: list[QLayoutItem]) -> list[QLayoutItem]:
            return [i for i in items if (w := i.widget()) is None or not w.isHidden()]

        return shown(self._items[: self._left_count]), shown(self._items[self._left_count :])

    def _width(self, items: list[QLayoutItem]) -> int:
        return sum(i.sizeHint().width() for i in items) + self._gap * max(0, len(items) - 1)

    def _group_widths(self) -> tuple[int, int]:
        left, right = self._groups()
        return self._width(left), self._width(right)

    def _row_height(self) -> int:
        return max((i.sizeHint().height() for i in self._items), default=0)

    def _fits(self, width: int) -> bool:
        return self.sizeHint().width() <= width

    def _place(self, items: list[QLayoutItem], at: QPoint) -> None:
        x = at.x()
        for item in items:
            hint = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, at.y()), QSize(hint.width(), self._row_height())))
            x += hint.width() + self._gap
