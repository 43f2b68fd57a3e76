"""The private SQLite record of practice sessions, check-ins (with body maps), journal entries,
weekly PEG-3, logged ketamine-assisted sessions and app state.

A rating is durable before anyone is told it is saved: the connection runs in autocommit mode
with ``synchronous=FULL`` in WAL mode, so every write method returns only after its commit has
reached the disk; a check-in and its region ratings commit together in one transaction. The
folder is created 0700 and the database file 0600; nothing here talks to the network.

The tables and the migrations between schema versions are in ``schema.py`` (``MIGRATIONS`` and
``SCHEMA_VERSION`` are re-exported here). Ratings are checked twice: here, with a plain message,
and by CHECK constraints in the tables, so no other writer can store a pain rating of 11 either.

Faults are said in plain words: a write refused by a full disk, a read-only folder or a history
kept busy by another copy of the app raises StoreError ("There is no room left on the disk to
save this check-in. ..."), and SQLite's atomic commit keeps everything saved before. A file
that is damaged, not a database or another program's is refused with DamagedStoreError, read
through a read-only connection so refusing it never writes to it; ``open_or_set_aside`` moves
such a file aside (``history.sqlite3.corrupt-<UTC time>``) and starts a new history. Two copies
of the app share one history safely (WAL, a 5 s busy timeout, BEGIN IMMEDIATE transactions).

Bulk reads for charts (``load_history``), backups and restores live in sibling modules that this
one imports only when asked, so opening the store stays light (no numpy before the first paint).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, tzinfo
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, Self, cast, get_args
from urllib.parse import quote

from somatic_player import resources
from somatic_player.core.checkin import BodyMapRatings, RegionRating, check_rating
from somatic_player.history import schema
from somatic_player.history.records import (
    BodyMapState,
    CheckIn,
    JournalEntry,
    KetamineSession,
    Moment,
    Outcome,
    Peg3Entry,
    SessionRecord,
    body_state,
    decode_qualities,
    encode_qualities,
    from_iso,
    to_iso,
    utc_now,
)
from somatic_player.history.schema import (
    APPLICATION_ID,
    MAX_NOTE_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MIGRATIONS,
    RECORD_TABLES,
    SCHEMA_VERSION,
    TABLES,
    DamagedStoreError,
    StoreError,
    is_damage,
    migrate,
    not_saved,
)

if TYPE_CHECKING:
    from somatic_player.history.snapshot import History

__all__ = [
    "APPLICATION_ID",
    "DB_FILE_NAME",
    "MAX_TEXT_CHARS",
    "MIGRATIONS",
    "RECORD_TABLES",
    "SCHEMA_VERSION",
    "TABLES",
    "CheckIn",
    "DamagedStoreError",
    "JournalEntry",
    "KetamineSession",
    "Moment",
    "Opened",
    "Outcome",
    "Peg3Entry",
    "SessionRecord",
    "Store",
    "StoreError",
    "default_path",
    "from_iso",
    "set_aside",
    "to_iso",
    "utc_now",
]

Clock = Callable[[], datetime]

DB_FILE_NAME = "history.sqlite3"
_COMPANIONS = ("-wal", "-shm", "-journal")
# The tables of every schema since the first: a database without them is not a history.
_V1_TABLES = frozenset({"sessions", "checkins", "journal", "app_state"})
_CHECKIN_COLUMNS = "c.id, c.session_id, c.moment, c.taken_at, c.pain_now, c.tension, c.skipped"
_SESSION_COLUMNS = (
    "id, routine_id, routine_version, params_json, started_at, ended_at, outcome, stop_reason,"
    " routine_title, kind"
)


def default_path() -> Path:
    """Where the app keeps its history: ``history.sqlite3`` in the per-user data folder."""
    return resources.user_home() / DB_FILE_NAME


def _check_kind(kind: str) -> None:
    if len(kind) > 40 or any(not ((c.islower() and c.isascii()) or c == "-") for c in kind):
        raise ValueError(f"a session kind is lowercase letters and hyphens, got {kind!r}")


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) before SQLite opens it."""
    missing = [f for f in (path.parent, *path.parent.parents) if not f.exists()]
    for folder in reversed(missing):  # each one made here is private, not just the last
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class Opened(NamedTuple):
    """What :meth:`Store.open_or_set_aside` found: the store to use and, if the file that was
    there could not be used, where it was moved and why."""

    store: Store
    set_aside: Path | None = None
    damage: str = ""


