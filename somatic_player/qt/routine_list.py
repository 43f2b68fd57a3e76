"""The routine list: an item model of library entries, a word filter and a two-line delegate.

The window only needs what a routine *is* (title, kind, length, positions), so it takes anything
shaped like :class:`RoutineSummary` rather than a content-layer class; tests pass plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
POSITIONS_ROLE = Qt.ItemDataRole.UserRole + 5
HOLDS_ROLE = Qt.ItemDataRole.UserRole + 6

_KIND_LABELS = {
    "breathing": QT_TRANSLATE_NOOP("routine_list", "Breathing"),
    "pmr": QT_TRANSLATE_NOOP("routine_list", "Muscle relaxation"),
    "movement": QT_TRANSLATE_NOOP("routine_list", "Gentle movement"),
    "body-scan": QT_TRANSLATE_NOOP("routine_list", "Body scan"),
    "mixed": QT_TRANSLATE_NOOP("routine_list", "Mixed practice"),
}
# Positions inside a sentence ("Lying or seated"); the first word is capitalised when shown.
_POSITION_WORDS = {
    "lying": QT_TRANSLATE_NOOP("routine_list", "lying"),
    "seated": QT_TRANSLATE_NOOP("routine_list", "seated"),
    "standing": QT_TRANSLATE_NOOP("routine_list", "standing"),
}


class RoutineSummary(Protocol):
    """What the library window shows about one routine (``content.library`` entries fit)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def duration_s(self) -> float: ...
    @property
    def positions(self) -> Sequence[str]: ...
    @property
    def description(self) -> str: ...
    @property
    def builtin(self) -> bool: ...
    @property
    def error(self) -> str | None: ...


def kind_label(kind: str) -> str:
    """``"pmr"`` -> ``"Muscle relaxation"``; unknown kinds are shown as written."""
    if kind in _KIND_LABELS:
        return translate("routine_list", _KIND_LABELS[kind])
    return kind.replace("-", " ").capitalize()


def decimal(value: float, places: int | None = None) -> str:
    """A number as the interface language writes it (``5,5`` in German and Spanish): with
    ``places`` decimals, or as few as it needs when None (like ``f"{value:g}"``)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if places is None:
        return locale.toString(float(value), "g", 6)
    return locale.toString(float(value), "f", places)


def length_label(duration_s: float) -> str:
    """A length as people say it: ``"45 s"`` under a minute, else whole minutes (``"5 min"``)."""
    if duration_s < 59.5:
        return translate("routine_list", "{seconds} s").format(seconds=max(round(duration_s), 0))
    return translate("routine_list", "{minutes} min").format(minutes=round(duration_s / 60))


def positions_label(positions: Iterable[str]) -> str:
    """``("lying", "seated")`` -> ``"Lying or seated"``."""
    names = [
        translate("routine_list", _POSITION_WORDS[name]) if name in _POSITION_WORDS else name
        for name in positions
    ]
    if not names:
        return ""
    if len(names) == 1:
        text = names[0]
    else:
        text = translate("routine_list", "{positions} or {last}").format(
            positions=", ".join(names[:-1]), last=names[-1]
        )
    return text[:1].upper() + text[1:]


def subtitle_for(entry: RoutineSummary) -> str:
    if entry.error:
        return translate("routine_list", "Needs fixing before it can be played")
    return f"{kind_label(entry.kind)} · {length_label(entry.duration_s)}"


def fill_model(model: QStandardItemModel, entries: Iterable[RoutineSummary]) -> None:
    """Replace the model's rows with one read-only item per entry, in the order given."""
    model.clear()
    for entry in entries:
        subtitle = subtitle_for(entry)
        item = QStandardItem(entry.title)
        item.setEditable(False)
        item.setData(entry.id, ID_ROLE)
        item.setData(subtitle, SUBTITLE_ROLE)
        item.setData(f"{entry.title}, {subtitle}", Qt.ItemDataRole.AccessibleTextRole)
        haystack = " ".join(
            [entry.title, entry.kind, kind_label(entry.kind), entry.description, *entry.positions]
        )
        item.setData(haystack.casefold(), SEARCH_ROLE)
        item.setData(entry.kind, KIND_ROLE)
        item.setData(" ".join(entry.positions), POSITIONS_ROLE)
        item.setData(bool(getattr(entry, "breath_holds", False)), HOLDS_ROLE)
        model.appendRow(item)


class RoutineFilterModel(QSortFilterProxyModel):
    """Keeps the rows whose title, kind, positions or description contain every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind = ""
        self._position = ""
        self._show_breath_holds = False

    def set_show_breath_holds(self, show: bool) -> None:
        """Routines with breath holds stay hidden until the breath-hold screen is cleared."""
        if show != self._show_breath_holds:
            self._refilter(lambda: setattr(self, "_show_breath_holds", show))

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_kind(self, kind: str) -> None:
        """Only routines of this kind ("" for all)."""
        if kind != self._kind:
            self._refilter(lambda: setattr(self, "_kind", kind))

    def set_position(self, position: str) -> None:
        """Only routines that can be done in this position ("" for any)."""
        if position != self._position:
            self._refilter(lambda: setattr(self, "_position", position))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+, where invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(HOLDS_ROLE) and not self._show_breath_holds:
            return False
        if self._kind and index.data(KIND_ROLE) != self._kind:
            return False
        if self._position and self._position not in str(index.data(POSITIONS_ROLE) or "").split():
            return False
        if not self._words:
            return True
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)


class RoutineItemDelegate(QStyledItemDelegate):
    """Draws a routine as its title over a quieter line with kind and length."""

    PAD_X = 14
    PAD_Y = 10
    GAP = 3

    def _subtitle_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        return small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title = QFontMetrics(option.font)
        subtitle = QFontMetrics(self._subtitle_font(option.font))
        height = title.height() + self.GAP + subtitle.height() + 2 * self.PAD_Y
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else None
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)

        painter.save()
        if style is not None:
            opt.text = ""
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(text_role)
        inner = rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)

        title_font: QFont = opt.font
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(colour)
        title = title_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            inner.width(),
        )
        painter.drawText(
            inner.adjusted(0, 0, 0, -(inner.height() - title_metrics.height())),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )

        sub_font = self._subtitle_font(title_font)
        sub_metrics = QFontMetrics(sub_font)
        colour.setAlphaF(0.72)
        painter.setFont(sub_font)
        painter.setPen(colour)
        top = inner.top() + title_metrics.height() + self.GAP
        painter.drawText(
            QRect(inner.left(), top, inner.width(), sub_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sub_metrics.elidedText(
                str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.restore()
