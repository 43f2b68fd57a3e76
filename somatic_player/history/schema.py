"""The history database's tables, their CHECK constraints, and the steps between versions.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[n]`` takes a database from
version ``n`` to ``n + 1``; a later version appends a step and never edits an old one. Each step
runs in one transaction together with the version bump, so a crash leaves the old version intact.
Tables check ratings themselves (CHECK constraints), so no writer can store a pain rating of 11.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from somatic_player.history.records import QUALITY_MASK_MAX


class StoreError(Exception):
    """The history database cannot be opened or used (newer schema, unreadable file, ...)."""


class DamagedStoreError(StoreError):
    """The file where the history belongs is damaged, not a database, or another program's
    database: unusable as it is, so the app may move it aside and start a new history."""


# SQLite's primary result codes (an extended code keeps its primary one in the low byte).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def sqlite_code(exc: BaseException) -> int:
    """The primary SQLite result code of ``exc`` (-1 when it carries none)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else -1


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the file itself is damaged or not a database (not a full disk, a
    read-only folder or a busy history, which leave the file as it was)."""
    return isinstance(exc, UnicodeDecodeError) or sqlite_code(exc) in (
        SQLITE_CORRUPT,
        SQLITE_NOTADB,
    )


def not_saved(exc: BaseException, what: str, folder: Path) -> StoreError:
    """A failed write in words for the person: why ``what`` ("this check-in") was not saved.

    SQLite commits atomically, so whatever the reason, everything saved before is still there.
    """
    code = sqlite_code(exc)
    subject = what[:1].upper() + what[1:]
    kept = "Everything saved before is still there."
    if code == SQLITE_FULL:
        text = f"There is no room left on the disk to save {what}. Free some space, then try again."
    elif code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN) or isinstance(
        exc, PermissionError
    ):
        text = (
            f"{subject} cannot be saved: the history folder {folder} is read-only "
            "(or this account may not write in it)."
        )
    elif code in (SQLITE_BUSY, SQLITE_LOCKED):
        text = (
            f"{subject} could not be saved because the history is busy (Somatic Player may be "
            "saving in another window). Try again in a moment."
        )
    elif is_damage(exc):
        # Not "everything is still there": a damaged file may have lost some of it already.
        return StoreError(f"{subject} could not be saved: the history file is damaged ({exc}).")
    elif code == SQLITE_IOERR or isinstance(exc, OSError):
        text = f"{subject} could not be saved: the disk reported an error ({exc})."
    else:
        text = f"{subject} could not be saved to your history ({exc})."
    return StoreError(f"{text} {kept}")


RATING_MIN = 0
RATING_MAX = 10
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 200
MAX_NOTE_CHARS = 2_000
APPLICATION_ID = 0x536F6D50  # "SomP" in the SQLite header: marks a Somatic Player history file


def _rating_check(column: str, *, nullable: bool) -> str:
    test = f"typeof({column}) = 'integer' AND {column} BETWEEN {RATING_MIN} AND {RATING_MAX}"
    return f"CHECK ({column} IS NULL OR ({test}))" if nullable else f"CHECK ({test})"


# Tables added from schema 2 on also insist on the exact timestamp shape of ``to_iso``.
_ISO_GLOB = (
    "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9]Z'"
)

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

# Schema 2: body maps, routine title and kind on sessions, PEG-3, ketamine session times.
# A body map alone is an answer, which changes the check-in table's CHECKs; SQLite cannot alter a
# CHECK, so the table is rebuilt with the same ids.
_V2 = (
    f"""
    CREATE TABLE checkins_v2 (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions (id),
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'standalone')),
        taken_at TEXT NOT NULL,
        pain_now INTEGER {_rating_check("pain_now", nullable=True)},
        tension INTEGER {_rating_check("tension", nullable=True)},
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
        body_map TEXT NOT NULL DEFAULT 'unanswered'
            CHECK (body_map IN ('unanswered', 'no-pain', 'regions')),
        CHECK (skipped = 0 OR (pain_now IS NULL AND tension IS NULL AND body_map = 'unanswered')),
        CHECK (skipped = 1 OR pain_now IS NOT NULL OR tension IS NOT NULL
            OR body_map <> 'unanswered'),
        CHECK (moment <> 'standalone' OR session_id IS NULL)
    )
    """,
    "INSERT INTO checkins_v2 (id, session_id, moment, taken_at, pain_now, tension, skipped)"
    " SELECT id, session_id, moment, taken_at, pain_now, tension, skipped FROM checkins",
    "DROP TABLE checkins",
    "ALTER TABLE checkins_v2 RENAME TO checkins",
    "CREATE INDEX checkins_taken ON checkins (taken_at)",
    "CREATE INDEX checkins_session ON checkins (session_id)",
    f"""
    CREATE TABLE checkin_regions (
        checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
        code INTEGER NOT NULL CHECK (typeof(code) = 'integer'
            AND (code BETWEEN 101 AND 136 OR code BETWEEN 201 AND 238)),
        rating INTEGER NOT NULL {_rating_check("rating", nullable=False)},
        qualities INTEGER NOT NULL DEFAULT 0 CHECK (typeof(qualities) = 'integer'
            AND qualities BETWEEN 0 AND {QUALITY_MASK_MAX}),
        worst INTEGER NOT NULL DEFAULT 0 CHECK (worst IN (0, 1)),
        PRIMARY KEY (checkin_id, code)
    ) WITHOUT ROWID
    """,
    "CREATE UNIQUE INDEX checkin_regions_one_worst ON checkin_regions (checkin_id) WHERE worst = 1",
    "CREATE INDEX checkin_regions_code ON checkin_regions (code)",
    """
    CREATE TRIGGER checkin_regions_need_rated_map BEFORE INSERT ON checkin_regions
    WHEN (SELECT body_map FROM checkins WHERE id = NEW.checkin_id) IS NOT 'regions'
    BEGIN
        SELECT RAISE(ABORT, 'region ratings belong to a check-in whose body map has regions');
    END
    """,
    """
    CREATE TRIGGER checkins_keep_rated_map BEFORE UPDATE OF body_map ON checkins
    WHEN NEW.body_map <> 'regions'
        AND EXISTS (SELECT 1 FROM checkin_regions WHERE checkin_id = NEW.id)
    BEGIN
        SELECT RAISE(ABORT, 'a check-in with region ratings keeps its rated body map');
    END
    """,
    f"ALTER TABLE sessions ADD COLUMN routine_title TEXT NOT NULL DEFAULT ''"
    f" CHECK (length(routine_title) <= {MAX_TITLE_CHARS})",
    "ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT ''"
    " CHECK (length(kind) <= 40 AND kind NOT GLOB '*[^a-z-]*')",
    "CREATE INDEX sessions_kind ON sessions (kind, started_at)",
    "CREATE INDEX journal_written ON journal (written_at)",
    f"""
    CREATE TABLE peg3 (
        id INTEGER PRIMARY KEY,
        taken_at TEXT NOT NULL CHECK (taken_at GLOB {_ISO_GLOB}),
        pain INTEGER NOT NULL {_rating_check("pain", nullable=False)},
        enjoyment INTEGER NOT NULL {_rating_check("enjoyment", nullable=False)},
        activity INTEGER NOT NULL {_rating_check("activity", nullable=False)}
    )
    """,
    "CREATE INDEX peg3_taken ON peg3 (taken_at)",
    f"""
    CREATE TABLE ketamine_sessions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL CHECK (at GLOB {_ISO_GLOB}),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= {MAX_NOTE_CHARS}),
        logged_at TEXT NOT NULL CHECK (logged_at GLOB {_ISO_GLOB})
    )
    """,
    "CREATE INDEX ketamine_sessions_at ON ketamine_sessions (at)",
    f"PRAGMA application_id = {APPLICATION_ID}",
)

# MIGRATIONS[n] moves a database from user_version n to n + 1: SQL statements, or functions for
# steps that move data. Append a new entry; never edit a shipped one.
MigrationStep = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[Sequence[MigrationStep], ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)

# Every table, children first: the order delete_all empties them in.
TABLES = (
    "checkin_regions",
    "checkins",
    "journal",
    "sessions",
    "peg3",
    "ketamine_sessions",
    "app_state",
)
RECORD_TABLES = ("sessions", "checkins", "journal", "peg3", "ketamine_sessions")


def migrate(conn: sqlite3.Connection, path: Path) -> None:
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
