"""The movement picture: every shipped figure loads and draws, frames follow the counts, and
reduced motion shows the still."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from somatic_player.content.exercises import shipped_exercises
from somatic_player.core.movement import STOP_SIGNS
from somatic_player.core.plan import CountMark
from somatic_player.qt.movement_picture import (
    MovementPictureWidget,
    PacerWithPicture,
    picture_files,
    pictures_dir,
    stop_rules_text,
)

SVGS = sorted(pictures_dir().rglob("*.svg"))


def mark(frame: int, count: int = 1, rep: int = 1, side: str = "") -> CountMark:
    return CountMark(0, 48_000, 3, rep, 4, count, 4, frame, side)


@pytest.mark.parametrize("path", SVGS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_picture_loads_and_draws_a_figure(qapp, path: Path) -> None:  # type: ignore[no-untyped-def]
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == 400 and renderer.defaultSize().height() == 300
    image = QImage(200, 150, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 200, 150))
    painter.end()
    figure = QColor("#2f3e55")
    inked = sum(
        1
        for y in range(0, 150, 2)
        for x in range(0, 200, 2)
        if abs(QColor(image.pixel(x, y)).red() - figure.red()) < 12
        and abs(QColor(image.pixel(x, y)).blue() - figure.blue()) < 12
    )
    assert inked > 40  # the figure is there, not an empty card


def test_every_exercise_variant_has_its_frames(qapp) -> None:  # type: ignore[no-untyped-def]
    for ex in shipped_exercises().values():
        for position in ex.variants.available():
            frames, still = picture_files(ex.id, position)
            assert len(frames) == ex.frames and still is not None, (ex.id, position)


def test_frames_follow_the_counts_and_reduced_motion_shows_the_still(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = MovementPictureWidget()
    qtbot.addWidget(widget)
    widget.resize(500, 420)
    widget.show()
    widget.show_exercise("knee-rocks", "lying", "Knee rocks")
    assert widget.has_pictures
    assert widget.frame_shown() is None  # before the counts: the whole movement
    widget.set_count(mark(2, count=5, rep=2))
    assert widget.frame_shown() == 2
    assert widget.count_text() == "Repetition 2 of 4"
    assert "picture 3" in widget.accessibleDescription()
    assert "Repetition 2 of 4" in widget.accessibleDescription()
    widget.set_reduced_motion(True)
    assert widget.frame_shown() is None
    assert "the whole movement" in widget.accessibleDescription()
    widget.set_reduced_motion(False)
    widget.set_count(mark(1, side="left"))
    assert widget.count_text() == "Repetition 1 of 4, left side"
    widget.set_count(None)
    assert widget.frame_shown() is None and widget.count_text() == ""
    assert not widget.grab().isNull()


def test_an_exercise_without_pictures_shows_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = MovementPictureWidget()
    qtbot.addWidget(widget)
    widget.show_exercise("my-own-stretch", "seated")
    assert not widget.has_pictures
    widget.set_count(mark(1))
    assert widget.frame_shown() is None
    assert not widget.grab().isNull()  # draws the empty card without complaint


def test_the_picture_follows_the_pacer_s_reduced_motion(qtbot) -> None:  # type: ignore[no-untyped-def]
    picture = MovementPictureWidget()
    pacer = PacerWithPicture(picture)
    qtbot.addWidget(picture)
    qtbot.addWidget(pacer)
    pacer.set_reduced_motion(True)
    assert picture.reduced_motion
    pacer.set_reduced_motion(False)
    assert not picture.reduced_motion


def test_stop_rules_text_names_every_stop_sign() -> None:
    text = stop_rules_text(()).lower()
    assert all(sign in text for sign in STOP_SIGNS)
    assert "resume when you feel ready" in text
