"""The quick check-in before and after practice: pain right now and tension, 0-10, one click each.

Each rating is a row of eleven large toggle buttons. The keyboard works as well as the mouse:
a number key picks that number and moves on to the next row, arrows step through a row, Tab
moves between rows and buttons, Enter saves. Nothing is written here: the dialog emits
``checkin_done`` and the controller stores the result.

The ratings and the body map scroll up and down when they do not fit (large text, a small
screen); the buttons at the bottom always show, and nothing is ever squeezed below the size its
text needs. Tab follows what the eye sees: the ratings, the body map's own controls top to
bottom, then Save, Same as last time, Skip and Crisis resources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.checkin import BodyMapRatings
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import (
    big_button,
    crisis_action,
    keep_text_unclipped,
)
from somatic_player.qt.form_widgets import SCORE_BUTTON_PX, SCORE_BUTTONS_SHEET, move_tab_stop

Moment = Literal["before", "after", "standalone"]
RATING_MAX = 10

_TITLES: dict[str, str] = {
    "before": QT_TRANSLATE_NOOP("checkin_dialog", "Before you start"),
    "after": QT_TRANSLATE_NOOP("checkin_dialog", "After your practice"),
    "standalone": QT_TRANSLATE_NOOP("checkin_dialog", "Quick check-in"),
}
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_STEP_KEYS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Home: -RATING_MAX,
    Qt.Key.Key_End: RATING_MAX,
}


@dataclass(frozen=True)
class CheckInResult:
    """What the person chose: each rating 0-10 or None (not answered), the body map (None when
    not answered), or a skip."""

    pain_now: int | None
    tension: int | None
    skipped: bool
    body: BodyMapRatings | None = None

    @property
    def answered(self) -> bool:
        return not self.skipped and (
            self.pain_now is not None
            or self.tension is not None
            or (self.body is not None and not self.body.is_empty)
        )


@runtime_checkable
class BodyMapInput(Protocol):
    """What the check-in needs from a body-map editor (qt/bodymap_editor.py provides one)."""

    def ratings(self) -> BodyMapRatings: ...

    def set_ratings(self, ratings: BodyMapRatings) -> None: ...


class PreviousRatings(Protocol):
    """Anything with the last ratings (a stored check-in, a CheckInResult)."""

    @property
    def pain_now(self) -> int | None: ...

    @property
    def tension(self) -> int | None: ...


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Put ``widgets`` one after the other in the focus chain, in this order.

    ``QWidget.setTabOrder`` leaves a widget that takes no focus where it is; a row of toggles
    has one Tab stop that moves from button to button (``move_tab_stop``), so every button of
    the row must already stand in its place. Each widget takes Tab focus for the call.
    """
    policies = [(widget, widget.focusPolicy()) for widget in widgets]
    for widget, policy in policies:
        if not policy & Qt.FocusPolicy.TabFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
    for widget, policy in policies:
        widget.setFocusPolicy(policy)


def focus_chain_of(widget: QWidget) -> list[QWidget]:
    """The widget's controls in their visual order (``focus_chain()`` where it has one)."""
    chain = getattr(widget, "focus_chain", None)
    return list(chain()) if callable(chain) else [widget]


