"""The records the history store hands out: sessions, check-ins, journal entries, PEG-3, ketamine
session times, plus the on-disk encoding of pain qualities and timestamps.

Plain frozen values, no I/O. ``store.Store`` creates them; exports and the history view read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Literal

from somatic_player.core.checkin import QUALITIES, BodyMapRatings, peg3_score

Moment = Literal["before", "after", "standalone"]
Outcome = Literal["completed", "stopped"]
BodyMapState = Literal["unanswered", "no-pain", "regions"]

# Bit i of the stored qualities mask is QUALITY_BITS[i]. Frozen with schema 2: a new quality is
# appended (bit 12, 13, ...), never inserted, or old rows would change meaning.
QUALITY_BITS: tuple[str, ...] = (
    "aching",
    "throbbing",
    "sharp",
    "shooting",
    "burning",
    "tingling",
    "electric",
    "numb",
    "cramping",
    "tender",
    "heavy",
    "stiff",
)
QUALITY_MASK_MAX = (1 << len(QUALITY_BITS)) - 1
_BIT_OF = {name: 1 << i for i, name in enumerate(QUALITY_BITS)}

if set(QUALITY_BITS) != set(QUALITIES):  # pragma: no cover - caught by the tests first
    raise ImportError("history.records.QUALITY_BITS must list every core.checkin.QUALITIES word")


def encode_qualities(qualities: frozenset[str]) -> int:
    """The stored bitmask of a set of quality words (KeyError for an unknown word)."""
    mask = 0
    for name in qualities:
        mask |= _BIT_OF[name]
    return mask


@lru_cache(maxsize=QUALITY_MASK_MAX + 1)
def decode_qualities(mask: int) -> frozenset[str]:
    """The quality words of a stored bitmask."""
    if not 0 <= mask <= QUALITY_MASK_MAX:
        raise ValueError(f"{mask} is not a qualities mask (0-{QUALITY_MASK_MAX})")
    return frozenset(name for i, name in enumerate(QUALITY_BITS) if mask >> i & 1)


def body_state(body: BodyMapRatings | None) -> BodyMapState:
    """How a body map is stored: not answered (None or empty), "no pain", or rated regions."""
    if body is None or body.is_empty:
        return "unanswered"
    return "no-pain" if body.no_pain else "regions"


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


@dataclass(frozen=True)
class SessionRecord:
    """One practice session; ``ended_at``/``outcome`` stay None while it runs (or if it crashed).

    ``title`` and ``kind`` (breathing, pmr, movement, body-scan, mixed) are copied from the routine
    when the session starts, so history can be filtered by kind even after the routine is gone;
    sessions recorded before schema 2 have ``""`` for both.
    """

    id: int
    routine_id: str
    routine_version: str
    params: dict[str, Any]
    started_at: datetime
    ended_at: datetime | None
    outcome: Outcome | None
    stop_reason: str | None
    title: str = ""
    kind: str = ""

    @property
    def minutes(self) -> float | None:
        """Practice length in minutes; None while the session runs (or if it never ended)."""
        if self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds() / 60.0


@dataclass(frozen=True)
class CheckIn:
    """One check-in: 0-10 ratings (None when not answered), a body map, or a skip.

    ``body`` is None when the body map was not answered; ``BodyMapRatings(no_pain=True)`` is the
    explicit "no pain anywhere" answer.
    """

    id: int
    session_id: int | None
    moment: Moment
    taken_at: datetime
    pain_now: int | None
    tension: int | None
    skipped: bool
    body: BodyMapRatings | None = None


@dataclass(frozen=True)
class JournalEntry:
    id: int
    session_id: int | None
    written_at: datetime
    prompt: str
    text: str


@dataclass(frozen=True)
class Peg3Entry:
    """One weekly PEG-3 (Krebs 2009): average pain, interference with enjoyment of life and with
    general activity, each 0-10. The score is computed, never stored."""

    id: int
    taken_at: datetime
    pain: int
    enjoyment: int
    activity: int

    @property
    def score(self) -> float:
        return peg3_score(self.pain, self.enjoyment, self.activity)


@dataclass(frozen=True)
class KetamineSession:
    """A logged ketamine-assisted session: when it took place, an optional note, when logged."""

    id: int
    at: datetime
    note: str
    logged_at: datetime
