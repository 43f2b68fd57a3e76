"""Live preview in the editor: the selected step, or from it to the end, with the real pacer.

The whole routine is compiled (adapted to the patient settings) and played from the selected
step's start, so what the clinician hears is exactly what the patient will; "this step only"
stops when the step ends. The engine factory is injectable: tests pass a silent engine on a
fake clock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from somatic_player.content.library import default_rules
from somatic_player.core.plan import PacerState
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine
from somatic_player.core.session import Moment
from somatic_player.i18n import translate
from somatic_player.qt.pacer_view import PacerView
from somatic_player.qt.session_controller import (
    EngineFactory,
    SessionController,
    SessionSetup,
    default_engine_factory,
)


class PreviewPanel(QWidget):
    """Pacer, caption and the preview buttons.

    Signals:
        play_requested(bool): the person asked to preview (True: this step only).
        stopped(): the preview ended or was stopped.
    """

    play_requested = Signal(bool)
    stopped = Signal()

    def __init__(
        self, engine_factory: EngineFactory = default_engine_factory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewPanel")
        self.engine_factory = engine_factory
        self.controller: SessionController | None = None
        self._only_step: int | None = None
        self.pacer = PacerView()
        self.pacer.setMinimumSize(180, 150)
        self.pacer.set_idle_text(translate("editor.preview", "Preview"))
        self.caption = QLabel("")
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(translate("editor.preview", "Preview caption"))
        self.caption.setMinimumHeight(48)
        self.where = QLabel("")
        self.where.setObjectName("previewStep")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_button = QPushButton(translate("editor.preview", "Play step"))
        self.step_button.setObjectName("previewStepButton")
        self.step_button.setToolTip(translate("editor.preview", "Play the selected step (F5)"))
        self.rest_button = QPushButton(translate("editor.preview", "Play from here"))
        self.rest_button.setObjectName("previewRestButton")
        self.rest_button.setToolTip(
            translate("editor.preview", "Play from the selected step to the end (Shift+F5)")
        )
        self.stop_button = QPushButton(translate("editor.preview", "Stop"))
        self.stop_button.setObjectName("previewStopButton")
        self.stop_button.setEnabled(False)
        self.step_button.clicked.connect(self._on_step_button_clicked)
        self.rest_button.clicked.connect(self._on_rest_button_clicked)
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.rest_button, self.stop_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pacer, 1)
        layout.addWidget(self.where)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)

    @property
    def playing(self) -> bool:
        return self.controller is not None and not self.controller.ended

    def play(
        self, routine: Routine, step: int, only_this_step: bool, profile: Profile | None = None
    ) -> bool:
        """Play ``routine`` from step ``step``; False when that step takes no time (skipped)."""
        self.stop()
        profile = profile if profile is not None else Profile(breath_hold_screen="cleared")
        setup = SessionSetup(routine, profile=profile, rules=default_rules())
        controller = SessionController(setup, engine_factory=self.engine_factory, parent=self)
        target = next(
            (s for s in controller.cursor.playable_steps if s.index >= step and not s.skipped),
            None,
        )
        if target is None or (only_this_step and target.index != step):
            controller.deleteLater()
            self.where.setText(
                translate(
                    "editor.preview",
                    "This step takes no time to play, or is left out for the patient.",
                )
            )
            return False
        self.controller = controller
        self._only_step = target.index if only_this_step else None
        controller.pacer_changed.connect(self._on_controller_pacer_changed)
        controller.moment_changed.connect(self._on_controller_moment_changed)
        controller.finished.connect(self._on_controller_finished)
        controller.start()
        assert controller.engine is not None
        controller.engine.seek(target.start)
        controller.tick()
        # Only now: the first look, at sample 0, may be in an earlier step.
        controller.step_changed.connect(self._on_controller_step_changed)
        self.stop_button.setEnabled(True)
        return True

    def stop(self) -> None:
        controller, self.controller = self.controller, None
        if controller is None:
            return
        controller.finished.disconnect(self._on_controller_finished)
        controller.stop("preview stopped")
        controller.deleteLater()
        self.pacer.set_state(PacerState("none", 0.0, 0.0, 0.0))
        self.stop_button.setEnabled(False)
        self.stopped.emit()

    def _on_step_button_clicked(self) -> None:
        self.play_requested.emit(True)

    def _on_rest_button_clicked(self) -> None:
        self.play_requested.emit(False)

    def _on_controller_pacer_changed(self, state: PacerState) -> None:
        self.pacer.set_state(state)

    def _on_controller_moment_changed(self, moment: Moment) -> None:
        self.caption.setText(moment.caption)
        if moment.step is not None:
            self.where.setText(
                translate("editor.preview", "Step {number}: {title}").format(
                    number=moment.step.index + 1, title=moment.step.title
                )
            )

    def _on_controller_step_changed(self, index: int) -> None:
        if self._only_step is not None and index != self._only_step:
            self.stop()

    def _on_controller_finished(self, _outcome: str) -> None:
        self.stop()
