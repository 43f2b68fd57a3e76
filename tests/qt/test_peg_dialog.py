"""The weekly PEG-3 check: three 0-10 answers by mouse or keyboard, score = mean to one decimal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from somatic_player.qt.peg_dialog import PegAnswers, PegDialog


def _open(qtbot: QtBot) -> tuple[PegDialog, list[object]]:
    dialog = PegDialog()
    qtbot.addWidget(dialog)
    done: list[object] = []
    dialog.peg_done.connect(done.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, done


def test_keyboard_only_answers_and_saves_with_the_published_scoring(qtbot: QtBot) -> None:
    dialog, done = _open(qtbot)
    assert not dialog.save_button.isEnabled()
    for key in (Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_4):
        qtbot.keyClick(dialog.focusWidget(), key)
    assert dialog.focusWidget() is dialog.save_button
    assert "5.7" in dialog.score_label.text()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert done == [PegAnswers(6, 7, 4)]
    assert done[0].score == 5.7  # type: ignore[attr-defined]


def test_mouse_answers_and_save_needs_all_three(qtbot: QtBot) -> None:
    dialog, done = _open(qtbot)
    qtbot.mouseClick(dialog.pain_row.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.enjoyment_row.buttons[10], Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    assert "1 to go" in dialog.score_label.text()
    qtbot.mouseClick(dialog.activity_row.buttons[0], Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done == [PegAnswers(3, 10, 0)]
    assert done[0].score == 4.3  # type: ignore[attr-defined]


def test_not_now_and_escape_emit_none_once(qtbot: QtBot) -> None:
    dialog, done = _open(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert done == [None]
    dialog.reject()
    assert done == [None]
