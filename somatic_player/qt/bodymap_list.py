"""The body map as a list: all 74 areas grouped by body part, for the keyboard or a screen reader.

Everything the figure can do, the list can too: number keys rate the current area ("1" then "0"
for 10), Delete clears it, W marks it worst. The list only asks; the editor changes the ratings
and shows them back with :meth:`RegionList.show_ratings`. Its colours, selection, header and
focus border come from the theme's ``QTreeView`` rules.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from somatic_player.core.bodymap import REGIONS
from somatic_player.core.checkin import BodyMapRatings
from somatic_player.qt.bodymap_input import TenKey, area_command, area_name, quality_order
from somatic_player.qt.crisis_dialog import MIN_TARGET_PX

# Body parts top to bottom; a part the core adds later is listed after these.
_PART_ORDER = (
    "head", "face", "neck", "shoulder", "chest", "upper-back", "mid-back", "upper-abdomen",
    "lower-back", "lower-abdomen", "hip", "buttock", "upper-arm", "elbow", "forearm", "wrist",
    "hand", "thigh", "knee", "shin", "calf", "ankle", "foot",
)  # fmt: skip
CODE_ROLE = Qt.ItemDataRole.UserRole


class _TallRows(QStyledItemDelegate):
    """Rows tall enough to hit comfortably."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index).expandedTo(QSize(0, MIN_TARGET_PX - 4))


def _part_rank(part: str) -> tuple[int, str]:
    return (_PART_ORDER.index(part) if part in _PART_ORDER else len(_PART_ORDER), part)


class RegionList(QTreeWidget):
    """All 74 areas grouped by body part, with their rating, qualities and worst mark.

    Number keys rate the current area ("1" then "0" for 10), Delete clears it, W marks it worst.

    Signals:
        region_chosen(int): the current row is this area (0: a group row).
        rating_typed(int, int): code and rating typed on an area row.
        clear_requested(int): Delete or Backspace on an area row.
        worst_requested(int): W on an area row.
    """

    region_chosen = Signal(int)
    rating_typed = Signal(int, int)
    clear_requested = Signal(int)
    worst_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMapList")
        self.setAccessibleName("All body areas")
        self.setAccessibleDescription(
            "Grouped by body part. Number keys rate the area, 1 then 0 for 10; Delete clears "
            "it; W marks the worst area."
        )
        self.setToolTip("Choose an area; number keys rate it, Delete clears it, W marks worst")
        self.setColumnCount(4)
        self.setHeaderLabels(["Area", "Rating", "Qualities", "Worst"])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setItemDelegate(_TallRows(self))
        self.setAlternatingRowColors(False)
        self.ten_key = TenKey()
        self.items: dict[int, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for part in sorted({r.part for r in REGIONS.values()}, key=_part_rank):
            group = QTreeWidgetItem(self, [part.replace("-", " ").capitalize()])
            group.setData(0, CODE_ROLE, 0)
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            for code in sorted(c for c, r in REGIONS.items() if r.part == part):
                item = QTreeWidgetItem(group, [area_name(code), "", "", ""])
                item.setData(0, CODE_ROLE, code)
                self.items[code] = item
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((fit, fit, QHeaderView.ResizeMode.Stretch, fit)):
            header.setSectionResizeMode(column, mode)
        self.currentItemChanged.connect(self._on_self_current_item_changed)

    def show_ratings(self, ratings: BodyMapRatings) -> None:
        for code, item in self.items.items():
            rated = ratings.regions.get(code)
            item.setText(1, "–" if rated is None else str(rated.rating))
            item.setText(2, "" if rated is None else ", ".join(quality_order(rated.qualities)))
            item.setText(3, "★ worst" if rated is not None and rated.worst else "")
            words = "not rated" if rated is None else f"rated {rated.rating} of 10"
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, words)

    def set_current_code(self, code: int | None) -> None:
        item = self.items.get(code) if code else None
        if item is not None and item is not self.currentItem():
            self.setCurrentItem(item)
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_code(self) -> int:
        item = self.currentItem()
        return int(item.data(0, CODE_ROLE) or 0) if item is not None else 0

    def _on_self_current_item_changed(self, current: QTreeWidgetItem | None, _old: object) -> None:
        self.ten_key.reset()
        self.region_chosen.emit(int(current.data(0, CODE_ROLE) or 0) if current else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        code = self.current_code()
        command = area_command(event) if code else None
        if command is None:
            super().keyPressEvent(event)
            return
        if isinstance(command, int):
            self.rating_typed.emit(code, self.ten_key.press(command, code))
            return  # a "1" waits for a "0"
        if command == "clear":
            self.clear_requested.emit(code)
        else:
            self.worst_requested.emit(code)
        self.ten_key.reset()
