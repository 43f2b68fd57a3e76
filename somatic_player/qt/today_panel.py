"""The Today panel: a calm banner above the library, shown only when something applies today.

It can hold, one under the other: the integration days after a logged ketamine-assisted
session, a flare day, a kind note after "I feel dizzy" twice in 7 days, the next-morning
movement check and what it decided. A "Flare day" toggle sits at its top right while it is
shown; the TodayController also offers the toggle as a checkable action for the toolbar, so it
is reachable when the panel is hidden.

The panel is a view: :meth:`TodayPanel.show_state` draws a ``TodayState`` and the signals say
what the person chose. It stores nothing (the TodayController does).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import big_button
from somatic_player.qt.today_cards import (
    DizzyCard,
    FlareCard,
    IntegrationCard,
    MorningCard,
    ResultCard,
)
from somatic_player.qt.today_state import TodayState

# The flare toggle's tooltips, in English: translate("today_panel", ...) where they are shown.
FLARE_OFF_TIP = QT_TRANSLATE_NOOP(
    "today_panel",
    "Having a flare today? Switch this on for gentler practice today: movement is halved and "
    "kept to lying or seated, muscle relaxation lets go without tightening.",
)
FLARE_ON_TIP = QT_TRANSLATE_NOOP(
    "today_panel", "Flare day is on for today. Press to switch it off."
)

# Palette colours only, so every theme (high contrast included) colours it; sizes follow the
# person's text scale (see _apply_style). The themes have no rules for these names yet.
_STYLE = """
QFrame#todayPanel {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 14px;
}}
QScrollArea#todayScroll, QWidget#todayCards {{ background: transparent; }}
QLabel#todayHeading {{ font-size: {heading}pt; font-weight: 600; }}
QLabel#todayHint {{ color: palette(placeholder-text); }}
QLabel#todayReminder {{
    font-weight: 600;
    border: none;
    border-left: 4px solid palette(accent);
    padding: 4px 0px 4px 12px;
}}
"""
_HEADING_PT = 15.0
# The banner takes at most this share of the window's height (its cards scroll beyond), and
# never less than this while shown.
MAX_SHARE = 0.55
MIN_SHOWN_PX = 160


class TodayPanel(QFrame):
    """The banner. Hidden until :meth:`show_state` is given a state where something applies.

    Signals:
        start_requested(str): start this suggested routine.
        flare_toggled(bool): the person switched a flare day on (True) or off (False).
        slept_confirmed(): "I have slept since my session" was pressed.
        dizzy_note_hidden(): the dizzy note was put away.
        morning_answered(object): the next-morning pain rating (int 0-10), None when skipped.
        result_hidden(): the movement decision note was put away.
    """

    start_requested = Signal(str)
    flare_toggled = Signal(bool)
    slept_confirmed = Signal()
    dizzy_note_hidden = Signal()
    morning_answered = Signal(object)
    result_hidden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPanel")
        self.setAccessibleName(translate("today_panel", "Today"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state: TodayState | None = None
        self._styled_scale: float | None = None

        self.integration = IntegrationCard()
        self.flare = FlareCard()
        self.dizzy = DizzyCard()
        self.morning = MorningCard()
        self.result = ResultCard()
        # Safety first (the no-drive reminder), then what asks for an answer.
        self.cards = (self.integration, self.morning, self.result, self.flare, self.dizzy)

        off_tip = translate("today_panel", FLARE_OFF_TIP)
        self.flare_toggle = big_button(
            translate("today_panel", "Flare day"), "todayFlareToggle", off_tip
        )
        self.flare_toggle.setCheckable(True)
        self.flare_toggle.setAutoDefault(False)
        self.flare_toggle.setAccessibleDescription(off_tip)
        self.flare_toggle.clicked.connect(self._on_flare_toggle_clicked)

        self.integration.start_requested.connect(self.start_requested)
        self.integration.slept_confirmed.connect(self.slept_confirmed)
        self.integration.plan_button.toggled.connect(self._on_plan_button_toggled)
        self.flare.start_requested.connect(self.start_requested)
        self.dizzy.hide_requested.connect(self.dizzy_note_hidden)
        self.morning.answered.connect(self.morning_answered)
        self.result.hide_requested.connect(self.result_hidden)

        # The cards scroll inside the banner when they need more than a share of the window,
        # so the library below always keeps most of the height.
        self.content = QWidget()
        self.content.setObjectName("todayCards")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(18)
        for card in self.cards:
            column.addWidget(card)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("todayScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.verticalScrollBar().setAccessibleName(
            translate("today_panel", "Scroll today's notes")
        )
        self.scroll_area.setWidget(self.content)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 14, 16, 14)
        row.setSpacing(16)
        row.addWidget(self.scroll_area, 1)
        side = QVBoxLayout()
        side.addWidget(self.flare_toggle)
        side.addStretch(1)
        row.addLayout(side)
        self._last_width = -1
        self._watched_window: QWidget | None = None
        self._apply_style()
        self.setVisible(False)

    @property
    def state(self) -> TodayState | None:
        return self._state

    def show_state(self, state: TodayState) -> None:
        """Draw ``state``; the panel hides itself when nothing in it applies."""
        was_due = self._state is not None and self._state.morning_check_due
        self._state = state
        plan = state.plan
        self.integration.setVisible(plan is not None and plan.active)
        if plan is not None and plan.active:
            self.integration.show_plan(plan)
        self.flare.setVisible(state.flare)
        if state.flare:
            # What the integration card already offers is not offered twice.
            offered = (
                set(self.integration.practices.routine_ids()) if plan and plan.active else set()
            )
            self.flare.show_practices(
                [p for p in FlareCard.PRACTICES if p.routine_id not in offered]
            )
        self.set_flare_checked(state.flare)
        self.dizzy.setVisible(state.dizzy_note)
        if state.dizzy_note:
            self.dizzy.show_count(state.dizzy_7d)
        self.morning.setVisible(state.morning_check_due)
        if state.morning_check_due and not was_due:
            self.morning.reset()
        self.result.setVisible(state.movement_result is not None)
        if state.movement_result is not None:
            self.result.show_result(state.movement_result)
        self.setVisible(state.anything)
        self.updateGeometry()

    def set_flare_checked(self, on: bool) -> None:
        """Show the toggle as on or off without announcing it."""
        self.flare_toggle.blockSignals(True)
        self.flare_toggle.setChecked(on)
        self.flare_toggle.blockSignals(False)
        tip = translate("today_panel", FLARE_ON_TIP if on else FLARE_OFF_TIP)
        self.flare_toggle.setToolTip(tip)
        self.flare_toggle.setAccessibleDescription(tip)

    def visible_cards(self) -> list[QFrame]:
        return [card for card in self.cards if not card.isHidden()]

    # -- size -----------------------------------------------------------------------------------

    def _content_height(self) -> int:
        """The cards' height at the width they have now (wrapped text and button rows)."""
        width = self.scroll_area.viewport().width()
        if width <= 0 or not self.content.hasHeightForWidth():
            return self.content.sizeHint().height()
        return self.content.heightForWidth(width)

    def _height_cap(self) -> int:
        window = self.window()
        room = window.height() if window is not self else 800
        return max(MIN_SHOWN_PX, int(room * MAX_SHARE))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        frame = (margins.top() + margins.bottom()) if margins is not None else 0
        want = max(self._content_height(), self.flare_toggle.sizeHint().height()) + frame + 2
        return QSize(hint.width(), min(want, self._height_cap()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), min(self.sizeHint().height(), MIN_SHOWN_PX))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched_window and event.type() == QEvent.Type.Resize:
            self.updateGeometry()  # the share of the window's height changed
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._last_width:
            self._last_width = event.size().width()
            self.updateGeometry()  # wrapped text needs another height at another width

    # -- look -----------------------------------------------------------------------------------

    def _apply_style(self) -> None:
        """A local style sheet whose heading size follows the app's text scale."""
        app = QApplication.instance()
        raw = app.property("somaticTextScale") if app is not None else None
        scale = float(raw) if isinstance(raw, int | float) else 1.0
        if scale != self._styled_scale:
            self._styled_scale = scale
            self.setStyleSheet(_STYLE.format(heading=round(_HEADING_PT * scale, 2)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._apply_style()

    def _on_plan_button_toggled(self, shown: bool) -> None:
        self.updateGeometry()
        if shown:  # once laid out, scroll the opened plan into view
            QTimer.singleShot(0, self, self._show_plan_list)

    def _show_plan_list(self) -> None:
        self.scroll_area.ensureWidgetVisible(self.integration.plan, 0, 0)

    def _on_flare_toggle_clicked(self, checked: bool) -> None:
        self.set_flare_checked(checked)
        self.flare_toggled.emit(checked)
