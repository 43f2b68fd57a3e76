"""The before/after change view: raw points and percent per region, described, no verdict."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.qt.change_view import ChangeView, Snapshot, describe_change

VERDICTS = re.compile(r"\b(better|worse|improv\w*|great|well done|good|bad|success)\b", re.I)


def test_describe_change_gives_points_and_percent() -> None:
    assert describe_change(6, 4) == "6 to 4: 2 points lower (33% lower)"
    assert describe_change(4, 5) == "4 to 5: 1 point higher (25% higher)"
    assert describe_change(3, 3) == "3 to 3: no change"
    assert describe_change(0, 2) == "0 to 2: 2 points higher"  # no percent from zero


def test_overall_and_every_region_rated_in_either_map(qtbot: QtBot) -> None:
    before = Snapshot(
        6, 5, BodyMapRatings.of([RegionRating(218, 6), RegionRating(219, 5), RegionRating(105, 2)])
    )
    after = Snapshot(4, 5, BodyMapRatings.of([RegionRating(218, 4), RegionRating(219, 5)]))
    view = ChangeView(before, after)
    qtbot.addWidget(view)
    assert view.overall_label.text().splitlines() == [
        "Pain right now: 6 to 4: 2 points lower (33% lower)",
        "Tension or stress: 5 to 5: no change",
    ]
    rows = view.rows_text()
    assert rows == [
        ("right front of neck (105)", "2", "0", "−2 points (−100%)"),
        ("left lower back (218)", "6", "4", "−2 points (−33%)"),
        ("right lower back (219)", "5", "5", "no change"),
    ]
    text = view.overall_label.text() + " ".join(" ".join(r) for r in rows)
    assert not VERDICTS.search(text)


def test_skipped_check_in_says_there_is_nothing_to_compare(qtbot: QtBot) -> None:
    view = ChangeView(Snapshot(None, None, None), Snapshot(3, 2, None))
    qtbot.addWidget(view)
    view.show()
    assert view.table.isHidden()
    assert "Nothing to compare" in view.empty_label.text()
    closed: list[bool] = []
    view.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert closed == [True]
