"""The bulk loader agrees with the record API, and demo data is plausible, marked and careful."""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from somatic_player.history import analysis
from somatic_player.history.demo import (
    DEMO_STATE_KEY,
    ROUTINES,
    DemoDataRefused,
    build_demo,
    fill_demo,
)
from somatic_player.history.records import encode_qualities
from somatic_player.history.snapshot import AFTER, BEFORE, BODY_STATES, MOMENTS, epoch_ms
from somatic_player.history.store import Store
from tests.history.helpers import SetClock

END = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("demo") / "history.sqlite3"
    with Store.open(path, clock=SetClock(END)) as store:
        fill_demo(store, days=120, seed=3, end=END, tz=UTC)
        yield store


def test_the_bulk_columns_match_the_records(demo_store: Store) -> None:
    h = demo_store.load_history(tz=UTC)
    records = demo_store.checkins()
    c = h.checkins
    assert c.id.tolist() == [r.id for r in records]
    assert c.time_ms.tolist() == [epoch_ms(r.taken_at) for r in records]
    for i, r in enumerate(records):
        assert MOMENTS[c.moment[i]] == r.moment
        assert (r.pain_now is None) == math.isnan(c.pain[i])
        assert r.pain_now is None or c.pain[i] == r.pain_now
        assert (r.tension is None) == math.isnan(c.tension[i])
        assert bool(c.skipped[i]) == r.skipped
        assert c.session_id[i] == (r.session_id or 0)
        state = BODY_STATES[c.body[i]]
        if r.body is None:
            assert state == "unanswered"
        else:
            assert state == ("no-pain" if r.body.no_pain else "regions")
        rows = np.flatnonzero(h.regions.row == i)
        got = {
            int(h.regions.code[j]): (
                int(h.regions.rating[j]),
                int(h.regions.qualities[j]),
                bool(h.regions.worst[j]),
            )
            for j in rows
        }
        want = {
            code: (x.rating, encode_qualities(x.qualities), x.worst)
            for code, x in (r.body.regions.items() if r.body else [])
        }
        assert got == want, r.id
    assert np.all(np.diff(h.regions.row) >= 0)  # grouped by check-in
    sessions = demo_store.sessions()
    assert h.sessions.id.tolist() == [s.id for s in sessions]
    assert h.sessions.kind == tuple(s.kind for s in sessions)
    for i, s in enumerate(sessions):
        minutes = h.sessions.minutes[i]
        assert (s.minutes is None and math.isnan(minutes)) or minutes == pytest.approx(s.minutes)
    assert list(h.peg3) == demo_store.peg3_entries()
    assert list(h.ketamine) == demo_store.ketamine_sessions()


def test_a_range_loaded_from_the_database_equals_a_range_selected(demo_store: Store) -> None:
    since, until = END - timedelta(days=40), END - timedelta(days=10)
    loaded = demo_store.load_history(since=since, until=until, tz=UTC)
    selected = demo_store.load_history(tz=UTC).select(since=since, until=until)
    for part in ("checkins", "regions", "sessions"):
        a, b = getattr(loaded, part), getattr(selected, part)
        for name, value in vars(a).items():
            other = vars(b)[name]
            if isinstance(value, np.ndarray):
                np.testing.assert_array_equal(value, other, err_msg=f"{part}.{name}")
            else:
                assert value == other, f"{part}.{name}"
    assert loaded.peg3 == selected.peg3 and loaded.ketamine == selected.ketamine
    assert len(loaded.checkins) < len(demo_store.checkins())


def test_stored_times_convert_to_exact_milliseconds(tmp_path: Path) -> None:
    clock = SetClock(datetime(2031, 7, 4, 23, 59, 59, 999_000, tzinfo=UTC), timedelta(
        milliseconds=7
    ))  # fmt: skip
    with Store.open(tmp_path / "h.sqlite3", clock=clock) as store:
        saved = [store.add_checkin("standalone", 1, None) for _ in range(300)]
        h = store.load_history(tz=UTC)
    assert h.checkins.time_ms.tolist() == [epoch_ms(c.taken_at) for c in saved]


