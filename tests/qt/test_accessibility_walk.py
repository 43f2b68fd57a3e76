"""Walk every top-level window and dialog: each visible interactive control has an accessible
name (what a screen reader says) and can take keyboard focus, or is reached through a keyboard
group (rating rows: one Tab stop, arrows and number keys inside)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from somatic_player.qt.bodymap_widget import BodyMapWidget

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    BodyMapWidget,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return name or widget.accessibleName()


def _in_keyboard_group(widget: QWidget) -> bool:
    """A button of a group where one member takes Tab and keys move within (rating rows)."""
    if not isinstance(widget, QAbstractButton):
        return False
    group = widget.group()
    if group is None:
        groups = widget.parent().findChildren(QButtonGroup) if widget.parent() else []
        group = next((g for g in groups if widget in g.buttons()), None)
    if group is None:
        return False
    return any(b.focusPolicy() != Qt.FocusPolicy.NoFocus for b in group.buttons())


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own sub-widgets, which the screen reader reaches through their control: a scroll
    area's bars, a spin box's or editable combo box's line edit, a tool bar's overflow button."""
    parent = widget.parent()
    if isinstance(widget, QAbstractSlider) and parent is not None:
        return parent.objectName().startswith("qt_scrollarea")
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True  # a table's header: its columns are read with the table
    return widget.objectName().startswith("qt_")


def _display_only(widget: QWidget) -> bool:
    """Shown for reading, not operated: read-only maps (each has a table alongside) and lists
    marked ``displayOnly`` (the player's step list: Left/Right move between steps)."""
    if isinstance(widget, BodyMapWidget) and widget.is_read_only():
        return True
    return bool(widget.property("displayOnly"))


def problems_in(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        if _part_of_another_control(widget) or _display_only(widget):
            continue
        label = f"{type(widget).__name__} {widget.objectName()!r}"
        if not accessible_name(widget).strip():
            found.append(f"{label}: no accessible name")
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not _in_keyboard_group(widget):
            found.append(f"{label}: cannot take keyboard focus")
    return found


def _library(qtbot: QtBot) -> Iterator[QWidget]:
    from somatic_player.content.library import load_library
    from somatic_player.core.preferences import Preferences
    from somatic_player.qt.app_shell import AppShell
    from somatic_player.qt.main_window import LibraryWindow

    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, window, Preferences(), first_run=False)
    window.show()
    assert window.select_routine("preferred-pace")
    yield window
    shell.shutdown()


def _dialog(factory: Callable[[], QWidget]) -> Callable[[QtBot], Iterator[QWidget]]:
    def make(qtbot: QtBot) -> Iterator[QWidget]:
        widget = factory()
        qtbot.addWidget(widget)
        widget.show()
        yield widget

    return make


def _checkin() -> QWidget:
    from somatic_player.qt.checkin_flow import checkin_dialog

    return checkin_dialog("before", None, None)


def _settings() -> QWidget:
    from somatic_player.core.preferences import Preferences
    from somatic_player.qt.settings_dialog import SettingsDialog

    return SettingsDialog(Preferences())


def _peg() -> QWidget:
    from somatic_player.qt.peg_dialog import PegDialog

    return PegDialog()


def _ketamine() -> QWidget:
    from somatic_player.qt.ketamine_dialog import KetamineSessionDialog

    return KetamineSessionDialog(now=datetime(2026, 11, 20, 9, tzinfo=UTC))


def _breath_hold() -> QWidget:
    from somatic_player.qt.breath_hold_dialog import BreathHoldDialog

    return BreathHoldDialog()


def _journal() -> QWidget:
    from somatic_player.qt.journal_dialog import JournalDialog

    return JournalDialog("What do you notice in your body right now?")


def _crisis() -> QWidget:
    from somatic_player.qt.crisis_dialog import CrisisDialog

    return CrisisDialog()


def _first_run() -> QWidget:
    from somatic_player.qt.first_run_dialog import FirstRunDialog

    return FirstRunDialog()


def _change() -> QWidget:
    from somatic_player.core.checkin import BodyMapRatings, RegionRating
    from somatic_player.qt.change_view import ChangeView, Snapshot

    before = Snapshot(6, 5, BodyMapRatings.of([RegionRating(218, 6)]))
    return ChangeView(before, Snapshot(4, 4, BodyMapRatings.of([RegionRating(218, 4)])))


def _player() -> QWidget:
    from somatic_player.audio.engines import NullEngine
    from somatic_player.content.library import default_rules, find_routine
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    routine, _ = find_routine("easy-pace")
    controller = SessionController(
        SessionSetup(routine, rules=default_rules()),
        engine_factory=lambda mixer: (NullEngine(mixer, clock=lambda: 0.0), []),
    )
    return PlayerView(controller)


def _tap() -> QWidget:
    from somatic_player.qt.tap_tempo import TapTempoDialog

    return TapTempoDialog()


