"""Every earlier schema version upgrades to the current one with its rows intact.

Each earlier version is built the way that version of the app built it: by running
``MIGRATIONS[:n]`` directly on a fresh file, then filling it with rows that version could hold.
A new schema version must add a builder here (the first test fails until it does).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from somatic_player.core.checkin import BodyMapRatings
from somatic_player.history import schema
from somatic_player.history.store import SCHEMA_VERSION, CheckIn, Store, StoreError
from tests.history.helpers import V1_TIME, SetClock, body, build, fill_v1


def check_v1_rows(store: Store) -> None:
    first, second = store.sessions()
    assert (first.id, first.routine_id, first.params, first.outcome) == (
        1,
        "easy-pace",
        {"minutes": 5},
        "completed",
    )
    assert (first.title, first.kind, first.minutes) == ("", "", 6.0)
    assert (second.routine_id, second.ended_at, second.minutes) == ("pmr-7", None, None)
    checkins = store.checkins()
    assert [(c.id, c.session_id, c.moment, c.pain_now, c.tension, c.skipped) for c in checkins] == [
        (1, 1, "before", 6, 7, False),
        (2, 1, "after", 4, None, False),
        (3, None, "standalone", None, None, True),
        (7, None, "standalone", None, 2, False),
    ]
    assert all(c.body is None for c in checkins)
    assert checkins[0].taken_at == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    [entry] = store.journal_entries()
    assert (entry.session_id, entry.text) == (1, "warm")
    assert store.get_state("first_run.done") == "1"


FILLERS: dict[int, tuple[Callable[[sqlite3.Connection], None], Callable[[Store], None]]] = {
    1: (fill_v1, check_v1_rows),
}


def test_every_earlier_version_has_a_builder() -> None:
    assert set(FILLERS) == set(range(1, SCHEMA_VERSION))


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_earlier_database_upgrades_with_its_rows(db_path: Path, version: int) -> None:
    fill, check = FILLERS[version]
    conn = build(db_path, version)
    fill(conn)
    conn.close()
    with Store.open(db_path, clock=SetClock()) as store:
        assert store.user_version == SCHEMA_VERSION
        check(store)
        # The new features work on the upgraded file, next to the old rows.
        sid = store.start_session("pmr-7", routine_title="Muscle relaxation", kind="pmr")
        saved = store.add_checkin("before", 5, None, session_id=sid, body=body((218, 6)))
        no_pain = store.add_checkin(
            "after", 0, 0, session_id=sid, body=BodyMapRatings(no_pain=True)
        )
        assert store.checkins(sid) == [saved, no_pain]
        assert saved.id > 7  # ids continue after the old ones
        assert store.add_peg3(6, 7, 4).score == 5.7
        store.log_ketamine_session(datetime(2026, 11, 20, 10, tzinfo=UTC))
        assert store.latest_ketamine_session() is not None
        assert store.sessions(kind="pmr")[0].id == sid
        assert len(store.load_history().checkins) == 6
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()


def test_the_upgraded_tables_still_refuse_what_version_1_refused(db_path: Path) -> None:
    conn = build(db_path, 1)
    fill_v1(conn)
    conn.close()
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    insert = (
        "INSERT INTO checkins (session_id, moment, taken_at, pain_now, tension, skipped)"
        " VALUES (?, ?, ?, ?, ?, ?)"
    )
    for row in [
        (None, "standalone", V1_TIME, 11, None, 0),
        (None, "standalone", V1_TIME, None, None, 0),
        (None, "standalone", V1_TIME, 3, None, 1),
        (1, "standalone", V1_TIME, 3, None, 0),
        (99, "before", V1_TIME, 3, None, 0),
        (None, "whenever", V1_TIME, 3, None, 0),
    ]:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert, row)
    conn.close()


def test_a_failed_upgrade_leaves_version_1_untouched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = build(db_path, 1)
    fill_v1(conn)
    conn.close()
    broken = (*schema.MIGRATIONS[1], "THIS IS NOT SQL")
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    with pytest.raises(StoreError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"sessions", "checkins", "journal", "app_state"}
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 4
    conn.close()
    monkeypatch.undo()
    with Store.open(db_path) as store:  # the real upgrade still works afterwards
        check_v1_rows(store)


def test_a_fresh_database_is_created_at_the_current_version(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.user_version == SCHEMA_VERSION
        saved = store.add_checkin("standalone", 3, 3, body=body((101, 2)))
        assert store.checkins() == [saved]
        assert isinstance(saved, CheckIn)
