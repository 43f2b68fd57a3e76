"""The history page's filters: which days (a recent period, all time, or chosen dates) and which
kind of practice.

Periods are whole local calendar days ending today ("Last 7 days" is today and the six days
before). Choosing "Choose dates" starts from the days shown until then; both dates are
included. The kinds offered are those in the person's own history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from somatic_player.history.analysis import KIND_LABELS
from somatic_player.history.snapshot import History
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.history_series import kind_label

# (label, key): the labels are translated where shown.
PERIODS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("history_filters", "Last 7 days"), "7"),
    (QT_TRANSLATE_NOOP("history_filters", "Last 30 days"), "30"),
    (QT_TRANSLATE_NOOP("history_filters", "Last 90 days"), "90"),
    (QT_TRANSLATE_NOOP("history_filters", "Last year"), "365"),
    (QT_TRANSLATE_NOOP("history_filters", "All time"), "all"),
    (QT_TRANSLATE_NOOP("history_filters", "Choose dates"), "custom"),
)


def date_format() -> str:
    """The Qt display format of a date field, in the person's language."""
    return translate(
        "history_filters",
        "d MMM yyyy",
        "Qt date format of the date fields: d day, MMM month, yyyy year",
    )


def combo(object_name: str, name: str, tip: str, items: list[tuple[str, object]]) -> QComboBox:
    """A chooser: ``object_name`` is for style sheets and tests, ``name`` (translated) for
    people; ``items`` are (text shown, data)."""
    box = QComboBox()
    box.setObjectName(object_name)
    box.setAccessibleName(name)
    box.setToolTip(tip)
    for text, data in items:
        box.addItem(text, data)
    return box


class FilterBar(QWidget):
    """Period and practice-kind choosers, and the two dates of a chosen period.

    Signals:
        changed(): the person (or a ``set_*`` call) changed a filter.
    """

    changed = Signal()

    def __init__(self, today: Callable[[], date], tz: tzinfo | None) -> None:
        super().__init__()
        self._today = today
        self._tz = tz
        self.shown_days: tuple[date, date] | None = None  # what the charts show, for "Choose"
        self.period_combo = combo(
            "Period",
            translate("history_filters", "Period"),
            translate("history_filters", "Which days to show"),
            [(translate("history_filters", label), key) for label, key in PERIODS],
        )
        self.period_combo.setCurrentIndex(1)
        self.kind_combo = combo(
            "Practice",
            translate("history_filters", "Practice"),
            translate("history_filters", "Show only sessions of one kind of practice"),
            [],
        )
        self.from_edit = self._date_edit(
            "From",
            translate("history_filters", "From date"),
            translate("history_filters", "First day to show"),
        )
        self.to_edit = self._date_edit(
            "To",
            translate("history_filters", "To date"),
            translate("history_filters", "Last day to show"),
        )
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (translate("history_filters", "Period"), self.period_combo),
            (translate("history_filters", "Practice"), self.kind_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(20)
        filters.addStretch(1)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        self._dates_row: list[QWidget] = []
        for text, edit in (
            (translate("history_filters", "From"), self.from_edit),
            (
                translate("history_filters", "to", "between the two dates: From [date] to [date]"),
                self.to_edit,
            ),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
            self._dates_row += [label, edit]
        dates.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addLayout(dates)
        self._show_dates(False)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.from_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.to_edit.dateChanged.connect(lambda _d: self.changed.emit())

    @staticmethod
    def _date_edit(key: str, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(f"history{key}Date")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        return edit

    # -- what is chosen -------------------------------------------------------------------------

    def period(self) -> tuple[datetime | None, datetime | None]:
        """``since`` (included) and ``until`` (excluded), local midnights; None is open."""
        key = self.period_combo.currentData()
        if key == "all":
            return None, None
        if key == "custom":
            first, last = sorted((_day(self.from_edit), _day(self.to_edit)))
            return self.midnight(first), self.midnight(last + timedelta(days=1))
        return self.midnight(self._today() - timedelta(days=int(key) - 1)), None

    def kind(self) -> str | None:
        return str(self.kind_combo.currentData() or "") or None

    def midnight(self, day: date) -> datetime:
        if self._tz is not None:
            return datetime.combine(day, time(), tzinfo=self._tz)
        return datetime.combine(day, time()).astimezone()

    # -- changing it ----------------------------------------------------------------------------

    def set_period(self, key: str) -> None:
        index = self.period_combo.findData(key)
        if index < 0:
            raise ValueError(f"unknown period {key!r}")
        self.period_combo.setCurrentIndex(index)

    def set_custom_period(self, first: date, last: date) -> None:
        self._set_dates(first, last)
        if self.period_combo.currentData() == "custom":
            self.changed.emit()
        else:
            self.set_period("custom")

    def set_kind(self, kind: str | None) -> None:
        index = self.kind_combo.findData(kind or "")
        if index < 0:
            raise ValueError(f"no sessions of kind {kind!r} in this history")
        self.kind_combo.setCurrentIndex(index)

    def fill(self, h: History) -> None:
        """Offer the kinds in ``h`` (keeping the one chosen) and no date after today."""
        wanted = self.kind_combo.currentData() or ""
        present = set(h.sessions.kind) - {""}
        kinds = [k for k in KIND_LABELS if k in present] + sorted(present - set(KIND_LABELS))
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(translate("history_filters", "All kinds"), "")
        for kind in kinds:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(wanted)))
        self.kind_combo.blockSignals(False)
        today = self._today()
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
            edit.blockSignals(False)

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _on_period_combo_changed(self, _index: int) -> None:
        custom = self.period_combo.currentData() == "custom"
        if custom and self.shown_days is not None:  # start from the days shown until now
            self._set_dates(*self.shown_days)
        self._show_dates(custom)
        self.changed.emit()

    def _show_dates(self, on: bool) -> None:
        for widget in self._dates_row:
            widget.setVisible(on)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())
