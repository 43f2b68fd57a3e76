"""The whole journey with the keyboard alone, as someone with limited hand use makes it.

First run, library, a before check-in with two body areas, the session, the after check-in,
the change view, the journal, the history and a CSV export: every step is a key pressed on the
widget that has focus (Tab, Shift+Tab, arrows, Enter, Space, Escape, Alt+letter, shortcuts and
typed text); nothing is clicked and no slot is called. After each key the focus must be on a
visible widget of the active window.

The test does one thing for the app, the job of a desktop's window manager: the offscreen
platform activates no window when a dialog closes, so ``Keyboard.focus`` activates the window
left on top, as a window manager would, and then checks where Qt put the focus.

Sound and time are faked (a silent engine on a clock the test moves, no speech synthesis), so
the session ends at once. What each step stored is read back from the history store, and the
exported CSV is read back too.

The six keyboard defects this journey first met (first focus, tool bar and check-in Tab order,
unnamed pages, the export dialog's first and lost focus) are fixed; each is asserted where it
showed.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from somatic_player.audio.engines import EngineChoice, NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.content.library import load_library
from somatic_player.core.preferences import Preferences
from somatic_player.qt import session_controller, session_flow
from somatic_player.qt.app_shell import AppShell
from somatic_player.qt.bodymap_editor import BodyMapEditor
from somatic_player.qt.change_view import ChangeView
from somatic_player.qt.checkin_dialog import QuickCheckInDialog
from somatic_player.qt.export_dialog import ExportDialog
from somatic_player.qt.first_run_dialog import FirstRunDialog, needs_first_run
from somatic_player.qt.history_view import HistoryView
from somatic_player.qt.journal_dialog import JournalDialog
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.player_view import PlayerView

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}
JOURNAL_TEXT = "Shoulders softer; breathing slower."
W = TypeVar("W", bound=QWidget)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = getattr(widget, "text", None)
    name = widget.accessibleName() or (text() if callable(text) else "")
    return f"{type(widget).__name__} {widget.objectName()!r} ({name!r})"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Keyboard:
    """Keys pressed on whatever has focus, checking after each that focus is on a visible
    widget of the active window."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        """The focused widget once pending events are handled; fails if focus was lost."""
        self.qtbot.wait(1)
        if QApplication.activeWindow() is None:
            # A window closed. Do what a desktop's window manager does: activate the window
            # left on top (a modal dialog if any, else the main window).
            top = QApplication.activeModalWidget() or next(
                (w for w in QApplication.topLevelWidgets() if isinstance(w, LibraryWindow)),
                None,
            )
            assert top is not None and top.isVisible(), "no window is left to take focus"
            top.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=2000)
        focused = QApplication.focusWidget()
        assert focused is not None, (
            f"keyboard focus lost: nothing has focus in {describe(QApplication.activeWindow())}"
        )
        assert focused.isVisible(), f"focus is on a hidden widget: {describe(focused)}"
        assert focused.window() is QApplication.activeWindow(), (
            f"focus is outside the active window: {describe(focused)}"
        )
        return focused

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> QWidget:
        QTest.keyClick(self.focus(), key, modifiers)
        return self.focus()

    def write(self, text: str) -> QWidget:
        QTest.keyClicks(self.focus(), text)
        return self.focus()

    def tab_to(
        self, wanted: Callable[[QWidget], bool], *, back: bool = False, limit: int = 40
    ) -> list[QWidget]:
        """Tab (Shift+Tab with ``back``) until ``wanted(focused)``; returns every stop, the
        last being the wanted one. Fails naming the stops if it is never reached."""
        stops = [self.focus()]
        for _ in range(limit):
            if wanted(stops[-1]):
                return stops
            stops.append(
                self.press(Qt.Key.Key_Backtab, SHIFT) if back else self.press(Qt.Key.Key_Tab)
            )
        names = "\n  ".join(describe(w) for w in stops)
        raise AssertionError(f"not reached by Tab; the stops were:\n  {names}")

    def press_until(self, key: Qt.Key, done: Callable[[], bool], *, limit: int = 20) -> None:
        stops = [describe(self.focus())]
        for _ in range(limit):
            if done():
                return
            stops.append(describe(self.press(key)))
        names = "\n  ".join(stops)
        raise AssertionError(f"{key.name} did not get there; focus was on:\n  {names}")

    def wait_for(self, condition: Callable[[], object], what: str) -> None:
        try:
            self.qtbot.waitUntil(lambda: bool(condition()), timeout=5000)
        except Exception as exc:  # pytest-qt's TimeoutError, with what was awaited
            raise AssertionError(f"timed out waiting for {what}") from exc

    def modal(self, kind: type[W], what: str) -> W:
        """The modal dialog of this kind, once it is up."""
        self.wait_for(lambda: isinstance(QApplication.activeModalWidget(), kind), what)
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        return dialog


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Every session plays on a silent engine driven by a fake clock, without synthesis."""
    fake = FakeClock()

    def silent_engine(mixer: Mixer, *_args: object, **_kwargs: object) -> EngineChoice:
        return EngineChoice(NullEngine(mixer, clock=fake), ())

    monkeypatch.setattr(session_controller, "open_engine", silent_engine)
    monkeypatch.setattr(session_flow, "default_speech_factory", lambda *_a, **_k: None)
    return fake


