"""The parts of the Today panel: integration days, flare day, dizziness, the movement check.

Each card shows one note and says through its signals what the person chose; none of them
reads or writes anything (the TodayController does, see today_controller.py).

The integration plan's words and the movement decision's reason come from the core
(core.integration, core.progression), which has no Qt: they are marked here and translated
where they are shown (:func:`core_text`, :func:`reason_text`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from somatic_player.core.integration import IntegrationPlan, PlanDay, SuggestedPractice
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.checkin_dialog import RatingRow
from somatic_player.qt.crisis_dialog import big_button
from somatic_player.qt.flow_layout import FlowLayout
from somatic_player.qt.today_state import MovementResult

# What a level means, after the decision's own reason.
_LEVEL_WORDS = {
    "progress": QT_TRANSLATE_NOOP(
        "today_cards", "That is a repetition or two more per exercise, no more."
    ),
    "repeat": "",
    "step-back": QT_TRANSLATE_NOOP(
        "today_cards", "That is a repetition or two fewer per exercise."
    ),
}

# The words core.integration shows (its plan days, practices and reminder), as it has them.
CORE_TEXTS = (
    QT_TRANSLATE_NOOP("today_cards", "Please do not drive today and follow your clinic's advice."),
    QT_TRANSLATE_NOOP("today_cards", "Rest and letting go"),
    QT_TRANSLATE_NOOP(
        "today_cards",
        "For the first 24 hours, or until you have slept: lying or seated practice only, no "
        "breath holds, letting go without tightening, and body scans of up to 10 minutes.",
    ),
    QT_TRANSLATE_NOOP("today_cards", "Gentle and easy"),
    QT_TRANSLATE_NOOP(
        "today_cards", "Short, gentle practice, lying or seated, whenever it suits you."
    ),
    QT_TRANSLATE_NOOP("today_cards", "A little more choice"),
    QT_TRANSLATE_NOOP("today_cards", "Choose what feels right today. Everything here is optional."),
    QT_TRANSLATE_NOOP("today_cards", "Easy pace breathing"),
    QT_TRANSLATE_NOOP(
        "today_cards", "Slow, easy breathing with a longer out-breath, lying or seated, no holds."
    ),
    QT_TRANSLATE_NOOP("today_cards", "Letting go, seven groups"),
    QT_TRANSLATE_NOOP(
        "today_cards", "Muscle relaxation with letting go only: nothing is tightened today."
    ),
    QT_TRANSLATE_NOOP("today_cards", "Muscle relaxation, seven groups"),
    QT_TRANSLATE_NOOP(
        "today_cards",
        "Gentle muscle relaxation, at about half effort and never to the point of pain.",
    ),
    QT_TRANSLATE_NOOP("today_cards", "Body scan, 3 minutes"),
    QT_TRANSLATE_NOOP("today_cards", "A short body scan, lying or seated."),
    QT_TRANSLATE_NOOP("today_cards", "Body scan, 10 minutes"),
    QT_TRANSLATE_NOOP("today_cards", "A body scan, lying or seated."),
    QT_TRANSLATE_NOOP("today_cards", "Body scan, 20 minutes"),
    QT_TRANSLATE_NOOP("today_cards", "A longer body scan, if you would like one."),
    QT_TRANSLATE_NOOP("today_cards", "Gentle movement, lying"),
    QT_TRANSLATE_NOOP("today_cards", "Small movements lying down."),
    QT_TRANSLATE_NOOP("today_cards", "Gentle movement, seated"),
    QT_TRANSLATE_NOOP("today_cards", "Small movements in a chair."),
    QT_TRANSLATE_NOOP("today_cards", "Cyclic sighing"),
    QT_TRANSLATE_NOOP(
        "today_cards", "Two easy breaths in through the nose and a long, slow breath out."
    ),
)

# The reasons core.progression gives for a movement decision, with their numbers as fields.
_REASONS = (
    QT_TRANSLATE_NOOP(
        "today_cards",
        "Pain reached {highest}/10 during the session, so next time goes back one level.",
    ),
    QT_TRANSLATE_NOOP(
        "today_cards", "Without both ratings we can't tell how it settled: stay at this level."
    ),
    QT_TRANSLATE_NOOP(
        "today_cards",
        "Pain is {rise} points higher than before the session, so next time goes back one level.",
    ),
    QT_TRANSLATE_NOOP(
        "today_cards", "Pain is still a little up from before the session: stay at this level."
    ),
    QT_TRANSLATE_NOOP(
        "today_cards", "Pain settled back to where it was: next time may go up one level."
    ),
)


def _pattern(template: str) -> re.Pattern[str]:
    """A template's text as a pattern, each ``{field}`` a number."""
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>-?\\d+)", re.escape(template)))


