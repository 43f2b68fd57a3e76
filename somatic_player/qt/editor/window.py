"""The routine editor window: steps on the left, the selected step's form in the middle, and
the routine's length, safety flags, problems and a live preview on the right.

Every edit is undoable (Ctrl+Z / Ctrl+Shift+Z); closing or starting another routine with
unsaved changes asks first. Saving writes ``<id>.toml`` to the user's routines folder, where
the library lists it beside the built-ins, and only when the routine is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from somatic_player import resources
from somatic_player.content.library import builtin_files, find_routine, load_library
from somatic_player.content.package_format import recordings_dir
from somatic_player.content.routine_document import (
    LONG_SESSION_MIN,
    Issue,
    RoutineDocument,
    SafetyFlags,
    duration_s,
    exercise_step,
    new_step,
    safety_flags,
    unique_id,
)
from somatic_player.core.profile import Profile
from somatic_player.core.routine import STEP_KINDS, Routine
from somatic_player.i18n import translate
from somatic_player.qt.editor.patient_panel import PatientPanel
from somatic_player.qt.editor.preview import PreviewPanel
from somatic_player.qt.editor.step_forms import (
    FieldEditor,
    StepFormView,
    field_label,
    shape_of,
    step_name,
)
from somatic_player.qt.editor.step_list import StepListModel, StepListView
from somatic_player.qt.session_controller import EngineFactory, default_engine_factory
from somatic_player.qt.toolbars import reachable_by_tab

Answer = Literal["save", "discard", "cancel"]
META_FIELDS = (
    "title",
    "id",
    "kind",
    "description",
    "author",
    "language",
    "version",
    "tags",
    "positions",
    "estimated_minutes",
)


def ask_unsaved(parent: QWidget) -> Answer:
    """The standard "save your changes?" question."""
    button = QMessageBox.question(
        parent,
        translate("editor.window", "Unsaved changes"),
        translate(
            "editor.window", "This routine has changes that are not saved yet. Save them first?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if button == QMessageBox.StandardButton.Save:
        return "save"
    if button == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def flag_labels(flags: SafetyFlags) -> list[str]:
    """What the clinician should know about the routine, one line each (as SafetyFlags.labels
    says it, in the interface's language)."""
    shown = (
        (
            flags.breath_holds,
            translate(
                "editor.window", "Breath holds: offered only after the breath-hold questions"
            ),
        ),
        (
            flags.standing,
            translate("editor.window", "Standing steps: need support nearby (a counter or chair)"),
        ),
        (
            flags.tension,
            translate(
                "editor.window",
                "Tensing: muscle groups are tensed gently unless marked release-only",
            ),
        ),
        (
            flags.long_session,
            translate("editor.window", "Long session: {minutes} minutes or more").format(
                minutes=f"{LONG_SESSION_MIN:g}"
            ),
        ),
    )
    return [text for on, text in shown if on]


def clock(seconds: float) -> str:
    s = max(0, round(seconds))
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class EditorWindow(QMainWindow):
    """Build, check, preview and save one routine at a time.

    The question and message boxes go through replaceable seams (``ask_unsaved``, ``tell``,
    ``ask_overwrite``, ``choose_builtin``) so tests answer them without a modal loop.

    Signals:
        saved(str): the routine was saved; its id.
    """

    saved = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        engine_factory: EngineFactory = default_engine_factory,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1200, 800)
        self.folder = folder
        self.path: Path | None = None
        self.routine: Routine | None = None
        self.issues: list[Issue] = []
        self.flags = SafetyFlags()
        self.ask_unsaved: Callable[[], Answer] = lambda: ask_unsaved(self)
        self.tell: Callable[[str, str], None] = lambda title, text: (
            QMessageBox.warning(self, title, text),
            None,
        )[1]
        self.ask_overwrite: Callable[[str], bool] = self._ask_overwrite
        self.choose_builtin: Callable[[list[tuple[str, str]]], str | None] = self._choose_builtin

        self.model = StepListModel(RoutineDocument.new(), self)
        self.steps = StepListView()
        self.form = StepFormView()
        self.preview = PreviewPanel(engine_factory)
        self.patient = PatientPanel()
        self.meta_editors: dict[str, FieldEditor] = {}
        self._build()
        self._attach(self.model)
        self._refresh()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        bar = self.addToolBar(translate("editor.window", "Routine"))
        bar.setObjectName("editorToolBar")
        bar.setMovable(False)
        self.new_action = self._action(
            translate("editor.window", "New"), QKeySequence.StandardKey.New, self.new_routine
        )
        self.duplicate_action = self._action(
            translate("editor.window", "Duplicate built-in…"), None, self._on_duplicate
        )
        self.save_action = self._action(
            translate("editor.window", "Save"), QKeySequence.StandardKey.Save, self.save
        )
        self.undo_action = QAction(translate("editor.window", "Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self._on_undo)
        self.redo_action = QAction(translate("editor.window", "Redo"), self)
        self.redo_action.setShortcuts(
            [
                QKeySequence(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Shift+Z"),
                QKeySequence("Ctrl+Y"),
            ]
        )
        self.redo_action.triggered.connect(self._on_redo)
        for action in (self.new_action, self.duplicate_action, self.save_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        reachable_by_tab(bar)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        bar.addSeparator()
        self.play_step_action = self._action(
            translate("editor.window", "Play step"), QKeySequence("F5"), self.play_step
        )
        self.play_rest_action = self._action(
            translate("editor.window", "Play from here"),
            QKeySequence("Shift+F5"),
            self.play_from_here,
        )

        # Steps (left)
        self.add_menu = QMenu(translate("editor.window", "Add step"), self)
        for kind in STEP_KINDS:
            action = self.add_menu.addAction(step_name(kind))
            action.setData(kind)
        self.add_menu.triggered.connect(self._on_add_menu_triggered)
        self.add_button = QToolButton()
        self.add_button.setText(translate("editor.window", "Add step"))
        self.add_button.setObjectName("addStepButton")
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.remove_button = QPushButton(translate("editor.window", "Remove"))
        self.remove_button.setObjectName("removeStepButton")
        self.remove_button.setToolTip(
            translate("editor.window", "Remove the selected step (Delete)")
        )
        self.remove_button.clicked.connect(self.remove_selected_step)
        self.up_button = QPushButton(translate("editor.window", "Up"))
        self.up_button.setToolTip(translate("editor.window", "Move the selected step up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.steps.move_current(-1))
        self.down_button = QPushButton(translate("editor.window", "Down"))
        self.down_button.setToolTip(
            translate("editor.window", "Move the selected step down (Alt+Down)")
        )
        self.down_button.clicked.connect(lambda: self.steps.move_current(1))
        self.steps.remove_requested.connect(self._on_steps_remove_requested)
        step_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setMinimumHeight(34)
            step_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.routine_heading = QLabel("")
        self.routine_heading.setObjectName("editorRoutineTitle")
        self.routine_heading.setWordWrap(True)
        font = self.routine_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.routine_heading.setFont(font)
        self.duration_label = QLabel("")
        self.duration_label.setObjectName("durationLabel")
        self.duration_label.setAccessibleName(translate("editor.window", "Total length"))
        left_layout.addWidget(self.routine_heading)
        left_layout.addWidget(self.duration_label)
        left_layout.addWidget(self.steps, 1)
        left_layout.addLayout(step_buttons)

        # Step form and details (middle)
        self.form.recordings_folder = self.recordings_folder
        self.form.field_edited.connect(self._on_form_field_edited)
        self.form.exercise_chosen.connect(self._on_form_exercise_chosen)
        step_scroll = QScrollArea()
        step_scroll.setWidgetResizable(True)
        step_scroll.setWidget(self.form)
        meta = QWidget()
        meta_form = QFormLayout(meta)
        meta_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in META_FIELDS:
            info = Routine.model_fields[name]
            separator = ", " if name == "tags" else "\n"
            editor = FieldEditor(name, info, shape_of(info), separator)
            editor.edited.connect(self._on_meta_edited)
            self.meta_editors[name] = editor
            meta_form.addRow(field_label(name), editor)
        meta_scroll = QScrollArea()
        meta_scroll.setWidgetResizable(True)
        meta_scroll.setWidget(meta)
        self.patient.changed.connect(self._refresh)
        self.patient.edited.connect(lambda table: self.model.set_meta("patient", table or None))
        patient_scroll = QScrollArea()
        patient_scroll.setWidgetResizable(True)
        patient_scroll.setWidget(self.patient)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(step_scroll, translate("editor.window", "Step"))
        self.tabs.addTab(meta_scroll, translate("editor.window", "Routine details"))
        self.tabs.addTab(patient_scroll, translate("editor.window", "Patient"))

        # Summary and preview (right)
        self.flags_label = QLabel("")
        self.flags_label.setObjectName("safetyFlags")
        self.flags_label.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("problemList")
        self.problems.setAccessibleName(translate("editor.window", "Problems to fix before saving"))
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._on_problem_activated)
        summary = QGroupBox(translate("editor.window", "Safety"))
        summary_layout = QVBoxLayout(summary)
        summary_layout.addWidget(self.flags_label)
        problems = QGroupBox(translate("editor.window", "To fix before saving"))
        problems_layout = QVBoxLayout(problems)
        problems_layout.addWidget(self.problems)
        preview = QGroupBox(translate("editor.window", "Preview"))
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview)
        self.preview.play_requested.connect(self._on_preview_play_requested)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(summary)
        right_layout.addWidget(problems, 1)
        right_layout.addWidget(preview, 2)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setSizes([340, 500, 360])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _action(
        self,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], Any],
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _attach(self, model: StepListModel) -> None:
        self.model = model
        self.steps.setModel(model)
        model.edited.connect(self._refresh)
        model.step_edited.connect(self._on_model_step_edited)
        model.meta_edited.connect(self._on_model_meta_edited)
        model.rowsInserted.connect(self._on_rows_changed)
        model.rowsRemoved.connect(self._on_rows_changed)
        model.rowsMoved.connect(self._on_rows_changed)
        model.undo_stack.cleanChanged.connect(self._update_title)
        model.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        model.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        selection = self.steps.selectionModel()
        selection.currentChanged.connect(self._on_steps_current_changed)
        for name, editor in self.meta_editors.items():
            editor.set_value(model.document.meta.get(name))
        self.patient.set_settings(model.document.meta.get("patient"))
        self.steps.select_row(0)
        self._show_current_step()

    def recordings_folder(self) -> Path:
        """Where this routine's voice recordings go: ``<routines>/<id>/recordings``."""
        if self.path is not None:
            return recordings_dir(self.path)
        folder = self.folder if self.folder is not None else resources.user_routines_dir()
        routine_id = str(self.model.document.meta.get("id") or "untitled")
        return recordings_dir(folder / f"{routine_id}.toml")

    # -- opening ----------------------------------------------------------------------------

    def load(self, document: RoutineDocument, path: Path | None = None) -> None:
        """Edit ``document`` (no question asked: see :meth:`may_leave`)."""
        self.preview.stop()
        old = self.model
        self.path = path
        self._attach(StepListModel(document, self))
        old.deleteLater()
        self._refresh()
        self._update_title()

    def new_routine(self) -> bool:
        if not self.may_leave():
            return False
        taken = {e.id for e in load_library()}
        self.load(RoutineDocument.new(unique_id("my-routine", taken)))
        return True

    def open_routine(self, routine_id: str) -> bool:
        """Edit a user routine in place, or a copy of a built-in one."""
        if not self.may_leave():
            return False
        routine, path = find_routine(routine_id)
        if path in builtin_files():
            taken = {e.id for e in load_library()}
            self.load(RoutineDocument.duplicate_of(routine, taken))
        else:
            self.load(RoutineDocument.from_routine(routine), path)
        return True

    def duplicate_routine(self, routine_id: str) -> bool:
        if not self.may_leave():
            return False
        routine, _ = find_routine(routine_id)
        taken = {e.id for e in load_library()}
        self.load(RoutineDocument.duplicate_of(routine, taken))
        return True

    def may_leave(self) -> bool:
        """True when the current routine may be put away (saved, discarded, or unchanged)."""
        if self.model.undo_stack.isClean():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _on_duplicate(self) -> None:
        choices = [(e.id, e.title) for e in load_library() if e.builtin and e.error is None]
        chosen = self.choose_builtin(choices)
        if chosen:
            self.duplicate_routine(chosen)

    def _choose_builtin(self, choices: list[tuple[str, str]]) -> str | None:
        titles = [title for _, title in choices]
        title, ok = QInputDialog.getItem(
            self,
            translate("editor.window", "Duplicate a built-in routine"),
            translate("editor.window", "Start from:"),
            titles,
            0,
            False,
        )
        if not ok:
            return None
        return next((ident for ident, t in choices if t == title), None)

    def _ask_overwrite(self, path: str) -> bool:
        button = QMessageBox.question(
            self,
            translate("editor.window", "Replace routine?"),
            translate(
                "editor.window", "A routine file with this id already exists:\n{path}\nReplace it?"
            ).format(path=path),
        )
        return button == QMessageBox.StandardButton.Yes

    # -- editing ----------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.steps.current_row()

    def add_step(self, kind: str) -> int:
        """Add a new step of ``kind`` after the selected one; returns its row."""
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.model.insert_step(row, new_step(kind))
        self.steps.select_row(row)
        return row

    def remove_selected_step(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_step(row)
            self.steps.select_row(min(row, self.model.rowCount() - 1))

    def _on_steps_remove_requested(self, row: int) -> None:
        self.steps.select_row(row)
        self.remove_selected_step()

    def _on_add_menu_triggered(self, action: QAction) -> None:
        self.add_step(str(action.data()))

    def _on_form_field_edited(self, row: int, path: str, value: object) -> None:
        if 0 <= row < self.model.rowCount():
            self.model.set_field(row, path, value)

    def _on_form_exercise_chosen(self, row: int, exercise: str) -> None:
        old = self.model.document.steps[row]
        if old.get("exercise") == exercise:
            return
        step = exercise_step(exercise, language=str(self.model.document.meta.get("language", "en")))
        self.model.replace_step(row, step, translate("editor.window", "Change exercise"))

    def _on_meta_edited(self, key: str, value: object) -> None:
        self.model.set_meta(key, value)

    def _on_undo(self) -> None:
        self.model.undo_stack.undo()

    def _on_redo(self) -> None:
        self.model.undo_stack.redo()

    def _on_model_step_edited(self, row: int) -> None:
        if row != self.form.row:
            return
        step = self.model.document.steps[row]
        rebuild = step.get("kind") != self.form.kind or (
            self.form.exercise is not None
            and step.get("exercise") != self.form.exercise.currentData()
        )
        if rebuild:
            self.form.show_step(row, step)
        else:
            self.form.refresh(step)
        self.form.show_issues(self.issues)

    def _on_model_meta_edited(self, key: str) -> None:
        if key == "patient":  # undo/redo of a patient setting
            self.patient.set_settings(self.model.document.meta.get("patient"))
        editor = self.meta_editors.get(key)
        if editor is not None:
            editor.set_value(self.model.document.meta.get(key))

    def _on_rows_changed(self, *_: object) -> None:
        self._show_current_step()

    def _on_steps_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current_step()

    def _show_current_step(self) -> None:
        row = self.current_row()
        steps = self.model.document.steps
        step = steps[row] if 0 <= row < len(steps) else None
        self.form.show_step(row, step)
        self.form.show_issues(self.issues)
        self.remove_button.setEnabled(step is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(steps) - 1)

    # -- checking ---------------------------------------------------------------------------

    def profile(self) -> Profile:
        return self.patient.profile()

    def _refresh(self) -> None:
        doc = self.model.document
        self.routine, self.issues = doc.check()
        minutes = None
        if self.routine is not None:
            try:
                seconds = duration_s(self.routine, self.profile(), self.recordings_folder())
            except ValueError as exc:  # the compiler refuses what cannot be laid out
                self.routine = None
                self.issues = [Issue(None, "", str(exc))]
            else:
                minutes = seconds / 60
                self.duration_label.setText(
                    translate("editor.window", "Total length {length}").format(
                        length=clock(seconds)
                    )
                )
        if minutes is None:
            self.duration_label.setText(
                translate("editor.window", "Total length: fix the problems to see it")
            )
        flags = safety_flags(doc.steps, doc.meta.get("positions", ()))
        self.flags = SafetyFlags(
            flags.breath_holds,
            flags.standing,
            flags.tension,
            minutes is not None and minutes >= LONG_SESSION_MIN,
        )
        labels = flag_labels(self.flags)
        self.flags_label.setText(
            "\n".join(f"• {t}" for t in labels)
            if labels
            else translate("editor.window", "No breath holds, standing, tensing or long sessions.")
        )
        self.problems.clear()
        for issue in self.issues:
            # The messages (and the field names in them) come from the routine check in English.
            if issue.step is not None:
                text = translate("editor.window", "Step {number}: {problem}").format(
                    number=issue.step + 1, problem=issue.message
                )
            elif issue.field:
                text = f"{issue.field}: {issue.message}"
            else:
                text = issue.message
            self.problems.addItem(text)
            item = self.problems.item(self.problems.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, issue.step)
        if not self.issues:
            self.problems.addItem(translate("editor.window", "Nothing: the routine can be saved."))
        self.model.set_problem_rows(frozenset(i.step for i in self.issues if i.step is not None))
        self.form.show_issues(self.issues)
        for name, editor in self.meta_editors.items():
            found = [i.message for i in self.issues if i.step is None and i.field == name]
            editor.set_problem(found[0] if found else "")
        self.routine_heading.setText(
            str(doc.meta.get("title") or translate("editor.window", "Untitled routine"))
        )
        self.save_action.setEnabled(True)
        self._update_title()

    def _on_problem_activated(self, item: Any) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, int):
            self.steps.select_row(row)
            self.tabs.setCurrentIndex(0)

    def _update_title(self, *_: object) -> None:
        mark = "" if self.model.undo_stack.isClean() else " *"
        title = self.model.document.meta.get("title") or translate(
            "editor.window", "Untitled routine"
        )
        self.setWindowTitle(
            translate("editor.window", "{title}{mark} — Routine editor").format(
                title=title, mark=mark
            )
        )

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the routine to the user's routines; False (and why) when it is not valid."""
        if self.issues or self.routine is None:
            first = self.problems.item(0).text() if self.problems.count() else ""
            self.tell(
                translate("editor.window", "Not saved yet"),
                translate(
                    "editor.window",
                    "The routine has problems to fix first (listed under 'To fix before saving'):"
                    "\n{problem}",
                ).format(problem=first),
            )
            return False
        routine_id = self.routine.id
        builtin_ids = {p.stem for p in builtin_files()}
        if routine_id in builtin_ids:
            self.tell(
                translate("editor.window", "Not saved yet"),
                translate(
                    "editor.window",
                    "'{id}' is the id of a built-in routine; give this one its own id "
                    "under Routine details.",
                ).format(id=routine_id),
            )
            return False
        folder = self.folder if self.folder is not None else resources.user_routines_dir()
        target = folder / f"{routine_id}.toml"
        if target.exists() and target != self.path and not self.ask_overwrite(str(target)):
            return False
        try:
            path = self.model.document.save(folder)
        except OSError as exc:
            self.tell(
                translate("editor.window", "Not saved"),
                translate("editor.window", "The routine could not be written: {reason}").format(
                    reason=exc.strerror or exc
                ),
            )
            return False
        if self.path is not None and self.path != path and self.path.parent == folder:
            self.path.unlink(missing_ok=True)  # the id changed: the old file goes
        self.path = path
        self.model.undo_stack.setClean()
        self._update_title()
        self.saved.emit(routine_id)
        return True

    # -- preview ----------------------------------------------------------------------------

    def play_step(self) -> bool:
        return self._play(True)

    def play_from_here(self) -> bool:
        return self._play(False)

    def _on_preview_play_requested(self, only_step: bool) -> None:
        self._play(only_step)

    def _play(self, only_step: bool) -> bool:
        if self.routine is None:
            self.tell(
                translate("editor.window", "Cannot preview yet"),
                translate("editor.window", "Fix the problems listed first."),
            )
            return False
        row = max(self.current_row(), 0)
        return self.preview.play(self.routine, row, only_step, self.profile())

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_leave():
            self.preview.stop()
            self.form.stop_recording()
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.preview.playing:
            self.preview.stop()
            return
        super().keyPressEvent(event)


def open_editor(
    parent: QWidget | None,
    routine_id: str | None,
    on_saved: Callable[[str], object] | None = None,
    engine_factory: EngineFactory = default_engine_factory,
) -> EditorWindow:
    """Open the editor on a new routine (None), a user routine, or a copy of a built-in one.

    ``on_saved`` is called with the routine id after every save (refresh the library there).
    """
    window = EditorWindow(parent, engine_factory=engine_factory)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if routine_id is not None:
        window.open_routine(routine_id)
    if on_saved is not None:
        window.saved.connect(on_saved)
    window.show()
    return window
