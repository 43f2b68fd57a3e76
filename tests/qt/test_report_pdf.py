"""The clinician PDF report: a real, multi-page PDF that renders (pdftoppm) and reads (pdftotext)
with the expected headings and figures; journal text only when asked; an empty period gives a
short report; the file appears atomically or not at all."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from somatic_player.history.demo import fill_demo
from somatic_player.history.exports import ExportError
from somatic_player.history.store import Store
from somatic_player.qt.report_pdf import REPORT_TITLE, Block, paginate, write_report

END = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
SINCE = datetime(2026, 10, 27, tzinfo=UTC)
UNTIL = datetime(2026, 11, 26, tzinfo=UTC)
JOURNAL_TEXT = "Warm feet after the long out-breath, and a quieter jaw."
NOW = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="pdftoppm/pdftotext (poppler-utils) are not installed: apt-get install poppler-utils",
)
# CONTENT.md: describe, never judge, and claim no treatment.
VERDICT_WORDS = re.compile(r"\b(improv\w*|better|worse\w*)\b", re.IGNORECASE)
CLAIM_WORDS = re.compile(
    r"\b(treat(s|ed|ing|ment)?|cur(e|es|ed|ing)|heal(s|ed|ing)?|reduc(e|es|ed|ing) pain|"
    r"clinically proven|therapeutic\w*|diagnos\w*)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 days of demo history ending 25 November 2026, plus one journal entry of ours."""
    path = tmp_path_factory.mktemp("report") / "history.sqlite3"
    with Store.open(path, clock=lambda: datetime(2026, 11, 20, 12, 0, tzinfo=UTC)) as store:
        fill_demo(store, days=30, end=END, tz=UTC)
        store.add_journal("What do you notice in your body right now?", JOURNAL_TEXT)
    return path


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store.open(db) as opened:
        yield opened


@pytest.fixture(scope="module")
def report(qapp: QApplication, db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out") / "report.pdf"
    with Store.open(db) as store:
        pages = write_report(store, out, since=SINCE, until=UNTIL, tz=UTC, now=NOW)
    assert pages >= 3
    return out


def pdf_text(path: Path) -> str:
    proc = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return proc.stdout


def test_the_report_is_a_private_multi_page_pdf(report: Path) -> None:
    data = report.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) >= 3
    assert report.stat().st_mode & 0o777 == 0o600


@needs_poppler
def test_a_page_renders_as_an_image(report: Path, tmp_path: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(report), str(tmp_path / "p")],
        check=True,
        capture_output=True,
    )
    [png] = tmp_path.glob("p*.png")
    image = QImage(str(png))
    assert not image.isNull()
    assert abs(image.width() - 413) <= 1 and abs(image.height() - 585) <= 1  # A4 at 50 dpi
    inked = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 200
    )
    assert inked > 300  # text and charts, not a blank page


@needs_poppler
def test_the_text_has_the_headings_and_figures(report: Path, store: Store) -> None:
    text = pdf_text(report)
    flat = " ".join(text.split())
    for heading in (
        REPORT_TITLE,
        "Period: 27 October 2026 to 25 November 2026 (30 days)",
        "Generated 25 November 2026 at 21:00",
        "self-reported",
        "it is not a medical device",
        "Demo data",
        "Summary",
        "Pain before and after practice, by kind of practice",
        "Charts",
        "Pain right now",
        "7-day average",
        "Practice minutes per week",
        "Painful regions per body map",
        "Body map: mean rating per region",
        "Body maps before and after practice",
        "Regions with the highest mean rating",
        "Practice log",
    ):
        assert heading in flat, heading
    sessions = store.sessions(since=SINCE, until=UNTIL)
    completed = sum(1 for s in sessions if s.outcome == "completed")
    assert f"Practice sessions {len(sessions)} ({completed} completed" in flat
    latest = store.peg3_entries(since=SINCE, until=UNTIL)[-1]
    assert f"Latest PEG-3 (0-10) {latest.score:.1f} on" in flat
    pages = len(re.findall(r"Page \d+ of (\d+)", text))
    assert pages >= 3 and f"Page 1 of {pages}" in text
    assert "27 October 2026 to 25 November 2026 (30 days) · demo data" in text  # the footer
    assert "Journal excerpts" not in text and JOURNAL_TEXT not in flat
    assert not VERDICT_WORDS.search(text), VERDICT_WORDS.search(text)
    assert not CLAIM_WORDS.search(text), CLAIM_WORDS.search(text)


