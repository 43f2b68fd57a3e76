"""Builders shared by the history tests: a clock the test sets, body maps, old-schema files."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history import schema

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)  # a Monday
V1_TIME = "2026-11-25T08:30:00.000Z"


class SetClock:
    """Reads ``now``; each reading then moves on by ``step`` (1 s) so times stay distinct."""

    def __init__(self, start: datetime = T0, step: timedelta = timedelta(seconds=1)) -> None:
        self.now = start
        self.step = step

    def __call__(self) -> datetime:
        current = self.now
        self.now += self.step
        return current

    def at(self, moment: datetime) -> SetClock:
        self.now = moment
        return self


def body(*ratings: tuple[int, int] | RegionRating) -> BodyMapRatings:
    """``body((218, 6), (219, 4))``: a map of rated regions (no qualities, none worst)."""
    return BodyMapRatings.of(
        r if isinstance(r, RegionRating) else RegionRating(*r) for r in ratings
    )


def build(path: Path, version: int) -> sqlite3.Connection:
    """A database at ``version`` made by that version's own migration steps."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    for steps in schema.MIGRATIONS[:version]:
        for step in steps:
            if isinstance(step, str):
                conn.execute(step)
            else:
                step(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")
    return conn


def fill_v1(conn: sqlite3.Connection) -> None:
    """Rows a schema-1 app could write: two sessions (one running), four check-ins, a journal
    entry and an app-state key."""
    conn.execute(
        "INSERT INTO sessions (id, routine_id, routine_version, params_json, started_at,"
        " ended_at, outcome, stop_reason) VALUES"
        " (1, 'easy-pace', '1', '{\"minutes\": 5}', ?, '2026-11-25T08:36:00.000Z', 'completed',"
        " NULL), (2, 'pmr-7', '', '{}', '2026-11-25T18:00:00.000Z', NULL, NULL, NULL)",
        (V1_TIME,),
    )
    conn.executemany(
        "INSERT INTO checkins (id, session_id, moment, taken_at, pain_now, tension, skipped)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, "before", V1_TIME, 6, 7, 0),
            (2, 1, "after", "2026-11-25T08:36:30.000Z", 4, None, 0),
            (3, None, "standalone", "2026-11-25T12:00:00.000Z", None, None, 1),
            (7, None, "standalone", "2026-11-25T13:00:00.000Z", None, 2, 0),
        ],
    )
    conn.execute(
        "INSERT INTO journal (session_id, written_at, prompt, text) VALUES (1, ?, 'p', 'warm')",
        (V1_TIME,),
    )
    conn.execute("INSERT INTO app_state (key, value) VALUES ('first_run.done', '1')")
