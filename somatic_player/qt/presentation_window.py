"""Presentation mode: the pacer (or a movement step's picture) and captions alone, full screen,
in very large type.

A therapist shows this on a second display while the controls stay on the first; with one
screen it covers the main window and the keyboard (Space, arrows, +/-) keeps working. Closing it
(Esc) never stops the session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from somatic_player.core.plan import PacerState
from somatic_player.core.session import Moment
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.movement_picture import (
    MovementPictureWidget,
    PacerWithPicture,
    show_picture_for,
)
from somatic_player.qt.pacer_view import PacerView
from somatic_player.qt.session_controller import SessionController

HINT = QT_TRANSLATE_NOOP(
    "presentation_window", "Esc leaves  ·  Space pauses  ·  ← → steps  ·  + − pace"
)


class PresentationWindow(QWidget):
    """A mirror of the session for a room.

    Signals:
        closed(): the window was closed (Esc or the window manager); the session goes on.
    """

    closed = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(translate("presentation_window", "Somatic Player: presentation"))
        self.controller = controller
        self.picture = MovementPictureWidget()
        self.picture.set_text_scale(1.4)
        self.picture.hide()
        self.pacer: PacerView = PacerWithPicture(self.picture)
        self.pacer.set_word_scale(1.6)
        self.caption = QLabel("")
        self.caption.setObjectName("presentationCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(translate("presentation_window", "Caption"))
        self.hint = QLabel(translate("presentation_window", HINT))
        self.hint.setObjectName("presentationHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 20)
        stage = QHBoxLayout()
        stage.addWidget(self.pacer, 1)
        stage.addWidget(self.picture, 1)
        layout.addLayout(stage, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        controller.pacer_changed.connect(self._on_pacer_changed)
        controller.moment_changed.connect(self._on_moment_changed)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the other display when there is one)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        size = max(28, self.height() // 14)
        self.caption.setStyleSheet(f"font-size: {size}px;")

    def _on_pacer_changed(self, state: PacerState) -> None:
        self.pacer.set_state(state)
        if not self.picture.isHidden():
            c = self.controller
            self.picture.set_count(c.plan.count_at(c.position()))

    def _on_moment_changed(self, moment: Moment) -> None:
        self.caption.setText(moment.caption)
        show_picture_for(self.picture, self.pacer, self.controller.plan, moment)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        c = self.controller
        actions = {
            Qt.Key.Key_Escape: self.close,
            Qt.Key.Key_Space: c.toggle_pause,
            Qt.Key.Key_Left: c.previous_step,
            Qt.Key.Key_Right: c.next_step,
            Qt.Key.Key_Plus: c.faster,
            Qt.Key.Key_Equal: c.faster,
            Qt.Key.Key_Minus: c.slower,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