@pytest.fixture
def shell(qtbot: QtBot, clock: FakeClock) -> Iterator[AppShell]:
    """The app as on its first start: library window, shell, then the first-run statement."""
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = AppShell(app, window, Preferences(), first_run=True)
    window.show()
    qtbot.waitExposed(window)
    yield shell
    while (left := QApplication.activeModalWidget()) is not None:  # after a failure only
        left.close()
        left.deleteLater()
    shell.shutdown()


def _toolbar_tab_order(keys: Keyboard, window: LibraryWindow) -> None:
    """Tab once round the library window: the tool buttons come in the order they are shown."""
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    shown = [toolbar.widgetForAction(a) for a in toolbar.actions()]
    shown = [w for w in shown if w is not None and w.isVisible()]
    keys.tab_to(lambda w: w is window.search_edit)  # from wherever focus is
    keys.press(Qt.Key.Key_Tab)
    circle = keys.tab_to(lambda w: w is window.search_edit)  # round to it again
    met = list(dict.fromkeys(w for w in circle if w in shown))
    assert sorted(map(id, met)) == sorted(map(id, shown)), "a tool button is not reached by Tab"
    assert met == shown, "Tab meets the tool buttons out of their visual order"


# The save dialog asks the offscreen platform for what it cannot do (a desktop can).
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing", extend=True
)
def test_the_whole_journey_by_keyboard_alone(
    qtbot: QtBot, shell: AppShell, clock: FakeClock, tmp_path: Path
) -> None:
    keys = Keyboard(qtbot)
    window = shell.window
    store = shell.store
    assert store is not None

    # -- first run: "I understand" has focus; Enter acknowledges, and that is stored ----------
    first_run = keys.modal(FirstRunDialog, "the first-run statement")
    assert keys.focus() is first_run.acknowledge_button
    keys.press(Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is None
    assert not needs_first_run(store)
    assert keys.focus() is window.routine_list  # where a person starts

    # -- the library: every tool button by Tab; Ctrl+F, type, Enter to the list, Enter starts --
    _toolbar_tab_order(keys, window)
    assert keys.press(Qt.Key.Key_F, CTRL) is window.search_edit
    keys.write("easy pace")
    assert keys.press(Qt.Key.Key_Return) is window.routine_list
    assert window.detail.title.text() == "Easy pace breathing"
    keys.press(Qt.Key.Key_Return)

    # -- before check-in: pain 6 and tension 3 by number keys ---------------------------------
    before = keys.modal(QuickCheckInDialog, "the before check-in")
    assert before.moment == "before"
    editor = before.extra_widget()
    assert isinstance(editor, BodyMapEditor)
    assert keys.focus() is before.pain_row.focus_button()
    assert keys.press(DIGIT[6]) is before.tension_row.focus_button()  # a number moves on
    assert keys.press(DIGIT[3]) is before.save_button

    # -- ... and two areas: the first on the figure with arrows, the second from the list -----
    # The body map sits between the ratings and the buttons, in Tab order too: back from Save,
    # Shift+Tab goes through the map's controls, never past Skip or Crisis resources.
    stops = []
    for _ in range(40):
        landed = keys.press(Qt.Key.Key_Tab, SHIFT)
        if landed is editor.map:
            break
        stops.append(landed)
    else:
        raise AssertionError("Shift+Tab from Save did not reach the body map")
    buttons = {before.save_button, before.skip_button, before.crisis_button}
    assert not buttons & set(stops), [describe(w) for w in stops]
    keys.press(Qt.Key.Key_Right)  # the first arrow chooses the first area
    first_area = editor.selected()
    assert first_area is not None
    keys.press(DIGIT[7])
    assert keys.press(Qt.Key.Key_L, ALT) is editor.region_list  # Alt+L: into the list
    keys.wait_for(editor.region_list.isVisible, "the list of areas")
    assert editor.region_list.current_code() == first_area  # the list follows the figure
    keys.press_until(
        Qt.Key.Key_Down, lambda: editor.region_list.current_code() not in (0, first_area)
    )
    second_area = editor.region_list.current_code()
    keys.press(DIGIT[4])
    assert editor.ratings().painful == {first_area: 7, second_area: 4}
    keys.press(Qt.Key.Key_Return)  # the dialog's default button: Save

    # -- the session: stored before check-in; Space pauses and resumes; the clock runs out ----
    keys.wait_for(lambda: isinstance(window.pages.currentWidget(), PlayerView), "the player")
    player = window.pages.currentWidget()
    assert isinstance(player, PlayerView)
    [running] = store.sessions()
    assert [(c.moment, c.pain_now, c.tension) for c in store.checkins(running.id)] == [
        ("before", 6, 3)
    ]
    landed = keys.focus()
    assert landed.window() is window
    assert landed is player.pause_button and landed.accessibleName()  # a named control
    keys.press(Qt.Key.Key_Space)
    assert player.controller.paused
    keys.press(Qt.Key.Key_Space)
    assert not player.controller.paused
    clock.now += player.controller.plan.duration_s + 1
    keys.wait_for(player.back_button.isVisible, "the end of the session")
    assert keys.focus() is player.back_button
    keys.press(Qt.Key.Key_Space)  # "Back to routines": the after check-in comes first

    # -- after check-in: starts from the before answers; pain 3, tension 2, first area 5 ------
    after = keys.modal(QuickCheckInDialog, "the after check-in")
    assert after.moment == "after"
    after_editor = after.extra_widget()
    assert isinstance(after_editor, BodyMapEditor)
    assert after_editor.ratings().painful == {first_area: 7, second_area: 4}
    assert keys.focus() is after.pain_row.focus_button()
    keys.press(DIGIT[3])
    assert keys.press(DIGIT[2]) is after.save_button
    keys.tab_to(lambda w: w is after_editor.map)
    keys.press(Qt.Key.Key_Right)  # the same first area as before
    assert after_editor.selected() == first_area
    keys.press(DIGIT[5])
    keys.press(Qt.Key.Key_Return)

    # -- what changed (Enter continues), then the journal: typed, Ctrl+Enter saves ------------
    change = keys.modal(ChangeView, "the change view")
    assert keys.focus() is change.continue_button
    assert "Pain right now: 6 to 3" in change.overall_label.text()
    keys.press(Qt.Key.Key_Return)
    journal = keys.modal(JournalDialog, "the journal prompt")
    assert keys.focus() is journal.edit
    keys.write(JOURNAL_TEXT)
    keys.press(Qt.Key.Key_Return, CTRL)
    keys.wait_for(lambda: window.pages.currentWidget() is window.library_page, "the library")
    assert keys.focus() is window.routine_list

    # -- stored: the session, both check-ins with both areas, the journal entry ---------------
    [session] = store.sessions()
    assert (session.routine_id, session.outcome) == ("easy-pace", "completed")
    stored = [
        (c.moment, c.pain_now, c.tension, c.body.painful if c.body else None)
        for c in store.checkins(session.id)
    ]
    assert stored == [
        ("before", 6, 3, {first_area: 7, second_area: 4}),
        ("after", 3, 2, {first_area: 5, second_area: 4}),
    ]
    assert [(e.text, e.session_id) for e in store.journal_entries()] == [(JOURNAL_TEXT, session.id)]

    # -- history: Ctrl+H; the sessions chart reads this session out by arrow keys; Esc back ---
    keys.press(Qt.Key.Key_H, CTRL)
    history = window.pages.currentWidget()
    assert isinstance(history, HistoryView)
    landed = keys.focus()
    assert landed is history.back_button and landed.accessibleName()
    assert "1 session, 2 check-ins" in history.summary.text()
    sessions_chart = history.charts["sessions"]
    keys.tab_to(lambda w: w is sessions_chart.plot)
    keys.press(Qt.Key.Key_Home)
    assert "Easy pace breathing: pain 6 before, 3 after" in sessions_chart.readout.text()
    keys.press(Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.library_page

    # -- export: Ctrl+E; CSV by Space, journal by Alt+J, Export by Space, a file name typed ---
    keys.press(Qt.Key.Key_E, CTRL)
    export = keys.modal(ExportDialog, "the export dialog")
    # The first focus is on the chosen format (PDF); the arrow keys move within the group.
    assert keys.focus() is export.format_buttons[export.format()] is export.format_buttons["pdf"]
    for _ in range(len(export.format_buttons)):
        if export.format() == "csv":
            break
        keys.press(Qt.Key.Key_Up)
    assert export.format() == "csv"
    assert keys.press(Qt.Key.Key_J, ALT) is export.journal_check
    keys.wait_for(export.journal_check.isChecked, "Alt+J to tick the journal box")
    target = tmp_path / "exports" / "journey.csv"
    target.parent.mkdir()
    in_file_dialog: list[str] = []
    pressed: list[bool] = []

    def answer_file_dialog() -> None:
        """Type the file name into the save dialog (it runs modally inside the key press)."""
        if pressed:
            return  # the press is over: no save dialog came
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer_file_dialog)
            return
        field = QApplication.focusWidget()
        in_file_dialog.append(describe(field))
        if field is not None:
            QTest.keyClick(field, Qt.Key.Key_A, CTRL)
            QTest.keyClicks(field, str(target))
            QTest.keyClick(field, Qt.Key.Key_Return)

    keys.tab_to(lambda w: w is export.export_button)
    QTimer.singleShot(0, answer_file_dialog)
    QTest.keyClick(keys.focus(), Qt.Key.Key_Space)  # returns once the save dialog is answered
    pressed.append(True)
    assert in_file_dialog == [f"QLineEdit 'fileNameEdit' ({export.default_file_name()!r})"]
    keys.wait_for(lambda: export.saved_path == target and not export.is_running(), "the export")
    # Focus went to the status line while the inputs were disabled, then to "Open folder".
    assert export.focusWidget() is export.open_folder_button
    assert export.status_label.text().startswith(f"Saved to {target}")
    keys.press(Qt.Key.Key_Escape)
    assert QApplication.activeModalWidget() is None
    assert keys.focus() is window.routine_list

    with target.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    checkin_rows = sorted(
        (r["moment"], r["item"], r["region_code"], r["value"])
        for r in rows
        if r["record_type"] == "checkin"
    )
    assert checkin_rows == sorted(
        [
            ("before", "pain_now", "", "6"),
            ("before", "tension", "", "3"),
            ("before", "region_pain", str(first_area), "7"),
            ("before", "region_pain", str(second_area), "4"),
            ("after", "pain_now", "", "3"),
            ("after", "tension", "", "2"),
            ("after", "region_pain", str(first_area), "5"),
            ("after", "region_pain", str(second_area), "4"),
        ]
    )
    assert [(r["outcome"], r["routine_id"]) for r in rows if r["record_type"] == "session"] == [
        ("completed", "easy-pace")
    ]
    assert [r["text"] for r in rows if r["record_type"] == "journal"] == [JOURNAL_TEXT]
