"""The step list: a Qt model over the routine document's steps, and the view that reorders them.

Steps move by drag and drop (the model's own mime type carries the row) and by keyboard:
Alt+Up/Alt+Down (or Ctrl+Up/Ctrl+Down) move the selected step, Delete removes it. Every change
goes through the undo stack, so the model only ever changes in the ``apply_*`` methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from somatic_player.content.routine_document import RoutineDocument, StepData
from somatic_player.i18n import translate
from somatic_player.qt.editor.commands import (
    InsertStepCommand,
    MoveStepCommand,
    RemoveStepCommand,
    ReplaceStepCommand,
    SetFieldCommand,
    SetMetaCommand,
)
from somatic_player.qt.editor.step_forms import choice_label, step_name

MIME_TYPE = "application/x-somatic-step-row"
ModelIndex = QModelIndex | QPersistentModelIndex


def _seconds(value: Any) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return ""
    s = round(value)
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else f"{s} s"


def _short(value: Any, size: int = 48) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _whole(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _breaths(value: Any) -> str:
    count = _whole(value)
    if count is None:  # not a whole number yet: the form says what is wrong
        return str(value)
    return translate("editor.step_list", "%n breath(s)", None, count)


def _times(value: Any) -> str:
    count = _whole(value)
    if count is None:
        return str(value)
    return translate("editor.step_list", "%n time(s)", None, count)


def step_summary(step: StepData) -> str:
    """One line saying what the step is, for the list."""
    kind = step.get("kind", "")
    label = step_name(kind)
    if kind == "breath":
        if step.get("rate_bpm") is not None:
            pattern = translate("editor.step_list", "{rate} a minute").format(
                rate=step.get("rate_bpm")
            )
        else:
            pattern = translate("editor.step_list", "in {inhale} s, out {exhale} s").format(
                inhale=step.get("inhale_s"), exhale=step.get("exhale_s")
            )
        length = (
            _seconds(step.get("duration_s"))
            if step.get("duration_s") is not None
            else _breaths(step.get("cycles"))
        )
        title = step.get("title") or translate("editor.step_list", "Breathing")
        detail = f"{title}: {pattern}, {length}"
    elif kind == "movement":
        title = step.get("title", step.get("exercise"))
        detail = f"{title}, {_times(step.get('reps', 5))}"
    elif kind in ("pmr", "scan"):
        detail = str(step.get("title", ""))
    elif kind == "narration":
        detail = _short(step.get("text"))
    elif kind == "silence":
        caption = _short(step.get("caption"), 30)
        detail = _seconds(step.get("duration_s")) + (f", {caption}" if caption else "")
    elif kind == "check-in":
        detail = choice_label(str(step.get("moment", "")))
    elif kind == "journal":
        detail = _short(step.get("prompt"))
    else:
        detail = str(
            step.get("title") or translate("editor.step_list", "breath, feet, hands or sounds")
        )
    return f"{label} · {detail}"


class StepListModel(QAbstractListModel):
    """The document's steps as rows, plus the undo stack every edit goes through.

    Signals:
        edited(): the document changed (any edit, undo or redo).
        step_edited(int): one step's fields changed (its row).
        meta_edited(str): a routine-level field changed (its key).
    """

    edited = Signal()
    step_edited = Signal(int)
    meta_edited = Signal(str)

    def __init__(self, document: RoutineDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self._problem_rows: frozenset[int] = frozenset()

    # -- what the view reads ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.document.steps)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.document.steps):
            return None
        step = self.document.steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "  ⚠" if index.row() in self._problem_rows else ""
            return f"{index.row() + 1}. {step_summary(step)}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self._problem_rows:
            return translate("editor.step_list", "This step needs attention: see the form.")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return step_summary(step)
        if role == Qt.ItemDataRole.UserRole:
            return step.get("kind")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def set_problem_rows(self, rows: frozenset[int]) -> None:
        if rows != self._problem_rows:
            self._problem_rows = rows
            if self.document.steps:
                self.dataChanged.emit(self.index(0), self.index(len(self.document.steps) - 1))

    # -- drag and drop ----------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return mime

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and not parent.isValid()

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Move the dragged step to ``row`` (a gap between rows; -1 is the end).

        Returns False even when it moved the step, so the view does not also remove the
        dragged row: the move command has already put it in its place.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if not 0 <= source < len(self.document.steps):
            return False
        gap = len(self.document.steps) if row < 0 else row
        target = gap if gap <= source else gap - 1
        if target != source:
            self.undo_stack.push(MoveStepCommand(self, source, target))
        return False

    # -- edits (through the undo stack) -----------------------------------------------------

    def set_meta(self, key: str, value: Any) -> None:
        if self.document.meta.get(key) != value:
            self.undo_stack.push(SetMetaCommand(self, key, value))

    def set_field(self, row: int, path: str, value: Any) -> None:
        if self.document.get_field(row, path) != value:
            self.undo_stack.push(SetFieldCommand(self, row, path, value))

    def replace_step(self, row: int, step: StepData, text: str) -> None:
        self.undo_stack.push(ReplaceStepCommand(self, row, step, text))

    def insert_step(self, row: int, step: StepData) -> None:
        self.undo_stack.push(InsertStepCommand(self, row, step))

    def remove_step(self, row: int) -> None:
        if 0 <= row < len(self.document.steps):
            self.undo_stack.push(RemoveStepCommand(self, row))

    def move_step(self, source: int, target: int) -> None:
        if source != target and 0 <= target < len(self.document.steps):
            self.undo_stack.push(MoveStepCommand(self, source, target))

    # -- what the commands do ---------------------------------------------------------------

    def apply_meta(self, key: str, value: Any) -> None:
        self.document.set_meta(key, value)
        self.meta_edited.emit(key)
        self.edited.emit()

    def apply_field(self, row: int, path: str, value: Any) -> None:
        self.document.set_field(row, path, value)
        self.dataChanged.emit(self.index(row), self.index(row))
        self.step_edited.emit(row)
        self.edited.emit()

    def apply_replace(self, row: int, step: StepData) -> None:
        self.document.replace_step(row, step)
        self.dataChanged.emit(self.index(row), self.index(row))
        self.step_edited.emit(row)
        self.edited.emit()

    def apply_insert(self, row: int, step: StepData) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.document.insert_step(row, step)
        self.endInsertRows()
        self._renumber()

    def apply_remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self.document.remove_step(row)
        self.endRemoveRows()
        self._renumber()

    def apply_move(self, source: int, target: int) -> None:
        # Qt's destination is the row the step goes before, counted before it leaves.
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.document.move_step(source, target)
        self.endMoveRows()
        self._renumber()

    def _renumber(self) -> None:
        if self.document.steps:
            self.dataChanged.emit(self.index(0), self.index(len(self.document.steps) - 1))
        self.edited.emit()


class StepListView(QListView):
    """The steps, reorderable by drag and drop and by Alt/Ctrl+Up and Down.

    Signals:
        remove_requested(int): Delete was pressed on a step (its row).
    """

    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorStepList")
        self.setAccessibleName(translate("editor.step_list", "Steps"))
        self.setToolTip(
            translate(
                "editor.step_list",
                "Drag to reorder, or Alt+Up / Alt+Down. Delete removes a step.",
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(2)

    def step_model(self) -> StepListModel:
        model = self.model()
        assert isinstance(model, StepListModel)
        return model

    def current_row(self) -> int:
        return self.currentIndex().row() if self.currentIndex().isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.step_model().rowCount():
            self.setCurrentIndex(self.step_model().index(row))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        target = row + delta
        if 0 <= target < self.step_model().rowCount():
            self.step_model().move_step(row, target)
            self.select_row(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        moving = mods & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ) and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        if moving:
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.current_row() >= 0:
            self.remove_requested.emit(self.current_row())
            event.accept()
            return
        super().keyPressEvent(event)
