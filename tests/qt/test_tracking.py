"""Stand-alone check-ins, the weekly check and logging a ketamine-assisted session from the main
window: each is stored durably and the window says so only afterwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from somatic_player.history.store import Store
from somatic_player.qt.app_shell import add_window_actions
from somatic_player.qt.bodymap_editor import BodyMapEditor
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.tracking_actions import TrackingActions


@pytest.fixture
def setup(qtbot: QtBot, tmp_path: Path) -> tuple[LibraryWindow, TrackingActions, Store]:
    store = Store.open(tmp_path / "history.sqlite3")
    window = LibraryWindow([])
    qtbot.addWidget(window)
    add_window_actions(window)
    actions = TrackingActions(window, lambda: store)
    window.show()
    yield window, actions, store
    store.close()


def test_toolbar_order_puts_tracking_before_settings(setup) -> None:  # type: ignore[no-untyped-def]
    window, actions, _ = setup
    toolbar = window.findChild(QToolBar, "mainToolbar")
    names = [a.objectName() or toolbar.widgetForAction(a).objectName() for a in toolbar.actions()]
    assert names == [
        "checkInAction",
        "historyAction",
        "recordsButton",
        "settingsAction",
        "crisisAction",
    ]
    assert [a.text() for a in actions.menu.actions()] == [
        "Weekly check…",
        "Log a ketamine-assisted session…",
        "Breath-hold questions…",
        "",
        "New routine…",
        "Edit this routine…",
        "Send home as audio…",
        "Save routine as a file…",
        "Open a routine file…",
        "",
        "Export…",
        "Back up…",
        "Restore from a backup…",
        "Delete all my data…",
    ]


def test_standalone_check_in_with_two_regions_is_stored(qtbot: QtBot, setup) -> None:  # type: ignore[no-untyped-def]
    window, actions, store = setup
    dialog = actions.check_in()
    qtbot.waitExposed(dialog)
    editor = dialog.extra_widget()
    assert isinstance(editor, BodyMapEditor)
    for code, key in ((105, Qt.Key.Key_3), (106, Qt.Key.Key_5)):
        editor.map.select(code)
        qtbot.keyClick(editor.map, key)
    qtbot.keyClick(dialog.pain_row.focus_button(), Qt.Key.Key_4)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    [saved] = store.checkins()
    assert (saved.moment, saved.pain_now, saved.tension) == ("standalone", 4, 2)
    assert saved.body is not None and saved.body.painful == {105: 3, 106: 5}
    assert window.statusBar().currentMessage() == "Check-in saved."
    # A second one the same day, started from "same as last time".
    again = actions.check_in()
    assert again.same_button.isVisible()
    qtbot.mouseClick(again.same_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert [c.body.painful for c in store.checkins() if c.body] == [{105: 3, 106: 5}] * 2


def test_weekly_check_and_ketamine_session_are_stored(qtbot: QtBot, setup) -> None:  # type: ignore[no-untyped-def]
    window, actions, store = setup
    peg = actions.weekly_check()
    for row, value in zip(peg.rows, (6, 7, 4), strict=True):
        row.set_value(value)
    qtbot.mouseClick(peg.save_button, Qt.MouseButton.LeftButton)
    [entry] = store.peg3_entries()
    assert entry.score == 5.7
    assert "5.7" in window.statusBar().currentMessage()

    dialog = actions.log_ketamine_session()
    dialog.note_edit.setText("session 2")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    latest = store.latest_ketamine_session()
    assert latest is not None and latest.note == "session 2"
    assert abs(latest.at - datetime.now(UTC)) < timedelta(minutes=2)


def test_weekly_check_is_due_after_a_week(tmp_path: Path, qtbot: QtBot) -> None:
    now = [datetime(2026, 11, 1, 9, tzinfo=UTC)]
    store = Store.open(tmp_path / "h.sqlite3", clock=lambda: now[0])
    window = LibraryWindow([])
    qtbot.addWidget(window)
    actions = TrackingActions(window, lambda: store)
    assert not actions.peg_due(now[0])  # nothing yet
    store.add_checkin("standalone", 3)
    assert not actions.peg_due(now[0] + timedelta(days=6))
    assert actions.peg_due(now[0] + timedelta(days=7))
    now[0] += timedelta(days=8)
    store.add_peg3(3, 3, 3)
    assert not actions.peg_due(now[0] + timedelta(days=6, hours=23))
    assert actions.peg_due(now[0] + timedelta(days=7))
    store.close()


def test_records_menu_opens_the_export_dialog_on_this_history(setup) -> None:  # type: ignore[no-untyped-def]
    from somatic_player.qt.export_dialog import ExportDialog

    window, actions, _store = setup
    actions.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.close()


def test_restore_hands_the_new_store_over(setup, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import somatic_player.qt.data_dialogs as data_dialogs

    _window, actions, _store = setup
    replaced: list[object] = []
    actions.store_replaced.connect(replaced.append)
    sentinel = object()
    monkeypatch.setattr(data_dialogs, "restore_history", lambda parent, s: sentinel)
    actions.restore_action.trigger()
    assert replaced == [sentinel]
    monkeypatch.setattr(data_dialogs, "restore_history", lambda parent, s: None)  # refused
    actions.restore_action.trigger()
    assert replaced == [sentinel]
