"""What the history view and the clinician report show, computed from a ``History`` snapshot.

Pure functions over numpy columns: no database, no Qt, no clock. Filter first with
``History.select(since=, until=, kind=)``; every function here then describes that part.

Wording is descriptive, never a verdict: a change is given in points and percent ("moved from 6.1
to 3.9"), never as "improved", "better" or "worse" (CONTENT.md, "Change"). A body map that was
answered counts every region it does not rate as 0 (as ``core.checkin.region_changes`` does); a
map that was not answered counts for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any, Literal

import numpy as np

from somatic_player.core.bodymap import REGIONS
from somatic_player.history.snapshot import (
    AFTER,
    BEFORE,
    OUTCOMES,
    UNANSWERED,
    BoolArray,
    FloatArray,
    History,
    IntArray,
)

Measure = Literal["pain", "tension"]

WINDOW_DAYS = 7
MIN_DAYS_PER_WINDOW = 3  # a 7-day average from fewer days with ratings is not compared
NOTICEABLE_POINTS = 2.0  # Farrar 2001: at least 2 points ...
NOTICEABLE_PERCENT = 30.0  # ... and at least 30 %
_EPS = 1e-9  # float sums of tenths must not fall just short of a boundary they meet exactly

KIND_LABELS = {
    "breathing": "Breathing",
    "pmr": "Muscle relaxation",
    "movement": "Gentle movement",
    "body-scan": "Body scan",
    "mixed": "Mixed practice",
}
_CODES = np.array(sorted(REGIONS), dtype=np.int64)
_CODE_INDEX = np.full(int(_CODES.max()) + 1, -1, dtype=np.int64)
_CODE_INDEX[_CODES] = np.arange(len(_CODES))


# -- one session --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionChange:
    """A session with its before and after overall ratings (None where not given)."""

    session_id: int
    started_at: datetime
    routine_id: str
    title: str
    kind: str
    outcome: str
    minutes: float | None
    pain_before: int | None
    pain_after: int | None
    tension_before: int | None
    tension_after: int | None

    @property
    def pain_points(self) -> int | None:
        return _points(self.pain_before, self.pain_after)

    @property
    def pain_percent(self) -> float | None:
        return _percent(self.pain_before, self.pain_after)

    @property
    def tension_points(self) -> int | None:
        return _points(self.tension_before, self.tension_after)

    def describe(self, measure: Measure = "pain") -> str | None:
        """``"Pain 6 to 4 (-2 points, -33%)"``: raw points and percent, no verdict."""
        before, after = (
            (self.pain_before, self.pain_after)
            if measure == "pain"
            else (self.tension_before, self.tension_after)
        )
        if before is None or after is None:
            return None
        return f"{measure.capitalize()} {before} to {after} ({_change_words(before, after)})"


def session_changes(h: History) -> list[SessionChange]:
    """Every session in ``h`` with the overall ratings of its before and after check-ins (the
    latest of each, if a session has several), in start order."""
    c = h.checkins
    in_session = np.flatnonzero((c.session_id > 0) & ((c.moment == BEFORE) | (c.moment == AFTER)))
    ratings: dict[tuple[int, int], tuple[int | None, int | None]] = {}
    for sid, moment, pain, tension in zip(
        c.session_id[in_session].tolist(),
        c.moment[in_session].tolist(),
        c.pain[in_session].tolist(),
        c.tension[in_session].tolist(),
        strict=True,
    ):
        if pain == pain or tension == tension:  # NaN != NaN: skipped check-ins do not count
            ratings[(sid, moment)] = (_int(pain), _int(tension))
    s = h.sessions
    out = []
    for i, sid in enumerate(s.id.tolist()):
        pb, tb = ratings.get((sid, BEFORE), (None, None))
        pa, ta = ratings.get((sid, AFTER), (None, None))
        minutes = float(s.minutes[i])
        out.append(
            SessionChange(
                session_id=sid,
                started_at=datetime.fromtimestamp(int(s.start_ms[i]) / 1000, UTC),
                routine_id=s.routine_id[i],
                title=s.title[i],
                kind=s.kind[i],
                outcome=OUTCOMES[int(s.outcome[i])],
                minutes=minutes if minutes == minutes else None,
                pain_before=pb,
                pain_after=pa,
                tension_before=tb,
                tension_after=ta,
            )
        )
    return out


# -- daily means and 7-day averages -------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DailySeries:
    """One entry per calendar day from the first to the last day with a rating (no gaps).

    ``pain``/``tension`` are the day's mean (NaN on a day without one); ``*_7d`` are the mean of
    the daily means of the 7 days ending that day (days without a rating left out; NaN if none).
    """

    days: IntArray
    pain: FloatArray
    tension: FloatArray
    pain_7d: FloatArray
    tension_7d: FloatArray
    checkins: IntArray

    def dates(self) -> list[date]:
        return [date.fromordinal(d) for d in self.days.tolist()]


def daily_series(h: History) -> DailySeries:
    c = h.checkins
    rated = ~np.isnan(c.pain) | ~np.isnan(c.tension)
    if not rated.any():
        empty_i = np.zeros(0, dtype=np.int64)
        empty_f = np.zeros(0, dtype=np.float64)
        return DailySeries(empty_i, empty_f, empty_f, empty_f, empty_f, empty_i)
    first, last = int(c.day[rated].min()), int(c.day[rated].max())
    days = np.arange(first, last + 1, dtype=np.int64)
    index = c.day - first
    pain = _daily_mean(index, c.pain, len(days))
    tension = _daily_mean(index, c.tension, len(days))
    count = np.bincount(index[rated], minlength=len(days)).astype(np.int64)
    return DailySeries(
        days, pain, tension, rolling_mean(pain), rolling_mean(tension), count[: len(days)]
    )


def _daily_mean(index: IntArray, values: FloatArray, n: int) -> FloatArray:
    has = ~np.isnan(values)
    sums = np.bincount(index[has], weights=values[has], minlength=n)[:n]
    counts = np.bincount(index[has], minlength=n)[:n]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def rolling_mean(daily: FloatArray, window: int = WINDOW_DAYS) -> FloatArray:
    """The mean of the days with a value among the ``window`` days ending each day."""
    has = ~np.isnan(daily)
    sums = np.concatenate([[0.0], np.cumsum(np.where(has, daily, 0.0))])
    counts = np.concatenate([[0], np.cumsum(has)])
    end = np.arange(1, len(daily) + 1)
    start = np.maximum(end - window, 0)
    n = counts[end] - counts[start]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, (sums[end] - sums[start]) / np.maximum(n, 1), np.nan)


@dataclass(frozen=True)
class WeekComparison:
    """The 7-day average ending ``end_day`` against the 7 days before it."""

    measure: Measure
    end_day: date
    previous: float
    current: float
    points: float
    percent: float | None  # None when the previous average was 0
    noticeable: bool

    @property
    def sentence(self) -> str:
        """``"Your 7-day average pain moved from 6.1 to 3.9 (-2.2 points, -36%)."``"""
        change = f"{self.points:+.1f} points"
        if self.percent is not None:
            change += f", {self.percent:+.0f}%"
        return (
            f"Your 7-day average {self.measure} moved from {self.previous:.1f} to "
            f"{self.current:.1f} ({change})."
        )


def compare_weeks(
    h: History, measure: Measure = "pain", *, end_day: date | None = None
) -> WeekComparison | None:
    """Compare the 7-day average ending ``end_day`` (default: the last day with a rating) with
    the 7 days before; None if either window has fewer than 3 days with a rating."""
    c = h.checkins
    values = c.pain if measure == "pain" else c.tension
    has = ~np.isnan(values)
    if not has.any():
        return None
    end = end_day.toordinal() if end_day is not None else int(c.day[has].max())

    def window_mean(last: int) -> float | None:
        inside = has & (c.day > last - WINDOW_DAYS) & (c.day <= last)
        days = c.day[inside]
        uniq, inverse = np.unique(days, return_inverse=True)
        if len(uniq) < MIN_DAYS_PER_WINDOW:
            return None
        sums = np.bincount(inverse, weights=values[inside])
        counts = np.bincount(inverse)
        return float(np.mean(sums / counts))

    current, previous = window_mean(end), window_mean(end - WINDOW_DAYS)
    if current is None or previous is None:
        return None
    points = current - previous
    percent = 100.0 * points / previous if previous > 0 else None
    noticeable = abs(points) >= NOTICEABLE_POINTS - _EPS and (
        percent is None or abs(percent) >= NOTICEABLE_PERCENT - _EPS
    )
    return WeekComparison(
        measure, date.fromordinal(end), previous, current, points, percent, noticeable
    )


def noticeable_change(
    h: History, measure: Measure = "pain", *, end_day: date | None = None
) -> str | None:
    """The "noticeable change" note, or None: only when the 7-day average moved at least 2
    points AND at least 30 % against the 7 days before (Farrar 2001). Worded descriptively."""
    comparison = compare_weeks(h, measure, end_day=end_day)
    return comparison.sentence if comparison is not None and comparison.noticeable else None


# -- practice time ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class WeeklyMinutes:
    """Minutes practised per ISO week (Monday to Sunday), every week from first to last."""

    week_starts: IntArray  # the Monday, as date.toordinal
    minutes: FloatArray
    sessions: IntArray

    def labels(self) -> list[str]:
        """``"2026-W48"`` for each week."""
        out = []
        for d in self.week_starts.tolist():
            year, week, _ = date.fromordinal(d).isocalendar()
            out.append(f"{year}-W{week:02d}")
        return out


def practice_minutes_by_week(h: History) -> WeeklyMinutes:
    """Time practised (start to end, stopped sessions included) per week of the start day;
    sessions that never ended do not count."""
    s = h.sessions
    ended = ~np.isnan(s.minutes)
    if not ended.any():
        empty = np.zeros(0, dtype=np.int64)
        return WeeklyMinutes(empty, np.zeros(0, dtype=np.float64), empty)
    mondays = s.day[ended] - (s.day[ended] - 1) % 7  # ordinal 1 (1 Jan of year 1) is a Monday
    first, last = int(mondays.min()), int(mondays.max())
    weeks = np.arange(first, last + 1, 7, dtype=np.int64)
    index = (mondays - first) // 7
    minutes = np.bincount(index, weights=s.minutes[ended], minlength=len(weeks))
    counts = np.bincount(index, minlength=len(weeks)).astype(np.int64)
    return WeeklyMinutes(weeks, minutes.astype(np.float64), counts)


# -- body maps ----------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CheckinSeries:
    """A value per check-in (those with an answered body map), in time order."""

    time_ms: IntArray
    values: IntArray

    @property
    def times_s(self) -> FloatArray:
        """UTC epoch seconds (what plotting date axes take)."""
        return self.time_ms / 1000.0


def widespreadness(h: History) -> CheckinSeries:
    """How many regions (of 74) were rated above 0 at each check-in with an answered map."""
    c, r = h.checkins, h.regions
    counts = np.bincount(r.row[r.rating > 0], minlength=len(c)).astype(np.int64)
    answered = _answered(h)
    return CheckinSeries(c.time_ms[answered], counts[answered])


def region_trend(h: History, code: int) -> CheckinSeries:
    """One region's rating at each check-in with an answered map (0 where it was not rated)."""
    if code not in REGIONS:
        raise ValueError(f"{code} is not a CHOIR body-map region")
    c, r = h.checkins, h.regions
    values = np.zeros(len(c), dtype=np.int64)
    mine = r.code == code
    values[r.row[mine]] = r.rating[mine]
    answered = _answered(h)
    return CheckinSeries(c.time_ms[answered], values[answered])


