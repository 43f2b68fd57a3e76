"""Export, import and drag-and-drop of routine packages through the window: what is asked, what
is said, and that a refused package changes nothing in the data folder."""

from __future__ import annotations

import shutil
import threading
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
import tomli_w
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from somatic_player import resources
from somatic_player.content.package import Conflict, ImportResult, export_routine
from somatic_player.content.package_format import recordings_dir
from somatic_player.qt import package_dialogs
from somatic_player.qt.package_dialogs import (
    REFUSED_TITLE,
    ConflictDialog,
    accept_package_drops,
    export_package,
    import_package_dialog,
    refusal_text,
    run_in_background,
)

Message = tuple[str, str, str]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    said: list[Message] = []
    monkeypatch.setattr(
        package_dialogs,
        "show_message",
        lambda _p, kind, title, text: said.append((kind, title, text)),
    )
    return said


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def ask(*_args: Any) -> None:
        raise AssertionError("nothing should have been asked")

    monkeypatch.setattr(package_dialogs, "ask_conflict", ask)


def user_routine(routine_id: str = "for-anna", title: str = "For Anna") -> Path:
    """A routine of the user's own with one recorded line, in the library."""
    path = resources.user_routines_dir() / f"{routine_id}.toml"
    doc = {
        "schema_version": 1,
        "id": routine_id,
        "title": title,
        "kind": "mixed",
        "steps": [
            {"kind": "narration", "text": "Settle in and rest."},
            {"kind": "narration", "text": "Hello, it is me.", "clip": "hello.wav"},
        ],
    }
    path.write_bytes(tomli_w.dumps(doc).encode("utf-8"))
    folder = recordings_dir(path)
    folder.mkdir(parents=True)
    tone = 0.2 * np.sin(2 * np.pi * 220 * np.arange(16_000) / 16_000)
    sf.write(folder / "hello.wav", tone.astype(np.float32), 16_000, subtype="PCM_16")
    return path


def forget(path: Path) -> None:
    path.unlink()
    shutil.rmtree(path.parent / path.stem)


