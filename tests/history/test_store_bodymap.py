"""Schema 2 in the store: body maps with check-ins (atomic), sessions with kind, PEG-3,
ketamine session times, time-range queries, imports and deleting everything."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from somatic_player.core.checkin import QUALITIES, BodyMapRatings, RegionRating
from somatic_player.history.records import (
    QUALITY_BITS,
    CheckIn,
    JournalEntry,
    KetamineSession,
    Peg3Entry,
    SessionRecord,
    decode_qualities,
    encode_qualities,
)
from somatic_player.history.store import RECORD_TABLES, TABLES, Store
from tests.history.helpers import T0, SetClock, body


def test_region_ratings_round_trip_with_qualities_and_worst(store: Store, db_path: Path) -> None:
    rated = BodyMapRatings.of(
        [
            RegionRating(218, 7, frozenset({"aching", "stiff"}), worst=True),
            RegionRating(219, 5, frozenset({"burning"})),
            RegionRating(205, 0),
            RegionRating(101, 10, frozenset(QUALITY_BITS)),
        ]
    )
    saved = store.add_checkin("standalone", 6, 4, body=rated)
    assert saved.body == rated
    store.close()
    with Store.open(db_path) as reopened:
        [loaded] = reopened.checkins()
        assert loaded == saved
        assert loaded.body is not None
        assert loaded.body.regions[218].qualities == {"aching", "stiff"}
        assert loaded.body.worst == 218
        assert loaded.body.regions[205].rating == 0
        assert loaded.body.regions[101].qualities == frozenset(QUALITY_BITS)
        assert reopened.latest_checkin() == saved


def test_no_pain_unanswered_and_empty_maps(store: Store) -> None:
    no_pain = store.add_checkin("standalone", 0, 1, body=BodyMapRatings(no_pain=True))
    unanswered = store.add_checkin("standalone", 3, None)
    empty = store.add_checkin("standalone", 3, None, body=BodyMapRatings())
    assert no_pain.body == BodyMapRatings(no_pain=True)
    assert unanswered.body is None and empty.body is None  # an empty map is "not answered"
    loaded = store.checkins()
    assert [c.body for c in loaded] == [BodyMapRatings(no_pain=True), None, None]


def test_a_body_map_alone_is_an_answer(store: Store) -> None:
    only_map = store.add_checkin("standalone", body=body((218, 4)))
    assert (only_map.pain_now, only_map.tension, only_map.skipped) == (None, None, False)
    assert store.latest_checkin() == only_map
    with pytest.raises(ValueError, match="a skipped check-in has no ratings"):
        store.add_checkin("standalone", skipped=True, body=body((218, 4)))
    with pytest.raises(ValueError, match="needs at least one rating"):
        store.add_checkin("standalone", body=BodyMapRatings())


def test_the_checkin_and_its_regions_are_one_transaction(store: Store, db_path: Path) -> None:
    """If one region row fails, the check-in row is not stored either."""
    other = sqlite3.connect(db_path)
    other.execute(
        "CREATE TRIGGER refuse_219 BEFORE INSERT ON checkin_regions WHEN NEW.code = 219"
        " BEGIN SELECT RAISE(ABORT, 'test refuses 219'); END"
    )
    other.close()
    with pytest.raises(ValueError, match="test refuses 219"):
        store.add_checkin("standalone", 5, 5, body=body((218, 6), (219, 4), (220, 1)))
    assert store.checkins() == []
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM checkin_regions").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 0
    conn.close()
    assert store._conn.in_transaction is False
    saved = store.add_checkin("standalone", 5, 5, body=body((218, 6)))  # still usable
    assert store.checkins() == [saved]


def test_regions_are_committed_when_add_checkin_returns(store: Store, db_path: Path) -> None:
    saved = store.add_checkin("standalone", 2, 8, body=body((218, 6), (205, 3)))
    other = sqlite3.connect(db_path)
    rows = other.execute(
        "SELECT checkin_id, code, rating FROM checkin_regions ORDER BY code"
    ).fetchall()
    assert rows == [(saved.id, 205, 3), (saved.id, 218, 6)]
    other.close()
    assert store._conn.in_transaction is False


def test_the_tables_refuse_bad_region_rows(store: Store, db_path: Path) -> None:
    rated = store.add_checkin("standalone", 3, None, body=body((218, 6)))
    plain = store.add_checkin("standalone", 3, None)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    insert = "INSERT INTO checkin_regions (checkin_id, code, rating, qualities, worst) VALUES"
    for row in [
        (rated.id, 137, 3, 0, 0),  # not a region
        (rated.id, 200, 3, 0, 0),
        (rated.id, 219, 11, 0, 0),  # rating out of range
        (rated.id, 219, 2.5, 0, 0),
        (rated.id, 219, 3, 1 << len(QUALITY_BITS), 0),  # unknown quality bit
        (rated.id, 219, 3, 0, 2),
        (rated.id, 218, 3, 0, 0),  # the same region twice
        (plain.id, 219, 3, 0, 0),  # the check-in's map was not answered
        (9999, 219, 3, 0, 0),  # no such check-in
    ]:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"{insert} (?, ?, ?, ?, ?)", row)
    conn.execute(f"{insert} (?, 219, 3, 0, 1)", (rated.id,))
    with pytest.raises(sqlite3.IntegrityError):  # a second worst area
        conn.execute(f"{insert} (?, 220, 3, 0, 1)", (rated.id,))
    with pytest.raises(sqlite3.IntegrityError, match="keeps its rated body map"):
        conn.execute("UPDATE checkins SET body_map = 'no-pain' WHERE id = ?", (rated.id,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO checkins (moment, taken_at, skipped, body_map)"
            " VALUES ('standalone', '2026-11-25T08:30:00.000Z', 1, 'regions')"
        )
    conn.close()


def test_quality_masks_round_trip() -> None:
    assert set(QUALITY_BITS) == set(QUALITIES)  # a new quality needs a new (appended) bit
    assert encode_qualities(frozenset()) == 0
    assert encode_qualities(frozenset({"aching"})) == 1
    assert encode_qualities(frozenset({"stiff"})) == 1 << 11
    for mask in (0, 1, 5, 1234, 4095):
        assert encode_qualities(decode_qualities(mask)) == mask
    with pytest.raises(ValueError):
        decode_qualities(4096)


def test_latest_checkin_with_body_is_the_last_answered_map(store: Store) -> None:
    assert store.latest_checkin_with_body() is None
    mapped = store.add_checkin("before", 5, 5, body=body((218, 6)))
    store.add_checkin("after", 3, 3)
    store.add_checkin("standalone", skipped=True)
    assert store.latest_checkin_with_body() == mapped
    latest = store.latest_checkin()
    assert latest is not None and latest.body is None
    no_pain = store.add_checkin("standalone", 0, 0, body=BodyMapRatings(no_pain=True))
    assert store.latest_checkin_with_body() == no_pain


def test_sessions_carry_title_kind_and_minutes(store: Store, clock: SetClock) -> None:
    clock.at(T0)
    sid = store.start_session(
        "pmr-7", "1.0", {"groups": 7}, routine_title="Muscle relaxation", kind="pmr"
    )
    clock.at(T0 + timedelta(minutes=22, seconds=30))
    store.end_session(sid, "completed")
    running = store.start_session("easy-pace")
    first, second = store.sessions()
    assert (first.title, first.kind, first.minutes) == ("Muscle relaxation", "pmr", 22.5)
    assert (second.title, second.kind, second.minutes) == ("", "", None)
    assert store.session(running) == second
    assert store.session(9999) is None
    assert [s.id for s in store.sessions(kind="pmr")] == [sid]
    for bad in ("PMR", "body scan", "x" * 41, "pmr1"):
        with pytest.raises(ValueError, match="lowercase letters and hyphens"):
            store.start_session("x", kind=bad)
    with pytest.raises(ValueError, match="at most 200"):
        store.start_session("x", routine_title="t" * 201)


def test_time_range_queries_include_since_and_exclude_until(store: Store, clock: SetClock) -> None:
    days = [T0 + timedelta(days=i) for i in range(4)]
    for day in days:
        clock.at(day)
        sid = store.start_session("easy-pace", kind="breathing")
        store.add_checkin("before", 5, 5, session_id=sid, body=body((218, 5)))
        store.add_journal("prompt", f"day {day.day}")
        store.add_peg3(5, 5, 5)
        store.log_ketamine_session(day - timedelta(hours=2))
    since, until = days[1], days[3]
    checkins = store.checkins(since=since, until=until)
    assert [c.taken_at.day for c in checkins] == [days[1].day, days[2].day]
    assert all(c.body == body((218, 5)) for c in checkins)
    assert [s.started_at for s in store.sessions(since=since, until=until)] == days[1:3]
    assert [j.text for j in store.journal_entries(since=since, until=until)] == [
        f"day {days[1].day}",
        f"day {days[2].day}",
    ]
    assert len(store.peg3_entries(since=since, until=until)) == 2
    assert [k.at for k in store.ketamine_sessions(since=since, until=until)] == [
        days[2] - timedelta(hours=2),
        days[3] - timedelta(hours=2),
    ]
    assert len(store.checkins(since=since)) == 3 and len(store.checkins(until=since)) == 1
    first_session = store.sessions()[0].id
    assert [c.session_id for c in store.checkins(first_session)] == [first_session]


def test_many_checkins_with_bodies_load_through_one_join(store: Store, clock: SetClock) -> None:
    """Past 500 rated check-ins the regions are read with a join instead of an IN list."""
    clock.at(T0)
    saved = [
        store.add_checkin("standalone", i % 11, None, body=body((218, i % 11), (219, 1)))
        for i in range(520)
    ]
    assert store.checkins() == saved
    assert store.checkins(since=saved[10].taken_at, until=saved[20].taken_at) == saved[10:20]


def test_peg3_round_trip_and_score(store: Store) -> None:
    assert store.latest_peg3() is None
    first = store.add_peg3(6, 7, 4)
    assert first.score == 5.7
    second = store.add_peg3(2, 2, 3)
    assert store.peg3_entries() == [first, second]
    assert store.latest_peg3() == second
    with pytest.raises(ValueError, match="PEG activity must be from 0 to 10, got 11"):
        store.add_peg3(1, 1, 11)


def test_ketamine_sessions_are_logged_with_their_own_time(store: Store) -> None:
    assert store.latest_ketamine_session() is None
    later = store.log_ketamine_session(datetime(2026, 11, 20, 10, 0, tzinfo=UTC), "clinic")
    earlier = store.log_ketamine_session(datetime(2026, 10, 1, 10, 0, tzinfo=UTC))
    assert store.ketamine_sessions() == [earlier, later]
    assert store.latest_ketamine_session() == later
    assert later.note == "clinic" and later.logged_at == T0
    with pytest.raises(ValueError, match="time zone"):
        store.log_ketamine_session(datetime(2026, 11, 20, 10, 0))
    with pytest.raises(ValueError, match="at most"):
        store.log_ketamine_session(T0, "n" * 2001)


def test_new_tables_refuse_bad_rows(store: Store, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    for sql, args in [
        ("INSERT INTO peg3 (taken_at, pain, enjoyment, activity) VALUES (?,?,?,?)",
         ("2026-11-25T08:30:00.000Z", 11, 1, 1)),
        ("INSERT INTO peg3 (taken_at, pain, enjoyment, activity) VALUES (?,?,?,?)",
         ("25/11/2026", 1, 1, 1)),
        ("INSERT INTO ketamine_sessions (at, note, logged_at) VALUES (?,?,?)",
         ("2026-11-25 08:30", "", "2026-11-25T08:30:00.000Z")),
        ("INSERT INTO sessions (routine_id, started_at, kind) VALUES (?,?,?)",
         ("x", "2026-11-25T08:30:00.000Z", "Breathing")),
    ]:  # fmt: skip
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(sql, args)
    conn.close()


def test_import_records_links_by_the_given_ids(store: Store) -> None:
    store.add_checkin("standalone", 1, 1)  # existing rows: imported ids are new ones
    start = T0 + timedelta(days=1)
    session = SessionRecord(
        70, "pmr-7", "1", {}, start, start + timedelta(minutes=20), "completed", None, "PMR", "pmr"
    )
    before = CheckIn(500, 70, "before", start, 6, 5, False, body((218, 6)))
    after = CheckIn(501, 70, "after", start + timedelta(minutes=21), 4, 3, False, None)
    note = JournalEntry(9, 70, start + timedelta(minutes=22), "prompt", "text")
    counts = store.import_records(
        sessions=[session],
        checkins=[before, after],
        journal=[note],
        peg3=[Peg3Entry(1, start, 6, 7, 4)],
        ketamine=[KetamineSession(1, start - timedelta(days=1), "", start)],
        state={"demo_data": "x"},
    )
    assert counts == {
        "sessions": 1,
        "checkins": 2,
        "journal": 1,
        "peg3": 1,
        "ketamine_sessions": 1,
        "checkin_regions": 1,
    }
    [stored_session] = store.sessions()
    stored = store.checkins(stored_session.id)
    assert [c.pain_now for c in stored] == [6, 4]
    assert stored[0].body == body((218, 6))
    assert {c.id for c in stored}.isdisjoint({500, 501})
    assert store.journal_entries()[0].session_id == stored_session.id
    assert store.get_state("demo_data") == "x"


def test_import_records_stores_nothing_if_anything_is_refused(store: Store) -> None:
    session = SessionRecord(1, "easy-pace", "", {}, T0, None, None, None)
    good = CheckIn(1, 1, "before", T0, 5, 5, False)
    orphan = CheckIn(2, 99, "after", T0, 5, 5, False)
    with pytest.raises(ValueError, match="session 99"):
        store.import_records(sessions=[session], checkins=[good, orphan])
    bad = CheckIn(3, None, "standalone", T0, 12, None, False)
    with pytest.raises(ValueError, match="pain_now must be from 0 to 10"):
        store.import_records(sessions=[session], checkins=[good, bad])
    clash = [Peg3Entry(1, T0, 1, 1, 1), Peg3Entry(2, T0.replace(tzinfo=None), 1, 1, 1)]
    with pytest.raises(ValueError, match="time zone"):
        store.import_records(sessions=[session], checkins=[good], peg3=clash)
    assert not store.has_records()


def test_delete_all_empties_every_table_and_the_files(store: Store, db_path: Path) -> None:
    secret = "a sentence that must not survive deletion"
    sid = store.start_session("easy-pace", kind="breathing")
    store.add_checkin("before", 5, 5, session_id=sid, body=body((218, 6)))
    store.add_journal("prompt", secret, session_id=sid)
    store.add_peg3(1, 2, 3)
    store.log_ketamine_session(T0)
    store.set_state("first_run.acknowledged_revision", "1")
    assert store.has_records()
    store.delete_all()
    assert not store.has_records()
    conn = sqlite3.connect(db_path)
    for table in TABLES:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    conn.close()
    for suffix in ("", "-wal"):
        file = db_path.with_name(db_path.name + suffix)
        if file.exists():
            assert secret.encode() not in file.read_bytes(), suffix
    assert set(RECORD_TABLES) < set(TABLES)
    store.add_checkin("standalone", 1, 1)  # still a working store
    assert len(store.checkins()) == 1
