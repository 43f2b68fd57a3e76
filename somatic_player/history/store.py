"""The private SQLite record of practice sessions, check-ins, journal entries and app state.

A rating is durable before anyone is told it is saved: the connection runs in autocommit mode
with ``synchronous=FULL`` in WAL mode, so every write method returns only after its commit has
reached the disk. The folder is created 0700 and the database file 0600; nothing here talks to
the network.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``; a later version appends a step and never edits an old one. Each step
runs in one transaction together with the version bump, so a crash leaves the old version intact.
Ratings are checked twice: here, with a plain message, and by CHECK constraints in the table, so
no other writer can store a pain rating of 11 either.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self, cast, get_args

from somatic_player import resources

Moment = Literal["before", "after", "standalone"]
Outcome = Literal["completed", "stopped"]
Clock = Callable[[], datetime]

DB_FILE_NAME = "history.sqlite3"
RATING_MIN = 0
RATING_MAX = 10
MAX_TEXT_CHARS = 100_000

_V1 = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 200),
        routine_version TEXT NOT NULL DEFAULT '',
        params_json TEXT NOT NULL DEFAULT '{}',
        started_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT CHECK (outcome IN ('completed', 'stopped')),
        stop_reason TEXT,
        CHECK ((ended_at IS NULL) = (outcome IS NULL)),
        CHECK (stop_reason IS NULL OR outcome = 'stopped')
    )
    """,
    "CREATE INDEX sessions_started ON sessions (started_at)",
    f"""
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id),
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'standalone')),
        taken_at TEXT NOT NULL,
        pain_now INTEGER CHECK (pain_now IS NULL OR (typeof(pain_now) = 'integer'
            AND pain_now BETWEEN {RATING_MIN} AND {RATING_MAX})),
        tension INTEGER CHECK (tension IS NULL OR (typeof(tension) = 'integer'
            AND tension BETWEEN {RATING_MIN} AND {RATING_MAX})),
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
        CHECK (skipped = 0 OR (pain_now IS NULL AND tension IS NULL)),
        CHECK (skipped = 1 OR pain_now IS NOT NULL OR tension IS NOT NULL),
        CHECK (moment <> 'standalone' OR session_id IS NULL)
    )
    """,
    "CREATE INDEX checkins_taken ON checkins (taken_at)",
    "CREATE INDEX checkins_session ON checkins (session_id)",
    f"""
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id),
        written_at TEXT NOT NULL,
        prompt TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(text) <= {MAX_TEXT_CHARS})
    )
    """,
    "CREATE INDEX journal_session ON journal (session_id)",
    """
    CREATE TABLE app_state (
        key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        value TEXT NOT NULL
    ) WITHOUT ROWID
    """,
)

