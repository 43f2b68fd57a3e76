"""The body-map editor: the map, or a list of all 74 areas, beside a panel for the chosen area.

The panel rates the chosen area 0-10 with large buttons, adds what it feels like (the generic
qualities), marks the worst area and clears it; "No pain anywhere" answers for the whole map.
The map and the list share one BodyMapRatings, held here, and everything either can do the other
can too, so a person who cannot use a mouse (or the figure) loses nothing. Ctrl+Z undoes the last
change. Nothing is stored here: the editor emits ``ratingsChanged`` and a controller saves.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.bodymap import REGIONS, describe
from somatic_player.core.checkin import QUALITIES, BodyMapRatings, RegionRating
from somatic_player.qt.bodymap_widget import (
    OUTLINES,
    TEN_WINDOW_S,
    BodyMapWidget,
    TenKey,
    theme_colour,
)
from somatic_player.qt.crisis_dialog import MIN_TARGET_PX, BigButton, big_button
from somatic_player.qt.form_widgets import WideComboBox

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_ROW = 6  # rating buttons per row: 0-5 above 6-10
_BUTTON_PX = MIN_TARGET_PX + 6
_UNDO_DEPTH = 100
_PAGES = ("both", "front", "back", "list")
_PAGE_TEXT = {"both": "Front and back", "front": "Front", "back": "Back", "list": "&List"}
_PAGE_TIPS = {
    "both": "Show the front and the back of the figure side by side",
    "front": "Show only the front of the figure, larger",
    "back": "Show only the back of the figure, larger",
    "list": "All 74 areas as a list grouped by body part, for the keyboard or a screen reader",
}
_OUTLINE_TEXT = {"neutral": "Neutral figure", "female": "Female figure", "male": "Male figure"}
# Body parts top to bottom; a part the core adds later is listed after these.
_PART_ORDER = (
    "head", "face", "neck", "shoulder", "chest", "upper-back", "mid-back", "upper-abdomen",
    "lower-back", "lower-abdomen", "hip", "buttock", "upper-arm", "elbow", "forearm", "wrist",
    "hand", "thigh", "knee", "shin", "calf", "ankle", "foot",
)  # fmt: skip
CODE_ROLE = Qt.ItemDataRole.UserRole


def _name(code: int) -> str:
    text = describe(code)
    return text[0].upper() + text[1:]


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
            button.setMinimumSize(_BUTTON_PX, _BUTTON_PX)
            end = " (no pain)" if n == 0 else " (worst imaginable)" if n == 10 else ""
            button.setAccessibleName(f"Pain in this area: {n}{end}")
            button.setToolTip(f"Pain in this area: {n} out of 10{end}")
            button.installEventFilter(self)
            self.group.addButton(button, n)
            self.buttons.append(button)
            grid.addWidget(button, n // _ROW, n % _ROW)
        self.setStyleSheet(
            f"QPushButton#ratingButton {{ padding: 0px; min-width: {_BUTTON_PX}px;"
            f" min-height: {_BUTTON_PX}px; }}"
        )
        self._set_tab_stop(0)
        self.group.idClicked.connect(self._on_group_id_clicked)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show ``value`` (None: not rated) without emitting."""
        self._value = value
        for n, button in enumerate(self.buttons):
            button.setChecked(n == value)
        self._set_tab_stop(0 if value is None else value)

    def focus_button(self) -> QPushButton:
        return self.buttons[0 if self._value is None else self._value]

    def _set_tab_stop(self, index: int) -> None:
        had_focus = any(b.hasFocus() for b in self.buttons)
        for n, button in enumerate(self.buttons):
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if n == index else Qt.FocusPolicy.NoFocus
            )
        if had_focus:
            self.buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)

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
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in _DIGITS:
            self._choose(self.ten_key.press(_DIGITS[Qt.Key(key)], 0))
            return True
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -_ROW,
            Qt.Key.Key_Down: _ROW,
            Qt.Key.Key_Home: -10,
            Qt.Key.Key_End: 10,
        }
        if key in steps:
            self.ten_key.reset()
            current = self._value if self._value is not None else 0
            target = max(0, min(10, current + steps[Qt.Key(key)]))
            if self._value is None and abs(steps[Qt.Key(key)]) == 1:
                target = 0  # the first arrow press lands on 0
            self._choose(target)
            return True
        return False


