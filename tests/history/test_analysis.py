"""The history view's numbers, against values worked out by hand."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from somatic_player.core.checkin import BodyMapRatings
from somatic_player.history import analysis
from somatic_player.history.analysis import WeekComparison
from somatic_player.history.snapshot import History
from somatic_player.history.store import CheckIn, Store
from tests.history.helpers import T0, SetClock, body

VERDICTS = ("improv", "better", "worse", "good", "bad", "success", "fail")


def day(n: int, hour: int = 8) -> datetime:
    return T0.replace(hour=hour) + timedelta(days=n)


def history(store: Store) -> History:
    return store.load_history(tz=UTC)


def session(
    store: Store,
    clock: SetClock,
    when: datetime,
    routine: str,
    kind: str,
    before: tuple[int | None, int | None],
    after: tuple[int | None, int | None] | None,
    *,
    minutes: float = 10,
    before_map: BodyMapRatings | None = None,
    after_map: BodyMapRatings | None = None,
    title: str = "",
) -> int:
    clock.at(when)
    sid = store.start_session(routine, routine_title=title, kind=kind)
    store.add_checkin("before", *before, session_id=sid, body=before_map)
    clock.at(when + timedelta(minutes=minutes))
    store.end_session(sid, "completed")
    if after is not None:
        if after == (None, None) and after_map is None:
            store.add_checkin("after", skipped=True, session_id=sid)
        else:
            store.add_checkin("after", *after, session_id=sid, body=after_map)
    return sid


def standalone(
    store: Store, clock: SetClock, when: datetime, pain: int | None, tension: int | None = None
) -> CheckIn:
    clock.at(when)
    return store.add_checkin("standalone", pain, tension)


# -- sessions -----------------------------------------------------------------------------------


def test_session_changes_pair_before_and_after(store: Store, clock: SetClock) -> None:
    a = session(store, clock, day(0), "easy-pace", "breathing", (6, 5), (4, 2), title="Easy pace")
    b = session(store, clock, day(1), "pmr-7", "pmr", (5, 5), (None, None), minutes=20)
    clock.at(day(2))
    running = store.start_session("easy-pace", kind="breathing")
    changes = analysis.session_changes(history(store))
    assert [c.session_id for c in changes] == [a, b, running]
    first, second, third = changes
    assert (first.pain_before, first.pain_after, first.pain_points) == (6, 4, -2)
    assert first.pain_percent == pytest.approx(-33.333, abs=1e-3)
    assert first.tension_points == -3
    assert first.describe() == "Pain 6 to 4 (-2 points, -33%)"
    assert first.describe("tension") == "Tension 5 to 2 (-3 points, -60%)"
    assert (first.title, first.kind, first.minutes, first.outcome) == (
        "Easy pace",
        "breathing",
        10.0,
        "completed",
    )
    assert first.started_at == day(0)
    assert (second.pain_before, second.pain_after, second.pain_points) == (5, None, None)
    assert second.describe() is None and second.minutes == 20.0
    assert (third.outcome, third.minutes, third.pain_before) == ("running", None, None)


def test_a_rise_from_zero_has_points_but_no_percent(store: Store, clock: SetClock) -> None:
    session(store, clock, day(0), "easy-pace", "breathing", (0, 0), (2, 0))
    [change] = analysis.session_changes(history(store))
    assert change.pain_points == 2 and change.pain_percent is None
    assert change.describe() == "Pain 0 to 2 (+2 points)"


# -- daily means --------------------------------------------------------------------------------


def test_daily_means_and_the_7_day_average(store: Store, clock: SetClock) -> None:
    standalone(store, clock, day(0, 8), 4, 2)
    standalone(store, clock, day(0, 20), 6, None)
    standalone(store, clock, day(2), 8, 6)
    clock.at(day(3))
    store.add_checkin("standalone", skipped=True)  # a skip is no rating
    daily = analysis.daily_series(history(store))
    assert daily.dates() == [date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)]
    np.testing.assert_allclose(daily.pain, [5.0, np.nan, 8.0])
    np.testing.assert_allclose(daily.tension, [2.0, np.nan, 6.0])
    np.testing.assert_allclose(daily.pain_7d, [5.0, 5.0, 6.5])
    np.testing.assert_allclose(daily.tension_7d, [2.0, 2.0, 4.0])
    assert daily.checkins.tolist() == [2, 0, 1]


def test_the_7_day_average_forgets_the_eighth_day(store: Store, clock: SetClock) -> None:
    for n, pain in enumerate([10, 2, 2, 2, 2, 2, 2, 2]):
        standalone(store, clock, day(n), pain)
    daily = analysis.daily_series(history(store))
    assert daily.pain_7d[6] == pytest.approx(22 / 7)  # (10 + 6 * 2) / 7
    assert daily.pain_7d[7] == pytest.approx(2.0)


def test_days_follow_the_local_calendar(store: Store, clock: SetClock) -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    # 23:30 UTC on 28 March 2026 is 00:30 on the 29th in Berlin (UTC+1, before the switch);
    # 22:30 UTC on 29 March is 00:30 on the 30th (UTC+2, after it).
    for when in (
        datetime(2026, 3, 28, 22, 30, tzinfo=UTC),
        datetime(2026, 3, 28, 23, 30, tzinfo=UTC),
        datetime(2026, 3, 29, 21, 59, tzinfo=UTC),
        datetime(2026, 3, 29, 22, 30, tzinfo=UTC),
    ):
        standalone(store, clock, when, 3)
    days = [date.fromordinal(d) for d in store.load_history(tz=berlin).checkins.day.tolist()]
    assert days == [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 29), date(2026, 3, 30)]
    utc_days = [date.fromordinal(d) for d in history(store).checkins.day.tolist()]
    assert utc_days == [date(2026, 3, 28), date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 29)]


# -- the noticeable-change note -----------------------------------------------------------------


def _two_weeks(
    store: Store, clock: SetClock, previous: list[list[int]], current: list[list[int]]
) -> History:
    """Ratings per day: 7 days of ``previous`` then 7 days of ``current``."""
    for n, ratings in enumerate(previous + current):
        for k, pain in enumerate(ratings):
            standalone(store, clock, day(n, 8 + k), pain)
    return history(store)


def test_exactly_2_points_at_more_than_30_percent_is_noticeable(
    store: Store, clock: SetClock
) -> None:
    h = _two_weeks(store, clock, [[5]] * 7, [[3]] * 7)
    comparison = analysis.compare_weeks(h)
    assert comparison is not None
    assert (comparison.previous, comparison.current, comparison.points) == (5.0, 3.0, -2.0)
    assert comparison.percent == pytest.approx(-40.0)
    assert comparison.noticeable
    note = analysis.noticeable_change(h)
    assert note == "Your 7-day average pain moved from 5.0 to 3.0 (-2.0 points, -40%)."


def test_just_under_2_points_is_not_noticeable(store: Store, clock: SetClock) -> None:
    h = _two_weeks(store, clock, [[5]] * 7, [[3]] * 6 + [[4]])
    comparison = analysis.compare_weeks(h)
    assert comparison is not None and comparison.points == pytest.approx(22 / 7 - 5)
    assert abs(comparison.percent or 0) > 30
    assert not comparison.noticeable and analysis.noticeable_change(h) is None


def test_exactly_30_percent_with_more_than_2_points_is_noticeable(
    store: Store, clock: SetClock
) -> None:
    h = _two_weeks(store, clock, [[10]] * 7, [[7]] * 7)
    assert analysis.noticeable_change(h) == (
        "Your 7-day average pain moved from 10.0 to 7.0 (-3.0 points, -30%)."
    )


def test_just_under_30_percent_is_not_noticeable(store: Store, clock: SetClock) -> None:
    # 9 -> 6.5: 2.5 points but 27.8 %. One day holds two ratings (6 and 7, mean 6.5).
    h = _two_weeks(store, clock, [[9]] * 7, [[6], [7], [6], [7], [6], [7], [6, 7]])
    comparison = analysis.compare_weeks(h)
    assert comparison is not None
    assert comparison.current == pytest.approx(6.5) and comparison.points == pytest.approx(-2.5)
    assert comparison.percent == pytest.approx(-27.78, abs=0.01)
    assert analysis.noticeable_change(h) is None


def test_a_rise_is_described_the_same_way(store: Store, clock: SetClock) -> None:
    h = _two_weeks(store, clock, [[3]] * 7, [[5]] * 7)
    note = analysis.noticeable_change(h)
    assert note == "Your 7-day average pain moved from 3.0 to 5.0 (+2.0 points, +67%)."
    assert not any(word in note.lower() for word in VERDICTS)


def test_the_note_needs_three_days_in_each_week(store: Store, clock: SetClock) -> None:
    h = _two_weeks(store, clock, [[8]] * 7, [[2], [2], [], [], [], [], []])
    assert analysis.compare_weeks(h) is None
    standalone(store, clock, day(13), 2)  # a third day in the latest week
    assert analysis.noticeable_change(history(store)) is not None


def test_the_note_can_describe_tension_and_any_end_day(store: Store, clock: SetClock) -> None:
    for n in range(21):
        standalone(store, clock, day(n), 5, 8 if n < 7 else 4)
    h = history(store)
    assert analysis.noticeable_change(h, "pain") is None
    assert analysis.noticeable_change(h, "tension") is None  # the last 14 days are all 4
    note = analysis.noticeable_change(h, "tension", end_day=date(2026, 11, 15))
    assert note == "Your 7-day average tension moved from 8.0 to 4.0 (-4.0 points, -50%)."


def test_the_sentence_of_the_design_example() -> None:
    comparison = WeekComparison("pain", date(2026, 11, 25), 6.1, 3.9, 3.9 - 6.1, -36.07, True)
    assert comparison.sentence == (
        "Your 7-day average pain moved from 6.1 to 3.9 (-2.2 points, -36%)."
    )


# -- practice minutes ---------------------------------------------------------------------------


def test_minutes_per_iso_week_with_empty_weeks(store: Store, clock: SetClock) -> None:
    # 2 Nov 2026 is the Monday of ISO week 45; 8 Nov its Sunday; 16 Nov starts week 47.
    session(
        store,
        clock,
        datetime(2026, 11, 2, 7, tzinfo=UTC),
        "easy-pace",
        "breathing",
        (5, 5),
        None,
        minutes=10,
    )
    session(
        store,
        clock,
        datetime(2026, 11, 8, 21, tzinfo=UTC),
        "pmr-7",
        "pmr",
        (5, 5),
        None,
        minutes=5.5,
    )
    session(
        store,
        clock,
        datetime(2026, 11, 16, 7, tzinfo=UTC),
        "pmr-7",
        "pmr",
        (5, 5),
        None,
        minutes=20,
    )
    clock.at(datetime(2026, 11, 17, tzinfo=UTC))
    store.start_session("easy-pace", kind="breathing")  # never ended: not counted
    weeks = analysis.practice_minutes_by_week(history(store))
    assert weeks.labels() == ["2026-W45", "2026-W46", "2026-W47"]
    np.testing.assert_allclose(weeks.minutes, [15.5, 0.0, 20.0])
    assert weeks.sessions.tolist() == [2, 0, 1]
    assert date.fromordinal(int(weeks.week_starts[0])) == date(2026, 11, 2)
    pmr_only = analysis.practice_minutes_by_week(history(store).select(kind="pmr"))
    np.testing.assert_allclose(pmr_only.minutes, [5.5, 0.0, 20.0])


# -- body maps ----------------------------------------------------------------------------------


@pytest.fixture
def maps(store: Store, clock: SetClock) -> History:
    """Three answered maps, one unanswered, in sessions of two kinds."""
    session(
        store, clock, day(0), "easy-pace", "breathing", (6, 5), (4, 4),
        before_map=body((218, 6), (219, 4)), after_map=body((218, 4)),
    )  # fmt: skip
    session(
        store, clock, day(1), "pmr-7", "pmr", (7, 6), (5, 4),
        before_map=body((218, 8)), after_map=body((218, 6), (205, 2)),
    )  # fmt: skip
    session(store, clock, day(2), "pmr-7", "pmr", (5, 5), (5, 5), before_map=body((101, 0)))
    clock.at(day(3))
    store.add_checkin("standalone", 0, 0, body=BodyMapRatings(no_pain=True))
    return history(store)


def test_widespreadness_counts_regions_above_zero(maps: History) -> None:
    series = analysis.widespreadness(maps)
    # before/after of session 1, of session 2, before of session 3 (101 rated 0), no pain.
    assert series.values.tolist() == [2, 1, 1, 2, 0, 0]
    assert len(series.times_s) == 6
    assert series.times_s[0] == day(0).timestamp() + 1  # 1 s after the session start


def test_region_trend_counts_an_unrated_region_as_zero(maps: History) -> None:
    assert analysis.region_trend(maps, 218).values.tolist() == [6, 4, 8, 6, 0, 0]
    assert analysis.region_trend(maps, 205).values.tolist() == [0, 0, 0, 2, 0, 0]
    with pytest.raises(ValueError, match="not a CHOIR"):
        analysis.region_trend(maps, 300)


def test_heatmaps_mean_and_latest(maps: History) -> None:
    mean = analysis.region_heatmap(maps)
    assert mean.maps == 6 and len(mean.values) == 74
    assert mean.values[218] == pytest.approx(24 / 6)
    assert mean.values[219] == pytest.approx(4 / 6)
    assert mean.rated.keys() == {218, 219, 205}
    latest = analysis.region_heatmap(maps, "latest")
    assert latest.maps == 1 and latest.rated == {}  # the latest map said "no pain"
    two_days = analysis.region_heatmap(maps.select(until=day(2, 0)), "latest")
    assert two_days.rated == {218: 6.0, 205: 2.0}
    with pytest.raises(ValueError):
        analysis.region_heatmap(maps, "max")  # type: ignore[arg-type]


def test_before_after_maps_use_sessions_with_both(maps: History) -> None:
    pair = analysis.before_after_maps(maps)
    assert pair.sessions == 2
    assert pair.before.rated == {218: 7.0, 219: 2.0}
    assert pair.after.rated == {218: 5.0, 205: 1.0}
    pmr = analysis.before_after_maps(maps.select(kind="pmr"))
    assert pmr.sessions == 1 and pmr.before.rated == {218: 8.0}


def test_select_by_kind_and_range_keeps_regions_with_their_checkins(maps: History) -> None:
    pmr = maps.select(kind="pmr")
    assert len(pmr.checkins) == 4 and len(pmr.sessions) == 2  # the standalone one drops out
    assert analysis.region_trend(pmr, 218).values.tolist() == [8, 6, 0]
    later = maps.select(since=day(1, 0), until=day(3, 0))
    assert analysis.widespreadness(later).values.tolist() == [1, 2, 0]
    assert later.select(kind="breathing").checkins.id.tolist() == []
    assert later.since == day(1, 0) and later.until == day(3, 0)


# -- what seems to help -------------------------------------------------------------------------


def test_what_seems_to_help_averages_per_routine_and_kind(store: Store, clock: SetClock) -> None:
    session(
        store, clock, day(0), "easy-pace", "breathing", (6, 6), (4, 3), title="Easy pace breathing"
    )
    session(
        store, clock, day(1), "easy-pace", "breathing", (5, 5), (5, 5), title="Easy pace breathing"
    )
    session(
        store,
        clock,
        day(2),
        "pmr-7",
        "pmr",
        (7, 7),
        (4, 4),
        title="Muscle relaxation, seven groups",
    )
    session(
        store,
        clock,
        day(3),
        "seated-gentle-movement",
        "movement",
        (3, 3),
        (4, None),
        title="Gentle movement, seated",
    )
    session(store, clock, day(4), "pmr-7", "pmr", (7, 7), (None, None))  # no after: left out
    summaries = analysis.what_seems_to_help(history(store))
    routines = [s for s in summaries if s.group == "routine"]
    kinds = [s for s in summaries if s.group == "kind"]
    assert [(s.key, s.sessions, s.mean_points) for s in routines] == [
        ("easy-pace", 2, -1.0),
        ("seated-gentle-movement", 1, 1.0),
        ("pmr-7", 1, -3.0),
    ]
    assert routines[0].mean_tension_points == -1.5
    assert routines[1].mean_tension_points is None
    assert [(s.label, s.sessions) for s in kinds] == [
        ("Breathing", 2),
        ("Gentle movement", 1),
        ("Muscle relaxation", 1),
    ]
    assert routines[0].sentence == (
        "Easy pace breathing: on average your pain rating was 1.0 points lower after practice "
        "than before (2 sessions)."
    )
    assert routines[1].sentence == (
        "Gentle movement, seated: on average your pain rating was 1.0 points higher after "
        "practice than before (1 session)."
    )
    for s in summaries:
        assert not any(word in s.sentence.lower() for word in VERDICTS), s.sentence
    assert [s.key for s in analysis.what_seems_to_help(history(store), min_sessions=2)] == [
        "easy-pace",
        "breathing",
    ]


def test_no_change_is_said_plainly(store: Store, clock: SetClock) -> None:
    session(store, clock, day(0), "easy-pace", "breathing", (5, 5), (5, 5), title="Easy pace")
    [routine, _kind] = analysis.what_seems_to_help(history(store))
    assert routine.sentence == (
        "Easy pace: on average your pain rating was about the same after practice as before "
        "(1 session)."
    )


def test_peg3_scores(store: Store, clock: SetClock) -> None:
    clock.at(day(0))
    store.add_peg3(6, 7, 4)
    clock.at(day(7))
    store.add_peg3(4, 4, 5)
    times, scores = analysis.peg3_scores(history(store))
    assert scores == [5.7, 4.3] and times == [day(0), day(7)]


# -- empty history ------------------------------------------------------------------------------


def test_an_empty_history_gives_empty_answers(store: Store) -> None:
    h = history(store)
    assert analysis.session_changes(h) == []
    assert len(analysis.daily_series(h).days) == 0
    assert analysis.compare_weeks(h) is None and analysis.noticeable_change(h) is None
    assert len(analysis.practice_minutes_by_week(h).minutes) == 0
    assert len(analysis.widespreadness(h).values) == 0
    assert analysis.region_heatmap(h).rated == {} and analysis.region_heatmap(h).maps == 0
    assert analysis.before_after_maps(h).sessions == 0
    assert analysis.what_seems_to_help(h) == []


def test_day_start_epoch_seconds() -> None:
    days = np.array([date(2026, 11, 2).toordinal()])
    assert analysis.day_start_epoch_s(days, UTC).tolist() == [
        datetime(2026, 11, 2, tzinfo=UTC).timestamp()
    ]
    assert math.isfinite(analysis.day_start_epoch_s(days)[0])