# MIGRATIONS[n] moves a database from user_version n to n + 1: SQL statements, or functions for
# steps that move data. Append a new entry; never edit a shipped one.
MigrationStep = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[Sequence[MigrationStep], ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The history database cannot be opened or used (newer schema, unreadable file, ...)."""


@dataclass(frozen=True)
class SessionRecord:
    """One practice session; ``ended_at``/``outcome`` stay None while it runs (or if it crashed)."""

    id: int
    routine_id: str
    routine_version: str
    params: dict[str, Any]
    started_at: datetime
    ended_at: datetime | None
    outcome: Outcome | None
    stop_reason: str | None


@dataclass(frozen=True)
class CheckIn:
    """One quick check-in: 0-10 ratings (None when not answered), or a skip."""

    id: int
    session_id: int | None
    moment: Moment
    taken_at: datetime
    pain_now: int | None
    tension: int | None
    skipped: bool


@dataclass(frozen=True)
class JournalEntry:
    id: int
    session_id: int | None
    written_at: datetime
    prompt: str
    text: str


def default_path() -> Path:
    """Where the app keeps its history: ``history.sqlite3`` in the per-user data folder."""
    return resources.user_home() / DB_FILE_NAME


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """``2026-11-25T08:30:00.123Z``: ISO 8601 in UTC, fixed width so text order is time order."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps must carry a time zone")
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z"


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _check_rating(name: str, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number from {RATING_MIN} to {RATING_MAX}")
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValueError(f"{name} must be from {RATING_MIN} to {RATING_MAX}, got {value}")


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) before SQLite opens it."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class Store:
    """The history database. Open with :meth:`open`; use from one thread; :meth:`close` when done.

    Every write commits (durably) before it returns. Times are taken from ``clock`` (UTC now by
    default; tests pass a fake one) and stored as ISO 8601 UTC text.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self._conn = conn
        self.path = path
        self._clock = clock

    @classmethod
    def open(cls, path: Path | None = None, *, clock: Clock = utc_now) -> Store:
        """Open (creating and migrating as needed) the database at ``path`` or the default one."""
        path = default_path() if path is None else path
        try:
            _prepare_file(path)
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the history database ({exc})") from exc
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{path}: the history database cannot use WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            _migrate(conn, path)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: cannot use the history database ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, clock)

    # -- context manager ------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    @property
    def user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    # -- sessions -------------------------------------------------------------------------------

    def start_session(
        self,
        routine_id: str,
        routine_version: str = "",
        params: Mapping[str, Any] | None = None,
    ) -> int:
        """Record that a session has started; returns its id."""
        params_json = json.dumps(dict(params or {}), sort_keys=True, allow_nan=False)
        cur = self._write(
            "INSERT INTO sessions (routine_id, routine_version, params_json, started_at)"
            " VALUES (?, ?, ?, ?)",
            (routine_id, routine_version, params_json, self._now()),
        )
        return _rowid(cur)

    def end_session(
        self, session_id: int, outcome: Outcome, stop_reason: str | None = None
    ) -> None:
        """Record how a running session ended (``stop_reason`` only for ``stopped``)."""
        if outcome not in get_args(Outcome):
            raise ValueError(f"outcome must be 'completed' or 'stopped', got {outcome!r}")
        if stop_reason is not None and outcome != "stopped":
            raise ValueError("a stop reason belongs only to a stopped session")
        cur = self._write(
            "UPDATE sessions SET ended_at = ?, outcome = ?, stop_reason = ?"
            " WHERE id = ? AND ended_at IS NULL",
            (self._now(), outcome, stop_reason, session_id),
        )
        if cur.rowcount != 1:
            raise StoreError(f"session {session_id} does not exist or has already ended")

    def sessions(self) -> list[SessionRecord]:
        """Every session, oldest first."""
        rows = self._conn.execute(
            "SELECT id, routine_id, routine_version, params_json, started_at, ended_at, outcome,"
            " stop_reason FROM sessions ORDER BY started_at, id"
        ).fetchall()
        return [
            SessionRecord(
                id=row[0],
                routine_id=row[1],
                routine_version=row[2],
                params=json.loads(row[3]),
                started_at=from_iso(row[4]),
                ended_at=from_iso(row[5]) if row[5] is not None else None,
                outcome=row[6],
                stop_reason=row[7],
            )
            for row in rows
        ]

    # -- check-ins ------------------------------------------------------------------------------

    def add_checkin(
        self,
        moment: Moment,
        pain_now: int | None = None,
        tension: int | None = None,
        *,
        skipped: bool = False,
        session_id: int | None = None,
    ) -> CheckIn:
        """Store one check-in and return it; returns only after the commit is on disk."""
        if moment not in get_args(Moment):
            raise ValueError(f"moment must be before, after or standalone, got {moment!r}")
        _check_rating("pain_now", pain_now)
        _check_rating("tension", tension)
        if skipped and (pain_now is not None or tension is not None):
            raise ValueError("a skipped check-in has no ratings")
        if not skipped and pain_now is None and tension is None:
            raise ValueError("a check-in needs at least one rating, or skipped=True")
        if moment == "standalone" and session_id is not None:
            raise ValueError("a standalone check-in belongs to no session")
        taken_at = self._now()
        cur = self._write(
            "INSERT INTO checkins (session_id, moment, taken_at, pain_now, tension, skipped)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, moment, taken_at, pain_now, tension, int(skipped)),
        )
        return CheckIn(
            _rowid(cur), session_id, moment, from_iso(taken_at), pain_now, tension, skipped
        )

    def latest_checkin(self, *, include_skipped: bool = False) -> CheckIn | None:
        """The most recent check-in (by default the most recent one with a rating)."""
        where = "" if include_skipped else " WHERE skipped = 0"
        rows = self._checkins(where + " ORDER BY taken_at DESC, id DESC LIMIT 1", ())
        return rows[0] if rows else None

    def checkins(self, session_id: int | None = None) -> list[CheckIn]:
        """Check-ins oldest first: all of them, or those of one session."""
        if session_id is None:
            return self._checkins(" ORDER BY taken_at, id", ())
        return self._checkins(" WHERE session_id = ? ORDER BY taken_at, id", (session_id,))

    def _checkins(self, tail: str, args: tuple[object, ...]) -> list[CheckIn]:
        rows = self._conn.execute(
            "SELECT id, session_id, moment, taken_at, pain_now, tension, skipped FROM checkins"
            + tail,
            args,
        ).fetchall()
        return [CheckIn(r[0], r[1], r[2], from_iso(r[3]), r[4], r[5], bool(r[6])) for r in rows]

    # -- journal --------------------------------------------------------------------------------

    def add_journal(self, prompt: str, text: str, *, session_id: int | None = None) -> JournalEntry:
        """Store one journal entry and return it; returns only after the commit is on disk."""
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f"a journal entry is at most {MAX_TEXT_CHARS} characters")
        written_at = self._now()
        cur = self._write(
            "INSERT INTO journal (session_id, written_at, prompt, text) VALUES (?, ?, ?, ?)",
            (session_id, written_at, prompt, text),
        )
        return JournalEntry(_rowid(cur), session_id, from_iso(written_at), prompt, text)

    def journal_entries(self) -> list[JournalEntry]:
        """Every journal entry, oldest first."""
        rows = self._conn.execute(
            "SELECT id, session_id, written_at, prompt, text FROM journal ORDER BY written_at, id"
        ).fetchall()
        return [JournalEntry(r[0], r[1], from_iso(r[2]), r[3], r[4]) for r in rows]

    # -- app state ------------------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return cast(str, row[0]) if row is not None else default

    def set_state(self, key: str, value: str) -> None:
        self._write(
            "INSERT INTO app_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- helpers --------------------------------------------------------------------------------

    def _now(self) -> str:
        return to_iso(self._clock())

    def _write(self, sql: str, args: tuple[object, ...]) -> sqlite3.Cursor:
        """One statement in its own transaction (autocommit): committed when this returns."""
        try:
            return self._conn.execute(sql, args)
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"refused by the history database: {exc}") from exc


def _rowid(cur: sqlite3.Cursor) -> int:
    if cur.lastrowid is None:  # pragma: no cover - INSERT always sets it
        raise StoreError("the database did not return a row id")
    return cur.lastrowid


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the missing steps one transaction at a time (another process may be doing the same:
    the version is read again under the write lock, so no step runs twice)."""
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: the history was written by a newer version of Somatic Player "
                    f"(schema {version}; this version reads up to {SCHEMA_VERSION}). "
                    "Update the app to open it."
                )
            if version == SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            for step in MIGRATIONS[version]:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
