"""From the library's Start button to the player and back, on a fake clock."""

from __future__ import annotations

from somatic_player.audio.engines import NullEngine
from somatic_player.audio.mixer import Mixer
from somatic_player.content.library import default_rules, load_library
from somatic_player.core.routine import Routine
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.player_view import PlayerView
from somatic_player.qt.session_controller import SessionSetup
from somatic_player.qt.session_flow import SessionFlow


def test_start_plays_and_back_returns_to_the_library(qtbot) -> None:  # type: ignore[no-untyped-def]
    now = [0.0]
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.show()

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=lambda: now[0]), []

    def setup(routine: Routine) -> SessionSetup:
        return SessionSetup(routine, rules=default_rules())

    flow = SessionFlow(window, setup, speech_factory=None, engine_factory=factory, ask=False)
    window.start_requested.connect(lambda rid: flow.start(window.entry(rid).routine))
    assert window.select_routine("pmr-7")
    window.detail.start_button.click()

    view = window.pages.currentWidget()
    assert isinstance(view, PlayerView)
    assert view.title.text() == "Muscle relaxation, seven groups"
    assert view.engine_label.text().startswith("Silent")
    now[0] += 40.0
    view.controller.tick()
    assert view.steps.currentItem().text().startswith("Dominant hand and arm")

    ended: list[str] = []
    flow.session_ended.connect(ended.append)
    view.stop_button.click()
    view.back_button.click()
    assert ended == ["stopped: ended by the person"]
    assert window.pages.currentWidget() is window.library_page


def test_check_ins_and_journal_around_a_session_are_stored(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from somatic_player.history.store import Store
    from somatic_player.qt.bodymap_editor import BodyMapEditor
    from somatic_player.qt.change_view import ChangeView
    from somatic_player.qt.checkin_dialog import QuickCheckInDialog
    from somatic_player.qt.journal_dialog import JournalDialog

    now = [0.0]
    store = Store.open(tmp_path / "history.sqlite3")
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.show()

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=lambda: now[0]), []

    flow = SessionFlow(
        window,
        lambda r: SessionSetup(r, rules=default_rules()),
        speech_factory=None,
        engine_factory=factory,
        store=store,
    )
    flow.begin(window.entry("easy-pace").routine)  # type: ignore[union-attr]

    before = window.findChild(QuickCheckInDialog)
    assert before is not None and before.moment == "before"
    editor = before.extra_widget()
    assert isinstance(editor, BodyMapEditor)
    qtbot.waitExposed(before)
    qtbot.mouseClick(editor.page_buttons["back"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(  # the left lower back, on the back view
        editor.map, Qt.MouseButton.LeftButton, pos=editor.map.region_centre(218).toPoint()
    )
    qtbot.keyClick(editor.map, Qt.Key.Key_7)
    qtbot.keyClick(before.pain_row.focus_button(), Qt.Key.Key_6)
    qtbot.keyClick(before.focusWidget(), Qt.Key.Key_4)
    qtbot.keyClick(before.focusWidget(), Qt.Key.Key_Return)
    assert isinstance(window.pages.currentWidget(), PlayerView)

    now[0] += flow.controller.plan.duration_s + 1  # type: ignore[union-attr]
    flow.controller.tick()  # type: ignore[union-attr]
    flow.view.back_button.click()  # type: ignore[union-attr]
    after = next(d for d in window.findChildren(QuickCheckInDialog) if d.moment == "after")
    assert after.pain_row.value() == 6 and after.tension_row.value() == 4  # starts from before
    after_map = after.extra_widget()
    assert isinstance(after_map, BodyMapEditor)
    assert after_map.ratings().painful == {218: 7}
    after_map.map.select(218)
    qtbot.keyClick(after_map.map, Qt.Key.Key_5)
    qtbot.keyClick(after.pain_row.focus_button(), Qt.Key.Key_5)
    qtbot.keyClick(after.focusWidget(), Qt.Key.Key_Return)
    change = window.findChild(ChangeView)
    assert change is not None and change.isVisible()
    assert change.rows_text() == [("left lower back (218)", "7", "5", "−2 points (−29%)")]
    qtbot.keyClick(change.continue_button, Qt.Key.Key_Return)
    journal = window.findChild(JournalDialog)
    assert journal is not None
    journal.edit.setPlainText("Calmer in the chest.")
    journal.save_button.click()

    assert window.pages.currentWidget() is window.library_page
    [session] = store.sessions()
    assert (session.routine_id, session.outcome) == ("easy-pace", "completed")
    assert (session.kind, session.title) == ("breathing", "Easy pace breathing")
    moments = [
        (c.moment, c.pain_now, c.tension, c.body.painful if c.body else None)
        for c in store.checkins(session.id)
    ]
    assert moments == [("before", 6, 4, {218: 7}), ("after", 5, 4, {218: 5})]
    assert [e.text for e in store.journal_entries()] == ["Calmer in the chest."]
    store.close()


def test_session_length_for_flexible_routines(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    now = [0.0]
    window = LibraryWindow(load_library())
    qtbot.addWidget(window)
    window.show()
    assert window.select_routine("pmr-7")
    assert window.detail.length_choice.isHidden()  # a fixed-length routine
    assert window.select_routine("easy-pace")
    assert not window.detail.length_choice.isHidden()
    assert window.detail.chosen_minutes() is None
    assert window.detail.choose_minutes(10)
    assert window.detail.chosen_minutes() == 10.0

    def factory(mixer: Mixer) -> tuple[NullEngine, list[str]]:
        return NullEngine(mixer, clock=lambda: now[0]), []

    def setup(routine: Routine) -> SessionSetup:
        return SessionSetup(routine, rules=default_rules(), minutes=window.detail.chosen_minutes())

    flow = SessionFlow(window, setup, speech_factory=None, engine_factory=factory, ask=False)
    flow.start(window.entry("easy-pace").routine)  # type: ignore[union-attr]
    assert flow.controller is not None
    assert abs(flow.controller.plan.duration_s - 600) <= 10
    flow.controller.stop()
    flow.view.back_button.click()  # type: ignore[union-attr]

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    # Shorter than the spoken introduction and close (the spin box itself stops at 1 minute).
    monkeypatch.setattr(window.detail, "chosen_minutes", lambda: 0.25)
    flow.start(window.entry("easy-pace").routine)  # type: ignore[union-attr]
    assert told and "needs at least" in told[0]
    assert window.pages.currentWidget() is window.library_page


def test_screen_label_names_the_screen_and_its_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    from somatic_player.qt.session_flow import screen_label

    screen = QGuiApplication.primaryScreen()
    size = screen.geometry().size()
    label = screen_label(screen)
    assert label.endswith(f"({size.width()} x {size.height()})")
    assert label.split(" (")[0]  # a name, never an empty label


def test_the_persons_choices_are_stored_with_the_session() -> None:
    from somatic_player.core.choices import Choices
    from somatic_player.qt.session_flow import choices_params

    routine = load_library()[0].routine
    assert routine is not None
    assert choices_params(SessionSetup(routine)) == {}
    setup = SessionSetup(routine, choices=Choices(pmr_mode="release-only", learning=True))
    assert choices_params(setup) == {"pmr_mode": "release-only", "learning": True}


def test_the_journal_prompt_of_the_day_comes_from_the_shipped_list() -> None:
    from datetime import date

    from somatic_player.content.prompts import journal_prompts, prompt_for_day
    from somatic_player.qt.session_flow import todays_prompt

    assert todays_prompt() == prompt_for_day(date.today()).text
    assert todays_prompt() in {p.text for p in journal_prompts()}
