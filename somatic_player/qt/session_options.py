"""The session options in the library's detail pane: only what the chosen routine offers.

Pace and in:out ratio (with the seconds they give), the natural pace a gentle ramp starts from
(measured by tapping, tap_tempo.py), how many sighs, the muscle-relaxation mode and learning
mode, a body scan's anchor, eyes open and what to do with areas that hurt today. What a routine
offers comes from its ``[options]`` (core/routine.py); the choice leaves as a
:class:`~somatic_player.core.choices.Choices` and is remembered per routine in ``ui-state.ini``.

A muscle-relaxation routine may show a suggestion for the next stage (core/pmr_stages.py). It
is words only: nothing here ever changes the person's selection by itself.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.choices import NATURAL_BPM_RANGE, Choices
from somatic_player.core.pmr_stages import (
    WINDOW,
    PmrStage,
    PracticeRecord,
    suggest_next_stage,
)
from somatic_player.core.routine import PMR_MODES, BreathStep, PmrStep, Routine, ScanStep
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import MIN_TARGET_PX, big_button
from somatic_player.qt.form_widgets import BigCheckBox, WideComboBox
from somatic_player.qt.routine_list import decimal
from somatic_player.qt.tap_tempo import TapTempoDialog
from somatic_player.qt.ui_state import ui_state

if TYPE_CHECKING:
    from somatic_player.core.profile import Profile
    from somatic_player.history.store import Store

log = logging.getLogger(__name__)

STATE_GROUP = "session_options"
CONTEXT = "session_options"
# Marked here, translated where they are shown (the language is loaded after import).
RATIO_WORDS = {
    "1:1": QT_TRANSLATE_NOOP("session_options", "in and out the same"),
    "1:1.5": QT_TRANSLATE_NOOP("session_options", "out a little longer"),
    "1:2": QT_TRANSLATE_NOOP("session_options", "out twice as long"),
    "3:7": QT_TRANSLATE_NOOP("session_options", "out more than twice as long"),
}
PMR_MODE_WORDS: dict[str, tuple[str, str]] = {
    "tension-release": (
        QT_TRANSLATE_NOOP("session_options", "Tighten gently, then let go"),
        QT_TRANSLATE_NOOP(
            "session_options",
            "Tighten each group at about half effort, never to the point of pain or cramp, "
            "then let go and notice the difference.",
        ),
    ),
    "release-only": (
        QT_TRANSLATE_NOOP("session_options", "Let go only"),
        QT_TRANSLATE_NOOP(
            "session_options", "No tightening at all: let each group soften and rest."
        ),
    ),
    "recall": (
        QT_TRANSLATE_NOOP("session_options", "Recall"),
        QT_TRANSLATE_NOOP(
            "session_options",
            "Remember how each group felt as it let go, and let it go again without tightening.",
        ),
    ),
    "cue-controlled": (
        QT_TRANSLATE_NOOP("session_options", "Cue-controlled"),
        QT_TRANSLATE_NOOP(
            "session_options",
            "Breathe in, then think the word “relax” as you breathe out and let everything soften.",
        ),
    ),
    "rapid": (
        QT_TRANSLATE_NOOP("session_options", "Rapid"),
        QT_TRANSLATE_NOOP(
            "session_options",
            "A short relaxation of the whole body in a few breaths, for any moment.",
        ),
    ),
}
ANCHOR_WORDS = {
    "breath": QT_TRANSLATE_NOOP("session_options", "Your breath"),
    "feet": QT_TRANSLATE_NOOP("session_options", "Your feet"),
    "hands": QT_TRANSLATE_NOOP("session_options", "Your hands"),
    "sounds": QT_TRANSLATE_NOOP("session_options", "Sounds around you"),
}
PAINFUL_WORDS = {
    "visit": QT_TRANSLATE_NOOP("session_options", "Visit them gently"),
    "skip": QT_TRANSLATE_NOOP("session_options", "Pass over them"),
}


def _tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP in this module) in the interface language."""
    return translate(CONTEXT, text) if text else text


Rows = frozenset[str]


