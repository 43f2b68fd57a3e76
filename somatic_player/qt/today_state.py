"""What the Today panel shows, read from and written to the history store's app state.

No Qt here (it sits in qt/ because it is the panel's service, called by its controller and by
the session code): small values under app-state keys, so no schema change is needed.

    flare_day                 ISO date a flare day was switched on ("" when switched off)
    slept_after_session       ISO time of the ketamine-assisted session a night's sleep follows
    dizzy_reports             JSON list of ISO times of "I feel dizzy" presses (last 30 days)
    dizzy_note_hidden         ISO time of the latest press when the dizzy note was put away
    movement_level            the movement progression level (int, 0 = starting dose)
    movement_check_due        ISO time from which the next-morning check is asked ("" = none)
    movement_check            JSON {"before": int|null, "during": int|null} for that check
    movement_result           JSON {"at", "decision", "reason", "level"}: the last answer

Reading never fails on a damaged value: it counts as "not set". The store's own errors
(an unwritable disk) reach the caller, which says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from somatic_player.core.integration import (
    DIZZY_NOTE_AT,
    IntegrationPlan,
    dizzy_count_7d,
    flare_active,
    integration_plan,
    movement_check_due,
    movement_check_status,
    recent_dizzy,
)
from somatic_player.core.progression import (
    MAX_LEVEL,
    Decision,
    NextMorningResult,
    next_level,
    next_morning_decision,
)
from somatic_player.history.records import to_iso

FLARE_KEY = "flare_day"
SLEPT_KEY = "slept_after_session"
DIZZY_KEY = "dizzy_reports"
DIZZY_HIDDEN_KEY = "dizzy_note_hidden"
LEVEL_KEY = "movement_level"
CHECK_DUE_KEY = "movement_check_due"
CHECK_KEY = "movement_check"
RESULT_KEY = "movement_result"


class _Session(Protocol):
    @property
    def at(self) -> datetime: ...


class StateStore(Protocol):
    """The part of history.store.Store used here (tests may pass a small fake)."""

    def get_state(self, key: str, default: str | None = None) -> str | None: ...

    def set_state(self, key: str, value: str) -> None: ...

    def latest_ketamine_session(self) -> _Session | None: ...


@dataclass(frozen=True, slots=True)
class MovementResult:
    """The answer to a next-morning check: what was decided, why, and the level it set."""

    at: datetime
    decision: Decision
    reason: str
    level: int


@dataclass(frozen=True, slots=True)
class TodayState:
    """Everything the panel needs for one look at the day (``now`` is local, aware)."""

    now: datetime
    plan: IntegrationPlan | None
    flare: bool
    dizzy_7d: int
    dizzy_note: bool
    movement_level: int
    morning_check_due: bool
    movement_result: MovementResult | None

    @property
    def anything(self) -> bool:
        """Whether any note applies today (the panel hides when none does)."""
        return bool(
            (self.plan is not None and self.plan.active)
            or self.flare
            or self.dizzy_note
            or self.morning_check_due
            or self.movement_result is not None
        )


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _json(store: StateStore, key: str) -> Any:
    text = store.get_state(key)
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _rating(value: object) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10
    return value if ok else None  # type: ignore[return-value]


# -- reading --------------------------------------------------------------------------------------


def dizzy_times(store: StateStore) -> list[datetime]:
    raw = _json(store, DIZZY_KEY)
    if not isinstance(raw, list):
        return []
    return [t for t in (_time(v) if isinstance(v, str) else None for v in raw) if t is not None]


def movement_level(store: StateStore) -> int:
    try:
        level = int(store.get_state(LEVEL_KEY) or 0)
    except ValueError:
        return 0
    return min(MAX_LEVEL, max(0, level))


def slept_since(store: StateStore, session_at: datetime | None) -> bool:
    """Whether a night's sleep was confirmed after this session (not an earlier one)."""
    stored = _time(store.get_state(SLEPT_KEY))
    return session_at is not None and stored is not None and stored == session_at


def flare_on(store: StateStore, now: datetime) -> bool:
    return flare_active(store.get_state(FLARE_KEY), now.astimezone().date())


def profile_fields(store: StateStore, now: datetime) -> dict[str, Any]:
    """Keyword arguments for ``core.profile.Profile``: flare_day, slept_since_session,
    dizzy_reports_7d and movement_level, as the store holds them at ``now``."""
    latest = store.latest_ketamine_session()
    return {
        "flare_day": flare_on(store, now),
        "slept_since_session": slept_since(store, latest.at if latest is not None else None),
        "dizzy_reports_7d": dizzy_count_7d(dizzy_times(store), now),
        "movement_level": movement_level(store),
    }


def _movement_result(store: StateStore, now: datetime) -> MovementResult | None:
    """The last answer, shown for the rest of the local day it was given on."""
    raw = _json(store, RESULT_KEY)
    if not isinstance(raw, dict):
        return None
    at = _time(raw.get("at")) if isinstance(raw.get("at"), str) else None
    decision, reason, level = raw.get("decision"), raw.get("reason"), raw.get("level")
    if at is None or decision not in ("progress", "repeat", "step-back"):
        return None
    if not isinstance(reason, str) or not isinstance(level, int):
        return None
    if at.astimezone().date() != now.astimezone().date():
        return None
    return MovementResult(at, decision, reason, level)