_REASON_PATTERNS = tuple((template, _pattern(template)) for template in _REASONS)


def core_text(text: str) -> str:
    """Words from core.integration (or a suggested practice) in the interface language; text
    not marked here is shown as it is."""
    return translate("today_cards", text) if text else text


def reason_text(reason: str) -> str:
    """A stored movement decision's reason (core.progression's English) in the interface
    language, its numbers kept; an unknown reason is shown as it is."""
    for template, pattern in _REASON_PATTERNS:
        found = pattern.fullmatch(reason)
        if found is not None:
            return translate("today_cards", template).format(**found.groupdict())
    return reason


def when_text(moment: datetime) -> str:
    """``Thu 10:00`` in local time, with the day's name and the layout of the interface
    language (QLocale)."""
    local = moment.astimezone()
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, translate("today_cards", "ddd H:mm"))


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
        """One button per practice; labels and notes are translated here (see core_text)."""
        for button in self.buttons:
            self.flow.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for practice in practices:
            name, note = core_text(practice.label), core_text(practice.note)
            button = big_button(
                name,
                "todayPracticeButton",
                translate("today_cards", "Start now. {note}").format(note=note),
            )
            button.setAccessibleName(translate("today_cards", "Start {name}").format(name=name))
            button.setAccessibleDescription(note)
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
        super().__init__(
            "todayIntegrationCard", translate("today_cards", "Integration days"), parent
        )
        # Heading, then what the day is about and until when, then the plan toggle at the right.
        self.until = label("", "todayHint")
        self.heading_row.setStretch(0, 0)
        self.heading_row.addWidget(self.until, 1, Qt.AlignmentFlag.AlignVCenter)
        self.plan_button = big_button(
            translate("today_cards", "Plan for the next days"),
            "todayPlanButton",
            translate("today_cards", "Show or hide what each of the integration days suggests"),
        )
        self.plan_button.setCheckable(True)
        self.plan_button.setAutoDefault(False)
        self.plan_button.toggled.connect(self._on_plan_button_toggled)
        self.heading_row.addWidget(self.plan_button)
        self.text = label("", "todayText")
        self.reminder = label("", "todayReminder")
        self.slept_button = big_button(
            translate("today_cards", "I have slept since my session"),
            "todaySleptButton",
            translate(
                "today_cards",
                "Tell the app you have had a night's sleep since your session: the first day's "
                "limits then lift, earlier than 24 hours.",
            ),
        )
        self.slept_button.setAutoDefault(False)
        self.slept_button.clicked.connect(self.slept_confirmed)
        self.practices = PracticeRow("todayIntegrationPractices")
        self.practices.start_requested.connect(self.start_requested)
        self.plan = label("", "todayPlanList", rich=True)
        self.plan.setAccessibleName(translate("today_cards", "Plan for the next days"))
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
        self.heading.setText(
            translate("today_cards", "Integration day {day} of {total}").format(
                day=plan.day, total=plan.total_days
            )
        )
        self.heading.setAccessibleName(self.heading.text())
        self.until.setText(
            translate("today_cards", "{heading}, until {when}").format(
                heading=core_text(today.heading), when=when_text(today.ends_at)
            )
        )
        text = core_text(today.text)
        if plan.day == 1 and not plan.restricted:
            lifted = translate(
                "today_cards",
                "You have slept since your session, so the first day's limits have lifted.",
            )
            text = f"{lifted} {text}"
        self.text.setText(text)
        self.reminder.setText(core_text(today.reminder))
        self.reminder.setVisible(plan.restricted and bool(today.reminder))
        self.slept_button.setVisible(plan.restricted)
        self.practices.set_practices(today.practices)
        self.plan.setText(_plan_html(plan.days, plan.day))

    def _on_plan_button_toggled(self, shown: bool) -> None:
        self.plan.setVisible(shown)
        words = translate("today_cards", "Plan for the next days")
        self.plan_button.setText(("▾ " if shown else "▸ ") + words)
        self.plan_button.setAccessibleName(words)


def _plan_html(days: Sequence[PlanDay], current: int) -> str:
    """One short paragraph a day: when, what it is about, and its practices."""
    rows = []
    for day in days:
        names = " · ".join(html.escape(core_text(p.label)) for p in day.practices)
        number = (
            translate("today_cards", "Day {number} (today)")
            if day.number == current
            else translate("today_cards", "Day {number}")
        ).format(number=day.number)
        line = html.escape(translate("today_cards", "{day}, {start} to {end}: {heading}.")).format(
            day=f"<b>{html.escape(number)}</b>",
            start=html.escape(when_text(day.starts_at)),
            end=html.escape(when_text(day.ends_at)),
            heading=html.escape(core_text(day.heading)),
        )
        extra = f" {html.escape(core_text(day.reminder))}" if day.reminder else ""
        rows.append(f"<p>{line}{extra}<br>{names}</p>")
    return "".join(rows)