@dataclass(frozen=True)
class RegionValues:
    """A value per CHOIR code (all 74) for a body-map picture, and how many maps it rests on."""

    values: dict[int, float]
    maps: int

    @property
    def rated(self) -> dict[int, float]:
        """Only the regions above 0."""
        return {code: v for code, v in self.values.items() if v > 0}


def region_heatmap(h: History, how: Literal["mean", "latest"] = "mean") -> RegionValues:
    """Per region: the mean rating over every answered map in ``h`` (``"mean"``), or its rating
    in the most recent answered map (``"latest"``)."""
    answered = np.flatnonzero(_answered(h))
    if how == "latest":
        rows = answered[-1:]
    elif how == "mean":
        rows = answered
    else:
        raise ValueError(f"how must be 'mean' or 'latest', got {how!r}")
    return _mean_map(h, rows)


@dataclass(frozen=True)
class BeforeAfterMaps:
    """Mean rating per region over the before maps and over the after maps of the same sessions
    (sessions with both maps answered)."""

    before: RegionValues
    after: RegionValues
    sessions: int


def before_after_maps(h: History) -> BeforeAfterMaps:
    c = h.checkins
    answered = _answered(h)
    last: dict[tuple[int, int], int] = {}
    candidates = np.flatnonzero(answered & (c.session_id > 0))
    for i, sid, moment in zip(
        candidates.tolist(),
        c.session_id[candidates].tolist(),
        c.moment[candidates].tolist(),
        strict=True,
    ):
        if moment in (BEFORE, AFTER):
            last[(sid, moment)] = i
    befores = {sid for sid, m in last if m == BEFORE}
    paired = sorted(befores & {sid for sid, m in last if m == AFTER})
    before_rows = np.array([last[(sid, BEFORE)] for sid in paired], dtype=np.int64)
    after_rows = np.array([last[(sid, AFTER)] for sid in paired], dtype=np.int64)
    return BeforeAfterMaps(_mean_map(h, before_rows), _mean_map(h, after_rows), len(paired))


