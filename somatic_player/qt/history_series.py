"""What each history chart shows: ``analysis`` results turned into ``ChartData`` with words.

Numbers come from ``somatic_player.history.analysis`` unchanged; this module only places them
on the time axis (epoch seconds; a day's values at its local noon, a week's in its middle) and
writes the exact-value texts shown on hover and in the tables. Wording describes, never judges.
No widgets here (only QLocale, for dates and numbers in the person's language): the chart widgets
(``history_charts``) draw whatever a ``ChartData`` holds.

The small helpers for people's text (``number``, ``signed``, ``day_text``, ``time_text``,
``kind_label``) are shared by the history page and the clinician report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal

import numpy as np
from PySide6.QtCore import QDate, QLocale, QTime

from somatic_player.core.bodymap import REGIONS, describe
from somatic_player.history import analysis
from somatic_player.history.snapshot import AFTER, BEFORE, FloatArray, History, IntArray
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate

Style = Literal["line", "points", "line_points", "hollow", "squares", "bars"]

DAY_S = 86_400.0
PAIN_RANGE = (0.0, 10.0)
# The kinds of practice by name (the keys of ``analysis.KIND_LABELS``), translated where shown.
KIND_NAMES = {
    "breathing": QT_TRANSLATE_NOOP("history_series", "Breathing"),
    "pmr": QT_TRANSLATE_NOOP("history_series", "Muscle relaxation"),
    "movement": QT_TRANSLATE_NOOP("history_series", "Gentle movement"),
    "body-scan": QT_TRANSLATE_NOOP("history_series", "Body scan"),
    "mixed": QT_TRANSLATE_NOOP("history_series", "Mixed practice"),
}


# -- words and numbers for people ---------------------------------------------------------------


def number(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals in the person's locale (``2.5``, ``2,5``)."""
    return QLocale().toString(float(value), "f", decimals)


def signed(value: float, decimals: int = 0) -> str:
    """``value`` with its sign always shown (``+2.0``, ``-1.5``), in the person's locale."""
    sign = f"{value:+.{decimals}f}"[0]  # Python decides the sign, as f"{value:+.1f}" did
    locale = QLocale()
    mark = locale.negativeSign() if sign == "-" else locale.positiveSign()
    return mark + locale.toString(abs(float(value)), "f", decimals)


