"""The breath-hold questions: routines with held breaths (box, 4-7-8) stay hidden until answered.

Holding the breath is not for everyone. The conditions listed are the usual practitioner
cautions (CONTENT.md); the answer is kept privately and can be changed at any time from the
Records menu. Nothing here is a medical judgement: it only decides what the library offers.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

Answer = Literal["cleared", "not-cleared"]
STATE_KEY = "breath_hold_screen"
CONDITIONS: tuple[str, ...] = (
    "You are pregnant",
    "Heart disease, or blood pressure that is not under control",
    "Seizures or epilepsy",
    "Glaucoma or a detached retina",
    "Surgery in the last few weeks",
    "Severe lung disease",
    "Panic attacks",
)


class BreathHoldDialog(QDialog):
    """Asks whether any caution applies.

    Signals:
        answered(str): "cleared" (none apply) or "not-cleared" (one or more apply). Not emitted
        when the person closes the dialog without answering.
    """

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathHoldDialog")
        self.setWindowTitle("Breathing with held breaths")
        self.answer: Answer | None = None
        title = QLabel("Before practices that hold the breath")
        title.setObjectName("checkInTitle")
        intro = QLabel(
            "Box breathing and 4-7-8 breathing include short breath holds. They are offered only "
            "if none of these apply to you:"
        )
        intro.setObjectName("checkInHint")
        intro.setWordWrap(True)
        items = QLabel("\n".join(f"•  {c}" for c in CONDITIONS))
        items.setObjectName("breathHoldConditions")
        items.setWordWrap(True)
        after = QLabel(
            "If one applies, every other practice stays available, and you can ask your care "
            "team about held breaths. You can change this answer later from Records."
        )
        after.setObjectName("checkInHint")
        after.setWordWrap(True)
        self.none_button = big_button(
            "None of these apply", "breathHoldNone", "Offer the practices with breath holds"
        )
        self.some_button = big_button(
            "One or more apply", "breathHoldSome", "Keep practices with breath holds hidden"
        )
        self.later_button = big_button("Not now", "breathHoldLater", "Close without answering")
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.some_button)
        buttons.addWidget(self.none_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)
        for widget in (title, intro, items, after):
            column.addWidget(widget)
        column.addLayout(buttons)
        self.none_button.clicked.connect(lambda: self._answer("cleared"))
        self.some_button.clicked.connect(lambda: self._answer("not-cleared"))
        self.later_button.clicked.connect(self.reject)
        self.some_button.setFocus()
        keep_text_unclipped(self)

    def _answer(self, answer: Answer) -> None:
        self.answer = answer
        self.answered.emit(answer)
        self.accept()
