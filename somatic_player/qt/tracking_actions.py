"""Self-tracking from the main window: check in now, the weekly check, logging a ketamine-assisted
session, the history view and the person's data (export, backup, restore, delete).

"Check in" and "History" sit on the toolbar; the rest are in its "Records" menu. Every action has
a shortcut and works from the keyboard. Whatever is stored is on disk before "Saved" is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar, QToolButton

from somatic_player.i18n import translate
from somatic_player.qt.checkin_flow import checkin_dialog, save_checkin, say_saved

if TYPE_CHECKING:
    from somatic_player.history.store import Store

log = logging.getLogger(__name__)
PEG_EVERY = timedelta(days=7)


class TrackingActions(QObject):
    """The tracking actions of one main window.

    ``store`` is called each time (the store can be reopened after a restore); it returns None
    when there is no usable history, and the actions then say so instead of failing.

    Signals:
        store_replaced(object): a restore put a new Store in place (the app keeps it).
        history_requested(): the person asked for the history view.
    """

    store_replaced = Signal(object)
    history_requested = Signal()
    breath_hold_answered = Signal(str)
    ketamine_logged = Signal()
    editor_requested = Signal(bool)  # True: edit the chosen routine (a copy if built in)
    routine_file_requested = Signal(str)  # "send-home", "export" or "import"

    def __init__(self, window: QMainWindow, store: Callable[[], Store | None]) -> None:
        super().__init__(window)
        self.window = window
        self._store = store
        self.checkin_action = self._action(
            translate("tracking_actions", "Check in"),
            "checkInAction",
            "Ctrl+K",
            translate("tracking_actions", "Rate your pain and tension now, any time"),
        )
        self.history_action = self._action(
            translate("tracking_actions", "History"),
            "historyAction",
            "Ctrl+H",
            translate("tracking_actions", "Your check-ins and practice over time"),
        )
        self.peg_action = self._action(
            translate("tracking_actions", "Weekly check…"),
            "pegAction",
            "Ctrl+Shift+K",
            translate("tracking_actions", "Three questions about the past week"),
        )
        self.ketamine_action = self._action(
            translate("tracking_actions", "Log a ketamine-assisted session…"),
            "ketamineAction",
            "Ctrl+Shift+L",
            translate(
                "tracking_actions",
                "Note when a session took place, so practice stays light for the next days",
            ),
        )
        self.breath_hold_action = QAction(
            translate("tracking_actions", "Breath-hold questions…"), window
        )
        self.breath_hold_action.setObjectName("breathHoldAction")
        self.breath_hold_action.setToolTip(
            translate(
                "tracking_actions",
                "Answer the questions that decide whether practices with held breaths are offered",
            )
        )
        self.menu = QMenu(translate("tracking_actions", "Records"), window)
        self.menu.setObjectName("recordsMenu")
        self.menu.addAction(self.peg_action)
        self.menu.addAction(self.ketamine_action)
        self.menu.addAction(self.breath_hold_action)
        self.breath_hold_action.triggered.connect(self.breath_hold_questions)
        self.menu.addSeparator()
        self.new_routine_action = self._action(
            translate("tracking_actions", "New routine…"),
            "newRoutineAction",
            "Ctrl+N",
            translate("tracking_actions", "Build a routine of your own"),
        )
        self.edit_routine_action = self._action(
            translate("tracking_actions", "Edit this routine…"),
            "editRoutineAction",
            "Ctrl+Shift+E",
            translate(
                "tracking_actions", "Change the chosen routine (a built-in one is copied first)"
            ),
        )
        self.send_home_action = self._action(
            translate("tracking_actions", "Send home as audio…"),
            "sendHomeAction",
            "Ctrl+Shift+A",
            translate(
                "tracking_actions", "Save the chosen routine, adapted for today, as an audio file"
            ),
        )
        self.export_routine_action = QAction(
            translate("tracking_actions", "Save routine as a file…"), window
        )
        self.export_routine_action.setObjectName("exportRoutineAction")
        self.export_routine_action.setToolTip(
            translate("tracking_actions", "A .somatic file to hand over (with any recordings)")
        )
        self.import_routine_action = self._action(
            translate("tracking_actions", "Open a routine file…"),
            "importRoutineAction",
            "Ctrl+O",
            translate(
                "tracking_actions",
                "Add a .somatic routine file to your library (files can also be dropped here)",
            ),
        )
        for action in (
            self.new_routine_action,
            self.edit_routine_action,
            self.send_home_action,
            self.export_routine_action,
            self.import_routine_action,
        ):
            self.menu.addAction(action)
        for action, what in (
            (self.send_home_action, "send-home"),
            (self.export_routine_action, "export"),
            (self.import_routine_action, "import"),
        ):
            action.triggered.connect(
                lambda _c=False, what=what: self.routine_file_requested.emit(what)
            )
        self.new_routine_action.triggered.connect(lambda: self.editor_requested.emit(False))
        self.edit_routine_action.triggered.connect(lambda: self.editor_requested.emit(True))
        self.menu.addSeparator()
        self.export_action = self._action(
            translate("tracking_actions", "Export…"),
            "exportAction",
            "Ctrl+E",
            translate("tracking_actions", "Save your history as a PDF report, CSV or FHIR"),
        )
        self.backup_action = self._action(
            translate("tracking_actions", "Back up…"),
            "backupAction",
            "Ctrl+Shift+B",
            translate("tracking_actions", "Save a copy of your whole history"),
        )
        self.restore_action = QAction(
            translate("tracking_actions", "Restore from a backup…"), window
        )
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.setToolTip(
            translate("tracking_actions", "Replace your history with a backup you saved")
        )
        self.delete_action = QAction(translate("tracking_actions", "Delete all my data…"), window)
        self.delete_action.setObjectName("deleteAllAction")
        self.delete_action.setToolTip(
            translate("tracking_actions", "Remove every check-in, session and journal entry")
        )
        for action in (
            self.export_action,
            self.backup_action,
            self.restore_action,
            self.delete_action,
        ):
            self.menu.addAction(action)
        self.export_action.triggered.connect(self.export)
        self.backup_action.triggered.connect(self.backup)
        self.restore_action.triggered.connect(self.restore)
        self.delete_action.triggered.connect(self.delete_all)
        self.checkin_action.triggered.connect(self.check_in)
        self.history_action.triggered.connect(self.history_requested)
        self.peg_action.triggered.connect(self.weekly_check)
        self.ketamine_action.triggered.connect(self.log_ketamine_session)
        self._install_toolbar()

    def _action(self, text: str, name: str, shortcut: str, tip: str) -> QAction:
        """A window-wide action; ``text`` and ``tip`` are translated by the caller."""
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    def _install_toolbar(self) -> None:
        toolbar = self.window.findChild(QToolBar, "mainToolbar")
        if toolbar is None:
            toolbar = QToolBar(translate("tracking_actions", "Main"), self.window)
            toolbar.setObjectName("mainToolbar")
            toolbar.setMovable(False)
            self.window.addToolBar(toolbar)
        self.menu_button = QToolButton(toolbar)
        self.menu_button.setObjectName("recordsButton")
        self.menu_button.setText(translate("tracking_actions", "Records"))
        self.menu_button.setMenu(self.menu)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setAccessibleName(translate("tracking_actions", "Records"))
        self.menu_button.setToolTip(
            translate("tracking_actions", "Weekly check, ketamine-assisted sessions and your data")
        )
        existing = toolbar.actions()
        if existing:  # before Settings and Crisis resources
            toolbar.insertAction(existing[0], self.checkin_action)
            toolbar.insertAction(existing[0], self.history_action)
            toolbar.insertWidget(existing[0], self.menu_button)
        else:
            toolbar.addAction(self.checkin_action)
            toolbar.addAction(self.history_action)
            toolbar.addWidget(self.menu_button)

    def add_to_menu(self, actions: list[QAction]) -> None:
        """More entries for the Records menu (export, backup, ...), after a separator."""
        self.menu.addSeparator()
        for action in actions:
            self.menu.addAction(action)
            self.window.addAction(action)

    # -- the actions ----------------------------------------------------------------------------

    def check_in(self) -> Any:
        """A stand-alone check-in (any number a day); returns the dialog (tests drive it)."""
        store = self._store()
        dialog = checkin_dialog("standalone", self.window, store)
        dialog.checkin_done.connect(
            lambda result: save_checkin(self._store(), "standalone", result, window=self.window)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def weekly_check(self) -> Any:
        from somatic_player.qt.peg_dialog import PegDialog

        dialog = PegDialog(self.window)
        dialog.peg_done.connect(self._save_peg)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_peg(self, answers: Any) -> None:
        if answers is None:
            return
        store = self._store()
        if store is None:
            self._not_saved(_no_history())
            return
        try:
            entry = store.add_peg3(answers.pain, answers.enjoyment, answers.activity)
        except Exception as exc:
            log.exception("the weekly check could not be saved")
            self._not_saved(str(exc))
            return
        score = QLocale().toString(float(entry.score), "f", 1)
        say_saved(
            self.window,
            translate("tracking_actions", "Weekly check saved (score {score}).").format(
                score=score
            ),
        )

    def log_ketamine_session(self) -> Any:
        from somatic_player.qt.ketamine_dialog import KetamineSessionDialog

        dialog = KetamineSessionDialog(self.window)
        dialog.logged.connect(self._save_ketamine)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _save_ketamine(self, log_entry: Any) -> None:
        store = self._store()
        if store is None:
            self._not_saved(_no_history())
            return
        try:
            store.log_ketamine_session(log_entry.at, log_entry.note)
        except Exception as exc:
            log.exception("the session time could not be saved")
            self._not_saved(str(exc))
            return
        self.ketamine_logged.emit()
        say_saved(
            self.window,
            translate(
                "tracking_actions", "Session time saved. Practice stays light for the next days."
            ),
        )

    def breath_hold_questions(self) -> Any:
        from somatic_player.qt.breath_hold_dialog import BreathHoldDialog

        dialog = BreathHoldDialog(self.window)
        dialog.answered.connect(self._save_breath_hold)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def breath_hold_answer(self) -> str:
        """ "cleared", "not-cleared" or "unanswered" (also when there is no history)."""
        from somatic_player.qt.breath_hold_dialog import STATE_KEY

        store = self._store()
        try:
            answer = store.get_state(STATE_KEY) if store is not None else None
        except Exception:
            log.exception("the breath-hold answer could not be read")
            answer = None
        return answer if answer in ("cleared", "not-cleared") else "unanswered"

    def _save_breath_hold(self, answer: str) -> None:
        from somatic_player.qt.breath_hold_dialog import STATE_KEY

        store = self._store()
        if store is None:
            self._not_saved(_no_history())
            return
        try:
            store.set_state(STATE_KEY, answer)
        except Exception as exc:
            log.exception("the breath-hold answer could not be saved")
            self._not_saved(str(exc))
            return
        self.breath_hold_answered.emit(answer)
        say_saved(
            self.window,
            translate("tracking_actions", "Practices with breath holds are now in the library.")
            if answer == "cleared"
            else translate("tracking_actions", "Practices with breath holds stay hidden."),
        )

    # -- the person's data ----------------------------------------------------------------------

    def export(self) -> Any:
        store = self._usable_store()
        if store is None:
            return None
        from somatic_player.qt.export_dialog import ExportDialog

        dialog = ExportDialog(store.path, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def backup(self) -> None:
        store = self._usable_store()
        if store is not None:
            from somatic_player.qt.data_dialogs import backup_history

            backup_history(self.window, store)

    def restore(self) -> None:
        store = self._usable_store()
        if store is None:
            return
        from somatic_player.qt.data_dialogs import restore_history

        new_store = restore_history(self.window, store)
        if new_store is not None:
            self.store_replaced.emit(new_store)

    def delete_all(self) -> None:
        store = self._usable_store()
        if store is None:
            return
        from somatic_player.qt.data_dialogs import delete_all_data

        if delete_all_data(self.window, store):
            say_saved(
                self.window,
                translate("tracking_actions", "All your data was deleted from this computer."),
            )

    def _usable_store(self) -> Store | None:
        store = self._store()
        if store is None:
            QMessageBox.information(
                self.window,
                translate("tracking_actions", "No history"),
                translate("tracking_actions", "There is no usable history on this computer."),
            )
        return store

    def peg_due(self, now: datetime | None = None) -> bool:
        """Whether a weekly check is due: none yet after a week of use, or the last one is 7 or
        more days old."""
        store = self._store()
        if store is None:
            return False
        now = now or datetime.now(UTC)
        try:
            latest = store.latest_peg3()
            if latest is not None:
                return now - latest.taken_at >= PEG_EVERY
            first = store.checkins()[:1]
        except Exception:
            log.exception("the weekly check could not be looked up")
            return False
        return bool(first) and now - first[0].taken_at >= PEG_EVERY

    def _not_saved(self, why: str) -> None:
        QMessageBox.warning(
            self.window,
            translate("tracking_actions", "Not saved"),
            translate("tracking_actions", "This could not be saved: {reason}").format(reason=why),
        )


def _no_history() -> str:
    return translate("tracking_actions", "there is no usable history on this computer")
