"""The parts of the Today panel: integration days, flare day, dizziness, the movement check.

Each card shows one note and says through its signals what the person chose; none of them
reads or writes anything (the TodayController does, see today_controller.py).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from somatic_player.core.integration import IntegrationPlan, PlanDay, SuggestedPractice
from somatic_player.qt.checkin_dialog import RatingRow
from somatic_player.qt.crisis_dialog import big_button
from somatic_player.qt.flow_layout import FlowLayout
from somatic_player.qt.today_state import MovementResult

# What a level means, after the decision's own reason.
_LEVEL_WORDS = {
    "progress": "That is a repetition or two more per exercise, no more.",
    "repeat": "",
    "step-back": "That is a repetition or two fewer per exercise.",
}
_TIMES = {1: "once", 2: "twice"}


def when_text(moment: datetime) -> str:
    """``Thu 10:00`` in local time (no locale-dependent format codes)."""
    local = moment.astimezone()
    return f"{local:%a} {local.hour}:{local.minute:02d}"


def label(text: str, name: str, *, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return widget


class _Card(QFrame):
    """A card: a column with a heading row (heading, then anything added at its right)."""

    def __init__(self, name: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = label(heading, "todayHeading")
        self.heading.setWordWrap(False)  # short; the line beside it wraps instead
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.heading_row = QHBoxLayout()
        self.heading_row.setSpacing(12)
        self.heading_row.addWidget(self.heading, 1)
        self.column.addLayout(self.heading_row)


class PracticeRow(QWidget):
    """Suggested practices as large buttons that wrap onto more lines in a narrow window.

    Signals:
        start_requested(str): the routine id of the button pressed.
    """

    start_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.flow = FlowLayout(self)
        self.buttons: list[QPushButton] = []

    def set_practices(self, practices: Sequence[SuggestedPractice]) -> None:
        for button in self.buttons:
            self.flow.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for practice in practices:
            button = big_button(
                practice.label, "todayPracticeButton", f"Start now. {practice.note}"
            )
            button.setAccessibleName(f"Start {practice.label}")
            button.setAccessibleDescription(practice.note)
            button.setProperty("routineId", practice.routine_id)
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _=False, rid=practice.routine_id: self.start_requested.emit(rid)
            )
            self.flow.addWidget(button)
            self.buttons.append(button)
        self.updateGeometry()

    def routine_ids(self) -> list[str]:
        return [str(b.property("routineId")) for b in self.buttons]


class IntegrationCard(_Card):
    """ "Integration day 1 of 3": the day's suggestions, the no-drive reminder while the first
    day's limits apply, "I have slept since my session", and the plan for the next days.

    Signals:
        start_requested(str): a suggested practice's routine id.
        slept_confirmed(): the person says they have slept since the session.
    """

    start_requested = Signal(str)
    slept_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("todayIntegrationCard", "Integration days", parent)
        # Heading, then what the day is about and until when, then the plan toggle at the right.
        self.until = label("", "todayHint")
        self.heading_row.setStretch(0, 0)
        self.heading_row.addWidget(self.until, 1, Qt.AlignmentFlag.AlignVCenter)
        self.plan_button = big_button(
            "Plan for the next days",
            "todayPlanButton",
            "Show or hide what each of the integration days suggests",
        )
        self.plan_button.setCheckable(True)
        self.plan_button.setAutoDefault(False)
        self.plan_button.toggled.connect(self._on_plan_button_toggled)
        self.heading_row.addWidget(self.plan_button)
        self.text = label("", "todayText")
        self.reminder = label("", "todayReminder")
        self.slept_button = big_button(
            "I have slept since my session",
            "todaySleptButton",
            "Tell the app you have had a night's sleep since your session: the first day's "
            "limits then lift, earlier than 24 hours.",
        )
        self.slept_button.setAutoDefault(False)
        self.slept_button.clicked.connect(self.slept_confirmed)
        self.practices = PracticeRow("todayIntegrationPractices")
        self.practices.start_requested.connect(self.start_requested)
        self.plan = label("", "todayPlanList", rich=True)
        self.plan.setAccessibleName("Plan for the next days")
        self.plan.setVisible(False)
        # The reminder and "I have slept" belong together: both go once the limits lift.
        restriction = QHBoxLayout()
        restriction.setSpacing(12)
        restriction.addWidget(self.reminder, 1)
        restriction.addWidget(self.slept_button)
        self.column.addWidget(self.text)
        self.column.addLayout(restriction)
        self.column.addWidget(self.practices)
        self.column.addWidget(self.plan)
        self._on_plan_button_toggled(False)

    def show_plan(self, plan: IntegrationPlan) -> None:
        today = plan.today
        if today is None or plan.day is None:
            return
        self.heading.setText(f"Integration day {plan.day} of {plan.total_days}")
        self.heading.setAccessibleName(self.heading.text())
        self.until.setText(f"{today.heading}, until {when_text(today.ends_at)}")
        text = today.text
        if plan.day == 1 and not plan.restricted:
            text = "You have slept since your session, so the first day's limits have lifted. " + (
                text
            )
        self.text.setText(text)
        self.reminder.setText(today.reminder)
        self.reminder.setVisible(plan.restricted and bool(today.reminder))
        self.slept_button.setVisible(plan.restricted)
        self.practices.set_practices(today.practices)
        self.plan.setText(_plan_html(plan.days, plan.day))

    def _on_plan_button_toggled(self, shown: bool) -> None:
        self.plan.setVisible(shown)
        self.plan_button.setText(("▾ " if shown else "▸ ") + "Plan for the next days")
        self.plan_button.setAccessibleName("Plan for the next days")


def _plan_html(days: Sequence[PlanDay], current: int) -> str:
    """One short paragraph a day: when, what it is about, and its practices."""
    rows = []
    for day in days:
        names = " · ".join(html.escape(p.label) for p in day.practices)
        now = " (today)" if day.number == current else ""
        extra = f" {day.reminder}" if day.reminder else ""
        rows.append(
            f"<p><b>Day {day.number}{now}</b>, {html.escape(when_text(day.starts_at))} to "
            f"{html.escape(when_text(day.ends_at))}: {html.escape(day.heading)}."
            f"{html.escape(extra)}<br>{names}</p>"
        )
    return "".join(rows)


class FlareCard(_Card):
    """What a flare day changes, with breathing and letting-go relaxation to start.

    Signals:
        start_requested(str): a suggested practice's routine id.
    """

    start_requested = Signal(str)

    PRACTICES = (
        SuggestedPractice(
            "easy-pace", "Easy pace breathing", "Slow, easy breathing with a longer out-breath."
        ),
        SuggestedPractice(
            "pmr-7", "Letting go, seven groups", "Muscle relaxation with letting go only."
        ),
        SuggestedPractice(
            "movement-flare-day",
            "Very gentle movement",
            "A few small movements lying or seated, if you feel like moving.",
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("todayFlareCard", "Flare day", parent)
        self.text = label(
            "Go gently today. Movement is halved and kept to lying or seated, and muscle "
            "relaxation lets go without tightening. Easy breathing may feel kind.",
            "todayText",
        )
        self.practices = PracticeRow("todayFlarePractices")
        self.practices.start_requested.connect(self.start_requested)
        self.column.addWidget(self.text)
        self.column.addWidget(self.practices)
        self.show_practices(self.PRACTICES)

    def show_practices(self, practices: Sequence[SuggestedPractice]) -> None:
        if [p.routine_id for p in practices] != self.practices.routine_ids():
            self.practices.set_practices(practices)
        self.practices.setVisible(bool(practices))


class DizzyCard(_Card):
    """A kind note after "I feel dizzy" twice in 7 days: a slightly faster pace, shorter sessions.

    Signals:
        hide_requested(): the person put the note away (until the next press).
    """

    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("todayDizzyCard", "Feeling light-headed", parent)
        self.text = label("", "todayText")
        self.hide_button = big_button(
            "Hide this note", "todayDizzyHideButton", "Put this note away until it happens again"
        )
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide_requested)
        self.heading_row.addWidget(self.hide_button)
        self.column.addWidget(self.text)

    def show_count(self, count: int) -> None:
        times = _TIMES.get(count, f"{count} times")
        self.text.setText(
            f"You felt dizzy {times} in the past week while practising. That is common when "
            "slowing the breath. A slightly faster pace and shorter sessions may feel easier, "
            "with smaller, softer breaths. You can stop and breathe naturally at any time."
        )


class MorningCard(_Card):
    """The next-morning movement check: pain right now, 0-10, then Save or Skip.

    Signals:
        answered(object): the rating (int 0-10), or None when skipped.
    """

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("todayMorningCard", "After yesterday's movement", parent)
        self.question = label(
            "How is your body this morning compared with before yesterday's movement?",
            "todayText",
        )
        self.hint = label(
            "Your answer decides whether the next movement session steps up, stays the same "
            "or steps back, one step at most.",
            "todayHint",
        )
        self.rating = RatingRow("&Pain right now", "none", "worst imaginable", "todayMorningPain")
        self.save_button = big_button(
            "Save", "todayMorningSaveButton", "Save your answer", primary=True
        )
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.skip_button = big_button(
            "Skip", "todayMorningSkipButton", "Skip: the next session stays at the same level"
        )
        self.skip_button.setAutoDefault(False)
        self.rating.value_changed.connect(lambda _v: self.save_button.setEnabled(True))
        self.rating.chosen_by_key.connect(self.save_button.setFocus)
        self.save_button.clicked.connect(lambda: self.answered.emit(self.rating.value()))
        self.skip_button.clicked.connect(lambda: self.answered.emit(None))
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        for widget in (self.question, self.hint, self.rating):
            self.column.addWidget(widget)
        self.column.addLayout(buttons)

    def reset(self) -> None:
        self.rating.set_value(None)
        self.save_button.setEnabled(False)


class ResultCard(_Card):
    """What the next-morning check decided, in plain words, until put away or the day ends.

    Signals:
        hide_requested(): the person has read it.
    """

    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("todayResultCard", "Your next movement session", parent)
        self.text = label("", "todayText")
        self.hide_button = big_button("OK", "todayResultHideButton", "Put this note away")
        self.hide_button.setAccessibleName("Put the movement note away")
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide_requested)
        self.heading_row.addWidget(self.hide_button)
        self.column.addWidget(self.text)

    def show_result(self, result: MovementResult) -> None:
        words = _LEVEL_WORDS.get(result.decision, "")
        if result.decision == "step-back" and result.level == 0:
            words = "You are at the starting level, so it stays there."
        self.text.setText(f"{result.reason} {words}".strip())
