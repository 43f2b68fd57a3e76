"""Integration days after a logged ketamine-assisted session, flare days, the dizzy count and
the next-morning movement check: the date rules, with hand-computed times (CONTENT.md)."""

from __future__ import annotations

import ast
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from somatic_player.core import integration
from somatic_player.core.integration import (
    NO_DRIVE_REMINDER,
    check_hours,
    dizzy_count_7d,
    flare_active,
    integration_plan,
    movement_check_due,
    movement_check_status,
    recent_dizzy,
)
from somatic_player.core.preferences import DEFAULTS, bounds
from somatic_player.resources import scripts_dir

SESSION = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
H = timedelta(hours=1)
MIN = timedelta(minutes=1)

# Lying or seated content, no holds, scans of at most 10 minutes (CONTENT.md: first 24 h).
FIRST_DAY_ALLOWED = {
    "easy-pace",
    "pmr-7",
    "pmr-4",
    "body-scan-3",
    "body-scan-10",
    "movement-lying",
    "seated-gentle-movement",
}


def at(hours: float, minutes: float = 0) -> datetime:
    return SESSION + timedelta(hours=hours, minutes=minutes)


# -- days -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "day"),
    [
        (at(0), 1),
        (at(23, 59), 1),
        (at(24), 2),
        (at(47, 59), 2),
        (at(48), 3),
        (at(71, 59), 3),
    ],
)
def test_days_are_24_hour_blocks_from_the_session(now: datetime, day: int) -> None:
    plan = integration_plan(SESSION, now)
    assert (plan.day, plan.total_days, plan.active) == (day, 3, True)
    assert plan.today is not None and plan.today.number == day


def test_the_72_hour_period_ends_exactly_72_hours_after_the_session() -> None:
    plan = integration_plan(SESSION, at(72))
    assert (plan.day, plan.active, plan.today, plan.restricted) == (None, False, None, False)
    assert plan.ends_at == datetime(2026, 3, 13, 10, 0, tzinfo=UTC)


def test_no_integration_day_before_the_session_time() -> None:
    plan = integration_plan(SESSION, SESSION - MIN)
    assert plan.day is None and not plan.restricted


def test_days_run_back_to_back_and_end_with_the_period() -> None:
    days = integration_plan(SESSION, at(1)).days
    assert [d.starts_at for d in days] == [SESSION, at(24), at(48)]
    assert [d.ends_at for d in days] == [at(24), at(48), at(72)]


def test_length_is_configurable_and_a_short_last_day_ends_with_the_period() -> None:
    plan = integration_plan(SESSION, at(30), 36)
    assert (plan.day, plan.total_days) == (2, 2)
    assert plan.days[-1].ends_at == at(36)
    assert not integration_plan(SESSION, at(36), 36).active
    week = integration_plan(SESSION, at(167, 59), 168)
    assert (week.day, week.total_days) == (7, 7)
    assert integration_plan(SESSION, at(24), 24).day is None


