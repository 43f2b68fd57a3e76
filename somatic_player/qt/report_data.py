"""What the clinician report shows: the history cut to the report's period, and how the period
and its days are named (``report_pdf.collect`` fills it from the store). Dates are written in
the person's language (QLocale), as the rest of the report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale

from somatic_player.history.analysis import SessionChange
from somatic_player.history.records import JournalEntry
from somatic_player.history.snapshot import History
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate

# Translated where shown: translate("report_data", REPORT_TITLE).
REPORT_TITLE = QT_TRANSLATE_NOOP("report_data", "Practice and self-tracking summary")


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
            return translate("report_data", "all dates")
        days = (self.last - self.first).days + 1
        return translate("report_data", "{first} to {last} ({days})").format(
            first=long_date(self.first),
            last=long_date(self.last),
            days=translate("report_data", "%n day(s)", None, days),
        )

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)


def report_title() -> str:
    """The report's title in the person's language."""
    return translate("report_data", REPORT_TITLE)


def long_date(day: date) -> str:
    """``"9 March 2026"`` (names and order from the person's language)."""
    pattern = translate(
        "report_data",
        "d MMMM yyyy",
        "Qt date format of the report's dates: d day, MMMM month name, yyyy year",
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def short_date(day: date) -> str:
    """``"9 Mar 2026"``, for the practice log's column."""
    pattern = translate(
        "report_data",
        "d MMM yyyy",
        "Qt date format of the practice log: d day, MMM short month name, yyyy year",
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