class _ContentScroll(QScrollArea):
    """Scrolls the dialog's content up and down, never sideways: at least as wide as the content
    needs, and as tall as it wants where the window has the room."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setObjectName("checkInScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = content
        self.setWidget(content)  # which also filters the content's events through here

    def _extra_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth() + 2

    def minimumSizeHint(self) -> QSize:
        least = self._content.minimumSizeHint()
        few_lines = 6 * self.fontMetrics().height()
        return QSize(
            least.width() + self._extra_width(),
            min(least.height(), few_lines) + 2 * self.frameWidth(),
        )

    def sizeHint(self) -> QSize:
        content = self._content
        width = max(content.sizeHint().width(), content.minimumSizeHint().width())
        height = content.sizeHint().height()
        if content.hasHeightForWidth():
            height = max(height, content.heightForWidth(width))
        return QSize(width + self._extra_width(), height + 2 * self.frameWidth())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's least width may have changed
        return super().eventFilter(watched, event)


class _FocusFollower(QObject):
    """Scrolls whatever takes focus into view, however it got there (Tab, a mnemonic, a
    number key moving on)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._scroll.ensureWidgetVisible(watched, 16, 16)
        return False

    def follow(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            widget.removeEventFilter(self)
            widget.installEventFilter(self)


def _body_of(previous: object) -> BodyMapRatings | None:
    """The body map of a previous check-in or result, if it has one."""
    body = getattr(previous, "body", None)
    return body if isinstance(body, BodyMapRatings) and not body.is_empty else None


class _ScoreButton(QPushButton):
    """A 0-10 toggle that lets number and arrow keys reach its row instead of handling them."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _DIGITS or event.key() in _STEP_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)


class RatingRow(QWidget):
    """One 0-10 rating as a row of toggle buttons with words under both ends.

    ``title``, ``low`` and ``high`` are shown as given: the caller translates them.

    Only one button at a time is in the Tab order (the chosen one, else 0), so Tab moves from
    row to row; arrows, Home/End and number keys choose within the row.

    Signals:
        value_changed(object): the chosen value, an int 0-10.
        chosen_by_key(): a number key picked a value (the dialog moves focus on).
    """

    value_changed = Signal(object)
    chosen_by_key = Signal()

    def __init__(
        self, title: str, low: str, high: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title.replace("&", "")
        self.setAccessibleName(self.title)
        self._value: int | None = None
        self.heading = QLabel(title)
        self.heading.setObjectName("ratingTitle")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.heading, 0, 0, 1, RATING_MAX + 1)
        for n in range(RATING_MAX + 1):
            button = _ScoreButton(str(n))
            button.setObjectName("ratingButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumSize(SCORE_BUTTON_PX, SCORE_BUTTON_PX)
            anchor = low if n == 0 else (high if n == RATING_MAX else "")
            button.setAccessibleName(f"{self.title}: {n}")
            button.setAccessibleDescription(
                translate("checkin_dialog", "0 means {low}, {max} means {high}").format(
                    low=low, max=RATING_MAX, high=high
                )
            )
            tip = (
                translate("checkin_dialog", "{title}: {n} out of {max}, {anchor}")
                if anchor
                else translate("checkin_dialog", "{title}: {n} out of {max}")
            )
            button.setToolTip(tip.format(title=self.title, n=n, max=RATING_MAX, anchor=anchor))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(button, n)
            self.buttons.append(button)
            grid.addWidget(button, 1, n)
        self.low_label = QLabel(low)
        self.low_label.setObjectName("ratingEndLabel")
        self.high_label = QLabel(high)
        self.high_label.setObjectName("ratingEndLabel")
        # The end words share one row under all the buttons, so longer words in another
        # language widen neither the buttons under them nor each other.
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.setSpacing(12)
        ends.addWidget(self.low_label, 0, Qt.AlignmentFlag.AlignLeft)
        ends.addStretch(1)
        ends.addWidget(self.high_label, 0, Qt.AlignmentFlag.AlignRight)
        grid.addLayout(ends, 2, 0, 1, RATING_MAX + 1)
        self.setStyleSheet(SCORE_BUTTONS_SHEET)
        self._set_tab_stop(0)
        self.group.idClicked.connect(self._on_group_id_clicked)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose ``value`` (0-10), or clear the row with None."""
        if value is not None and not 0 <= value <= RATING_MAX:
            raise ValueError(f"a rating is from 0 to {RATING_MAX}, got {value}")
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        changed = value != self._value
        self._value = value
        self._set_tab_stop(0 if value is None else value)
        if changed and value is not None:
            self.value_changed.emit(value)

    def focus_button(self) -> QPushButton:
        """The button that takes focus for this row (the chosen one, else 0)."""
        return self.buttons[0 if self._value is None else self._value]

    def _set_tab_stop(self, index: int) -> None:
        move_tab_stop(self.buttons, index)
        self.heading.setBuddy(self.buttons[index])

    def _on_group_id_clicked(self, value: int) -> None:
        self.set_value(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGITS:
            self.set_value(_DIGITS[Qt.Key(key)])
            self.chosen_by_key.emit()
        elif key in _STEP_KEYS:
            step = _STEP_KEYS[Qt.Key(key)]
            # The first arrow press lands on 0, whichever way it points.
            first_arrow = self._value is None and abs(step) == 1
            target = 0 if first_arrow else (self._value or 0) + step
            self.set_value(max(0, min(RATING_MAX, target)))
        else:
            super().keyPressEvent(event)


class QuickCheckInDialog(QDialog):
    """ "Pain right now" and "Tension or stress", 0-10 each, with Save, Skip and (given the last
    check-in) "Same as last time". Escape or closing the window counts as Skip.

    ``set_body_editor`` adds a body-map editor under the ratings; its map is part of the result.
    ``initial`` pre-fills the dialog (the after check-in starts from the before answers, so the
    person only adjusts); ``previous`` offers "Same as last time".

    Signals:
        checkin_done(object): a CheckInResult, emitted exactly once when the dialog finishes.
    """

    checkin_done = Signal(object)

    def __init__(
        self,
        moment: Moment = "standalone",
        previous: PreviousRatings | None = None,
        parent: QWidget | None = None,
        *,
        initial: PreviousRatings | None = None,
    ) -> None:
        super().__init__(parent)
        if moment not in _TITLES:
            raise ValueError(f"moment must be before, after or standalone, got {moment!r}")
        self.setObjectName("checkInDialog")
        self.moment: Moment = moment
        self.previous = previous
        self.outcome: CheckInResult | None = None
        title = translate("checkin_dialog", _TITLES[moment])
        self.setWindowTitle(title)

        self.title = QLabel(title)
        self.title.setObjectName("checkInTitle")
        self.hint = QLabel(
            translate(
                "checkin_dialog",
                "Choose a number for each, or skip. There are no right or wrong answers.",
            )
        )
        self.hint.setObjectName("checkInHint")
        self.hint.setWordWrap(True)
        self.pain_row = RatingRow(
            translate("checkin_dialog", "&Pain right now"),
            translate("checkin_dialog", "none"),
            translate("checkin_dialog", "worst imaginable"),
            "painRow",
        )
        self.tension_row = RatingRow(
            translate("checkin_dialog", "&Tension or stress"),
            translate("checkin_dialog", "none"),
            translate("checkin_dialog", "very high"),
            "tensionRow",
        )

        self._extra_box = QVBoxLayout()
        self._extra_box.setContentsMargins(0, 0, 0, 0)
        self._extra: QWidget | None = None
        self._initial_body = _body_of(initial)

        self.previous_label = QLabel()
        self.previous_label.setObjectName("checkInPrevious")
        self.save_button = big_button(
            translate("checkin_dialog", "Save"),
            "checkInSaveButton",
            translate("checkin_dialog", "Save these ratings"),
            primary=True,
        )
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.same_button = big_button(
            translate("checkin_dialog", "Same as last time"),
            "checkInSameButton",
            translate("checkin_dialog", "Fill in the same answers as last time"),
        )
        self.skip_button = big_button(
            translate("checkin_dialog", "Skip"),
            "checkInSkipButton",
            translate("checkin_dialog", "Continue without rating"),
        )
        self.crisis_action = crisis_action(self)
        self.crisis_button = big_button(
            self.crisis_action.text(), "crisisButton", self.crisis_action.toolTip()
        )
        self.crisis_button.setAutoDefault(False)
        self.crisis_button.clicked.connect(self.crisis_action.trigger)

        has_previous = previous is not None and (
            previous.pain_now is not None
            or previous.tension is not None
            or _body_of(previous) is not None
        )
        if previous is not None and has_previous:
            answers = _describe(previous)
            self.previous_label.setText(
                translate("checkin_dialog", "Last time: {answers}").format(answers=answers)
            )
            self.same_button.setToolTip(
                translate(
                    "checkin_dialog", "Fill in the same answers as last time ({answers})"
                ).format(answers=answers)
            )
        self.previous_label.setVisible(has_previous)
        self.same_button.setVisible(has_previous)

        # Ratings on top, the body map (when there is one) under them with the full width for
        # both views and its panel, all scrolling when they do not fit; the buttons at the bottom
        # always show.
        content = QWidget()
        content.setObjectName("checkInContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(self.pain_row)
        inner.addWidget(self.tension_row)
        inner.addLayout(self._extra_box, 1)
        self.content_scroll = _ContentScroll(content)
        self._follower = _FocusFollower(self.content_scroll)
        self.previous_label.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 20, 28, 18)
        column.setSpacing(12)
        column.addWidget(self.content_scroll, 1)
        column.addWidget(self.previous_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.crisis_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        self._set_tab_order()
        self._follower.follow(content)

        for row in (self.pain_row, self.tension_row):
            row.value_changed.connect(self._on_row_value_changed)
        self.pain_row.chosen_by_key.connect(self._on_pain_row_chosen_by_key)
        self.tension_row.chosen_by_key.connect(self._on_tension_row_chosen_by_key)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.same_button.clicked.connect(self._on_same_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        if initial is not None and not getattr(initial, "skipped", False):
            self.pain_row.set_value(initial.pain_now)
            self.tension_row.set_value(initial.tension)
        self.pain_row.focus_button().setFocus()
        keep_text_unclipped(self)

    # -- extension point ---------------------------------------------------------------------------

    def extra_widget(self) -> QWidget | None:
        return self._extra

    def set_body_editor(self, widget: QWidget | None) -> None:
        """Show a body-map editor under the ratings (replacing any earlier one); None removes it.

        The editor should provide ``ratings()``/``set_ratings()`` (:class:`BodyMapInput`) and may
        emit ``ratingsChanged``; it starts from the ``initial`` map when there is one.
        """
        if self._extra is not None:
            self._extra_box.removeWidget(self._extra)
            self._extra.hide()
            self._extra.setParent(None)
        self._extra = widget
        if widget is not None:
            self._extra_box.addWidget(widget)
            self._set_tab_order()
            self._follower.follow(widget)
            if isinstance(widget, BodyMapInput) and self._initial_body is not None:
                widget.set_ratings(self._initial_body)
            changed = getattr(widget, "ratingsChanged", None)
            if changed is not None:
                changed.connect(self._on_row_value_changed)
            widget.show()
        self.content_scroll.updateGeometry()
        self._on_row_value_changed(None)

    set_extra_widget = set_body_editor

    def _set_tab_order(self) -> None:
        """Tab as the eye reads: the two rows, the body map's controls, the buttons."""
        extra = focus_chain_of(self._extra) if self._extra is not None else []
        set_tab_chain(
            [
                *self.pain_row.buttons,
                *self.tension_row.buttons,
                *extra,
                self.save_button,
                self.same_button,
                self.skip_button,
                self.crisis_button,
            ]
        )

    def body(self) -> BodyMapRatings | None:
        """The map as answered so far; None without an editor or when nothing is marked."""
        if not isinstance(self._extra, BodyMapInput):
            return None
        ratings = self._extra.ratings()
        return None if ratings.is_empty else ratings

    # -- finishing -----------------------------------------------------------------------------

    def _finish(self, result: CheckInResult) -> None:
        if self.outcome is not None:
            return
        self.outcome = result
        self.checkin_done.emit(result)

    def _on_save_button_clicked(self) -> None:
        result = CheckInResult(
            self.pain_row.value(), self.tension_row.value(), skipped=False, body=self.body()
        )
        if not result.answered:
            return
        self._finish(result)
        self.accept()

    def _on_same_button_clicked(self) -> None:
        """Fill in last time's answers (ratings and map); the person adjusts and saves."""
        if self.previous is None:
            return
        self.pain_row.set_value(self.previous.pain_now)
        self.tension_row.set_value(self.previous.tension)
        body = _body_of(self.previous)
        if body is not None and isinstance(self._extra, BodyMapInput):
            self._extra.set_ratings(body)
        self._on_row_value_changed(None)
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_skip_button_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Skip, Escape and closing the window all finish as a skipped check-in."""
        self._finish(CheckInResult(None, None, skipped=True))
        super().reject()

    def _on_row_value_changed(self, _value: object) -> None:
        answered = (
            self.pain_row.value() is not None
            or self.tension_row.value() is not None
            or self.body() is not None
        )
        self.save_button.setEnabled(answered)

    def _on_pain_row_chosen_by_key(self) -> None:
        self.tension_row.focus_button().setFocus(Qt.FocusReason.TabFocusReason)

    def _on_tension_row_chosen_by_key(self) -> None:
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A number key pressed outside the rows rates the first row still unanswered."""
        key = event.key()
        if key in _DIGITS:
            for row in (self.pain_row, self.tension_row):
                if row.value() is None:
                    row.set_value(_DIGITS[Qt.Key(key)])
                    row.chosen_by_key.emit()
                    return
        super().keyPressEvent(event)


def _describe(previous: PreviousRatings) -> str:
    parts = []
    if previous.pain_now is not None:
        parts.append(translate("checkin_dialog", "pain {value}").format(value=previous.pain_now))
    if previous.tension is not None:
        parts.append(translate("checkin_dialog", "tension {value}").format(value=previous.tension))
    body = _body_of(previous)
    if body is not None:
        if body.no_pain:
            parts.append(translate("checkin_dialog", "no pain on the body map"))
        else:
            count = len(body.painful)
            parts.append(translate("checkin_dialog", "%n area(s) marked", None, count))
    return ", ".join(parts)