def set_aside(path: Path, now: datetime) -> Path:
    """Move the database at ``path`` (and its -wal/-shm/-journal) aside, unchanged, as
    ``history.sqlite3.corrupt-<UTC time>``; returns the new name. Raises StoreError."""
    stamp = to_iso(now).replace("-", "").replace(":", "")[:15] + "Z"  # 20261125T083000Z
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        moved = [(path, aside)] + [
            (path.with_name(path.name + s), aside.with_name(aside.name + s))
            for s in _COMPANIONS
            if path.with_name(path.name + s).exists()
        ]
        for source, target in moved:
            os.replace(source, target)
            target.chmod(0o600)  # unchanged, but as private as the history it was
    except OSError as exc:
        raise StoreError(f"{path}: the damaged history could not be moved aside ({exc})") from exc
    return aside


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _why(exc: BaseException, path: Path) -> str:
    """The reason a history cannot be opened, in words (a read-only folder is the usual one)."""
    code = schema.sqlite_code(exc)
    if (
        isinstance(exc, PermissionError)
        or getattr(exc, "errno", None) == errno.EROFS
        or code in (schema.SQLITE_READONLY, schema.SQLITE_PERM, schema.SQLITE_CANTOPEN)
    ):
        return f"the folder {path.parent} is read-only, or this account may not write in it"
    if code == schema.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return "there is no room left on the disk"
    if code in (schema.SQLITE_BUSY, schema.SQLITE_LOCKED):
        return "another copy of Somatic Player kept it busy for too long; try again"
    return str(exc)


def _open_error(exc: BaseException, path: Path) -> StoreError:
    if is_damage(exc):
        return DamagedStoreError(
            f"{path}: cannot use the history database: the file is damaged or not a "
            f"database ({exc})"
        )
    return StoreError(f"{path}: cannot use the history database ({_why(exc, path)})")


