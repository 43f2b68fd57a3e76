"""The breath-hold questions: routines with held breaths (box, 4-7-8) stay hidden until answered.

Holding the breath is not for everyone. The conditions listed are the usual practitioner
cautions (CONTENT.md); the answer is kept privately and can be changed at any time from the
Records menu. Nothing here is a medical judgement: it only decides what the library offers.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

Answer = Literal["cleared", "not-cleared"]
STATE_KEY = "breath_hold_screen"
# Marked here, translated when the dialog shows them.
CONDITIONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("breath_hold_dialog", "You are pregnant"),
    QT_TRANSLATE_NOOP(
        "breath_hold_dialog", "Heart disease, or blood pressure that is not under control"
    ),
    QT_TRANSLATE_NOOP("breath_hold_dialog", "Seizures or epilepsy"),
    QT_TRANSLATE_NOOP("breath_hold_dialog", "Glaucoma or a detached retina"),
    QT_TRANSLATE_NOOP("breath_hold_dialog", "Surgery in the last few weeks"),
    QT_TRANSLATE_NOOP("breath_hold_dialog", "Severe lung disease"),
    QT_TRANSLATE_NOOP("breath_hold_dialog", "Panic attacks"),
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
        self.setWindowTitle(translate("breath_hold_dialog", "Breathing with held breaths"))
        self.answer: Answer | None = None
        title = QLabel(translate("breath_hold_dialog", "Before practices that hold the breath"))
        title.setObjectName("checkInTitle")
        intro = QLabel(
            translate(
                "breath_hold_dialog",
                "Box breathing and 4-7-8 breathing include short breath holds. They are offered "
                "only if none of these apply to you:",
            )
        )
        intro.setObjectName("checkInHint")
        intro.setWordWrap(True)
        items = QLabel("\n".join(f"•  {translate('breath_hold_dialog', c)}" for c in CONDITIONS))
        items.setObjectName("breathHoldConditions")
        items.setWordWrap(True)
        after = QLabel(
            translate(
                "breath_hold_dialog",
                "If one applies, every other practice stays available, and you can ask your care "
                "team about held breaths. You can change this answer later from {menu}.",
            ).format(menu=_records_menu_name(parent))
        )
        after.setObjectName("checkInHint")
        after.setWordWrap(True)
        self.none_button = big_button(
            translate("breath_hold_dialog", "None of these apply"),
            "breathHoldNone",
            translate("breath_hold_dialog", "Offer the practices with breath holds"),
        )
        self.some_button = big_button(
            translate("breath_hold_dialog", "One or more apply"),
            "breathHoldSome",
            translate("breath_hold_dialog", "Keep practices with breath holds hidden"),
        )
        self.later_button = big_button(
            translate("breath_hold_dialog", "Not now"),
            "breathHoldLater",
            translate("breath_hold_dialog", "Close without answering"),
        )
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


def _records_menu_name(window: QWidget | None) -> str:
    """The Records menu's title as the window shows it (tracking_actions.py makes the menu)."""
    menu = window.findChild(QMenu, "recordsMenu") if window is not None else None
    if menu is not None and menu.title():
        return menu.title().replace("&", "")
    return translate("breath_hold_dialog", "Records")