class QualityBox(QCheckBox):
    """A check box painted from the theme's colours, with a 22 px box and a 44 px tall target.

    (The themes do not style check boxes, and the platform style draws the box's border from the
    window colour, which leaves it invisible in high contrast.)
    """

    _BOX = 22.0

    def sizeHint(self) -> QSize:
        text = self.fontMetrics().horizontalAdvance(self.text())
        return QSize(round(self._BOX) + 22 + text, MIN_TARGET_PX)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = self.isEnabled()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not enabled:
            text = QColor(theme_colour("disabled_text"))
        border = QColor(theme_colour("border")) if enabled else text
        box = QRectF(4.0, (self.height() - self._BOX) / 2, self._BOX, self._BOX)
        if self.isChecked():
            painter.setPen(QPen(border if not enabled else QColor(theme_colour("accent")), 2.0))
            painter.setBrush(QColor(theme_colour("accent")) if enabled else text)
            painter.drawRoundedRect(box, 4, 4)
            tick = QPen(QColor(theme_colour("accent_text")), 2.6)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(tick)
            x, y, w = box.left(), box.top(), self._BOX
            painter.drawPolyline(
                [
                    QPointF(x + w * 0.24, y + w * 0.52),
                    QPointF(x + w * 0.43, y + w * 0.72),
                    QPointF(x + w * 0.77, y + w * 0.3),
                ]
            )
        else:
            painter.setPen(QPen(border, 2.0))
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(QColor(theme_colour("focus")), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 3, -1, -3), 8, 8)
        painter.setPen(text)
        painter.setFont(self.font())
        label = QRectF(box.right() + 10, 0, self.width() - box.right() - 12, self.height())
        painter.drawText(
            label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.text()
        )
        painter.end()