def _journal_mode_wal(conn: sqlite3.Connection, wait_s: float = 5.0) -> str:
    """Switch to WAL. SQLite answers "database is locked" at once, without its busy wait, when
    another copy of the app holds a lock at that moment (both creating the file, say): retry."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            busy = schema.sqlite_code(exc) in (schema.SQLITE_BUSY, schema.SQLITE_LOCKED)
            if not busy or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _check_file(path: Path, *, thorough: bool) -> None:
    """Refuse another program's database (it would otherwise get our tables added to it) and,
    if ``thorough``, a damaged one (every page read: about 20 ms for ten years of history)."""
    conn = sqlite3.connect(
        f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, isolation_level=None
    )
    try:
        # One read transaction for the three reads: another copy of the app may be creating the
        # tables right now, and reads from before and after its commit would not fit together.
        conn.execute("BEGIN")
        tables = {
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )
        }
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("COMMIT")
        new = app_id == 0 and version == 0 and not tables
        schema_1 = app_id == 0 and version > 0 and tables.issuperset(_V1_TABLES)
        if app_id != APPLICATION_ID and not new and not schema_1:
            raise DamagedStoreError(
                f"{path}: cannot use the history database: the file is not a Somatic Player "
                "history (it is another program's database)"
            )
        if thorough:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                raise DamagedStoreError(
                    f"{path}: cannot use the history database: the file is damaged "
                    f"(integrity check: {'; '.join(rows[:3])})"
                )
    finally:
        conn.close()


def _range_sql(
    column: str, since: datetime | None, until: datetime | None
) -> tuple[str, list[object]]:
    """``column >= since AND column < until`` (each optional) for ISO text columns."""
    parts: list[str] = []
    args: list[object] = []
    if since is not None:
        parts.append(f"{column} >= ?")
        args.append(to_iso(since))
    if until is not None:
        parts.append(f"{column} < ?")
        args.append(to_iso(until))
    return " AND ".join(parts), args


def _where(*conditions: str) -> str:
    wanted = [c for c in conditions if c]
    return " WHERE " + " AND ".join(wanted) if wanted else ""


class Store:
    """The history database. Open with :meth:`open`; use from one thread; :meth:`close` when done.

    Every write commits (durably) before it returns. Times are taken from ``clock`` (UTC now by
    default; tests pass a fake one) and stored as ISO 8601 UTC text. Queries that take
    ``since``/``until`` include ``since`` and exclude ``until``.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self._conn = conn
        self.path = path
        self._clock = clock

    @classmethod
    def open(
        cls, path: Path | None = None, *, clock: Clock = utc_now, check: bool = False
    ) -> Store:
        """Open (creating and migrating as needed) the database at ``path`` or the default one.

        Raises DamagedStoreError when the file is damaged, not a database, or another program's
        database (with ``check``, every page is read first, about 20 ms for ten years of
        history); StoreError, in plain words, for everything else (a read-only folder, a full
        disk, a history from a newer version), which leave the file as it was.
        """
        path = default_path() if path is None else path
        try:
            _prepare_file(path)
        except OSError as exc:
            raise StoreError(
                f"{path}: cannot open the history database ({_why(exc, path)})"
            ) from exc
        try:
            # First on a read-only connection: closing one never writes, so a damaged file (or
            # another program's) is left exactly as it was, -wal included.
            _check_file(path, thorough=check)
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise _open_error(exc, path) from exc
        try:
            mode = _journal_mode_wal(conn)
            if str(mode).lower() != "wal":
                raise StoreError(f"{path}: the history database cannot use WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, path)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            conn.close()
            raise _open_error(exc, path) from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, clock)

    @classmethod
    def open_or_set_aside(cls, path: Path | None = None, *, clock: Clock = utc_now) -> Opened:
        """Open the history, checked whole; if the file is damaged, not a database or another
        program's, move it aside (:func:`set_aside`) and start a new, empty history there.

        Everything else that stops the history opening (a read-only folder, a full disk, a
        history from a newer version) raises StoreError and moves nothing.
        """
        path = default_path() if path is None else path
        before = _identity(path)
        try:
            return Opened(cls.open(path, clock=clock, check=True))
        except DamagedStoreError as exc:
            damage = str(exc)
        # Another copy of the app may have set the file aside (and started afresh) meanwhile.
        aside = set_aside(path, clock()) if _identity(path) == before else None
        return Opened(cls.open(path, clock=clock), aside, damage)

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

    def now(self) -> datetime:
        """The store's clock: the time the next record would be stamped with."""
        return self._clock()

    # -- sessions -------------------------------------------------------------------------------

    def start_session(
        self,
        routine_id: str,
        routine_version: str = "",
        params: Mapping[str, Any] | None = None,
        *,
        routine_title: str = "",
        kind: str = "",
    ) -> int:
        """Record that a session has started; returns its id. ``kind`` is the routine's kind
        (breathing, pmr, movement, ...), kept so that history can be filtered by practice."""
        _check_kind(kind)
        if len(routine_title) > MAX_TITLE_CHARS:
            raise ValueError(f"a routine title is at most {MAX_TITLE_CHARS} characters")
        params_json = json.dumps(dict(params or {}), sort_keys=True, allow_nan=False)
        cur = self._write(
            "INSERT INTO sessions (routine_id, routine_version, params_json, started_at,"
            " routine_title, kind) VALUES (?, ?, ?, ?, ?, ?)",
            (routine_id, routine_version, params_json, self._now(), routine_title, kind),
            "this session",
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
            "the end of this session",
        )
        if cur.rowcount != 1:
            raise StoreError(f"session {session_id} does not exist or has already ended")

    def sessions(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        kind: str | None = None,
    ) -> list[SessionRecord]:
        """Sessions oldest first (by start), optionally of one kind and in a time range."""
        time_sql, args = _range_sql("started_at", since, until)
        kind_sql = "kind = ?" if kind is not None else ""
        rows = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions{_where(time_sql, kind_sql)}"
            " ORDER BY started_at, id",
            (*args, *([kind] if kind is not None else [])),
        ).fetchall()
        return [_session(row) for row in rows]

    def session(self, session_id: int) -> SessionRecord | None:
        row = self._conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        return _session(row) if row is not None else None

    # -- check-ins ------------------------------------------------------------------------------

    def add_checkin(
        self,
        moment: Moment,
        pain_now: int | None = None,
        tension: int | None = None,
        *,
        skipped: bool = False,
        session_id: int | None = None,
        body: BodyMapRatings | None = None,
    ) -> CheckIn:
        """Store one check-in with its body map and return it.

        The check-in row and its region ratings are one transaction: both are on disk when this
        returns, or neither is. An empty ``body`` counts as not answered.
        """
        taken_at = self._clock()
        checkin = CheckIn(0, session_id, moment, taken_at, pain_now, tension, skipped, body)
        _check_checkin(checkin)
        with self._transaction("this check-in"):
            new_id = self._insert_checkin(checkin)
        return _with_id(checkin, new_id, from_iso(to_iso(taken_at)))

    def latest_checkin(self, *, include_skipped: bool = False) -> CheckIn | None:
        """The most recent check-in with its body map (by default the most recent answered one)."""
        where = "" if include_skipped else " WHERE c.skipped = 0"
        rows = self._checkins(where, [], " ORDER BY c.taken_at DESC, c.id DESC LIMIT 1")
        return rows[0] if rows else None

    def latest_checkin_with_body(self) -> CheckIn | None:
        """The most recent check-in whose body map was answered (rated regions or "no pain"):
        what a "same as last time" button fills in."""
        rows = self._checkins(
            " WHERE c.body_map <> 'unanswered'", [], " ORDER BY c.taken_at DESC, c.id DESC LIMIT 1"
        )
        return rows[0] if rows else None

    def checkins(
        self,
        session_id: int | None = None,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[CheckIn]:
        """Check-ins with their body maps, oldest first: all, one session's, or a time range."""
        time_sql, args = _range_sql("c.taken_at", since, until)
        session_sql = ""
        if session_id is not None:
            session_sql = "c.session_id = ?"
            args.append(session_id)
        return self._checkins(_where(session_sql, time_sql), args, " ORDER BY c.taken_at, c.id")

    def _checkins(self, where: str, args: list[object], order: str) -> list[CheckIn]:
        """Check-ins matching ``where`` (SQL on alias ``c``) with their regions: two queries."""
        rows = self._conn.execute(
            f"SELECT {_CHECKIN_COLUMNS}, c.body_map FROM checkins c{where}{order}", args
        ).fetchall()
        rated = [r[0] for r in rows if r[7] == "regions"]
        regions: dict[int, list[RegionRating]] = {cid: [] for cid in rated}
        region_rows: list[Any] = []
        if 0 < len(rated) <= 500:
            region_rows = self._conn.execute(
                "SELECT checkin_id, code, rating, qualities, worst FROM checkin_regions"
                f" WHERE checkin_id IN ({','.join('?' * len(rated))})",
                rated,
            ).fetchall()
        elif rated:  # many: the same filter as a join instead of a giant parameter list
            region_rows = self._conn.execute(
                "SELECT r.checkin_id, r.code, r.rating, r.qualities, r.worst"
                f" FROM checkin_regions r JOIN checkins c ON c.id = r.checkin_id{where}",
                args,
            ).fetchall()
        for cid, code, rating, mask, worst in region_rows:
            if cid in regions:
                regions[cid].append(RegionRating(code, rating, decode_qualities(mask), bool(worst)))
        out = []
        for r in rows:
            state: BodyMapState = r[7]
            body: BodyMapRatings | None = None
            if state == "no-pain":
                body = BodyMapRatings(no_pain=True)
            elif state == "regions":
                body = BodyMapRatings(MappingProxyType({x.code: x for x in regions[r[0]]}))
            out.append(CheckIn(r[0], r[1], r[2], from_iso(r[3]), r[4], r[5], bool(r[6]), body))
        return out

    def _insert_checkin(self, c: CheckIn, session_id: int | None = None) -> int:
        """INSERT one (already checked) check-in and its regions; inside a transaction."""
        cur = self._conn.execute(
            "INSERT INTO checkins (session_id, moment, taken_at, pain_now, tension, skipped,"
            " body_map) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                c.session_id if session_id is None else session_id,
                c.moment,
                to_iso(c.taken_at),
                c.pain_now,
                c.tension,
                int(c.skipped),
                body_state(c.body),
            ),
        )
        new_id = _rowid(cur)
        if c.body is not None and c.body.regions:
            self._conn.executemany(
                "INSERT INTO checkin_regions (checkin_id, code, rating, qualities, worst)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (new_id, r.code, r.rating, encode_qualities(r.qualities), int(r.worst))
                    for r in c.body.regions.values()
                ],
            )
        return new_id

    # -- journal --------------------------------------------------------------------------------

    def add_journal(self, prompt: str, text: str, *, session_id: int | None = None) -> JournalEntry:
        """Store one journal entry and return it; returns only after the commit is on disk."""
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f"a journal entry is at most {MAX_TEXT_CHARS} characters")
        written_at = self._now()
        cur = self._write(
            "INSERT INTO journal (session_id, written_at, prompt, text) VALUES (?, ?, ?, ?)",
            (session_id, written_at, prompt, text),
            "this journal entry",
        )
        return JournalEntry(_rowid(cur), session_id, from_iso(written_at), prompt, text)

    def journal_entries(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[JournalEntry]:
        """Journal entries oldest first, optionally in a time range."""
        time_sql, args = _range_sql("written_at", since, until)
        rows = self._conn.execute(
            "SELECT id, session_id, written_at, prompt, text FROM journal"
            f"{_where(time_sql)} ORDER BY written_at, id",
            args,
        ).fetchall()
        return [JournalEntry(r[0], r[1], from_iso(r[2]), r[3], r[4]) for r in rows]

    # -- PEG-3 ----------------------------------------------------------------------------------

    def add_peg3(self, pain: int, enjoyment: int, activity: int) -> Peg3Entry:
        """Store one PEG-3 answer (three 0-10 items); returns only after the commit is on disk."""
        for name, value in (("pain", pain), ("enjoyment", enjoyment), ("activity", activity)):
            check_rating(f"PEG {name}", value)
        taken_at = self._now()
        cur = self._write(
            "INSERT INTO peg3 (taken_at, pain, enjoyment, activity) VALUES (?, ?, ?, ?)",
            (taken_at, pain, enjoyment, activity),
            "this weekly check",
        )
        return Peg3Entry(_rowid(cur), from_iso(taken_at), pain, enjoyment, activity)

    def peg3_entries(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[Peg3Entry]:
        time_sql, args = _range_sql("taken_at", since, until)
        return self._peg3(f"{_where(time_sql)} ORDER BY taken_at, id", args)

    def latest_peg3(self) -> Peg3Entry | None:
        rows = self._peg3(" ORDER BY taken_at DESC, id DESC LIMIT 1", [])
        return rows[0] if rows else None

    def _peg3(self, tail: str, args: list[object]) -> list[Peg3Entry]:
        rows = self._conn.execute(
            "SELECT id, taken_at, pain, enjoyment, activity FROM peg3" + tail, args
        ).fetchall()
        return [Peg3Entry(r[0], from_iso(r[1]), r[2], r[3], r[4]) for r in rows]

    # -- ketamine-assisted sessions -------------------------------------------------------------

    def log_ketamine_session(self, at: datetime, note: str = "") -> KetamineSession:
        """Log when a ketamine-assisted session took place (``at`` carries a time zone)."""
        if len(note) > MAX_NOTE_CHARS:
            raise ValueError(f"a note is at most {MAX_NOTE_CHARS} characters")
        at_text, logged_at = to_iso(at), self._now()
        cur = self._write(
            "INSERT INTO ketamine_sessions (at, note, logged_at) VALUES (?, ?, ?)",
            (at_text, note, logged_at),
            "this session time",
        )
        return KetamineSession(_rowid(cur), from_iso(at_text), note, from_iso(logged_at))

    def ketamine_sessions(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> list[KetamineSession]:
        time_sql, args = _range_sql("at", since, until)
        return self._ketamine(f"{_where(time_sql)} ORDER BY at, id", args)

    def latest_ketamine_session(self) -> KetamineSession | None:
        """The logged session with the latest time (the one integration days count from)."""
        rows = self._ketamine(" ORDER BY at DESC, id DESC LIMIT 1", [])
        return rows[0] if rows else None

    def _ketamine(self, tail: str, args: list[object]) -> list[KetamineSession]:
        rows = self._conn.execute(
            "SELECT id, at, note, logged_at FROM ketamine_sessions" + tail, args
        ).fetchall()
        return [KetamineSession(r[0], from_iso(r[1]), r[2], from_iso(r[3])) for r in rows]

    # -- app state ------------------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM app_state WHERE key = ?", (key,)).fetchone()
        return cast(str, row[0]) if row is not None else default

    def set_state(self, key: str, value: str) -> None:
        self._write(
            "INSERT INTO app_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
            "this setting",
        )

    # -- whole history --------------------------------------------------------------------------

    def has_records(self) -> bool:
        """Whether any session, check-in, journal entry, PEG-3 or ketamine session is stored."""
        return any(
            self._conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
            for table in RECORD_TABLES
        )

    def load_history(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        tz: tzinfo | None = None,
    ) -> History:
        """Everything the history view and the report draw, as numpy columns, in a few queries.

        Calendar days are those of ``tz`` (None: the computer's local time, with its DST rules).
        """
        from somatic_player.history.snapshot import load

        return load(self._conn, since=since, until=until, tz=tz)

    def import_records(
        self,
        *,
        sessions: Sequence[SessionRecord] = (),
        checkins: Sequence[CheckIn] = (),
        journal: Sequence[JournalEntry] = (),
        peg3: Sequence[Peg3Entry] = (),
        ketamine: Sequence[KetamineSession] = (),
        state: Mapping[str, str] | None = None,
    ) -> dict[str, int]:
        """Insert complete records with their own times in ONE transaction (demo data, imports).

        The records' ids only link them to each other (a check-in's ``session_id`` names a session
        in ``sessions``); the database gives them new ids. Everything is checked as the single
        write methods check it, and nothing is stored if anything is refused. Returns the number
        of rows added per table.
        """
        for c in checkins:
            _check_checkin(c)
        session_ids = {s.id for s in sessions}
        for ref in [c.session_id for c in checkins] + [j.session_id for j in journal]:
            if ref is not None and ref not in session_ids:
                raise ValueError(f"a record refers to session {ref}, which is not imported")
        for s in sessions:
            _check_kind(s.kind)
        counts = dict.fromkeys(RECORD_TABLES, 0) | {"checkin_regions": 0}
        with self._transaction("these records"):
            new_session: dict[int, int] = {}
            for s in sessions:
                cur = self._conn.execute(
                    "INSERT INTO sessions (routine_id, routine_version, params_json, started_at,"
                    " ended_at, outcome, stop_reason, routine_title, kind)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        s.routine_id,
                        s.routine_version,
                        json.dumps(s.params, sort_keys=True, allow_nan=False),
                        to_iso(s.started_at),
                        to_iso(s.ended_at) if s.ended_at is not None else None,
                        s.outcome,
                        s.stop_reason,
                        s.title,
                        s.kind,
                    ),
                )
                new_session[s.id] = _rowid(cur)
            for c in checkins:
                sid = new_session[c.session_id] if c.session_id is not None else None
                self._insert_checkin(c, sid)
                counts["checkin_regions"] += len(c.body.regions) if c.body else 0
            self._conn.executemany(
                "INSERT INTO journal (session_id, written_at, prompt, text) VALUES (?, ?, ?, ?)",
                [
                    (
                        new_session[j.session_id] if j.session_id is not None else None,
                        to_iso(j.written_at),
                        j.prompt,
                        j.text,
                    )
                    for j in journal
                ],
            )
            self._conn.executemany(
                "INSERT INTO peg3 (taken_at, pain, enjoyment, activity) VALUES (?, ?, ?, ?)",
                [(to_iso(p.taken_at), p.pain, p.enjoyment, p.activity) for p in peg3],
            )
            self._conn.executemany(
                "INSERT INTO ketamine_sessions (at, note, logged_at) VALUES (?, ?, ?)",
                [(to_iso(k.at), k.note, to_iso(k.logged_at)) for k in ketamine],
            )
            self._conn.executemany(
                "INSERT INTO app_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list((state or {}).items()),
            )
        counts.update(
            sessions=len(sessions),
            checkins=len(checkins),
            journal=len(journal),
            peg3=len(peg3),
            ketamine_sessions=len(ketamine),
        )
        return counts

    def delete_all(self) -> None:
        """Remove every row of every table in one transaction, then VACUUM and truncate the WAL
        so the deleted entries do not linger in the files. The caller asks for confirmation."""
        with self._transaction():
            for table in TABLES:
                self._conn.execute(f"DELETE FROM {table}")
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def backup_to(self, path: Path) -> None:
        """Write a consistent single-file copy of the history to ``path`` (0600), atomically:
        a reader of ``path`` sees the old file or the whole new one, never a part."""
        from somatic_player.history.backup import backup_database

        backup_database(self._conn, self.path, path)

    @classmethod
    def restore_from(
        cls, source: Path, target: Path | None = None, *, clock: Clock = utc_now
    ) -> Store:
        """Replace the history at ``target`` (default: the app's) with the backup ``source`` and
        open it. Close any Store open on ``target`` first.

        Refuses (StoreError, nothing changed) a file that is not a Somatic Player history, is
        damaged, or is newer than this app. The replaced database is kept beside it as
        ``history.sqlite3.before-restore-<time>`` (see ``backup.restore_database``).
        """
        from somatic_player.history.backup import restore_database

        target = default_path() if target is None else target
        restore_database(source, target, now=clock())
        return cls.open(target, clock=clock)

    # -- helpers --------------------------------------------------------------------------------

    def _now(self) -> str:
        return to_iso(self._clock())

    @contextmanager
    def _transaction(self, what: str | None = None) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; refused rows become ValueError; any failure rolls back.

        With ``what`` ("this check-in"), a failure of the database itself (full disk, read-only
        folder, busy, I/O error) becomes a StoreError that says so in plain words.
        """
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            yield
            self._conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            self._rollback()
            raise ValueError(f"refused by the history database: {exc}") from exc
        except sqlite3.Error as exc:
            self._rollback()
            if what is None:
                raise
            raise not_saved(exc, what, self.path.parent) from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
                self._conn.execute("ROLLBACK")

    def _write(self, sql: str, args: tuple[object, ...], what: str) -> sqlite3.Cursor:
        """One statement in its own transaction (autocommit): committed when this returns.
        A refused row is a ValueError; a failed write a StoreError about ``what``."""
        try:
            return self._conn.execute(sql, args)
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"refused by the history database: {exc}") from exc
        except sqlite3.Error as exc:
            self._rollback()
            raise not_saved(exc, what, self.path.parent) from exc


def _check_checkin(c: CheckIn) -> None:
    """The plain-words version of the table's CHECKs (ValueError)."""
    if c.moment not in get_args(Moment):
        raise ValueError(f"moment must be before, after or standalone, got {c.moment!r}")
    check_rating("pain_now", c.pain_now)
    check_rating("tension", c.tension)
    to_iso(c.taken_at)  # a time zone is required
    answered = c.pain_now is not None or c.tension is not None or body_state(c.body) != "unanswered"
    if c.skipped and answered:
        raise ValueError("a skipped check-in has no ratings")
    if not c.skipped and not answered:
        raise ValueError("a check-in needs at least one rating (or a body map), or skipped=True")
    if c.moment == "standalone" and c.session_id is not None:
        raise ValueError("a standalone check-in belongs to no session")


def _with_id(c: CheckIn, new_id: int, taken_at: datetime) -> CheckIn:
    body = c.body if body_state(c.body) != "unanswered" else None
    return CheckIn(new_id, c.session_id, c.moment, taken_at, c.pain_now, c.tension, c.skipped, body)


def _session(row: Sequence[Any]) -> SessionRecord:
    return SessionRecord(
        id=row[0],
        routine_id=row[1],
        routine_version=row[2],
        params=json.loads(row[3]),
        started_at=from_iso(row[4]),
        ended_at=from_iso(row[5]) if row[5] is not None else None,
        outcome=row[6],
        stop_reason=row[7],
        title=row[8],
        kind=row[9],
    )


def _rowid(cur: sqlite3.Cursor) -> int:
    if cur.lastrowid is None:  # pragma: no cover - INSERT always sets it
        raise StoreError("the database did not return a row id")
    return cur.lastrowid
