"""The body map as a list: all 74 areas grouped by body part, for the keyboard or a screen reader.

Everything the figure can do, the list can too: number keys rate the current area ("1" then "0"
for 10), Delete clears it, W marks it worst. The list only asks; the editor changes the ratings
and shows them back with :meth:`RegionList.show_ratings`. Its colours, selection, header and
focus border come from the theme's ``QTreeView`` rules.

The core's region names, body parts and pain qualities are English words without Qt; they are
marked here and translated where they are shown (:func:`area_words`, :func:`area_label`,
:func:`part_name`, :func:`quality_word`), for the list, the area panel and the change view.
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

from somatic_player.core.bodymap import REGIONS, describe
from somatic_player.core.checkin import BodyMapRatings
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_input import TenKey, area_command, quality_order
from somatic_player.qt.crisis_dialog import MIN_TARGET_PX

# Body parts top to bottom; a part the core adds later is listed after these.
_PART_ORDER = (
    "head", "face", "neck", "shoulder", "chest", "upper-back", "mid-back", "upper-abdomen",
    "lower-back", "lower-abdomen", "hip", "buttock", "upper-arm", "elbow", "forearm", "wrist",
    "hand", "thigh", "knee", "shin", "calf", "ankle", "foot",
)  # fmt: skip
CODE_ROLE = Qt.ItemDataRole.UserRole

# Each region's side and name as core.bodymap describes it (the person's own side).
_AREA_WORDS: dict[int, str] = {
    101: QT_TRANSLATE_NOOP("bodymap_list", "right upper head"),
    102: QT_TRANSLATE_NOOP("bodymap_list", "left upper head"),
    103: QT_TRANSLATE_NOOP("bodymap_list", "right face"),
    104: QT_TRANSLATE_NOOP("bodymap_list", "left face"),
    105: QT_TRANSLATE_NOOP("bodymap_list", "right front of neck"),
    106: QT_TRANSLATE_NOOP("bodymap_list", "left front of neck"),
    107: QT_TRANSLATE_NOOP("bodymap_list", "right front of shoulder"),
    108: QT_TRANSLATE_NOOP("bodymap_list", "right chest"),
    109: QT_TRANSLATE_NOOP("bodymap_list", "left chest"),
    110: QT_TRANSLATE_NOOP("bodymap_list", "left front of shoulder"),
    111: QT_TRANSLATE_NOOP("bodymap_list", "right upper arm"),
    112: QT_TRANSLATE_NOOP("bodymap_list", "left upper arm"),
    113: QT_TRANSLATE_NOOP("bodymap_list", "right elbow"),
    114: QT_TRANSLATE_NOOP("bodymap_list", "left elbow"),
    115: QT_TRANSLATE_NOOP("bodymap_list", "right forearm"),
    116: QT_TRANSLATE_NOOP("bodymap_list", "right upper abdomen"),
    117: QT_TRANSLATE_NOOP("bodymap_list", "left upper abdomen"),
    118: QT_TRANSLATE_NOOP("bodymap_list", "left forearm"),
    119: QT_TRANSLATE_NOOP("bodymap_list", "right wrist"),
    120: QT_TRANSLATE_NOOP("bodymap_list", "right hip"),
    121: QT_TRANSLATE_NOOP("bodymap_list", "right lower abdomen and groin"),
    122: QT_TRANSLATE_NOOP("bodymap_list", "left lower abdomen and groin"),
    123: QT_TRANSLATE_NOOP("bodymap_list", "left hip"),
    124: QT_TRANSLATE_NOOP("bodymap_list", "left wrist"),
    125: QT_TRANSLATE_NOOP("bodymap_list", "right hand"),
    126: QT_TRANSLATE_NOOP("bodymap_list", "right thigh"),
    127: QT_TRANSLATE_NOOP("bodymap_list", "left thigh"),
    128: QT_TRANSLATE_NOOP("bodymap_list", "left hand"),
    129: QT_TRANSLATE_NOOP("bodymap_list", "right knee"),
    130: QT_TRANSLATE_NOOP("bodymap_list", "left knee"),
    131: QT_TRANSLATE_NOOP("bodymap_list", "right shin"),
    132: QT_TRANSLATE_NOOP("bodymap_list", "left shin"),
    133: QT_TRANSLATE_NOOP("bodymap_list", "right ankle"),
    134: QT_TRANSLATE_NOOP("bodymap_list", "left ankle"),
    135: QT_TRANSLATE_NOOP("bodymap_list", "right foot"),
    136: QT_TRANSLATE_NOOP("bodymap_list", "left foot"),
    201: QT_TRANSLATE_NOOP("bodymap_list", "left upper back of head"),
    202: QT_TRANSLATE_NOOP("bodymap_list", "right upper back of head"),
    203: QT_TRANSLATE_NOOP("bodymap_list", "left lower back of head"),
    204: QT_TRANSLATE_NOOP("bodymap_list", "right lower back of head"),
    205: QT_TRANSLATE_NOOP("bodymap_list", "left back of neck"),
    206: QT_TRANSLATE_NOOP("bodymap_list", "right back of neck"),
    207: QT_TRANSLATE_NOOP("bodymap_list", "left back of shoulder"),
    208: QT_TRANSLATE_NOOP("bodymap_list", "left upper back"),
    209: QT_TRANSLATE_NOOP("bodymap_list", "right upper back"),
    210: QT_TRANSLATE_NOOP("bodymap_list", "right back of shoulder"),
    211: QT_TRANSLATE_NOOP("bodymap_list", "left back of upper arm"),
    212: QT_TRANSLATE_NOOP("bodymap_list", "left mid back"),
    213: QT_TRANSLATE_NOOP("bodymap_list", "right mid back"),
    214: QT_TRANSLATE_NOOP("bodymap_list", "right back of upper arm"),
    215: QT_TRANSLATE_NOOP("bodymap_list", "left back of elbow"),
    216: QT_TRANSLATE_NOOP("bodymap_list", "right back of elbow"),
    217: QT_TRANSLATE_NOOP("bodymap_list", "left back of forearm"),
    218: QT_TRANSLATE_NOOP("bodymap_list", "left lower back"),
    219: QT_TRANSLATE_NOOP("bodymap_list", "right lower back"),
    220: QT_TRANSLATE_NOOP("bodymap_list", "right back of forearm"),
    221: QT_TRANSLATE_NOOP("bodymap_list", "left back of wrist"),
    222: QT_TRANSLATE_NOOP("bodymap_list", "left outer hip"),
    223: QT_TRANSLATE_NOOP("bodymap_list", "left buttock"),
    224: QT_TRANSLATE_NOOP("bodymap_list", "right buttock"),
    225: QT_TRANSLATE_NOOP("bodymap_list", "right outer hip"),
    226: QT_TRANSLATE_NOOP("bodymap_list", "right back of wrist"),
    227: QT_TRANSLATE_NOOP("bodymap_list", "left back of hand"),
    228: QT_TRANSLATE_NOOP("bodymap_list", "left back of thigh"),
    229: QT_TRANSLATE_NOOP("bodymap_list", "right back of thigh"),
    230: QT_TRANSLATE_NOOP("bodymap_list", "right back of hand"),
    231: QT_TRANSLATE_NOOP("bodymap_list", "left back of knee"),
    232: QT_TRANSLATE_NOOP("bodymap_list", "right back of knee"),
    233: QT_TRANSLATE_NOOP("bodymap_list", "left calf"),
    234: QT_TRANSLATE_NOOP("bodymap_list", "right calf"),
    235: QT_TRANSLATE_NOOP("bodymap_list", "left back of ankle"),
    236: QT_TRANSLATE_NOOP("bodymap_list", "right back of ankle"),
    237: QT_TRANSLATE_NOOP("bodymap_list", "left heel"),
    238: QT_TRANSLATE_NOOP("bodymap_list", "right heel"),
}
_PART_NAMES: dict[str, str] = {
    "head": QT_TRANSLATE_NOOP("bodymap_list", "Head"),
    "face": QT_TRANSLATE_NOOP("bodymap_list", "Face"),
    "neck": QT_TRANSLATE_NOOP("bodymap_list", "Neck"),
    "shoulder": QT_TRANSLATE_NOOP("bodymap_list", "Shoulder"),
    "chest": QT_TRANSLATE_NOOP("bodymap_list", "Chest"),
    "upper-back": QT_TRANSLATE_NOOP("bodymap_list", "Upper back"),
    "mid-back": QT_TRANSLATE_NOOP("bodymap_list", "Mid back"),
    "upper-abdomen": QT_TRANSLATE_NOOP("bodymap_list", "Upper abdomen"),
    "lower-back": QT_TRANSLATE_NOOP("bodymap_list", "Lower back"),
    "lower-abdomen": QT_TRANSLATE_NOOP("bodymap_list", "Lower abdomen"),
    "hip": QT_TRANSLATE_NOOP("bodymap_list", "Hip"),
    "buttock": QT_TRANSLATE_NOOP("bodymap_list", "Buttock"),
    "upper-arm": QT_TRANSLATE_NOOP("bodymap_list", "Upper arm"),
    "elbow": QT_TRANSLATE_NOOP("bodymap_list", "Elbow"),
    "forearm": QT_TRANSLATE_NOOP("bodymap_list", "Forearm"),
    "wrist": QT_TRANSLATE_NOOP("bodymap_list", "Wrist"),
    "hand": QT_TRANSLATE_NOOP("bodymap_list", "Hand"),
    "thigh": QT_TRANSLATE_NOOP("bodymap_list", "Thigh"),
    "knee": QT_TRANSLATE_NOOP("bodymap_list", "Knee"),
    "shin": QT_TRANSLATE_NOOP("bodymap_list", "Shin"),
    "calf": QT_TRANSLATE_NOOP("bodymap_list", "Calf"),
    "ankle": QT_TRANSLATE_NOOP("bodymap_list", "Ankle"),
    "foot": QT_TRANSLATE_NOOP("bodymap_list", "Foot"),
}
# The generic pain qualities (core.checkin.QUALITIES), as words inside a sentence.
_QUALITY_WORDS: dict[str, str] = {
    "aching": QT_TRANSLATE_NOOP("bodymap_list", "aching"),
    "throbbing": QT_TRANSLATE_NOOP("bodymap_list", "throbbing"),
    "sharp": QT_TRANSLATE_NOOP("bodymap_list", "sharp"),
    "shooting": QT_TRANSLATE_NOOP("bodymap_list", "shooting"),
    "burning": QT_TRANSLATE_NOOP("bodymap_list", "burning"),
    "tingling": QT_TRANSLATE_NOOP("bodymap_list", "tingling"),
    "electric": QT_TRANSLATE_NOOP("bodymap_list", "electric"),
    "numb": QT_TRANSLATE_NOOP("bodymap_list", "numb"),
    "cramping": QT_TRANSLATE_NOOP("bodymap_list", "cramping"),
    "tender": QT_TRANSLATE_NOOP("bodymap_list", "tender"),
    "heavy": QT_TRANSLATE_NOOP("bodymap_list", "heavy"),
    "stiff": QT_TRANSLATE_NOOP("bodymap_list", "stiff"),
}


def capital(text: str) -> str:
    """``text`` with its first letter upper case (for a heading or a list row)."""
    return text[:1].upper() + text[1:]


def area_words(code: int) -> str:
    """The region's side and name, ``"right upper arm"``, in the interface language."""
    words = _AREA_WORDS.get(code)
    if words is None:  # a region the core added later: its English words
        return describe(code).rsplit(" (", 1)[0]
    return translate("bodymap_list", words)