def offered_rows(routine: Routine | None) -> Rows:
    """Which option rows a routine needs (empty: no options at all)."""
    if routine is None:
        return frozenset()
    opts = routine.options
    breaths = [s for s in routine.steps if isinstance(s, BreathStep)]
    rows = set()
    if opts.pace is not None:
        rows.add("pace")
    if any(s.ramp_from_natural for s in breaths):
        rows.add("natural")
    if opts.cycles:
        rows.add("cycles")
    if opts.pmr_modes:
        rows.add("pmr_mode")
    if opts.learning:
        rows.add("learning")
    if opts.anchors:
        rows.add("anchor")
    if opts.eyes_open:
        rows.add("eyes_open")
    if any(isinstance(s, ScanStep) for s in routine.steps):
        rows.add("painful_areas")
    return frozenset(rows)


def phase_words(routine: Routine, bpm: float, ratio: str) -> str:
    """``"4.4 s in, 6.5 s out"``: one breath of the routine's adjustable step at this pace."""
    step = next((s for s in routine.steps if isinstance(s, BreathStep) and s.adjustable), None)
    if step is None:
        return ""
    inhale, hold_in, exhale, hold_out = step.phase_seconds(bpm, ratio)
    holds = hold_in + hold_out
    if holds:
        return translate(
            "session_options", "{inhale} s in, {exhale} s out, {rest} s resting"
        ).format(inhale=decimal(inhale, 1), exhale=decimal(exhale, 1), rest=decimal(holds, 1))
    return translate("session_options", "{inhale} s in, {exhale} s out").format(
        inhale=decimal(inhale, 1), exhale=decimal(exhale, 1)
    )


def sighs_label(count: int) -> str:
    """``"3 sighs"`` in the interface language (its own plural forms)."""
    return translate("session_options", "%n sigh(s)", None, count)


def pmr_practice(store: Store, now: datetime | None = None) -> list[PracticeRecord]:
    """Recent muscle-relaxation sessions from the history, with their tension check-ins.

    A session recorded without a mode ran in its routine's own mode, tension-release.
    """
    now = now or datetime.now(UTC)
    out: list[PracticeRecord] = []
    for s in store.sessions(kind="pmr", since=now - WINDOW):
        mode = s.params.get("pmr_mode") or "tension-release"
        if mode not in PMR_MODES or s.ended_at is None:
            continue
        tension = {c.moment: c.tension for c in store.checkins(s.id)}
        out.append(
            PracticeRecord(
                s.started_at,
                s.routine_id,
                mode,
                completed=s.outcome == "completed",
                tension_before=tension.get("before"),
                tension_after=tension.get("after"),
            )
        )
    return out


# -- remembered choices -----------------------------------------------------------------------

_FIELDS = tuple(f.name for f in dataclasses.fields(Choices))


def save_choices(routine_id: str, choices: Choices) -> None:
    """Remember one routine's choices (plain strings: INI files keep no types)."""
    state = ui_state()
    state.beginGroup(f"{STATE_GROUP}/{routine_id}")
    for name in _FIELDS:
        value = getattr(choices, name)
        if value is None:
            state.remove(name)
        else:
            state.setValue(name, str(value))
    state.endGroup()
    state.sync()


def saved_choices(routine_id: str) -> dict[str, str]:
    """The remembered choices of one routine as written (checked where they are applied)."""
    state = ui_state()
    state.beginGroup(f"{STATE_GROUP}/{routine_id}")
    values = {name: str(state.value(name)) for name in state.childKeys() if name in _FIELDS}
    state.endGroup()
    return values


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


