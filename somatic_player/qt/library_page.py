"""The library screen: routines on the left, searchable; what the chosen one involves on the right.

This is the first screen people see, so it stays quiet: large type, generous spacing, one accent.
The main window builds it right after its own first paint (see main_window.py).

At any text size the words follow the width they are given: the two filters go one under the
other when they do not fit side by side, and the detail pane is never narrower than its longest
word or control, so its words wrap instead of running past the edge.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.choices import Choices
from somatic_player.core.pmr_stages import PracticeRecord
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.routine_list import (
    ID_ROLE,
    SUBTITLE_ROLE,
    RoutineFilterModel,
    RoutineItemDelegate,
    RoutineSummary,
    fill_model,
    kind_label,
    length_label,
    positions_label,
)
from somatic_player.qt.session_options import SessionOptionsView

if TYPE_CHECKING:
    from somatic_player.core.profile import Profile


class SideBySideOrStacked(QLayout):
    """Widgets sharing one row equally when each gets at least its minimum width there, else
    one under another at the full width (large text, long words)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 14) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

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
        items = self._shown()
        if self.side_by_side(width):
            return max((i.sizeHint().height() for i in items), default=0)
        heights = [i.sizeHint().height() for i in items]
        return sum(heights) + self._gap * max(0, len(heights) - 1)

    def sizeHint(self) -> QSize:
        items = self._shown()
        widest = max((i.sizeHint().width() for i in items), default=0)
        width = widest * len(items) + self._gap * max(0, len(items) - 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        items = self._shown()
        if not items:
            return
        if self.side_by_side(rect.width()):
            share = (rect.width() - self._gap * (len(items) - 1)) // len(items)
            height = max(i.sizeHint().height() for i in items)
            for n, item in enumerate(items):
                x = rect.left() + n * (share + self._gap)
                item.setGeometry(QRect(x, rect.top(), share, height))
            return
        y = rect.top()
        for item in items:
            height = item.sizeHint().height()
            item.setGeometry(QRect(rect.left(), y, rect.width(), height))
            y += height + self._gap

    # -- placing --------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]

    def side_by_side(self, width: int) -> bool:
        items = self._shown()
        if len(items) < 2:
            return True
        share = (width - self._gap * (len(items) - 1)) // len(items)
        return all(i.minimumSize().width() <= share for i in items)


class WordsScrollArea(QScrollArea):
    """Scrolls its words up and down only, and is never narrower than they can be (the longest
    word, the widest control), so nothing runs past its right edge."""

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        words = self.widget()
        if words is None:
            return least
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        return QSize(
            max(least.width(), words.minimumSizeHint().width() + bar + frame), least.height()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # other words or controls: perhaps another minimum width
        return super().eventFilter(watched, event)


SUBTITLE_BREAK = " · "  # kind and length wrap between them, never inside "9 min"


class WrappingRoutineDelegate(RoutineItemDelegate):
    """A routine's title over its kind and length, as :class:`RoutineItemDelegate` draws them,
    except that each wraps onto more lines when the list is too narrow for it on one (large
    text, a narrow window), and only past ``MAX_LINES`` is cut short with an ellipsis."""

    MAX_LINES = 3

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        else:
            width = option.rect.width()
        return max(1, width - 2 * self.PAD_X)

    def lines(self, metrics: QFontMetrics, text: str, width: int, at: str = " ") -> list[str]:
        """``text`` on one line, or wrapped where ``at`` separates it onto ``MAX_LINES``, the
        last elided."""
        if metrics.horizontalAdvance(text) <= width:
            return [text]
        out: list[str] = []
        parts = [part for part in text.split(at) if part.strip()]
        while parts and len(out) < self.MAX_LINES - 1:
            line = parts.pop(0)
            while parts and metrics.horizontalAdvance(f"{line}{at}{parts[0]}") <= width:
                line = f"{line}{at}{parts.pop(0)}"
            out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        if parts:
            rest = at.join(parts)
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
        return out

    def _texts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return title, str(index.data(SUBTITLE_ROLE) or "")

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, subtitle = self._texts(index)
        title_metrics = QFontMetrics(option.font)
        sub_metrics = QFontMetrics(self._subtitle_font(option.font))
        width = self._text_width(option)
        height = len(self.lines(title_metrics, title, width)) * title_metrics.height()
        subtitles = self.lines(sub_metrics, subtitle, width, SUBTITLE_BREAK)
        height += self.GAP + len(subtitles) * sub_metrics.height()
        return QSize(200, height + 2 * self.PAD_Y)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if widget is not None:
            opt.text = ""
            widget.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget
            )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)
        inner = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        title, subtitle = self._texts(index)
        top = inner.top()
        sub_font = self._subtitle_font(opt.font)
        for font, text, alpha, at in (
            (opt.font, title, 1.0, " "),
            (sub_font, subtitle, 0.72, SUBTITLE_BREAK),
        ):
            metrics = QFontMetrics(font)
            colour.setAlphaF(alpha)
            painter.setFont(font)
            painter.setPen(colour)
            for line in self.lines(metrics, text, inner.width(), at):
                painter.drawText(
                    QRect(inner.left(), top, inner.width(), metrics.height()), left, line
                )
                top += metrics.height()
            top += self.GAP
        painter.restore()


