"""The history store: round trips, refusals, durability, private file modes and migrations."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from somatic_player.history import schema
from somatic_player.history import store as store_module
from somatic_player.history.store import (
    DB_FILE_NAME,
    SCHEMA_VERSION,
    CheckIn,
    Store,
    StoreError,
    default_path,
    from_iso,
    to_iso,
)

START = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)


class FakeClock:
    """Each reading is one minute after the last."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        current = self.now
        self.now += timedelta(minutes=1)
        return current


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / DB_FILE_NAME


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, clock=FakeClock()) as opened:
        yield opened


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip_of_a_whole_session(db_path: Path) -> None:
    with Store.open(db_path, clock=FakeClock()) as store:
        before = store.add_checkin("before", 6, 7)
        session = store.start_session("easy-pace", "1", {"bpm": 6.0, "minutes": 5})
        store.end_session(session, "completed")
        after = store.add_checkin("after", 4, 3, session_id=session)
        entry = store.add_journal(
            "What do you notice in your body right now?", "Warm hands.", session_id=session
        )
        stopped = store.start_session("pmr-7")
        store.end_session(stopped, "stopped", "felt dizzy")
        store.add_checkin("standalone", skipped=True)

    with Store.open(db_path) as reopened:
        sessions = reopened.sessions()
        assert [s.routine_id for s in sessions] == ["easy-pace", "pmr-7"]
        first = sessions[0]
        assert first.routine_version == "1"
        assert first.params == {"bpm": 6.0, "minutes": 5}
        assert first.started_at == START + timedelta(minutes=1)
        assert first.ended_at == START + timedelta(minutes=2)
        assert (first.outcome, first.stop_reason) == ("completed", None)
        assert (sessions[1].outcome, sessions[1].stop_reason) == ("stopped", "felt dizzy")
        assert sessions[1].params == {}

        checkins = reopened.checkins()
        assert checkins[:2] == [before, after]
        assert before == CheckIn(before.id, None, "before", START, 6, 7, False)
        assert checkins[2].skipped and checkins[2].pain_now is None
        assert reopened.checkins(session) == [after]
        assert reopened.journal_entries() == [entry]
        assert entry.text == "Warm hands." and entry.session_id == session


def test_timestamps_are_stored_as_iso_8601_utc(store: Store, db_path: Path) -> None:
    store.add_checkin("standalone", 3, None)
    raw = sqlite3.connect(db_path).execute("SELECT taken_at FROM checkins").fetchone()[0]
    assert raw == "2026-11-25T08:30:00.000Z"
    assert from_iso(raw) == START


def test_local_times_are_converted_to_utc() -> None:
    local = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert to_iso(local) == "2026-11-25T08:30:00.000Z"
    with pytest.raises(ValueError, match="time zone"):
        to_iso(datetime(2026, 11, 25, 9, 30))


def test_a_clock_without_a_time_zone_is_refused(db_path: Path) -> None:
    with (
        Store.open(db_path, clock=lambda: datetime(2026, 1, 1)) as store,
        pytest.raises(ValueError),
    ):
        store.add_checkin("standalone", 1, 1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"pain_now": 11}, "pain_now must be from 0 to 10, got 11"),
        ({"pain_now": -1}, "pain_now must be from 0 to 10, got -1"),
        ({"tension": 11}, "tension must be from 0 to 10, got 11"),
        ({"pain_now": 4.5}, "pain_now must be a whole number"),
        ({"pain_now": True}, "pain_now must be a whole number"),
        ({"pain_now": 3, "skipped": True}, "a skipped check-in has no ratings"),
        ({}, "needs at least one rating"),
    ],
)
def test_bad_checkins_are_refused(store: Store, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        store.add_checkin("standalone", **kwargs)  # type: ignore[arg-type]
    assert store.checkins() == []


def test_bad_moment_and_session_links_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="moment"):
        store.add_checkin("during", 3, 3)  # type: ignore[arg-type]
    session = store.start_session("easy-pace")
    with pytest.raises(ValueError, match="standalone"):
        store.add_checkin("standalone", 3, 3, session_id=session)
    with pytest.raises(ValueError, match="FOREIGN KEY"):
        store.add_checkin("before", 3, 3, session_id=session + 99)
    with pytest.raises(ValueError, match="FOREIGN KEY"):
        store.add_journal("prompt", "text", session_id=session + 99)
    assert store.checkins() == [] and store.journal_entries() == []


def test_the_table_itself_refuses_out_of_range_ratings(store: Store, db_path: Path) -> None:
    """Another writer (an importer, a future bug) cannot store what the methods refuse."""
    conn = sqlite3.connect(db_path)
    insert = (
        "INSERT INTO checkins (moment, taken_at, pain_now, tension, skipped) VALUES (?,?,?,?,?)"
    )
    for row in [
        ("standalone", "2026-11-25T08:30:00.000Z", 11, None, 0),
        ("standalone", "2026-11-25T08:30:00.000Z", None, -1, 0),
        ("standalone", "2026-11-25T08:30:00.000Z", "seven", None, 0),
        ("standalone", "2026-11-25T08:30:00.000Z", 3.5, None, 0),
        ("standalone", "2026-11-25T08:30:00.000Z", 3, None, 1),
        ("standalone", "2026-11-25T08:30:00.000Z", None, None, 0),
        ("whenever", "2026-11-25T08:30:00.000Z", 3, None, 0),
    ]:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert, row)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO sessions (routine_id, started_at, ended_at, outcome) VALUES (?,?,?,?)",
            ("x", "2026-11-25T08:30:00.000Z", "2026-11-25T08:35:00.000Z", "abandoned"),
        )
    conn.close()