class _OptionLine(QLayout):
    """One option: its first cell (a label, or an empty cell that keeps the controls in line)
    beside its control while ``beside(width)`` says every control keeps its minimum width that
    way; else the label over the control and no empty cell (large text, a narrow pane)."""

    GAP = 16

    def __init__(
        self,
        line: QWidget,
        first: QWidget,
        field: QWidget,
        *,
        stretch: bool,
        beside: Callable[[int], bool],
    ) -> None:
        super().__init__(line)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._stretch = stretch
        self._beside = beside  # shared by the lines, so all of them indent or none does
        self.addWidget(first)
        self.addWidget(field)

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
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        first, field = self._items
        width = first.sizeHint().width() + self.GAP + field.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        first, field = self._items
        label = first.minimumSize().width() if self._labelled() else 0
        width = max(label, field.minimumSize().width())
        return QSize(width, self.heightForWidth(width))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _labelled(self) -> bool:
        cell = self._items[0].widget()
        return isinstance(cell, QLabel) and bool(cell.text())

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return item.sizeHint().height()

    def _field_width(self, field: QLayoutItem, room: int) -> int:
        return room if self._stretch else min(room, max(field.sizeHint().width(), 0))

    def _place(self, rect: QRect, *, move: bool) -> int:
        first, field = self._items
        first_width = first.sizeHint().width()
        if self._beside(rect.width()):
            room = rect.width() - first_width - self.GAP
            width = self._field_width(field, room)
            height = max(first.sizeHint().height(), self._height(field, width))
            if move:
                first.setGeometry(QRect(rect.left(), rect.top(), first_width, height))
                x = rect.left() + first_width + self.GAP
                field.setGeometry(QRect(x, rect.top(), width, height))
            return height
        top = rect.top()
        if self._labelled():
            label_height = first.sizeHint().height()
            if move:
                first.setGeometry(QRect(rect.left(), top, first_width, label_height))
            top += label_height
        elif move:
            first.setGeometry(QRect(rect.left(), top, first_width, 0))
        width = self._field_width(field, rect.width())
        height = self._height(field, width)
        if move:
            field.setGeometry(QRect(rect.left(), top, width, height))
        return top + height - rect.top()


