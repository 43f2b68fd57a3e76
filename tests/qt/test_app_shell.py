"""The app around the main window: what the library offers today, the breath-hold questions,
and today's profile from the stored check-ins."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from somatic_player.content.library import load_library
from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.core.preferences import Preferences
from somatic_player.qt.app_shell import AppShell
from somatic_player.qt.breath_hold_dialog import CONDITIONS, BreathHoldDialog
from somatic_player.qt.main_window import LibraryWindow


@pytest.fixture
def shell(qtbot: QtBot) -> Iterator[AppShell]:
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, window, Preferences(), first_run=False)
    assert shell.store is not None
    window.show()
    yield shell
    shell.shutdown()


def test_breath_hold_routines_stay_hidden_until_the_questions_are_cleared(
    qtbot: QtBot, shell: AppShell
) -> None:
    window = shell.window
    assert not window.select_routine("box-breathing")
    assert not window.select_routine("breathing-478")
    dialog = shell.tracking.breath_hold_questions()
    assert isinstance(dialog, BreathHoldDialog)
    assert len(CONDITIONS) == 7
    qtbot.mouseClick(dialog.some_button, Qt.MouseButton.LeftButton)  # one applies
    assert shell.tracking.breath_hold_answer() == "not-cleared"
    assert not window.select_routine("box-breathing")
    dialog = shell.tracking.breath_hold_questions()
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert shell.tracking.breath_hold_answer() == "cleared"
    assert window.select_routine("box-breathing")
    assert window.detail.start_button.isEnabled()
    assert shell.profile().breath_hold_screen == "cleared"


def test_within_24_hours_of_a_logged_session_long_scans_are_not_offered_and_say_why(
    shell: AppShell,
) -> None:
    assert shell.store is not None
    window = shell.window
    assert window.select_routine("body-scan-45")
    assert window.detail.start_button.isEnabled()
    shell.store.log_ketamine_session(datetime.now(UTC) - timedelta(hours=3))
    assert window.select_routine("pmr-7")
    assert window.select_routine("body-scan-45")
    assert not window.detail.start_button.isEnabled()
    assert window.detail.error.text().startswith("Not offered today: Within 24 hours")
    assert window.select_routine("body-scan-10")
    assert window.detail.start_button.isEnabled()


def test_todays_profile_takes_the_latest_body_map(shell: AppShell) -> None:
    assert shell.store is not None
    assert dict(shell.profile().pain) == {}
    body = BodyMapRatings.of([RegionRating(111, 6), RegionRating(113, 0)])
    shell.store.add_checkin("standalone", 5, body=body)
    shell.store.add_checkin("standalone", 4)  # no map this time: the last map still counts
    profile = shell.profile()
    assert dict(profile.pain) == {111: 6}
    assert profile.now is not None


def test_history_opens_as_a_page_and_back_returns_to_the_library(
    qtbot: QtBot, shell: AppShell
) -> None:
    from somatic_player.qt.history_view import HistoryView

    assert shell.store is not None
    shell.store.add_checkin("standalone", 4, 3)
    shell.tracking.history_action.trigger()
    view = shell.window.pages.currentWidget()
    assert isinstance(view, HistoryView)
    assert view.history() is not None and len(view.history().checkins) == 1  # type: ignore[union-attr]
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert shell.window.pages.currentWidget() is shell.window.library_page


def test_the_library_says_how_today_adapts_a_routine(shell: AppShell) -> None:
    window = shell.window
    assert window.select_routine("pmr-7")
    assert window.detail.adapted.isHidden()  # runs as written
    shell.today.set_flare(True)
    assert window.select_routine("easy-pace")
    assert window.select_routine("pmr-7")
    text = window.detail.adapted.text()
    assert not window.detail.adapted.isHidden()
    assert text.startswith("Adapted for today:") and "flare" in text.lower()


def test_editing_a_built_in_routine_saves_a_copy_the_library_then_shows(
    qtbot: QtBot, shell: AppShell
) -> None:
    from somatic_player.qt.editor import EditorWindow

    window = shell.window
    assert window.select_routine("pmr-7")
    shell.tracking.edit_routine_action.trigger()
    [editor] = [w for w in QApplication.topLevelWidgets() if isinstance(w, EditorWindow)]
    assert editor.save()
    assert window.entry("pmr-7-copy") is not None  # read again after the save
    assert window.detail.title.text().endswith("(my copy)")
    assert window.entry("pmr-7") is not None  # the built-in is untouched
    editor.close()


def test_send_home_opens_for_the_chosen_routine_adapted_for_today(shell: AppShell) -> None:
    from somatic_player.qt.send_home_dialog import SendHomeDialog

    window = shell.window
    assert window.select_routine("sigh-reset")
    shell.tracking.send_home_action.trigger()
    dialog = window.findChild(SendHomeDialog)
    assert isinstance(dialog, SendHomeDialog) and dialog.isVisible()
    dialog.close()


def test_a_dropped_or_opened_routine_file_lands_in_the_library(
    shell: AppShell, tmp_path: Path
) -> None:
    from somatic_player.content.package import export_routine

    package = tmp_path / "gift.somatic"
    export_routine("sigh-reset", package)
    from somatic_player.content.package import import_package

    result = import_package(package, as_id="sigh-reset-gift")
    shell._on_routine_imported(result)
    assert shell.window.entry("sigh-reset-gift") is not None
    assert shell.window.detail.title.text()
