"""Backups are single private files; restores refuse anything that is not ours and leave the
current history untouched when they do."""

from __future__ import annotations

import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from somatic_player.history.backup import restore_database
from somatic_player.history.store import APPLICATION_ID, SCHEMA_VERSION, Store, StoreError
from tests.history.helpers import T0, SetClock, body, build, fill_v1


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _fill(store: Store, label: str) -> None:
    sid = store.start_session("easy-pace", routine_title="Easy pace", kind="breathing")
    store.add_checkin("before", 6, 5, session_id=sid, body=body((218, 6), (219, 4)))
    store.end_session(sid, "completed")
    store.add_journal("prompt", label, session_id=sid)
    store.add_peg3(6, 7, 4)


def _snapshot(path: Path) -> tuple[bytes, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, text FROM journal ORDER BY id").fetchall()
    conn.close()
    return path.read_bytes(), rows


@pytest.fixture
def backup_file(tmp_path: Path, store: Store) -> Path:
    _fill(store, "from the backup")
    out = tmp_path / "backups" / "history-backup.sqlite3"
    out.parent.mkdir()
    store.backup_to(out)
    return out


def test_a_backup_is_one_private_consistent_file(backup_file: Path, store: Store) -> None:
    assert _mode(backup_file) == 0o600
    siblings = sorted(p.name for p in backup_file.parent.iterdir())
    assert siblings == [backup_file.name]  # no -wal, -shm or temporary file left
    conn = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("SELECT count(*) FROM checkin_regions").fetchone()[0] == 2
    conn.close()
    assert store._conn.in_transaction is False


def test_a_backup_replaces_an_older_backup_atomically(backup_file: Path, store: Store) -> None:
    store.add_journal("prompt", "written later")
    store.backup_to(backup_file)
    with Store.open(backup_file) as copy:
        assert [j.text for j in copy.journal_entries()] == ["from the backup", "written later"]


def test_a_backup_never_overwrites_the_live_database(store: Store, db_path: Path) -> None:
    before = db_path.read_bytes()
    for target in (db_path, db_path.with_name(db_path.name + "-wal")):
        with pytest.raises(StoreError, match="cannot replace the history database itself"):
            store.backup_to(target)
    assert db_path.read_bytes() == before
    with pytest.raises(StoreError, match="does not exist"):
        store.backup_to(db_path.parent / "missing" / "b.sqlite3")


def test_backup_and_restore_round_trip(
    backup_file: Path, store: Store, db_path: Path, clock: SetClock
) -> None:
    store.add_journal("prompt", "written after the backup")
    store.close()
    clock.at(T0 + timedelta(days=3))
    with Store.restore_from(backup_file, db_path, clock=clock) as restored:
        assert [j.text for j in restored.journal_entries()] == ["from the backup"]
        [checkin] = restored.checkins()
        assert checkin.body == body((218, 6), (219, 4))
        assert restored.sessions()[0].kind == "breathing"
        assert restored.latest_peg3() is not None
        restored.add_checkin("standalone", 1, 1)  # writable, WAL again
        assert restored._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _mode(db_path) == 0o600
    [aside] = db_path.parent.glob("history.sqlite3.before-restore-*")
    assert aside.name == "history.sqlite3.before-restore-20261105T080000Z"
    assert _mode(aside) == 0o600
    with Store.open(aside) as old:
        assert [j.text for j in old.journal_entries()] == [
            "from the backup",
            "written after the backup",
        ]
    assert not db_path.with_name(db_path.name + "-journal").exists()


def test_restore_into_a_new_place(backup_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "fresh" / "history.sqlite3"
    assert restore_database(backup_file, target, now=T0) is None
    with Store.open(target) as restored:
        assert [j.text for j in restored.journal_entries()] == ["from the backup"]
    assert _mode(target.parent) == 0o700


def test_restore_twice_in_the_same_second_keeps_both_old_files(
    backup_file: Path, store: Store, db_path: Path
) -> None:
    store.close()
    first = restore_database(backup_file, db_path, now=T0)
    second = restore_database(backup_file, db_path, now=T0)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.exists()


def test_a_version_1_backup_is_migrated_on_restore(tmp_path: Path, db_path: Path) -> None:
    old = tmp_path / "v1.sqlite3"
    conn = build(old, 1)
    fill_v1(conn)
    conn.close()
    with Store.restore_from(old, db_path) as restored:
        assert restored.user_version == SCHEMA_VERSION
        assert len(restored.checkins()) == 4
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the source is untouched
    conn.close()


def _refused(source: Path, target: Path, message: str) -> None:
    before = _snapshot(target)
    with pytest.raises(StoreError, match=message):
        restore_database(source, target, now=T0)
    assert _snapshot(target) == before
    leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == [] and not list(target.parent.glob("*.before-restore-*"))


@pytest.fixture
def current(store: Store, db_path: Path) -> Path:
    _fill(store, "current")
    store.close()
    return db_path


def test_restore_refuses_a_missing_file(current: Path, tmp_path: Path) -> None:
    _refused(tmp_path / "nope.sqlite3", current, "no such file")


def test_restore_refuses_a_file_that_is_not_sqlite(current: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "notes.txt"
    garbage.write_text("these are not the droids\n" * 100)
    _refused(garbage, current, "not an SQLite database")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    _refused(empty, current, "not an SQLite database")


def test_restore_refuses_another_programs_database(current: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.commit()
    conn.close()
    _refused(other, current, "not a Somatic Player history database")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    _refused(other, current, "belongs to another program")
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    _refused(other, current, "missing app_state, checkins, journal, sessions")


def test_restore_refuses_a_newer_schema(backup_file: Path, current: Path) -> None:
    conn = sqlite3.connect(backup_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    _refused(backup_file, current, "newer version of Somatic Player")


def test_restore_refuses_a_damaged_file(backup_file: Path, current: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    for offset in range(page + 200, len(data), page):  # scribble over every page but the first
        data[offset : offset + 300] = b"\xa5" * 300
    backup_file.write_bytes(bytes(data))
    _refused(backup_file, current, "damaged")


def test_restore_refuses_to_replace_a_history_in_use(backup_file: Path, db_path: Path) -> None:
    """``store`` (from the fixture) still has the database open, as a running app would."""
    before = _snapshot(db_path)
    with pytest.raises(StoreError, match="in use"):
        restore_database(backup_file, db_path, now=T0)
    assert _snapshot(db_path) == before
    assert not list(db_path.parent.glob("*.before-restore-*"))


def test_restore_refuses_the_history_itself(current: Path) -> None:
    _refused(current, current, "the history database itself")


def test_a_damaged_current_history_is_kept_aside_and_replaced(
    backup_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "broken" / "history.sqlite3"
    target.parent.mkdir(mode=0o700)
    target.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    aside = restore_database(backup_file, target, now=T0)
    assert aside is not None and aside.read_bytes().startswith(b"SQLite format 3")
    with Store.open(target) as restored:
        assert [j.text for j in restored.journal_entries()] == ["from the backup"]


def test_os_errors_become_store_errors(
    backup_file: Path, store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk or a permission problem ends in a StoreError naming the file."""
    from somatic_player.history import backup

    def denied(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup.os, "replace", denied)
    with pytest.raises(StoreError, match="could not be written \\(Permission denied\\)"):
        store.backup_to(backup_file)
    store.close()
    with pytest.raises(StoreError, match="could not be completed \\(Permission denied\\)"):
        restore_database(backup_file, db_path, now=T0)
    monkeypatch.undo()
    with Store.open(db_path) as still:
        assert [j.text for j in still.journal_entries()] == ["from the backup"]
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert not list(db_path.parent.glob("*.before-restore-*"))