class FlareCard(_Card):
    """What a flare day changes, with breathing and letting-go relaxation to start.

    Signals:
        start_requested(str): a suggested practice's routine id.
    """

    start_requested = Signal(str)

    # Labels and notes in English; PracticeRow translates them where they are shown.
    PRACTICES = (
        SuggestedPractice(
            "easy-pace",
            QT_TRANSLATE_NOOP("today_cards", "Easy pace breathing"),
            QT_TRANSLATE_NOOP("today_cards", "Slow, easy breathing with a longer out-breath."),
        ),
        SuggestedPractice(
            "pmr-7",
            QT_TRANSLATE_NOOP("today_cards", "Letting go, seven groups"),
            QT_TRANSLATE_NOOP("today_cards", "Muscle relaxation with letting go only."),
        ),
        SuggestedPractice(
            "movement-flare-day",
            QT_TRANSLATE_NOOP("today_cards", "Very gentle movement"),
            QT_TRANSLATE_NOOP(
                "today_cards", "A few small movements lying or seated, if you feel like moving."
            ),
        ),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("todayFlareCard", translate("today_cards", "Flare day"), parent)
        self.text = label(
            translate(
                "today_cards",
                "Go gently today. Movement is halved and kept to lying or seated, and muscle "
                "relaxation lets go without tightening. Easy breathing may feel kind.",
            ),
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
        super().__init__("todayDizzyCard", translate("today_cards", "Feeling light-headed"), parent)
        self.text = label("", "todayText")
        self.hide_button = big_button(
            translate("today_cards", "Hide this note"),
            "todayDizzyHideButton",
            translate("today_cards", "Put this note away until it happens again"),
        )
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide_requested)
        self.heading_row.addWidget(self.hide_button)
        self.column.addWidget(self.text)

    def show_count(self, count: int) -> None:
        if count == 1:
            felt = translate(
                "today_cards", "You felt dizzy once in the past week while practising."
            )
        elif count == 2:
            felt = translate(
                "today_cards", "You felt dizzy twice in the past week while practising."
            )
        else:
            felt = translate(
                "today_cards",
                "You felt dizzy %n times in the past week while practising.",
                None,
                count,
            )
        advice = translate(
            "today_cards",
            "That is common when slowing the breath. A slightly faster pace and shorter "
            "sessions may feel easier, with smaller, softer breaths. You can stop and breathe "
            "naturally at any time.",
        )
        self.text.setText(f"{felt} {advice}")


class MorningCard(_Card):
    """The next-morning movement check: pain right now, 0-10, then Save or Skip.

    Signals:
        answered(object): the rating (int 0-10), or None when skipped.
    """

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "todayMorningCard", translate("today_cards", "After yesterday's movement"), parent
        )
        self.question = label(
            translate(
                "today_cards",
                "How is your body this morning compared with before yesterday's movement?",
            ),
            "todayText",
        )
        self.hint = label(
            translate(
                "today_cards",
                "Your answer decides whether the next movement session steps up, stays the "
                "same or steps back, one step at most.",
            ),
            "todayHint",
        )
        self.rating = RatingRow(
            translate("today_cards", "&Pain right now"),
            translate("today_cards", "none"),
            translate("today_cards", "worst imaginable"),
            "todayMorningPain",
        )
        self.save_button = big_button(
            translate("today_cards", "Save"),
            "todayMorningSaveButton",
            translate("today_cards", "Save your answer"),
            primary=True,
        )
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.skip_button = big_button(
            translate("today_cards", "Skip"),
            "todayMorningSkipButton",
            translate("today_cards", "Skip: the next session stays at the same level"),
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
        super().__init__(
            "todayResultCard", translate("today_cards", "Your next movement session"), parent
        )
        self.text = label("", "todayText")
        self.hide_button = big_button(
            translate("today_cards", "OK"),
            "todayResultHideButton",
            translate("today_cards", "Put this note away"),
        )
        self.hide_button.setAccessibleName(translate("today_cards", "Put the movement note away"))
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide_requested)
        self.heading_row.addWidget(self.hide_button)
        self.column.addWidget(self.text)

    def show_result(self, result: MovementResult) -> None:
        words = _LEVEL_WORDS.get(result.decision, "")
        words = translate("today_cards", words) if words else ""
        if result.decision == "step-back" and result.level == 0:
            words = translate("today_cards", "You are at the starting level, so it stays there.")
        self.text.setText(f"{reason_text(result.reason)} {words}".strip())
