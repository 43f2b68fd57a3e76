"""Every edit of the routine editor as an undoable command on the document model.

Typing in one field makes one command per keystroke; keystrokes in the same field less than
``MERGE_WINDOW_S`` apart merge, so Undo takes back the whole word rather than one letter.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from somatic_player.content.routine_document import StepData
from somatic_player.i18n import translate
from somatic_player.qt.editor.step_forms import field_label, step_name

if TYPE_CHECKING:
    from somatic_player.qt.editor.step_list import StepListModel

_MERGE_META = 1
_MERGE_FIELD = 2
MERGE_WINDOW_S = 2.0


class _Typing(QUndoCommand):
    """An edit that merges with the next one of the same field made soon after."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.at = time.monotonic()

    def merges(self, other: QUndoCommand) -> bool:
        return isinstance(other, _Typing) and 0 <= other.at - self.at < MERGE_WINDOW_S


CLICKED_META = frozenset({"patient"})  # set by clicks and choices, not typed


class SetMetaCommand(_Typing):
    """Change one routine-level field (title, description, tags...)."""

    def __init__(self, model: StepListModel, key: str, value: Any) -> None:
        super().__init__(
            translate("editor.commands", "Change “{field}”").format(field=field_label(key))
        )
        self.model, self.key, self.value = model, key, value
        self.old = model.document.meta.get(key)

    def redo(self) -> None:
        self.model.apply_meta(self.key, self.value)

    def undo(self) -> None:
        self.model.apply_meta(self.key, self.old)

    def id(self) -> int:
        return _MERGE_META

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMetaCommand) or other.key != self.key or not self.merges(other):
            return False
        if self.key in CLICKED_META:  # each click is its own step back, unlike typing
            return False
        self.value, self.at = other.value, other.at
        return True


class SetFieldCommand(_Typing):
    """Change one field of one step (``reps``, ``text.tense``)."""

    def __init__(self, model: StepListModel, index: int, path: str, value: Any) -> None:
        super().__init__(
            translate("editor.commands", "Change “{field}”").format(field=field_label(path))
        )
        self.model, self.index, self.path, self.value = model, index, path, value
        self.old = model.document.get_field(index, path)

    def redo(self) -> None:
        self.model.apply_field(self.index, self.path, self.value)

    def undo(self) -> None:
        self.model.apply_field(self.index, self.path, self.old)

    def id(self) -> int:
        return _MERGE_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFieldCommand)
            and (other.index, other.path) == (self.index, self.path)
            and self.merges(other)
        ):
            return False
        self.value, self.at = other.value, other.at
        return True


class ReplaceStepCommand(QUndoCommand):
    """Put a whole new step in place of one (another library exercise)."""

    def __init__(self, model: StepListModel, index: int, step: StepData, text: str) -> None:
        super().__init__(text)
        self.model, self.index, self.step = model, index, step
        self.old = model.document.steps[index]

    def redo(self) -> None:
        self.model.apply_replace(self.index, self.step)

    def undo(self) -> None:
        self.model.apply_replace(self.index, self.old)


class InsertStepCommand(QUndoCommand):
    def __init__(self, model: StepListModel, index: int, step: StepData) -> None:
        super().__init__(
            translate("editor.commands", "Add step: {kind}").format(
                kind=step_name(step.get("kind", ""))
            )
        )
        self.model, self.index, self.step = model, index, step

    def redo(self) -> None:
        self.model.apply_insert(self.index, self.step)

    def undo(self) -> None:
        self.model.apply_remove(self.index)


class RemoveStepCommand(QUndoCommand):
    def __init__(self, model: StepListModel, index: int) -> None:
        self.step = model.document.steps[index]
        super().__init__(
            translate("editor.commands", "Remove step: {kind}").format(
                kind=step_name(self.step.get("kind", ""))
            )
        )
        self.model, self.index = model, index

    def redo(self) -> None:
        self.model.apply_remove(self.index)

    def undo(self) -> None:
        self.model.apply_insert(self.index, self.step)


class MoveStepCommand(QUndoCommand):
    """Move a step so that it ends up at ``target``."""

    def __init__(self, model: StepListModel, source: int, target: int) -> None:
        super().__init__(translate("editor.commands", "Move step"))
        self.model, self.source, self.target = model, source, target

    def redo(self) -> None:
        self.model.apply_move(self.source, self.target)

    def undo(self) -> None:
        self.model.apply_move(self.target, self.source)
