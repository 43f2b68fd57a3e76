"""What each history chart shows: ``analysis`` results turned into ``ChartData`` with words.

Numbers come from ``somatic_player.history.analysis`` unchanged; this module only places them
on the time axis (epoch seconds; a day's values at its local noon, a week's in its middle) and
writes the exact-value texts shown on hover and in the tables. Wording describes, never judges.
No Qt here: the chart widgets (``history_charts``) draw whatever a ``ChartData`` holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal

import numpy as np

from somatic_player.core.bodymap import REGIONS, describe
from somatic_player.history import analysis
from somatic_player.history.snapshot import AFTER, BEFORE, FloatArray, History, IntArray

Style = Literal["line", "points", "line_points", "hollow", "squares", "bars"]

DAY_S = 86_400.0
PAIN_RANGE = (0.0, 10.0)


@dataclass(frozen=True, eq=False)
class Series:
    """Values aligned with ``ChartData.x`` (NaN where none), drawn in one style and colour
    (a ``ThemeColors`` field name)."""

    label: str
    y: FloatArray
    style: Style
    colour: str = "accent"
    decimals: int = 0

    def text(self, i: int) -> str:
        value = float(self.y[i])
        return "none" if value != value else f"{value:.{self.decimals}f}"


@dataclass(frozen=True, eq=False)
class ChartData:
    """What one chart shows: times (epoch seconds, ascending) and series aligned with them.
    ``x_text(i)`` names row ``i``, ``describe(i)`` is its hover text with exact values, and
    ``extra`` adds text columns to the table."""

    x: FloatArray
    series: tuple[Series, ...]
    x_text: Callable[[int], str]
    describe: Callable[[int], str]
    y_title: str
    y_range: tuple[float, float] | None = None
    x_range: tuple[float, float] | None = None
    x_title: str = "Date"
    extra: tuple[tuple[str, Callable[[int], str]], ...] = ()
    bar_width_s: float = 6 * DAY_S

    def rows(self) -> IntArray:
        """The indices with at least one value: the points drawn, the rows of the table."""
        finite = np.zeros(len(self.x), dtype=bool)
        for s in self.series:
            finite |= np.isfinite(s.y)
        return np.flatnonzero(finite)


def day_text(day: date) -> str:
    """``"Tue 3 Mar 2026"``."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def when_text(moment: datetime) -> str:
    """``"Tue 3 Mar 2026, 07:40"`` in the local time of ``moment``."""
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def kind_label(kind: str) -> str:
    return analysis.KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


