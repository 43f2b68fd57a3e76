"""Synthetic practice history for demonstrations, screenshots and benchmarks. Clearly marked.

``fill_demo`` writes ``days`` of made-up but plausible history in one transaction: about two
check-ins a day with about eight rated regions each, in clusters a real person might report
(lower back with hips and buttocks, neck with shoulders, now and then knees, head or wrists);
one practice session on most days (easy-pace, pmr-7, seated-gentle-movement) with before and
after check-ins, where the after rating is on average a little lower, with noise, and the odd
stopped session; a weekly PEG-3; a few journal entries; two logged ketamine-assisted sessions.
The same seed gives the same history.

The store's app state gets ``demo_data`` = the ISO time it was added. A store that already holds
records is refused unless ``force=True``, so demo data never mixes silently with a person's own.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history.records import (
    CheckIn,
    JournalEntry,
    KetamineSession,
    Moment,
    Peg3Entry,
    SessionRecord,
    to_iso,
)
from somatic_player.history.store import Store, StoreError

DEMO_STATE_KEY = "demo_data"
MAX_DAYS = 50 * 366

# (routine id, title, kind, typical minutes, mean pain change after, mean tension change after)
ROUTINES = (
    ("easy-pace", "Easy pace breathing", "breathing", 7.0, -0.7, -1.3),
    ("pmr-7", "Muscle relaxation, seven groups", "pmr", 22.0, -0.9, -1.6),
    ("seated-gentle-movement", "Gentle movement, seated", "movement", 12.0, -0.5, -0.8),
)
ROUTINE_WEIGHTS = (0.45, 0.30, 0.25)
STOP_REASONS = ("stopped by the person", "grounding", "the app was closed")

# (codes, offset from the overall level, how often the cluster is rated, typical qualities)
CLUSTERS = (
    ((218, 219, 222, 225, 223, 224), 0.8, 0.95, ("aching", "stiff", "tender")),
    ((205, 206, 207, 210, 105, 106), -0.3, 0.65, ("stiff", "tender", "aching")),
    ((129, 130, 231, 232), -1.0, 0.20, ("aching", "sharp")),
    ((201, 202, 203, 204, 101, 102), -0.5, 0.12, ("throbbing", "heavy")),
    ((119, 124, 125, 128), -1.5, 0.10, ("tingling", "numb")),
)

JOURNAL_LINES = (
    ("What do you notice in your body right now?", "Shoulders a bit softer than this morning."),
    (
        "Where, if anywhere, does it feel a little easier?",
        "Lower back, when I let the out-breath be long.",
    ),
    (
        "What would you like to bring to your therapist?",
        "Evenings are harder than mornings lately.",
    ),
    ("What do you notice in your body right now?", "Warm hands. Jaw less tight."),
    ("Where, if anywhere, does it feel a little easier?", "Neck, after the shoulder rolls."),
)


class DemoDataRefused(StoreError):
    """The store already holds records; demo data is added only with ``force=True``."""


@dataclass(frozen=True)
class DemoRecords:
    """Everything ``build_demo`` made, ready for ``Store.import_records``."""

    sessions: list[SessionRecord]
    checkins: list[CheckIn]
    journal: list[JournalEntry]
    peg3: list[Peg3Entry]
    ketamine: list[KetamineSession]


def fill_demo(
    store: Store,
    *,
    days: int = 90,
    seed: int = 7,
    force: bool = False,
    end: datetime | None = None,
    tz: tzinfo | None = None,
) -> dict[str, int]:
    """Add ``days`` of demo history ending ``end`` (default: now) to ``store``, one transaction.

    Returns the rows added per table. Raises DemoDataRefused if the store already holds records
    and ``force`` is False.
    """
    if store.has_records() and not force:
        if store.get_state(DEMO_STATE_KEY) is not None:
            raise DemoDataRefused(
                f"{store.path}: this history already holds demo data; use force to add more"
            )
        raise DemoDataRefused(
            f"{store.path}: this history already holds your own records; demo data is only "
            "added to an empty history (or with force)"
        )
    end = store.now() if end is None else end
    records = build_demo(days, seed=seed, end=end, tz=tz)
    return store.import_records(
        sessions=records.sessions,
        checkins=records.checkins,
        journal=records.journal,
        peg3=records.peg3,
        ketamine=records.ketamine,
        state={DEMO_STATE_KEY: to_iso(end)},
    )


def build_demo(days: int, *, seed: int = 7, end: datetime, tz: tzinfo | None = None) -> DemoRecords:
    """Make the records of ``days`` days ending on the day of ``end`` (nothing after ``end``)."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be from 1 to {MAX_DAYS}, got {days}")
    return _Generator(days, seed, end, tz or end.astimezone().tzinfo).run()


