"""What the clinician report shows: the history cut to the report's period, and how the period
and its days are named (no Qt here; ``report_pdf.collect`` fills it from the store)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from somatic_player.history.analysis import SessionChange
from somatic_player.history.records import JournalEntry
from somatic_player.history.snapshot import History

REPORT_TITLE = "Practice and self-tracking summary"


@dataclass(frozen=True)
class ReportData:
    """What the report shows: the history cut to the period, and how to name the period."""

    history: History
    first: date | None  # the period's first and last day (included), local
    last: date | None
    generated: datetime
    changes: list[SessionChange]
    journal: list[JournalEntry]
    include_journal: bool
    demo: bool
    tz: tzinfo | None = None

    @property
    def is_empty(self) -> bool:
        h = self.history
        return not (len(h.checkins) or len(h.sessions) or h.peg3 or self.journal)

    @property
    def period(self) -> str:
        if self.first is None or self.last is None:
            return "all dates"
        days = (self.last - self.first).days + 1
        plural = "s" if days != 1 else ""
        return f"{long_date(self.first)} to {long_date(self.last)} ({days} day{plural})"

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"
