"""The Today panel's controller: reads the day from the history store, stores what the person
chooses in the panel, and says when something that affects adaptation changed.

Wiring (the app shell)::

    today = TodayController(lambda: shell.store, lambda: shell.prefs, parent=shell)
    window.set_today_panel(today.panel)
    toolbar.addAction(today.flare_action)           # the flare toggle, even with the panel hidden
    today.start_requested.connect(shell.start_routine)
    today.profile_changed.connect(...)              # e.g. re-check which routines are offered
    today.refresh()                                 # and after logging a ketamine session

From the session code: ``today.record_dizzy()`` on "I feel dizzy", and
``today.movement_session_finished(when, pain_before, max_pain_during)`` when a movement
routine ends. The store-level functions of today_state.py do the same without a controller.

The controller re-reads the day on its own at the next moment something changes (a new
integration day, midnight for a flare day, 05:00 for the movement check), with one timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from somatic_player.core.integration import DEFAULT_INTEGRATION_HOURS, check_hours
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt import today_state as service
from somatic_player.qt.today_panel import FLARE_OFF_TIP, TodayPanel
from somatic_player.qt.today_state import StateStore, TodayState

log = logging.getLogger(__name__)
# Look again at least this often, whatever the next known change (a clock change, a day).
MAX_WAIT = timedelta(hours=1)


def local_now() -> datetime:
    return datetime.now().astimezone()


class TodayController(QObject):
    """Keeps a :class:`TodayPanel` in step with the store.

    ``store_getter`` returns the history store (or None when there is none: the panel then
    stays hidden and nothing is stored); ``prefs_getter`` returns the preferences (its
    ``integration_hours`` is the length of the integration days); ``clock`` gives the local,
    time-zone-aware time (tests pass a fake one).

    Signals:
        profile_changed(): something adaptation uses changed (flare day, a night's sleep,
            the movement level, a dizzy press): build today's Profile again.
        start_requested(str): start this suggested routine.
        store_failed(str): something could not be saved; the words say what.
    """

    profile_changed = Signal()
    start_requested = Signal(str)
    store_failed = Signal(str)

    def __init__(
        self,
        store_getter: Callable[[], Any],
        prefs_getter: Callable[[], Any],
        *,
        clock: Callable[[], datetime] = local_now,
        panel: TodayPanel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store_getter
        self._prefs = prefs_getter
        self._clock = clock
        self.panel = TodayPanel() if panel is None else panel
        self.flare_action = QAction(translate("today_controller", "Flare day"), self)
        self.flare_action.setObjectName("flareDayAction")
        self.flare_action.setCheckable(True)
        off_tip = translate("today_panel", FLARE_OFF_TIP)
        self.flare_action.setToolTip(off_tip)
        self.flare_action.setStatusTip(off_tip)
        self.flare_action.toggled.connect(self._on_flare_action_toggled)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)
        p = self.panel
        p.start_requested.connect(self.start_requested)
        p.flare_toggled.connect(self.set_flare)
        p.slept_confirmed.connect(self.confirm_sleep)
        p.dizzy_note_hidden.connect(self._on_panel_dizzy_note_hidden)
        p.morning_answered.connect(self.answer_morning_check)
        p.result_hidden.connect(self._on_panel_result_hidden)

    # -- reading --------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock().astimezone()

    def integration_hours(self) -> int:
        hours = getattr(self._prefs(), "integration_hours", DEFAULT_INTEGRATION_HOURS)
        try:
            return check_hours(hours)
        except ValueError:
            return DEFAULT_INTEGRATION_HOURS

    def refresh(self) -> TodayState | None:
        """Read the day again and show it; returns what is shown (None: no usable store)."""
        store = self._store()
        if store is None:
            self.panel.setVisible(False)
            return None
        now = self.now()
        try:
            if service.expire_movement_check(store, now):
                log.info("an unanswered next-morning movement check has expired")
            state = service.read_today(store, now, self.integration_hours())
        except Exception:  # the day's notes must never keep the library from working
            log.exception("today's notes could not be read")
            self.panel.setVisible(False)
            return None
        self.panel.show_state(state)
        self._show_flare_action(state.flare)
        self._arm_timer(state)
        return state

    def _arm_timer(self, state: TodayState) -> None:
        now = state.now
        candidates = [now + MAX_WAIT]
        next_midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        candidates.append(next_midnight)
        five = now.replace(hour=5, minute=0, second=0, microsecond=0)
        if five > now:
            candidates.append(five)
        plan = state.plan
        if plan is not None and plan.active and plan.today is not None:
            candidates.append(plan.today.ends_at)
            if plan.restricted:
                candidates.append(plan.session_at + timedelta(hours=24))
        wait_s = max(1.0, (min(candidates) - now).total_seconds())
        self.timer.start(int(wait_s * 1000) + 500)  # just after the change, not just before

    def _show_flare_action(self, on: bool) -> None:
        self.flare_action.blockSignals(True)
        self.flare_action.setChecked(on)
        self.flare_action.blockSignals(False)
        tip = self.panel.flare_toggle.toolTip()
        self.flare_action.setToolTip(tip)
        self.flare_action.setStatusTip(tip)

    # -- the person's choices -------------------------------------------------------------------

    def _write(self, what: str, action: Callable[[StateStore], object]) -> bool:
        """Run ``action`` on the store; ``what`` (English, marked) names it in the log and,
        translated, in the message when it fails."""
        store = self._store()
        shown = translate("today_controller", what)
        if store is None:
            self.store_failed.emit(
                translate(
                    "today_controller", "{what} could not be saved: there is no usable history."
                ).format(what=shown)
            )
            return False
        try:
            action(store)
        except Exception as exc:
            log.exception("%s could not be saved", what)
            self.store_failed.emit(
                translate("today_controller", "{what} could not be saved ({error}).").format(
                    what=shown, error=exc
                )
            )
            return False
        return True

    def set_flare(self, on: bool) -> None:
        """Switch a flare day on for today (or off), then re-read and announce it."""
        what = QT_TRANSLATE_NOOP("today_controller", "The flare day")
        if self._write(what, lambda s: service.set_flare(s, on, self.now())):
            self.profile_changed.emit()
        self.refresh()

    def confirm_sleep(self) -> None:
        if self._write(
            QT_TRANSLATE_NOOP("today_controller", "Your night's sleep"), service.confirm_sleep
        ):
            self.profile_changed.emit()
        self.refresh()

    def record_dizzy(self, when: datetime | None = None) -> None:
        """An "I feel dizzy" press (now, unless ``when`` is given)."""
        moment = self.now() if when is None else when
        what = QT_TRANSLATE_NOOP("today_controller", "The dizzy report")
        if self._write(what, lambda s: service.record_dizzy(s, moment)):
            self.profile_changed.emit()
        self.refresh()

    def movement_session_finished(
        self, when: datetime | None, pain_before: int | None, max_pain_during: int | None
    ) -> None:
        """A movement routine ended: ask how it settled the next morning."""
        moment = self.now() if when is None else when
        self._write(
            QT_TRANSLATE_NOOP("today_controller", "The movement session"),
            lambda s: service.movement_session_finished(s, moment, pain_before, max_pain_during),
        )
        self.refresh()

    def answer_morning_check(self, pain_now: int | None) -> service.MovementResult | None:
        """Apply the next-morning answer once; the rating is also kept as a check-in."""
        now = self.now()
        results: list[service.MovementResult | None] = []

        def answer(store: StateStore) -> None:
            results.append(service.answer_movement_check(store, pain_now, now))
            add_checkin = getattr(store, "add_checkin", None)
            if results[0] is not None and pain_now is not None and add_checkin is not None:
                add_checkin("standalone", pain_now)

        ok = self._write(QT_TRANSLATE_NOOP("today_controller", "Your answer"), answer)
        result = results[0] if results else None
        if ok and result is not None:
            self.profile_changed.emit()
        self.refresh()
        return result

    def _on_flare_action_toggled(self, on: bool) -> None:
        self.set_flare(on)

    def _on_panel_dizzy_note_hidden(self) -> None:
        what = QT_TRANSLATE_NOOP("today_controller", "Hiding the note")
        self._write(what, lambda s: service.hide_dizzy_note(s, self.now()))
        self.refresh()

    def _on_panel_result_hidden(self) -> None:
        self._write(
            QT_TRANSLATE_NOOP("today_controller", "Hiding the note"), service.hide_movement_result
        )
        self.refresh()