class _Generator:
    def __init__(self, days: int, seed: int, end: datetime, tz: tzinfo | None) -> None:
        self.rng = random.Random(seed)
        self.days = days
        self.end = end
        self.tz = tz
        self.sessions: list[SessionRecord] = []
        self.checkins: list[CheckIn] = []
        self.journal: list[JournalEntry] = []
        self.peg3: list[Peg3Entry] = []
        self.ketamine: list[KetamineSession] = []
        self.drift = 0.0
        self.flare_days = 0
        self.phase = self.rng.uniform(0, 2 * math.pi)

    def run(self) -> DemoRecords:
        last_day = self.end.astimezone(self.tz).date()
        first_day = last_day - timedelta(days=self.days - 1)
        ketamine_days = {first_day + timedelta(days=round(self.days * f)) for f in (0.35, 0.7)}
        week_pain: list[float] = []
        for i in range(self.days):
            day = first_day + timedelta(days=i)
            level = self._level(i)
            week_pain.append(level)
            if self.rng.random() < 0.95:
                self._session(day, level)
            else:
                self._standalone(day, level, self._at(day, 9, 30))
            if self.rng.random() < 0.05:
                self._standalone(day, level + 0.5, self._at(day, 21, 45))
            if day.weekday() == 6:  # Sunday evening: the weekly PEG-3
                self._peg3(day, sum(week_pain) / len(week_pain))
                week_pain = []
            if day in ketamine_days:
                self._ketamine(day)
            if self.rng.random() < 0.03 and self.sessions:
                self._journal(day)
        keep = [c for c in self.checkins if c.taken_at <= self.end]
        sessions = [s for s in self.sessions if s.started_at <= self.end]
        ids = {s.id for s in sessions}
        sessions = [_ended_by(s, self.end) for s in sessions]
        return DemoRecords(
            sessions=sessions,
            checkins=[c for c in keep if c.session_id is None or c.session_id in ids],
            journal=[j for j in self.journal if j.written_at <= self.end],
            peg3=[p for p in self.peg3 if p.taken_at <= self.end],
            ketamine=self.ketamine,
        )

    # -- the person's day -----------------------------------------------------------------------

    def _level(self, i: int) -> float:
        """The day's underlying pain level: seasonal swing, slow drift, flares."""
        self.drift = 0.97 * self.drift + self.rng.gauss(0, 0.25)
        if self.flare_days == 0 and self.rng.random() < 1 / 45:
            self.flare_days = self.rng.randint(2, 5)
        flare = 2.0 if self.flare_days > 0 else 0.0
        self.flare_days = max(0, self.flare_days - 1)
        seasonal = 0.8 * math.sin(2 * math.pi * i / 365 + self.phase)
        return min(9.0, max(1.0, 5.0 + seasonal + self.drift + flare))

    def _session(self, day: date, level: float) -> None:
        rng = self.rng
        routine_id, title, kind, minutes, pain_change, tension_change = rng.choices(
            ROUTINES, ROUTINE_WEIGHTS
        )[0]
        morning = rng.random() < 0.55
        start = self._at(day, 7 if morning else 18, rng.randint(0, 150))
        length = max(2.0, rng.gauss(minutes, minutes * 0.15))
        stopped = rng.random() < 0.04
        if stopped:
            length *= rng.uniform(0.2, 0.8)
        end = start + timedelta(minutes=length)
        sid = len(self.sessions) + 1
        self.sessions.append(
            SessionRecord(
                id=sid,
                routine_id=routine_id,
                routine_version="1.0",
                params={"minutes": round(minutes, 1), "cue_style": "tones"},
                started_at=start,
                ended_at=end,
                outcome="stopped" if stopped else "completed",
                stop_reason=rng.choice(STOP_REASONS) if stopped else None,
                title=title,
                kind=kind,
            )
        )
        pain_before = _rating(level + rng.gauss(0, 0.7))
        tension_before = _rating(4.0 + 0.5 * (level - 5) + rng.gauss(0, 1.0))
        body = self._body(level)
        self._checkin(
            "before", start + timedelta(seconds=10), pain_before, tension_before, body, sid
        )
        if stopped and rng.random() < 0.5:
            self._checkin("after", end + timedelta(seconds=20), None, None, None, sid, skip=True)
            return
        scale = 0.5 if stopped else 1.0
        pain_after = _rating(pain_before + scale * pain_change + rng.gauss(0, 0.9))
        tension_after = _rating(tension_before + scale * tension_change + rng.gauss(0, 1.0))
        after_body = self._after_body(body, scale * pain_change)
        self._checkin(
            "after", end + timedelta(seconds=20), pain_after, tension_after, after_body, sid
        )

    def _standalone(self, day: date, level: float, at: datetime) -> None:
        rng = self.rng
        pain = _rating(level + rng.gauss(0, 0.8))
        tension = _rating(4.0 + 0.5 * (level - 5) + rng.gauss(0, 1.0))
        self._checkin("standalone", at, pain, tension, self._body(level), None)

    def _checkin(
        self,
        moment: Moment,
        at: datetime,
        pain: int | None,
        tension: int | None,
        body: BodyMapRatings | None,
        session_id: int | None,
        *,
        skip: bool = False,
    ) -> None:
        if not skip and self.rng.random() < 0.02:  # now and then a check-in is skipped
            pain = tension = body = None
            skip = True
        self.checkins.append(
            CheckIn(len(self.checkins) + 1, session_id, moment, at, pain, tension, skip, body)
        )

    def _body(self, level: float) -> BodyMapRatings | None:
        """About eight regions in the person's usual clusters; sometimes not answered."""
        rng = self.rng
        if rng.random() < 0.12:
            return None
        if level < 1.5 and rng.random() < 0.5:
            return BodyMapRatings(no_pain=True)
        ratings: dict[int, RegionRating] = {}
        for codes, offset, how_often, qualities in CLUSTERS:
            if rng.random() >= how_often:
                continue
            take = rng.sample(
                codes, k=max(1, min(len(codes), round(rng.gauss(len(codes) * 0.8, 1))))
            )
            for code in take:
                value = _rating(level + offset + rng.gauss(0, 1.0))
                words = frozenset(rng.sample(qualities, k=rng.choice((0, 1, 1, 2))))
                ratings[code] = RegionRating(code, value, words)
        if not ratings:
            return BodyMapRatings(no_pain=True)
        return _mark_worst(ratings, mark=rng.random() < 0.7)

    def _after_body(self, body: BodyMapRatings | None, change: float) -> BodyMapRatings | None:
        if body is None or body.no_pain:
            return body
        rng = self.rng
        ratings = {
            code: RegionRating(code, _rating(r.rating + change + rng.gauss(0, 0.6)), r.qualities)
            for code, r in body.regions.items()
        }
        return _mark_worst(ratings, mark=body.worst is not None)

    def _peg3(self, day: date, mean_level: float) -> None:
        rng = self.rng
        pain = _rating(mean_level + rng.gauss(0, 0.5))
        enjoyment = _rating(mean_level + 0.5 + rng.gauss(0, 1.0))
        activity = _rating(mean_level + rng.gauss(0, 1.0))
        at = self._at(day, 20, 15)
        self.peg3.append(Peg3Entry(len(self.peg3) + 1, at, pain, enjoyment, activity))

    def _ketamine(self, day: date) -> None:
        at = self._at(day, 10, 0)
        logged = self._at(day, 19, 30)
        note = "Clinic session; resting for the rest of the day."
        self.ketamine.append(KetamineSession(len(self.ketamine) + 1, at, note, logged))

    def _journal(self, day: date) -> None:
        prompt, text = self.rng.choice(JOURNAL_LINES)
        session = self.sessions[-1]
        written = (session.ended_at or session.started_at) + timedelta(minutes=1)
        if written.astimezone(self.tz).date() != day:
            return
        entry = JournalEntry(len(self.journal) + 1, session.id, written, prompt, text)
        self.journal.append(entry)

    def _at(self, day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour), tzinfo=self.tz) + timedelta(minutes=minute)


def _rating(value: float) -> int:
    return min(10, max(0, round(value)))


def _mark_worst(ratings: dict[int, RegionRating], *, mark: bool) -> BodyMapRatings:
    if mark:
        worst = max(ratings.values(), key=lambda r: (r.rating, -r.code))
        if worst.rating > 0:
            ratings[worst.code] = RegionRating(worst.code, worst.rating, worst.qualities, True)
    return BodyMapRatings.of(ratings.values())


def _ended_by(session: SessionRecord, end: datetime) -> SessionRecord:
    """A session that would end after ``end`` is still running at ``end``."""
    if session.ended_at is None or session.ended_at <= end:
        return session
    return SessionRecord(
        session.id,
        session.routine_id,
        session.routine_version,
        session.params,
        session.started_at,
        None,
        None,
        None,
        session.title,
        session.kind,
    )