def kind_label(kind: str) -> str:
    """A kind of practice as people read it (``"pmr"``: ``"Muscle relaxation"``)."""
    if kind in KIND_NAMES:
        return translate("history_series", KIND_NAMES[kind])
    return analysis.KIND_LABELS.get(kind, kind.replace("-", " ").capitalize())


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
        if value != value:
            return translate("history_series", "none")
        return number(value, self.decimals)


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
    """``"Tue 3 Mar 2026"`` (names and order from the person's language)."""
    pattern = translate(
        "history_series",
        "ddd d MMM yyyy",
        "Qt date format of a day in tables and hover texts: ddd weekday, d day, MMM month, "
        "yyyy year",
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def time_text(moment: datetime) -> str:
    """``"07:40"`` (or ``"7:40 AM"``), the locale's short time of day."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def when_text(moment: datetime) -> str:
    """``"Tue 3 Mar 2026, 07:40"`` in the local time of ``moment``."""
    return translate("history_series", "{day}, {time}").format(
        day=day_text(moment.date()), time=time_text(moment)
    )


def minutes_text(minutes: float) -> str:
    """``"45 minutes"``, ``"3 hours 5 minutes"``."""
    total = round(minutes)
    hours, rest = divmod(total, 60)
    rest_text = translate("history_series", "%n minute(s)", None, rest)
    if not hours:
        return rest_text
    hours_text = translate("history_series", "%n hour(s)", None, hours)
    if not rest:
        return hours_text
    return translate("history_series", "{hours} {minutes}").format(
        hours=hours_text, minutes=rest_text
    )


def sessions_text(n: int) -> str:
    """``"1 session"``, ``"12 sessions"``."""
    return translate("history_series", "%n session(s)", None, n)


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
    checkins = len(h.checkins)
    text = translate("history_series", "{first} to {last}: {sessions}, {checkins}.").format(
        first=day_text(first),
        last=day_text(last),
        sessions=sessions_text(len(h.sessions)),
        checkins=translate("history_series", "%n check-in(s)", None, checkins),
    )
    if kind:
        only = translate(
            "history_series",
            "Only “{kind}” sessions and their check-ins are shown; stand-alone check-ins are "
            "left out.",
        )
        text += " " + only.format(kind=kind_label(kind))
    return text


def noticeable_text(h: History, measure: analysis.Measure) -> str | None:
    """The "noticeable change" note (``analysis.noticeable_change``) in the person's language:
    only when the 7-day average moved at least 2 points and 30% against the week before."""
    c = analysis.compare_weeks(h, measure)
    if c is None or not c.noticeable:
        return None
    if measure == "pain":
        if c.percent is None:
            text = translate(
                "history_series",
                "Your 7-day average pain moved from {previous} to {current} ({points} points).",
            )
        else:
            text = translate(
                "history_series",
                "Your 7-day average pain moved from {previous} to {current} ({points} points, "
                "{percent}%).",
            )
    elif c.percent is None:
        text = translate(
            "history_series",
            "Your 7-day average tension moved from {previous} to {current} ({points} points).",
        )
    else:
        text = translate(
            "history_series",
            "Your 7-day average tension moved from {previous} to {current} ({points} points, "
            "{percent}%).",
        )
    return text.format(
        previous=number(c.previous, 1),
        current=number(c.current, 1),
        points=signed(c.points, 1),
        percent=signed(c.percent or 0.0, 0),
    )


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
    if measure == "pain":
        rated = translate("history_series", "pain {value} (average of the day)")
        unrated = translate("history_series", "no pain rating")
        y_title = translate("history_series", "Pain (0 to 10)")
    else:
        rated = translate("history_series", "tension {value} (average of the day)")
        unrated = translate("history_series", "no tension rating")
        y_title = translate("history_series", "Tension (0 to 10)")
    average = translate("history_series", "7-day average {value}")

    def when(i: int) -> str:
        return day_text(date.fromordinal(int(d.days[i])))

    def describe_day(i: int) -> str:
        parts = [rated.format(value=number(y[i], 1)) if np.isfinite(y[i]) else unrated]
        if np.isfinite(avg[i]):
            parts.append(average.format(value=number(avg[i], 1)))
        return f"{when(i)}: " + ", ".join(parts)

    return ChartData(
        x=day_x(d.days),
        series=(
            Series(translate("history_series", "Average of the day"), y, "points", "muted_text", 1),
            Series(translate("history_series", "7-day average"), avg, "line", "accent", 1),
        ),
        x_text=when,
        describe=describe_day,
        y_title=y_title,
        y_range=PAIN_RANGE,
        x_range=x_range,
        x_title=translate("history_series", "Date"),
        extra=((translate("history_series", "Check-ins"), lambda i: str(int(d.checkins[i]))),),
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
    after_unrated = translate("history_series", "after not rated")
    before_unrated = translate("history_series", "before not rated")

    def title(i: int) -> str:
        return s.title[i] or s.routine_id[i]

    def when(i: int) -> str:
        return when_text(_local(h, int(s.start_ms[i]) / 1000.0))

    def change(i: int) -> str:
        b, a = before[i], after[i]
        if not (np.isfinite(b) and np.isfinite(a)):
            return after_unrated if np.isfinite(b) else before_unrated
        if not b:
            return translate("history_series", "{points} points").format(points=signed(a - b))
        return translate("history_series", "{points} points, {percent}%").format(
            points=signed(a - b), percent=signed(100.0 * (a - b) / b)
        )

    def describe_session(i: int) -> str:
        b, a = before[i], after[i]
        if np.isfinite(b) and np.isfinite(a):
            said = translate("history_series", "pain {before} before, {after} after ({change})")
            said = said.format(before=number(b), after=number(a), change=change(i))
        elif np.isfinite(b):
            said = translate("history_series", "pain {before} before, after not rated")
            said = said.format(before=number(b))
        else:
            said = translate("history_series", "pain {after} after, before not rated")
            said = said.format(after=number(a))
        return f"{when(i)}, {title(i)}: {said}"

    return ChartData(
        x=s.start_ms / 1000.0,
        series=(
            Series(translate("history_series", "Before practice"), before, "hollow", "link"),
            Series(translate("history_series", "After practice"), after, "squares", "accent"),
        ),
        x_text=when,
        describe=describe_session,
        y_title=translate("history_series", "Pain (0 to 10)"),
        y_range=PAIN_RANGE,
        x_range=x_range,
        x_title=translate("history_series", "Session"),
        extra=(
            (translate("history_series", "Practice"), title),
            (translate("history_series", "Change"), change),
        ),
    )


def peg3_chart(h: History, x_range: tuple[float, float]) -> ChartData | None:
    entries = h.peg3
    if not entries:
        return None
    _, scores = analysis.peg3_scores(h)
    words = translate(
        "history_series",
        "PEG-3 score {score} (average pain {pain}, interference with enjoyment of life "
        "{enjoyment}, with general activity {activity})",
    )

    def when(i: int) -> str:
        return when_text(entries[i].taken_at.astimezone(h.tz))

    def describe_peg(i: int) -> str:
        p = entries[i]
        said = words.format(
            score=number(scores[i], 1), pain=p.pain, enjoyment=p.enjoyment, activity=p.activity
        )
        return f"{when(i)}: {said}"

    return ChartData(
        x=np.array([p.taken_at.timestamp() for p in entries], dtype=np.float64),
        series=(
            Series(
                translate("history_series", "PEG-3 score"),
                np.array(scores, dtype=np.float64),
                "line_points",
                decimals=1,
            ),
        ),
        x_text=when,
        describe=describe_peg,
        y_title=translate("history_series", "Score (0 to 10)"),
        y_range=PAIN_RANGE,
        x_range=x_range,
        x_title=translate("history_series", "Date"),
        extra=(
            (translate("history_series", "Average pain"), lambda i: str(entries[i].pain)),
            (
                translate("history_series", "Enjoyment of life"),
                lambda i: str(entries[i].enjoyment),
            ),
            (
                translate("history_series", "General activity"),
                lambda i: str(entries[i].activity),
            ),
        ),
    )


def _checkin_chart(
    h: History,
    points: analysis.CheckinSeries,
    label: str,
    words: Callable[[int], str],
    x_range: tuple[float, float],
    y_title: str,
    y_range: tuple[float, float] | None,
) -> ChartData | None:
    """One value per check-in; ``words(n)`` says value ``n`` in a sentence."""
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
        describe=lambda i: f"{when(i)}: {words(int(y[i]))}",
        y_title=y_title,
        y_range=y_range,
        x_range=x_range,
        x_title=translate("history_series", "Check-in"),
    )


def count_chart(h: History, x_range: tuple[float, float]) -> ChartData | None:
    """How many areas were rated above 0 in each body map (of 74)."""
    total = len(REGIONS)

    def words(n: int) -> str:
        text = translate("history_series", "%n painful area(s) of {total}", None, n)
        return text.format(total=total)

    return _checkin_chart(
        h,
        analysis.widespreadness(h),
        translate("history_series", "Painful areas"),
        words,
        x_range,
        translate("history_series", "Areas (of {total})").format(total=total),
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
    words = translate("history_series", "{area} {rating} of 10")
    return _checkin_chart(
        h,
        analysis.region_trend(h, code),
        name[0].upper() + name[1:],
        lambda n: words.format(area=name, rating=n),
        x_range,
        translate("history_series", "Rating (0 to 10)"),
        PAIN_RANGE,
    )


def minutes_chart(
    h: History, day_x: DayPositions, x_range: tuple[float, float]
) -> ChartData | None:
    """Minutes practised per week (Monday to Sunday), as bars in the middle of each week."""
    w = analysis.practice_minutes_by_week(h)
    if not len(w.week_starts):
        return None
    week_of = translate("history_series", "Week of {day}")
    practised = translate("history_series", "{minutes} of practice, {sessions}")

    def when(i: int) -> str:
        return week_of.format(day=day_text(date.fromordinal(int(w.week_starts[i]))))

    def describe_week(i: int) -> str:
        said = practised.format(
            minutes=minutes_text(float(w.minutes[i])), sessions=sessions_text(int(w.sessions[i]))
        )
        return f"{when(i)}: {said}"

    return ChartData(
        x=day_x(w.week_starts) + 3 * DAY_S,
        series=(Series(translate("history_series", "Minutes"), w.minutes, "bars"),),
        x_text=when,
        describe=describe_week,
        y_title=translate("history_series", "Minutes"),
        x_range=x_range,
        x_title=translate("history_series", "Week"),
        extra=((translate("history_series", "Sessions"), lambda i: str(int(w.sessions[i]))),),
    )


def practice_text(h: History) -> str:
    s = h.sessions
    if not len(s):
        return translate("history_series", "No sessions in this period.")
    total = float(np.nansum(s.minutes))
    text = translate("history_series", "{sessions} in this period, {minutes} of practice in all.")
    text = text.format(sessions=sessions_text(len(s)), minutes=minutes_text(total))
    titles = Counter(t or r for t, r in zip(s.title, s.routine_id, strict=True))
    title, count = titles.most_common(1)[0]
    most = translate("history_series", "Most often: {practice} ({sessions}).")
    return text + " " + most.format(practice=title, sessions=sessions_text(count))
