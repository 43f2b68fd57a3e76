"""From "Start" to the end of a practice: prepare the voice, play, then return to the library.

Speech is synthesized (or read from the cache) on a worker thread while the window says so;
the session starts when every spoken line has its real length, so instructions fit their
windows. Check-ins before and after a session plug in through ``before_session`` and
``after_session`` hooks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow

from somatic_player.core.routine import Routine
from somatic_player.i18n import translate
from somatic_player.qt.player_view import PlayerView
from somatic_player.qt.presentation_window import PresentationWindow
from somatic_player.qt.screensaver import ScreenSaverInhibitor
from somatic_player.qt.session_controller import (
    EngineFactory,
    SessionController,
    SessionSetup,
    default_engine_factory,
)

if TYPE_CHECKING:
    from somatic_player.history.store import Store

SpeechFactory = Callable[[Routine], Any]  # returns a SpeechLibrary, or None for captions only


def default_speech_factory(
    routine: Routine, voice: str = "", rate_wpm: int = 145, clip_dir: Path | None = None
) -> Any:
    """Spoken guidance for ``routine``: synthesized, or the recorded clips in ``clip_dir``."""
    from somatic_player import resources
    from somatic_player.audio.speech import SpeechLibrary, best_engine

    return SpeechLibrary(
        best_engine(),
        voice,
        rate_wpm,
        cache=resources.cache_dir() / "speech",
        clip_dir=clip_dir,
    )


def speech_keys(routine: Routine, setup: SessionSetup) -> list[str]:
    """Every spoken line of the routine as compiled for this person."""
    from somatic_player.audio.mixer import SPOKEN_CUES
    from somatic_player.core.compiler import compile_routine
    from somatic_player.core.plan import speech_key

    plan = compile_routine(
        routine, setup.profile, rules=setup.rules, minutes=setup.minutes, choices=setup.choices
    )
    keys = {speech_key(e) for e in plan.events if e.kind == "speech"}
    return sorted(keys | set(SPOKEN_CUES.values()))  # the cue words, for the "spoken" style


class SessionFlow(QObject):
    """Owns the session that is under way in a window.

    Signals:
        session_started(object): the SessionController, once playback began.
        session_ended(str): outcome, once the person is back in the library.
    """

    session_started = Signal(object)
    session_ended = Signal(str)
    dizzy_reported = Signal()
    movement_finished = Signal(object, object)  # pain before, pain after (int or None)

    def __init__(
        self,
        window: QMainWindow,
        make_setup: Callable[[Routine], SessionSetup],
        speech_factory: SpeechFactory | None = default_speech_factory,
        engine_factory: EngineFactory = default_engine_factory,
        parent: QObject | None = None,
        *,
        store: Store | None = None,
        view_setup: Callable[[PlayerView], None] | None = None,
        ask: bool = True,
        body_map: bool = True,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.view_setup = view_setup
        self.ask = ask  # False: no check-in or journal dialogs (tests of the player alone)
        self.body_map = body_map  # False: check-ins without the body map (quick tests)
        self._presentation_screen_name = ""
        self.session_id: int | None = None
        self.before: Any = None
        self.routine: Routine | None = None
        self.window = window
        self.make_setup = make_setup
        self.speech_factory = speech_factory
        self.engine_factory = engine_factory
        self.controller: SessionController | None = None
        self.view: PlayerView | None = None
        self.presentation: PresentationWindow | None = None
        self._outcome = ""
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._pending: dict[str, Any] = {}
        self.inhibitor = ScreenSaverInhibitor()

    # -- before ---------------------------------------------------------------------------------

    def begin(self, routine: Routine) -> None:
        """The whole practice: check-in, play, check-in, journal (each skippable)."""
        if self.controller is not None and not self.controller.ended:
            return
        self.routine = routine
        self.before = None
        if not self.ask:
            self.start(routine)
            return
        from somatic_player.qt.checkin_flow import checkin_dialog

        dialog = checkin_dialog("before", self.window, self.store, with_body_map=self.body_map)
        dialog.checkin_done.connect(lambda result: self._on_before_done(routine, result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_before_done(self, routine: Routine, result: Any) -> None:
        self.before = result
        self.start(routine)

    def _save_checkin(self, moment: Literal["before", "after"], result: Any) -> None:
        from somatic_player.qt.checkin_flow import save_checkin

        save_checkin(self.store, moment, result, session_id=self.session_id, window=self.window)

    def _tell_not_saved(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self.window,
            translate("session_flow", "Not saved"),
            translate("session_flow", "This could not be saved to your history: {error}").format(
                error=exc
            ),
        )

    def start(self, routine: Routine) -> None:
        """Prepare spoken guidance (in the background), then play."""
        if self.controller is not None and not self.controller.ended:
            return
        self.routine = routine
        setup = self.make_setup(routine)
        from somatic_player.core.compiler import CompileError

        try:
            keys = speech_keys(routine, setup)
        except CompileError:
            keys = []  # _play says why; nothing to prepare
        if self.speech_factory is None or not keys:
            self._play(setup)
            return
        waiting = QLabel(translate("session_flow", "Preparing spoken guidance…"))
        waiting.setObjectName("preparingLabel")
        waiting.setAccessibleName(translate("session_flow", "Preparing spoken guidance"))
        show_page = getattr(self.window, "show_page", None)
        if show_page is not None:
            show_page(waiting)
        pending: dict[str, Any] = {"setup": setup, "done": False, "error": None}
        self._pending = pending

        def work() -> None:
            try:
                speech = self.speech_factory(routine) if self.speech_factory else None
                if speech is not None:
                    pending["clips"] = speech.prepare(keys)
                    pending["length"] = speech.length_s
            except Exception as exc:  # a broken voice must not stop the practice
                pending["error"] = str(exc)
            pending["done"] = True

        threading.Thread(target=work, name="prepare-speech", daemon=True).start()
        self._poll.timeout.connect(self._on_poll_timeout)
        self._poll.start()

    def _on_poll_timeout(self) -> None:
        pending = self._pending
        if not pending.get("done"):
            return
        self._poll.stop()
        self._poll.timeout.disconnect(self._on_poll_timeout)
        setup: SessionSetup = pending["setup"]
        if "clips" in pending:
            setup = SessionSetup(
                **{
                    **setup.__dict__,
                    "speech_clips": pending["clips"],
                    "speech_length": pending["length"],
                }
            )
        self._play(setup, pending.get("error"))

    def _play(self, setup: SessionSetup, speech_error: str | None = None) -> None:
        from somatic_player.core.compiler import CompileError

        try:
            controller = SessionController(setup, engine_factory=self.engine_factory)
        except CompileError as exc:  # e.g. a length shorter than the routine's fixed part
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.window, translate("session_flow", "This length does not fit"), str(exc)
            )
            self._back_to_library()
            return
        view = PlayerView(controller)
        self.controller, self.view = controller, view
        view.full_screen_toggled.connect(self._on_full_screen_toggled)
        view.full_screen_left.connect(self._on_full_screen_left)
        view.presentation_requested.connect(self.present)
        view.session_left.connect(self._on_session_left)
        controller.finished.connect(self._on_finished)
        controller.notice_shown.connect(self._on_notice_shown)
        show_page = getattr(self.window, "show_page", None)
        if show_page is not None:
            show_page(view)
        if self.view_setup is not None:
            self.view_setup(view)
        if self.store is not None and self.routine is not None:
            try:
                self.session_id = self.store.start_session(
                    self.routine.id,
                    self.routine.version,
                    {
                        "minutes": setup.minutes,
                        "cue_style": setup.cue_style,
                        "capacity": setup.profile.capacity,
                        **choices_params(setup),
                    },
                    routine_title=self.routine.title,
                    kind=self.routine.kind,
                )
            except Exception as exc:
                self.session_id = None
                self._tell_not_saved(exc)
        self._save_checkin("before", self.before)
        controller.start()
        self.inhibitor.inhibit()  # no screen lock while someone practises with eyes closed
        view.set_engine_name(controller.engine_name)
        if speech_error:
            view.notice.setText(
                translate(
                    "session_flow",
                    "Spoken guidance is not available ({error}); captions and tones carry on.",
                ).format(error=speech_error)
            )
            view.notice.show()
        # Focus on a named control, so a screen reader says where the person is; Space there
        # pauses and resumes as on the page.
        view.setAccessibleName(translate("session_flow", "Session"))
        view.pause_button.setFocus()
        self.session_started.emit(controller)

    # -- presentation and full screen ---------------------------------------------------------

    def present(self) -> None:
        """Pacer and captions full screen on the other display (or this one if alone)."""
        if self.controller is None:
            return
        if self.presentation is None:
            self.presentation = PresentationWindow(self.controller)
            self.presentation.closed.connect(self._on_presentation_closed)
            if self.view is not None:  # the room sees the same stills as the player
                self.presentation.pacer.set_reduced_motion(self.view.pacer.reduced_motion())
        self.presentation.show_on(self._presentation_screen())

    def _presentation_screen(self) -> QScreen:
        """The other display; with two or more others, the one the person picks (asked once)."""
        here = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        if not others:
            return here
        if len(others) == 1 or not self.ask:
            return others[0]
        for screen in others:
            if screen.name() == self._presentation_screen_name:
                return screen
        labels = [screen_label(s) for s in others]
        label, ok = QInputDialog.getItem(
            self.window,
            translate("session_flow", "Present on which screen?"),
            translate("session_flow", "Show the pacer full screen on:"),
            labels,
            0,
            False,
        )
        chosen = others[labels.index(label)] if ok and label in labels else others[0]
        self._presentation_screen_name = chosen.name()
        return chosen

    def _on_presentation_closed(self) -> None:
        self.presentation = None
        if self.view is not None:
            self.view.pause_button.setFocus()

    def _on_full_screen_toggled(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()

    def _on_full_screen_left(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()

    # -- the end ------------------------------------------------------------------------------

    def _on_finished(self, outcome: str) -> None:
        self._outcome = outcome
        self.inhibitor.release()
        if self.store is not None and self.session_id is not None:
            completed = outcome == "completed"
            try:
                self.store.end_session(
                    self.session_id,
                    "completed" if completed else "stopped",
                    None if completed else outcome.removeprefix("stopped: "),
                )
            except Exception as exc:
                self._tell_not_saved(exc)

    def _on_session_left(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
        if not self.ask:
            self._back_to_library()
            return
        from somatic_player.qt.checkin_flow import checkin_dialog

        # The after check-in starts from the before answers, so the person only adjusts.
        before = self.before if self.before is not None and not self.before.skipped else None
        dialog = checkin_dialog(
            "after", self.window, self.store, initial=before, with_body_map=self.body_map
        )
        dialog.checkin_done.connect(self._on_after_done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_notice_shown(self, kind: str, _text: str) -> None:
        if kind == "dizzy":
            self.dizzy_reported.emit()

    def _on_after_done(self, result: Any) -> None:
        self._save_checkin("after", result)
        if self.routine is not None and self.routine.kind == "movement":
            before = self.before if self.before is not None and self.before.answered else None
            after = result if result is not None and result.answered else None
            self.movement_finished.emit(
                before.pain_now if before is not None else None,
                after.pain_now if after is not None else None,
            )
        before = self.before
        if before is not None and getattr(before, "answered", False) and result.answered:
            from somatic_player.qt.change_view import ChangeView, Snapshot

            view = ChangeView(
                Snapshot(before.pain_now, before.tension, before.body),
                Snapshot(result.pain_now, result.tension, result.body),
                parent=self.window,
            )
            view.closed.connect(self._ask_journal)
            view.finished.connect(view.deleteLater)
            view.open()
            return
        self._ask_journal()

    def _ask_journal(self) -> None:
        from somatic_player.qt.journal_dialog import JournalDialog

        prompt = (
            next(
                (
                    s.prompt
                    for s in (self.routine.steps if self.routine else ())
                    if s.kind == "journal"
                ),
                None,
            )
            or todays_prompt()
        )
        dialog = JournalDialog(prompt, parent=self.window)
        dialog.journal_done.connect(self._on_journal_done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_journal_done(self, result: Any) -> None:
        if self.store is not None and not result.skipped:
            try:
                self.store.add_journal(result.prompt, result.text, session_id=self.session_id)
            except Exception as exc:
                self._tell_not_saved(exc)
        self._back_to_library()

    def _back_to_library(self) -> None:
        show_library = getattr(self.window, "show_library", None)
        if show_library is not None:
            show_library()
        detail = getattr(self.window, "detail", None)
        refresh = getattr(getattr(detail, "options", None), "refresh_suggestion", None)
        if refresh is not None:  # a finished session can change the next-stage suggestion
            refresh()
        self.controller = None
        self.view = None
        self.session_ended.emit(self._outcome)


def todays_prompt() -> str:
    """The journal prompt of the day from the shipped list (open, non-interpretive), or the
    default one if the list cannot be read."""
    from datetime import date

    from somatic_player.qt.journal_dialog import DEFAULT_PROMPT

    try:
        from somatic_player.content.prompts import prompt_for_day

        return prompt_for_day(date.today()).text
    except Exception:  # a broken prompts file must not block the end of a session
        return DEFAULT_PROMPT


def choices_params(setup: SessionSetup) -> dict[str, Any]:
    """The person's choices as stored with the session (only those they set): the PMR stage
    suggestion reads ``pmr_mode`` back, and the history can say how a session was run."""
    if setup.choices is None:
        return {}
    from dataclasses import asdict, fields

    from somatic_player.core.choices import Choices

    defaults = {f.name: f.default for f in fields(Choices)}
    return {k: v for k, v in asdict(setup.choices).items() if v != defaults[k]}


def screen_label(screen: QScreen) -> str:
    """``"HDMI-1 (1920 x 1080)"``: what a person sees in the screen chooser."""
    size = screen.geometry().size()
    name = screen.name() or screen.model() or translate("session_flow", "Screen")
    return f"{name} ({size.width()} x {size.height()})"