def test_demo_data_is_plausible(demo_store: Store) -> None:
    checkins = demo_store.checkins()
    sessions = demo_store.sessions()
    assert 1.7 <= len(checkins) / 120 <= 2.3  # about two check-ins a day
    assert 0.85 <= len(sessions) / 120 <= 1.05  # a session on most days
    assert {s.routine_id for s in sessions} == {r[0] for r in ROUTINES}
    assert {s.kind for s in sessions} == {"breathing", "pmr", "movement"}
    assert all(s.title for s in sessions)
    rated = [c.body for c in checkins if c.body is not None and not c.body.no_pain]
    per_map = statistics.mean(len(b.regions) for b in rated)
    assert 6 <= per_map <= 10
    together = Counter(
        (218 in b.regions or 219 in b.regions, 205 in b.regions or 206 in b.regions) for b in rated
    )
    assert together[(True, True)] > together[(False, True)]  # clusters, not random regions
    assert any(b.worst is not None for b in rated)
    assert any(r.qualities for b in rated for r in b.regions.values())
    changes = analysis.session_changes(demo_store.load_history(tz=UTC))
    points = [s.pain_points for s in changes if s.pain_points is not None]
    assert -1.5 < statistics.mean(points) < -0.2  # small average reductions ...
    assert any(p > 0 for p in points) and any(p == 0 for p in points)  # ... with noise
    assert any(s.outcome == "stopped" and s.stop_reason for s in sessions)
    assert all(s.ended_at is not None for s in sessions)
    peg3 = demo_store.peg3_entries()
    assert 16 <= len(peg3) <= 18
    assert all(b.taken_at - a.taken_at == timedelta(days=7) for a, b in itertools.pairwise(peg3))
    assert len(demo_store.ketamine_sessions()) == 2
    assert 0 < len(demo_store.journal_entries()) < 15
    assert max(c.taken_at for c in checkins) <= END
    assert demo_store.get_state(DEMO_STATE_KEY) == "2026-11-25T20:00:00.000Z"
    before_after = [c.moment for c in checkins if c.session_id]
    assert before_after.count("before") >= before_after.count("after") > 0
    h = demo_store.load_history(tz=UTC)
    assert (h.checkins.moment == BEFORE).sum() >= (h.checkins.moment == AFTER).sum()


def test_the_same_seed_gives_the_same_history() -> None:
    a = build_demo(30, seed=11, end=END, tz=UTC)
    b = build_demo(30, seed=11, end=END, tz=UTC)
    c = build_demo(30, seed=12, end=END, tz=UTC)
    assert a == b
    assert a.checkins != c.checkins
    with pytest.raises(ValueError, match="days must be from 1"):
        build_demo(0, end=END)


def test_demo_data_never_mixes_silently_with_real_records(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", clock=SetClock(END)) as store:
        store.add_checkin("standalone", 4, 4)
        with pytest.raises(DemoDataRefused, match="already holds your own records"):
            fill_demo(store, days=10, end=END)
        assert len(store.checkins()) == 1 and store.get_state(DEMO_STATE_KEY) is None
        counts = fill_demo(store, days=10, end=END, force=True)
        assert counts["checkins"] > 10
        assert store.get_state(DEMO_STATE_KEY) is not None
    with Store.open(tmp_path / "demo.sqlite3", clock=SetClock(END)) as store:
        fill_demo(store, days=10, end=END)
        with pytest.raises(DemoDataRefused, match="already holds demo data"):
            fill_demo(store, days=10, end=END)


def test_demo_data_ends_now_by_default(tmp_path: Path) -> None:
    with Store.open(tmp_path / "h.sqlite3", clock=SetClock(END)) as store:
        fill_demo(store, days=3)
        assert max(c.taken_at for c in store.checkins()) <= END
        assert min(c.taken_at for c in store.checkins()) >= END - timedelta(days=3)
