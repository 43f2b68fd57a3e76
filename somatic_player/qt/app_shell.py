"""The app around the windows: preferences, settings, crisis resources, first run, sessions.

Built once the main window has been painted, so nothing here slows the first paint. It owns the
local store, turns preferences into session set-ups, and runs the session flow with a check-in
before and after and a journal prompt at the end. The player's modules (numpy, audio engines)
are imported on the first Start.
"""

from __future__ import annotations

import logging
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar, QWidget

from somatic_player.core.preferences import Preferences
from somatic_player.history.preferences_store import load_preferences, save_preferences
from somatic_player.i18n import translate
from somatic_player.qt.main_window import LibraryWindow
from somatic_player.qt.routine_list import ID_ROLE
from somatic_player.qt.theme import apply_theme, reduced_motion_active
from somatic_player.qt.ui_state import ui_state

if TYPE_CHECKING:
    from somatic_player.core.profile import Profile
    from somatic_player.core.routine import Routine
    from somatic_player.history.store import Store
    from somatic_player.qt.player_view import PlayerView
    from somatic_player.qt.session_controller import SessionSetup
    from somatic_player.qt.session_flow import SessionFlow

log = logging.getLogger(__name__)
CRISIS_SHORTCUT = "Ctrl+Shift+H"
SETTINGS_SHORTCUT = "Ctrl+,"