def read_today(store: StateStore, now: datetime, integration_hours: int) -> TodayState:
    """The day as the store describes it at ``now`` (a local, aware time)."""
    latest = store.latest_ketamine_session()
    plan = None
    if latest is not None:
        slept = slept_since(store, latest.at)
        plan = integration_plan(latest.at, now, integration_hours, slept=slept)
    times = dizzy_times(store)
    count = dizzy_count_7d(times, now)
    hidden_for = _time(store.get_state(DIZZY_HIDDEN_KEY))
    newest = max((t for t in times if t <= now), default=None)
    note = count >= DIZZY_NOTE_AT and (hidden_for is None or newest != hidden_for)
    due = _time(store.get_state(CHECK_DUE_KEY))
    return TodayState(
        now=now,
        plan=plan,
        flare=flare_on(store, now),
        dizzy_7d=count,
        dizzy_note=note,
        movement_level=movement_level(store),
        morning_check_due=due is not None and movement_check_status(due, now) == "due",
        movement_result=_movement_result(store, now),
    )


# -- writing --------------------------------------------------------------------------------------


def set_flare(store: StateStore, on: bool, now: datetime) -> None:
    """Switch a flare day on for the local day of ``now``, or off."""
    store.set_state(FLARE_KEY, now.astimezone().date().isoformat() if on else "")


def confirm_sleep(store: StateStore) -> bool:
    """Record a night's sleep since the latest logged session; False if none is logged."""
    latest = store.latest_ketamine_session()
    if latest is None:
        return False
    store.set_state(SLEPT_KEY, to_iso(latest.at))
    return True


def record_dizzy(store: StateStore, when: datetime) -> int:
    """Record an "I feel dizzy" press; returns how many fell in the 7 days up to ``when``.

    Only the last 30 days are kept, so the list stays small.
    """
    kept = recent_dizzy([*dizzy_times(store), when], when)
    store.set_state(DIZZY_KEY, json.dumps([to_iso(t) for t in kept]))
    return dizzy_count_7d(kept, when)


def hide_dizzy_note(store: StateStore, now: datetime) -> None:
    """Put the dizzy note away until the next press."""
    newest = max((t for t in dizzy_times(store) if t <= now), default=None)
    if newest is not None:
        store.set_state(DIZZY_HIDDEN_KEY, to_iso(newest))


def movement_session_finished(
    store: StateStore,
    when: datetime,
    pain_before: int | None,
    max_pain_during: int | None,
) -> datetime:
    """Remember a finished movement session for the next-morning check; returns when it is due.

    ``pain_before``: "pain right now" before the session; ``max_pain_during``: the highest
    rating during or right after it (None when skipped). ``when`` is converted to local time:
    the check is due at 05:00 on the next local day. A second movement session before the check
    keeps the first one's "before" (the baseline) and the higher "during".
    """
    due = movement_check_due(when.astimezone())
    before, during = _rating(pain_before), _rating(max_pain_during)
    pending = _time(store.get_state(CHECK_DUE_KEY))
    earlier = _json(store, CHECK_KEY)
    if pending == due and isinstance(earlier, dict):
        first = _rating(earlier.get("before"))
        before = first if first is not None else before
        highs = [v for v in (_rating(earlier.get("during")), during) if v is not None]
        during = max(highs) if highs else None
    store.set_state(CHECK_KEY, json.dumps({"before": before, "during": during}))
    store.set_state(CHECK_DUE_KEY, to_iso(due))
    return due


def answer_movement_check(
    store: StateStore, pain_now: int | None, now: datetime
) -> MovementResult | None:
    """Apply the next-morning answer (``pain_now`` 0-10, None when skipped) once.

    Decides progress / repeat / step back (core.progression), stores the new level (one step
    at most) and the result, and clears the check so it is never applied twice. Returns None
    when no check is due at ``now``.
    """
    due = _time(store.get_state(CHECK_DUE_KEY))
    if due is None or movement_check_status(due, now) != "due":
        return None
    raw = _json(store, CHECK_KEY)
    raw = raw if isinstance(raw, dict) else {}
    during = _rating(raw.get("during"))
    result: NextMorningResult = next_morning_decision(
        _rating(raw.get("before")), [] if during is None else [during], _rating(pain_now)
    )
    level = next_level(movement_level(store), result.decision)
    store.set_state(LEVEL_KEY, str(level))
    store.set_state(CHECK_DUE_KEY, "")
    answer = MovementResult(now, result.decision, result.reason, level)
    store.set_state(
        RESULT_KEY,
        json.dumps(
            {
                "at": to_iso(now),
                "decision": answer.decision,
                "reason": answer.reason,
                "level": level,
            }
        ),
    )
    return answer


def expire_movement_check(store: StateStore, now: datetime) -> bool:
    """Drop a check whose day has passed unanswered (the level stays); True if one was."""
    due = _time(store.get_state(CHECK_DUE_KEY))
    if due is not None and movement_check_status(due, now) == "expired":
        store.set_state(CHECK_DUE_KEY, "")
        return True
    return False


def hide_movement_result(store: StateStore) -> None:
    store.set_state(RESULT_KEY, "")