def _mean_map(h: History, rows: IntArray) -> RegionValues:
    r = h.regions
    picked = np.isin(r.row, rows)
    sums = np.bincount(_CODE_INDEX[r.code[picked]], weights=r.rating[picked], minlength=len(_CODES))
    n = len(rows)
    means = sums / n if n else np.zeros(len(_CODES))
    return RegionValues(dict(zip(_CODES.tolist(), means.tolist(), strict=True)), n)


def _answered(h: History) -> BoolArray:
    answered: BoolArray = h.checkins.body != UNANSWERED
    return answered


# -- what seems to help -------------------------------------------------------------------------


@dataclass(frozen=True)
class PracticeSummary:
    """Average before-to-after change in overall pain for one routine or one practice kind."""

    group: Literal["routine", "kind"]
    key: str
    label: str
    sessions: int
    mean_points: float
    mean_tension_points: float | None

    @property
    def sentence(self) -> str:
        """``"Easy pace breathing: on average your pain rating was 0.8 points lower after
        practice than before (42 sessions)."``"""
        n = f"{self.sessions} session{'s' if self.sessions != 1 else ''}"
        size = abs(self.mean_points)
        if size < 0.05:
            return (
                f"{self.label}: on average your pain rating was about the same after practice "
                f"as before ({n})."
            )
        direction = "lower" if self.mean_points < 0 else "higher"
        return (
            f"{self.label}: on average your pain rating was {size:.1f} points {direction} "
            f"after practice than before ({n})."
        )