def shortcut_text(keys: str | QKeySequence) -> str:
    """A shortcut as the desktop writes it in the interface language ("Strg+," in German)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def startup_preferences(app: QApplication) -> tuple[Preferences, tuple[str, ...]]:
    """Read preferences and apply the theme before the first window is shown."""
    loaded = load_preferences()
    prefs = loaded.preferences
    apply_theme(app, prefs.theme, prefs.text_scale)
    return prefs, loaded.problems


def add_window_actions(window: LibraryWindow) -> tuple[QAction, QAction]:
    """Settings and Crisis resources on a toolbar: one click (or a shortcut) from every screen."""
    toolbar = QToolBar(translate("app_shell", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    settings = QAction(translate("app_shell", "Settings"), window)
    settings.setObjectName("settingsAction")
    settings.setShortcuts(
        [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence(SETTINGS_SHORTCUT)]
    )
    settings.setToolTip(
        translate(
            "app_shell", "Sound, display, audio device and practice settings ({shortcut})"
        ).format(shortcut=shortcut_text(SETTINGS_SHORTCUT))
    )
    crisis = QAction(translate("app_shell", "Crisis resources"), window)
    crisis.setObjectName("crisisAction")
    crisis.setShortcut(QKeySequence(CRISIS_SHORTCUT))
    crisis.setToolTip(
        translate("app_shell", "Numbers to call or text if you need help now ({shortcut})").format(
            shortcut=shortcut_text(CRISIS_SHORTCUT)
        )
    )
    crisis.triggered.connect(lambda: show_crisis(window))
    for action in (settings, crisis):
        action.setStatusTip(action.toolTip())
        toolbar.addAction(action)
        window.addAction(action)
    window.addToolBar(toolbar)
    return settings, crisis


def show_crisis(parent: QWidget) -> None:
    from somatic_player.qt.crisis_dialog import show_crisis_dialog

    show_crisis_dialog(parent)


class AppShell(QObject):
    """Everything the library window needs around it once it is on screen.

    Signals: none; it connects to the window's and dialogs' signals.
    """

    def __init__(
        self,
        app: QApplication,
        window: LibraryWindow,
        prefs: Preferences,
        problems: tuple[str, ...] = (),
        *,
        first_run: bool = True,
    ) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.prefs = prefs
        self.flow: SessionFlow | None = None
        self._minutes: float | None = None
        self.store: Store | None = None
        self.settings_action, self.crisis_action = add_window_actions(window)
        self.settings_action.triggered.connect(self.open_settings)
        window.start_requested.connect(self.start_routine)
        window.detail.set_preferred_minutes(prefs.default_minutes)
        self._open_store()
        from somatic_player.qt.tracking_actions import TrackingActions

        self.tracking = TrackingActions(window, lambda: self.store)
        self.tracking.store_replaced.connect(self._on_store_replaced)
        self.tracking.history_requested.connect(self.show_history)
        self.tracking.breath_hold_answered.connect(self._apply_breath_hold_answer)
        self.tracking.editor_requested.connect(self.open_editor)
        self.tracking.routine_file_requested.connect(self.routine_file)
        from somatic_player.qt.package_dialogs import accept_package_drops

        self._drops = accept_package_drops(window, self._on_routine_imported)
        self._apply_breath_hold_answer(self.tracking.breath_hold_answer())
        self._install_today()
        self._toolbar_takes_focus()
        window.detail.set_availability(self.reasons_not_offered)
        window.detail.set_adaptations(self.adaptations_today)
        window.detail.set_practice_history(self._pmr_practice, self.profile)
        self._restore_layout()
        if self.tracking.peg_due():
            window.statusBar().showMessage(self._peg_due_text(), 15000)
        if problems:
            QTimer.singleShot(
                0,
                lambda: self._tell(
                    translate("app_shell", "Some settings were reset"), "\n".join(problems)
                ),
            )
        window.routine_list.setFocus()  # where a person starts: the routines
        if first_run:
            QTimer.singleShot(0, self._first_run)

    def _peg_due_text(self) -> str:
        """Where the weekly check is, in the words the Records menu itself shows."""
        peg = self.tracking.peg_action
        return translate(
            "app_shell", "Your weekly check is due: {menu}, then {item} ({shortcut})."
        ).format(
            menu=self.tracking.menu.title().replace("&", ""),
            item=peg.text().replace("&", "").rstrip("…").rstrip("."),
            shortcut=shortcut_text(peg.shortcut()),
        )

    # -- store, first run, layout -------------------------------------------------------------

    def _open_store(self) -> None:
        """Open the history; a damaged one is moved aside and a new one started (the person is
        told and offered the latest backup once the window is ready); a read-only folder or
        a full disk leaves no history this time, and says so (store_recovery)."""
        from somatic_player.qt.store_recovery import open_history

        self.store, problem = open_history()
        if problem is not None:
            QTimer.singleShot(0, lambda: self._on_store_problem(problem))

    def _on_store_replaced(self, store: Store) -> None:
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        if self.flow is not None:
            self.flow.store = store

    def _install_today(self) -> None:
        """The Today panel above the library: integration days, flare day, dizzy note and the
        next-morning movement check; the Flare day toggle sits on the toolbar."""
        from PySide6.QtWidgets import QToolBar

        from somatic_player.qt.today_controller import TodayController

        self.today = TodayController(lambda: self.store, lambda: self.prefs, parent=self)
        self.window.set_today_panel(self.today.panel)
        toolbar = self.window.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.insertAction(self.settings_action, self.today.flare_action)
        self.today.start_requested.connect(self._start_suggested)
        self.today.profile_changed.connect(self._recheck_offered)
        self.today.store_failed.connect(lambda m: self.window.statusBar().showMessage(m, 10000))
        self.tracking.ketamine_logged.connect(self.today.refresh)
        self.tracking.ketamine_logged.connect(self._recheck_offered)
        self.today.refresh()

    def open_editor(self, edit_chosen: bool) -> None:
        """The routine editor for a new routine, or for the chosen one (a built-in one is
        copied); after each save the library is read again and shows the saved routine."""
        from somatic_player.qt.editor import open_editor

        routine_id = None
        if edit_chosen:
            page = self.window.library_page
            index = page.routine_list.currentIndex()
            routine_id = str(index.data(ID_ROLE)) if index.isValid() else None
            if routine_id is None:
                self._tell(
                    translate("app_shell", "Choose a routine"),
                    translate("app_shell", "Choose a routine in the library to edit it."),
                )
                return
        open_editor(self.window, routine_id, on_saved=self._on_routine_saved)

    def routine_file(self, what: str) -> None:
        """Send the chosen routine home as audio, save it as a .somatic file, or open one."""
        if what == "import":
            from somatic_player.qt.package_dialogs import import_package_dialog

            result = import_package_dialog(self.window)
            if result is not None:
                self._on_routine_imported(result)
            return
        page = self.window.library_page
        index = page.routine_list.currentIndex()
        entry = page.entry(str(index.data(ID_ROLE))) if index.isValid() else None
        routine = getattr(entry, "routine", None)
        if entry is None or routine is None:
            self._tell(
                translate("app_shell", "Choose a routine"),
                translate("app_shell", "Choose a routine in the library first."),
            )
            return
        if what == "export":
            from somatic_player.qt.package_dialogs import export_package

            export_package(self.window, entry.id)
            return
        from somatic_player.audio.mixer import Levels
        from somatic_player.qt.send_home_dialog import SendHomeDialog

        p = self.prefs
        detail = self.window.detail
        dialog = SendHomeDialog(
            routine,
            self.profile(),
            detail.chosen_choices(),
            detail.chosen_minutes() if routine.is_flexible else None,
            self.window,
            routine_path=getattr(entry, "path", None),
            voice=p.voice,
            speech_rate_wpm=p.speech_rate_wpm,
            levels=Levels(cues=p.volume_cues, voice=p.volume_voice, ambient=p.volume_guide),
            cue_style=p.cue_style,
        )
        dialog.open()

    def _on_routine_imported(self, result: Any) -> None:
        self._on_routine_saved(str(result.routine_id))

    def _on_routine_saved(self, routine_id: str) -> None:
        from somatic_player.content.library import load_library

        try:
            self.window.set_entries(load_library())
        except Exception as exc:
            log.exception("the library could not be read after a save")
            self._tell(
                translate("app_shell", "Library not refreshed"),
                translate("app_shell", "The routine was saved, but: {error}").format(error=exc),
            )
            return
        self.window.select_routine(routine_id)

    def _toolbar_takes_focus(self) -> None:
        """Tool bar buttons take no focus in Qt by default; ours are reachable by Tab too (each
        also has a shortcut)."""
        from PySide6.QtWidgets import QToolBar

        from somatic_player.qt.toolbars import reachable_by_tab

        toolbar = self.window.findChild(QToolBar, "mainToolbar")
        if toolbar is None:
            return
        buttons = reachable_by_tab(toolbar)
        # Tab meets them in the order they are shown (Qt's order is the order they were made),
        # then the Today panel, then the library from its search field.
        chain = [*buttons, *self._today_focus_chain(), self.window.search_edit]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _today_focus_chain(self) -> list[QWidget]:
        """The Today panel's focusable controls, in the order they were made (top to bottom)."""
        return [
            w
            for w in self.today.panel.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]

    def _start_suggested(self, routine_id: str) -> None:
        if self.window.select_routine(routine_id):
            self.start_routine(routine_id)

    def _recheck_offered(self) -> None:
        """Something that changes today's adaptation happened: show the chosen routine again
        so what is offered (and why not) is current."""
        page = self.window.library_page
        index = page.routine_list.currentIndex()
        entry = page.entry(str(index.data(ID_ROLE))) if index.isValid() else None
        if entry is not None:
            page.detail.show_routine(entry)

    def _pmr_practice(self) -> list[Any]:
        from somatic_player.qt.session_options import pmr_practice

        return pmr_practice(self.store) if self.store is not None else []

    def _apply_breath_hold_answer(self, answer: str) -> None:
        self.window.filter_model.set_show_breath_holds(answer == "cleared")

    def reasons_not_offered(self, entry: Any) -> list[str]:
        """Why a routine is not offered today, in the rules' own words (none: it is)."""
        routine = getattr(entry, "routine", None)
        if routine is None:
            return []
        from somatic_player.content.library import default_rules
        from somatic_player.core.compiler import not_offered

        try:
            rules = default_rules()
            ids = not_offered(routine, self.profile(), rules)
        except Exception:  # never block practice on a failed check; the compile still adapts
            log.exception("could not check whether %s is offered", entry.id)
            return []
        words = {rule.id: rule.description for rule in rules.rules}
        return [words.get(rule_id, rule_id) for rule_id in ids]

    def adaptations_today(self, entry: Any, choices: Any) -> list[str]:
        """How today's profile changes this routine: the descriptions of the rules that adapt
        its steps (e.g. "On a flare day every group is only let go"), none when it runs as
        written. Compiling a routine takes a few milliseconds."""
        routine = getattr(entry, "routine", None)
        if routine is None:
            return []
        from somatic_player.content.library import default_rules
        from somatic_player.core.compiler import compile_routine

        try:
            rules = default_rules()
            plan = compile_routine(routine, self.profile(), rules=rules, choices=choices)
        except Exception:  # the session itself reports a compile problem when started
            log.exception("could not compile %s to explain today's adaptations", entry.id)
            return []
        used = dict.fromkeys(rule for step in plan.steps for rule in step.adapted_by)
        words = {rule.id: rule.description for rule in rules.rules}
        return [words[rule_id] for rule_id in used if rule_id in words]

    def show_history(self) -> None:
        """The history view as a page of the main window (Back returns to the library)."""
        if self.store is None:
            self._tell(
                translate("app_shell", "No history"),
                translate("app_shell", "There is no usable history on this computer yet."),
            )
            return
        flow = self.flow
        if flow is not None and flow.controller is not None and not flow.controller.ended:
            return  # never take the screen away from a session
        from PySide6.QtGui import QCursor, QGuiApplication

        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:  # the first time loads the chart library (a few hundred ms)
            from somatic_player.qt.history_view import HistoryView

            view = HistoryView(self.store)
            view.refresh()
        except Exception as exc:  # an unreadable history must not take the app down
            log.exception("the history view could not be opened")
            self._tell(
                translate("app_shell", "History cannot be shown"),
                translate("app_shell", "Your history could not be read: {error}").format(error=exc),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        view.closed.connect(self.window.show_library)
        self.window.show_page(view)
        view.back_button.setFocus()  # a named control: the screen reader says where this is

    def _first_run(self) -> None:
        if self.store is None:
            return
        from somatic_player.qt.first_run_dialog import (
            FirstRunDialog,
            mark_first_run_done,
            needs_first_run,
        )

        if not needs_first_run(self.store):
            return
        dialog = FirstRunDialog(parent=self.window)
        store = self.store
        dialog.acknowledged.connect(lambda: mark_first_run_done(store))
        dialog.finished.connect(lambda _result: self.window.routine_list.setFocus())
        dialog.rejected.connect(self.app.quit)  # nothing stored: asked again next time
        dialog.open()

    def _restore_layout(self) -> None:
        state = ui_state()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        last = state.value("library/last_routine")
        if isinstance(last, str) and last:
            self.window.select_routine(last)

    def save_layout(self) -> None:
        state = ui_state()
        state.setValue("window/geometry", self.window.saveGeometry())
        current = self.window.routine_list.currentIndex()
        if current.isValid():
            from somatic_player.qt.routine_list import ID_ROLE

            state.setValue("library/last_routine", str(current.data(ID_ROLE)))
        state.sync()

    def shutdown(self) -> None:
        self.save_layout()
        if self.flow is not None and self.flow.controller is not None:
            self.flow.controller.stop("the app was closed")
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- settings -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        from somatic_player.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.prefs, voices=_voices(), audio_devices=_devices(), parent=self.window
        )
        dialog.preferences_changed.connect(self.apply_live)
        dialog.accepted.connect(lambda: self.persist(dialog.preferences()))
        dialog.rejected.connect(lambda: self.apply_live(dialog.original()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_live(self, prefs: Preferences) -> None:
        apply_theme(self.app, prefs.theme, prefs.text_scale)
        flow = self.flow
        if flow is not None and flow.controller is not None:
            from somatic_player.audio.mixer import Levels

            flow.controller.set_levels(
                Levels(cues=prefs.volume_cues, voice=prefs.volume_voice, ambient=prefs.volume_guide)
            )
            if prefs.cue_style != flow.controller.mixer.cue_style:
                flow.controller.set_cue_style(prefs.cue_style)
        if flow is not None and flow.view is not None:
            flow.view.set_reduced_motion(reduced_motion_active(prefs.reduced_motion))
            flow.view.set_screen_flash(prefs.screen_flash)

    def persist(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.apply_live(prefs)
        self.window.detail.set_preferred_minutes(prefs.default_minutes)
        try:
            save_preferences(prefs)
        except OSError as exc:
            self._tell(
                translate("app_shell", "Settings could not be saved"),
                translate("app_shell", "{error}\nThey apply until you close the app.").format(
                    error=exc
                ),
            )

    # -- sessions -------------------------------------------------------------------------------

    def start_routine(self, routine_id: str) -> None:
        entry = self.window.entry(routine_id)
        routine = getattr(entry, "routine", None)
        if routine is None:
            return
        self._minutes = self.window.detail.chosen_minutes()
        # Pace, mode, anchor...: read now, as the length is, for the session this Start begins.
        self._choices = self.window.detail.chosen_choices()
        if self.flow is None:
            from somatic_player.qt.session_flow import SessionFlow, default_speech_factory

            def speech(routine: Routine) -> Any:  # the voice and pace chosen in the settings
                return default_speech_factory(
                    routine,
                    self.prefs.voice,
                    self.prefs.speech_rate_wpm,
                    clip_dir=self._clip_dir(routine.id),
                )

            self.flow = flow = SessionFlow(
                self.window,
                self.make_setup,
                speech_factory=speech,
                store=self.store,
                view_setup=self._setup_view,
                parent=self,
            )
            flow.dizzy_reported.connect(lambda: self.today.record_dizzy())
            flow.movement_finished.connect(self._on_movement_finished)
            flow.session_ended.connect(lambda _outcome: self.today.refresh())
        self.flow.begin(routine)

    def _on_movement_finished(self, before: int | None, after: int | None) -> None:
        during = [p for p in (before, after) if p is not None]
        self.today.movement_session_finished(None, before, max(during) if during else None)

    def _clip_dir(self, routine_id: str) -> Path | None:
        """Where a routine's recorded clips are (its recordings folder, or beside its file)."""
        entry = self.window.entry(routine_id)
        path = getattr(entry, "path", None)
        if path is None:
            return None
        from somatic_player.content.package_format import clip_folder

        return clip_folder(Path(path))

    def make_setup(self, routine: Routine) -> SessionSetup:
        from somatic_player.audio.mixer import Levels
        from somatic_player.content.library import default_rules
        from somatic_player.qt.session_controller import SessionSetup

        p = self.prefs
        return SessionSetup(
            routine,
            profile=self.profile(),
            rules=default_rules(),
            levels=Levels(cues=p.volume_cues, voice=p.volume_voice, ambient=p.volume_guide),
            cue_style=p.cue_style,
            av_offset_ms=p.av_offset_ms,
            minutes=self._minutes if routine.is_flexible else None,
            choices=getattr(self, "_choices", None),
        )

    def profile(self) -> Profile:
        """Today's profile for adaptation: the body map of this session's before check-in (or
        the latest one), the settings, and the last logged ketamine-assisted session."""
        from datetime import UTC, datetime

        from somatic_player.core.profile import Profile
        from somatic_player.qt.checkin_flow import pain_map_of

        p = self.prefs
        before = self.flow.before if self.flow is not None else None
        pain = pain_map_of(before)
        last_session = first_478 = None
        if self.store is not None:
            try:
                first_478 = next(
                    (
                        s.started_at
                        for s in self.store.sessions(kind="breathing")
                        if s.routine_id == "breathing-478"
                    ),
                    None,
                )
                if not pain and getattr(before, "body", None) is None:
                    pain = pain_map_of(self.store.latest_checkin_with_body())
                latest = self.store.latest_ketamine_session()
                last_session = latest.at if latest is not None else None
            except Exception:  # adaptation falls back to the settings alone
                log.exception("the history could not be read for today's profile")
        today: dict[str, Any] = {}
        if self.store is not None:
            from somatic_player.qt.today_state import profile_fields

            try:
                today = profile_fields(self.store, datetime.now(UTC))
            except Exception:
                log.exception("today's state could not be read")
        return Profile.with_pain(
            pain,
            **today,
            capacity=p.capacity,
            handedness=p.handedness,
            last_ketamine_session=last_session,
            breath_hold_screen=self.tracking.breath_hold_answer(),
            first_478_at=first_478,
            now=datetime.now(UTC),
        )

    def _setup_view(self, view: PlayerView) -> None:
        view.set_reduced_motion(reduced_motion_active(self.prefs.reduced_motion))
        view.set_screen_flash(self.prefs.screen_flash)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_store_problem(self, problem: Any) -> None:
        """Say why the history could not be opened as it was; after a damaged file, offer a
        restore, which replaces the store as Records > Restore does."""
        from somatic_player.qt.store_recovery import offer_recovery

        if problem.set_aside is None:
            self._tell(problem.title, problem.text)
            return
        offer_recovery(self.window, problem, lambda: self.store, self.tracking.store_replaced.emit)


def _voices() -> list[str]:
    try:
        from somatic_player.audio.speech import best_engine

        engine = best_engine()
        return engine.voices() if engine is not None else []
    except Exception:  # a broken speech engine must not block the settings
        log.exception("voices could not be listed")
        return []


def _devices() -> list[str]:
    try:
        from somatic_player.audio import devices

        names: list[Any] = [d.name for d in devices.output_devices()]
        return [str(n) for n in names]
    except Exception:  # no PortAudio, no devices: the dialog still opens
        log.exception("audio devices could not be listed")
        return []