def test_ending_sessions_is_checked(store: Store) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        store.end_session(42, "completed")
    session = store.start_session("easy-pace")
    with pytest.raises(ValueError, match="stop reason"):
        store.end_session(session, "completed", "bored")
    with pytest.raises(ValueError, match="outcome"):
        store.end_session(session, "paused")  # type: ignore[arg-type]
    store.end_session(session, "completed")
    with pytest.raises(StoreError, match="already ended"):
        store.end_session(session, "stopped")
    [record] = store.sessions()
    assert record.outcome == "completed"


def test_a_running_session_has_no_end(store: Store) -> None:
    store.start_session("pmr-7", params={"groups": 7})
    [record] = store.sessions()
    assert (record.ended_at, record.outcome, record.stop_reason) == (None, None, None)


def test_latest_checkin_skips_skips_unless_asked(store: Store) -> None:
    assert store.latest_checkin() is None
    rated = store.add_checkin("before", 5, None)
    skipped = store.add_checkin("after", skipped=True)
    assert store.latest_checkin() == rated
    assert store.latest_checkin(include_skipped=True) == skipped


def test_a_checkin_is_committed_when_add_checkin_returns(store: Store, db_path: Path) -> None:
    """Another connection (another process) sees it at once: nothing waits in a transaction."""
    saved = store.add_checkin("standalone", 2, 8)
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT id, pain_now, tension FROM checkins").fetchall() == [
        (saved.id, 2, 8)
    ]
    other.close()


def test_durability_settings(store: Store, db_path: Path) -> None:
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.in_transaction is False


def test_app_state_round_trip(store: Store, db_path: Path) -> None:
    assert store.get_state("first_run.acknowledged_revision") is None
    assert store.get_state("missing", "fallback") == "fallback"
    store.set_state("first_run.acknowledged_revision", "1")
    store.set_state("first_run.acknowledged_revision", "2")
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.get_state("first_run.acknowledged_revision") == "2"


def test_journal_text_is_kept_exactly_and_bounded(store: Store) -> None:
    text = "Line one\n  indented, with ümlauts and emoji 🌿\n"
    entry = store.add_journal("Where does it feel a little easier?", text)
    assert store.journal_entries()[0].text == text == entry.text
    with pytest.raises(ValueError, match="at most"):
        store.add_journal("prompt", "x" * (store_module.MAX_TEXT_CHARS + 1))


def test_folder_and_files_are_private(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_checkin("standalone", 1, 1)
        assert _mode(db_path.parent) == 0o700
        assert _mode(db_path) == 0o600
        for suffix in ("-wal", "-shm"):  # SQLite gives them the database file's mode
            assert _mode(db_path.with_name(db_path.name + suffix)) == 0o600, suffix


def test_an_existing_loose_file_is_tightened(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700)
    db_path.touch(mode=0o644)
    db_path.chmod(0o644)
    Store.open(db_path).close()
    assert _mode(db_path) == 0o600


def test_default_path_is_in_the_private_user_home(tmp_path: Path) -> None:
    path = default_path()
    assert path.name == DB_FILE_NAME
    with Store.open() as store:
        assert store.path == path
    assert _mode(path) == 0o600


def test_schema_version_is_recorded(store: Store, db_path: Path) -> None:
    assert SCHEMA_VERSION == len(store_module.MIGRATIONS) == 2
    assert store.user_version == SCHEMA_VERSION
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("PRAGMA application_id").fetchone()[0] == store_module.APPLICATION_ID
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {
        "sessions",
        "checkins",
        "checkin_regions",
        "journal",
        "peg3",
        "ketamine_sessions",
        "app_state",
    }
    assert set(store_module.TABLES) == tables
    conn.close()


def test_reopening_does_not_migrate_again(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.set_state("k", "v")
    with Store.open(db_path) as store:
        assert store.get_state("k") == "v"
        assert store.user_version == SCHEMA_VERSION


def test_a_newer_database_is_refused_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    conn.close()


def test_a_later_migration_step_upgrades_an_existing_database(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        store.add_checkin("standalone", 4, 2)

    def backfill(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE checkins SET note = 'from v1'")

    later = ("ALTER TABLE checkins ADD COLUMN note TEXT", backfill)
    monkeypatch.setattr(schema, "MIGRATIONS", (*store_module.MIGRATIONS, later))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(db_path) as store:
        assert store.user_version == SCHEMA_VERSION + 1
        assert store._conn.execute("SELECT pain_now, note FROM checkins").fetchall() == [
            (4, "from v1")
        ]


def test_a_failing_migration_leaves_the_old_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(db_path).close()
    broken = ("ALTER TABLE checkins ADD COLUMN note TEXT", "THIS IS NOT SQL")
    monkeypatch.setattr(schema, "MIGRATIONS", (*store_module.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [r[1] for r in conn.execute("PRAGMA table_info(checkins)")]
    assert "note" not in columns
    conn.close()


def test_a_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o700)
    db_path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot use the history database"):
        Store.open(db_path)
