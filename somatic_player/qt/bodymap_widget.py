"""The clickable body map: front and back figures with the 74 CHOIR regions, rated 0-10.

The figures come from :mod:`~somatic_player.qt.bodymap_figure`, scaled to the widget with the
aspect kept, and are painted by :mod:`~somatic_player.qt.bodymap_paint`. The mouse and the
keyboard do the same things: arrows walk to the nearest region in that direction (crossing
between front and back), number keys rate, Delete clears, W marks the worst area.

Screen readers meet a list (:mod:`~somatic_player.qt.accessible`): the map's name says the chosen
area and its rating, and each of the 74 areas is an item of its own ("Left knee, front view:
6 of 10, worst area"), focused as the arrows move and renamed when its rating changes. Sides
are the person's own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QFocusEvent,
    QFontInfo,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from somatic_player.core.bodymap import REGIONS, View
from somatic_player.core.checkin import BodyMapRatings
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt import accessible
from somatic_player.qt.bodymap_colours import MapColours
from somatic_player.qt.bodymap_figure import (
    VIEW_GAP,
    VIEW_MODES,
    Placed,
    ViewMode,
    badge_rects,
    load_figure,
    neighbour,
    place_views,
)
from somatic_player.qt.bodymap_input import TenKey, area_command, edit_area, is_plain, quality_order
from somatic_player.qt.bodymap_list import area_label, area_words, capital, quality_word
from somatic_player.qt.bodymap_paint import (
    FIGURE_LINES,
    MARGIN_PX,
    SUBTITLE_LINES,
    MapScene,
    TextBox,
    badge_radius,
    footer_height,
    header_height,
    map_texts,
    paint_map,
    subtitle_lines,
)

_ARROWS: dict[int, tuple[float, float]] = {
    Qt.Key.Key_Left.value: (-1.0, 0.0),
    Qt.Key.Key_Right.value: (1.0, 0.0),
    Qt.Key.Key_Up.value: (0.0, -1.0),
    Qt.Key.Key_Down.value: (0.0, 1.0),
}
_VIEW_WORDS: dict[View, str] = {
    "front": QT_TRANSLATE_NOOP("bodymap_widget", "front view"),
    "back": QT_TRANSLATE_NOOP("bodymap_widget", "back view"),
}


def view_words(view: View) -> str:
    """``"front view"`` or ``"back view"``."""
    return translate("bodymap_widget", _VIEW_WORDS[view])


def rating_words(ratings: BodyMapRatings, code: int) -> str:
    """An area's answer in words: ``"6 of 10, aching, stiff, worst area"`` or ``"not rated"``."""
    rated = ratings.regions.get(code)
    if rated is None:
        return translate("bodymap_widget", "not rated")
    words = [translate("bodymap_widget", "{rating} of 10").format(rating=rated.rating)]
    words += [quality_word(q) for q in quality_order(rated.qualities)]
    if rated.worst:
        words.append(translate("bodymap_widget", "worst area"))
    return ", ".join(words)