def data_folder() -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder under the user data folder."""
    home = resources.user_home()
    return {
        str(p.relative_to(home)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(home.rglob("*"))
    }


def hostile(tmp_path: Path, name: str) -> Path:
    """A package that tries to write outside its folder."""
    path = tmp_path / "sent-to-you.somatic"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("routine.toml", "schema_version = 1\n")
        zf.writestr(name, "gotcha")
    return path


# -- export -------------------------------------------------------------------------------------


def test_export_then_import_into_an_empty_library(
    qtbot: QtBot, tmp_path: Path, messages: list[Message], no_questions: None
) -> None:
    original = user_routine()
    text, clip = original.read_bytes(), (recordings_dir(original) / "hello.wav").read_bytes()
    out = export_package(None, "for-anna", tmp_path / "for-anna")
    assert out == tmp_path / "for-anna.somatic" and out.is_file()
    kind, title, said = messages.pop()
    assert (kind, title) == ("information", "Routine exported")
    assert said.startswith(f"Saved “For Anna” with its 1 recording to {out}.")

    forget(original)
    result = import_package_dialog(None, out)
    assert isinstance(result, ImportResult)
    assert (result.routine_id, result.replaced, result.renamed_from) == ("for-anna", False, None)
    assert original.read_bytes() == text
    assert (recordings_dir(original) / "hello.wav").read_bytes() == clip
    kind, title, said = messages.pop()
    assert (kind, title) == ("information", "Routine imported")
    assert said.startswith("Imported “For Anna”.\n\nIt is in your library now with 1 recording.")
    assert not list(resources.user_home().glob(".import-*"))  # nothing left unpacked


def test_export_problems_are_one_message(
    qtbot: QtBot, tmp_path: Path, messages: list[Message]
) -> None:
    assert export_package(None, "no-such-routine", tmp_path / "x.somatic") is None
    kind, title, said = messages.pop()
    assert (kind, title) == ("warning", "Routine not exported")
    assert "no-such-routine" in said
    assert export_package(None, "easy-pace", tmp_path / "missing" / "x.somatic") is None
    assert messages.pop()[2] == (
        f"Nothing was saved.\n\nFolder {tmp_path / 'missing'} does not exist."
    )
    assert list(tmp_path.iterdir()) == []


# -- import: conflicts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expected_id"),
    [
        (("replace", None), "for-anna"),
        (("rename", "for-anna-at-home"), "for-anna-at-home"),
        (None, None),
    ],
)
def test_a_taken_id_asks_replace_new_id_or_cancel(
    qtbot: QtBot,
    tmp_path: Path,
    messages: list[Message],
    monkeypatch: pytest.MonkeyPatch,
    answer: Any,
    expected_id: str | None,
) -> None:
    path = user_routine()
    package = export_routine("for-anna", tmp_path / "for-anna.somatic").path
    path.write_text(path.read_text().replace("For Anna", "For Anna (old)"))
    before = data_folder()
    asked: list[tuple[Conflict, str, str]] = []

    def ask(_parent: Any, conflict: Conflict, title: str, suggested: str) -> Any:
        asked.append((conflict, title, suggested))
        return answer

    monkeypatch.setattr(package_dialogs, "ask_conflict", ask)
    result = import_package_dialog(None, package)

    [(conflict, title, suggested)] = asked
    assert (conflict.routine_id, conflict.builtin, conflict.existing) == ("for-anna", False, path)
    assert (title, suggested) == ("For Anna", "for-anna-2")
    if answer is None:
        assert result is None and messages == []
        assert data_folder() == before
        return
    assert result is not None and result.routine_id == expected_id
    assert result.replaced is (answer[0] == "replace")
    assert "For Anna (old)" not in result.path.read_text() or answer[0] == "rename"
    assert messages[-1][1] == "Routine imported"
    if answer[0] == "rename":
        assert path.read_text().count("For Anna (old)") == 1  # the old one is still there
        assert "the file called it “for-anna”" in messages[-1][2]
    else:
        assert "It replaced your earlier routine with the same id." in messages[-1][2]


def test_a_built_in_id_can_only_be_imported_as_a_new_one(
    qtbot: QtBot, tmp_path: Path, messages: list[Message], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = export_routine("easy-pace", tmp_path / "easy.somatic").path
    # Replace cannot win against a built-in, nor can something that is not an id.
    answers = iter([("replace", None), ("rename", "Not An Id"), ("rename", "easy-pace-2")])
    asked: list[Conflict] = []

    def ask(_parent: Any, conflict: Conflict, _title: str, suggested: str) -> Any:
        asked.append(conflict)
        assert suggested == "easy-pace-2"
        return next(answers)

    monkeypatch.setattr(package_dialogs, "ask_conflict", ask)
    result = import_package_dialog(None, package)
    assert [c.builtin for c in asked] == [True, True, True]
    assert result is not None
    assert (result.routine_id, result.renamed_from) == ("easy-pace-2", "easy-pace")
    assert result.path == resources.user_routines_dir() / "easy-pace-2.toml"


def test_the_conflict_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    mine = Conflict("for-anna", tmp_path / "for-anna.toml", builtin=False)
    dialog = ConflictDialog(mine, "For Anna", "for-anna-2")
    qtbot.addWidget(dialog)
    assert not dialog.replace_button.isHidden()
    assert dialog.rename_button.isEnabled() and dialog.id_problem.isHidden()
    dialog.id_edit.setText("For Anna!")
    assert not dialog.rename_button.isEnabled()
    assert dialog.id_problem.text().startswith("'For Anna!' is not a routine id")
    dialog.id_edit.setText("for-anna")
    assert dialog.id_problem.text() == "That id is taken; choose another."
    dialog.id_edit.setText("anna-home")
    QTest.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.answer() == ("rename", "anna-home")

    builtin = Conflict("easy-pace", tmp_path / "easy-pace.toml", builtin=True)
    dialog = ConflictDialog(builtin, "Easy pace", "easy-pace-2")
    qtbot.addWidget(dialog)
    assert dialog.replace_button.isHidden()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.answer() is None


# -- import: refusals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("member", "why"),
    [
        ("../evil", "The file has an entry that points outside the package ('../evil'"),
        ("/etc/evil", "The file has an entry with an absolute path ('/etc/evil')"),
    ],
)
def test_a_hostile_package_is_refused_calmly_and_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    messages: list[Message],
    no_questions: None,
    member: str,
    why: str,
) -> None:
    resources.user_routines_dir()
    before = data_folder()
    package = hostile(tmp_path, member)
    assert import_package_dialog(None, package) is None
    [(kind, title, said)] = messages
    assert (kind, title) == ("information", REFUSED_TITLE)
    assert said.startswith(
        "“sent-to-you.somatic” was not added to your library, and nothing from it was kept."
    )
    assert f"\n\n{why}" in said
    assert data_folder() == before
    assert not (tmp_path.parent / "evil").exists()


def test_refusal_words() -> None:
    path = Path("/x/sent.somatic")
    assert refusal_text(path, "manifest.json is not valid JSON").split("\n\n")[1] == (
        "manifest.json is not valid JSON."
    )
    newer = refusal_text(path, "was made by a newer Somatic Player (...): update the app")
    assert "ask whoever sent it" not in newer
    assert "The file was made by a newer Somatic Player" in newer


def test_a_file_that_is_not_a_package(
    qtbot: QtBot, tmp_path: Path, messages: list[Message], no_questions: None
) -> None:
    junk = tmp_path / "notes.somatic"
    junk.write_text("not a zip")
    assert import_package_dialog(None, junk) is None
    assert messages[0][1] == REFUSED_TITLE
    assert "The file is not a Somatic Player package (it is not a zip file)." in messages[0][2]


# -- the worker --------------------------------------------------------------------------------


def test_slow_work_shows_a_busy_window_and_errors_come_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_dialogs, "BUSY_AFTER_MS", 0)
    release = threading.Event()
    seen: list[list[str]] = []

    def look() -> None:  # runs in the local event loop while the worker waits
        seen.append([w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()])
        release.set()

    QTimer.singleShot(20, look)
    assert run_in_background(None, "Checking…", lambda: release.wait(10) and 42) == 42
    assert seen == [["packageBusyDialog"]]
    with pytest.raises(ZeroDivisionError):
        run_in_background(None, "Dividing…", lambda: 1 // 0)


# -- drag and drop ------------------------------------------------------------------------------


def drag(widget: QWidget, *paths: Path) -> tuple[QDragEnterEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    return enter, mime


def drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_dropped_packages_are_imported(
    qtbot: QtBot, tmp_path: Path, messages: list[Message], no_questions: None
) -> None:
    first, second = user_routine(), user_routine("for-ben", "For Ben")
    packages = [
        export_routine(r.stem, tmp_path / f"{r.stem}.somatic").path for r in (first, second)
    ]
    forget(first)
    forget(second)
    window = QWidget()
    qtbot.addWidget(window)
    imported: list[ImportResult] = []
    accept_package_drops(window, imported.append)
    assert window.acceptDrops()

    enter, mime = drag(window, *packages)
    assert enter.isAccepted()
    assert drop(window, mime).isAccepted()
    assert imported == []  # after the drop has returned, not inside it
    qtbot.waitUntil(lambda: len(imported) == 2)
    assert [r.routine_id for r in imported] == ["for-anna", "for-ben"]
    assert first.is_file() and second.is_file()
    assert [m[1] for m in messages] == ["Routine imported", "Routine imported"]


def test_other_drops_are_left_alone(qtbot: QtBot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    accept_package_drops(window)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert not drag(window, notes)[0].isAccepted()
    assert not drag(window, notes, tmp_path / "x.somatic")[0].isAccepted()  # all or nothing
    mime = QMimeData()
    mime.setText("just text")
    assert not drop(window, mime).isAccepted()


def test_a_dropped_hostile_package_is_refused(
    qtbot: QtBot, tmp_path: Path, messages: list[Message], no_questions: None
) -> None:
    resources.user_routines_dir()
    before = data_folder()
    window = QWidget()
    qtbot.addWidget(window)
    imported: list[ImportResult] = []
    accept_package_drops(window, imported.append)
    _enter, mime = drag(window, hostile(tmp_path, "../evil"))
    drop(window, mime)
    qtbot.waitUntil(lambda: len(messages) == 1)
    assert messages[0][1] == REFUSED_TITLE
    assert imported == []
    assert data_folder() == before