def _history(tmp: Path) -> Callable[[], QWidget]:
    def make() -> QWidget:
        from somatic_player.history.demo import fill_demo
        from somatic_player.history.store import Store
        from somatic_player.qt.history_view import HistoryView

        store = Store.open(tmp / "walk.sqlite3")
        fill_demo(store, days=20)
        view = HistoryView(store)
        view.refresh()
        return view

    return make


def _export(tmp: Path) -> Callable[[], QWidget]:
    def make() -> QWidget:
        from somatic_player.history.store import Store
        from somatic_player.qt.export_dialog import ExportDialog

        store = Store.open(tmp / "export.sqlite3")
        store.close()
        return ExportDialog(tmp / "export.sqlite3")

    return make


def _editor() -> QWidget:
    from somatic_player.audio.engines import NullEngine
    from somatic_player.qt.editor.window import EditorWindow

    window = EditorWindow(engine_factory=lambda mixer: (NullEngine(mixer, clock=lambda: 0.0), []))
    assert window.duplicate_routine("pmr-7")  # a routine with steps, forms and flags to walk
    return window


def _send_home() -> QWidget:
    from datetime import date

    from somatic_player.content.library import find_routine
    from somatic_player.core.profile import Profile
    from somatic_player.qt.send_home_dialog import SendHomeDialog

    routine, _ = find_routine("easy-pace")
    return SendHomeDialog(routine, Profile(), minutes=5, today=date(2026, 11, 25))


def _import_conflict() -> QWidget:
    from somatic_player.content.package_import import Conflict
    from somatic_player.qt.package_dialogs import ConflictDialog

    return ConflictDialog(Conflict("for-anna", Path("for-anna.toml"), builtin=False), "Anna", "a-2")


def _presentation() -> QWidget:
    from somatic_player.audio.engines import NullEngine
    from somatic_player.content.library import default_rules, find_routine
    from somatic_player.qt.presentation_window import PresentationWindow
    from somatic_player.qt.session_controller import SessionController, SessionSetup

    routine, _ = find_routine("pmr-4")
    controller = SessionController(
        SessionSetup(routine, rules=default_rules()),
        engine_factory=lambda mixer: (NullEngine(mixer, clock=lambda: 0.0), []),
    )
    return PresentationWindow(controller)


def _today() -> QWidget:
    from somatic_player.qt.today_panel import TodayPanel

    return TodayPanel()


def _bodymap_editor() -> QWidget:
    from somatic_player.qt.bodymap_editor import BodyMapEditor

    return BodyMapEditor()


SIMPLE = {
    "check-in with body map": _checkin,
    "settings": _settings,
    "weekly check": _peg,
    "ketamine session": _ketamine,
    "breath-hold questions": _breath_hold,
    "journal": _journal,
    "crisis resources": _crisis,
    "first run": _first_run,
    "change view": _change,
    "player": _player,
    "tap tempo": _tap,
    "routine editor": _editor,
    "send home as audio": _send_home,
    "import: the id is taken": _import_conflict,
    "presentation": _presentation,
    "today panel": _today,
    "body map editor": _bodymap_editor,
}


@pytest.mark.parametrize("name", sorted(SIMPLE))
def test_every_control_is_named_and_reachable(qtbot: QtBot, name: str) -> None:
    widget = SIMPLE[name]()
    qtbot.addWidget(widget)
    widget.show()
    assert problems_in(widget) == []
    widget.close()


def test_the_library_window_with_its_toolbar_and_options(qtbot: QtBot) -> None:
    gen = _library(qtbot)
    window = next(gen)
    try:
        assert problems_in(window) == []
    finally:
        window.close()
        gen.close()


def _delete_all(tmp: Path) -> Callable[[], QWidget]:
    def make() -> QWidget:
        from somatic_player.history.store import Store
        from somatic_player.qt.data_dialogs import DeleteAllDialog

        store = Store.open(tmp / "delete.sqlite3")
        store.close()
        return DeleteAllDialog(tmp / "delete.sqlite3")

    return make


def _restore(tmp: Path) -> Callable[[], QWidget]:
    def make() -> QWidget:
        from somatic_player.qt.data_dialogs import RestoreConfirmDialog

        return RestoreConfirmDialog(tmp / "backup.somatic-backup", tmp / "h.sqlite3", "3 sessions")

    return make


WITH_FILES = {
    "history": _history,
    "export": _export,
    "delete all": _delete_all,
    "restore": _restore,
}


@pytest.mark.parametrize("name", sorted(WITH_FILES))
def test_history_export_and_data_dialogs(qtbot: QtBot, tmp_path: Path, name: str) -> None:
    widget = WITH_FILES[name](tmp_path)()
    qtbot.addWidget(widget)
    widget.show()
    assert problems_in(widget) == []
    widget.close()


def test_the_walk_finds_a_nameless_unfocusable_control(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    bad = QPushButton()
    bad.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    column.addWidget(bad)
    window.show()
    assert len(problems_in(window)) == 2
