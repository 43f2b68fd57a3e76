"""Backups and restores of the history database: whole, consistent, atomic, private.

A backup is one self-contained SQLite file (rollback-journal mode, no ``-wal`` beside it) copied
with SQLite's online backup API, so it is consistent even while the app writes. It is written to a
temporary file in the target folder, checked, fsynced and renamed over the target, mode 0600.

A restore first copies the chosen file into a temporary file beside the history and checks the
copy there: an SQLite file, passes ``PRAGMA integrity_check``, carries the Somatic Player
application id (or, from schema 1, its tables), and a schema this version can read. It is
migrated to the current schema in the copy. Only then is the current history moved aside as
``history.sqlite3.before-restore-<UTC time>`` and the copy renamed into place. A refused file
leaves the current history exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from somatic_player.history import schema
from somatic_player.history.records import to_iso
from somatic_player.history.schema import APPLICATION_ID, StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
V1_TABLES = frozenset({"sessions", "checkins", "journal", "app_state"})
_COMPANIONS = ("-wal", "-shm", "-journal")


def backup_database(conn: sqlite3.Connection, live_path: Path, target: Path) -> None:
    """Copy the open database ``conn`` (the file ``live_path``) to ``target``, atomically."""
    target = Path(target)
    if _same_file(target, live_path) or any(
        _same_file(target, live_path.with_name(live_path.name + s)) for s in _COMPANIONS
    ):
        raise StoreError(f"{target}: a backup cannot replace the history database itself")
    folder = target.parent
    if not folder.is_dir():
        raise StoreError(f"{target}: folder {folder} does not exist")
    tmp = _temp_beside(target)
    try:
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(copy)
            # The copy inherits WAL mode; a backup is one self-contained file instead.
            copy.execute("PRAGMA journal_mode = DELETE")
            _check_integrity(copy, target)
        finally:
            copy.close()
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        raise StoreError(f"{target}: the backup could not be written ({exc})") from exc
    except OSError as exc:
        raise StoreError(f"{target}: the backup could not be written ({exc.strerror})") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def restore_database(source: Path, target: Path, *, now: datetime) -> Path | None:
    """Replace the (closed) database at ``target`` with a checked, migrated copy of ``source``.

    Returns where the replaced database was kept, or None if there was none. Raises StoreError
    with a plain reason when ``source`` is refused or ``target`` is in use; nothing changes then.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise StoreError(f"{source}: no such file")
    if _same_file(source, target):
        raise StoreError(f"{source}: this is the history database itself, not a backup")
    try:
        with source.open("rb") as f:
            header = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{source}: cannot read the file ({exc.strerror})") from exc
    if header != SQLITE_MAGIC:
        raise StoreError(f"{source}: not a Somatic Player history backup (not an SQLite database)")

    try:
        if not target.parent.exists():  # the temporary copy is made beside the target
            target.parent.mkdir(parents=True, mode=0o700)
        tmp = _temp_beside(target)
    except OSError as exc:
        raise StoreError(f"{target.parent}: cannot write there ({exc.strerror})") from exc
    try:
        _copy_checked(source, tmp)
        _fsync_file(tmp)
        aside = _swap_in(tmp, target, now)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise StoreError(f"{target}: the restore could not be completed ({exc.strerror})") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return aside


def _copy_checked(source: Path, tmp: Path) -> None:
    """Copy ``source`` into ``tmp`` with the backup API, check the copy and migrate it."""
    try:
        src = sqlite3.connect(f"file:{quote(str(source.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{source}: cannot open the file ({exc})") from exc
    copy = sqlite3.connect(tmp, isolation_level=None)
    try:
        try:
            src.backup(copy)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{source}: the file is damaged or not a database ({exc})") from exc
        finally:
            src.close()
        copy.execute("PRAGMA journal_mode = DELETE")
        _check_integrity(copy, source)
        _check_ours(copy, source)
        copy.execute("PRAGMA foreign_keys = ON")
        schema.migrate(copy, source)
        _check_integrity(copy, source)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # garbage text in damaged pages
        raise StoreError(f"{source}: the file is damaged or not a database ({exc})") from exc
    finally:
        copy.close()


def _check_integrity(conn: sqlite3.Connection, name: Path) -> None:
    rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise StoreError(f"{name}: the file is damaged (integrity check: {'; '.join(rows[:3])})")


def _check_ours(conn: sqlite3.Connection, name: Path) -> None:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id not in (0, APPLICATION_ID):
        raise StoreError(f"{name}: not a Somatic Player history (it belongs to another program)")
    if version > schema.SCHEMA_VERSION:
        raise StoreError(
            f"{name}: the backup was written by a newer version of Somatic Player "
            f"(schema {version}; this version reads up to {schema.SCHEMA_VERSION}). "
            "Update the app to restore it."
        )
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(V1_TABLES - tables)
    if version < 1 or missing:
        detail = f"missing {', '.join(missing)}" if missing else "no schema version"
        raise StoreError(f"{name}: not a Somatic Player history database ({detail})")


def _swap_in(tmp: Path, target: Path, now: datetime) -> Path | None:
    """Move the current database aside and ``tmp`` into its place; refuse if it is in use."""
    if not target.exists() or target.stat().st_size == 0:
        os.replace(tmp, target)
        _remove_companions(target)
        return None
    aside = _aside_name(target, now)
    try:
        current = sqlite3.connect(target, isolation_level=None, timeout=0.5)
    except sqlite3.Error:
        current = None
    if current is None:  # pragma: no cover - connect only fails on an unreadable folder
        _move_with_companions(target, aside)
        os.replace(tmp, target)
        return aside
    try:
        try:
            # Leaving WAL mode needs the only connection: this fails if the app has it open.
            current.execute("PRAGMA journal_mode = DELETE").fetchone()
            current.execute("BEGIN EXCLUSIVE")
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and (
                "locked" in str(exc) or "busy" in str(exc)
            ):
                raise StoreError(
                    f"{target}: the history is in use (is Somatic Player open?); "
                    "close the app and try again"
                ) from exc
            current.close()  # a damaged current database: keep it aside as it is
            current = None
            _move_with_companions(target, aside)
            os.replace(tmp, target)
            return aside
        # Held exclusively: no other process can write between the link and the rename.
        try:
            os.link(target, aside)
        except OSError:
            _copy_file(target, aside)
        try:
            os.replace(tmp, target)
        except OSError:
            aside.unlink()  # the current history stays in place: no second copy of it
            raise
        _remove_companions(target)
        return aside
    finally:
        if current is not None:
            with contextlib.suppress(sqlite3.Error):
                current.execute("ROLLBACK")
            current.close()


def _aside_name(target: Path, now: datetime) -> Path:
    stamp = to_iso(now).replace("-", "").replace(":", "")[:15] + "Z"  # 20261125T083000Z
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = target.with_name(f"{target.name}.before-restore-{stamp}-{n}")
    return aside


def _move_with_companions(target: Path, aside: Path) -> None:
    os.replace(target, aside)
    for suffix in _COMPANIONS:
        companion = target.with_name(target.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))


def _remove_companions(target: Path) -> None:
    """A ``-wal`` left from the old file would be replayed into the new one: remove it."""
    for suffix in _COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()


def _copy_file(src: Path, dst: Path) -> None:
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
        while chunk := inp.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())


def _temp_beside(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)  # mkstemp makes it 0600; SQLite opens it by name
    return Path(name)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