@pytest.mark.parametrize("bad", [23, 169, 0, True, 72.0])
def test_length_outside_24_to_168_whole_hours_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="integration length"):
        check_hours(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        integration_plan(SESSION, at(1), bad)  # type: ignore[arg-type]


def test_length_bounds_and_default_come_from_the_preferences() -> None:
    assert DEFAULTS.integration_hours == 72
    assert bounds("integration_hours") == (24, 168)
    assert (integration.MIN_INTEGRATION_HOURS, integration.MAX_INTEGRATION_HOURS) == (24, 168)
    assert integration.DEFAULT_INTEGRATION_HOURS == 72


def test_times_without_a_zone_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        integration_plan(SESSION.replace(tzinfo=None), at(1))


def test_days_count_from_the_session_in_any_time_zone() -> None:
    plus2 = timezone(timedelta(hours=2))
    session = datetime(2026, 3, 10, 22, 0, tzinfo=plus2)  # late evening, local
    next_evening = datetime(2026, 3, 11, 21, 59, tzinfo=plus2)
    assert integration_plan(session, next_evening).day == 1
    assert integration_plan(session, next_evening.astimezone(UTC)).day == 1
    assert integration_plan(session, next_evening + MIN).day == 2


# -- the first 24 hours ------------------------------------------------------------------------


def test_first_24_hours_are_restricted_until_slept() -> None:
    assert integration_plan(SESSION, at(0)).restricted
    assert integration_plan(SESSION, at(23, 59)).restricted
    assert not integration_plan(SESSION, at(24)).restricted
    assert not integration_plan(SESSION, at(10), slept=True).restricted


def test_no_drive_reminder_on_the_session_day_only() -> None:
    plan = integration_plan(SESSION, at(2))
    assert plan.today is not None and plan.today.reminder == NO_DRIVE_REMINDER
    assert NO_DRIVE_REMINDER == "Please do not drive today and follow your clinic's advice."
    assert [d.reminder for d in plan.days] == [NO_DRIVE_REMINDER, "", ""]
    later = integration_plan(SESSION, at(30)).today
    assert later is not None and later.reminder == ""


def test_first_day_suggests_only_lying_or_seated_short_practice() -> None:
    plan = integration_plan(SESSION, at(1))
    assert plan.today is not None
    ids = {p.routine_id for p in plan.today.practices}
    assert ids <= FIRST_DAY_ALLOWED
    assert {"easy-pace", "pmr-7"} <= ids  # breathing and release-only muscle relaxation
    assert "movement-lying" in ids or "seated-gentle-movement" in ids
    pmr = next(p for p in plan.today.practices if p.routine_id == "pmr-7")
    assert "letting go" in pmr.label.lower() and "letting go only" in pmr.note


def test_later_days_offer_a_little_more_choice() -> None:
    days = integration_plan(SESSION, at(1)).days
    counts = [len(d.practices) for d in days]
    assert counts[0] < counts[1] < counts[2]
    assert all(p.routine_id != "movement-standing" for d in days for p in d.practices)


def test_after_a_night_s_sleep_day_1_offers_the_second_day_s_choice_without_the_reminder() -> None:
    plan = integration_plan(SESSION, at(20), slept=True)
    assert plan.day == 1 and plan.today is not None
    assert plan.today.reminder == ""
    assert plan.today.practices == plan.days[1].practices
    assert plan.today.ends_at == at(24)  # still day 1 on the clock
    assert plan.days[0].reminder == NO_DRIVE_REMINDER  # the plan itself is unchanged


def test_every_suggested_routine_is_in_the_library() -> None:
    shipped = {p.stem for p in scripts_dir().glob("*.toml")}
    plan = integration_plan(SESSION, at(1), 168)
    suggested = {p.routine_id for d in plan.days for p in d.practices}
    assert suggested and suggested <= shipped, suggested - shipped


_CLAIMS = re.compile(
    r"\b(treat\w*|cur(e|es|ed|ing)|heal\w*|reduc\w* pain|clinically proven|therapeutic\w*|"
    r"diagnos\w*|better|more effective|window|optimal)\b",
    re.IGNORECASE,
)


def test_no_text_claims_practice_in_this_period_works_better() -> None:
    source = integration.__file__
    with open(source, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    doc_ids = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    texts = [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in doc_ids
    ]
    assert any("lying or seated" in t for t in texts)  # the walk did reach the wording
    for text in texts:
        assert not _CLAIMS.search(text), text


# -- flare day and "I feel dizzy" -----------------------------------------------------------------


def test_a_flare_day_holds_only_for_the_day_it_was_set() -> None:
    assert flare_active("2026-03-10", date(2026, 3, 10))
    assert not flare_active("2026-03-10", date(2026, 3, 11))
    assert not flare_active("2026-03-09", date(2026, 3, 10))


@pytest.mark.parametrize("stored", [None, "", "yes", "2026-13-40"])
def test_an_unset_or_unreadable_flare_day_is_off(stored: str | None) -> None:
    assert not flare_active(stored, date(2026, 3, 10))


def test_dizzy_count_looks_back_seven_days() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert dizzy_count_7d([now - timedelta(days=1), now - timedelta(days=6, hours=23)], now) == 2
    assert dizzy_count_7d([now - timedelta(days=8), now], now) == 1  # 8 days apart
    assert dizzy_count_7d([now - timedelta(days=7)], now) == 0  # exactly 7 x 24 h ago: out
    assert dizzy_count_7d([now - timedelta(days=7) + MIN], now) == 1
    assert dizzy_count_7d([now + MIN], now) == 0  # not yet
    assert dizzy_count_7d([], now) == 0


def test_dizzy_presses_are_kept_for_30_days_oldest_first() -> None:
    now = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)
    times = [now, now - timedelta(days=29), now - timedelta(days=31), now - timedelta(days=30)]
    assert recent_dizzy(times, now) == [now - timedelta(days=29), now]


# -- the next-morning movement check -----------------------------------------------------------

CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("finished", "due"),
    [
        (datetime(2026, 3, 10, 18, 30, tzinfo=CET), datetime(2026, 3, 11, 5, 0, tzinfo=CET)),
        (datetime(2026, 3, 10, 0, 30, tzinfo=CET), datetime(2026, 3, 11, 5, 0, tzinfo=CET)),
        (datetime(2026, 3, 31, 23, 59, tzinfo=CET), datetime(2026, 4, 1, 5, 0, tzinfo=CET)),
    ],
)
def test_movement_check_is_due_at_5_the_next_local_morning(
    finished: datetime, due: datetime
) -> None:
    assert movement_check_due(finished) == due
    assert movement_check_due(finished).utcoffset() == timedelta(hours=1)


def test_movement_check_is_asked_all_that_day_then_expires() -> None:
    due = datetime(2026, 3, 11, 5, 0, tzinfo=CET)
    assert movement_check_status(due, due - MIN) == "waiting"
    assert movement_check_status(due, due) == "due"
    assert movement_check_status(due, datetime(2026, 3, 11, 11, 59, tzinfo=CET)) == "due"
    assert movement_check_status(due, datetime(2026, 3, 11, 23, 59, tzinfo=CET)) == "due"
    assert movement_check_status(due, datetime(2026, 3, 12, 0, 0, tzinfo=CET)) == "expired"
    # The same moment seen from another zone is the same answer.
    assert movement_check_status(due, datetime(2026, 3, 11, 22, 59, tzinfo=UTC)) == "due"
    assert movement_check_status(due, datetime(2026, 3, 11, 23, 0, tzinfo=UTC)) == "expired"


def test_movement_check_needs_a_zone() -> None:
    with pytest.raises(ValueError):
        movement_check_due(datetime(2026, 3, 10, 18, 30))