def minutes_text(minutes: float) -> str:
    """``"45 minutes"``, ``"3 hours 5 minutes"``."""
    total = round(minutes)
    hours, rest = divmod(total, 60)
    if not hours:
        return f"{rest} minute{'s' if rest != 1 else ''}"
    text = f"{hours} hour{'s' if hours != 1 else ''}"
    return text + (f" {rest} minute{'s' if rest != 1 else ''}" if rest else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


class DayPositions:
    """Day ordinals to epoch seconds of local noon, remembered (DST-aware look-ups are slow)."""

    def __init__(self, tz: tzinfo | None) -> None:
        self.tz = tz
        self._noon: dict[int, float] = {}

    def clear(self) -> None:
        self._noon.clear()

    def __call__(self, days: IntArray) -> FloatArray:
        wanted = days.tolist()
        missing = sorted(set(wanted) - self._noon.keys())
        if missing:
            starts = analysis.day_start_epoch_s(np.array(missing, dtype=np.int64), self.tz)
            self._noon.update(zip(missing, (starts + DAY_S / 2).tolist(), strict=True))
        return np.array([self._noon[d] for d in wanted], dtype=np.float64)


def _local(h: History, epoch_s: float) -> datetime:
    return datetime.fromtimestamp(epoch_s, h.tz)


def first_record_s(h: History, default: float) -> float:
    """Epoch seconds of the earliest check-in, session or PEG-3 in ``h``."""
    firsts = [default]
    if len(h.checkins):
        firsts.append(int(h.checkins.time_ms[0]) / 1000.0)
    if len(h.sessions):
        firsts.append(int(h.sessions.start_ms[0]) / 1000.0)
    if h.peg3:
        firsts.append(h.peg3[0].taken_at.timestamp())
    return min(firsts)


def summary_text(h: History, x_range: tuple[float, float], kind: str | None) -> str:
    first, last = (_local(h, x).date() for x in (x_range[0], x_range[1] - 1))
    text = (
        f"{day_text(first)} to {day_text(last)}: {_plural(len(h.sessions), 'session')}, "
        f"{_plural(len(h.checkins), 'check-in')}."
    )
    if kind:
        text += (
            f" Only {kind_label(kind).lower()} sessions and their check-ins are shown; "
            "stand-alone check-ins are left out."
        )
    return text


def daily_chart(
    d: analysis.DailySeries,
    measure: analysis.Measure,
    day_x: DayPositions,
    x_range: tuple[float, float],
) -> ChartData | None:
    """Daily mean (dots) and 7-day average (line) of pain or tension."""
    y, avg = (d.pain, d.pain_7d) if measure == "pain" else (d.tension, d.tension_7d)
    if not np.isfinite(y).any():
        return None

    def when(i: int) -> str:
        return day_text(date.fromordinal(int(d.days[i])))

    def describe_day(i: int) -> str:
        parts = [
            f"{measure} {y[i]:.1f} (average of the day)"
            if np.isfinite(y[i])
            else f"no {measure} rating"
        ]
        if np.isfinite(avg[i]):
            parts.append(f"7-day average {avg[i]:.1f}")
        return f"{when(i)}: " + ", ".join(parts)

    return ChartData(
        x=day_x(d.days),
        series=(
            Series("Average of the day", y, "points", "muted_text", 1),
            Series("7-day average", avg, "line", "accent", 1),
        ),
        x_text=when,
        describe=describe_day,
        y_title=f"{measure.capitalize()} (0 to 10)",
        y_range=PAIN_RANGE,
        x_range=x_range,
        extra=(("Check-ins", lambda i: str(int(d.checkins[i]))),),
    )


def session_pain(h: History) -> tuple[FloatArray, FloatArray]:
    """Pain before and after each session of ``h`` (NaN where not given): the latest before and
    after check-in with a rating, as ``analysis.session_changes`` takes them, without building
    an object per session (ten years hold thousands)."""
    c, s = h.checkins, h.sessions
    rated = (c.session_id > 0) & ~(np.isnan(c.pain) & np.isnan(c.tension))
    order = np.argsort(s.id, kind="stable")
    out = []
    for moment in (BEFORE, AFTER):
        rows = np.flatnonzero(rated & (c.moment == moment))[::-1]  # latest first
        sids, first = np.unique(c.session_id[rows], return_index=True)
        latest = rows[first]
        at = np.minimum(np.searchsorted(s.id[order], sids), max(len(s) - 1, 0))
        known = s.id[order][at] == sids if len(s) else np.zeros(0, dtype=bool)
        values = np.full(len(s), np.nan)
        values[order[at[known]]] = c.pain[latest[known]]
        out.append(values)
    return out[0], out[1]


def sessions_chart(h: History, x_range: tuple[float, float]) -> ChartData | None:
    """Pain before (hollow circles) and after (filled squares) each session."""
    before, after = session_pain(h)
    s = h.sessions
    if not (np.isfinite(before).any() or np.isfinite(after).any()):
        return None

    def title(i: int) -> str:
        return s.title[i] or s.routine_id[i]

    def when(i: int) -> str:
        return when_text(_local(h, int(s.start_ms[i]) / 1000.0))

    def change(i: int) -> str:
        b, a = before[i], after[i]
        if not (np.isfinite(b) and np.isfinite(a)):
            return "after not rated" if np.isfinite(b) else "before not rated"
        text = f"{a - b:+.0f} points"
        return text + (f", {100.0 * (a - b) / b:+.0f}%" if b else "")

    def describe_session(i: int) -> str:
        b, a = before[i], after[i]
        if np.isfinite(b) and np.isfinite(a):
            said = f"pain {b:.0f} before, {a:.0f} after ({change(i)})"
        elif np.isfinite(b):
            said = f"pain {b:.0f} before, after not rated"
        else:
            said = f"pain {a:.0f} after, before not rated"
        return f"{when(i)}, {title(i)}: {said}"

    return ChartData(
        x=s.start_ms / 1000.0,
        series=(
            Series("Before practice", before, "hollow", "link"),
            Series("After practice", after, "squares", "accent"),
        ),
        x_text=when,
        describe=describe_session,
        y_title="Pain (0 to 10)",
        y_range=PAIN_RANGE,
        x_range=x_range,
        x_title="Session",
        extra=(("Practice", title), ("Change", change)),
    )


def peg3_chart(h: History, x_range: tuple[float, float]) -> ChartData | None:
    entries = h.peg3
    if not entries:
        return None
    _, scores = analysis.peg3_scores(h)

    def when(i: int) -> str:
        return when_text(entries[i].taken_at.astimezone(h.tz))

    def describe_peg(i: int) -> str:
        p = entries[i]
        return (
            f"{when(i)}: PEG-3 score {scores[i]:.1f} (average pain {p.pain}, interference with "
            f"enjoyment of life {p.enjoyment}, with general activity {p.activity})"
        )

    return ChartData(
        x=np.array([p.taken_at.timestamp() for p in entries], dtype=np.float64),
        series=(
            Series("PEG-3 score", np.array(scores, dtype=np.float64), "line_points", decimals=1),
        ),
        x_text=when,
        describe=describe_peg,
        y_title="Score (0 to 10)",
        y_range=PAIN_RANGE,
        x_range=x_range,
        extra=(
            ("Average pain", lambda i: str(entries[i].pain)),
            ("Enjoyment of life", lambda i: str(entries[i].enjoyment)),
            ("General activity", lambda i: str(entries[i].activity)),
        ),
    )


def _checkin_chart(
    h: History,
    points: analysis.CheckinSeries,
    label: str,
    words: str,
    x_range: tuple[float, float],
    y_title: str,
    y_range: tuple[float, float] | None,
) -> ChartData | None:
    if not len(points.time_ms):
        return None
    x = points.times_s
    y = points.values.astype(np.float64)

    def when(i: int) -> str:
        return when_text(_local(h, float(x[i])))

    style: Style = "points" if len(x) > 120 else "line_points"
    return ChartData(
        x=x,
        series=(Series(label, y, style),),
        x_text=when,
        describe=lambda i: f"{when(i)}: {words.format(n=int(y[i]), s='s' if y[i] != 1 else '')}",
        y_title=y_title,
        y_range=y_range,
        x_range=x_range,
        x_title="Check-in",
    )


def count_chart(h: History, x_range: tuple[float, float]) -> ChartData | None:
    """How many areas were rated above 0 in each body map (of 74)."""
    return _checkin_chart(
        h,
        analysis.widespreadness(h),
        "Painful areas",
        f"{{n}} painful area{{s}} of {len(REGIONS)}",
        x_range,
        f"Areas (of {len(REGIONS)})",
        None,
    )


def rated_codes(h: History) -> dict[int, int]:
    """Each area rated above 0 in ``h`` and in how many maps."""
    r = h.regions
    codes, counts = np.unique(r.code[r.rating > 0], return_counts=True)
    return dict(zip(codes.tolist(), counts.tolist(), strict=True))


def region_chart(h: History, code: int, x_range: tuple[float, float]) -> ChartData | None:
    """One area's rating in each body map (0 where the map did not rate it)."""
    name = describe(code)
    return _checkin_chart(
        h,
        analysis.region_trend(h, code),
        name[0].upper() + name[1:],
        f"{name} {{n}} of 10",
        x_range,
        "Rating (0 to 10)",
        PAIN_RANGE,
    )


def minutes_chart(
    h: History, day_x: DayPositions, x_range: tuple[float, float]
) -> ChartData | None:
    """Minutes practised per week (Monday to Sunday), as bars in the middle of each week."""
    w = analysis.practice_minutes_by_week(h)
    if not len(w.week_starts):
        return None

    def when(i: int) -> str:
        return f"Week of {day_text(date.fromordinal(int(w.week_starts[i])))}"

    def describe_week(i: int) -> str:
        n = int(w.sessions[i])
        return (
            f"{when(i)}: {minutes_text(float(w.minutes[i]))} of practice, {_plural(n, 'session')}"
        )

    return ChartData(
        x=day_x(w.week_starts) + 3 * DAY_S,
        series=(Series("Minutes", w.minutes, "bars"),),
        x_text=when,
        describe=describe_week,
        y_title="Minutes",
        x_range=x_range,
        x_title="Week",
        extra=(("Sessions", lambda i: str(int(w.sessions[i]))),),
    )


def practice_text(h: History) -> str:
    s = h.sessions
    if not len(s):
        return "No sessions in this period."
    total = float(np.nansum(s.minutes))
    text = f"{_plural(len(s), 'session')} in this period, {minutes_text(total)} of practice in all."
    titles = Counter(t or r for t, r in zip(s.title, s.routine_id, strict=True))
    title, count = titles.most_common(1)[0]
    return text + f" Most often: {title} ({_plural(count, 'session')})."
