"""Integration days and the other day-by-day notes the app shows above the library: pure logic.

After a logged ketamine-assisted session the next hours (72 by default, 24-168 by preference)
are "integration days" with lighter suggestions (CONTENT.md, "Integration days"). Days are
counted in 24-hour blocks from the session's start, so "day 1 of 3" is always the first 24
hours whatever the clock said when the session began, and a 72-hour period is three days.
Within those first 24 hours, until the person confirms a night's sleep, practice stays lying or
seated, without breath holds, with letting-go-only muscle relaxation and body scans of at most
10 minutes, and the app reminds them not to drive. Nothing here claims that practice in this
period works better; the plan is simply lighter (see the module's texts).

The same module holds the small date rules of the other notes: a flare day lasts for the local
day it was switched on, the dizzy count looks back 7 days, and the next-morning movement check
is due from 05:00 on the day after a movement session until that day ends.

Every function takes the times it needs; nothing reads a clock. Times carry a time zone; the
"local" ones (``today``, the session end for the movement check) are in the zone the caller
gives, normally the computer's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from somatic_player.core.preferences import DEFAULTS, bounds

# The length is a preference (declared, with its bounds, in core.preferences).
DEFAULT_INTEGRATION_HOURS: int = DEFAULTS.integration_hours
MIN_INTEGRATION_HOURS, MAX_INTEGRATION_HOURS = (int(v) for v in bounds("integration_hours"))
# Lying/seated only, no holds, release-only PMR, scans up to 10 min: the first 24 h (CONTENT.md).
RESTRICTED_HOURS = 24
DIZZY_WINDOW = timedelta(days=7)
# "I feel dizzy" presses are kept this long; the count only looks back DIZZY_WINDOW.
DIZZY_KEEP = timedelta(days=30)
# Twice within 7 days suggests a faster pace and shorter sessions (CONTENT.md, adaptation rule).
DIZZY_NOTE_AT = 2
MORNING_CHECK_FROM = time(5, 0)

NO_DRIVE_REMINDER = "Please do not drive today and follow your clinic's advice."


@dataclass(frozen=True, slots=True)
class SuggestedPractice:
    """One practice the plan suggests: the routine to start, its button text and a tooltip."""

    routine_id: str
    label: str
    note: str


@dataclass(frozen=True, slots=True)
class PlanDay:
    """One integration day: when it runs, what it is about, and what it suggests."""

    number: int
    starts_at: datetime
    ends_at: datetime
    heading: str
    text: str
    practices: tuple[SuggestedPractice, ...]
    reminder: str = ""


@dataclass(frozen=True, slots=True)
class IntegrationPlan:
    """Where ``now`` falls in the integration days after the session at ``session_at``.

    ``day`` is 1..``total_days`` during the period and None before the session time or once the
    period has ended. ``restricted`` says whether the first-24-hour limits apply now (within 24
    hours of the session and no night's sleep confirmed). ``today`` is what to show now: the
    day's entry from ``days``, except that on day 1 after a confirmed sleep it offers the
    lighter-but-wider choice of day 2 (the first day's limits have lifted).
    """

    session_at: datetime
    now: datetime
    hours: int
    slept: bool
    day: int | None
    restricted: bool
    days: tuple[PlanDay, ...]
    today: PlanDay | None

    @property
    def total_days(self) -> int:
        return len(self.days)

    @property
    def ends_at(self) -> datetime:
        return self.session_at + timedelta(hours=self.hours)

    @property
    def active(self) -> bool:
        return self.day is not None


def _p(routine_id: str, label: str, note: str) -> SuggestedPractice:
    return SuggestedPractice(routine_id, label, note)


_EASY = _p(
    "easy-pace",
    "Easy pace breathing",
    "Slow, easy breathing with a longer out-breath, lying or seated, no holds.",
)
_LETTING_GO = _p(
    "pmr-7",
    "Letting go, seven groups",
    "Muscle relaxation with letting go only: nothing is tightened today.",
)
_PMR = _p(
    "pmr-7",
    "Muscle relaxation, seven groups",
    "Gentle muscle relaxation, at about half effort and never to the point of pain.",
)
_SCAN_3 = _p("body-scan-3", "Body scan, 3 minutes", "A short body scan, lying or seated.")
_SCAN_10 = _p("body-scan-10", "Body scan, 10 minutes", "A body scan, lying or seated.")
_SCAN_20 = _p("body-scan-20", "Body scan, 20 minutes", "A longer body scan, if you would like one.")
_LYING = _p("movement-lying", "Gentle movement, lying", "Small movements lying down.")
_SEATED = _p("seated-gentle-movement", "Gentle movement, seated", "Small movements in a chair.")
_SIGHING = _p(
    "cyclic-sighing",
    "Cyclic sighing",
    "Two easy breaths in through the nose and a long, slow breath out.",
)

# (heading, text, practices) for the first 24 hours, for day 2 (or day 1 after a night's
# sleep) and for day 3 onwards: a little more choice each day, all of it lying or seated.
_FIRST_DAY = (
    "Rest and letting go",
    "For the first 24 hours, or until you have slept: lying or seated practice only, no breath "
    "holds, letting go without tightening, and body scans of up to 10 minutes.",
    (_EASY, _LETTING_GO, _SCAN_10, _LYING),
)
_SECOND_DAY = (
    "Gentle and easy",
    "Short, gentle practice, lying or seated, whenever it suits you.",
    (_EASY, _SIGHING, _SCAN_10, _PMR, _SEATED),
)
_LATER_DAY = (
    "A little more choice",
    "Choose what feels right today. Everything here is optional.",
    (_EASY, _SIGHING, _SCAN_20, _PMR, _SEATED, _LYING),
)


def check_hours(hours: int) -> int:
    """``hours`` if it is a whole number from 24 to 168, else ValueError."""
    if isinstance(hours, bool) or not isinstance(hours, int):
        raise ValueError(f"the integration length must be a whole number of hours, got {hours!r}")
    if not MIN_INTEGRATION_HOURS <= hours <= MAX_INTEGRATION_HOURS:
        raise ValueError(
            f"the integration length must be {MIN_INTEGRATION_HOURS}-{MAX_INTEGRATION_HOURS} "
            f"hours, got {hours}"
        )
    return hours


def _day(number: int, starts_at: datetime, ends_at: datetime, stage: int) -> PlanDay:
    heading, text, practices = (_FIRST_DAY, _SECOND_DAY, _LATER_DAY)[stage - 1]
    reminder = NO_DRIVE_REMINDER if stage == 1 else ""
    return PlanDay(number, starts_at, ends_at, heading, text, practices, reminder)


def integration_plan(
    session_at: datetime,
    now: datetime,
    hours: int = DEFAULT_INTEGRATION_HOURS,
    *,
    slept: bool = False,
) -> IntegrationPlan:
    """The day-by-day plan after the session at ``session_at``, seen at ``now``.

    ``slept``: the person confirmed a night's sleep since this session, which lifts the
    first-24-hour limits early. Both times must carry a time zone.
    """
    hours = check_hours(hours)
    if session_at.utcoffset() is None or now.utcoffset() is None:
        raise ValueError("integration times must carry a time zone")
    ends_at = session_at + timedelta(hours=hours)
    total = math.ceil(hours / 24)
    days = tuple(
        _day(
            n,
            session_at + timedelta(hours=24 * (n - 1)),
            min(ends_at, session_at + timedelta(hours=24 * n)),
            min(n, 3),
        )
        for n in range(1, total + 1)
    )
    elapsed_h = (now - session_at).total_seconds() / 3600.0
    if not 0 <= elapsed_h < hours:
        return IntegrationPlan(session_at, now, hours, slept, None, False, days, None)
    number = int(elapsed_h // 24) + 1
    restricted = elapsed_h < RESTRICTED_HOURS and not slept
    today = days[number - 1]
    if number == 1 and not restricted:
        # Slept within the first 24 hours: day 1 still, with the second day's choice.
        today = _day(1, today.starts_at, today.ends_at, 2)
    return IntegrationPlan(session_at, now, hours, slept, number, restricted, days, today)


# -- flare day and "I feel dizzy" -----------------------------------------------------------------


def flare_active(iso_date: str | None, today: date) -> bool:
    """Whether a flare day switched on at ``iso_date`` (``YYYY-MM-DD``) still holds ``today``.

    A flare day lasts for the local day it was switched on; anything unreadable is "off".
    """
    if not iso_date:
        return False
    try:
        return date.fromisoformat(iso_date) == today
    except ValueError:
        return False


def dizzy_count_7d(times: Iterable[datetime], now: datetime) -> int:
    """How many "I feel dizzy" presses fell in the 7 days up to ``now`` (more than 7 x 24 h
    before ``now`` does not count; a time after ``now`` does not either)."""
    return sum(1 for t in times if now - DIZZY_WINDOW < t <= now)


def recent_dizzy(times: Iterable[datetime], now: datetime) -> list[datetime]:
    """The presses worth keeping: the last 30 days up to ``now``, oldest first."""
    return sorted(t for t in times if now - DIZZY_KEEP < t <= now)


# -- the next-morning movement check -----------------------------------------------------------

CheckStatus = Literal["waiting", "due", "expired"]


def movement_check_due(finished_at: datetime) -> datetime:
    """When to ask how the body is after a movement session that ended at ``finished_at``:
    05:00 on the next calendar day, in ``finished_at``'s time zone."""
    if finished_at.tzinfo is None:
        raise ValueError("the session end must carry a time zone")
    next_day = finished_at.date() + timedelta(days=1)
    return datetime.combine(next_day, MORNING_CHECK_FROM, tzinfo=finished_at.tzinfo)


def movement_check_status(due: datetime, now: datetime) -> CheckStatus:
    """``waiting`` before ``due``; ``due`` from then until that day ends (asked the next time
    the app is open that day, ideally in the morning); ``expired`` afterwards, when "this
    morning compared with before yesterday's movement" no longer fits."""
    if now < due:
        return "waiting"
    day_end = datetime.combine(due.date() + timedelta(days=1), time(0), tzinfo=due.tzinfo)
    return "due" if now < day_end else "expired"