def _one_decimal(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


class BodyMapWidget(QWidget):
    """Front and back figures; click or use the keyboard to choose a region and rate it.

    ``set_ratings`` shows ratings without emitting; the person's own changes emit
    ``ratingsChanged``. In read-only mode (history heat maps) nothing can be selected or
    changed; ``set_values`` shows averages with one decimal.

    Signals:
        ratingsChanged(object): the new BodyMapRatings after the person changed a region.
        selectionChanged(int): the selected region's code, or 0 for none.
        viewChanged(str): "both", "front" or "back", when keyboard navigation flipped a
            single view to the other side.
    """

    ratingsChanged = Signal(object)
    selectionChanged = Signal(int)
    viewChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, outline: str = "neutral") -> None:
        accessible.install()  # before Qt can ask for this widget's interface
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._figure = load_figure(outline)
        self._ratings = BodyMapRatings()
        self._values: dict[int, float] | None = None
        self._highlighted: frozenset[int] = frozenset()
        self._selected: int | None = None
        self._hovered: int | None = None
        self._read_only = False
        self._mode: ViewMode = "both"
        self._single: View = "front"  # the view shown when only one fits or is chosen
        self._placed: list[Placed] = []
        self._scale = 1.0
        self._sub_lines = 1  # lines the header gives the subtitles (see _relayout)
        self._sized_by_text = False
        self.ten_key = TenKey()
        self._update_accessible_text()

    # -- public API --------------------------------------------------------------------------------

    def ratings(self) -> BodyMapRatings:
        return self._ratings

    def set_ratings(self, ratings: BodyMapRatings) -> None:
        """Show these ratings (no signal: this is not the person's change)."""
        self._ratings = ratings
        self._update_accessible_text()
        self.update()
        if self._selected is not None:
            self._tell_area(self._selected, QAccessible.Event.NameChanged)

    def selected(self) -> int | None:
        return self._selected

    def select(self, code: int | None) -> None:
        """Select a region (None or 0 for none); emits selectionChanged when it changes."""
        code = code or None
        if code is not None and code not in REGIONS:
            raise ValueError(f"{code} is not a body-map region")
        if self._read_only or code == self._selected:
            return
        self._selected = code
        self.ten_key.reset()
        if code is not None:
            self._show_view_of(code)
            # Before the map's own name changes, so a screen reader speaks the area, not both.
            self._tell_area(code, QAccessible.Event.Selection)
            if self.hasFocus():
                self._tell_area(code, QAccessible.Event.Focus)
        self._update_accessible_text()
        self.update()
        self.selectionChanged.emit(code or 0)

    def outline(self) -> str:
        return self._figure.outline

    def set_outline(self, outline: str) -> None:
        """Switch to the neutral, female or male figure; ratings and selection stay."""
        self._figure = load_figure(outline)
        self._relayout()

    def view(self) -> ViewMode:
        return self._mode

    def set_view(self, mode: ViewMode | str) -> None:
        """Show both views side by side, or only the front or the back."""
        if mode not in VIEW_MODES:
            raise ValueError(f"view must be both, front or back, got {mode!r}")
        self._mode = cast(ViewMode, mode)
        if mode != "both":
            self._single = cast(View, mode)
        self._relayout()

    def shown_views(self) -> tuple[View, ...]:
        return tuple(p.view for p in self._placed)

    def view_rect(self, view: View) -> QRectF | None:
        """Where the view's figure is drawn, in widget pixels; None if it is not shown."""
        return next((QRectF(p.rect) for p in self._placed if p.view == view), None)

    def is_read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Read-only: no selection, no focus, no changes; hovering still explains regions."""
        self._read_only = read_only
        if read_only:
            self._selected = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self._update_accessible_text()
        self.update()

    def values(self) -> dict[int, float] | None:
        return None if self._values is None else dict(self._values)

    def set_values(self, values: Mapping[int, float] | None) -> None:
        """Show a value per region (e.g. 7-day averages), drawn with one decimal; None shows
        the ratings again."""
        if values is not None:
            unknown = sorted(set(values) - set(REGIONS))
            if unknown:
                raise ValueError(f"not body-map regions: {unknown}")
        self._values = None if values is None else dict(values)
        self._update_accessible_text()
        self.update()

    def highlighted(self) -> frozenset[int]:
        return self._highlighted

    def set_highlighted(self, codes: Iterable[int]) -> None:
        """Shade these regions in the theme's focus colour, without numbers or a legend: where
        attention goes now (the muscle group or body-scan area of the current step)."""
        wanted = frozenset(codes)
        unknown = sorted(wanted - set(REGIONS))
        if unknown:
            raise ValueError(f"not body-map regions: {unknown}")
        if wanted != self._highlighted:
            self._highlighted = wanted
            self.update()

    # -- geometry (also what the tests click) ------------------------------------------------------

    def _placed_view(self, code: int) -> Placed | None:
        """Where the region's view is on screen; None if it is not shown."""
        view = self._figure.regions[code].view
        return next((p for p in self._placed if p.view == view), None)

    def region_path(self, code: int) -> QPainterPath:
        """The region's outline in widget pixels (empty if its view is not shown)."""
        placed = self._placed_view(code)
        if placed is None:
            return QPainterPath()
        return placed.transform.map(self._figure.regions[code].path)

    def region_centre(self, code: int) -> QPointF | None:
        """A point well inside the region, in widget pixels; None if its view is hidden."""
        placed = self._placed_view(code)
        return None if placed is None else placed.transform.map(self._figure.regions[code].label)

    def region_at(self, pos: QPointF) -> int | None:
        for placed in self._placed:
            if not placed.rect.contains(pos):
                continue
            local = placed.transform.inverted()[0].map(pos)
            for shape in self._figure.regions.values():
                if shape.view == placed.view and shape.path.contains(local):
                    return shape.code
        return None

    def badge_rects(self) -> list[tuple[str, View, QRectF]]:
        """The R/L badges on screen: (side, view, rect)."""
        return badge_rects(self._figure, self._placed, badge_radius(self.font(), self._scale))

    def value_words(self, code: int) -> str:
        """What the map shows for an area: its rating, or the average in read-only maps."""
        if self._values is None:
            return rating_words(self._ratings, code)
        value = self._values.get(code)
        if value is None:
            return translate("bodymap_widget", "no value")
        return translate("bodymap_widget", "average {value} of 10").format(
            value=_one_decimal(value)
        )

    def area_text(self, code: int, *, number: bool = True) -> str:
        """``"Right knee (129), front view: 3 of 10"``; without the number for screen readers."""
        area = area_label(code) if number else area_words(code)
        return translate("bodymap_widget", "{area}, {view}: {value}").format(
            area=capital(area),
            view=view_words(self._figure.regions[code].view),
            value=self.value_words(code),
        )

    def tooltip_text(self, code: int) -> str:
        return self.area_text(code)

    def tooltip_at(self, pos: QPointF) -> tuple[str, QRect]:
        """What the tooltip says at ``pos`` (widget pixels) and the rect it stays valid in."""
        for side, view, rect in self.badge_rects():
            if rect.contains(pos):
                if side == "R":
                    text = translate("bodymap_widget", "The person's right side ({view})")
                else:
                    text = translate("bodymap_widget", "The person's left side ({view})")
                return text.format(view=view_words(view)), rect.toRect()
        code = self.region_at(pos)
        if code is None:
            return "", QRect()
        return self.tooltip_text(code), self.region_path(code).boundingRect().toRect()

    # -- events ------------------------------------------------------------------------------------

    def _change(self, code: int, ratings: BodyMapRatings) -> None:
        """The person changed area ``code`` here, with the keyboard: show it and emit."""
        if ratings == self._ratings:
            return
        self._ratings = ratings
        self._update_accessible_text()
        self.update()
        self._tell_area(code, QAccessible.Event.NameChanged)
        self.ratingsChanged.emit(ratings)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._read_only or not is_plain(event):
            super().keyPressEvent(event)
            return
        key, code = event.key(), self._selected
        command = area_command(event) if code is not None else None
        if key in _ARROWS:
            self._step(*_ARROWS[key])
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            codes = list(self._figure.regions)
            self.select(codes[0] if key == Qt.Key.Key_Home else codes[-1])
        elif code is None or command is None:
            super().keyPressEvent(event)
            return
        elif isinstance(command, int):
            rating = self.ten_key.press(command, code)
            self._change(code, edit_area(self._ratings, code, rating=rating))
            return  # a "1" waits for a "0"
        elif command == "clear":
            self._change(code, self._ratings.without(code))
        else:  # "worst": marks a rated area, or unmarks it; an unrated one stays as it is
            rated = self._ratings.regions.get(code)
            self._change(code, edit_area(self._ratings, code, worst=not (rated and rated.worst)))
        self.ten_key.reset()

    def _step(self, dx: float, dy: float) -> None:
        if self._selected is None:
            self.select(next(iter(self._figure.regions)))
            return
        target = neighbour(self._figure, self._selected, dx, dy)
        if target is not None:
            self.select(target)

    def _show_view_of(self, code: int) -> None:
        """Bring the region's view on screen if only the other one is shown."""
        view = self._figure.regions[code].view
        self._single = view
        if not self._placed or view in self.shown_views():
            return
        if self._mode != "both":
            self._mode = view
            self.viewChanged.emit(view)
        self._relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._read_only:
            code = self.region_at(event.position())
            if code is not None:
                self.select(code)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        code = self.region_at(event.position())
        if code != self._hovered:
            self._hovered = code
            self.update()
            if QToolTip.isVisible():
                self._show_tooltip(event.position(), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, event)
            self._show_tooltip(QPointF(help_event.pos()), help_event.globalPos())
            return True
        return super().event(event)

    def _show_tooltip(self, pos: QPointF, global_pos: QPoint) -> None:
        text, rect = self.tooltip_at(pos)
        if text:
            QToolTip.showText(global_pos, text, self, rect)
        else:
            QToolTip.hideText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.ten_key.reset()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()
            if self._sized_by_text:
                self.updateGeometry()
        super().changeEvent(event)

    def set_sized_by_text(self, sized: bool) -> None:
        """Whether the map's least size grows with the text size (see :meth:`usable_size`):
        for a map a person marks, whose figures must stay large enough to point at."""
        self._sized_by_text = sized
        self.updateGeometry()

    def usable_size(self) -> QSize:
        """The least size at which both figures stay large enough to point at (FIGURE_LINES
        lines of text tall), with their titles and the legend, at the current text size."""
        font = self.font()
        figure_h = FIGURE_LINES * QFontInfo(font).pixelSize()
        scale = figure_h / self._figure.height
        width = max(220.0, 14.0 * QFontInfo(font).pixelSize())
        width = max(width, (2 * self._figure.width + VIEW_GAP) * scale + 2 * MARGIN_PX)
        placed, _ = place_views(
            self._figure, "both", "front", QRectF(MARGIN_PX, 0, width - 2 * MARGIN_PX, figure_h)
        )
        texts = header_height(font, subtitle_lines(font, placed, width))
        texts += footer_height(font, width) + 2 * MARGIN_PX
        return QSize(math.ceil(width), math.ceil(max(320.0, texts + figure_h)))

    def sizeHint(self) -> QSize:
        hint = QSize(620, 660)
        return hint.expandedTo(self.usable_size() * 1.2) if self._sized_by_text else hint

    def minimumSizeHint(self) -> QSize:
        least = QSize(220, 320)
        return least.expandedTo(self.usable_size()) if self._sized_by_text else least

    # -- layout and painting -----------------------------------------------------------------------

    def _relayout(self) -> None:
        """Fit the figures between the titles and the legend. The subtitles get a second line
        or a third where one would not hold them, unless that leaves the figures too small
        (then they are left out: the map is smaller than its usable size)."""
        font, width = self.font(), float(self.width())
        bottom = MARGIN_PX + footer_height(font, width)
        usable = FIGURE_LINES * QFontInfo(font).pixelSize() / self._figure.height
        first = 0.0
        for lines in range(1, SUBTITLE_LINES + 1):
            top = MARGIN_PX + header_height(font, lines)
            area = QRectF(MARGIN_PX, top, width - 2 * MARGIN_PX, self.height() - top - bottom)
            placed, scale = place_views(self._figure, self._mode, self._single, area)
            first = first or scale
            if lines > 1 and scale < 0.99 * min(first, usable):
                break
            self._placed, self._scale, self._sub_lines = placed, scale, lines
            if subtitle_lines(font, placed, width) <= lines:
                break
        self.update()

    def text_boxes(self) -> list[TextBox]:
        """The titles, subtitles and legend words as painted now, with the boxes they take."""
        if not self._placed:
            self._relayout()
        return map_texts(self._scene())

    def _scene(self) -> MapScene:
        return MapScene(
            figure=self._figure,
            placed=self._placed,
            scale=self._scale,
            ratings=self._ratings,
            values=self._values,
            highlighted=self._highlighted,
            hovered=self._hovered,
            selected=self._selected,
            focused=self.hasFocus(),
            font=self.font(),
            size=QSizeF(self.size()),
            colours=MapColours.from_palette(self.palette()),
            sub_lines=self._sub_lines,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._placed:
            self._relayout()
        painter = QPainter(self)
        paint_map(painter, self._scene())
        painter.end()

    # -- words and screen readers ------------------------------------------------------------------

    def _update_accessible_text(self) -> None:
        if self._read_only:
            shown = self._values if self._values is not None else self._ratings.painful
            self.setAccessibleName(translate("bodymap_widget", "Body map (read only)"))
            if shown:
                top = max(shown, key=lambda c: shown[c])
                text = translate(
                    "bodymap_widget",
                    "%n area(s) with values; highest {area}: {value}",
                    None,
                    len(shown),
                )
                self.setAccessibleDescription(
                    text.format(area=area_label(top), value=_one_decimal(shown[top]))
                )
            else:
                self.setAccessibleDescription(translate("bodymap_widget", "No areas have values"))
            return
        code = self._selected
        if code is None:
            self.setAccessibleName(translate("bodymap_widget", "Body map, no area selected"))
        else:
            self.setAccessibleName(
                translate("bodymap_widget", "Body map, {area}, {view}: {rating}").format(
                    area=area_label(code),
                    view=view_words(self._figure.regions[code].view),
                    rating=rating_words(self._ratings, code),
                )
            )
        count = len(self._ratings.regions)
        if self._ratings.no_pain:
            summary = translate("bodymap_widget", "No pain anywhere.")
        else:
            summary = translate("bodymap_widget", "%n area(s) rated.", None, count)
        keys = translate(
            "bodymap_widget",
            "Arrow keys move between areas; 0 to 9 rate the area, 1 then 0 for 10; Delete "
            "clears it; W marks the worst area (rate it first).",
        )
        self.setAccessibleDescription(f"{summary} {keys}")

    def _tell_area(self, code: int, kind: QAccessible.Event) -> None:
        accessible.send_item_event(self, code, kind)

    def accessible_interface(self) -> QAccessibleInterface:
        """A list of the 74 areas (see :mod:`~somatic_player.qt.accessible`); the map's value
        is the chosen area in words."""
        return accessible.ItemsInterface(
            self,
            QAccessible.Role.List,
            QAccessible.Role.ListItem,
            value=lambda widget: cast(BodyMapWidget, widget).current_words(),
        )

    def current_words(self) -> str:
        """The chosen area in words, ``"Left knee, front view: 6 of 10"``; empty if none."""
        code = self._selected
        return "" if code is None else self.area_text(code, number=False)

    def accessible_keys(self) -> list[int]:
        return list(self._figure.regions)

    def accessible_item_text(self, key: int, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.area_text(key, number=False)
        if kind == QAccessible.Text.Value:
            return self.value_words(key)
        return ""

    def accessible_item_state(self, key: int) -> QAccessible.State:
        state = QAccessible.State()
        hidden = self._figure.regions[key].view not in self.shown_views()
        state.invisible = state.offscreen = hidden
        state.readOnly = self._read_only
        state.focusable = state.selectable = not self._read_only
        state.selected = key == self._selected
        state.focused = key == self._selected and self.hasFocus()
        return state

    def accessible_item_rect(self, key: int) -> QRect:
        return self.region_path(key).boundingRect().toAlignedRect()

    def accessible_item_at(self, pos: QPoint) -> int | None:
        return self.region_at(QPointF(pos))

    def accessible_current(self) -> int | None:
        return self._selected