class SessionOptionsView(QFrame):
    """The rows for what the shown routine offers; hidden when it offers nothing.

    Signals:
        choices_changed(object): the :class:`Choices` after the person changed one.
    """

    choices_changed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tap_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._first_cells: list[tuple[QWidget, QWidget]] = []  # (first cell, its line)
        self.setObjectName("sessionOptions")
        self.tap_clock = tap_clock
        self._routine: Routine | None = None
        self._rows: Rows = frozenset()
        self._loading = False
        self._natural_bpm: float | None = None
        self._history: Callable[[], Sequence[PracticeRecord]] | None = None
        self._profile: Callable[[], Profile] | None = None
        heading = html.escape(translate("session_options", "Your choices"))
        self.heading = QLabel(f"<b>{heading}</b>")
        self.heading.setObjectName("optionsHeading")
        # One line per row in a column (hidden lines take no room, wrapped notes get the height
        # their width needs); the first cells share one width so the controls line up.
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 4, 0, 10)
        self._column.setSpacing(8)
        self._column.addWidget(self.heading)
        self._lines: dict[str, list[QWidget]] = {}

        self.pace_choice = self._combo(
            "paceChoice",
            translate("session_options", "Pace"),
            translate("session_options", "Breaths a minute to follow"),
        )
        self.ratio_choice = self._combo(
            "ratioChoice",
            translate("session_options", "In and out"),
            translate("session_options", "How long each out-breath is"),
        )
        self.pace_label = self._row("pace", translate("session_options", "&Pace"), self.pace_choice)
        self._row("pace", translate("session_options", "&In : out"), self.ratio_choice)
        self.phase_label = self._note(
            "pace", "checkInHint", translate("session_options", "Seconds in and out")
        )

        self.measure_button = big_button(
            translate("session_options", "Measure my natural pace"),
            "measureButton",
            translate(
                "session_options",
                "Tap at each out-breath for up to a minute; the slowing starts from that pace",
            ),
        )
        self._row("natural", translate("session_options", "Starting pace"), self.measure_button)
        self.natural_label = self._note(
            "natural", "checkInHint", translate("session_options", "Natural pace")
        )

        self.cycles_choice = self._combo(
            "cyclesChoice",
            translate("session_options", "Sighs"),
            translate("session_options", "How many sighs to take"),
        )
        self._row("cycles", translate("session_options", "Si&ghs"), self.cycles_choice)

        self.mode_choice = self._combo(
            "pmrModeChoice",
            translate("session_options", "Mode"),
            translate("session_options", "How the muscle relaxation runs"),
        )
        self._row("pmr_mode", translate("session_options", "&Mode"), self.mode_choice)
        self.mode_explanation = self._note(
            "pmr_mode", "checkInHint", translate("session_options", "About this mode")
        )
        self.learning_check = self._check(
            "learning",
            "learningCheck",
            translate("session_options", "Learning mode (each group t&wice)"),
            translate(
                "session_options", "Go through each group twice, to learn the feeling of letting go"
            ),
        )
        self.stage_label = self._note(
            "stage", "stageSuggestion", translate("session_options", "A suggestion")
        )

        self.anchor_choice = self._combo(
            "anchorChoice",
            translate("session_options", "Anchor"),
            translate("session_options", "Where your attention rests, and returns to"),
        )
        self._row("anchor", translate("session_options", "&Anchor"), self.anchor_choice)
        self.eyes_open_check = self._check(
            "eyes_open",
            "eyesOpenCheck",
            translate("session_options", "&Eyes open"),
            translate(
                "session_options", "Guidance for keeping your eyes open, with a soft, resting gaze"
            ),
        )
        self.painful_choice = self._combo(
            "painfulAreasChoice",
            translate("session_options", "Areas that hurt today"),
            translate(
                "session_options",
                "Areas rated above 0 in your latest check-in: visit them gently, or pass over them",
            ),
        )
        self._refill(self.painful_choice, [(k, _tr(v)) for k, v in PAINFUL_WORDS.items()])
        self._row(
            "painful_areas", translate("session_options", "Areas that &hurt"), self.painful_choice
        )

        for combo in (
            self.pace_choice,
            self.ratio_choice,
            self.cycles_choice,
            self.mode_choice,
            self.anchor_choice,
            self.painful_choice,
        ):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        for check in (self.learning_check, self.eyes_open_check):
            check.toggled.connect(self._on_choice_changed)
        self.measure_button.clicked.connect(self.measure_natural_pace)
        self.show_routine(None)

    # -- building ---------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str, tip: str) -> QComboBox:
        combo = WideComboBox(shrinks=True)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(tip)
        combo.setMinimumHeight(MIN_TARGET_PX)
        return combo

    def _line(self, key: str, first: QWidget, field: QWidget, *, stretch: bool = False) -> None:
        line = QWidget()
        _OptionLine(line, first, field, stretch=stretch, beside=self._side_by_side)
        self._column.addWidget(line)
        self._first_cells.append((first, line))
        self._lines.setdefault(key, []).append(line)

    def _side_by_side(self, width: int) -> bool:
        """Whether the shown lines, ``width`` wide, have room for each control beside the
        label column (its width is the widest label's)."""
        shown = [(first, line) for first, line in self._first_cells if not line.isHidden()]
        column = max((first.sizeHint().width() for first, _ in shown), default=0)
        fields = [
            item.widget()
            for _, line in shown
            if (layout := line.layout()) is not None and (item := layout.itemAt(1)) is not None
        ]
        # A list beside its label shows its longest choice whole (or the label goes above it).
        least = max(
            (
                f.full_width() if isinstance(f, WideComboBox) else f.minimumSizeHint().width()
                for f in fields
                if f is not None
            ),
            default=0,
        )
        return column + _OptionLine.GAP + least <= width

    def _row(self, key: str, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        label.setMinimumHeight(MIN_TARGET_PX)  # centred on its control, not on its top edge
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._line(key, label, field)
        return label

    def _note(self, key: str, name: str, accessible: str) -> QLabel:
        """A wrapped line under a control; ``checkInHint`` is the themes' quieter hint text."""
        note = QLabel()
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setAccessibleName(accessible)
        self._line(key, QWidget(), note, stretch=True)
        return note

    def _check(self, key: str, name: str, text: str, tip: str) -> BigCheckBox:
        check = BigCheckBox(text)
        check.setObjectName(name)
        check.setAccessibleName(text.replace("&", ""))
        check.setToolTip(tip)
        self._line(key, QWidget(), check)
        return check

    def _align_first_cells(self) -> None:
        """Give the label column the width of its widest shown label."""
        # From the text, not sizeHint(): a label's cached hint grows to any width it was given.
        widths = [
            cell.fontMetrics().horizontalAdvance(cell.text().replace("&", "")) + 4
            for cell, line in self._first_cells
            if isinstance(cell, QLabel) and not line.isHidden()
        ]
        for cell, _line in self._first_cells:
            cell.setFixedWidth(max(widths, default=0))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._align_first_cells()  # a new theme or text size: new label widths

    # -- showing a routine ------------------------------------------------------------------

    @property
    def rows(self) -> Rows:
        """The option rows shown for the current routine."""
        return self._rows

    def focus_chain(self) -> list[QWidget]:
        """The controls shown, in reading order (for the pane's Tab order)."""
        controls: tuple[tuple[str, QWidget], ...] = (
            ("pace", self.pace_choice),
            ("pace", self.ratio_choice),
            ("natural", self.measure_button),
            ("cycles", self.cycles_choice),
            ("pmr_mode", self.mode_choice),
            ("learning", self.learning_check),
            ("anchor", self.anchor_choice),
            ("eyes_open", self.eyes_open_check),
            ("painful_areas", self.painful_choice),
        )
        return [c for key, c in controls if key in self._rows]

    def show_routine(self, routine: Routine | None) -> None:
        """Show the rows ``routine`` offers, filled with its remembered choices."""
        self._routine = routine
        self._rows = offered_rows(routine)
        for key, lines in self._lines.items():
            for line in lines:
                line.setVisible(key in self._rows)
        self.setVisible(bool(self._rows))
        if routine is not None and self._rows:
            self._loading = True
            try:
                self._fill(routine, saved_choices(routine.id))
            finally:
                self._loading = False
            # One width for every list where there is room, so the column reads calmly.
            combos = [w for w in self.focus_chain() if isinstance(w, WideComboBox)]
            width = max((c.full_width() for c in combos), default=0)
            for combo in combos:
                combo.set_preferred_width(width)
        self._align_first_cells()
        self._update_notes()

    def _fill(self, routine: Routine, saved: dict[str, str]) -> None:
        opts = routine.options
        if opts.pace is not None:
            ramp = "natural" in self._rows
            self.pace_label.setText(
                translate("session_options", "Slow &towards")
                if ramp
                else translate("session_options", "&Pace")
            )
            self.pace_choice.setAccessibleName(
                translate("session_options", "Pace to slow towards")
                if ramp
                else translate("session_options", "Pace")
            )
            per_minute = translate("session_options", "{bpm} breaths a minute")
            paces = [(bpm, per_minute.format(bpm=decimal(bpm))) for bpm in opts.pace.paces()]
            self._refill(self.pace_choice, paces)
            self._select(self.pace_choice, _float(saved.get("pace_bpm")), opts.pace.default_bpm)
            ratios = [
                (r, f"{r}  ({_tr(RATIO_WORDS[r])})" if r in RATIO_WORDS else r)
                for r in opts.pace.ratios
            ]
            self._refill(self.ratio_choice, ratios)
            self._select(self.ratio_choice, saved.get("ratio"), opts.pace.default_ratio)
        natural = _float(saved.get("natural_bpm"))
        low, high = NATURAL_BPM_RANGE
        self._natural_bpm = natural if natural is not None and low <= natural <= high else None
        if opts.cycles:
            self._refill(self.cycles_choice, [(n, sighs_label(n)) for n in opts.cycles])
            own = next((s.cycles for s in routine.steps if isinstance(s, BreathStep)), None)
            count = saved.get("cycles", "")
            self._select(
                self.cycles_choice,
                int(count) if count.isdigit() else None,
                own if own in opts.cycles else opts.cycles[-1],
            )
        modes = [(m, _tr(PMR_MODE_WORDS[m][0]), _tr(PMR_MODE_WORDS[m][1])) for m in opts.pmr_modes]
        self._refill(
            self.mode_choice, [(m, label) for m, label, _ in modes], [t for *_, t in modes]
        )
        own_mode = next((s.mode for s in routine.steps if isinstance(s, PmrStep)), None)
        mode = saved.get("pmr_mode")
        self._select(
            self.mode_choice,
            mode if mode in opts.pmr_modes else None,
            own_mode if own_mode in opts.pmr_modes else next(iter(opts.pmr_modes), ""),
        )
        self.learning_check.setChecked(saved.get("learning") == "True")
        self._refill(self.anchor_choice, [(a, _tr(ANCHOR_WORDS[a])) for a in opts.anchors])
        anchor = saved.get("anchor")
        self._select(
            self.anchor_choice,
            anchor if anchor in opts.anchors else None,
            opts.default_anchor or next(iter(opts.anchors), "breath"),
        )
        self.eyes_open_check.setChecked(saved.get("eyes_open") == "True")
        self._select(self.painful_choice, saved.get("painful_areas"), "visit")

    @staticmethod
    def _refill(
        combo: QComboBox, items: Sequence[tuple[Any, str]], tips: Sequence[str] = ()
    ) -> None:
        """Replace the items, (value, label) each, with optional tooltips."""
        combo.clear()
        for n, (value, label) in enumerate(items):
            combo.addItem(label, value)
            if n < len(tips):
                combo.setItemData(n, tips[n], Qt.ItemDataRole.ToolTipRole)
        combo.updateGeometry()  # the layout caches the old width

    @staticmethod
    def _select(combo: QComboBox, value: Any, default: Any) -> None:
        index = combo.findData(value) if value is not None else -1
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(default)))

    # -- the choice -------------------------------------------------------------------------

    def choices(self) -> Choices:
        """What is chosen, for the routine shown (``Choices()`` when it offers nothing)."""
        rows = self._rows
        if not rows:
            return Choices()
        return Choices(
            pace_bpm=self.pace_choice.currentData() if "pace" in rows else None,
            ratio=self.ratio_choice.currentData() if "pace" in rows else None,
            natural_bpm=self._natural_bpm if "natural" in rows else None,
            cycles=self.cycles_choice.currentData() if "cycles" in rows else None,
            pmr_mode=self.mode_choice.currentData() if "pmr_mode" in rows else None,
            learning="learning" in rows and self.learning_check.isChecked(),
            anchor=self.anchor_choice.currentData() if "anchor" in rows else None,
            eyes_open="eyes_open" in rows and self.eyes_open_check.isChecked(),
            painful_areas=self.painful_choice.currentData() if "painful_areas" in rows else "visit",
        )

    @property
    def natural_bpm(self) -> float | None:
        return self._natural_bpm

    def set_natural_bpm(self, bpm: float | None) -> None:
        """The measured natural rate (None: not measured; the ramp starts at its own rate)."""
        self._natural_bpm = bpm
        self._on_choice_changed()

    def _on_choice_changed(self, *_args: object) -> None:
        if self._loading or self._routine is None:
            return
        self._update_notes()
        chosen = self.choices()
        save_choices(self._routine.id, chosen)
        self.choices_changed.emit(chosen)

    def _update_notes(self) -> None:
        routine = self._routine
        if routine is None or not self._rows:
            self.refresh_suggestion()
            return
        if "pace" in self._rows:
            bpm, ratio = self.pace_choice.currentData(), self.ratio_choice.currentData()
            self.phase_label.setText(phase_words(routine, bpm, ratio) if bpm and ratio else "")
        if "natural" in self._rows:
            start = next(
                (s.ramp_from_bpm for s in routine.steps if isinstance(s, BreathStep)), None
            )
            if self._natural_bpm is None:
                text = translate(
                    "session_options",
                    "Not measured yet: the slowing starts at {bpm} breaths a minute.",
                ).format(bpm=decimal(start) if start is not None else "")
            else:
                text = translate(
                    "session_options", "Your natural pace: {bpm} breaths a minute."
                ).format(bpm=decimal(self._natural_bpm))
            self.natural_label.setText(text)
        mode = self.mode_choice.currentData()
        self.mode_explanation.setText(_tr(PMR_MODE_WORDS.get(mode, ("", ""))[1]))
        self.refresh_suggestion()

    # -- measuring --------------------------------------------------------------------------

    def measure_natural_pace(self) -> TapTempoDialog:
        """Open the tap-to-measure window; a result replaces the natural pace shown."""
        dialog = TapTempoDialog(self.window(), clock=self.tap_clock)
        dialog.measured.connect(self.set_natural_bpm)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- the next-stage suggestion ----------------------------------------------------------

    def set_practice_history(
        self,
        history: Callable[[], Sequence[PracticeRecord]] | None,
        profile: Callable[[], Profile] | None = None,
    ) -> None:
        """Where completed muscle-relaxation sessions come from (see :func:`pmr_practice`),
        and today's profile (no suggestion on a flare day or just after a ketamine session)."""
        self._history = history
        self._profile = profile
        self.refresh_suggestion()

    def refresh_suggestion(self) -> None:
        text = ""
        routine = self._routine
        mode = self.mode_choice.currentData()
        if routine is not None and "pmr_mode" in self._rows and self._history is not None:
            try:
                profile = self._profile() if self._profile is not None else None
                found = suggest_next_stage(
                    PmrStage(routine.id, mode), self._history(), datetime.now(UTC), profile
                )
                text = found.text if found is not None else ""
            except Exception:  # a suggestion is a nicety; never block choosing a routine
                log.exception("the next-stage suggestion could not be worked out")
        self.stage_label.setText(text)
        for line in self._lines["stage"]:
            line.setVisible(bool(text))