def area_label(code: int) -> str:
    """The region with its number, ``"right upper arm (111)"``."""
    return f"{area_words(code)} ({code})"


def part_name(part: str) -> str:
    """A body part as a group heading, ``"Upper arm"``."""
    name = _PART_NAMES.get(part)
    if name is None:
        return part.replace("-", " ").capitalize()
    return translate("bodymap_list", name)


def quality_word(quality: str) -> str:
    """A pain quality as a word inside a sentence, ``"aching"``."""
    word = _QUALITY_WORDS.get(quality)
    return quality if word is None else translate("bodymap_list", word)


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
        self.setAccessibleName(translate("bodymap_list", "All body areas"))
        self.setAccessibleDescription(
            translate(
                "bodymap_list",
                "Grouped by body part. Number keys rate the area, 1 then 0 for 10; Delete "
                "clears it; W marks the worst area.",
            )
        )
        self.setToolTip(
            translate(
                "bodymap_list",
                "Choose an area; number keys rate it, Delete clears it, W marks worst",
            )
        )
        self.setColumnCount(4)
        self.setHeaderLabels(
            [
                translate("bodymap_list", "Area"),
                translate("bodymap_list", "Rating"),
                translate("bodymap_list", "Qualities"),
                translate("bodymap_list", "Worst"),
            ]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setItemDelegate(_TallRows(self))
        self.setAlternatingRowColors(False)
        self.ten_key = TenKey()
        self.items: dict[int, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for part in sorted({r.part for r in REGIONS.values()}, key=_part_rank):
            group = QTreeWidgetItem(self, [part_name(part)])
            group.setData(0, CODE_ROLE, 0)
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            for code in sorted(c for c, r in REGIONS.items() if r.part == part):
                item = QTreeWidgetItem(group, [capital(area_label(code)), "", "", ""])
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
            qualities = [] if rated is None else quality_order(rated.qualities)
            item.setText(2, ", ".join(quality_word(q) for q in qualities))
            worst = rated is not None and rated.worst
            item.setText(3, translate("bodymap_list", "★ worst") if worst else "")
            words = (
                translate("bodymap_list", "not rated")
                if rated is None
                else translate("bodymap_list", "rated {rating} of 10").format(rating=rated.rating)
            )
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