def what_seems_to_help(h: History, *, min_sessions: int = 1) -> list[PracticeSummary]:
    """Per routine, then per practice kind: the mean change in overall pain from the before to
    the after check-in, over sessions that have both, most practised first."""
    # key -> [sessions, sum of pain points, tension sessions, sum of tension points, title]
    totals: dict[tuple[str, str], list[Any]] = {}
    for s in session_changes(h):
        if s.pain_before is None or s.pain_after is None:
            continue
        points = s.pain_after - s.pain_before
        tension = s.tension_points
        for key in (("routine", s.routine_id), ("kind", s.kind)):
            if not key[1]:
                continue
            t = totals.setdefault(key, [0, 0, 0, 0, ""])
            t[0] += 1
            t[1] += points
            if tension is not None:
                t[2] += 1
                t[3] += tension
            t[4] = s.title or t[4]
    out: list[PracticeSummary] = []
    groups: tuple[Literal["routine", "kind"], ...] = ("routine", "kind")
    for group in groups:
        summaries = [
            PracticeSummary(
                group,
                key,
                (t[4] or key)
                if group == "routine"
                else KIND_LABELS.get(key, key.replace("-", " ").capitalize()),
                t[0],
                t[1] / t[0],
                t[3] / t[2] if t[2] else None,
            )
            for (g, key), t in totals.items()
            if g == group and t[0] >= min_sessions
        ]
        out.extend(sorted(summaries, key=lambda p: (-p.sessions, p.label)))
    return out


# -- PEG-3 --------------------------------------------------------------------------------------


def peg3_scores(h: History) -> tuple[list[datetime], list[float]]:
    """When each PEG-3 was answered and its score (mean of the three items, one decimal)."""
    return [p.taken_at for p in h.peg3], [p.score for p in h.peg3]


# -- helpers ------------------------------------------------------------------------------------


def day_start_epoch_s(days: IntArray, tz: tzinfo | None = None) -> FloatArray:
    """Epoch seconds of local midnight of each day ordinal (``tz`` None: the computer's zone)."""
    out = []
    for d in days.tolist():
        midnight = datetime.combine(date.fromordinal(d), time())
        aware = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
        out.append(aware.timestamp())
    return np.array(out, dtype=np.float64)


def _change_words(before: float, after: float) -> str:
    points = after - before
    text = f"{points:+g} points" if float(points).is_integer() else f"{points:+.1f} points"
    if before:
        text += f", {100.0 * points / before:+.0f}%"
    return text


def _points(before: int | None, after: int | None) -> int | None:
    return after - before if before is not None and after is not None else None


def _percent(before: int | None, after: int | None) -> float | None:
    if before is None or after is None or before == 0:
        return None
    return 100.0 * (after - before) / before


def _int(value: float) -> int | None:
    return int(value) if value == value else None
