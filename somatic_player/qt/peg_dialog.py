"""The weekly PEG-3 check (Krebs et al. 2009): average pain and how much pain got in the way of
enjoyment of life and of general activity over the past week, 0-10 each; the score is their mean
to one decimal. The wording here is ours; the three items and the scoring are the published ones.
Translations keep each item's meaning: average pain (0 no pain, 10 as bad as you can imagine),
and how much pain interfered with enjoyment of life and with general activity (0 not at all,
10 completely), over the past week.

Nothing is written here: the dialog emits ``peg_done`` and the caller stores the answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from somatic_player.core.checkin import peg3_score
from somatic_player.i18n import translate
from somatic_player.qt.checkin_dialog import RatingRow
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped


@dataclass(frozen=True)
class PegAnswers:
    pain: int
    enjoyment: int
    activity: int

    @property
    def score(self) -> float:
        return peg3_score(self.pain, self.enjoyment, self.activity)


class PegDialog(QDialog):
    """Three 0-10 rows, Save (once all three are answered) and Not now.

    Signals:
        peg_done(object): PegAnswers, or None when the person chose not to answer now.
    """

    peg_done = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pegDialog")
        self.setWindowTitle(translate("peg_dialog", "Weekly check"))
        self.outcome: PegAnswers | None = None
        self._finished = False
        title = QLabel(translate("peg_dialog", "Your week"))
        title.setObjectName("checkInTitle")
        hint = QLabel(
            translate(
                "peg_dialog",
                "Three questions about the past seven days. Choose the number that fits best; "
                "there are no right or wrong answers.",
            )
        )
        hint.setObjectName("checkInHint")
        hint.setWordWrap(True)
        self.pain_row = RatingRow(
            translate("peg_dialog", "&Pain on average over the past week"),
            translate("peg_dialog", "no pain"),
            translate("peg_dialog", "as bad as you can imagine"),
            "pegPain",
        )
        self.enjoyment_row = RatingRow(
            translate("peg_dialog", "How much pain got in the way of &enjoying life"),
            translate("peg_dialog", "not at all"),
            translate("peg_dialog", "completely"),
            "pegEnjoyment",
        )
        self.activity_row = RatingRow(
            translate("peg_dialog", "How much pain got in the way of your &general activity"),
            translate("peg_dialog", "not at all"),
            translate("peg_dialog", "completely"),
            "pegActivity",
        )
        self.rows = (self.pain_row, self.enjoyment_row, self.activity_row)
        self.score_label = QLabel("")
        self.score_label.setObjectName("checkInPrevious")
        self.save_button = big_button(
            translate("peg_dialog", "Save"),
            "pegSaveButton",
            translate("peg_dialog", "Save your answers"),
            primary=True,
        )
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.later_button = big_button(
            translate("peg_dialog", "Not now"),
            "pegLaterButton",
            translate("peg_dialog", "Close without answering"),
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(16)
        column.addWidget(title)
        column.addWidget(hint)
        for row in self.rows:
            column.addWidget(row)
            row.value_changed.connect(self._on_row_value_changed)
        column.addWidget(self.score_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)

        chain: list[QWidget] = [
            *(b for row in self.rows for b in row.buttons),
            self.save_button,
            self.later_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        for row, after in zip(self.rows, (*self.rows[1:], None), strict=True):
            row.chosen_by_key.connect(lambda after=after: self._focus_after(after))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.later_button.clicked.connect(self.reject)
        self.pain_row.focus_button().setFocus()
        keep_text_unclipped(self)

    def answers(self) -> PegAnswers | None:
        pain, enjoyment, activity = (row.value() for row in self.rows)
        if pain is None or enjoyment is None or activity is None:
            return None
        return PegAnswers(pain, enjoyment, activity)

    def _focus_after(self, row: RatingRow | None) -> None:
        target = row.focus_button() if row is not None else self.save_button
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_row_value_changed(self, _value: object) -> None:
        answers = self.answers()
        self.save_button.setEnabled(answers is not None)
        if answers is None:
            missing = sum(1 for row in self.rows if row.value() is None)
            self.score_label.setText(translate("peg_dialog", "%n to go.", None, missing))
        else:
            score = QLocale().toString(float(answers.score), "f", 1)
            self.score_label.setText(
                translate("peg_dialog", "Score this week: {score} (the mean of the three)").format(
                    score=score
                )
            )

    def _finish(self, answers: PegAnswers | None) -> None:
        if self._finished:
            return
        self._finished = True
        self.outcome = answers
        self.peg_done.emit(answers)

    def _on_save_button_clicked(self) -> None:
        answers = self.answers()
        if answers is None:
            return
        self._finish(answers)
        self.accept()

    def reject(self) -> None:
        self._finish(None)
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A number key outside the rows answers the first row still open."""
        text = event.text()
        if text.isdigit() and len(text) == 1:
            for row in self.rows:
                if row.value() is None:
                    row.set_value(int(text))
                    row.chosen_by_key.emit()
                    return
        super().keyPressEvent(event)
