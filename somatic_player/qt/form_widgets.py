"""Small form building blocks shared by dialogs: a combo box that fits its longest choice, a check
box that is easy to hit, rows of 0-10 score buttons, and label-and-control rows in a group box."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from somatic_player.qt.crisis_dialog import MIN_TARGET_PX

SCORE_BUTTON_PX = MIN_TARGET_PX + 6  # a 0-10 button, before the theme's border
# Sizes only, no colours: whatever padding and minimum height the theme gives push buttons in
# general, "10" must fit and each target must stay comfortably over 44 px.
SCORE_BUTTONS_SHEET = (
    f"QPushButton#ratingButton {{ padding: 0px; min-width: {SCORE_BUTTON_PX}px;"
    f" min-height: {SCORE_BUTTON_PX}px; }}"
)


class WideComboBox(QComboBox):
    """A combo box as wide as its longest choice, at any text size.

    (``AdjustToContents`` grows the box but, under a style sheet, paints it at its old size.)

    With ``shrinks`` it may be narrower than that where the room is not there (very large text
    and a long translation in a narrow pane): the box then shows the start of the choice and the
    list it opens still shows every choice whole. Without, that width is its minimum.
    """

    SHRINK_CHARACTERS = 16  # a shrinking box still shows this many characters of its choice

    def __init__(self, parent: QWidget | None = None, *, shrinks: bool = False) -> None:
        super().__init__(parent)
        # A styled delegate lets the themes give pop-up rows a comfortable height.
        self.setItemDelegate(QStyledItemDelegate(self))
        self._shrinks = shrinks
        self._preferred = 0

    def full_width(self) -> int:
        """The width that shows the longest choice whole."""
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        # Room for the padding and the drop-down arrow, which the themes size in em.
        return max(super().minimumSizeHint().width(), longest + 4 * metrics.height())

    def set_preferred_width(self, width: int) -> None:
        """Ask for at least ``width`` where there is room (boxes in a column, one width)."""
        self._preferred = width
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        full = self.full_width()
        if self._shrinks:
            metrics = self.fontMetrics()
            least = self.SHRINK_CHARACTERS * metrics.averageCharWidth() + 4 * metrics.height()
            # (Qt's own minimum is the whole current choice once shown: not what is wanted here.)
            return QSize(min(full, least), hint.height())
        return QSize(full, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.full_width(), self._preferred), hint.height())

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.full_width())  # every choice whole, however narrow
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._shrinks or self.width() >= self.full_width():
            super().paintEvent(event)
            return
        # QComboBox's own painting, with the choice cut short by "…" rather than mid-letter.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class BigCheckBox(QCheckBox):
    """A check box at least 44 px tall whose whole row, label and margins included, toggles it;
    its words wrap onto more lines when it is narrower than they need on one (large text).

    The themes draw it (box, tick and focus ring); a plain QCheckBox only reacts to clicks on
    the box and the text's own line, and never wraps.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # Narrower than its words on one line (they wrap), never narrower than its longest word.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _size_for(self, text: str) -> QSize:
        """The box's size showing ``text`` (lines broken with newlines)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        flags = Qt.TextFlag.TextShowMnemonic.value
        words = self.style().itemTextRect(self.fontMetrics(), QRect(), flags, False, text)
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_CheckBox, option, words.size(), self
        )
        return size.expandedTo(QSize(MIN_TARGET_PX, MIN_TARGET_PX))

    def wrapped_text(self, width: int) -> str:
        """The text broken into lines that fit a box ``width`` wide (a word never breaks)."""
        text = self.text()
        room = width - self._size_for("").width()
        metrics = self.fontMetrics()
        flags = Qt.TextFlag.TextShowMnemonic.value
        lines: list[str] = []
        line = ""
        for word in text.split():
            trial = f"{line} {word}" if line else word
            if line and metrics.size(flags, trial).width() > room:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        return self._size_for(self.text())

    def minimumSizeHint(self) -> QSize:
        flags = Qt.TextFlag.TextShowMnemonic.value
        metrics = self.fontMetrics()
        longest = max(self.text().split(), key=lambda w: metrics.size(flags, w).width(), default="")
        return QSize(self._size_for(longest).width(), self._size_for(self.text()).height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self.wrapped_text(width)).height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.wrapped_text(self.width())
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


def move_tab_stop(buttons: Sequence[QAbstractButton], index: int) -> None:
    """Make ``buttons[index]`` the group's one Tab stop (arrows move within the group); focus
    that was in the group moves along to it."""
    had_focus = bool(buttons) and buttons[0].window().focusWidget() in buttons
    for n, button in enumerate(buttons):
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if n == index else Qt.FocusPolicy.NoFocus)
    if had_focus:
        buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)


class FormRows:
    """Label-and-control rows in a group box, labels centred on their control."""

    def __init__(self, group: QGroupBox) -> None:
        self._grid = QGridLayout(group)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self._count = 0

    def add(self, label: QLabel, field: QWidget) -> None:
        centre = Qt.AlignmentFlag.AlignVCenter
        self._grid.addWidget(label, self._count, 0, centre | Qt.AlignmentFlag.AlignLeft)
        self._grid.addWidget(field, self._count, 1)
        self._count += 1

    def add_wide(self, widget: QWidget) -> None:
        self._grid.addWidget(widget, self._count, 0, 1, 2)
        self._count += 1