class _TallRows(QStyledItemDelegate):
    """Rows tall enough to hit comfortably."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index).expandedTo(QSize(0, MIN_TARGET_PX - 4))


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
        parts = sorted(
            {r.part for r in REGIONS.values()},
            key=lambda p: (_PART_ORDER.index(p) if p in _PART_ORDER else len(_PART_ORDER), p),
        )
        for part in parts:
            group = QTreeWidgetItem(self, [part.replace("-", " ").capitalize()])
            group.setData(0, CODE_ROLE, 0)
            group.setFirstColumnSpanned(True)
            bold = QFont(self.font())
            bold.setWeight(QFont.Weight.DemiBold)
            group.setFont(0, bold)
            for code in sorted(c for c, r in REGIONS.items() if r.part == part):
                item = QTreeWidgetItem(group, [_name(code), "", "", ""])
                item.setData(0, CODE_ROLE, code)
                self.items[code] = item
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((fit, fit, QHeaderView.ResizeMode.Stretch, fit)):
            header.setSectionResizeMode(column, mode)
        self._style_focus()
        self.currentItemChanged.connect(self._on_self_current_item_changed)

    def _style_focus(self) -> None:
        """A themed border that thickens with focus (the themes do not style tree views)."""
        border, focus = theme_colour("border"), theme_colour("focus")
        sheet = (
            f"QTreeWidget#bodyMapList {{ border: 1px solid {border}; border-radius: 8px;"
            f" padding: 2px; }} QTreeWidget#bodyMapList:focus {{ border: 3px solid {focus};"
            " padding: 0px; }"
        )
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_focus()
        super().changeEvent(event)

    def show_ratings(self, ratings: BodyMapRatings) -> None:
        for code, item in self.items.items():
            rated = ratings.regions.get(code)
            item.setText(1, "–" if rated is None else str(rated.rating))
            item.setText(
                2, "" if rated is None else ", ".join(q for q in QUALITIES if q in rated.qualities)
            )
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
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if code and plain and key in _DIGITS:
            self.rating_typed.emit(code, self.ten_key.press(_DIGITS[Qt.Key(key)], code))
            return
        if code and plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit(code)
        elif code and plain and key == Qt.Key.Key_W:
            self.worst_requested.emit(code)
        else:
            super().keyPressEvent(event)
            return
        self.ten_key.reset()


class BodyMapEditor(QWidget):
    """The body map (or list) with a panel to rate the chosen area; see the module docstring.

    ``set_ratings`` loads ratings without emitting and forgets the undo history.

    Signals:
        ratingsChanged(object): the new BodyMapRatings after every change the person makes.
    """

    ratingsChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, outline: str = "neutral") -> None:
        super().__init__(parent)
        self.setObjectName("bodyMapEditor")
        self._ratings = BodyMapRatings()
        self._undo: list[BodyMapRatings] = []
        self._last_push: tuple[int, float] | None = None  # the area and time of the last change
        self.clock: Callable[[], float] = time.monotonic
        self.confirm_clear: Callable[[int], bool] = self._ask_clear_all

        self.map = BodyMapWidget(outline=outline)
        self.region_list = RegionList()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.map)
        self.stack.addWidget(self.region_list)

        # Top bar: what to show, undo, which figure.
        self.page_group = QButtonGroup(self)
        self.page_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.setSpacing(6)
        for page in _PAGES:
            button = big_button(_PAGE_TEXT[page], f"bodyMapPage_{page}", _PAGE_TIPS[page])
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.page_group.addButton(button)
            self.page_buttons[page] = button
            top.addWidget(button)
        self.page_buttons["both"].setChecked(True)
        top.addStretch(1)
        self.undo_button = big_button("Undo", "bodyMapUndoButton", "Undo the last change (Ctrl+Z)")
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        top.addWidget(self.undo_button)
        self.outline_combo = WideComboBox()
        self.outline_combo.setObjectName("bodyMapOutlineCombo")
        self.outline_combo.setAccessibleName("Figure outline")
        self.outline_combo.setToolTip("The figure drawn: neutral, female or male")
        for name in OUTLINES:
            self.outline_combo.addItem(_OUTLINE_TEXT[name], name)
        self.outline_combo.setCurrentIndex(OUTLINES.index(outline))
        top.addWidget(self.outline_combo)

        panel = self._build_panel()
        scroll = QScrollArea()
        scroll.setObjectName("bodyMapPanelScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(panel.sizeHint().width() + 18)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.stack, 1)
        body.addWidget(scroll, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(10)
        column.addLayout(top)
        column.addLayout(body, 1)

        chain: list[QWidget] = [
            *self.page_buttons.values(),
            self.undo_button,
            self.outline_combo,
            self.map,
            self.region_list,
            *self.rating_buttons.buttons,
            *self.quality_boxes.values(),
            self.worst_button,
            self.clear_button,
            self.no_pain_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        self.undo_button.clicked.connect(self.undo)
        self.page_group.buttonClicked.connect(self._on_page_group_button_clicked)
        self.outline_combo.currentIndexChanged.connect(self._on_outline_combo_current_index_changed)
        self.map.ratingsChanged.connect(self._commit)
        self.map.selectionChanged.connect(self._on_map_selection_changed)
        self.map.viewChanged.connect(self._on_map_view_changed)
        self.region_list.region_chosen.connect(self._on_region_list_region_chosen)
        self.region_list.rating_typed.connect(self._on_region_list_rating_typed)
        self.region_list.clear_requested.connect(self._on_region_list_clear_requested)
        self.region_list.worst_requested.connect(self._on_region_list_worst_requested)
        self.rating_buttons.rating_chosen.connect(self._on_rating_buttons_rating_chosen)
        for quality, box in self.quality_boxes.items():
            box.clicked.connect(lambda checked, q=quality: self._on_quality_box_clicked(q, checked))
        self.worst_button.clicked.connect(self._on_worst_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.no_pain_button.clicked.connect(self._on_no_pain_button_clicked)
        self._refresh()

    def _build_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("bodyMapPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.region_title = QLabel()
        self.region_title.setObjectName("checkInTitle")  # the themes' title style, scaled
        self.region_title.setWordWrap(True)
        self.region_detail = QLabel()
        self.region_detail.setObjectName("checkInHint")  # the themes' muted hint colour
        self.region_detail.setWordWrap(True)
        self.rating_heading = QLabel("Pain in this area")
        self.rating_heading.setObjectName("ratingTitle")
        self.rating_buttons = RatingButtons()
        ends = QHBoxLayout()
        low, high = QLabel("0 no pain"), QLabel("10 worst imaginable")
        for label in (low, high):
            label.setObjectName("ratingEndLabel")
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(high)
        self.quality_heading = QLabel("What it feels like (optional)")
        self.quality_heading.setObjectName("ratingTitle")
        qualities = QGridLayout()
        qualities.setHorizontalSpacing(12)
        qualities.setVerticalSpacing(0)
        self.quality_boxes: dict[str, QCheckBox] = {}
        for n, quality in enumerate(QUALITIES):
            box = QualityBox(quality.capitalize())
            box.setObjectName("bodyMapQuality")
            box.setAccessibleName(f"Feels {quality}")
            box.setToolTip(f"This area feels {quality}")
            self.quality_boxes[quality] = box
            qualities.addWidget(box, n // 2, n % 2)
        self.worst_button = big_button(
            "★ &Worst area", "bodyMapWorstButton", "Mark this as the area that hurts most (W)"
        )
        self.worst_button.setAccessibleName("Worst area")
        self.worst_button.setCheckable(True)
        self.clear_button = big_button(
            "&Clear this area", "bodyMapClearButton", "Remove this area's rating (Delete)"
        )
        for button in (self.worst_button, self.clear_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.worst_button)
        actions.addWidget(self.clear_button)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setEnabled(False)
        self.no_pain_button = big_button(
            "&No pain anywhere",
            "bodyMapNoPainButton",
            "Answer for the whole body: no pain anywhere right now",
        )
        self.no_pain_button.setCheckable(True)
        self.no_pain_button.setAutoDefault(False)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("checkInHint")
        self.summary_label.setWordWrap(True)
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
        return panel

    # -- public API --------------------------------------------------------------------------------

    def ratings(self) -> BodyMapRatings:
        return self._ratings

    def set_ratings(self, ratings: BodyMapRatings) -> None:
        """Load ratings (no signal) and forget the undo history."""
        self._ratings = ratings
        self._undo.clear()
        self._last_push = None
        self._refresh()

    def selected(self) -> int | None:
        return self.map.selected()

    def select(self, code: int | None) -> None:
        self.map.select(code)

    def outline(self) -> str:
        return self.map.outline()

    def set_outline(self, outline: str) -> None:
        self.outline_combo.setCurrentIndex(OUTLINES.index(outline))

    def page(self) -> str:
        return next(p for p, b in self.page_buttons.items() if b.isChecked())

    def set_page(self, page: str) -> None:
        """Show "both" views, only the "front" or the "back", or the "list"."""
        if page not in _PAGES:
            raise ValueError(f"page must be one of {', '.join(_PAGES)}, got {page!r}")
        self.page_buttons[page].setChecked(True)
        if page == "list":
            self.stack.setCurrentWidget(self.region_list)
            self.region_list.set_current_code(self.map.selected())
        else:
            self.map.set_view(page)
            self.stack.setCurrentWidget(self.map)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> bool:
        """Go back to the ratings before the last change; False if there is nothing to undo."""
        if not self._undo:
            return False
        self._ratings = self._undo.pop()
        self._last_push = None
        self._refresh()
        self.ratingsChanged.emit(self._ratings)
        return True

    # -- changes -----------------------------------------------------------------------------------

    def _commit(self, ratings: BodyMapRatings) -> None:
        """Make ``ratings`` the current answer: undo history, map, list, panel, signal."""
        if ratings == self._ratings:
            self._refresh()
            return
        changed = {
            c
            for c in set(ratings.regions) | set(self._ratings.regions)
            if ratings.regions.get(c) != self._ratings.regions.get(c)
        }
        now = self.clock()
        code = next(iter(changed)) if len(changed) == 1 else 0
        # "1" then "0" makes one change (to 10), so one undo step.
        old, new = self._ratings.regions.get(code), ratings.regions.get(code)
        merge = (
            code
            and self._last_push is not None
            and self._last_push[0] == code
            and now - self._last_push[1] <= TEN_WINDOW_S
            and old is not None
            and new is not None
            and (old.rating, new.rating) == (1, 10)
        )
        if not merge:
            self._undo.append(self._ratings)
            del self._undo[:-_UNDO_DEPTH]
        self._last_push = (code, now) if code else None
        self._ratings = ratings
        self._refresh()
        self.ratingsChanged.emit(ratings)

    def _update_region(
        self,
        code: int,
        *,
        rating: int | None = None,
        qualities: frozenset[str] | None = None,
        worst: bool | None = None,
    ) -> None:
        """Change one thing about an area; qualities and the worst mark need a rating first."""
        old = self._ratings.regions.get(code)
        if old is None:
            if rating is None:
                return
            old = RegionRating(code, rating)
        self._commit(
            self._ratings.with_rating(
                RegionRating(
                    code,
                    old.rating if rating is None else rating,
                    old.qualities if qualities is None else qualities,
                    old.worst if worst is None else worst,
                )
            )
        )

    def _refresh(self) -> None:
        """Show the current ratings and selection everywhere."""
        r = self._ratings
        self.map.set_ratings(r)
        self.region_list.show_ratings(r)
        self.undo_button.setEnabled(bool(self._undo))
        self.no_pain_button.setChecked(r.no_pain)
        code = self.map.selected()
        rated = r.regions.get(code) if code else None
        if code is None:
            self.region_title.setText("Choose an area")
            self.region_detail.setText(
                "Click it on the figure, move to it with the arrow keys on the figure, or pick "
                "it from the List."
            )
        else:
            self.region_title.setText(_name(code).rsplit(" (", 1)[0])
            view = REGIONS[code].view
            state = "not rated yet" if rated is None else f"rated {rated.rating} of 10"
            self.region_detail.setText(f"{view.capitalize()} view, area {code}: {state}")
        self.rating_buttons.set_value(rated.rating if rated else None)
        self.rating_buttons.setEnabled(code is not None)
        for quality, box in self.quality_boxes.items():
            box.setChecked(rated is not None and quality in rated.qualities)
            box.setEnabled(rated is not None)
        self.worst_button.setChecked(rated is not None and rated.worst)
        self.worst_button.setEnabled(rated is not None)
        self.clear_button.setEnabled(rated is not None)
        self.summary_label.setText(self._summary())

    def _summary(self) -> str:
        r = self._ratings
        if r.no_pain:
            return "Answered: no pain anywhere."
        if not r.regions:
            return "No areas rated yet."
        count = len(r.regions)
        text = f"{count} area{'s' if count != 1 else ''} rated"
        if r.worst is not None:
            text += f"; worst: {describe(r.worst)}"
        return text + "."

    # -- slots -------------------------------------------------------------------------------------

    def _on_map_selection_changed(self, code: int) -> None:
        self.region_list.set_current_code(code or None)
        self._refresh()

    def _on_map_view_changed(self, view: str) -> None:
        if self.stack.currentWidget() is self.map:  # the list keeps its button while shown
            self.page_buttons[view].setChecked(True)

    def _on_region_list_region_chosen(self, code: int) -> None:
        if code:
            self.map.select(code)

    def _on_region_list_rating_typed(self, code: int, rating: int) -> None:
        self.map.select(code)
        self._update_region(code, rating=rating)

    def _on_region_list_clear_requested(self, code: int) -> None:
        self._commit(self._ratings.without(code))

    def _on_region_list_worst_requested(self, code: int) -> None:
        rated = self._ratings.regions.get(code)
        if rated is not None:
            self._update_region(code, worst=not rated.worst)

    def _on_rating_buttons_rating_chosen(self, rating: int) -> None:
        code = self.map.selected()
        if code is not None:
            self._update_region(code, rating=rating)

    def _on_quality_box_clicked(self, quality: str, checked: bool) -> None:
        code = self.map.selected()
        rated = self._ratings.regions.get(code) if code else None
        if code is None or rated is None:
            return
        wanted = rated.qualities | {quality} if checked else rated.qualities - {quality}
        self._update_region(code, qualities=frozenset(wanted))

    def _on_worst_button_clicked(self, checked: bool) -> None:
        code = self.map.selected()
        if code is not None:
            self._update_region(code, worst=checked)

    def _on_clear_button_clicked(self) -> None:
        code = self.map.selected()
        if code is not None:
            self._commit(self._ratings.without(code))

    def _on_no_pain_button_clicked(self, checked: bool) -> None:
        if not checked:
            self._commit(BodyMapRatings())
            return
        count = len(self._ratings.regions)
        if count and not self.confirm_clear(count):
            self.no_pain_button.setChecked(False)
            return
        self._commit(BodyMapRatings(no_pain=True))

    def _on_page_group_button_clicked(self, button: QPushButton) -> None:
        page = next(p for p, b in self.page_buttons.items() if b is button)
        self.set_page(page)

    def _on_outline_combo_current_index_changed(self, index: int) -> None:
        self.map.set_outline(OUTLINES[index])

    def _ask_clear_all(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            "No pain anywhere",
            f"This clears the {count} area{'s' if count != 1 else ''} you rated. Continue?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