class RoutineListView(QListView):
    """The routine list; keeps the chosen routine in view when its rows are measured again
    (another width can give a title a second line)."""

    def doItemsLayout(self) -> None:
        super().doItemsLayout()
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)


class RoutineDetailView(QFrame):
    """Title, kind, length, positions and description of a routine, or a hint if none is chosen;
    below the description, the session options the routine offers (session_options.py). The
    words scroll when the window is short; Start and the length stay in view.

    Signals:
        start_requested(str): the Start button was pressed for this routine id.
    """

    start_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._routine_id = ""
        self._stack = QStackedWidget(self)

        self.placeholder = QLabel(
            translate("library_page", "Choose a routine to see what it involves.")
        )
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        page = QWidget()
        self.title = self._label("routineTitle")
        self.meta = self._label("routineMeta")
        self.positions = self._label("routinePositions")
        self.description = self._label("routineDescription")
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = self._label("routineSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.safety = self._label("routineSafety")
        self.safety.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton(translate("library_page", "Start"))
        self.start_button.setObjectName("startButton")
        self.start_button.setAccessibleName(translate("library_page", "Start this routine"))
        self.start_button.setToolTip(translate("library_page", "Start this routine (Enter)"))
        self.start_button.setMinimumHeight(56)
        self.start_button.setMinimumWidth(160)
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self._routine_id))
        self.length_choice = QComboBox()
        self.length_choice.setObjectName("lengthChoice")
        self.length_choice.setAccessibleName(translate("library_page", "Session length"))
        self.length_choice.setToolTip(translate("library_page", "How long this session lasts"))
        self.length_choice.setMinimumHeight(44)
        self.length_label = QLabel(translate("library_page", "&Length"))
        self.length_label.setBuddy(self.length_choice)
        self._default_minutes = 0.0
        self._preferred_minutes: int | None = None
        self._availability: Callable[[RoutineSummary], list[str]] | None = None
        self._adaptations: Callable[[RoutineSummary, Choices], list[str]] | None = None
        self.error = self._label("routineError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # How today's check-in, flare day or session time changes this routine (rules' words).
        self.adapted = self._label("routineAdapted")
        self.options = SessionOptionsView()
        self._entry: RoutineSummary | None = None
        self.options.choices_changed.connect(lambda _c: self._show_adaptations(self._entry))
        words = QWidget()
        words.setObjectName("detailWords")
        text = QVBoxLayout(words)
        text.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar when it shows
        text.setSpacing(10)
        text.addWidget(self.title)
        text.addWidget(self.meta)
        text.addWidget(self.positions)
        text.addSpacing(14)
        text.addWidget(self.description)
        text.addWidget(self.options)
        text.addWidget(self.adapted)
        text.addWidget(self.steps)
        text.addWidget(self.safety)
        text.addWidget(self.error)
        text.addStretch(1)
        self.detail_scroll = WordsScrollArea()
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The pane's own background shows through (whatever the theme).
        self.detail_scroll.setStyleSheet(
            "QScrollArea#detailScroll, QWidget#detailWords { background: transparent; }"
        )
        self.detail_scroll.viewport().setAutoFillBackground(False)
        self.detail_scroll.setWidget(words)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.detail_scroll, 1)
        column.addSpacing(6)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addSpacing(16)
        start_row.addWidget(self.length_label)
        start_row.addWidget(self.length_choice)
        start_row.addStretch(1)
        column.addLayout(start_row)

        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.addWidget(self._stack)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_preferred_minutes(self, minutes: int | None) -> None:
        """The person's default session length (settings), chosen for flexible routines that
        offer it."""
        self._preferred_minutes = minutes
        if minutes is not None and self.showing_routine and not self.length_choice.isHidden():
            self.choose_minutes(minutes)

    def set_availability(self, check: Callable[[RoutineSummary], list[str]] | None) -> None:
        """``check(entry)`` gives the reasons a routine is not offered today (none: it is);
        such a routine shows the reasons and cannot be started."""
        self._availability = check

    def set_practice_history(
        self,
        history: Callable[[], Sequence[PracticeRecord]] | None,
        profile: Callable[[], Profile] | None = None,
    ) -> None:
        """Completed muscle-relaxation sessions (``session_options.pmr_practice``) and today's
        profile, for the next-stage suggestion; None: no suggestion."""
        self.options.set_practice_history(history, profile)

    def chosen_choices(self) -> Choices:
        """The session options chosen for the routine shown (``Choices()``: none offered)."""
        if not self.showing_routine or self.options.isHidden():
            return Choices()
        return self.options.choices()

    def set_adaptations(
        self, explain: Callable[[RoutineSummary, Choices], list[str]] | None
    ) -> None:
        """``explain(entry, choices)`` gives how today's profile adapts the routine (the rules'
        own descriptions); shown under the options and updated when a choice changes."""
        self._adaptations = explain

    def _show_adaptations(self, entry: RoutineSummary | None) -> None:
        explain = self._adaptations
        lines = explain(entry, self.chosen_choices()) if explain and entry else []
        adapted = translate("library_page", "Adapted for today: {reasons}")
        self.adapted.setText(adapted.format(reasons=" ".join(lines)) if lines else "")
        self.adapted.setVisible(bool(lines))

    def choose_minutes(self, minutes: float) -> bool:
        """Select this length if the routine offers it; True when it did."""
        index = self.length_choice.findData(float(minutes))
        if index >= 0:
            self.length_choice.setCurrentIndex(index)
        return index >= 0

    def offered_minutes(self) -> list[float]:
        return [float(self.length_choice.itemData(i)) for i in range(self.length_choice.count())]

    def chosen_minutes(self) -> float | None:
        """The length asked for, or None for the routine's own length."""
        chosen = self.length_choice.currentData()
        if self.length_choice.isHidden() or chosen is None or chosen == self._default_minutes:
            return None
        return float(chosen)

    @property
    def showing_routine(self) -> bool:
        return self._stack.currentIndex() == 1

    def show_routine(self, entry: RoutineSummary) -> None:
        self.title.setText(entry.title)
        origin = (
            translate("library_page", "Built in")
            if entry.builtin
            else translate("library_page", "Your routine")
        )
        self.meta.setText(f"{kind_label(entry.kind)} · {length_label(entry.duration_s)} · {origin}")
        where = positions_label(entry.positions)
        position = translate("library_page", "Position: {positions}")
        self.positions.setText(position.format(positions=where) if where else "")
        self.positions.setVisible(bool(where))
        # Rich text only for the line spacing; the routine's own words (translated with the
        # routine file, not here) are escaped.
        description = f'<p style="line-height: 145%">{html.escape(entry.description)}</p>'
        self.description.setText(description)
        self.description.setVisible(bool(entry.description))
        routine = getattr(entry, "routine", None)
        titles = _step_titles(routine)
        self.steps.setText(_bullets(translate("library_page", "What it involves"), titles))
        self.steps.setVisible(bool(titles))
        notes = list(routine.safety.notes) if routine is not None else []
        self.safety.setText(_bullets(translate("library_page", "Please note"), notes))
        self.safety.setVisible(bool(notes))
        self._routine_id = entry.id
        # Breathing routines stretch to the lengths they offer; others have a fixed length.
        offered = [float(m) for m in getattr(entry, "minutes", ())]
        options = getattr(routine, "options", None)
        default = getattr(options, "default_minutes", None)
        own = entry.duration_s / 60
        nearest = min(offered, key=lambda m: abs(m - own)) if offered else own
        # The routine's own length shows as the nearest offered one and means "as written".
        self._default_minutes = float(default) if default else float(nearest)
        self.length_choice.clear()
        for minutes in offered:
            self.length_choice.addItem(length_label(minutes * 60), minutes)
        if not (self._preferred_minutes and self.choose_minutes(self._preferred_minutes)):
            self.choose_minutes(self._default_minutes)
        self.length_choice.setVisible(bool(offered))
        self.length_label.setVisible(bool(offered))
        reasons = self._availability(entry) if self._availability and not entry.error else []
        not_offered = translate("library_page", "Not offered today: {reasons}")
        problem = entry.error or (not_offered.format(reasons=" ".join(reasons)) if reasons else "")
        self.start_button.setEnabled(not problem)
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.options.show_routine(routine if not entry.error else None)
        self._entry = entry
        self._show_adaptations(entry if not problem else None)
        self.set_tab_order()
        self.detail_scroll.verticalScrollBar().setValue(0)
        self._stack.setCurrentIndex(1)

    def clear(self) -> None:
        self._stack.setCurrentIndex(0)

    def set_tab_order(self, before: QWidget | None = None) -> None:
        """Tab from ``before`` (the routine list) through the options to Start and the length."""
        chain = [*self.options.focus_chain(), self.start_button, self.length_choice]
        for first, second in pairwise([before, *chain] if before is not None else chain):
            QWidget.setTabOrder(first, second)


