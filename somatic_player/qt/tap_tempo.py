"""Measure the person's natural breathing rate: a tap at each out-breath, for up to a minute.

The gentle ramp starts from this rate (CONTENT.md: tap each exhale for 60 s, cap 12). The maths
is :func:`natural_rate`, a pure function of the tap times; :class:`TapTempoDialog` only collects
taps (Space or the big button) against a clock that tests replace. A rate no breath could have
(outside ``NATURAL_BPM_RANGE``) is a mis-measurement: the dialog says so kindly and offers
another go instead of a number.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.choices import NATURAL_BPM_RANGE
from somatic_player.core.routine import MAX_START_BPM
from somatic_player.i18n import translate
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped
from somatic_player.qt.routine_list import decimal

MEASURE_S = 60.0
MIN_TAPS = 3  # two whole breaths between the first tap and the last
REFRESH_MS = 250
TAP_BUTTON_PX = 96


@dataclass(frozen=True)
class RateResult:
    """What a set of taps says: ``value_bpm`` to use (capped, one decimal), or None and why.

    ``measured_bpm`` is the rate as tapped, before the cap (None with fewer than two taps).
    """

    value_bpm: float | None
    measured_bpm: float | None
    message: str


def running_rate(taps_s: Sequence[float]) -> float | None:
    """Breaths a minute over the taps so far: whole breaths between the first and last tap."""
    if len(taps_s) < 2 or taps_s[-1] <= taps_s[0]:
        return None
    return 60.0 * (len(taps_s) - 1) / (taps_s[-1] - taps_s[0])


def natural_rate(taps_s: Sequence[float]) -> RateResult:
    """The natural rate from tap times in seconds (any origin, oldest first)."""
    rate = running_rate(taps_s)
    again = translate("tap_tempo", "You could try again, with one tap each time you breathe out.")
    if len(taps_s) < MIN_TAPS or rate is None:
        return RateResult(
            None,
            rate,
            translate("tap_tempo", "There were too few taps to tell your pace. {again}").format(
                again=again
            ),
        )
    low, high = NATURAL_BPM_RANGE
    if rate > high:
        return RateResult(
            None,
            rate,
            translate(
                "tap_tempo",
                "That came to {bpm} breaths a minute, quicker than breathing usually goes: "
                "perhaps some taps came twice. No problem. {again}",
            ).format(bpm=decimal(rate, 0), again=again),
        )
    if rate < low:
        return RateResult(
            None,
            rate,
            translate(
                "tap_tempo",
                "That came to under {bpm} breaths a minute: perhaps some out-breaths went "
                "untapped. No problem. {again}",
            ).format(bpm=decimal(low), again=again),
        )
    shown = round(rate, 1)
    if shown > MAX_START_BPM:
        return RateResult(
            MAX_START_BPM,
            rate,
            translate(
                "tap_tempo",
                "Your natural pace came to {bpm} breaths a minute. The slowing will start "
                "from {start}, its quickest starting pace, and ease down from there.",
            ).format(bpm=decimal(shown, 1), start=decimal(MAX_START_BPM)),
        )
    return RateResult(
        shown,
        rate,
        translate("tap_tempo", "Your natural pace: {bpm} breaths a minute.").format(
            bpm=decimal(shown, 1)
        ),
    )


class TapTempoDialog(QDialog):
    """Tap Space (or the big button) each time you breathe out; up to a minute from the first tap.

    ``clock`` returns seconds (``time.monotonic`` by default; tests pass a fake and call
    :meth:`refresh`). Escape or Cancel closes it without a result.

    Signals:
        measured(float): the natural rate to use (breaths a minute, at most 12), on "Use this pace".
    """

    measured = Signal(float)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tapTempoDialog")
        self.setWindowTitle(translate("tap_tempo", "Measure my natural pace"))
        self._clock = clock
        self.taps: list[float] = []
        self.result_bpm: float | None = None
        self._result = RateResult(None, None, "")
        self._timer_done = False

        title = QLabel(translate("tap_tempo", "Your natural pace"))
        title.setObjectName("checkInTitle")
        intro = QLabel(
            translate(
                "tap_tempo",
                "Breathe just as you are, without changing anything. Each time you breathe out, "
                "press Space or the big button. A minute is plenty; you can finish sooner.",
            )
        )
        intro.setObjectName("checkInHint")
        intro.setWordWrap(True)
        self.tap_button = big_button(
            translate("tap_tempo", "Tap as you breathe out"),
            "tapButton",
            translate("tap_tempo", "Tap each time you breathe out (Space)"),
        )
        # A sizes-only sheet: the themes' minimum height for buttons would win over a minimum
        # set from Python, and this one should be easy to find with eyes half closed.
        self.tap_button.setStyleSheet(f"QPushButton#tapButton {{ min-height: {TAP_BUTTON_PX}px; }}")
        self.tap_button.setAutoRepeat(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("tapCountLabel")
        self.count_label.setAccessibleName(translate("tap_tempo", "Taps so far"))
        self.rate_label = QLabel()
        self.rate_label.setObjectName("tapRateLabel")
        self.rate_label.setAccessibleName(translate("tap_tempo", "Pace so far"))
        self.time_label = QLabel()
        self.time_label.setObjectName("tapTimeLabel")
        self.time_label.setAccessibleName(translate("tap_tempo", "Time left"))
        self.message = QLabel()
        self.message.setObjectName("tapMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("tap_tempo", "Result"))
        self.use_button = big_button(
            translate("tap_tempo", "Use this pace"),
            "tapUseButton",
            translate("tap_tempo", "Start the slowing from this pace"),
            primary=True,
        )
        self.again_button = big_button(
            translate("tap_tempo", "Start again"),
            "tapAgainButton",
            translate("tap_tempo", "Clear the taps"),
        )
        self.cancel_button = big_button(
            translate("tap_tempo", "Cancel"),
            "tapCancelButton",
            translate("tap_tempo", "Close without measuring"),
        )
        self.finish_button = big_button(
            translate("tap_tempo", "Finish now"),
            "tapFinishButton",
            translate("tap_tempo", "Work out the pace now"),
        )

        figures = QHBoxLayout()
        for label in (self.count_label, self.rate_label, self.time_label):
            figures.addWidget(label)
            figures.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.use_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.tap_button)
        column.addLayout(figures)
        column.addWidget(self.message)
        column.addLayout(buttons)

        self.tap_button.pressed.connect(self.tap)  # on press: a click waits for the release
        self.use_button.clicked.connect(self._on_use_button_clicked)
        self.again_button.clicked.connect(self.restart)
        self.cancel_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self.finish)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setAutoRepeat(False)
        space.activated.connect(self._on_space)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.finished.connect(self._timer.stop)
        self.restart()
        keep_text_unclipped(self)

    @property
    def is_over(self) -> bool:
        """The measurement is over (time up or finished early); taps no longer count."""
        return self._timer_done

    def restart(self) -> None:
        self.taps = []
        self.result_bpm = None
        self._result = RateResult(None, None, "")
        self._timer_done = False
        self._timer.stop()
        self.tap_button.setEnabled(True)
        self.tap_button.setFocus()
        self.refresh()

    def tap(self) -> None:
        if self._timer_done:
            return
        now = self._clock()
        if self.taps and now - self.taps[0] > MEASURE_S:  # too late to count: the minute is up
            self.finish()
            return
        self.taps.append(now)
        if len(self.taps) == 1:
            self._timer.start()
        self.refresh()

    def elapsed_s(self) -> float:
        return self._clock() - self.taps[0] if self.taps else 0.0

    def refresh(self) -> None:
        """Show the taps, the pace so far and the time left; finish when the minute is up."""
        if self.taps and not self._timer_done and self.elapsed_s() >= MEASURE_S:
            self.finish()
            return
        n = len(self.taps)
        self.count_label.setText(translate("tap_tempo", "Taps: {count}").format(count=n))
        rate = running_rate(self.taps)
        self.rate_label.setText(
            translate("tap_tempo", "About {bpm} a minute").format(bpm=decimal(rate, 1))
            if rate
            else translate("tap_tempo", "Pace: after two taps")
        )
        left = max(0, round(MEASURE_S - self.elapsed_s()))
        if self._timer_done:
            self.time_label.setText(translate("tap_tempo", "Finished"))
        elif n:
            self.time_label.setText(translate("tap_tempo", "{seconds} s left").format(seconds=left))
        else:
            self.time_label.setText(translate("tap_tempo", "Begins at the first tap"))
        self.message.setText(self._result.message)
        self.message.setVisible(bool(self._result.message))
        self.use_button.setEnabled(self.result_bpm is not None)
        self.finish_button.setEnabled(not self._timer_done and n >= MIN_TAPS)

    def finish(self) -> None:
        """Stop counting and work out the pace (or say kindly why it cannot be used)."""
        if self._timer_done:
            return
        self._timer_done = True
        self._timer.stop()
        self._result = natural_rate(self.taps)
        self.result_bpm = self._result.value_bpm
        self.tap_button.setEnabled(False)
        self.refresh()
        (self.use_button if self.result_bpm is not None else self.again_button).setFocus()

    def _on_space(self) -> None:
        """Space taps; on another focused button it presses that button, as people expect."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.tap_button:
            focused.click()
        else:
            self.tap()

    def _on_use_button_clicked(self) -> None:
        if self.result_bpm is not None:
            self.measured.emit(self.result_bpm)
            self.accept()
