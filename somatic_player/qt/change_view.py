"""After a session: what changed between the before and after check-ins, described, never judged.

Overall ratings and every region rated in either map are listed with raw points and percent
("6 to 4: 2 points lower, 33% lower"). There is no verdict, colour-coding of good or bad, or
praise: a number going up or down is just described. CONTENT.md keeps any "noticeable change"
note for the 7-day averages in the history view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.checkin import BodyMapRatings, RegionChange, region_changes
from somatic_player.i18n import translate
from somatic_player.qt.bodymap_list import area_label
from somatic_player.qt.bodymap_widget import BodyMapWidget
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped


@dataclass(frozen=True)
class Snapshot:
    """One check-in as the change view needs it."""

    pain_now: int | None
    tension: int | None
    body: BodyMapRatings | None


def _points(n: int) -> str:
    """``"2 points"``, ``"1 point"``."""
    return translate("change_view", "%n point(s)", None, n)


def describe_change(before: int, after: int) -> str:
    """``"6 to 4: 2 points lower (33% lower)"``; the same number is "no change"."""
    points = after - before
    if points == 0:
        return translate("change_view", "{before} to {after}: no change").format(
            before=before, after=after
        )
    if before and points > 0:
        text = translate("change_view", "{before} to {after}: {amount} higher ({percent}% higher)")
    elif before:
        text = translate("change_view", "{before} to {after}: {amount} lower ({percent}% lower)")
    elif points > 0:
        text = translate("change_view", "{before} to {after}: {amount} higher")
    else:
        text = translate("change_view", "{before} to {after}: {amount} lower")
    percent = abs(round(100 * points / before)) if before else 0
    return text.format(before=before, after=after, amount=_points(abs(points)), percent=percent)


def overall_lines(before: Snapshot, after: Snapshot) -> list[str]:
    lines = []
    for label, b, a in (
        (translate("change_view", "Pain right now"), before.pain_now, after.pain_now),
        (translate("change_view", "Tension or stress"), before.tension, after.tension),
    ):
        if b is not None and a is not None:
            lines.append(f"{label}: {describe_change(b, a)}")
    return lines


def region_rows(before: Snapshot, after: Snapshot) -> list[RegionChange]:
    if before.body is None or after.body is None:
        return []
    return region_changes(before.body, after.body)


class ChangeView(QDialog):
    """The before/after comparison shown once the after check-in is saved.

    Signals:
        closed(): the person moved on (Continue, Escape or closing the window).
    """

    closed = Signal()

    def __init__(self, before: Snapshot, after: Snapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeView")
        self.setWindowTitle(translate("change_view", "Before and after"))
        self._closed = False
        title = QLabel(translate("change_view", "Before and after this practice"))
        title.setObjectName("checkInTitle")
        lines = overall_lines(before, after)
        self.overall_label = QLabel("\n".join(lines) if lines else "")
        self.overall_label.setObjectName("changeOverall")
        self.overall_label.setWordWrap(True)
        self.overall_label.setVisible(bool(lines))
        rows = region_rows(before, after)
        self.table = QTableWidget(len(rows), 4)
        self.table.setObjectName("changeTable")
        self.table.setAccessibleName(translate("change_view", "Change in each body area"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("change_view", "Area"),
                translate("change_view", "Before"),
                translate("change_view", "After"),
                translate("change_view", "Change"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for r, change in enumerate(rows):
            values = (
                area_label(change.code),
                str(change.before),
                str(change.after),
                _points_and_percent(change),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.empty_label = QLabel(_empty_text(before, after, bool(lines), bool(rows)))
        self.empty_label.setObjectName("checkInHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self.continue_button = big_button(
            translate("change_view", "Continue"),
            "changeContinue",
            translate("change_view", "Continue"),
            primary=True,
        )
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(self.overall_label)
        self.maps: tuple[BodyMapWidget, BodyMapWidget] | None = None
        if rows and before.body is not None and after.body is not None:
            names = (translate("change_view", "Before"), translate("change_view", "After"))
            self.maps = (_map_of(before.body, names[0]), _map_of(after.body, names[1]))
            pair = QHBoxLayout()
            for label, widget in zip(names, self.maps, strict=True):
                box = QVBoxLayout()
                caption = QLabel(label)
                caption.setObjectName("ratingTitle")
                box.addWidget(caption)
                box.addWidget(widget, 1)
                pair.addLayout(box, 1)
            column.addLayout(pair, 3)
        column.addWidget(self.table, 2)
        column.addWidget(self.empty_label)
        column.addLayout(buttons)
        self.continue_button.clicked.connect(self.accept)
        self.finished.connect(self._on_finished)
        self.resize(1100, 860) if rows else self.resize(640, 260)
        self.continue_button.setFocus()
        keep_text_unclipped(self)

    def rows_text(self) -> list[tuple[str, ...]]:
        """The table as text (for tests and the screen reader check)."""
        return [
            tuple(_text(self.table.item(r, c)) for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]

    def _on_finished(self, _result: int) -> None:
        if not self._closed:
            self._closed = True
            self.closed.emit()


def _map_of(body: BodyMapRatings, name: str) -> BodyMapWidget:
    """A read-only map with each rated region's number (for the before/after pair); ``name``
    is "Before" or "After", translated."""
    widget = BodyMapWidget()
    widget.set_read_only(True)
    widget.set_values({code: float(r.rating) for code, r in body.regions.items()})
    widget.setAccessibleName(translate("change_view", "{name}: body map").format(name=name))
    widget.setMinimumHeight(280)
    return widget


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def _points_and_percent(change: RegionChange) -> str:
    if change.points == 0:
        return translate("change_view", "no change")
    sign = "+" if change.points > 0 else "−"
    amount = _points(abs(change.points))
    if change.percent is None:
        return f"{sign}{amount}"
    return translate("change_view", "{sign}{amount} ({sign}{percent}%)").format(
        sign=sign, amount=amount, percent=abs(round(change.percent))
    )


def _empty_text(before: Snapshot, after: Snapshot, overall: bool, regions: bool) -> str:
    if overall or regions:
        return ""
    return translate(
        "change_view", "Nothing to compare this time: one of the check-ins was skipped."
    )