_STEP_WORDS = {
    "narration": "",
    "silence": QT_TRANSLATE_NOOP("library_page", "Quiet rest"),
    "check-in": "",
    "journal": QT_TRANSLATE_NOOP("library_page", "Journal prompt"),
}


def _step_word(kind: str) -> str:
    """What a step without a title is called in the list ("" for none)."""
    word = _STEP_WORDS.get(kind, kind)
    return translate("library_page", word) if kind in _STEP_WORDS and word else word


def _step_titles(routine: object) -> list[str]:
    """The steps worth naming to someone choosing a routine (not every spoken line)."""
    out: list[str] = []
    for step in getattr(routine, "steps", ()):
        title = getattr(step, "title", "") or _step_word(step.kind)
        if title and (not out or out[-1] != title):
            out.append(title)
    return out


def _bullets(heading: str, items: list[str]) -> str:
    rows = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return f"<p><b>{html.escape(heading)}</b></p><ul style='margin-left: -20px'>{rows}</ul>"


class LibraryPage(QWidget):
    """The library screen: search, filters and the routine list on the left, details on the right.

    Built without entries it shows "Loading routines…" until :meth:`set_entries` is called, so
    the window can appear before the (slower) routine loader has run.

    Signals:
        start_requested(str): the person asked to start the routine with this id.
    """

    start_requested = Signal(str)

    def __init__(
        self, entries: Sequence[RoutineSummary] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self._entries: dict[str, RoutineSummary] = {}
        self._loaded = False
        self._load_error = ""

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(translate("library_page", "Search routines"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("library_page", "Search routines"))

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.setAccessibleName(translate("library_page", "Kind of practice"))
        self.kind_filter.setToolTip(translate("library_page", "Show only one kind of practice"))
        self.kind_filter.addItem(translate("library_page", "All kinds"), "")
        for kind in ("breathing", "pmr", "movement", "body-scan", "mixed"):
            self.kind_filter.addItem(kind_label(kind), kind)
        self.position_filter = QComboBox()
        self.position_filter.setObjectName("positionFilter")
        self.position_filter.setAccessibleName(translate("library_page", "Position"))
        self.position_filter.setToolTip(
            translate("library_page", "Show only routines you can do in this position")
        )
        for label, value in (
            (translate("library_page", "Any position"), ""),
            (translate("library_page", "Lying"), "lying"),
            (translate("library_page", "Seated"), "seated"),
            (translate("library_page", "Standing"), "standing"),
        ):
            self.position_filter.addItem(label, value)

        self._source = QStandardItemModel(self)
        self.filter_model = RoutineFilterModel(self)
        self.filter_model.setSourceModel(self._source)

        self.routine_list = RoutineListView()
        self.routine_list.setObjectName("routineList")
        self.routine_list.setAccessibleName(translate("library_page", "Routines"))
        self.routine_list.setModel(self.filter_model)
        self.routine_list.setItemDelegate(WrappingRoutineDelegate(self.routine_list))
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows are measured again when the list's width changes: a title that no longer fits
        # on one line (large text, a narrow window) may take two.
        self.routine_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.routine_list.setSpacing(2)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyListLabel")
        self.empty_label.setWordWrap(True)

        self.detail = RoutineDetailView()

        left = QVBoxLayout()
        left.setSpacing(14)
        left.addWidget(self.search_edit)
        filters = SideBySideOrStacked()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.position_filter)
        left.addLayout(filters)
        left.addWidget(self.empty_label)
        left.addWidget(self.routine_list, 1)

        row = QHBoxLayout(self)
        row.setContentsMargins(28, 28, 28, 28)
        row.setSpacing(24)
        row.addLayout(left, 2)
        row.addWidget(self.detail, 3)
        self.detail.start_requested.connect(self.start_requested)
        self.routine_list.activated.connect(self._on_routine_list_activated)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.kind_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.position_filter.currentIndexChanged.connect(self._on_filters_changed)
        selection = self.routine_list.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        if entries is None:
            self._update_empty_label()
        else:
            self.set_entries(entries)

    def entry(self, routine_id: str) -> RoutineSummary | None:
        return self._entries.get(routine_id)

    def _on_routine_list_activated(self, index: QModelIndex) -> None:
        self.start_requested.emit(str(index.data(ID_ROLE)))

    def set_entries(self, entries: Sequence[RoutineSummary]) -> None:
        """Show these routines (replacing any shown), keeping the search text."""
        self._loaded = True
        self._load_error = ""
        self._entries = {entry.id: entry for entry in entries}
        fill_model(self._source, entries)
        self._update_empty_label()
        self._select_first_if_none()

    def show_load_error(self, message: str) -> None:
        """The library could not be read at all: say so where the list would be."""
        self._loaded = True
        self._load_error = message
        self._entries = {}
        self._source.clear()
        self._update_empty_label()
        self.detail.clear()

    def visible_titles(self) -> list[str]:
        """Titles currently shown in the list, top to bottom."""
        model = self.filter_model
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    def select_routine(self, routine_id: str) -> bool:
        """Select the routine with this id if it is visible; True when it was."""
        model = self.filter_model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == routine_id:
                self.routine_list.setCurrentIndex(index)
                return True
        return False

    def _select_first_if_none(self) -> None:
        if self.routine_list.selectionModel().hasSelection():
            return
        if self.filter_model.rowCount():
            self.routine_list.setCurrentIndex(self.filter_model.index(0, 0))
        else:
            self.detail.clear()

    def _update_empty_label(self) -> None:
        if self.filter_model.rowCount():
            self.empty_label.hide()
            return
        query = self.search_edit.text().strip()
        if not self._loaded:
            self.empty_label.setText(translate("library_page", "Loading routines…"))
        elif self._load_error:
            self.empty_label.setText(
                translate("library_page", "Routines could not be loaded: {error}").format(
                    error=self._load_error
                )
            )
        elif query:
            self.empty_label.setText(
                translate("library_page", "No routine matches “{query}”.").format(query=query)
            )
        else:
            self.empty_label.setText(
                translate(
                    "library_page", "No routines found. Routine files you add will appear here."
                )
            )
        self.empty_label.show()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.filter_model.set_query(text)
        self._update_empty_label()
        self._select_first_if_none()

    def _on_filters_changed(self, _index: int) -> None:
        self.filter_model.set_kind(str(self.kind_filter.currentData() or ""))
        self.filter_model.set_position(str(self.position_filter.currentData() or ""))
        self._update_empty_label()
        self._select_first_if_none()

    def _on_search_edit_return_pressed(self) -> None:
        if self.filter_model.rowCount():
            self.routine_list.setFocus()

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if not indexes:
            if not self.routine_list.selectionModel().hasSelection():
                self.detail.clear()
            return
        entry = self._entries.get(str(indexes[0].data(ID_ROLE)))
        if entry is None:
            self.detail.clear()
        else:
            self.detail.show_routine(entry)
            self.detail.set_tab_order(self.routine_list)