@needs_poppler
def test_journal_text_appears_only_when_asked(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "with-journal.pdf"
    write_report(store, out, since=SINCE, until=UNTIL, include_journal=True, tz=UTC, now=NOW)
    flat = " ".join(pdf_text(out).split())
    assert "Journal excerpts (included at the person's request)" in flat
    assert JOURNAL_TEXT in flat
    assert "20 November 2026, 12:00 · What do you notice in your body right now?" in flat


@needs_poppler
def test_long_journal_entries_are_shortened(qapp: QApplication, tmp_path: Path) -> None:
    clock = lambda: datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # noqa: E731
    words = " ".join(f"word{n}" for n in range(3000))
    with Store.open(tmp_path / "h.sqlite3", clock=clock) as store:
        store.add_journal("Anything else?", words)
        pages = write_report(store, tmp_path / "r.pdf", include_journal=True, tz=UTC)
    flat = " ".join(pdf_text(tmp_path / "r.pdf").split())
    assert pages == 2 and "word0 word1" in flat and "[…]" in flat
    assert "word2999" not in flat


@needs_poppler
def test_an_empty_period_gives_a_short_report(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "empty.pdf"
    since = datetime(2020, 1, 1, tzinfo=UTC)
    pages = write_report(store, out, since=since, until=since + timedelta(days=31), tz=UTC)
    assert pages == 1
    flat = " ".join(pdf_text(out).split())
    assert "Period: 1 January 2020 to 31 January 2020 (31 days)" in flat
    assert "There is no data in this period" in flat
    assert "Practice log" not in flat


@needs_poppler
def test_an_empty_history_gives_a_short_report(qapp: QApplication, tmp_path: Path) -> None:
    with Store.open(tmp_path / "empty.sqlite3") as empty:
        assert write_report(empty, tmp_path / "none.pdf") == 1
    assert "There is no data yet" in " ".join(pdf_text(tmp_path / "none.pdf").split())


def test_progress_goes_up_to_the_total(qapp: QApplication, store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    pages = write_report(
        store,
        tmp_path / "r.pdf",
        since=SINCE,
        until=UNTIL,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (pages + 2, pages + 2)
    done = [d for d, _ in seen]
    assert done == sorted(done) and len(seen) >= pages


def test_a_missing_folder_is_an_export_error(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_report(store, tmp_path / "no" / "r.pdf")
    with pytest.raises(ExportError, match="is a folder"):
        write_report(store, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_temporary_file_and_the_old_file(
    qapp: QApplication, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"the previous report")

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="No space left on device"):
        write_report(store, target, since=SINCE, until=UNTIL)
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
    assert target.read_bytes() == b"the previous report"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_an_unwritable_folder_is_an_export_error(
    qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="Permission denied"):
            write_report(store, folder / "r.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_pagination_keeps_headings_with_what_follows_and_repeats_table_headers() -> None:
    def block(height: float, **kw: object) -> Block:
        return Block(height, lambda rect: None, **kw)  # type: ignore[arg-type]

    header = block(10)
    heading = block(20, keep_with_next=True)
    rows = [block(10, header=header) for _ in range(12)]
    blocks = [block(60), heading, block(30), *rows]
    pages = paginate(blocks, 100)
    assert [b for b, _ in pages[0]] == blocks[:1]  # the heading would not fit with its block
    assert pages[1][0][0] is heading
    assert pages[2][0] == (header, 0.0)  # a table that goes on repeats its header
    placed = [b for page in pages for b, _ in page]
    assert [b for b in placed if b is not header] == blocks
    for page in pages:
        assert all(y + b.height <= 100 for b, y in page)


def test_a_picture_shrinks_to_finish_a_page() -> None:
    picture = Block(80, lambda rect: None, min_height=50)
    pages = paginate([Block(40, lambda rect: None), picture], 100)
    assert len(pages) == 1 and picture.height == pytest.approx(59)
    assert isinstance(QRectF(0, 0, 1, picture.height), QRectF)
