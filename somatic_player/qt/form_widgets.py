"""Small form building blocks shared by dialogs: a combo box that fits its longest choice and
label-and-control rows in a group box."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QStyledItemDelegate,
    QWidget,
)


class WideComboBox(QComboBox):
    """A combo box at least as wide as its longest choice, at any text size.

    (``AdjustToContents`` grows the box but, under a style sheet, paints it at its old size.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A styled delegate lets the themes give pop-up rows a comfortable height.
        self.setItemDelegate(QStyledItemDelegate(self))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        # Room for the padding and the drop-down arrow, which the themes size in em.
        return QSize(max(hint.width(), longest + 4 * metrics.height()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())


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
