"""The body-map editor's side panel: the chosen area, its 0-10 rating, qualities and actions.

The panel shows one area's answer (:meth:`AreaPanel.show_area`) and offers the controls that
change it: large 0-10 buttons, the generic pain qualities, "Worst area", "Clear this area", and
"No pain anywhere" for the whole map. It changes nothing itself: the editor listens to the
controls and owns the ratings. Every text has its own object name (``#bodyMapTitle`` ...) so the
themes style it; check boxes and buttons are drawn by the themes' general rules.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.bodymap import REGIONS
from somatic_player.core.checkin import QUALITIES, BodyMapRatings
from somatic_player.i18n import translate
from somatic_player.qt.bodymap_input import TenKey, digit_of, is_plain
from somatic_player.qt.bodymap_list import area_label, area_words, capital, quality_word
from somatic_player.qt.crisis_dialog import BigButton, big_button
from somatic_player.qt.form_widgets import (
    SCORE_BUTTON_PX,
    SCORE_BUTTONS_SHEET,
    BigCheckBox,
    move_tab_stop,
)

_ROW = 6  # rating buttons per row: 0-5 above 6-10
_STEPS: dict[int, int] = {
    Qt.Key.Key_Left.value: -1,
    Qt.Key.Key_Right.value: 1,
    Qt.Key.Key_Up.value: -_ROW,
    Qt.Key.Key_Down.value: _ROW,
    Qt.Key.Key_Home.value: -10,
    Qt.Key.Key_End.value: 10,
}


class RatingButtons(QWidget):
    """0-10 as two rows of large toggle buttons. One Tab stop (the chosen number, else 0);
    arrows, Home/End and number keys ("1" then "0" for 10) choose within.

    Signals:
        rating_chosen(int): the person chose this number.
    """

    rating_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMapRatingButtons")
        self._value: int | None = None
        self.ten_key = TenKey()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # "not rated" has no button checked
        self.buttons: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for n in range(11):
            button = BigButton(str(n))
            button.setObjectName("ratingButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumSize(SCORE_BUTTON_PX, SCORE_BUTTON_PX)
            if n == 0:
                name = translate("bodymap_panel", "Pain in this area: {n} (no pain)")
                tip = translate("bodymap_panel", "Pain in this area: {n} out of 10 (no pain)")
            elif n == 10:
                name = translate("bodymap_panel", "Pain in this area: {n} (worst imaginable)")
                tip = translate(
                    "bodymap_panel", "Pain in this area: {n} out of 10 (worst imaginable)"
                )
            else:
                name = translate("bodymap_panel", "Pain in this area: {n}")
                tip = translate("bodymap_panel", "Pain in this area: {n} out of 10")
            button.setAccessibleName(name.format(n=n))
            button.setToolTip(tip.format(n=n))
            button.installEventFilter(self)
            self.group.addButton(button, n)
            self.buttons.append(button)
            grid.addWidget(button, n // _ROW, n % _ROW)
        self.setStyleSheet(SCORE_BUTTONS_SHEET)
        move_tab_stop(self.buttons, 0)
        self.group.idClicked.connect(self._on_group_id_clicked)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (None: not rated) without emitting."""
        self._value = value
        for n, button in enumerate(self.buttons):
            button.setChecked(n == value)
        move_tab_stop(self.buttons, 0 if value is None else value)

    def focus_button(self) -> QPushButton:
        return self.buttons[0 if self._value is None else self._value]

    def _on_group_id_clicked(self, value: int) -> None:
        self.ten_key.reset()
        self._choose(value)

    def _choose(self, value: int) -> None:
        self.set_value(value)
        self.rating_chosen.emit(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return False

    def _key(self, event: QKeyEvent) -> bool:
        digit = digit_of(event)
        if digit is not None:
            self._choose(self.ten_key.press(digit, 0))
            return True
        step = _STEPS.get(event.key()) if is_plain(event) else None
        if step is None:
            return False
        self.ten_key.reset()
        if self._value is None and abs(step) == 1:
            self._choose(0)  # the first arrow press lands on 0
        else:
            self._choose(max(0, min(10, (self._value or 0) + step)))
        return True


def _label(text: str, name: str, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class AreaPanel(QWidget):
    """The chosen area's title and state, its rating, qualities and actions, and the whole-map
    "No pain anywhere" answer with a one-line summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMapPanel")
        self.region_title = _label("", "bodyMapTitle", wrap=True)
        self.region_detail = _label("", "bodyMapDetail", wrap=True)
        self.rating_heading = _label(
            translate("bodymap_panel", "Pain in this area"), "bodyMapHeading"
        )
        self.rating_buttons = RatingButtons()
        ends = QHBoxLayout()
        ends.addWidget(_label(translate("bodymap_panel", "0 no pain"), "bodyMapEndLabel"))
        ends.addStretch(1)
        ends.addWidget(_label(translate("bodymap_panel", "10 worst imaginable"), "bodyMapEndLabel"))
        self.quality_heading = _label(
            translate("bodymap_panel", "What it feels like (optional)"), "bodyMapHeading"
        )
        qualities = QGridLayout()
        qualities.setHorizontalSpacing(12)
        qualities.setVerticalSpacing(0)
        self.quality_boxes: dict[str, QCheckBox] = {}
        for n, quality in enumerate(QUALITIES):
            word = quality_word(quality)
            box = BigCheckBox(capital(word))
            box.setObjectName("bodyMapQuality")
            box.setAccessibleName(
                translate("bodymap_panel", "Feels {quality}").format(quality=word)
            )
            box.setToolTip(
                translate("bodymap_panel", "This area feels {quality}").format(quality=word)
            )
            self.quality_boxes[quality] = box
            qualities.addWidget(box, n // 2, n % 2)
        self.worst_button = big_button(
            translate("bodymap_panel", "★ &Worst area"),
            "bodyMapWorstButton",
            translate("bodymap_panel", "Mark this as the area that hurts most (W)"),
        )
        self.worst_button.setAccessibleName(translate("bodymap_panel", "Worst area"))
        self.worst_button.setCheckable(True)
        self.clear_button = big_button(
            translate("bodymap_panel", "&Clear this area"),
            "bodyMapClearButton",
            translate("bodymap_panel", "Remove this area's rating (Delete)"),
        )
        actions = QHBoxLayout()
        actions.addWidget(self.worst_button)
        actions.addWidget(self.clear_button)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setEnabled(False)
        self.no_pain_button = big_button(
            translate("bodymap_panel", "&No pain anywhere"),
            "bodyMapNoPainButton",
            translate("bodymap_panel", "Answer for the whole body: no pain anywhere right now"),
        )
        self.no_pain_button.setCheckable(True)
        for button in (self.worst_button, self.clear_button, self.no_pain_button):
            button.setAutoDefault(False)
        self.summary_label = _label("", "bodyMapSummary", wrap=True)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for widget in (self.region_title, self.region_detail, self.rating_heading):
            column.addWidget(widget)
        column.addWidget(self.rating_buttons)
        column.addLayout(ends)
        column.addWidget(self.quality_heading)
        column.addLayout(qualities)
        column.addLayout(actions)
        column.addSpacing(6)
        column.addWidget(rule)
        column.addWidget(self.no_pain_button)
        column.addWidget(self.summary_label)
        column.addStretch(1)

    def show_area(self, code: int | None, ratings: BodyMapRatings) -> None:
        """Show area ``code`` (None: none chosen) as ``ratings`` has it, and the map's summary."""
        rated = ratings.regions.get(code) if code else None
        if code is None:
            self.region_title.setText(translate("bodymap_panel", "Choose an area"))
            self.region_detail.setText(
                translate(
                    "bodymap_panel",
                    "Click it on the figure, move to it with the arrow keys on the figure, or "
                    "pick it from the List.",
                )
            )
        else:
            self.region_title.setText(capital(area_words(code)))
            state = (
                translate("bodymap_panel", "not rated yet")
                if rated is None
                else translate("bodymap_panel", "rated {rating} of 10").format(rating=rated.rating)
            )
            detail = (
                translate("bodymap_panel", "Front view, area {code}: {state}")
                if REGIONS[code].view == "front"
                else translate("bodymap_panel", "Back view, area {code}: {state}")
            )
            self.region_detail.setText(detail.format(code=code, state=state))
        self.rating_buttons.set_value(rated.rating if rated else None)
        self.rating_buttons.setEnabled(code is not None)
        for quality, box in self.quality_boxes.items():
            box.setChecked(rated is not None and quality in rated.qualities)
            box.setEnabled(rated is not None)  # qualities belong to a rating
        self.worst_button.setChecked(rated is not None and rated.worst)
        self.worst_button.setEnabled(rated is not None)
        self.clear_button.setEnabled(rated is not None)
        self.no_pain_button.setChecked(ratings.no_pain)
        self.summary_label.setText(_summary(ratings))


def _summary(ratings: BodyMapRatings) -> str:
    if ratings.no_pain:
        return translate("bodymap_panel", "Answered: no pain anywhere.")
    if not ratings.regions:
        return translate("bodymap_panel", "No areas rated yet.")
    count = len(ratings.regions)
    if ratings.worst is None:
        return translate("bodymap_panel", "%n area(s) rated.", None, count)
    return translate("bodymap_panel", "%n area(s) rated; worst: {area}.", None, count).format(
        area=area_label(ratings.worst)
    )
