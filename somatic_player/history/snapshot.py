"""The whole history (or a time range of it) as numpy columns, read in a handful of queries.

The history view and the report draw charts over years of check-ins; building 58,000 region
objects to do that would be slow, so ``load`` reads plain columns and ``History.select`` filters
them by date range and practice kind without touching the database again. Times are UTC epoch
milliseconds; ``day`` columns are local calendar days (proleptic ordinals, ``date.toordinal``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

import numpy as np
from numpy.typing import NDArray

from somatic_player.history.records import (
    KetamineSession,
    Peg3Entry,
    from_iso,
    to_iso,
)

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]

MOMENTS = ("standalone", "before", "after")  # codes 0, 1, 2 in CheckinColumns.moment
STANDALONE, BEFORE, AFTER = 0, 1, 2
BODY_STATES = ("unanswered", "no-pain", "regions")  # codes 0, 1, 2 in CheckinColumns.body
UNANSWERED, NO_PAIN, REGIONS = 0, 1, 2
OUTCOMES = ("running", "completed", "stopped")  # codes 0, 1, 2 in SessionColumns.outcome

# julianday() parses the stored ISO text (with its Z) in C: far faster than Python per row.
_EPOCH_MS = "CAST(round((julianday({}) - 2440587.5) * 86400000.0) AS INTEGER)"


@dataclass(frozen=True, eq=False)
class CheckinColumns:
    """One entry per check-in, in time order. ``pain``/``tension`` are NaN when not answered;
    ``session_id`` is 0 for a standalone check-in."""

    id: IntArray
    time_ms: IntArray
    day: IntArray
    session_id: IntArray
    moment: IntArray
    pain: FloatArray
    tension: FloatArray
    skipped: BoolArray
    body: IntArray

    def __len__(self) -> int:
        return len(self.id)

    def take(self, index: IntArray | BoolArray) -> CheckinColumns:
        return CheckinColumns(**{k: v[index] for k, v in vars(self).items()})


@dataclass(frozen=True, eq=False)
class RegionColumns:
    """One entry per rated region; ``row`` indexes the check-in columns (grouped, ascending)."""

    row: IntArray
    code: IntArray
    rating: IntArray
    qualities: IntArray
    worst: BoolArray

    def __len__(self) -> int:
        return len(self.row)


@dataclass(frozen=True, eq=False)
class SessionColumns:
    """One entry per session, by start time. ``end_ms`` is -1 while running; ``minutes`` NaN."""

    id: IntArray
    start_ms: IntArray
    end_ms: IntArray
    day: IntArray
    minutes: FloatArray
    outcome: IntArray
    routine_id: tuple[str, ...]
    title: tuple[str, ...]
    kind: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.id)

    def take(self, index: IntArray) -> SessionColumns:
        pick = index.tolist()
        return SessionColumns(
            id=self.id[index],
            start_ms=self.start_ms[index],
            end_ms=self.end_ms[index],
            day=self.day[index],
            minutes=self.minutes[index],
            outcome=self.outcome[index],
            routine_id=tuple(self.routine_id[i] for i in pick),
            title=tuple(self.title[i] for i in pick),
            kind=tuple(self.kind[i] for i in pick),
        )


@dataclass(frozen=True, eq=False)
class History:
    """A read-only snapshot for charts. ``since``/``until``/``kind`` say what it was cut to."""

    checkins: CheckinColumns
    regions: RegionColumns
    sessions: SessionColumns
    peg3: tuple[Peg3Entry, ...]
    ketamine: tuple[KetamineSession, ...]
    tz: tzinfo | None
    since: datetime | None = None
    until: datetime | None = None
    kind: str | None = None

    def select(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        kind: str | None = None,
    ) -> History:
        """The part from ``since`` (included) to ``until`` (excluded) and, with ``kind``, only
        sessions of that practice kind and their check-ins (standalone check-ins drop out)."""
        lo = epoch_ms(since) if since is not None else None
        hi = epoch_ms(until) if until is not None else None
        s = self.sessions
        keep_s = _in_range(s.start_ms, lo, hi)
        if kind is not None:
            keep_s &= np.array([k == kind for k in s.kind], dtype=bool)
        c = self.checkins
        keep_c = _in_range(c.time_ms, lo, hi)
        if kind is not None:
            keep_c &= np.isin(c.session_id, s.id[keep_s])
        new_index = np.cumsum(keep_c) - 1
        r = self.regions
        keep_r = keep_c[r.row]
        regions = RegionColumns(
            row=new_index[r.row[keep_r]],
            code=r.code[keep_r],
            rating=r.rating[keep_r],
            qualities=r.qualities[keep_r],
            worst=r.worst[keep_r],
        )
        peg3 = tuple(p for p in self.peg3 if _between(p.taken_at, since, until))
        ketamine = tuple(k for k in self.ketamine if _between(k.at, since, until))
        return History(
            checkins=c.take(keep_c),
            regions=regions,
            sessions=s.take(np.flatnonzero(keep_s)),
            peg3=peg3,
            ketamine=ketamine,
            tz=self.tz,
            since=since if since is not None else self.since,
            until=until if until is not None else self.until,
            kind=kind if kind is not None else self.kind,
        )


def load(
    conn: sqlite3.Connection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    tz: tzinfo | None = None,
) -> History:
    """Read the history (check-ins, region ratings, sessions, PEG-3, ketamine sessions)."""
    c_where, c_args = _range("c.taken_at", since, until)
    rows = conn.execute(
        f"SELECT c.id, {_EPOCH_MS.format('c.taken_at')}, COALESCE(c.session_id, 0),"
        " CASE c.moment WHEN 'before' THEN 1 WHEN 'after' THEN 2 ELSE 0 END,"
        " c.pain_now, c.tension, c.skipped,"
        " CASE c.body_map WHEN 'no-pain' THEN 1 WHEN 'regions' THEN 2 ELSE 0 END"
        f" FROM checkins c{c_where} ORDER BY c.taken_at, c.id",
        c_args,
    ).fetchall()
    cols: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 8
    time_ms = np.array(cols[1], dtype=np.int64)
    checkins = CheckinColumns(
        id=np.array(cols[0], dtype=np.int64),
        time_ms=time_ms,
        day=local_days(time_ms, tz),
        session_id=np.array(cols[2], dtype=np.int64),
        moment=np.array(cols[3], dtype=np.int64),
        pain=np.array(cols[4], dtype=np.float64),
        tension=np.array(cols[5], dtype=np.float64),
        skipped=np.array(cols[6], dtype=bool),
        body=np.array(cols[7], dtype=np.int64),
    )

    join = " JOIN checkins c ON c.id = r.checkin_id" if c_where else ""
    region_rows = conn.execute(
        "SELECT r.checkin_id, r.code, r.rating, r.qualities, r.worst FROM checkin_regions r"
        f"{join}{c_where}",
        c_args,
    ).fetchall()
    regions = _region_columns(region_rows, checkins.id)

    s_where, s_args = _range("started_at", since, until)
    session_rows = conn.execute(
        f"SELECT id, {_EPOCH_MS.format('started_at')},"
        f" COALESCE({_EPOCH_MS.format('ended_at')}, -1),"
        " CASE outcome WHEN 'completed' THEN 1 WHEN 'stopped' THEN 2 ELSE 0 END,"
        f" routine_id, routine_title, kind FROM sessions{s_where} ORDER BY started_at, id",
        s_args,
    ).fetchall()
    scols: list[tuple[Any, ...]] = list(zip(*session_rows, strict=True)) if session_rows else []
    scols = scols or [()] * 7
    start_ms = np.array(scols[1], dtype=np.int64)
    end_ms = np.array(scols[2], dtype=np.int64)
    minutes = np.where(end_ms >= 0, (end_ms - start_ms) / 60_000.0, np.nan)
    sessions = SessionColumns(
        id=np.array(scols[0], dtype=np.int64),
        start_ms=start_ms,
        end_ms=end_ms,
        day=local_days(start_ms, tz),
        minutes=minutes.astype(np.float64),
        outcome=np.array(scols[3], dtype=np.int64),
        routine_id=tuple(scols[4]),
        title=tuple(scols[5]),
        kind=tuple(scols[6]),
    )

    p_where, p_args = _range("taken_at", since, until)
    peg3 = tuple(
        Peg3Entry(r[0], from_iso(r[1]), r[2], r[3], r[4])
        for r in conn.execute(
            f"SELECT id, taken_at, pain, enjoyment, activity FROM peg3{p_where}"
            " ORDER BY taken_at, id",
            p_args,
        )
    )
    k_where, k_args = _range("at", since, until)
    ketamine = tuple(
        KetamineSession(r[0], from_iso(r[1]), r[2], from_iso(r[3]))
        for r in conn.execute(
            f"SELECT id, at, note, logged_at FROM ketamine_sessions{k_where} ORDER BY at, id",
            k_args,
        )
    )
    return History(checkins, regions, sessions, peg3, ketamine, tz, since, until)


def _region_columns(rows: list[Any], checkin_ids: IntArray) -> RegionColumns:
    if not rows:
        empty = np.zeros(0, dtype=np.int64)
        return RegionColumns(empty, empty, empty, empty, np.zeros(0, dtype=bool))
    table = np.array(rows, dtype=np.int64)
    order = np.argsort(checkin_ids, kind="stable")
    rows_of = order[np.searchsorted(checkin_ids[order], table[:, 0])]
    by_row = np.argsort(rows_of, kind="stable")
    table = table[by_row]
    return RegionColumns(
        row=rows_of[by_row].astype(np.int64),
        code=table[:, 1].copy(),
        rating=table[:, 2].copy(),
        qualities=table[:, 3].copy(),
        worst=table[:, 4].astype(bool),
    )


def local_days(time_ms: IntArray, tz: tzinfo | None) -> IntArray:
    """The local calendar day (``date.toordinal``) of each UTC epoch-millisecond time.

    The UTC offset is looked up at the edges of each distinct UTC day; only on a day whose edges
    differ (a daylight-saving change) is it looked up per time. Ten years cost a few thousand
    look-ups, not one per row.
    """
    if len(time_ms) == 0:
        return np.zeros(0, dtype=np.int64)
    utc_days = time_ms // _DAY_MS
    edges = np.union1d(utc_days, utc_days + 1)
    edge_offsets = np.array([_offset_ms(int(d) * 86_400, tz) for d in edges.tolist()])
    at_start = edge_offsets[np.searchsorted(edges, utc_days)]
    at_end = edge_offsets[np.searchsorted(edges, utc_days + 1)]
    offsets = at_start.astype(np.int64)
    for i in np.flatnonzero(at_start != at_end).tolist():
        offsets[i] = _offset_ms(int(time_ms[i]) // 1000, tz)
    return (time_ms + offsets) // _DAY_MS + _EPOCH_ORDINAL


_DAY_MS = 86_400_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_ORDINAL = _EPOCH.toordinal()


def _offset_ms(epoch_s: int, tz: tzinfo | None) -> int:
    moment = datetime.fromtimestamp(epoch_s, UTC)
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    offset = local.utcoffset()
    return int(offset.total_seconds() * 1000) if offset is not None else 0


def epoch_ms(moment: datetime) -> int:
    """UTC epoch milliseconds of an aware datetime, truncated to the millisecond as stored."""
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def _in_range(values: IntArray, lo: int | None, hi: int | None) -> BoolArray:
    keep = np.ones(len(values), dtype=bool)
    if lo is not None:
        keep &= values >= lo
    if hi is not None:
        keep &= values < hi
    return keep


def _between(moment: datetime, since: datetime | None, until: datetime | None) -> bool:
    return (since is None or moment >= since) and (until is None or moment < until)


def _range(column: str, since: datetime | None, until: datetime | None) -> tuple[str, list[str]]:
    parts, args = [], []
    if since is not None:
        parts.append(f"{column} >= ?")
        args.append(to_iso(since))
    if until is not None:
        parts.append(f"{column} < ?")
        args.append(to_iso(until))
    return (" WHERE " + " AND ".join(parts) if parts else ""), args
