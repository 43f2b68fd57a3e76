"""Per-step forms, built from the routine model's own fields, that check as you type.

Each field shows its allowed range and unit (read from the model's ``Between`` bounds, never
written twice) and, under it, what is wrong with the value right now, in the words
``somatic-player validate`` would use. Numbers go into the document as typed (text that is not
a number stays text), so the document's check explains every mistake; an empty field means "the
default" and shows the default greyed.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from annotated_types import MaxLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from somatic_player.content.exercises import shipped_exercises
from somatic_player.content.routine_document import (
    STEP_MODELS,
    Issue,
    StepData,
    field_limits,
)
from somatic_player.core.routine_fields import Between
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.recording_panel import RecordingPanel

# Fields the form does not offer: the kind is the form itself; beats come from the exercise.
HIDDEN = {"kind", "beats"}
# Fields shown only with others: a repetition with beats has no seconds_per_rep or hold.
NEEDS_NO_BEATS = {"seconds_per_rep", "hold_s"}
LONG_TEXT_CHARS = 200
EXPLAIN: dict[str, str] = {
    "inhale_s": QT_TRANSLATE_NOOP(
        "editor.step_forms", "Give in and out seconds, or a rate below, not both."
    ),
    "rate_bpm": QT_TRANSLATE_NOOP(
        "editor.step_forms", "Breaths a minute; leave empty when you give in and out seconds."
    ),
    "duration_s": QT_TRANSLATE_NOOP(
        "editor.step_forms", "Give a length in seconds or a number of breaths, not both."
    ),
    "hold": QT_TRANSLATE_NOOP("editor.step_forms", "Attention cues while tensing, one per line."),
    "notice": QT_TRANSLATE_NOOP(
        "editor.step_forms", "Noticing cues after letting go, one per line."
    ),
    "parts": QT_TRANSLATE_NOOP(
        "editor.step_forms", "Body parts, separated by commas (hand, wrist, forearm...)."
    ),
    "regions": QT_TRANSLATE_NOOP(
        "editor.step_forms",
        "Body-map region codes, separated by commas (front 101-136, back 201-238).",
    ),
    "tags": QT_TRANSLATE_NOOP("editor.step_forms", "Words to find it by, separated by commas."),
}
# The routine models' own field descriptions (somatic_player/core/routine.py), marked here so
# the form shows them translated; a description changed there shows in English until it is
# marked again.
MODEL_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "editor.step_forms", "A second, short in-breath on top of the first (cyclic sighing)."
    ),
    QT_TRANSLATE_NOOP(
        "editor.step_forms",
        "The person's chosen pace and ratio (from [options.pace]) replace rate_bpm and ratio.",
    ),
    QT_TRANSLATE_NOOP(
        "editor.step_forms",
        "The ramp starts at the person's measured natural rate (at most 12); ramp_from_bpm is "
        "the start when none was measured.",
    ),
    QT_TRANSLATE_NOOP("editor.step_forms", "Seconds per count: the tempo of the beats."),
    QT_TRANSLATE_NOOP(
        "editor.step_forms",
        "Repetitions added per progression level (CONTENT.md: at most 1-2).",
    ),
)

# What each kind of step is called in the editor (the files say "breath", "pmr", ...).
STEP_NAMES: dict[str, str] = {
    "breath": QT_TRANSLATE_NOOP("editor.step_forms", "Paced breathing"),
    "pmr": QT_TRANSLATE_NOOP("editor.step_forms", "Muscle group (PMR)"),
    "movement": QT_TRANSLATE_NOOP("editor.step_forms", "Gentle movement"),
    "narration": QT_TRANSLATE_NOOP("editor.step_forms", "Spoken words"),
    "silence": QT_TRANSLATE_NOOP("editor.step_forms", "Quiet time"),
    "check-in": QT_TRANSLATE_NOOP("editor.step_forms", "Check-in"),
    "journal": QT_TRANSLATE_NOOP("editor.step_forms", "Journal prompt"),
    "anchor": QT_TRANSLATE_NOOP("editor.step_forms", "Anchor"),
    "scan": QT_TRANSLATE_NOOP("editor.step_forms", "Body-scan area"),
}
# The form's label for each field (the file's field name stays as it is).
FIELD_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("editor.step_forms", "Title"),
    "inhale_s": QT_TRANSLATE_NOOP("editor.step_forms", "Inhale"),
    "exhale_s": QT_TRANSLATE_NOOP("editor.step_forms", "Exhale"),
    "hold_in_s": QT_TRANSLATE_NOOP("editor.step_forms", "Hold in"),
    "hold_out_s": QT_TRANSLATE_NOOP("editor.step_forms", "Hold out"),
    "rate_bpm": QT_TRANSLATE_NOOP("editor.step_forms", "Rate"),
    "ratio": QT_TRANSLATE_NOOP("editor.step_forms", "Ratio"),
    "duration_s": QT_TRANSLATE_NOOP("editor.step_forms", "Duration"),
    "cycles": QT_TRANSLATE_NOOP("editor.step_forms", "Cycles"),
    "ramp_from_bpm": QT_TRANSLATE_NOOP("editor.step_forms", "Ramp from"),
    "ramp_bpm_per_min": QT_TRANSLATE_NOOP("editor.step_forms", "Ramp bpm per min"),
    "flexible": QT_TRANSLATE_NOOP("editor.step_forms", "Flexible"),
    "top_up_s": QT_TRANSLATE_NOOP("editor.step_forms", "Top up"),
    "adjustable": QT_TRANSLATE_NOOP("editor.step_forms", "Adjustable"),
    "ramp_from_natural": QT_TRANSLATE_NOOP("editor.step_forms", "Ramp from natural"),
    "tags": QT_TRANSLATE_NOOP("editor.step_forms", "Tags"),
    "group": QT_TRANSLATE_NOOP("editor.step_forms", "Group"),
    "side": QT_TRANSLATE_NOOP("editor.step_forms", "Side"),
    "parts": QT_TRANSLATE_NOOP("editor.step_forms", "Parts"),
    "regions": QT_TRANSLATE_NOOP("editor.step_forms", "Regions"),
    "mode": QT_TRANSLATE_NOOP("editor.step_forms", "Mode"),
    "tension_s": QT_TRANSLATE_NOOP("editor.step_forms", "Tension"),
    "release_s": QT_TRANSLATE_NOOP("editor.step_forms", "Release"),
    "rapid_s": QT_TRANSLATE_NOOP("editor.step_forms", "Rapid"),
    "gap_s": QT_TRANSLATE_NOOP("editor.step_forms", "Gap"),
    "text": QT_TRANSLATE_NOOP("editor.step_forms", "Text"),
    "focus": QT_TRANSLATE_NOOP("editor.step_forms", "Focus"),
    "tense": QT_TRANSLATE_NOOP("editor.step_forms", "Tense"),
    "hold": QT_TRANSLATE_NOOP("editor.step_forms", "Hold"),
    "release": QT_TRANSLATE_NOOP("editor.step_forms", "Release"),
    "notice": QT_TRANSLATE_NOOP("editor.step_forms", "Notice"),
    "release_only": QT_TRANSLATE_NOOP("editor.step_forms", "Release only"),
    "recall": QT_TRANSLATE_NOOP("editor.step_forms", "Recall"),
    "cue_controlled": QT_TRANSLATE_NOOP("editor.step_forms", "Cue controlled"),
    "rapid": QT_TRANSLATE_NOOP("editor.step_forms", "Rapid"),
    "again": QT_TRANSLATE_NOOP("editor.step_forms", "Again"),
    "exercise": QT_TRANSLATE_NOOP("editor.step_forms", "Exercise"),
    "preferred": QT_TRANSLATE_NOOP("editor.step_forms", "Preferred"),
    "reps": QT_TRANSLATE_NOOP("editor.step_forms", "Reps"),
    "seconds_per_rep": QT_TRANSLATE_NOOP("editor.step_forms", "Seconds per rep"),
    "hold_s": QT_TRANSLATE_NOOP("editor.step_forms", "Hold"),
    "count_s": QT_TRANSLATE_NOOP("editor.step_forms", "Count"),
    "progress_reps": QT_TRANSLATE_NOOP("editor.step_forms", "Progress reps"),
    "max_reps": QT_TRANSLATE_NOOP("editor.step_forms", "Max reps"),
    "sides": QT_TRANSLATE_NOOP("editor.step_forms", "Sides"),
    "rest_s": QT_TRANSLATE_NOOP("editor.step_forms", "Rest"),
    "variants": QT_TRANSLATE_NOOP("editor.step_forms", "Variants"),
    "lying": QT_TRANSLATE_NOOP("editor.step_forms", "Lying"),
    "seated": QT_TRANSLATE_NOOP("editor.step_forms", "Seated"),
    "standing": QT_TRANSLATE_NOOP("editor.step_forms", "Standing"),
    "clip": QT_TRANSLATE_NOOP("editor.step_forms", "Clip"),
    "pause_after_s": QT_TRANSLATE_NOOP("editor.step_forms", "Pause after"),
    "eyes_open": QT_TRANSLATE_NOOP("editor.step_forms", "Eyes open"),
    "pmr_modes": QT_TRANSLATE_NOOP("editor.step_forms", "Pmr modes"),
    "caption": QT_TRANSLATE_NOOP("editor.step_forms", "Caption"),
    "moment": QT_TRANSLATE_NOOP("editor.step_forms", "Moment"),
    "prompt": QT_TRANSLATE_NOOP("editor.step_forms", "Prompt"),
    "breath": QT_TRANSLATE_NOOP("editor.step_forms", "Breath"),
    "feet": QT_TRANSLATE_NOOP("editor.step_forms", "Feet"),
    "hands": QT_TRANSLATE_NOOP("editor.step_forms", "Hands"),
    "sounds": QT_TRANSLATE_NOOP("editor.step_forms", "Sounds"),
    "gentle": QT_TRANSLATE_NOOP("editor.step_forms", "Gentle"),
    "dwell_s": QT_TRANSLATE_NOOP("editor.step_forms", "Dwell"),
    # routine details
    "id": QT_TRANSLATE_NOOP("editor.step_forms", "Id"),
    "kind": QT_TRANSLATE_NOOP("editor.step_forms", "Kind"),
    "description": QT_TRANSLATE_NOOP("editor.step_forms", "Description"),
    "author": QT_TRANSLATE_NOOP("editor.step_forms", "Author"),
    "language": QT_TRANSLATE_NOOP("editor.step_forms", "Language"),
    "version": QT_TRANSLATE_NOOP("editor.step_forms", "Version"),
    "positions": QT_TRANSLATE_NOOP("editor.step_forms", "Positions"),
    "estimated_minutes": QT_TRANSLATE_NOOP("editor.step_forms", "Estimated minutes"),
    "patient": QT_TRANSLATE_NOOP("editor.step_forms", "Patient"),
}
# The words shown for a field's choices (the value written to the file stays as it is).
CHOICE_LABELS: dict[str, str] = {
    "dominant": QT_TRANSLATE_NOOP("editor.step_forms", "dominant"),
    "non-dominant": QT_TRANSLATE_NOOP("editor.step_forms", "non-dominant"),
    "both": QT_TRANSLATE_NOOP("editor.step_forms", "both"),
    "right": QT_TRANSLATE_NOOP("editor.step_forms", "right"),
    "left": QT_TRANSLATE_NOOP("editor.step_forms", "left"),
    "tension-release": QT_TRANSLATE_NOOP("editor.step_forms", "tension-release"),
    "release-only": QT_TRANSLATE_NOOP("editor.step_forms", "release-only"),
    "recall": QT_TRANSLATE_NOOP("editor.step_forms", "recall"),
    "cue-controlled": QT_TRANSLATE_NOOP("editor.step_forms", "cue-controlled"),
    "rapid": QT_TRANSLATE_NOOP("editor.step_forms", "rapid"),
    "lying": QT_TRANSLATE_NOOP("editor.step_forms", "lying"),
    "seated": QT_TRANSLATE_NOOP("editor.step_forms", "seated"),
    "standing": QT_TRANSLATE_NOOP("editor.step_forms", "standing"),
    "none": QT_TRANSLATE_NOOP("editor.step_forms", "none"),
    "each": QT_TRANSLATE_NOOP("editor.step_forms", "each"),
    "before": QT_TRANSLATE_NOOP("editor.step_forms", "before"),
    "after": QT_TRANSLATE_NOOP("editor.step_forms", "after"),
    "during": QT_TRANSLATE_NOOP("editor.step_forms", "during"),
    "breathing": QT_TRANSLATE_NOOP("editor.step_forms", "breathing"),
    "pmr": QT_TRANSLATE_NOOP("editor.step_forms", "pmr"),
    "movement": QT_TRANSLATE_NOOP("editor.step_forms", "movement"),
    "body-scan": QT_TRANSLATE_NOOP("editor.step_forms", "body-scan"),
    "mixed": QT_TRANSLATE_NOOP("editor.step_forms", "mixed"),
}
# The units of the models' Between(...) ranges, as the limits under a field name them.
UNITS: dict[str, str] = {
    "seconds": QT_TRANSLATE_NOOP("editor.step_forms", "seconds"),
    "minutes": QT_TRANSLATE_NOOP("editor.step_forms", "minutes"),
    "breaths": QT_TRANSLATE_NOOP("editor.step_forms", "breaths"),
    "breaths per minute": QT_TRANSLATE_NOOP("editor.step_forms", "breaths per minute"),
    "breaths per minute per minute": QT_TRANSLATE_NOOP(
        "editor.step_forms", "breaths per minute per minute"
    ),
    "repetitions": QT_TRANSLATE_NOOP("editor.step_forms", "repetitions"),
    "counts": QT_TRANSLATE_NOOP("editor.step_forms", "counts"),
    "picture frame": QT_TRANSLATE_NOOP("editor.step_forms", "picture frame"),
}


def step_name(kind: str) -> str:
    """What a kind of step is called, in the interface's language (the kind itself if unknown)."""
    return translate("editor.step_forms", STEP_NAMES[kind]) if kind in STEP_NAMES else kind


