"""The breathing pacer: a soft shape that fills with the in-breath and empties with the out-breath.

It only draws what it is given (a ``PacerState`` computed from the audio clock), so picture and
sound cannot drift apart. With reduced motion it becomes a still bar that fills in steps.
Colours are chosen to stay distinct for colour-blind people (blue for in, amber for out), and the
phase word is always written, so colour is never the only signal.

Screen readers meet an animation named "Breathing pacer" whose description and value are the
phase and the whole seconds left ("Breathe out, 3 seconds left"), renewed only when one of them
changes, not with every frame.
"""

from __future__ import annotations

import math
import time
from typing import cast

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from somatic_player.core.plan import PacerState
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt import accessible
from somatic_player.qt.theme import mix

PHASE_WORDS = {
    "inhale": QT_TRANSLATE_NOOP("pacer_view", "Breathe in"),
    "hold-in": QT_TRANSLATE_NOOP("pacer_view", "Hold gently"),
    "exhale": QT_TRANSLATE_NOOP("pacer_view", "Breathe out"),
    "hold-out": QT_TRANSLATE_NOOP("pacer_view", "Rest"),
    "none": "",
}
# Okabe-Ito blue and orange: distinguishable with the common colour-vision differences.
PHASE_COLOURS = {
    "inhale": QColor(0, 114, 178),
    "hold-in": QColor(86, 150, 190),
    "exhale": QColor(213, 130, 40),
    "hold-out": QColor(190, 150, 100),
    "none": QColor(150, 160, 160),
}
STEPS_WHEN_STILL = 5
MIN_VISIBLE_LUNG = 0.001  # about a third of a pixel on a large pacer


class PacerView(QWidget):
    """Custom-painted pacer. Call :meth:`set_state` with the pacer state for the heard sample.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible.install()  # before Qt can ask for this widget's interface
        super().__init__(parent)
        self.setObjectName("pacerView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(translate("pacer_view", "Breathing pacer"))
        self._state = PacerState("none", 0.0, 0.0, 0.0)
        self._reduced_motion = False
        self._idle_text = ""
        self._word_scale = 1.0
        self.paint_count = 0
        self.paint_log: list[tuple[float, float]] | None = None
        self.accessible_updates = 0  # how often screen readers were told (tests count them)

    # -- state ----------------------------------------------------------------------------------

    @property
    def state(self) -> PacerState:
        return self._state

    def phase_word(self) -> str:
        word = PHASE_WORDS.get(self._state.phase, "")
        return translate("pacer_view", word) if word else self._idle_text

    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self.update()

    def set_idle_text(self, text: str) -> None:
        """What to show when no breathing step is under way (e.g. during guidance)."""
        self._idle_text = text
        if self._state.phase == "none":
            self._update_accessible()
        self.update()

    def set_word_scale(self, scale: float) -> None:
        """Bigger type for presentation on a far screen."""
        self._word_scale = scale
        self.update()

    def set_state(self, state: PacerState) -> None:
        old = self._state
        changed_phase = state.phase != old.phase
        seconds_changed = math.ceil(state.seconds_left) != math.ceil(old.seconds_left)
        self._state = state
        if changed_phase or seconds_changed:  # not every frame: a phase or a whole second
            self._update_accessible()
        # Repaint only for a visible change: at rest (between breathing steps) nothing is drawn.
        if changed_phase or seconds_changed or abs(state.lung - old.lung) >= MIN_VISIBLE_LUNG:
            self.update()

    def accessible_value(self) -> str:
        """``"Breathe out, 3 seconds left"``; between breathing steps, the idle text."""
        word = self.phase_word()
        if self._state.phase == "none":
            return word
        seconds = math.ceil(self._state.seconds_left)
        return translate("pacer_view", "{phase}, %n second(s) left", None, seconds).format(
            phase=word
        )

    def _update_accessible(self) -> None:
        """The description carries the value too: AT-SPI (Orca) reads descriptions, not text
        values, and setting it tells a listening screen reader (DescriptionChanged)."""
        value = self.accessible_value()
        if value != self.accessibleDescription():
            self.accessible_updates += 1
            self.setAccessibleDescription(value)

    def accessible_interface(self) -> QAccessibleInterface:
        """An animation whose value is :meth:`accessible_value` (see ``qt/accessible.py``)."""
        return accessible.RoleInterface(
            self,
            QAccessible.Role.Animation,
            value=lambda widget: cast(PacerView, widget).accessible_value(),
        )

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        started = time.perf_counter() if self.paint_log is not None else 0.0
        self._paint()
        if self.paint_log is not None:  # bench/bench_player.py: frame times and paint cost
            self.paint_log.append((started, time.perf_counter() - started))

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        colour = PHASE_COLOURS.get(self._state.phase, PHASE_COLOURS["none"])
        if self._reduced_motion:
            self._paint_bar(painter, rect, colour)
        else:
            self._paint_circle(painter, rect, colour)
        self._paint_words(painter, rect)
        painter.end()

    def _paint_circle(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        side = min(rect.width(), rect.height())
        centre = rect.center()
        outer = side / 2
        inner = outer * 0.42
        radius = inner + (outer - inner) * self._state.lung
        # Opaque colours mixed with the background, and a solid guide line: blending and dashed
        # strokes were most of the cost of a frame (bench/bench_player.py).
        background = self.palette().color(self.backgroundRole())
        painter.setPen(QPen(mix(colour, background, 0.27), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, outer - 1, outer - 1)
        fill = mix(colour, background, 0.37 if self._state.phase != "none" else 0.16)
        painter.setPen(QPen(colour, 3))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)

    def _paint_bar(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        width = min(rect.width() * 0.28, 140.0)
        bar = QRectF(rect.center().x() - width / 2, rect.top() + 8, width, rect.height() - 16)
        painter.setPen(QPen(colour, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 12, 12)
        # Stepwise fill: no smooth motion, just a few still levels.
        level = round(self._state.lung * STEPS_WHEN_STILL) / STEPS_WHEN_STILL
        filled = QRectF(
            bar.left(), bar.bottom() - bar.height() * level, bar.width(), bar.height() * level
        )
        fill = QColor(colour)
        fill.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(filled, 12, 12)

    def _paint_words(self, painter: QPainter, rect: QRectF) -> None:
        word = self.phase_word()
        if not word:
            return
        side = min(rect.width(), rect.height())
        font = QFont(self.font())
        font.setPixelSize(max(18, int(side * 0.085 * self._word_scale)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        centre = rect.center()
        line = font.pixelSize() * 1.3
        text_rect = QRectF(rect.left(), centre.y() - line, rect.width(), line)
        if self._state.phase == "none":
            text_rect = QRectF(rect.left(), centre.y() - line / 2, rect.width(), line)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, word)
        if self._state.phase != "none":
            small = QFont(font)
            small.setPixelSize(max(14, int(font.pixelSize() * 0.6)))
            small.setWeight(QFont.Weight.Normal)
            painter.setFont(small)
            seconds = str(math.ceil(self._state.seconds_left))
            painter.drawText(
                QRectF(rect.left(), centre.y(), rect.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                seconds,
            )

    def centre(self) -> QPointF:
        return QRectF(self.rect()).center()
