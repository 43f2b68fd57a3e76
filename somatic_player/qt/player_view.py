"""The player: pacer, captions, step list, times and the controls, all driven by a controller.

Everything is reachable by keyboard: Space pauses, Left/Right move between steps, +/- change the
pace, P stays at the pace a gentle ramp has reached, S shows the stop rules of a movement routine,
F11 toggles full screen, Esc leaves it. The view only emits what the person asked for; the
session controller decides what happens.

During a movement step the exercise's picture takes the pacer's place, frame by frame with the
counts (a still with reduced motion), and the "Stop rules" control pauses and shows when to stop.

The caption is as large as the theme makes it when the line fits under the pacer, else a step
smaller at a time down to the body text size; a line that still does not fit takes more of the
pacer's room and, past that, scrolls. It is sized once per line (and when the window or the text
size changes), never while a line is showing. With the screen flash chosen, each change of breath
also shows as a soft, brief glow over the pacer (a still change of its border with reduced
motion), at most once a second and with a small change in brightness.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from somatic_player.audio.mixer import Levels
from somatic_player.core.plan import PacerState, PlanStep
from somatic_player.core.session import Moment
from somatic_player.i18n import translate
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.movement_picture import (
    MovementPictureWidget,
    PacerWithPicture,
    show_picture_for,
    stop_rules_text,
)
from somatic_player.qt.pacer_view import PHASE_COLOURS, PacerView
from somatic_player.qt.routine_list import decimal
from somatic_player.qt.session_controller import SessionController
from somatic_player.qt.theme import mix, relative_luminance

BUTTON_MIN = 48
FOCUS_KINDS = ("pmr", "scan")  # steps whose regions are shown on the body map
CAPTION_PX = 26  # readable across a room; the theme may make it larger
CAPTION_STEP = 0.9  # each smaller caption size is nine tenths of the one before
CAPTION_SHARE = 0.5  # of the stage's height, before the caption's type gets smaller
CAPTION_MIN_HEIGHT = 90
STAGE_GAP = 8  # between the pacer and the caption
FLASH_MS = 300  # one soft pulse: up in a third of it, down in the rest
FLASH_MIN_INTERVAL_S = 1.0  # never more than one pulse a second (WCAG allows up to three flashes)
FLASH_MAX_LUMINANCE_STEP = 0.05  # half of what WCAG counts as a flash (0.10)
FLASH_MAX_ALPHA = 0.3
FLASH_BORDER_PX = 4  # reduced motion: the pacer area's border takes the phase's colour


def clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return f"{s // 60}:{s % 60:02d}"


class PlayerButton(QPushButton):
    """A button at least ``BUTTON_MIN`` square that a layout never squeezes below its words
    (which are longer in some languages, and grow with the text size)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setMinimumHeight(BUTTON_MIN)
        self._fit_width()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_width()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_width()  # the theme's padding and font are known once the button is polished
        super().showEvent(event)

    def _fit_width(self) -> None:
        self.setMinimumWidth(max(BUTTON_MIN, self.sizeHint().width()))


class OneLineFirstLabel(QLabel):
    """A label on one line when there is room, wrapped only when there is not (a plain
    word-wrapped label asks for less room than one line and wraps early)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
        one_line += margins.left() + margins.right() + 2
        width = max(hint.width(), one_line)
        return QSize(width, self.heightForWidth(width))


class CaptionLabel(QLabel):
    """The line being spoken, centred and wrapped. :meth:`fit` sizes its type for an area: the
    theme's caption size when the line fits, else a step smaller at a time, never below the
    body text size."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("captionLabel")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setPixelSize(CAPTION_PX)
        self.setFont(font)
        self._natural = QFont(font)  # the theme's caption type, before any fitting
        self._fitted: QFont | None = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new theme or text size: the style sheet has just set the caption's own size.
        if event.type() == QEvent.Type.StyleChange and self.font() != self._fitted:
            self._natural = QFont(self.font())

    def natural_px(self) -> int:
        return QFontInfo(self._natural).pixelSize()

    def floor_px(self) -> int:
        """The smallest caption: body text at the person's text size."""
        return min(self.natural_px(), QFontInfo(QApplication.font()).pixelSize())

    def fitted_px(self) -> int:
        return QFontInfo(self.font()).pixelSize()

    def sizes(self) -> list[int]:
        """Natural size first, then a step smaller at a time down to the floor."""
        size, floor = self.natural_px(), self.floor_px()
        out = [size]
        while size > floor:
            size = max(floor, min(size - 1, round(size * CAPTION_STEP)))
            out.append(size)
        return out

    def fit(self, width: int, room: int) -> int:
        """Use the largest size at which the text fits ``width`` by ``room`` (the floor if none
        does); returns the height the text then needs."""
        need = 0
        for px in self.sizes():
            font = QFont(self._natural)
            font.setPixelSize(px)
            self._fitted = font
            if self.font() != font:
                self.setFont(font)
            need = self.heightForWidth(width) if self.text() else 0
            if need <= room and self.minimumSizeHint().width() <= width:
                break
        return need


