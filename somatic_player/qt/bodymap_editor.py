"""The body-map editor: the map, or a list of all 74 areas, beside a panel for the chosen area.

The panel (:mod:`~somatic_player.qt.bodymap_panel`) rates the chosen area 0-10 with large
buttons, adds what it feels like (the generic qualities), marks the worst area and clears it;
"No pain anywhere" answers for the whole map. The map and the list share one BodyMapRatings,
held here, and everything either can do the other can too, so a person who cannot use a mouse
(or the figure) loses nothing. Ctrl+Z undoes the last change. Nothing is stored here: the editor
emits ``ratingsChanged`` and a controller saves.

The panel sits beside the map where both fit at their sizes, else under it (large text, other
languages), and the buttons above them wrap onto a second row rather than squeeze: the editor
is never wider than its widest part needs. Tab goes through it as it reads, top bar, map (or
list), panel (:meth:`BodyMapEditor.focus_chain`); Alt+L opens the list with focus in it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShortcutEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.checkin import BodyMapRatings
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_figure import OUTLINES
from somatic_player.qt.bodymap_input import TEN_WINDOW_S, edit_area
from somatic_player.qt.bodymap_list import RegionList
from somatic_player.qt.bodymap_panel import AreaPanel
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.crisis_dialog import big_button
from somatic_player.qt.flow_layout import FlowLayout
from somatic_player.qt.form_widgets import WideComboBox

_UNDO_DEPTH = 100
_PAGES = ("both", "front", "back", "list")
_PAGE_TEXT = {
    "both": QT_TRANSLATE_NOOP("bodymap_editor", "Front and back"),
    "front": QT_TRANSLATE_NOOP("bodymap_editor", "Front"),
    "back": QT_TRANSLATE_NOOP("bodymap_editor", "Back"),
    "list": QT_TRANSLATE_NOOP("bodymap_editor", "&List"),
}
_PAGE_TIPS = {
    "both": QT_TRANSLATE_NOOP(
        "bodymap_editor", "Show the front and the back of the figure side by side"
    ),
    "front": QT_TRANSLATE_NOOP("bodymap_editor", "Show only the front of the figure, larger"),
    "back": QT_TRANSLATE_NOOP("bodymap_editor", "Show only the back of the figure, larger"),
    "list": QT_TRANSLATE_NOOP(
        "bodymap_editor",
        "All 74 areas as a list grouped by body part, for the keyboard or a screen reader",
    ),
}
_OUTLINE_TEXT = {
    "neutral": QT_TRANSLATE_NOOP("bodymap_editor", "Neutral figure"),
    "female": QT_TRANSLATE_NOOP("bodymap_editor", "Female figure"),
    "male": QT_TRANSLATE_NOOP("bodymap_editor", "Male figure"),
}


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
        self.map.set_sized_by_text(True)  # figures large enough to point at, at any text size
        self.region_list = RegionList()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.map)
        self.stack.addWidget(self.region_list)
        self.top_bar = self._build_top_bar(outline)

        self.panel = AreaPanel()
        self.rating_buttons = self.panel.rating_buttons
        self.quality_boxes = self.panel.quality_boxes
        self.worst_button = self.panel.worst_button
        self.clear_button = self.panel.clear_button
        self.no_pain_button = self.panel.no_pain_button
        self.region_title = self.panel.region_title
        self.region_detail = self.panel.region_detail
        self.rating_heading = self.panel.rating_heading
        self.quality_heading = self.panel.quality_heading
        self.summary_label = self.panel.summary_label

        # Side by side while both fit, else the panel under the map (see resizeEvent).
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        self.body.addWidget(self.stack, 1)
        self.body.addWidget(self.panel, 0)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(12, 12, 12, 12)
        self._column.setSpacing(10)
        self._column.addLayout(self.top_bar)
        self._column.addLayout(self.body, 1)

        for first, second in pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)

        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        self.undo_button.clicked.connect(self.undo)
        self.page_group.buttonClicked.connect(self._on_page_group_button_clicked)
        self.page_buttons["list"].installEventFilter(self)  # Alt+L: into the list
        self.outline_combo.currentIndexChanged.connect(self._on_outline_combo_current_index_changed)
        self.map.ratingsChanged.connect(self._commit)
        self.map.selectionChanged.connect(self._on_map_selection_changed)
        self.map.viewChanged.connect(self._on_map_view_changed)
        self.region_list.region_chosen.connect(self._on_region_list_region_chosen)
        self.region_list.rating_typed.connect(self._on_region_list_rating_typed)
        self.region_list.clear_requested.connect(self._clear_area)
        self.region_list.worst_requested.connect(self._on_region_list_worst_requested)
        self.rating_buttons.rating_chosen.connect(self._on_rating_buttons_rating_chosen)
        for quality, box in self.quality_boxes.items():
            box.clicked.connect(lambda checked, q=quality: self._on_quality_box_clicked(q, checked))
        self.worst_button.clicked.connect(self._on_worst_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.no_pain_button.clicked.connect(self._on_no_pain_button_clicked)
        self._refresh()

    def _build_top_bar(self, outline: str) -> FlowLayout:
        """What to show (an exclusive group: one Tab stop), undo, which figure; on as many rows
        as the text needs."""
        self.page_group = QButtonGroup(self)
        self.page_buttons: dict[str, QPushButton] = {}
        top = FlowLayout(spacing=6)
        for page in _PAGES:
            button = big_button(
                translate("bodymap_editor", _PAGE_TEXT[page]),
                f"bodyMapPage_{page}",
                translate("bodymap_editor", _PAGE_TIPS[page]),
            )
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.page_group.addButton(button)
            self.page_buttons[page] = button
            top.addWidget(button)
        self.page_buttons["both"].setChecked(True)
        self.undo_button = big_button(
            translate("bodymap_editor", "Undo"),
            "bodyMapUndoButton",
            translate("bodymap_editor", "Undo the last change ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            ),
        )
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(False)
        top.addWidget(self.undo_button)
        self.outline_combo = WideComboBox()
        self.outline_combo.setObjectName("bodyMapOutlineCombo")
        self.outline_combo.setAccessibleName(translate("bodymap_editor", "Figure outline"))
        self.outline_combo.setToolTip(
            translate("bodymap_editor", "The figure drawn: neutral, female or male")
        )
        for name in OUTLINES:
            self.outline_combo.addItem(translate("bodymap_editor", _OUTLINE_TEXT[name]), name)
        self.outline_combo.setCurrentIndex(OUTLINES.index(outline))
        top.addWidget(self.outline_combo)
        return top

    # -- layout ------------------------------------------------------------------------------------

    def focus_chain(self) -> list[QWidget]:
        """Every control in the order a person reads them: the top bar, the map or the list,
        then the panel. Rows of toggles are listed whole: their one Tab stop moves."""
        return [
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

    def side_by_side(self) -> bool:
        """Whether the panel is beside the map (else under it)."""
        return self.body.direction() == QBoxLayout.Direction.LeftToRight

    def _fits_side_by_side(self, width: int) -> bool:
        margins = self.contentsMargins() + self._column.contentsMargins()
        inner = width - margins.left() - margins.right()
        need = self.stack.minimumSizeHint().width() + self.body.spacing()
        return inner >= need + self.panel.sizeHint().width()

    def _arrange(self, width: int) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self._fits_side_by_side(width)
            else QBoxLayout.Direction.TopToBottom
        )
        if self.body.direction() != wanted:
            self.body.setDirection(wanted)
            self.updateGeometry()  # the height it needs has changed

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest part needs with the panel under the map (wider, they go side
        by side), as tall as the current arrangement needs."""
        least = super().minimumSizeHint()
        margins = self.contentsMargins() + self._column.contentsMargins()
        widest = max(
            self.top_bar.minimumSize().width(),
            self.stack.minimumSizeHint().width(),
            self.panel.minimumSizeHint().width(),
        )
        return QSize(widest + margins.left() + margins.right(), least.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+L (the List button's mnemonic) shows the list and puts focus in it."""
        if (
            watched is self.page_buttons["list"]
            and event.type() == QEvent.Type.Shortcut
            and isinstance(event, QShortcutEvent)
            and not event.isAmbiguous()
        ):
            self.show_list()
            return True
        return super().eventFilter(watched, event)

    def show_list(self) -> None:
        """The list of all areas, with keyboard focus in it on the chosen area."""
        self.set_page("list")
        self.region_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

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

    def _edit(
        self,
        code: int | None,
        *,
        rating: int | None = None,
        qualities: frozenset[str] | None = None,
        worst: bool | None = None,
    ) -> None:
        """Change one thing about area ``code`` (None: no area chosen, nothing to change)."""
        if code is not None:
            self._commit(
                edit_area(self._ratings, code, rating=rating, qualities=qualities, worst=worst)
            )

    def _clear_area(self, code: int) -> None:
        self._commit(self._ratings.without(code))

    def _refresh(self) -> None:
        """Show the current ratings and selection everywhere."""
        self.map.set_ratings(self._ratings)
        self.region_list.show_ratings(self._ratings)
        self.panel.show_area(self.map.selected(), self._ratings)
        self.undo_button.setEnabled(bool(self._undo))

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
        self._edit(code, rating=rating)

    def _on_region_list_worst_requested(self, code: int) -> None:
        rated = self._ratings.regions.get(code)
        if rated is not None:
            self._edit(code, worst=not rated.worst)

    def _on_rating_buttons_rating_chosen(self, rating: int) -> None:
        self._edit(self.map.selected(), rating=rating)

    def _on_quality_box_clicked(self, quality: str, checked: bool) -> None:
        code = self.map.selected()
        rated = self._ratings.regions.get(code) if code else None
        if rated is not None:
            wanted = rated.qualities | {quality} if checked else rated.qualities - {quality}
            self._edit(code, qualities=frozenset(wanted))

    def _on_worst_button_clicked(self, checked: bool) -> None:
        self._edit(self.map.selected(), worst=checked)

    def _on_clear_button_clicked(self) -> None:
        code = self.map.selected()
        if code is not None:
            self._clear_area(code)

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
            translate("bodymap_editor", "No pain anywhere"),
            translate(
                "bodymap_editor", "This clears the %n area(s) you rated. Continue?", None, count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