def field_label(name: str) -> str:
    """The form's label for field ``name`` (its last dotted part), in the interface's language."""
    name = name.rsplit(".", 1)[-1]
    if name in FIELD_LABELS:
        return translate("editor.step_forms", FIELD_LABELS[name])
    return _label(name)


def choice_label(value: str) -> str:
    return translate("editor.step_forms", CHOICE_LABELS[value]) if value in CHOICE_LABELS else value


def describe_limits(between: Between) -> str:
    """``Between(1, 20, "seconds")`` -> ``"1 to 20 seconds"`` (numbers as they are typed)."""
    low, high = f"{between.lo:g}", f"{between.hi:g}"
    if not between.unit:
        return translate("editor.step_forms", "{low} to {high}").format(low=low, high=high)
    unit = UNITS.get(between.unit)
    return translate("editor.step_forms", "{low} to {high} {unit}").format(
        low=low,
        high=high,
        unit=translate("editor.step_forms", unit) if unit else between.unit,
    )


@dataclass(frozen=True)
class FieldShape:
    """How one model field is edited."""

    kind: str  # number, integer, line, text, bool, choice, words, codes, lines, modes, model
    optional: bool
    choices: tuple[str, ...] = ()
    model: type[BaseModel] | None = None


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the type inside Optional/Annotated, whether None is allowed)."""
    optional = False
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(get_args(annotation))
            annotation = args[0]
        else:
            return annotation, optional


def shape_of(info: FieldInfo) -> FieldShape:
    inner, optional = _unwrap(info.annotation)
    optional = optional or not info.is_required()
    origin = get_origin(inner)
    if inner is bool:
        return FieldShape("bool", optional)
    if inner is int:
        return FieldShape("integer", optional)
    if inner is float:
        return FieldShape("number", optional)
    if inner is str:
        longest = max((m.max_length for m in info.metadata if isinstance(m, MaxLen)), default=0)
        return FieldShape("text" if longest > LONG_TEXT_CHARS else "line", optional)
    if origin is Literal:
        return FieldShape("choice", optional, tuple(str(a) for a in get_args(inner)))
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return FieldShape("model", optional, model=inner)
    if origin is tuple:
        item, _ = _unwrap(get_args(inner)[0])
        if get_origin(item) is Literal:
            return FieldShape("modes", optional, tuple(str(a) for a in get_args(item)))
        if item is int:
            return FieldShape("codes", optional)
        if item is str:
            return FieldShape("lines", optional)
    return FieldShape("hidden", optional)


def _label(name: str) -> str:
    words = name.removesuffix("_s").removesuffix("_bpm").replace("_", " ")
    return words[:1].upper() + words[1:]


def _parse_number(text: str, whole: bool) -> Any:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text) if whole else float(text)
    except ValueError:
        try:
            value = float(text)
        except ValueError:
            return text  # the check says "must be a number, got ..."
        return value  # a whole number was wanted: the check says so


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return f"{value:g}"
    return str(value)


class FieldEditor(QWidget):
    """One field: its control, its limits, and what is wrong with it now.

    Signals:
        edited(str, object): the field's path and its new value (None: back to the default).
    """

    edited = Signal(str, object)

    def __init__(self, path: str, info: FieldInfo, shape: FieldShape, separator: str) -> None:
        super().__init__()
        self.path = path
        self.shape = shape
        self._separator = separator
        self._loading = False
        name = path.rsplit(".", 1)[-1]
        # As tall as its contents: a form in a scroll area must not stretch its rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.control: QWidget
        self.boxes: dict[str, QCheckBox] = {}
        default = info.get_default() if not info.is_required() else None
        placeholder = (
            ""
            if default in (None, (), "")
            else translate("editor.step_forms", "default {value}").format(value=_shown(default))
        )
        if shape.kind in ("number", "integer", "line", "codes", "words") or (
            shape.kind == "lines" and separator == ", "
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(self._on_text_edited)
            self.control = edit
        elif shape.kind in ("text", "lines"):
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(76)
            text.setPlaceholderText(placeholder)
            text.setUndoRedoEnabled(False)  # the editor's undo stack takes back typing
            text.textChanged.connect(self._on_text_edited)
            self.control = text
        elif shape.kind == "bool":
            box = QCheckBox(field_label(name))
            box.toggled.connect(self._on_toggled)
            self.control = box
        elif shape.kind == "choice":
            combo = QComboBox()
            if shape.optional and default is None:
                combo.addItem(translate("editor.step_forms", "(none)"), None)
            for choice in shape.choices:
                combo.addItem(choice_label(choice), choice)
            combo.activated.connect(self._on_choice)
            self.control = combo
        else:  # modes: one box per choice
            row = QWidget()
            boxes = QGridLayout(row)
            boxes.setContentsMargins(0, 0, 0, 0)
            for i, choice in enumerate(shape.choices):
                box = QCheckBox(choice_label(choice))
                box.toggled.connect(self._on_toggled)
                self.boxes[choice] = box
                boxes.addWidget(box, i // 3, i % 3)
            self.control = row
        self.control.installEventFilter(self)
        self.control.setAccessibleName(field_label(name))
        self.control.setObjectName(f"field_{path.replace('.', '_')}")
        layout.addWidget(self.control)
        self.limits = field_limits(info)
        explain = EXPLAIN.get(name, "") or (info.description or "")
        hint = " ".join(
            part
            for part in (
                translate("editor.step_forms", "Allowed: {limits}.").format(
                    limits=describe_limits(self.limits)
                )
                if self.limits
                else "",
                translate("editor.step_forms", explain) if explain else "",
            )
            if part
        )
        self.hint = QLabel(hint)
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.error = QLabel("")
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.error.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.control.setToolTip(hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z in a text field undoes the routine edit (the editor's stack), not the field's.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            return True
        return super().eventFilter(watched, event)

    # -- value in and out -------------------------------------------------------------------

    def value(self) -> Any:
        kind = self.shape.kind
        if kind in ("number", "integer"):
            assert isinstance(self.control, QLineEdit)
            return _parse_number(self.control.text(), kind == "integer")
        if kind == "bool":
            assert isinstance(self.control, QCheckBox)
            return self.control.isChecked() or None
        if kind == "choice":
            assert isinstance(self.control, QComboBox)
            return self.control.currentData()
        if kind == "modes":
            return [c for c, box in self.boxes.items() if box.isChecked()] or None
        text = self._text()
        if kind == "codes":
            return [_parse_number(p, True) for p in text.split(",") if p.strip()] or None
        if kind == "lines":
            sep = "," if self._separator == ", " else "\n"
            return [p.strip() for p in text.split(sep) if p.strip()] or None
        return text.strip() or None

    def _text(self) -> str:
        if isinstance(self.control, QLineEdit):
            return self.control.text()
        assert isinstance(self.control, QPlainTextEdit)
        return self.control.toPlainText()

    def set_value(self, value: Any) -> None:
        """Show ``value`` (from the document) without sending it back as an edit."""
        self._loading = True
        try:
            kind = self.shape.kind
            if kind == "bool":
                assert isinstance(self.control, QCheckBox)
                self.control.setChecked(bool(value))
            elif kind == "choice":
                assert isinstance(self.control, QComboBox)
                found = self.control.findData(value)
                self.control.setCurrentIndex(max(found, 0))
            elif kind == "modes":
                for choice, box in self.boxes.items():
                    box.setChecked(choice in (value or ()))
            elif self.value() != value:  # leave the text (and cursor) alone when it says so
                if kind in ("codes", "lines") and isinstance(value, list):
                    sep = self._separator if kind == "lines" else ", "
                    shown = sep.join(_shown(v) for v in value)
                else:
                    shown = _shown(value)
                if isinstance(self.control, QLineEdit):
                    self.control.setText(shown)
                else:
                    assert isinstance(self.control, QPlainTextEdit)
                    self.control.setPlainText(shown)
        finally:
            self._loading = False

    def set_problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.path, self.value())

    def _on_text_edited(self, *_: object) -> None:
        self._emit()

    def _on_toggled(self, _checked: bool) -> None:
        self._emit()

    def _on_choice(self, _index: int) -> None:
        self._emit()


class StepFormView(QWidget):
    """The form for one step; rebuilt when another step (or kind) is shown.

    Signals:
        field_edited(int, str, object): step row, field path, new value.
        exercise_chosen(int, str): step row, library exercise id (movement steps).
    """

    field_edited = Signal(int, str, object)
    exercise_chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepForm")
        self.row = -1
        self.kind = ""
        self.editors: dict[str, FieldEditor] = {}
        self.exercise: QComboBox | None = None
        # Where a narration line's recordings go (the editor sets it); None: no recording panel.
        self.recordings_folder: Callable[[], Path] | None = None
        self.recording_options: dict[str, Any] = {}  # recorder/player/devices seams for tests
        self.recording: RecordingPanel | None = None
        self._layout = QVBoxLayout(self)
        self.heading = QLabel(translate("editor.step_forms", "Pick a step to edit it, or add one."))
        self.heading.setObjectName("stepFormHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.step_problem = QLabel("")
        self.step_problem.setObjectName("stepProblem")
        self.step_problem.setWordWrap(True)
        self.step_problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.step_problem.hide()
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.step_problem)
        self._body: QWidget | None = None
        self._layout.addStretch(1)

    def show_step(self, row: int, step: StepData | None) -> None:
        """Build the form for ``step`` (None: nothing selected)."""
        self.stop_recording()
        self.recording = None
        if self._body is not None:
            self._body.hide()
            self._layout.removeWidget(self._body)
            self._body.deleteLater()
            self._body = None
        self.editors = {}
        self.exercise = None
        self.row = row
        self.kind = step.get("kind", "") if step else ""
        if step is None:
            self.heading.setText(
                translate("editor.step_forms", "Pick a step to edit it, or add one.")
            )
            self.step_problem.hide()
            return
        self.heading.setText(
            translate("editor.step_forms", "Step {number}: {kind}").format(
                number=row + 1, kind=step_name(self.kind)
            )
        )
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        model = STEP_MODELS[self.kind]
        if self.kind == "movement":
            self.exercise = QComboBox()
            self.exercise.setObjectName("exerciseCombo")
            self.exercise.setAccessibleName(translate("editor.step_forms", "Exercise"))
            for ident, exercise in sorted(shipped_exercises().items()):
                self.exercise.addItem(exercise.title, ident)
            self.exercise.activated.connect(self._on_exercise_activated)
            form.addRow(translate("editor.step_forms", "Exercise"), self.exercise)
        self._add_fields(form, model, "", step)
        if self.kind == "narration" and self.recordings_folder is not None:
            self.recording = RecordingPanel(self.recordings_folder, **self.recording_options)
            self.recording.clip_chosen.connect(self._on_recording_clip_chosen)
            form.addRow(self.recording)
        self._layout.insertWidget(2, body)
        body.show()
        self._body = body
        self.refresh(step)

    def _add_fields(
        self, form: QFormLayout, model: type[BaseModel], prefix: str, step: StepData
    ) -> None:
        for name, info in model.model_fields.items():
            if name in HIDDEN or (name == "exercise" and self.kind == "movement"):
                continue
            if name in NEEDS_NO_BEATS and step.get("beats"):
                continue
            shape = shape_of(info)
            if shape.kind == "hidden":
                continue
            if shape.kind == "model" and shape.model is not None:
                title = QLabel(field_label(name))
                title.setObjectName("formSection")
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                form.addRow(title)
                self._add_fields(form, shape.model, f"{prefix}{name}.", step)
                continue
            separator = ", " if name in ("parts", "tags") else "\n"
            editor = FieldEditor(prefix + name, info, shape, separator)
            editor.edited.connect(self._on_editor_edited)
            self.editors[prefix + name] = editor
            form.addRow("" if shape.kind == "bool" else field_label(name), editor)

    def refresh(self, step: StepData) -> None:
        """Show the document's values (after undo, redo or an edit elsewhere)."""
        for path, editor in self.editors.items():
            holder: Any = step
            for part in path.split("."):
                holder = holder.get(part) if isinstance(holder, dict) else None
            editor.set_value(holder)
        if self.exercise is not None:
            self.exercise.setCurrentIndex(max(0, self.exercise.findData(step.get("exercise"))))
        if self.recording is not None:
            pause = step.get("pause_after_s", 1.5)
            self.recording.set_line(
                str(step.get("text") or ""),
                float(pause) if isinstance(pause, int | float) else 1.5,
                str(step.get("clip") or ""),
            )

    def stop_recording(self) -> None:
        """Close the microphone and stop playback (the step or the window goes away)."""
        if self.recording is not None:
            self.recording.shutdown()

    def show_issues(self, issues: list[Issue]) -> None:
        """Put each problem of this step under its field; the rest above the form."""
        left: list[str] = []
        by_field: dict[str, str] = {}
        for issue in issues:
            if issue.step != self.row:
                continue
            path = issue.field
            while path and path not in self.editors:
                path = path.rpartition(".")[0]
            if path:
                by_field.setdefault(path, issue.message)
            else:
                left.append(issue.message[:1].upper() + issue.message[1:])
        for path, editor in self.editors.items():
            editor.set_problem(by_field.get(path, ""))
        self.step_problem.setText("\n".join(left))
        self.step_problem.setVisible(bool(left))

    def _on_editor_edited(self, path: str, value: object) -> None:
        self.field_edited.emit(self.row, path, value)

    def _on_recording_clip_chosen(self, name: str) -> None:
        self.field_edited.emit(self.row, "clip", name or None)

    def _on_exercise_activated(self, _index: int) -> None:
        assert self.exercise is not None
        self.exercise_chosen.emit(self.row, str(self.exercise.currentData()))
