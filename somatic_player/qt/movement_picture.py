"""The picture of a movement step: the exercise's figure for the current count, and the count.

Pictures are SVGs drawn by ``tools/make_movement_figures.py`` into
``ui/movement/<exercise>/<position>-<frame>.svg``, with a ``<position>-still.svg`` that shows
the whole movement at once. During the counted repetitions the widget shows the frame of the
count being heard (stepwise, no smooth motion); before and after them, and always with reduced
motion, it shows the still. Under the picture: the repetition ("2 of 4, right side") and one dot
per count, filled up to the count now, so a glance says where the person is.

The card is always light, whatever the theme, because the figures are drawn dark on light.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from somatic_player.core.movement import stop_rules_for
from somatic_player.core.plan import CountMark, Plan
from somatic_player.core.session import Moment
from somatic_player.i18n import translate
from somatic_player.qt.pacer_view import PacerView
from somatic_player.resources import ui_dir

CARD = QColor("#f6f3ee")
CARD_EDGE = QColor("#d8cfc0")
TEXT = QColor("#24303f")  # 12:1 on the card
DOT = QColor("#1d7f6a")
PICTURE_RATIO = 4 / 3  # the SVGs are 400 x 300
MAX_FRAMES = 8


def pictures_dir() -> Path:
    return ui_dir() / "movement"


def picture_files(exercise: str, position: str) -> tuple[list[Path], Path | None]:
    """(frames in order, still) of one exercise variant; empty when it has no pictures."""
    folder = pictures_dir() / exercise
    frames: list[Path] = []
    for i in range(MAX_FRAMES):
        path = folder / f"{position}-{i}.svg"
        if not path.is_file():
            break
        frames.append(path)
    still = folder / f"{position}-still.svg"
    return frames, still if still.is_file() else None


def count_words(mark: CountMark) -> str:
    """``"Repetition 2 of 4, right side"``."""
    if mark.side == "right":
        text = translate("movement_picture", "Repetition {rep} of {reps}, right side")
    elif mark.side == "left":
        text = translate("movement_picture", "Repetition {rep} of {reps}, left side")
    elif mark.side:
        text = translate("movement_picture", "Repetition {rep} of {reps}, {side} side")
    else:
        text = translate("movement_picture", "Repetition {rep} of {reps}")
    return text.format(rep=mark.rep, reps=mark.reps, side=mark.side)


class MovementPictureWidget(QWidget):
    """Shows one exercise variant, frame by frame with the counts.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movementPicture")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 240)
        self.setAccessibleName(translate("movement_picture", "Movement picture"))
        self._key: tuple[str, str] | None = None
        self._frames: list[QSvgRenderer] = []
        self._still: QSvgRenderer | None = None
        self._mark: CountMark | None = None
        self._reduced_motion = False
        self._title = ""
        self._text_scale = 1.0

    # -- state ----------------------------------------------------------------------------------

    def show_exercise(self, exercise: str, position: str, title: str = "") -> None:
        """Load the pictures of ``exercise`` done ``position`` (cached while it stays the same)."""
        if title != self._title:
            self._title = title
            self.update()
        if self._key == (exercise, position):
            return
        self._key = (exercise, position)
        self._mark = None
        frames, still = picture_files(exercise, position)
        self._frames = [QSvgRenderer(str(p), self) for p in frames]
        self._still = QSvgRenderer(str(still), self) if still is not None else None
        self._describe()
        self.update()

    @property
    def has_pictures(self) -> bool:
        return bool(self._frames) or self._still is not None

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced_motion = on
        self._describe()
        self.update()

    def set_text_scale(self, scale: float) -> None:
        """Bigger words for a far screen (presentation)."""
        self._text_scale = scale
        self.update()

    def set_count(self, mark: CountMark | None) -> None:
        """The count being heard now (None: before or after the repetitions)."""
        if mark == self._mark:
            return
        self._mark = mark
        self._describe()
        self.update()

    def frame_shown(self) -> int | None:
        """The frame on screen (None: the still)."""
        mark = self._mark
        if self._reduced_motion or mark is None or not self._frames:
            return None
        return min(mark.frame, len(self._frames) - 1)

    def count_text(self) -> str:
        return count_words(self._mark) if self._mark is not None else ""

    def _describe(self) -> None:
        """What a screen reader says: which picture, and the repetition."""
        what = self._title or translate("movement_picture", "Movement")
        frame = self.frame_shown()
        shown = (
            translate("movement_picture", "the whole movement")
            if frame is None
            else translate("movement_picture", "picture {number}").format(number=frame + 1)
        )
        count = self.count_text()
        self.setAccessibleDescription(f"{what}: {shown}" + (f". {count}" if count else ""))

    def sizeHint(self) -> QSize:
        return QSize(520, 460)

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.setPen(QPen(CARD_EDGE, 2))
        painter.setBrush(CARD)
        painter.drawRoundedRect(rect, 18, 18)
        inner = rect.adjusted(16, 12, -16, -12)
        font = QFont(self.font())
        size = max(15, int(min(inner.width(), inner.height()) * 0.05 * self._text_scale))
        font.setPixelSize(size)
        font.setWeight(QFont.Weight.DemiBold)
        line = size * 1.5
        title_rect = QRectF(inner.left(), inner.top(), inner.width(), line if self._title else 0)
        foot = line * 2.1 if self._mark is not None else 0.0
        picture_area = QRectF(
            inner.left(),
            title_rect.bottom() + 4,
            inner.width(),
            inner.height() - title_rect.height() - foot - 8,
        )
        painter.setClipRect(picture_area)
        renderer = self._renderer()
        if renderer is not None and renderer.isValid():
            renderer.render(painter, _fit(picture_area, PICTURE_RATIO))
        painter.setClipping(False)
        painter.setPen(TEXT)
        painter.setFont(font)
        if self._title:
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignCenter, self._title)
        if self._mark is not None:
            words = QRectF(inner.left(), inner.bottom() - foot, inner.width(), line)
            small = QFont(font)
            small.setWeight(QFont.Weight.Normal)
            painter.setFont(small)
            painter.drawText(words, Qt.AlignmentFlag.AlignCenter, self.count_text())
            self._paint_dots(painter, QRectF(inner.left(), words.bottom(), inner.width(), line))
        painter.end()

    def _renderer(self) -> QSvgRenderer | None:
        frame = self.frame_shown()
        if frame is None:
            return self._still or (self._frames[0] if self._frames else None)
        return self._frames[frame]

    def _paint_dots(self, painter: QPainter, area: QRectF) -> None:
        """One dot per count of the repetition; counts reached are filled."""
        mark = self._mark
        if mark is None or mark.counts <= 1:
            return
        radius = min(area.height() * 0.28, 10.0)
        gap = radius * 3.2
        left = area.center().x() - gap * (mark.counts - 1) / 2
        painter.setPen(QPen(DOT, 2))
        for i in range(mark.counts):
            painter.setBrush(DOT if i < mark.count else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(
                QRectF(left + i * gap - radius, area.center().y() - radius, 2 * radius, 2 * radius)
            )


def _fit(area: QRectF, ratio: float) -> QRectF:
    """The largest rectangle of ``ratio`` (width / height) centred in ``area``."""
    width = min(area.width(), area.height() * ratio)
    height = width / ratio
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)