class CaptionArea(QScrollArea):
    """Holds the caption and, under it, any guidance shown (dizzy, grounding, stop rules, the
    sound device); scrolls only when they cannot be shown whole at the caption's smallest size.
    Takes no focus: keys belong to the player's shortcuts."""

    GAP = 8

    def __init__(self, caption: CaptionLabel, notice: QLabel) -> None:
        super().__init__()
        self.setObjectName("captionArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # The player's own background shows through. (No style sheet of its own: one here would
        # make the theme's caption size override the fitted one.)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.texts = QWidget()
        self.texts.setObjectName("captionTexts")
        column = QVBoxLayout(self.texts)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(self.GAP)
        column.addWidget(caption)
        column.addWidget(notice)
        self.setWidget(self.texts)
        self.verticalScrollBar().setAccessibleName(translate("player_view", "Scroll caption"))


def pulse_alpha(colour: QColor, background: QColor) -> float:
    """How much of ``colour`` a screen-flash pulse lays over ``background`` at its peak: as much
    as keeps the change in relative luminance within ``FLASH_MAX_LUMINANCE_STEP``."""
    base = relative_luminance(background.name())

    def step(alpha: float) -> float:
        return abs(relative_luminance(mix(colour, background, alpha).name()) - base)

    if step(FLASH_MAX_ALPHA) <= FLASH_MAX_LUMINANCE_STEP:
        return FLASH_MAX_ALPHA
    low, high = 0.0, FLASH_MAX_ALPHA
    for _ in range(16):
        middle = (low + high) / 2
        low, high = (middle, high) if step(middle) <= FLASH_MAX_LUMINANCE_STEP else (low, middle)
    return low


class FlashOverlay(QWidget):
    """Drawn over the pacer area: a brief soft glow in the theme's accent (:meth:`pulse`), or,
    with reduced motion, a still border in the phase's colour (:meth:`set_border`). Lets every
    click through and takes no focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("flashOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._level = 0.0  # 0-1 of the pulse's peak
        self._border: QColor | None = None
        self.pulses = 0  # how many pulses began (tests count them)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(FLASH_MS)
        self._animation.setStartValue(0.0)
        self._animation.setKeyValueAt(1 / 3, 1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._set_level)
        self._animation.finished.connect(self._settle)
        self.hide()

    @property
    def level(self) -> float:
        return self._level

    @property
    def border(self) -> QColor | None:
        return self._border

    def pulse(self) -> None:
        self.pulses += 1
        self._animation.stop()
        self.show()
        self.raise_()
        self._animation.start()

    def set_border(self, colour: QColor | None) -> None:
        if colour == self._border:
            return
        self._border = colour
        if colour is not None:
            self.show()
            self.raise_()
        self._settle()
        self.update()

    def stop(self) -> None:
        self._animation.stop()
        self._level = 0.0
        self._border = None
        self.hide()

    def peak_alpha(self) -> float:
        palette = self.palette()
        return pulse_alpha(
            palette.color(QPalette.ColorRole.Accent), palette.color(QPalette.ColorRole.Window)
        )

    def _set_level(self, value: object) -> None:
        self._level = max(0.0, min(1.0, float(value)))  # type: ignore[arg-type]
        self.update()

    def _settle(self) -> None:
        if self._animation.state() == QVariantAnimation.State.Running:
            return
        self._level = 0.0
        self.setVisible(self._border is not None)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self._level > 0:
            glow = QColor(self.palette().color(QPalette.ColorRole.Accent))
            glow.setAlphaF(self.peak_alpha() * self._level)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawRoundedRect(rect, 16, 16)
        if self._border is not None:
            half = FLASH_BORDER_PX / 2
            painter.setPen(QPen(self._border, FLASH_BORDER_PX))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), 16, 16)
        painter.end()


class Stage(QWidget):
    """The pacer (or the movement picture, or the body map) over the caption and any guidance.

    The caption gets the height its line needs at the largest size that fits half the stage;
    a line too long for that at the smallest size takes more, leaving the pacer its minimum,
    and scrolls past that. Guidance (a notice) is shown whole first: the pacer, stopped or
    paused by then, gives up its room for it. The screen flash is drawn over the pacer.
    """

    def __init__(self, shown: tuple[QWidget, ...], caption: CaptionLabel, notice: QLabel) -> None:
        super().__init__()
        self.setObjectName("playerStage")
        self.pacer_area = QWidget(self)
        self.pacer_area.setObjectName("pacerArea")
        row = QHBoxLayout(self.pacer_area)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in shown:
            row.addWidget(widget, 1)
        self.caption = caption
        self.notice = notice
        self.caption_area = CaptionArea(caption, notice)
        self.caption_area.setParent(self)
        self.caption_area.texts.installEventFilter(self)  # guidance shown, hidden or changed
        self.flash = FlashOverlay(self)
        self._text = ""
        self._arranging = False
        # What the caption was last sized for, and the height it then needed: the same line in
        # the same room keeps its size (layout requests come with every second shown).
        self._fitted_for: tuple[object, ...] = ()
        self._need = 0

    def sizeHint(self) -> QSize:
        hint = self.pacer_area.sizeHint()
        return QSize(hint.width(), hint.height() + STAGE_GAP + CAPTION_MIN_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        least = self.pacer_area.minimumSizeHint()
        return QSize(least.width(), least.height() + STAGE_GAP + CAPTION_MIN_HEIGHT)

    def show_caption(self, text: str) -> None:
        """A new line: sized once, here, and not again until the next line or a resize."""
        if text == self._text:
            return
        self._text = text
        self.caption.setText(text)
        self.arrange()
        self.caption_area.verticalScrollBar().setValue(0)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        kind = event.type()
        if kind == QEvent.Type.LayoutRequest:  # the pacer, picture or body map came or went
            self.updateGeometry()
            self.arrange()
        elif kind == QEvent.Type.StyleChange:  # a new theme or text size
            QTimer.singleShot(0, self, self.arrange)
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.arrange)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        if self._arranging:
            return
        self._arranging = True
        try:
            self._arrange()
        finally:
            self._arranging = False

    def _arrange(self) -> None:
        width, height = self.width(), self.height()
        room = height - STAGE_GAP
        extra = 0
        if not self.notice.isHidden():
            extra = self.notice.heightForWidth(width) + CaptionArea.GAP
        pacer_least = self.pacer_area.minimumSizeHint().height()
        if extra:  # guidance first: the pacer may give up its room
            pacer_least = 0
        most = max(0, room - pacer_least)
        share = min(most, round(room * CAPTION_SHARE))
        fit_room = max(share - extra, CAPTION_MIN_HEIGHT)
        caption = self.caption
        key = (caption.text(), width, fit_room, caption.natural_px(), caption.fitted_px())
        if key != self._fitted_for:
            self._need = caption.fit(width, fit_room)
            self._fitted_for = (*key[:-1], caption.fitted_px())
        need = self._need + extra
        text_height = min(most, max(need, CAPTION_MIN_HEIGHT))
        pacer_height = max(0, room - text_height)
        fits = pacer_height >= self.pacer_area.minimumSizeHint().height()
        self.pacer_area.setVisible(fits)
        if not fits:  # no room for it under the guidance
            pacer_height, text_height = 0, height
        self.pacer_area.setGeometry(0, 0, width, pacer_height)
        self.caption_area.setGeometry(0, height - text_height, width, text_height)
        self.flash.setGeometry(self.pacer_area.geometry())


class LabelledRows(QLayout):
    """Rows of a label and its control: in two columns when each control keeps at least its
    minimum width beside the widest label, else each label above its control (large text,
    long words)."""

    def __init__(self, parent: QWidget | None = None, gap: int = 12, row_gap: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = gap
        self._row_gap = row_gap

    def add_row(self, label: QWidget, field: QWidget) -> None:
        self.addWidget(label)
        self.addWidget(field)

    # -- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        fields = max((f.sizeHint().width() for _, f in self._rows()), default=0)
        width = self._label_width() + self._gap + fields + self._margin_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        width = max(self._label_width(), self._field_least()) + self._margin_width()
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- placing --------------------------------------------------------------------------------

    def _rows(self) -> list[tuple[QLayoutItem, QLayoutItem]]:
        return list(zip(self._items[0::2], self._items[1::2], strict=False))

    def _label_width(self) -> int:
        return max((label.sizeHint().width() for label, _ in self._rows()), default=0)

    def _field_least(self) -> int:
        return max((f.minimumSize().width() for _, f in self._rows()), default=0)

    def _margin_width(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def side_by_side(self, width: int) -> bool:
        """Whether rows ``width`` wide (margins included) have the label beside the control."""
        inner = width - self._margin_width()
        return self._label_width() + self._gap + self._field_least() <= inner

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.marginsRemoved(margins)
        beside = self.side_by_side(rect.width())
        label_width = self._label_width()
        y = inner.top()
        rows = self._rows()
        for label, field in rows:
            label_height = label.sizeHint().height()
            field_height = field.sizeHint().height()
            if beside:
                height = max(label_height, field_height)
                field_x = inner.left() + label_width + self._gap
                if move:
                    label.setGeometry(QRect(inner.left(), y, label_width, height))
                    field.setGeometry(QRect(field_x, y, inner.right() + 1 - field_x, height))
                y += height + self._row_gap
            else:
                if move:
                    label.setGeometry(QRect(inner.left(), y, inner.width(), label_height))
                    field.setGeometry(
                        QRect(inner.left(), y + label_height, inner.width(), field_height)
                    )
                y += label_height + field_height + self._row_gap
        used = y - inner.top() - (self._row_gap if rows else 0)
        return used + margins.top() + margins.bottom()


class SideScrollArea(QScrollArea):
    """The player's side column: scrolls up and down when the window is too short for it (and
    keeps the focused control in view); never narrower than the column's widest control."""

    def __init__(self, column: QWidget) -> None:
        super().__init__()
        self.setObjectName("sideScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.setWidget(column)
        self.verticalScrollBar().setAccessibleName(translate("player_view", "Scroll side panel"))

    def sizeHint(self) -> QSize:
        column = self.widget()
        return column.sizeHint() if column is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        column = self.widget()
        if column is None:
            return least
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(column.minimumSizeHint().width() + bar, least.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class StepList(QListWidget):
    """The steps, current one selected and scrolled to; as short as one line when the side
    column is crowded (large text on a small screen)."""

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        # A row wraps to more lines when the list is narrow: as laid out, if it has been.
        tallest = max(
            (
                max(self.sizeHintForRow(row), self.visualItemRect(self.item(row)).height())
                for row in range(self.count())
            ),
            default=self.fontMetrics().lineSpacing(),
        )
        one_step = tallest + 2 * self.frameWidth() + 2 * self.spacing()
        return QSize(least.width(), min(least.height(), one_step))

    def sizeHint(self) -> QSize:
        # As short as it may be: it has the column's spare height anyway (its stretch), and
        # when the column is short (it scrolls) the controls under it come first.
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # wrapped rows are taller when the list is narrower
        current = self.currentItem()
        if current is not None:
            self.scrollToItem(current)


def _button(text: str, name: str, tip: str) -> QPushButton:
    """A player button; its accessible name is the tooltip without the key in brackets."""
    button = PlayerButton(text)
    button.setObjectName(name)
    button.setAccessibleName(tip.split(" (")[0])
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class PlayerView(QWidget):
    """The session screen.

    Signals:
        full_screen_toggled(): F11 or the full-screen button.
        full_screen_left(): Esc.
        presentation_requested(): the "Present" button (show pacer on another screen).
        session_left(): the person wants to go back to the library after the session ended.
    """

    full_screen_toggled = Signal()
    full_screen_left = Signal()
    presentation_requested = Signal()
    session_left = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerView")
        self.controller = controller
        self._step_title = ""
        plan = controller.plan

        self.title = OneLineFirstLabel(plan.title)
        self.title.setObjectName("playerTitle")
        self.engine_label = OneLineFirstLabel("")
        self.engine_label.setObjectName("engineLabel")
        self.engine_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.engine_label.setAccessibleName(translate("player_view", "Sound output"))

        self.picture = MovementPictureWidget()
        self.picture.hide()
        self.pacer: PacerView = PacerWithPicture(self.picture)
        # Muscle groups and body-scan areas: where attention goes now, shaded on the body map.
        self.focus_map = BodyMapWidget()
        self.focus_map.setObjectName("focusMap")
        self.focus_map.set_read_only(True)
        self.focus_map.setAccessibleName(translate("player_view", "Where to place your attention"))
        self.focus_map.hide()
        self.caption = CaptionLabel()
        self.caption.setAccessibleName(translate("player_view", "Caption"))
        # Optional screen flash at each change of breath (Preferences.screen_flash).
        self.flash_clock: Callable[[], float] = time.monotonic
        self._screen_flash = False
        self._reduced_motion = False
        self._last_phase = "none"
        self._last_flash: float | None = None

        self.notice = QLabel("")
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(translate("player_view", "Guidance"))
        self.notice.hide()
        self.stage = Stage((self.pacer, self.picture, self.focus_map), self.caption, self.notice)

        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("elapsedLabel")
        self.elapsed.setAccessibleName(translate("player_view", "Time elapsed"))
        self.remaining = QLabel("")
        self.remaining.setObjectName("remainingLabel")
        self.remaining.setAccessibleName(translate("player_view", "Time remaining"))
        self.pace_label = OneLineFirstLabel("")
        self.pace_label.setObjectName("paceLabel")
        self.pace_label.setAccessibleName(translate("player_view", "Breathing pace"))

        self.steps = StepList()
        self.steps.setObjectName("stepList")
        self.steps.setAccessibleName(translate("player_view", "Steps"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Read, not operated: Left/Right move between steps (and keep Space for pause).
        self.steps.setProperty("displayOnly", True)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for step in controller.cursor.playable_steps:
            item = QListWidgetItem(
                f"{step.title}  ·  {clock((step.end - step.start) / plan.sample_rate)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, step.index)
            self.steps.addItem(item)

        self.previous_button = _button(
            translate("player_view", "‹  Back"),
            "previousButton",
            translate("player_view", "Previous step (Left arrow)"),
        )
        self.pause_button = _button(
            translate("player_view", "Pause"),
            "pauseButton",
            translate("player_view", "Pause or resume (Space)"),
        )
        self.next_button = _button(
            translate("player_view", "Next  ›"),
            "nextButton",
            translate("player_view", "Next step (Right arrow)"),
        )
        self.slower_button = _button(
            translate("player_view", "Slower"),
            "slowerButton",
            translate("player_view", "Slower breathing pace (minus key)"),
        )
        self.faster_button = _button(
            translate("player_view", "Faster"),
            "fasterButton",
            translate("player_view", "Faster breathing pace (plus key)"),
        )
        self.stay_button = _button(
            translate("player_view", "Stay at this pace"),
            "stayButton",
            translate(
                "player_view",
                "Stay at this pace: keep the pace you have reached from the next breath on (P)",
            ),
        )
        # Only a gentle ramp changes pace by itself; elsewhere there is nothing to stay at.
        self.stay_button.setVisible(controller.has_ramp)
        self.stay_button.setEnabled(False)
        self.stop_button = _button(
            translate("player_view", "End session"),
            "stopButton",
            translate("player_view", "End the session"),
        )
        self.dizzy_button = _button(
            translate("player_view", "I feel dizzy"),
            "dizzyButton",
            translate("player_view", "I feel dizzy: stop the pacer and breathe naturally"),
        )
        self.ground_button = _button(
            translate("player_view", "Ground me"),
            "groundButton",
            translate("player_view", "Ground me: stop gently and show grounding guidance"),
        )
        self.present_button = _button(
            translate("player_view", "Present"),
            "presentButton",
            translate("player_view", "Show the pacer full screen on another display"),
        )
        self.full_button = _button(
            translate("player_view", "Full screen"),
            "fullScreenButton",
            translate("player_view", "Full screen (F11)"),
        )
        self.back_button = _button(
            translate("player_view", "Back to routines"),
            "backButton",
            translate("player_view", "Back to the routine library"),
        )
        self.back_button.hide()
        self.stop_rules_button = _button(
            translate("player_view", "Stop rules"),
            "stopRulesButton",
            translate("player_view", "Stop rules: pause and see when to stop moving (S)"),
        )
        self._stop_rules_shown = False
        self.stop_rules_button.setVisible(any(s.kind == "movement" for s in plan.steps))

        self.cue_style = QComboBox()
        self.cue_style.setObjectName("cueStyleCombo")
        self.cue_style.setAccessibleName(translate("player_view", "Cue sound"))
        self.cue_style.setToolTip(translate("player_view", "How breathing cues sound"))
        for label, value in (
            (translate("player_view", "Tones"), "tones"),
            (translate("player_view", "Spoken words"), "spoken"),
            (translate("player_view", "Bells"), "bell"),
            (translate("player_view", "Silent"), "silent"),
        ):
            self.cue_style.addItem(label, value)
        self.cue_style.setCurrentIndex(max(0, self.cue_style.findData(controller.mixer.cue_style)))
        self.volumes: dict[str, QSlider] = {}
        levels = controller.mixer.levels
        # Labels beside their controls, or above them when that is too wide (large text).
        sound = LabelledRows()
        sound.add_row(QLabel(translate("player_view", "Cue sound")), self.cue_style)
        for name, label in (
            ("cues", translate("player_view", "Cue volume")),
            ("voice", translate("player_view", "Voice volume")),
            ("ambient", translate("player_view", "Breath tone")),
        ):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"{name}VolumeSlider")
            slider.setRange(0, 100)
            slider.setValue(round(getattr(levels, name) * 100))
            slider.setAccessibleName(label)
            slider.setToolTip(translate("player_view", "{name}, 0-100%").format(name=label))
            slider.setMinimumHeight(32)
            slider.valueChanged.connect(self._on_volume_changed)
            self.volumes[name] = slider
            sound.add_row(QLabel(label), slider)

        self._layout(sound)
        self._connect()
        self._shortcuts()
        self._on_pace_changed(controller.current_bpm())
        if not controller.plan.phases:  # no paced breathing in this routine: no pace controls
            for widget in (self.slower_button, self.faster_button, self.pace_label):
                widget.hide()

    def _layout(self, sound: LabelledRows) -> None:
        # The sound output beside the title, or under it when both do not fit on one line.
        header = TwoGroupRow((self.title,), (self.engine_label,), spacing=12)

        centre = QVBoxLayout()
        centre.addWidget(self.stage, 1)
        times = QHBoxLayout()
        times.addWidget(self.elapsed)
        times.addStretch(1)
        # "Stay at this pace" beside the pace it keeps (under it when there is no room); shown
        # only for a gentle ramp.
        times.addLayout(TwoGroupRow((self.pace_label,), (self.stay_button,), spacing=12))
        times.addStretch(1)
        times.addWidget(self.remaining)
        centre.addLayout(times)

        side_column = QWidget()
        side_column.setObjectName("playerSide")
        side = QVBoxLayout(side_column)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(8)
        side.addWidget(self.steps, 1)
        panel = QFrame()
        panel.setObjectName("soundPanel")
        sound.setContentsMargins(0, 0, 0, 0)  # the side column's own spacing is enough
        panel.setLayout(sound)
        side.addWidget(panel)
        side.addWidget(self.present_button)
        side.addWidget(self.full_button)
        # Large text on a short screen: the side column scrolls rather than squeeze its controls.
        self.side_scroll = SideScrollArea(side_column)

        body = QHBoxLayout()
        body.addLayout(centre, 3)
        body.addWidget(self.side_scroll, 1)

        # Transport on the left, the ways to stop on the right; a second row when the words
        # (longer in some languages, or at a large text size) do not fit on one.
        controls = TwoGroupRow(
            self._transport_buttons(),
            (
                self.stop_rules_button,
                self.dizzy_button,
                self.ground_button,
                self.stop_button,
                self.back_button,
            ),
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.setSpacing(12)
        outer.addLayout(header)
        outer.addLayout(body, 1)
        outer.addLayout(controls)

    def _connect(self) -> None:
        c = self.controller
        c.pacer_changed.connect(self._on_pacer_changed)
        c.moment_changed.connect(self._on_moment_changed)
        c.step_changed.connect(self._on_step_changed)
        c.paused_changed.connect(self._on_paused_changed)
        c.pace_changed.connect(self._on_pace_changed)
        c.ramp_frozen.connect(self._on_ramp_frozen)
        c.status_changed.connect(self._on_status_changed)
        c.notice_shown.connect(self._on_notice_shown)
        c.finished.connect(self._on_finished)
        self.previous_button.clicked.connect(c.previous_step)
        self.pause_button.clicked.connect(c.toggle_pause)
        self.next_button.clicked.connect(c.next_step)
        self.slower_button.clicked.connect(c.slower)
        self.faster_button.clicked.connect(c.faster)
        self.stay_button.clicked.connect(self.stay_at_this_pace)
        self.stop_button.clicked.connect(lambda: c.stop("ended by the person"))
        self.dizzy_button.clicked.connect(c.feel_dizzy)
        self.ground_button.clicked.connect(c.ground_me)
        self.present_button.clicked.connect(self.presentation_requested)
        self.full_button.clicked.connect(self.full_screen_toggled)
        self.back_button.clicked.connect(self.session_left)
        self.stop_rules_button.clicked.connect(self.show_stop_rules)
        self.cue_style.currentIndexChanged.connect(
            lambda _i: c.set_cue_style(self.cue_style.currentData())
        )

    def _shortcuts(self) -> None:
        c = self.controller
        keys = (
            (Qt.Key.Key_Space, self._on_space),
            (Qt.Key.Key_Left, c.previous_step),
            (Qt.Key.Key_Right, c.next_step),
            (Qt.Key.Key_Plus, c.faster),
            (Qt.Key.Key_Equal, c.faster),
            (Qt.Key.Key_Minus, c.slower),
            (Qt.Key.Key_S, self.show_stop_rules),
            (Qt.Key.Key_P, self.stay_at_this_pace),
            (Qt.Key.Key_F11, self.full_screen_toggled.emit),
            (Qt.Key.Key_Escape, self.full_screen_left.emit),
        )
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    def _on_space(self) -> None:
        """Space pauses and resumes, except on a focused button, which it presses as usual."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.pause_button:
            focused.click()
        else:
            self.controller.toggle_pause()

    # -- controller -> view ---------------------------------------------------------------

    def _on_pacer_changed(self, state: PacerState) -> None:
        self.pacer.set_state(state)
        if state.phase != self._last_phase:  # a change of breath: where the cue sounds
            self._last_phase = state.phase
            self._on_breath_cue(state.phase)
        if not self.picture.isHidden():  # counts change faster than captions may
            c = self.controller
            self.picture.set_count(c.plan.count_at(c.position()))

    def _on_moment_changed(self, moment: Moment) -> None:
        self.stage.show_caption(moment.caption)
        # Outside breathing the pacer names the step, so the centre of the screen stays useful.
        step = moment.step
        # Spoken guidance is already in the caption; other steps are named in the centre.
        self._step_title = step.title if step and step.kind != "narration" else ""
        if not self.controller.paused and not self.controller.ended:
            self.pacer.set_idle_text(self._step_title)
        show_picture_for(self.picture, self.pacer, self.controller.plan, moment)
        self._show_focus(step)
        self.elapsed.setText(clock(moment.elapsed_s))
        self.remaining.setText(
            translate("player_view", "{time} left").format(time=clock(moment.remaining_s))
        )
        c = self.controller
        if c.has_ramp and not c.ended:  # the pace moves by itself: show where it has got to
            self._on_pace_changed(c.upcoming_bpm())
            self.stay_button.setEnabled(c.ramp_under_way())

    def _show_focus(self, step: PlanStep | None) -> None:
        """For a muscle group or body-scan area, the body map with those regions shaded takes
        the pacer's place (the picture, for movement, has its own)."""
        focus = step is not None and step.kind in FOCUS_KINDS and bool(step.regions)
        if step is not None and focus and self.picture.isHidden():
            self.focus_map.set_highlighted(step.regions)
            self.focus_map.setAccessibleDescription(
                translate("player_view", "{step}: shaded on the body map").format(step=step.title)
            )
            self.focus_map.show()
            self.pacer.hide()
            return
        if not self.focus_map.isHidden():
            self.focus_map.hide()
            if self.picture.isHidden():
                self.pacer.show()

    def stay_at_this_pace(self) -> None:
        """Keep a gentle ramp at the pace it has reached (P); nothing when no ramp is under way."""
        if not self.stay_button.isHidden():
            self.controller.stay_at_this_pace()

    def show_stop_rules(self) -> None:
        """Pause, and show when to stop moving (the routine's safety notes)."""
        c = self.controller
        if c.ended or self.stop_rules_button.isHidden():
            return
        if not c.paused:
            c.toggle_pause()
        self.notice.setText(stop_rules_text(c.setup.routine.safety.notes))
        self.notice.show()
        self._stop_rules_shown = True

    def _on_step_changed(self, index: int) -> None:
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == index:
                self.steps.setCurrentRow(row)
                return
        self.steps.clearSelection()

    def _on_paused_changed(self, paused: bool) -> None:
        self.pause_button.setText(
            translate("player_view", "Resume") if paused else translate("player_view", "Pause")
        )
        self.pacer.set_idle_text(translate("player_view", "Paused") if paused else self._step_title)
        if not paused and self._stop_rules_shown:
            self._stop_rules_shown = False
            self.notice.hide()

    def _on_pace_changed(self, bpm: float) -> None:
        if not bpm:
            self.pace_label.setText("")
        elif self.controller.ramp_frozen_at is not None:
            text = translate("player_view", "Staying at {bpm} breaths a minute")
            self.pace_label.setText(text.format(bpm=decimal(bpm, 1)))
        else:
            text = translate("player_view", "{bpm} breaths a minute")
            self.pace_label.setText(text.format(bpm=decimal(bpm, 1)))

    def _on_ramp_frozen(self, bpm: float) -> None:
        had_focus = self.stay_button.hasFocus()
        self.stay_button.hide()  # staying is done; Slower and Faster still change it
        if had_focus:
            self.pause_button.setFocus()
        self._on_pace_changed(bpm)

    def _on_status_changed(self, kind: str, detail: str) -> None:
        if kind in ("device-lost", "error", "underflow"):
            self.notice.setText(detail)
            self.notice.show()
        elif kind == "recovered":
            self.notice.setText(detail)
            self.notice.show()
            QTimer.singleShot(4000, self._hide_sound_notice)
        elif kind == "playing" and self.notice.text() and not self.controller.paused:
            self.notice.hide()

    def _hide_sound_notice(self) -> None:
        if not self.controller.device_lost and not self.controller.paused:
            self.notice.hide()

    def _on_notice_shown(self, _kind: str, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _transport_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.previous_button,
            self.pause_button,
            self.next_button,
            self.slower_button,
            self.faster_button,
        )

    def _on_finished(self, outcome: str) -> None:
        for button in (
            *self._transport_buttons(),
            self.stay_button,
            self.dizzy_button,
            self.stop_button,
            self.stop_rules_button,
        ):
            button.hide()  # the session is over: only the way back remains
        self.picture.hide()
        self.focus_map.hide()
        self.pacer.show()
        self.pacer.set_state(PacerState("none", 0.0, 0.0, 0.0))
        self.pacer.set_idle_text(
            translate("player_view", "Well done")
            if outcome == "completed"
            else translate("player_view", "Session ended")
        )
        self.stage.show_caption(translate("player_view", "Take a moment before you move on."))
        self.back_button.show()
        self.back_button.setFocus()

    def _on_volume_changed(self, _value: int) -> None:
        self.controller.set_levels(Levels(**{k: s.value() / 100 for k, s in self.volumes.items()}))

    def set_reduced_motion(self, on: bool) -> None:
        """Still pictures and a stepwise pacer instead of motion (and a still screen flash)."""
        self.pacer.set_reduced_motion(on)
        if on != self._reduced_motion:
            self._reduced_motion = on
            self.stage.flash.stop()
            self._show_still_flash()

    def set_screen_flash(self, on: bool) -> None:
        """Show each change of breath on screen too (for people who cannot hear the cues): a
        soft glow over the pacer, or with reduced motion a still change of its border."""
        if on == self._screen_flash:
            return  # applied again with every other setting changed: nothing to redo
        self._screen_flash = on
        self.stage.flash.stop()
        self._show_still_flash()

    def _show_still_flash(self) -> None:
        """With reduced motion, the border of the breath under way (if the flash is chosen)."""
        if self._screen_flash and self._reduced_motion and self._last_phase != "none":
            self.stage.flash.set_border(PHASE_COLOURS[self._last_phase])

    @property
    def screen_flash(self) -> bool:
        return self._screen_flash

    def _on_breath_cue(self, phase: str) -> None:
        """A pulse at most once a second, never a flicker; a still border with reduced motion."""
        flash = self.stage.flash
        if not self._screen_flash:
            return
        if self._reduced_motion:
            flash.set_border(PHASE_COLOURS[phase] if phase != "none" else None)
            return
        if phase == "none":
            return
        now = self.flash_clock()
        if self._last_flash is not None and now - self._last_flash < FLASH_MIN_INTERVAL_S:
            return
        self._last_flash = now
        flash.pulse()

    def set_engine_name(self, name: str) -> None:
        if name == "null":
            text = translate("player_view", "Silent: captions only (no sound device)")
        else:
            text = translate("player_view", "Sound: {engine}").format(engine=name)
        self.engine_label.setText(text)


class TwoGroupRow(QLayout):
    """Two groups of widgets on one row, the first at the left and the second at the right,
    each widget as wide as its words; when the row is too narrow for both, the second group
    goes on a row of its own (still at the right). Hidden widgets take no room.

    Never narrower than its wider group, so no button is squeezed below its text.
    """

    def __init__(
        self,
        left: tuple[QWidget, ...],
        right: tuple[QWidget, ...],
        parent: QWidget | None = None,
        spacing: int = 6,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._left_count = len(left)
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)
        for widget in (*left, *right):
            self.addWidget(widget)

    # -- QLayout --------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if index < self._left_count:
            self._left_count -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = 1 if self._fits(width) else 2
        height = self._row_height()
        return rows * height + (rows - 1) * self._gap

    def sizeHint(self) -> QSize:
        left, right = self._group_widths()
        gap = self._gap * 4 if left and right else 0  # some air between the groups
        return QSize(left + right + gap, self._row_height())

    def minimumSize(self) -> QSize:
        return QSize(max(self._group_widths()), self._row_height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        left, right = self._groups()
        one_row = self._fits(rect.width())
        self._place(left, QPoint(rect.left(), rect.top()))
        top = rect.top() if one_row else rect.top() + self._row_height() + self._gap
        self._place(right, QPoint(rect.right() + 1 - self._width(right), top))

    # -- placing --------------------------------------------------------------------------------

    def _groups(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        def shown(items: list[QLayoutItem]) -> list[QLayoutItem]:
            return [i for i in items if (w := i.widget()) is None or not w.isHidden()]

        return shown(self._items[: self._left_count]), shown(self._items[self._left_count :])

    def _width(self, items: list[QLayoutItem]) -> int:
        return sum(i.sizeHint().width() for i in items) + self._gap * max(0, len(items) - 1)

    def _group_widths(self) -> tuple[int, int]:
        left, right = self._groups()
        return self._width(left), self._width(right)

    def _row_height(self) -> int:
        return max((i.sizeHint().height() for i in self._items), default=0)

    def _fits(self, width: int) -> bool:
        return self.sizeHint().width() <= width

    def _place(self, items: list[QLayoutItem], at: QPoint) -> None:
        x = at.x()
        for item in items:
            hint = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, at.y()), QSize(hint.width(), self._row_height())))
            x += hint.width() + self._gap
