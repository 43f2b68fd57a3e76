"""Logging a ketamine-assisted session time: default now, never in the future, note kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from somatic_player.qt.ketamine_dialog import AFTER_SESSION_TEXT, KetamineSessionDialog

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def test_saves_the_chosen_time_in_utc_with_the_note(qtbot: QtBot) -> None:
    dialog = KetamineSessionDialog(now=NOW)
    qtbot.addWidget(dialog)
    logged: list[object] = []
    dialog.logged.connect(logged.append)
    dialog.show()
    assert dialog.when_edit.dateTime().toSecsSinceEpoch() == int(NOW.timestamp())
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addSecs(-3 * 3600))
    qtbot.keyClicks(dialog.note_edit, "  session 3 of 6 ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(logged) == 1
    log = dialog.result_log
    assert log is not None and logged[0] is log
    assert log.at == NOW - timedelta(hours=3)
    assert log.at.tzinfo is UTC
    assert log.note == "session 3 of 6"


def test_a_future_time_cannot_be_entered_and_cancel_saves_nothing(qtbot: QtBot) -> None:
    dialog = KetamineSessionDialog(now=NOW)
    qtbot.addWidget(dialog)
    logged: list[object] = []
    dialog.logged.connect(logged.append)
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(2))
    assert dialog.when_edit.dateTime().toSecsSinceEpoch() == int(NOW.timestamp())
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert logged == [] and dialog.result_log is None


def test_the_dialog_says_not_to_drive(qtbot: QtBot) -> None:
    dialog = KetamineSessionDialog(now=NOW)
    qtbot.addWidget(dialog)
    assert "do not drive" in AFTER_SESSION_TEXT
    assert AFTER_SESSION_TEXT in [label.text() for label in dialog.findChildren(QLabel)]