class PacerWithPicture(PacerView):
    """The pacer, with a movement picture following its reduced-motion setting (the app sets
    that setting on the pacer).

    Signals: none.
    """

    def __init__(self, follower: MovementPictureWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follower = follower

    def set_reduced_motion(self, on: bool) -> None:
        super().set_reduced_motion(on)
        self._follower.set_reduced_motion(on)


def show_picture_for(
    picture: MovementPictureWidget, pacer: QWidget, plan: Plan, moment: Moment
) -> None:
    """Put the exercise's picture in the pacer's place during a movement step that has one."""
    step = moment.step
    if step is not None and step.kind == "movement" and step.exercise and step.position:
        picture.show_exercise(step.exercise, step.position, step.title)
        if picture.has_pictures:
            picture.set_count(plan.count_at(moment.sample))
            picture.show()
            pacer.hide()
            return
    picture.hide()
    pacer.show()


def stop_rules_text(notes: tuple[str, ...]) -> str:
    """The words the "Stop rules" control shows (the session is paused by then)."""
    lines = "\n".join(f"•  {note}" for note in stop_rules_for(tuple(notes)))
    heading = translate("movement_picture", "Stop rules (paused)")
    after = translate("movement_picture", "Resume when you feel ready, or end the session here.")
    return f"{heading}\n{lines}\n{after}"
