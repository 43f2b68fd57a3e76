"""The routine editor: build a routine with every step kind, reorder, undo/redo, save, reload,
and preview it on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from somatic_player import resources
from somatic_player.audio.engines import NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.content.library import default_rules, find_routine, load_library
from somatic_player.content.loader import load_routine, validate_paths
from somatic_player.core.compiler import compile_routine
from somatic_player.core.routine import STEP_KINDS
from somatic_player.qt.editor import EditorWindow, open_editor
from somatic_player.qt.editor.step_forms import FieldEditor

RATE = 48_000


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def editor(qtbot, clock: FakeClock) -> Iterator[EditorWindow]:  # type: ignore[no-untyped-def]
    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=clock), []

    window = EditorWindow(engine_factory=factory)
    window.ask_unsaved = lambda: "discard"
    told: list[str] = []
    window.tell = lambda title, text: told.append(f"{title}: {text}")
    window.told = told  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    yield window
    window.preview.stop()


def kinds(window: EditorWindow) -> list[str]:
    return [s["kind"] for s in window.model.document.steps]


def field(window: EditorWindow, path: str) -> FieldEditor:
    return window.form.editors[path]


def type_into(qtbot, editor: FieldEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    control = editor.control
    assert isinstance(control, QLineEdit)
    control.selectAll()
    control.del_()
    qtbot.keyClicks(control, text)


def test_build_every_kind_reorder_undo_save_reload(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    stack = editor.model.undo_stack
    # Metadata, typed into the form.
    type_into(qtbot, editor.meta_editors["title"], "Evening practice for Sam")
    type_into(qtbot, editor.meta_editors["id"], "evening-for-sam")
    assert editor.model.document.meta["title"] == "Evening practice for Sam"
    assert "Evening practice for Sam *" in editor.windowTitle()

    # Every step kind, each added after the selected one.
    editor.steps.select_row(0)
    for kind in STEP_KINDS:
        editor.add_step(kind)
    assert kinds(editor) == ["check-in", *STEP_KINDS]
    assert editor.issues == []
    length_before = editor.duration_label.text()

    # A field edit through the form: the breath step's length, and the total follows.
    editor.steps.select_row(1)
    assert editor.form.kind == "breath"
    type_into(qtbot, field(editor, "duration_s"), "120")
    assert editor.model.document.steps[1]["duration_s"] == 120.0
    assert editor.duration_label.text() != length_before
    stack.undo()  # typing merges: one undo restores the whole value
    assert editor.model.document.steps[1]["duration_s"] == 300.0
    assert field(editor, "duration_s").control.text() == "300"  # type: ignore[attr-defined]
    stack.redo()
    assert editor.model.document.steps[1]["duration_s"] == 120.0

    # Another exercise for the movement step: undoable as one edit.
    editor.steps.select_row(3)
    assert editor.form.exercise is not None
    editor.form.exercise.setCurrentIndex(editor.form.exercise.findData("ankle-pumps"))
    editor.form.exercise.activated.emit(editor.form.exercise.currentIndex())
    assert editor.model.document.steps[3]["exercise"] == "ankle-pumps"
    stack.undo()
    assert editor.model.document.steps[3]["exercise"] == "shoulder-rolls"
    stack.redo()

    # Reorder by drag and drop (the model's own mime data): journal (row 7) to the top.
    model = editor.model
    mime = model.mimeData([model.index(7)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert kinds(editor)[:2] == ["journal", "check-in"]
    stack.undo()
    assert kinds(editor)[7] == "journal"
    stack.redo()

    # Reorder by keyboard: Alt+Down and Ctrl+Up on the selected step.
    editor.steps.select_row(0)
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert kinds(editor)[:2] == ["check-in", "journal"]
    assert editor.steps.current_row() == 1
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert kinds(editor)[:2] == ["journal", "check-in"]

    # Remove by keyboard, undo brings it back in place; redo removes it again.
    count = len(kinds(editor))
    qtbot.keyClick(editor.steps, Qt.Key.Key_Delete)
    assert len(kinds(editor)) == count - 1 and kinds(editor)[0] == "check-in"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo
    assert kinds(editor)[0] == "journal"
    editor.redo_action.trigger()
    assert kinds(editor)[0] == "check-in"
    editor.undo_action.trigger()

    # Metadata undo.
    editor.tabs.setCurrentIndex(1)
    type_into(qtbot, editor.meta_editors["author"], "Dr Lee")
    stack.undo()
    assert "author" not in editor.model.document.meta
    stack.redo()

    # Save to the user library; the file validates and reads back as the same routine.
    assert editor.save(), editor.told  # type: ignore[attr-defined]
    path = resources.user_routines_dir() / "evening-for-sam.toml"
    assert editor.path == path and validate_paths([path]) == []
    assert "*" not in editor.windowTitle()
    saved = load_routine(path)
    assert saved == editor.model.document.routine()
    assert [s.kind for s in saved.steps] == kinds(editor)
    assert saved.author == "Dr Lee"
    entry = next(e for e in load_library() if e.id == "evening-for-sam")
    assert not entry.builtin and entry.error is None

    # Reload in a fresh editor: same steps, nothing to save.
    again = EditorWindow()
    qtbot.addWidget(again)
    assert again.open_routine("evening-for-sam")
    assert again.model.document.routine() == saved
    assert again.model.undo_stack.isClean() and again.path == path


def test_out_of_range_value_explains_the_limit_and_refuses_to_save(  # type: ignore[no-untyped-def]
    qtbot, editor: EditorWindow
) -> None:
    editor.add_step("breath")
    inhale = field(editor, "inhale_s")
    assert "Allowed: 1 to 20 seconds." in inhale.hint.text()
    type_into(qtbot, inhale, "0")
    assert inhale.error.isVisible()
    assert inhale.error.text() == "must be between 1 and 20 seconds, got 0"
    assert "⚠" in editor.model.data(editor.model.index(1))
    assert any("between 1 and 20 seconds" in i.message for i in editor.issues)
    assert not editor.save()
    assert editor.told and "problems to fix" in editor.told[-1]  # type: ignore[attr-defined]
    assert not list(resources.user_routines_dir().glob("*.toml"))
    type_into(qtbot, inhale, "4x")
    assert "must be a number" in inhale.error.text()
    type_into(qtbot, inhale, "5")
    assert not inhale.error.isVisible() and editor.issues == []
    assert editor.save()


def test_duplicate_a_builtin_and_the_library_lists_it(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def choose(choices: list[tuple[str, str]]) -> str:
        offered.extend(ident for ident, _ in choices)
        return "easy-pace"

    editor.choose_builtin = choose
    editor.duplicate_action.trigger()
    assert "easy-pace" in offered and "pmr-7" in offered
    original, _ = find_routine("easy-pace")
    doc = editor.model.document
    assert doc.meta["id"] == "easy-pace-copy" and doc.meta["title"].endswith("(my copy)")
    assert len(doc.steps) == len(original.steps)
    saved: list[str] = []
    editor.saved.connect(saved.append)
    assert editor.save()
    assert saved == ["easy-pace-copy"]
    ids = {(e.id, e.builtin) for e in load_library()}
    assert {("easy-pace", True), ("easy-pace-copy", False)} <= ids


def test_unsaved_changes_prompt(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    answers: list[str] = []

    def answer(reply: str):  # type: ignore[no-untyped-def]
        def ask() -> str:
            answers.append(reply)
            return reply

        return ask

    editor.ask_unsaved = answer("cancel")
    assert editor.close()  # nothing changed yet: no question
    assert answers == []
    editor.show()
    editor.add_step("silence")
    assert not editor.close() and editor.isVisible() and answers == ["cancel"]
    assert not editor.new_routine() and len(editor.model.document.steps) == 2
    editor.ask_unsaved = answer("save")
    assert editor.new_routine()  # saved first, then a fresh routine
    assert (resources.user_routines_dir() / "my-routine.toml").exists()
    assert len(editor.model.document.steps) == 1
    editor.add_step("journal")
    editor.ask_unsaved = answer("discard")
    assert editor.close()


def test_preview_plays_the_selected_step_on_a_fake_clock(
    editor: EditorWindow, clock: FakeClock
) -> None:
    editor.add_step("narration")
    editor.add_step("breath")  # row 2: 4 s in, 6 s out
    editor.add_step("silence")
    editor.steps.select_row(2)
    assert editor.play_step()
    preview = editor.preview
    controller = preview.controller
    assert controller is not None and preview.playing
    step = next(s for s in controller.plan.steps if s.index == 2)
    assert controller.position() == step.start
    clock.now += 1.0
    controller.tick()
    assert preview.pacer.phase_word() == "Breathe in"
    assert preview.where.text().startswith("Step 3")
    clock.now += 4.5
    controller.tick()
    assert preview.pacer.phase_word() == "Breathe out"
    # "This step only" stops when the step ends.
    clock.now += (step.end - controller.position()) / RATE + 0.5
    controller.tick()
    assert not preview.playing and preview.controller is None

    # From here to the end carries on into the quiet time, with its caption.
    editor.steps.select_row(2)
    editor.model.set_field(3, "caption", "Rest here for a moment.")
    assert editor.play_from_here()
    controller = preview.controller
    assert controller is not None
    clock.now += (step.end - controller.position()) / RATE + 1.0
    controller.tick()
    assert preview.playing
    assert preview.caption.text() == "Rest here for a moment."
    preview.stop_button.click()
    assert not preview.playing


def test_patient_settings_adapt_the_preview(qtbot, editor: EditorWindow) -> None:  # type: ignore[no-untyped-def]
    editor.add_step("pmr")  # hands and wrists, tension-release
    assert "Tensing" in editor.flags_label.text()
    editor.tabs.setCurrentIndex(2)
    for code in (125, 128, 119, 124):  # both hands and wrists
        editor.patient.map.select(code)
        editor.patient.toggle_button.click()
    assert editor.patient.profile().dont_tense == frozenset({125, 128, 119, 124})
    assert "right hand" in editor.patient.chosen.text()
    editor.steps.select_row(1)
    assert editor.play_step()
    controller = editor.preview.controller
    assert controller is not None
    step = next(s for s in controller.plan.steps if s.index == 1)
    assert step.mode == "release-only"


def test_open_editor_for_the_app_shell(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[str] = []
    window = open_editor(None, "pmr-4", on_saved=saved.append)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.model.document.meta["id"] == "pmr-4-copy"
    assert window.save() and saved == ["pmr-4-copy"]
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it


def test_screenshot(qtbot, editor: EditorWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    editor.resize(1200, 800)
    assert editor.open_routine("pmr-7")
    editor.steps.select_row(7)
    qtbot.wait(10)
    image = editor.grab()
    assert image.width() == 1200
    image.save(str(tmp_path / "editor.png"))


def test_patient_settings_are_saved_with_the_routine_and_undoable(
    qtbot, editor: EditorWindow
) -> None:  # type: ignore[no-untyped-def]
    editor.duplicate_routine("pmr-7")
    editor.patient.map.select(111)
    editor.patient.toggle_button.click()
    editor.patient.capacity.setCurrentIndex(editor.patient.capacity.findData("seated"))
    editor.patient.capacity.activated.emit(editor.patient.capacity.currentIndex())
    assert editor.model.document.meta["patient"] == {"dont_tense": [111], "capacity": "seated"}
    editor.model.undo_stack.undo()  # the capacity change
    assert editor.model.document.meta["patient"] == {"dont_tense": [111]}
    assert editor.patient.capacity.currentData() == "standing"
    assert editor.save()
    routine, _ = find_routine("pmr-7-copy")
    assert routine.patient.dont_tense == (111,)
    plan = compile_routine(routine, rules=default_rules())  # no profile: the file's settings
    arm = next(s for s in plan.steps if s.kind == "pmr" and s.title.startswith("Dominant hand"))
    assert arm.mode == "release-only"
